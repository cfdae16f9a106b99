import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { InputFormat } from './args.js';
import { decodeBytes, InputError } from './decode.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** One thing to normalise, or an error standing in its place so that output order is kept. */
export type Job =
  | { id: string; text: string; url?: string; html?: undefined; warning: string | null }
  | { id: string; html: string; url?: string; text?: undefined; warning: string | null }
  | { id: string; error: { code: string; message: string } };

/** An input named on the command line, expanded to files. */
export interface Source {
  path: string;
  format: InputFormat | null;
}

const isGlob = (s: string) => /[*?[]/.test(s);

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Expands arguments to sources in a stable order; reports arguments that match nothing. */
export function expandInputs(args: string[], forced: InputFormat | null): { sources: Source[]; problems: Job[] } {
  const sources: Source[] = [];
  const problems: Job[] = [];
  for (const arg of args) {
    if (arg === '-') {
      sources.push({ path: '-', format: forced });
      continue;
    }
    if (isGlob(arg)) {
      const base = arg.split('/').findIndex(isGlob);
      const root = arg.split('/').slice(0, base).join('/') || '.';
      const re = globToRegExp(arg.split('/').slice(base).join('/'));
      let matched: string[] = [];
      try {
        matched = walk(root).filter((p) => re.test(relative(root, p).split(sep).join('/')));
      } catch {
        /* an unreadable root matches nothing */
      }
      if (!matched.length) problems.push({ id: arg, error: { code: 'NO_MATCH', message: `${arg}: no files match` } });
      for (const path of matched) sources.push({ path, format: forced ?? BY_EXTENSION[extname(path).toLowerCase()] ?? null });
      continue;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      problems.push({ id: arg, error: { code: 'NOT_FOUND', message: `${arg}: no such file or directory` } });
      continue;
    }
    if (stat.isDirectory()) {
      const files = walk(arg).filter((p) => forced || BY_EXTENSION[extname(p).toLowerCase()]);
      if (!files.length) {
        problems.push({ id: arg, error: { code: 'NO_INPUTS', message: `${arg}: directory holds no .txt, .html or .jsonl files` } });
      }
      for (const path of files) sources.push({ path, format: forced ?? BY_EXTENSION[extname(path).toLowerCase()] });
    } else {
      sources.push({ path: arg, format: forced ?? BY_EXTENSION[extname(arg).toLowerCase()] ?? 'text' });
    }
  }
  return { sources, problems };
}

function parseRecords(id: string, text: string): Job[] {
  const jobs: Job[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const lineId = `${id}:${i + 1}`;
    try {
      const record = JSON.parse(line) as Record<string, unknown>;
      const recordId = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : lineId;
      const url = typeof record.url === 'string' ? record.url : undefined;
      if (typeof record.text === 'string') jobs.push({ id: recordId, text: record.text, url, warning: null });
      else if (typeof record.html === 'string') jobs.push({ id: recordId, html: record.html, url, warning: null });
      else jobs.push({ id: recordId, error: { code: 'BAD_RECORD', message: `${lineId}: record has no "text" or "html" string` } });
    } catch (err) {
      jobs.push({ id: lineId, error: { code: 'BAD_JSON', message: `${lineId}: ${(err as Error).message}` } });
    }
  });
  return jobs;
}

/** Reads one source into jobs: one for a text or HTML file, one per record for JSONL. */
export function readSource(source: Source, stdin: () => Uint8Array): Job[] {
  const id = source.path === '-' ? 'stdin' : source.path;
  try {
    const bytes = source.path === '-' ? stdin() : readFileSync(source.path);
    const { text, warning } = decodeBytes(bytes);
    const format = source.format ?? 'text';
    if (format === 'jsonl') return parseRecords(id, text);
    if (format === 'html') return [{ id, html: text, warning }];
    return [{ id, text, warning }];
  } catch (err) {
    const code = err instanceof InputError ? err.code : ((err as NodeJS.ErrnoException).code ?? 'READ_ERROR');
    return [{ id, error: { code, message: `${id}: ${(err as Error).message}` } }];
  }
}
