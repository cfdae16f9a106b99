import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText, normalise } from '../../src/index.js';
import { lostWords } from './accounting.js';

// The fixture articles (real pages and texts) with what scrapers add to them pasted in at random places: the
// properties of normalise.test.ts on realistic documents rather than generated ones. Two defects were found this
// way before these tests existed: an empty paragraph from a spacer <p>&#8203;</p>, and a quote repaired
// differently in its paragraph than in its document.
const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const read = (name: string) =>
  readdirSync(FIXTURES)
    .sort()
    .flatMap((dir) => {
      try {
        return [readFileSync(join(FIXTURES, dir, name), 'utf8')];
      } catch {
        return [];
      }
    });
const TEXTS = read('input.txt');
const PAGES = read('input.html');

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'article.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const NOW = '2025-06-20';
const RUNS = 100;

const PASTED = [
  '\n',
  '\n\n',
  '\u200b',
  '&#8203;',
  '\u00ad',
  '&shy;',
  '\ufeff',
  '\u202e',
  '\u00a0',
  '\0',
  '[4]',
  ' [NEWS1] ',
  'â€™',
  'Ã©',
  'Mοscow ',
  '“ ',
  ' ”',
  'WASHINGTON (AP) —“',
  'By Jane Doe\n',
  'Updated: ',
  '<p>&#8203;</p>',
  '<p>[12]</p>',
  '<p>',
  '</p>',
  '</div>',
  '<li>',
  '<h2>&nbsp;</h2>',
  '<br><br>',
  '<figcaption>&#8203;</figcaption>',
];

/**
 * One of `documents`, with up to 30 pieces pasted in at random places (drawn without fast-check's bias towards
 * small numbers, which would put most of them at the start of the document).
 */
const mutated = (documents: string[]) =>
  fc
    .tuple(
      fc.nat(documents.length - 1),
      fc.array(fc.tuple(fc.noBias(fc.nat()), fc.constantFrom(...PASTED)), { maxLength: 30 }),
    )
    .map(([i, pastes]) =>
      pastes.reduce((doc, [at, piece]) => {
        const p = at % (doc.length + 1);
        return doc.slice(0, p) + piece + doc.slice(p);
      }, documents[i]),
    );

describe('normalise on mutated fixture articles', () => {
  it('has fixtures to mutate', () => {
    expect(TEXTS.length).toBeGreaterThan(5);
    expect(PAGES.length).toBeGreaterThan(1);
  });

  it('texts: a valid Article, nothing lost, and text that needs no further repair', () => {
    fc.assert(
      fc.property(mutated(TEXTS), (text) => {
        const article = normalise(text, { now: NOW });
        expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
        expect(lostWords(text, article)).toEqual([]);
        for (const t of [article.title, article.subtitle, article.dateline, ...article.paragraphs.map((p) => p.text)])
          if (t) expect(fixText(t, { skip: ['entities'] }).text).toBe(t);
      }),
      { numRuns: RUNS },
    );
  });

  it('pages: a valid Article', () => {
    fc.assert(
      fc.property(mutated(PAGES), (html) => {
        const article = normalise({ html }, { now: NOW });
        expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
