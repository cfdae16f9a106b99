import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import { withoutGz } from './inputs.js';

/**
 * The output name of an input path, mirroring it inside the output directory: the extension (and `.gz`)
 * dropped, an absolute path taken relative to `cwd`, and no way out of the directory (`..`, root and drive parts
 * are left out).
 */
export function mirrorName(path: string, cwd = process.cwd()): string {
  const bare = withoutGz(isAbsolute(path) ? relative(cwd, path) : path);
  const stem = bare.slice(0, bare.length - extname(bare).length) || bare;
  const parts = stem.split(/[\\/]+/).filter((p) => p && p !== '.' && p !== '..' && !/^[a-z]:$/i.test(p));
  return parts.join(sep) || 'input';
}

/**
 * Writes one pretty JSON file per document: `DIR/<mirrored path>.json`, or `DIR/<mirrored path>/<line>.json`
 * for the records of a JSONL input. Two inputs that would land on the same file (a/b.txt and a/b.html, or a.jsonl's
 * record 1 and a/1.txt) are refused rather than overwritten: the second gets an error. A JSONL input owns the
 * numbered files of its folder, so a numbered file there after it (a/1.txt) is refused even if no record has
 * that number: which lines held records is not kept.
 */
export class OutDir {
  /** Output path (a file, or a JSONL input's folder) → the input that claimed it. */
  private readonly claims = new Map<string, string>();
  private readonly made = new Set<string>();

  constructor(private readonly root: string) {}

  /** The file for a document, or throws when another input already owns it. */
  pathFor(source: string, line: number | undefined): string {
    const name = mirrorName(source === 'stdin' ? 'stdin' : source);
    const claim = line === undefined ? `${name}.json` : `${name}${sep}`;
    const file = line === undefined ? claim : join(name, `${line}.json`);
    this.claim(claim, source, file);
    // A record's file may already be a text file's (a/1.txt, then a.jsonl), and a numbered text file may lie
    // among a JSONL input's records (a.jsonl, then a/1.txt).
    if (line !== undefined) this.check(file, source, file);
    else if (/^\d+$/.test(basename(name))) this.check(`${dirname(name)}${sep}`, source, file);
    return join(this.root, file);
  }

  private check(claim: string, source: string, file: string): void {
    const owner = this.claims.get(claim) ?? source;
    if (owner !== source) throw new Error(`${join(this.root, file)} is already written for ${owner}`);
  }

  private claim(claim: string, source: string, file: string): void {
    this.check(claim, source, file);
    this.claims.set(claim, source);
  }

  async write(path: string, value: unknown): Promise<void> {
    const dir = join(path, '..');
    if (!this.made.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.made.add(dir);
    }
    await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
  }
}
