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
