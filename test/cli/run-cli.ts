import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(root, 'dist/cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a separate process, arguments, stdin, exit code, both streams. */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): CliRun {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` before the CLI tests');
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** One output line: an Article (or the fields picked from it), or an error record. */
export interface OutputLine {
  id?: string | null;
  error?: { code: string; message: string };
  title?: string | null;
  text?: string;
  paragraphs?: unknown[];
  [field: string]: unknown;
}

/** JSONL stdout → objects. */
export const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as OutputLine);

/** The five seed articles' input files (real scraped news, the same the gold tests use). */
export const seedFiles = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'].map((f) =>
  join(root, 'fixtures', f, 'input.txt'),
);
export const articleTexts = seedFiles.map((f) => readFileSync(f, 'utf8'));

export const scratchDir = () => mkdtempSync(join(tmpdir(), 'cleanwire-cli-'));
