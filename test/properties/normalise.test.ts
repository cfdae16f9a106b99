import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, fixText, NormaliseError, normalise } from '../../src/index.js';
import { lostWords } from './accounting.js';
import { anyUnicode, html, newsText } from './generators.js';

// `normalise` on a string never throws: empty or blank input gives an Article with the warning "no article text
// found". The only errors are NormaliseError with a stable code: TOO_LARGE (over `maxInputBytes`) and BAD_INPUT
// (not a string or record).
const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'article.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const NOW = '2025-06-20';

const inputs = {
  'arbitrary strings': fc.string({ maxLength: 300 }),
  'arbitrary Unicode (all code points, lone surrogates, NUL, controls)': anyUnicode,
  'news-like text': newsText,
  'HTML given as text': html,
};
const RUNS = 150;

function expectValid(article: Article): void {
  expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
}

/** Every text field of the Article that came out of the repair stage. */
const outputTexts = (a: Article) =>
  [a.title, a.subtitle, a.dateline, ...a.paragraphs.map((p) => p.text)].filter((t): t is string => !!t);

describe('normalise properties', () => {
  for (const [kind, arbitrary] of Object.entries(inputs)) {
    describe(kind, () => {
      it('never throws, and the Article validates against article.schema.json', () => {
        fc.assert(
          fc.property(arbitrary, (text) => expectValid(normalise(text, { now: NOW }))),
          { numRuns: RUNS },
        );
      });

      it('loses nothing: every word of the repaired input is in the Article or in `removed`', () => {
        fc.assert(
          fc.property(arbitrary, (text) => {
            expect(lostWords(text, normalise(text, { now: NOW }))).toEqual([]);
          }),
          { numRuns: RUNS },
        );
      });

      // HTML entities are decoded exactly once by design ("&amp;amp;" is the text "&amp;"), so decoded text may
      // still hold entity-like text: the check leaves entity decoding out.
      it('repairs once for good: the text it returns needs no further repair', () => {
        fc.assert(
          fc.property(arbitrary, (text) => {
            for (const t of outputTexts(normalise(text, { now: NOW })))
              expect(fixText(t, { skip: ['entities'] }).text).toBe(t);
          }),
          { numRuns: RUNS },
        );
      });
    });
  }

  it('gives blank input an Article with a warning instead of an error', () => {
    for (const blank of ['', ' ', '\n\n\t', '\0', '\u200b\ufeff']) {
      const article = normalise(blank, { now: NOW });
      expectValid(article);
      expect(article.paragraphs).toEqual([]);
      expect(article.warnings).toContain('no article text found');
    }
  });

  it('rejects input that is neither a string nor a record with NormaliseError BAD_INPUT', () => {
    for (const bad of [null, 42, {}, { text: 7 }]) {
      const run = () => normalise(bad as never);
      expect(run).toThrow(NormaliseError);
      expect(run).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    }
  });

  it('gives the Article a string id (a number as its digits) and refuses any other id or url', () => {
    expect(normalise({ text: 'Some text.', id: 5 as never }, { now: NOW }).id).toBe('5');
    expectValid(normalise({ text: 'Some text.', id: 5 as never }, { now: NOW }));
    for (const bad of [{ id: {} }, { id: () => 1 }, { id: Symbol('s') }, { url: ['x'] }]) {
      const run = () => normalise({ text: 'Some text.', ...bad } as never);
      expect(run).toThrow(expect.objectContaining({ name: 'NormaliseError', code: 'BAD_INPUT' }));
    }
  });

  it('measures maxInputBytes on the text it reads, whichever field that is', () => {
    // `text` that is not a string is passed over for `html`: the size that counts is the page's.
    const run = () => normalise({ text: 7, html: `<p>${'x'.repeat(100)}</p>` } as never, { maxInputBytes: 10 });
    expect(run).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
  });

  it('on generated HTML input never throws, and the Article validates', () => {
    fc.assert(
      fc.property(html, (page) => expectValid(normalise({ html: page }, { now: NOW }))),
      { numRuns: RUNS },
    );
  });
});

describe('the accounting check itself', () => {
  const article = (over: Partial<Article>): Article => ({ ...normalise('', { now: NOW }), ...over });

  it('finds a word that went missing, and each missing occurrence', () => {
    const out = article({ paragraphs: [{ type: 'paragraph', text: 'one two' }] });
    expect(lostWords('one two three two', out)).toEqual([
      ['two', 1],
      ['three', 1],
    ]);
  });

  it('accepts words reported in `removed` and list markers turned into list items', () => {
    const out = article({
      paragraphs: [{ type: 'list-item', text: 'first point' }],
      removed: [{ text: 'Skip to content', reason: 'navigation' }],
    });
    expect(lostWords('Skip to content\n1. first point', out)).toEqual([]);
    expect(lostWords('Skip to content\n1. first point\n2. second', out)).toEqual([
      ['2.', 1],
      ['second', 1],
    ]);
  });

  it('accepts a word cut between a removed entry and an output text, in either order, once per piece', () => {
    const out = article({
      paragraphs: [{ type: 'paragraph', text: '“We will,” she said.' }],
      removed: [{ text: 'LONDON (AP) —', reason: 'dateline' }],
    });
    expect(lostWords('LONDON (AP) —“We will,” she said.', out)).toEqual([]);
    // The pieces must be where a cut leaves them, and each serves one input word only.
    expect(lostWords('LONDON (AP) —“We will,” she said. —“We', out)).toEqual([['—“We', 1]]);
    expect(lostWords('LONDON (AP) “We— will,” she said.', out)).toEqual([['“We—', 1]]);
    expect(lostWords('LONDON (AP) — — —“We will,” she said.', out)).toEqual([
      ['—', 1],
      ['—“We', 1],
    ]);
    // A credit glued to the end of the last paragraph.
    const credited = article({
      paragraphs: [{ type: 'paragraph', text: 'The talks ended, the official said.' }],
      removed: [{ text: '(Yonhap)', reason: 'source-credit' }],
    });
    expect(lostWords('The talks ended, the official said.(Yonhap)', credited)).toEqual([]);
    expect(lostWords('The talks ended, the official (Yonhap)said.', credited)).toEqual([['(Yonhap)said.', 1]]);
  });
});
