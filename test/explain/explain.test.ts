import { describe, expect, it } from 'vitest';
import { wentIntoField } from '../../src/explain/cuts.js';
import { annotate, explainArticle, useColor } from '../../src/explain/index.js';
import { normalise } from '../../src/index.js';
import { allFixtures, unmark } from './fixtures.js';

const explain = (text: string, color = false) =>
  explainArticle(text, normalise({ text, id: 'doc' }, { now: '2025-06-20' }), { color });

const BODY = [
  'Skip to content',
  '',
  'Rain closes schools across the region',
  '',
  'Schools in the region closed on Monday after heavy rain flooded roads, officials said.',
  '',
  'The council said classes would resume once the water had gone down.',
].join('\n');

describe('explainArticle (terminal view)', () => {
  it('marks removed lines with their reason and leaves the body as it was', () => {
    const view = explain(BODY);
    expect(view).toContain('[-Skip to content-]‹navigation›');
    expect(view).toContain('[=Rain closes schools across the region=]‹title›');
    expect(view).toContain(
      '\nSchools in the region closed on Monday after heavy rain flooded roads, officials said.\n',
    );
  });

  it('shows each repaired character as it was, numbered, with its reason in the legend', () => {
    const view = explain(`${BODY}\n\nThe mayor emphasizеd that the roads wеre unsafe.`);
    expect(view).toContain('emphasiz{е→e}[1]d');
    expect(view).toContain('w{е→e}[1]re');
    expect(view).toMatch(/\[1\] е → e \(U\+0435 → U\+0065\) ×2 +homoglyphs: /);
  });

  it('makes removed invisible characters visible by code point', () => {
    const view = explain(`${BODY}\n\nThe water\u200B level fell.`);
    expect(view).toContain('water{⟨U+200B⟩→}[1] level');
    expect(view).toMatch(/\[1\] ⟨U\+200B⟩ → ∅ +invisible: /);
  });

  it('uses strike-through and colours only when asked, and then no textual marks', () => {
    const plain = explain(BODY);
    const coloured = explain(BODY, true);
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[2;9mSkip to content\u001b[0m');
    expect(coloured).not.toContain('[-');
  });

  for (const { name, original, article } of allFixtures()) {
    it(`${name}: shows every character of the original and gives every removal its reason`, () => {
      const view = explainArticle(original, article);
      expect(unmark(view)).toBe(original.replace(/\s+$/, ''));
      const cuts = annotate(original, article).cuts;
      // Lines that went into fields (a byline, a dateline, a source credit) show as moved, the rest as removed.
      for (const removal of article.removed) {
        const moved = wentIntoField(removal.reason);
        expect(cuts.filter((c) => c.moved === moved).map((c) => c.reason)).toContain(removal.reason);
      }
    });
  }
});

describe('useColor', () => {
  it('colours a terminal unless NO_COLOR is set to something', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
  });
});

describe('explanation cost', () => {
  it('grows linearly with the number of removed lines (the line diff leaves out lines that match no paragraph)', () => {
    const page = (n: number) => `Headline here\n\n${'Body sentence said here today.\nShare this article\n'.repeat(n)}`;
    const fastest = (n: number) => {
      const text = page(n);
      const article = normalise(text, { now: '2025-06-20' });
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        explainArticle(text, article, { color: false });
        best = Math.min(best, performance.now() - t0);
      }
      return Math.max(best, 5);
    };
    fastest(200); // warm-up
    // 4× the lines: linear cost is 4× the time, the quadratic diff was 13× and more.
    expect(fastest(4000) / fastest(1000)).toBeLessThan(8);
  });
});
