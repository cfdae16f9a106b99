import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/index.js';

const PROSE = 'The council approved the budget on Tuesday, after a long debate, and work starts in spring.';
const OPTIONS = { entities: false } as const;

describe('malformed HTML: an Article with warnings, never a crash or a hang', () => {
  it('reads paragraphs whose tags are never closed', () => {
    const html = `<html><body><div class="story"><p>${PROSE}<p>The mayor said the vote, a close one, was fair.<div><b>bold to the end`;
    const article = normalise({ html }, OPTIONS);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      PROSE,
      'The mayor said the vote, a close one, was fair.',
      'bold to the end',
    ]);
  });

  it('walks 10,000 nested divs without running out of stack', () => {
    const html = `<body>${'<div>'.repeat(10_000)}<p>${PROSE}</p>${'</div>'.repeat(10_000)}</body>`;
    expect(normalise({ html }, OPTIONS).text).toBe(PROSE);
  });

  it('walks 10,000 nested elements left open', () => {
    const html = `<body>${'<div><span>'.repeat(10_000)}<p>${PROSE}`;
    expect(normalise({ html }, OPTIONS).text).toBe(PROSE);
  });

  it('extracts a 10 MB page whole', () => {
    const paragraph = `<p>${PROSE} ${PROSE}</p>\n`;
    const count = Math.ceil(10_000_000 / paragraph.length);
    const html = `<html><head><title>Budget</title></head><body><article>${paragraph.repeat(count)}</article></body></html>`;
    expect(html.length).toBeGreaterThanOrEqual(10_000_000);
    const article = normalise({ html }, OPTIONS);
    expect(article.paragraphs).toHaveLength(count);
  });

  it('returns an Article with a warning for a page without text', () => {
    const html =
      '<html><head><title>Gallery</title></head><body><div><img src="a.jpg"><img src="b.jpg"></div></body></html>';
    const article = normalise({ html }, OPTIONS);
    expect(article.paragraphs).toEqual([]);
    expect(article.warnings).toContain('no article text found');
  });

  it('reads input without any markup as text, with a warning, losing no line', () => {
    const input = `${PROSE}\n\nThe mayor said the vote was fair and that the city would publish the accounts.`;
    const article = normalise({ html: input }, OPTIONS);
    expect(article.warnings).toContain('input does not look like HTML; read as text');
    expect(article.paragraphs.map((p) => p.text)).toEqual(input.split('\n\n'));
  });

  it('reads binary junk in an .html document as text instead of failing', () => {
    const article = normalise({ html: `%PDF-1.4\u0000\u0001\u0002\n${PROSE}` }, OPTIONS);
    expect(article.text).toContain(PROSE);
    expect(article.warnings).toContain('input does not look like HTML; read as text');
  });
});
