import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/article.js';
import { normalise, sourceText } from '../../src/index.js';

const root = join(__dirname, '..', '..', 'fixtures');

/** The input file of a fixture folder: input.txt or input.html. */
export const inputFile = (name: string): string =>
  readdirSync(join(root, name)).find((f) => f.startsWith('input.')) as string;

/** Every fixture with the text it is explained against and its Article, normalised as the fixture test does. */
export function allFixtures(): Array<{ name: string; original: string; article: Article }> {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const file = inputFile(name);
      const raw = readFileSync(join(root, name, file), 'utf8');
      const input = file.endsWith('.html') ? { html: raw, id: name } : { text: raw, id: name };
      const gold = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as { now?: string };
      const article = normalise(input, { now: gold.now ?? '2026-01-01T00:00:00Z' });
      return { name, original: sourceText(input), article };
    });
}

/** Undoes the colourless notation of one article's view: what is left must be the original text. */
export function unmark(view: string): string {
  const body = view.split('\n').slice(1).join('\n').split('\n\nRepairs:')[0];
  return body
    .replace(/\[[-=]|[-=]\]‹[^›]*›/g, '')
    .replace(/\{([^{}]*?)→[^{}]*\}\[\d+\]/g, (_, was: string) => (was === '∅' ? '' : was))
    .replace(/⟨U\+([0-9A-F]+)⟩/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\s+$/, '');
}
