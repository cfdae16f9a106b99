#!/usr/bin/env node
// Lists every regular expression of the library — literals in src/ (read with the TypeScript parser) and the ones
// built at run time (caught at the RegExp constructor while the built library normalises the fixtures) — and, when
// the `recheck` ReDoS checker is installed, prints each one it does not find safe.
//   npm run build && npm i --no-save recheck && node test/adversarial/review-regexes.mjs [--all]
// --all also checks the patterns of dependencies built while running (chrono-node's locales).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const walk = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : [],
  );

const found = new Map();
for (const file of walk(join(root, 'src'))) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.set(text, {
        where: `${relative(root, file)}:${line}`,
        source: text.slice(1, end),
        flags: text.slice(end + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

const Native = RegExp;
globalThis.RegExp = new Proxy(Native, {
  // newTarget kept, so a subclass of RegExp (src/chrono/tail-window.ts) is still built as itself.
  construct(target, args, newTarget) {
    const re = Reflect.construct(target, args, newTarget);
    const caller = new Error().stack?.split('\n')[2] ?? '';
    const ours = caller.includes(`${join(root, 'dist')}`);
    if (ours || process.argv.includes('--all')) {
      const where = caller
        .trim()
        .replace(/^at .*?\(?(?=\/)/, '')
        .replace(/\)$/, '');
      found.set(`/${re.source}/${re.flags}`, { where: relative(root, where), source: re.source, flags: re.flags });
    }
    return re;
  },
});
const { normalise } = await import(join(root, 'dist', 'index.js'));
for (const dir of readdirSync(join(root, 'fixtures'))) {
  for (const file of readdirSync(join(root, 'fixtures', dir)).filter((f) => f.startsWith('input.'))) {
    const text = readFileSync(join(root, 'fixtures', dir, file), 'utf8');
    normalise(file.endsWith('.html') ? { html: text } : text, { now: '2025-06-20' });
  }
}
globalThis.RegExp = Native;

let check = null;
try {
  check = (await import('recheck')).checkSync;
} catch {
  console.log('(recheck is not installed: listing only)');
}
let flagged = 0;
for (const { where, source, flags } of found.values()) {
  if (!check) {
    console.log(`${where}\t/${source}/${flags}`);
    continue;
  }
  const result = check(source, flags.replace(/[dgy]/g, ''), { timeout: 10_000 });
  if (result.status === 'safe') continue;
  flagged++;
  const attack = result.attack ? ` attack: ${result.attack.pattern.slice(0, 80)}` : '';
  console.log(
    `${result.status} ${result.complexity?.type ?? ''}\t${where}\t/${source.slice(0, 120)}/${flags}${attack}`,
  );
}
console.log(`${found.size} regular expressions${check ? `, ${flagged} not proven safe` : ''}`);
