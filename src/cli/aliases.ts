import { readFileSync } from 'node:fs';
import { parseAliasTable } from '../entities/alias-input.js';
import type { TypedAliasEntry } from '../entities/index.js';

/** Reads a user alias table file (its shape: parseAliasTable); throws an Error saying what is wrong and where. */
export function readAliasTable(path: string): TypedAliasEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return parseAliasTable(json);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
}
