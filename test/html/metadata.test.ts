import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/index.js';

const BODY =
  '<article><p>The council approved the budget on Tuesday, after a long debate, and work starts in spring.</p></article>';
const NOW = '2025-01-01T00:00:00Z';
const page = (head: string, body = BODY, lang = 'en') =>
  normalise(
    { html: `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>` },
    { now: NOW, entities: false },
  );

describe('page metadata', () => {
  it('cuts the site name off the <title> ("Headline | Site")', () => {
    const a = page(
      '<title>Council passes budget | Riverside Courier</title><meta property="og:site_name" content="Riverside Courier">',
    );
    expect(a.title).toBe('Council passes budget');
  });

  it('prefers og:title, then JSON-LD headline, then twitter:title over <title>', () => {
    expect(page('<title>Home - Courier</title><meta property="og:title" content="Council passes budget">').title).toBe(
      'Council passes budget',
    );
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget passes"}</script>';
    expect(page(`<title>Home - Courier</title>${ld}`).title).toBe('Budget passes');
    expect(page('<title>Home - Courier</title><meta name="twitter:title" content="Budget vote">').title).toBe(
      'Budget vote',
    );
  });

  it('reads JSON-LD NewsArticle author, datePublished and publisher, in @graph too', () => {
    const ld = JSON.stringify({
      '@graph': [
        { '@type': 'WebSite', name: 'Courier' },
        {
          '@type': 'NewsArticle',
          headline: 'Council passes budget',
          author: [{ '@type': 'Person', name: 'Maria Lopez' }],
          datePublished: '2024-11-19T10:20:00Z',
          publisher: { '@type': 'Organization', name: 'Riverside Courier' },
        },
      ],
    });
    const a = page(`<script type="application/ld+json">${ld}</script>`);
    expect(a.title).toBe('Council passes budget');
    expect(a.authors).toEqual(['Maria Lopez']);
    expect(a.publishedAt).toBe('2024-11-19T10:20Z');
  });

  it('skips broken JSON-LD and still reads the meta tags', () => {
    const a = page(
      '<script type="application/ld+json">{"@type": "NewsArticle",</script><meta property="article:published_time" content="2024-11-19">',
    );
    expect(a.publishedAt).toBe('2024-11-19');
  });

  it('takes article:published_time over a modification date, and refines the day from <time datetime>', () => {
    const head =
      '<meta property="article:modified_time" content="2024-11-20T08:00:00Z"><meta property="article:published_time" content="2024-11-19">';
    expect(page(head).publishedAt).toBe('2024-11-19');
    expect(page(head, `<time datetime="2024-11-19T14:50:00+01:00">19 Nov</time>${BODY}`).publishedAt).toBe(
      '2024-11-19T14:50+01:00',
    );
  });

  it('falls back on the modification date, and refuses dates after now', () => {
    expect(page('<meta property="article:modified_time" content="2024-11-20">').publishedAt).toBe('2024-11-20');
    expect(page('<meta property="article:published_time" content="2031-05-01">').publishedAt).toBeNull();
  });

  it('reads a byline and a date line from elements the markup marks as the byline (class byline, author, meta)', () => {
    const head = '<h1>Council passes budget</h1>';
    for (const byline of [
      '<div class="byline">By Anna Smith</div>',
      '<p class="byline">By Anna Smith</p>',
      '<address class="author">By Anna Smith</address>',
    ]) {
      const a = page('', `<article>${head}${byline}${BODY.slice('<article>'.length)}`);
      expect(a.authors, byline).toEqual(['Anna Smith']);
      expect(a.removed).toContainEqual({ text: 'By Anna Smith', reason: 'byline' });
    }
    const dated = page('', `<article>${head}<p class="meta">Published 14 May 2024, 08:45 CEST</p>${BODY.slice(9)}`);
    expect(dated.publishedAt).toBe('2024-05-14T08:45+02:00');
  });

  it('reads names alone as the byline in an element whose class names the authors, not in other byline markup', () => {
    const at = (line: string) => page('', `<article><h1>Council passes budget</h1>${line}${BODY.slice(9)}`);
    expect(at('<div class="byline">Anna Smith</div>').authors).toEqual(['Anna Smith']);
    expect(at('<div class="byline">Anna Smith/John Doe (Reuters)</div>')).toMatchObject({
      authors: ['Anna Smith', 'John Doe'],
      source: 'Reuters',
    });
    expect(at('<p class="byline">Meg Kinnard and Errin Haines, Associated Press</p>')).toMatchObject({
      authors: ['Meg Kinnard', 'Errin Haines'],
      source: 'AP',
    });
    // A credit is not a person, and a "meta" line of capitalised words is not a byline.
    expect(at('<div class="byline">Riverside Courier wire services</div>').authors).toEqual([]);
    expect(at('<div class="meta">World News</div>').authors).toEqual([]);
  });

  it('reads no byline from an author element inside another story (a related list)', () => {
    const related = '<aside class="related"><div class="author">By Other Writer</div><p>Another story</p></aside>';
    expect(page('', `${BODY.replace('</article>', related)}</article>`).authors).toEqual([]);
  });

  it('lets a byline naming the meta author and more replace the meta author, but not one naming others', () => {
    const meta = '<meta name="author" content="Sanne de Vries">';
    const body = (line: string) => `<article><h1>Council passes budget</h1><p>${line}</p>${BODY.slice(9)}`;
    expect(page(meta, body('By Sanne de Vries and Piet Jansen')).authors).toEqual(['Sanne de Vries', 'Piet Jansen']);
    expect(page(meta, body('By Piet Jansen and Anna Smith')).authors).toEqual(['Sanne de Vries']);
  });

  it("takes no date from a related story's <time> (an aside or a list of related stories)", () => {
    const time = '<ul><li><a href="/old">Older story about the budget</a> <time datetime="2024-01-02">2 Jan</time></li></ul>';
    expect(page('', `${BODY}<aside class="related"><h2>Related</h2>${time}</aside>`).publishedAt).toBeNull();
    expect(page('', BODY.replace('</article>', `<div class="related-stories">${time}</div></article>`)).publishedAt).toBeNull();
    // The page's own <time> after the list is still read.
    const own = '<p>Posted <time datetime="2024-11-19">19 Nov</time></p>';
    expect(page('', `<aside class="related">${time}</aside>${BODY.replace('</article>', `${own}</article>`)}`).publishedAt).toBe(
      '2024-11-19',
    );
  });

  it('warns, as for text, when it refuses a meta publication date after now', () => {
    const a = page('<meta property="article:published_time" content="2031-05-01T10:00:00Z">');
    expect(a.publishedAt).toBeNull();
    expect(a.warnings).toEqual(['publication date 2031-05-01T10:00Z lies after now (2025-01-01T00:00:00.000Z); ignored']);
  });

  it('takes the visible byline date over a JSON-LD date left at its zero value', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>';
    const byline = '<div class="publish-date">Published 11:34 PM EST Nov 19, 2024</div>';
    expect(page(ld, `<article><h1>Council passes budget</h1>${byline}${BODY.slice(9)}`).publishedAt).toBe(
      '2024-11-19T23:34-05:00',
    );
  });

  it('reads the author from rel=author when nothing else names one', () => {
    expect(page('', `<a rel="author" href="/staff/ana">Ana Silva</a>${BODY}`).authors).toEqual(['Ana Silva']);
  });

  it('reads the language from <html lang> when the text is too short to tell', () => {
    expect(page('', '<article><p>Olá, Lisboa!</p></article>', 'pt-BR').language).toBe('por');
    expect(page('', '<article><p>Olá, Lisboa!</p></article>', 'xx').language).toBe('und');
    // Enough text: the text's own language wins over a template's default lang attribute.
    expect(page('', BODY, 'de').language).toBe('eng');
  });

  it('repairs the title and authors read from the markup like the body, counting the repairs', () => {
    // A Cyrillic е, mojibake, a zero-width space, a citation marker and a right-to-left override in the title; a
    // Cyrillic а in the author's name, which hid the name from the byline reader.
    const a = page(
      '<meta property="og:title" content="Council n&#x435;ws: budget passes &#x202E;Ã© today&#8203; [4]">' +
        '<meta name="author" content="J&#x430;ne Doe">',
    );
    expect(a.title).toBe('Council news: budget passes é today');
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.fixes).toMatchObject({ homoglyphs: 2, mojibake: 1, invisible: 2, citations: 1 });
    // With the repair stage off, the markup's text is kept as written.
    const head = '<meta property="og:title" content="Council n&#x435;ws">';
    const raw = normalise({ html: `<html><head>${head}</head><body>${BODY}</body></html>` }, { repair: false });
    expect(raw.title).toBe('Council n\u0435ws');
  });

  it('reads a date from the canonical URL when the page states none', () => {
    expect(page('<link rel="canonical" href="https://example.com/2024/11/19/budget-vote">').publishedAt).toBe(
      '2024-11-19',
    );
  });
});
