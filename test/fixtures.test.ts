import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/index.js';
import { compareWithGold, type Gold } from './helpers/gold.js';

const root = join(__dirname, '..', 'fixtures');
const fixtures = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const schema = JSON.parse(readFileSync(join(__dirname, '..', 'article.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe('fixtures: each folder holds input + hand-written expectations', () => {
  it('includes the five seed articles', () => {
    expect(fixtures.filter((f) => f.startsWith('seed-'))).toHaveLength(5);
  });

  for (const name of fixtures) {
    it(name, () => {
      const dir = join(root, name);
      const file = readdirSync(dir).find((f) => f.startsWith('input.'));
      if (!file) throw new Error(`${name} has no input file`);
      const gold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Gold;
      const raw = readFileSync(join(dir, file), 'utf8');
      const input = file.endsWith('.html') ? { html: raw, id: name } : { text: raw, id: name };
      const article = normalise(input, { now: gold.now ?? '2026-01-01T00:00:00Z' });
      expect(compareWithGold(article, gold)).toEqual([]);
      expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
    });
  }
});
