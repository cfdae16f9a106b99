import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/index.js';
import { renderReport } from '../../src/report/index.js';
import { allFixtures } from '../explain/fixtures.js';

const fixtures = allFixtures();
const page = renderReport(fixtures.map(({ original, article }) => ({ original, result: article })));

describe('renderReport', () => {
  it('is one self-contained page: nothing loaded from elsewhere, and a policy that forbids it', () => {
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/\s(src|href)="(?!#)/);
    expect(page).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });

  it('has a section per article with the original beside the clean text, metadata and entities', () => {
    expect(page.match(/<article class="doc"/g)).toHaveLength(fixtures.length);
    for (const { article } of fixtures) {
      expect(page).toContain(`<small>${article.id}</small>`);
    }
    expect(page.match(/<h3 class="side">Original<\/h3>/g)).toHaveLength(fixtures.length);
    expect(page.match(/<table class="meta">/g)).toHaveLength(fixtures.length);
  });

  it('strikes removed text with its reason and marks repairs on both sides with what and why', () => {
    const nav = fixtures.find((f) => f.article.removed.some((r) => r.reason === 'navigation'));
    expect(nav).toBeDefined();
    expect(page).toMatch(
      /<span class="cut removed" data-reason="navigation">[^<]+<\/span><span class="reason removed">navigation<\/span>/,
    );
    const text = 'Rain closes schools\n\nThe mayor emphasizеd that schools would reopen on Monday after the flood.';
    const one = renderReport([{ original: text, result: normalise({ text, id: 'x' }) }]);
    const marks = one.match(/<mark class="fix (was|now)" data-fix="1" title="([^"]*)">/g) ?? [];
    expect(marks).toHaveLength(2);
    expect(marks[0]).toContain('е → e (U+0435 → U+0065)');
    expect(marks[0]).toContain('homoglyphs: look-alike letter');
  });

  it('escapes the scraped text, so markup in an article cannot run', () => {
    const text = 'Headline <b>bold</b>\n\nA paragraph with <script>alert(1)</script> inside it and some more words.';
    const html = renderReport([{ original: text, result: normalise({ text, id: '<i>id</i>' }) }]);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<i>id</i>');
  });

  it('lists a failed input with its error and still shows the others', () => {
    const html = renderReport([
      { original: '', result: { id: 'broken.txt', error: { code: 'EMPTY_INPUT', message: 'empty input' } } },
      { original: fixtures[0].original, result: fixtures[0].article },
    ]);
    expect(html).toContain('EMPTY_INPUT: empty input');
    expect(html).toContain('2 inputs, 1 failed.');
    expect(html.match(/<article class="doc"/g)).toHaveLength(1);
  });
});
