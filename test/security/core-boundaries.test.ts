import { readdirSync, readFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, normalise } from '../../src/index.js';

// The library core runs unattended inside other programs: it must not reach the network, evaluate code, or touch
// the file system. Only the CLI (src/cli/) reads and writes files.
const root = join(__dirname, '..', '..');
const src = join(root, 'src');
const CLI = join(src, 'cli') + sep;

const FORBIDDEN_MODULES = [
  'fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'dgram', 'dns', 'dns/promises', 'tls', 'child_process',
  'vm', 'module', 'inspector', 'undici',
];
const moduleName = (spec: string) => spec.replace(/^node:/, '');

const FORBIDDEN_CALLS: Array<[string, RegExp]> = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['Function constructor', /(?<![\w$.])(?:new\s+)?Function\s*\(/],
  ['fetch', /(?<![\w$.])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['require', /(?<![\w$.])require\s*\(/],
  ['dynamic import', /(?<![\w$.])import\s*\(/],
  ['process.binding', /\bprocess\s*\.\s*(?:binding|dlopen)\b/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.[cm]?[jt]s$/.test(d.name) ? [path] : [];
  });
}

/** Source text with comments and string/regex contents blanked, so prose like "fetch(" in a comment is ignored. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '""');
}

function importedModules(text: string): string[] {
  const specs = [...text.matchAll(/\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]/g)];
  return specs.map((m) => m[1] ?? m[2]);
}

const coreFiles = sourceFiles(src).filter((f) => !f.startsWith(CLI));

describe('library core boundaries (everything in src/ except src/cli/)', () => {
  it('finds the core sources to check', () => {
    expect(coreFiles.map((f) => relative(src, f))).toContain('pipeline.ts');
  });

  for (const file of coreFiles) {
    const name = relative(root, file);
    it(`${name} imports no file-system, network, process or code-evaluation module`, () => {
      const bad = importedModules(readFileSync(file, 'utf8')).filter((s) => FORBIDDEN_MODULES.includes(moduleName(s)));
      expect(bad).toEqual([]);
    });
    it(`${name} calls no eval, Function, fetch, require or dynamic import`, () => {
      const code = codeOnly(readFileSync(file, 'utf8'));
      expect(FORBIDDEN_CALLS.filter(([, re]) => re.test(code)).map(([what]) => what)).toEqual([]);
    });
  }

  it('the scanner itself recognises forbidden imports and calls', () => {
    expect(importedModules(`import { readFileSync } from 'node:fs';\nimport x from "http";`)).toEqual(['node:fs', 'http']);
    const code = codeOnly('const f = new Function("x"); // eval(1)\nconst s = "fetch(";');
    expect(FORBIDDEN_CALLS.filter(([, re]) => re.test(code)).map(([w]) => w)).toEqual(['Function constructor']);
  });
});

/** Replaces every function on `target` with one that records its name, and returns the undo. */
function trap(target: object, label: string, calls: string[], only?: string[]): () => void {
  const saved: Array<[string, unknown]> = [];
  const obj = target as Record<string, unknown>;
  for (const key of only ?? Object.keys(obj)) {
    const original = obj[key];
    const writable = Object.getOwnPropertyDescriptor(obj, key)?.writable;
    if (typeof original !== 'function' || !writable || /^[A-Z_]/.test(key)) continue;
    saved.push([key, original]);
    obj[key] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${label}.${key}`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  return () => {
    for (const [key, original] of saved) obj[key] = original;
  };
}

describe('library core at run time', () => {
  it('normalise and fixText touch neither the file system nor the network', () => {
    const fixtures = join(root, 'fixtures');
    const inputs = readdirSync(fixtures).flatMap((dir) =>
      readdirSync(join(fixtures, dir))
        .filter((f) => f === 'input.txt')
        .map((f) => readFileSync(join(fixtures, dir, f), 'utf8')),
    );
    expect(inputs.length).toBeGreaterThan(0);
    // The mutable CommonJS builtins; syncBuiltinESMExports() carries the traps to ESM `import { … } from 'node:fs'`.
    const builtin = createRequire(import.meta.url);
    const fs = builtin('node:fs') as typeof import('node:fs');
    const net = builtin('node:net') as typeof import('node:net');
    const calls: string[] = [];
    const undo = [
      trap(fs, 'fs', calls),
      trap(fs.promises, 'fs.promises', calls),
      trap(builtin('node:http'), 'http', calls),
      trap(builtin('node:https'), 'https', calls),
      trap(builtin('node:dns'), 'dns', calls),
      trap(builtin('node:dgram'), 'dgram', calls),
      trap(net.Socket.prototype, 'net.Socket', calls),
      trap(globalThis, 'globalThis', calls, ['fetch', 'eval']),
    ];
    syncBuiltinESMExports();
    try {
      for (const text of inputs) {
        normalise(text, { now: '2025-06-20' });
        fixText(text);
      }
      readdirSync(fixtures); // proves the traps reach ESM imports like the library's own
    } finally {
      for (const u of undo) u();
      syncBuiltinESMExports();
    }
    expect(calls).toEqual(['fs.readdirSync']);
  });
});
