import fc from 'fast-check';

/** Any code point, lone surrogates (U+D800–U+DFFF) included, as String.fromCodePoint gives them. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((cu) => String.fromCharCode(cu));
const control = fc.integer({ min: 0, max: 0x1f }).map((cu) => String.fromCharCode(cu));
const layout = fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' ', '\t', '\u2028', '\u2029', '\u0085', '\u00a0');

/** Arbitrary Unicode: the whole code point range, weighted towards the characters parsers trip on. */
export const anyUnicode = fc
  .array(
    fc.oneof(
      { arbitrary: anyCodePoint, weight: 4 },
      { arbitrary: loneSurrogate, weight: 1 },
      { arbitrary: control, weight: 1 },
      { arbitrary: fc.constant('\0'), weight: 1 },
      { arbitrary: layout, weight: 2 },
      { arbitrary: fc.string({ maxLength: 8 }), weight: 3 },
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const lowerWord = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 10 }).map((l) => l.join(''));
const capWord = lowerWord.map((w) => w[0].toUpperCase() + w.slice(1));
const CITIES = ['WASHINGTON', 'SEOUL', 'LONDON', 'PARIS', 'KYIV, Ukraine', 'NEW YORK', 'Beijing'];
const AGENCIES = ['AP', 'Reuters', 'AFP', 'Yonhap', 'Xinhua'];
const MONTHS = ['January', 'March', 'June', 'October', 'Nov.', 'Dec.'];

const sentence = fc
  .tuple(
    capWord,
    fc.array(fc.oneof(lowerWord, capWord, fc.constantFrom('said', 'on', 'Friday', '2024', '“quote”', '—')), {
      maxLength: 25,
    }),
    fc.constantFrom('.', '.', '?', '!', '…', ':'),
  )
  .map(([first, rest, end]) => `${[first, ...rest].join(' ')}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const name = fc.tuple(capWord, capWord).map(([a, b]) => `${a} ${b}`);
const date = fc
  .tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1990, max: 2030 }))
  .map(([m, d, y]) => `${m} ${d}, ${y}`);

/** Lines that look like what scrapers leave around an article: bylines, datelines, boilerplate, lists, captions. */
const furniture = fc.oneof(
  name.map((n) => `By ${n}`),
  fc.tuple(name, name).map(([a, b]) => `By ${a.toUpperCase()} and ${b.toUpperCase()}`),
  date.map((d) => `Published ${d} 10:04 am EST`),
  date.map((d) => `Updated: ${d}`),
  fc.constantFrom('Skip to content', 'Share this article', 'Subscribe to our newsletter', 'Advertisement', '***'),
  fc.constantFrom('Related Stories', 'Read also:', 'More Stories From World', 'Recent Stories'),
  fc.integer({ min: 1, max: 59 }).map((n) => `${n} minutes ago`),
  fc.tuple(fc.integer({ min: 1, max: 20 }), sentence).map(([n, s]) => `${n}. ${s}`),
  sentence.map((s) => `• ${s}`),
  sentence.map((s) => `${s} (Photo: ${AGENCIES[0]})`),
  fc
    .tuple(fc.constantFrom(...CITIES), fc.constantFrom(...AGENCIES), paragraph)
    .map(([c, a, p]) => `${c} (${a}) — ${p}`),
  fc
    .tuple(fc.constantFrom(...CITIES), date, fc.constantFrom(...AGENCIES), paragraph)
    .map(([c, d, a, p]) => `${c}, ${d} (${a}) -- ${p}`),
  fc.constantFrom('Source: Xinhua', 'Editor: Liu Wen', '(END)', 'Reporting by Jane Doe; Editing by John Roe'),
);

/** Characters that the repair stage fixes, scattered into generated text. */
const NOISE = [
  'â€™',
  'Ã©',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\u00a0',
  'е',
  'а',
  '&amp;',
  '&#8217;',
  '[4]',
  ' ,',
  '“ ',
  '\0',
  '\ud800',
];
const noisy = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 6 })).map(([t, inserts]) => {
    let out = t;
    for (const [at, piece] of inserts) {
      const i = out.length ? at % out.length : 0;
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });

/** A news-like document: a headline, then paragraphs mixed with bylines, datelines and page furniture. */
export const newsText = noisy(
  fc
    .tuple(
      sentence,
      fc.array(fc.oneof({ arbitrary: paragraph, weight: 3 }, { arbitrary: furniture, weight: 2 }), {
        minLength: 1,
        maxLength: 14,
      }),
      fc.constantFrom('\n\n', '\n', '\r\n\r\n'),
    )
    .map(([title, blocks, sep]) => [title.replace(/[.?!…:]$/, ''), ...blocks].join(sep)),
);

const TAGS = [
  'p',
  'div',
  'span',
  'article',
  'section',
  'h1',
  'h2',
  'li',
  'ul',
  'a',
  'b',
  'em',
  'script',
  'style',
  'nav',
  'footer',
  'figure',
  'figcaption',
  'table',
  'td',
];
const attribute = fc.constantFrom(
  '',
  ' class="story"',
  ' id="main"',
  ' href="/x?a=1&b=2"',
  " data-x='\"'",
  ' hidden',
  ' class',
);

/** Generated HTML: nested elements (some left unclosed or mis-nested), entities, comments, scripts. */
export const html: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      paragraph,
      fc.constantFrom(
        '&amp;',
        '&nbsp;',
        '&lt;b&gt;',
        '&#x1F600;',
        '&#8203;',
        '&shy;',
        '[4]',
        '&bogus;',
        '<!-- note -->',
        '<br>',
        '<img src=x>',
        '</p>',
        '<p',
        '<![CDATA[x]]>',
      ),
      fc
        .tuple(fc.constantFrom(...TAGS), attribute, fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
        .map(([tag, attr, children, close]) => `<${tag}${attr}>${children.join('')}${close ? `</${tag}>` : ''}`),
    ),
  }))
  .node.map((body) => `<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`);
