import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/index.js';

const P = [
  'The city council approved the new transport budget on Tuesday, after a debate that lasted most of the night.',
  'Buses will run every ten minutes on the main lines from March, the transport office said, and fares stay the same.',
  'Opposition members argued that the plan, which costs 40 million euros, leaves the outer districts behind.',
  'The mayor said a second phase, covering the suburbs, would be presented to the council before the summer.',
];
const NAV =
  '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>';
const extract = (body: string) => normalise({ html: `<html><body>${body}</body></html>` }, { entities: false });
const texts = (body: string) => extract(body).paragraphs.map((p) => p.text);

describe('HTML body extraction', () => {
  it('drops paragraphs the repairs leave blank, and trims what they leave at the edges (found by a property run)', () => {
    // Zero-width spaces and soft hyphens as spacer paragraphs, a lone citation marker, a zero-width space at an edge.
    const a = extract(`<article><p>&#8203;</p><h2>&shy;</h2><p>[4]</p><p>&#8203; ${P[0]} &#8203;</p>
      <ul><li>&#8203;</li></ul><p>${P[1].replace(' ', ' &#8203; ')}</p></article>`);
    expect(a.paragraphs).toEqual([
      { type: 'paragraph', text: P[0] },
      { type: 'paragraph', text: P[1] },
    ]);
    expect(a.fixes.invisible).toBe(6);
    expect(a.fixes.citations).toBe(1);
  });

  it('keeps the article container and drops menus, share bars, related lists, comments and cookie banners', () => {
    const a = extract(`${NAV}
      <div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
      <main><article>
        <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
        ${P.map((p) => `<p>${p}</p>`).join('\n')}
        <section class="related-stories"><h3>Related</h3><ul><li><a href="/a">Trams to return to the old town after forty years</a></li></ul></section>
      </article></main>
      <div id="comments"><div class="comment"><p>I think this budget is a waste of money, frankly, and nobody asked us.</p></div></div>
      <footer><p>© 2025 The Courier. All rights reserved.</p></footer>`);
    expect(a.paragraphs.map((p) => p.text)).toEqual(P);
    const removed = a.removed.map((r) => r.text).join('\n');
    for (const furniture of [
      'Accept all cookies',
      'Facebook',
      'Trams to return',
      'waste of money',
      'All rights reserved',
    ])
      expect(removed).toContain(furniture);
  });

  it('keeps the first and last paragraphs, even short ones, and link-rich paragraphs inside the article', () => {
    const linked =
      'Read the <a href="/budget.pdf">full budget</a>, the <a href="/minutes">minutes of the session</a> and <a href="/vote">how each member voted</a>.';
    const body = `${NAV}<article><p>Short opening line.</p>${P.map((p) => `<p>${p}</p>`).join('')}<p>${linked}</p><p>Ends here.</p></article>`;
    const got = texts(body);
    expect(got[0]).toBe('Short opening line.');
    expect(got).toContain('Read the full budget, the minutes of the session and how each member voted.');
    expect(got[got.length - 1]).toBe('Ends here.');
  });

  it('keeps figure captions apart from the body, removed as "caption"', () => {
    const a = extract(
      `<article><p>${P[0]}</p><figure><img src="bus.jpg"><figcaption>A new electric bus in the depot. Photo: J. Doe</figcaption></figure><p>${P[1]}</p></article>`,
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P[0], P[1]]);
    expect(a.removed).toContainEqual({ text: 'A new electric bus in the depot. Photo: J. Doe', reason: 'caption' });
  });

  it('types headings and list items, and keeps quotes and table text in order', () => {
    const a = extract(`<article>
      <p>${P[0]}</p><h2>What changes</h2>
      <ul><li>More buses on the main lines every morning</li><li>New night routes at weekends</li></ul>
      <blockquote><p>"This is the biggest investment in a decade," the mayor said after the vote.</p></blockquote>
      <table><tr><td>Line 1</td><td>every 10 minutes</td></tr></table>
      <p>${P[1]}</p></article>`);
    expect(a.paragraphs).toEqual([
      { type: 'paragraph', text: P[0] },
      { type: 'heading', text: 'What changes' },
      { type: 'list-item', text: 'More buses on the main lines every morning' },
      { type: 'list-item', text: 'New night routes at weekends' },
      { type: 'paragraph', text: '"This is the biggest investment in a decade," the mayor said after the vote.' },
      { type: 'paragraph', text: 'Line 1' },
      { type: 'paragraph', text: 'every 10 minutes' },
      { type: 'paragraph', text: P[1] },
    ]);
  });

  it('finds an article written as text and <br>s straight inside a <div>', () => {
    const body = `${NAV}<div class="col"><b>Tuesday</b><br><br>${P[0]}<br><br>${P[1]}<br><br>${P[2]}</div><div class="col"><a href="/x">Weather</a></div>`;
    expect(texts(body)).toEqual(expect.arrayContaining([P[0], P[1], P[2]]));
  });

  it('treats the other stories in a list of <article> teasers as related, not as body', () => {
    const teaser = (n: number) =>
      `<article class="post"><h3><a href="/t${n}">Teaser ${n}</a></h3><p>Another story about the harbour, the port and its workers, number ${n}.</p></article>`;
    const a = extract(`<article class="post"><h1>Budget</h1>${P.map((p) => `<p>${p}</p>`).join('')}
      <h3>You may also like</h3>${teaser(1)}${teaser(2)}${teaser(3)}</article>`);
    expect(a.paragraphs.map((p) => p.text)).toEqual(P);
    expect(a.removed.filter((r) => /harbour/.test(r.text))).toHaveLength(3);
  });

  it('does not read comments as the article even when they hold more prose than it', () => {
    const comment = (n: number) =>
      `<div class="comment"><div class="content"><p>Comment ${n}: ${P[n % 4]} ${P[(n + 1) % 4]} ${P[(n + 2) % 4]}</p></div></div>`;
    const a = extract(`<div class="article"><div class="content">${P[0]}<br><br>${P[1]}</div></div>
      <div class="comments">${[1, 2, 3, 4, 5].map(comment).join('')}</div>`);
    expect(a.paragraphs.map((p) => p.text)).toEqual([P[0], P[1]]);
  });
});
