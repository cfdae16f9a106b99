import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/article.js';
import { normalise } from '../../src/index.js';

const root = join(__dirname, '..', '..', 'fixtures');

/** Every plain-text fixture with its Article, normalised as the fixture test does. */
export function textFixtures(): Array<{ name: string; original: string; article: Article }> {
  return readdirSync(root)
    .sort()
    .filter((name) => readdirSync(join(root, name)).includes('input.txt'))
    .map((name) => {
      const original = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const gold = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as { now?: string };
      return {
        name,
        original,
        article: normalise({ text: original, id: name }, { now: gold.now ?? '2026-01-01T00:00:00Z' }),
      };
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
