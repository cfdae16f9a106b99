import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/index.js';

// Input a pipeline meets unattended: very large documents, documents of many lines or of one line, broken
// UTF-16 and NUL bytes, absurdly nested HTML. Each must finish with an Article that keeps the text.
const NOW = '2025-06-20';
const SENTENCE = 'Officials said on Friday that talks with the ministry would resume next week in Geneva. ';
const LONG = 300_000;

describe('large and odd input finishes and keeps the text', () => {
  it('a 10 MB single document', { timeout: LONG }, () => {
    const paragraph = `${SENTENCE.repeat(5).trim()}\n\n`;
    const count = Math.ceil(10e6 / paragraph.length);
    const article = normalise(paragraph.repeat(count), { now: NOW });
    expect(article.paragraphs.length + article.removed.length).toBeGreaterThanOrEqual(count - 2);
    expect(article.text.length).toBeGreaterThan(9.5e6);
  });

  it('a document of 100,000 lines keeps every line', { timeout: LONG }, () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `Line ${i} of the report said the vote was close.`);
    const article = normalise(lines.join('\n'), { now: NOW });
    expect(article.text).toContain('Line 99999 of the report');
    expect(article.paragraphs.length).toBe(100_000);
  });

  it('a 1 MB document with no newline at all', { timeout: LONG }, () => {
    const text = SENTENCE.repeat(Math.ceil(1e6 / SENTENCE.length)).trim();
    const article = normalise(text, { now: NOW });
    expect(article.text.replace(/\s+/g, ' ').length).toBeGreaterThan(0.99e6);
  });

  it('lone surrogates are kept as they are, not dropped or turned into errors', () => {
    const text = `Talks \uD800resumed\uDC00 on Friday.\n\n${'\uDBFF x '.repeat(20_000)}`;
    const article = normalise(text, { now: NOW });
    expect(article.text).toContain('Talks \uD800resumed\uDC00 on Friday.');
    expect(article.text.split('\uDBFF').length - 1).toBe(20_000);
  });

  it('NUL bytes are removed and counted as invisible characters', () => {
    const text = `Talks\0 resumed on Friday.\n\n${'word\0 '.repeat(20_000)}`;
    const article = normalise(text, { now: NOW });
    expect(article.text).not.toContain('\0');
    expect(article.text).toContain('Talks resumed on Friday.');
    expect(article.fixes.invisible).toBe(20_001);
  });

  it('HTML nested 10,000 elements deep', { timeout: LONG }, () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Officials said on Friday that talks would resume.</p>${'</div>'.repeat(depth)}</body></html>`;
    const article = normalise({ html }, { now: NOW });
    expect(article.text).toContain('Officials said on Friday that talks would resume.');
  });

  it('HTML with 10,000 unclosed nested elements', { timeout: LONG }, () => {
    const html = `<body>${'<div><span>'.repeat(10_000)}Officials said on Friday that talks would resume.`;
    const article = normalise({ html }, { now: NOW });
    expect(article.text).toContain('Officials said on Friday that talks would resume.');
  });
});
