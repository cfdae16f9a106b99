import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/fix/index.js';
import { decodeCp1252 } from '../../src/fix/windows-1252.js';

// Clean sentences of the kind news scrapers carry: curly quotes, dashes, accents, currency, emoji, other scripts.
const CLEAN = [
  'It’s the “biggest” rally since 2019 — organisers say.',
  'The minister’s office declined to comment.',
  '“We will not back down,” she said.',
  'Prices rose 3.2% – the fastest pace in a decade…',
  'The café on Rue de Rivoli reopened on Monday.',
  'Zoë Kravitz and Beyoncé attended the première.',
  'Ångström units measure tiny lengths.',
  'München, Köln and Düsseldorf reported record heat.',
  'São Paulo’s mayor met Brasília’s governor.',
  'Señor Muñoz said “¡basta!” to the crowd.',
  'Łódź and Kraków are Polish cities.',
  'Dvořák’s symphony opened the festival.',
  'Tickets cost €45 or £39 for members.',
  'The index fell 2½ points to 1,204.',
  'Temperatures hit 41°C in Seville.',
  'The Nobel laureate thanked her team ❤️ on social media.',
  'Fans posted 😀 and 🎉 after the final whistle.',
  'The deal was signed in Zürich • Geneva • Basel.',
  'He called it “un succès” – a success.',
  'The word naïve comes from French.',
  'Pokémon™ sales climbed again.',
  '© 2024 The Associated Press. All rights reserved.',
  'Müller scored twice; Götze added a third.',
  'The résumé listed “crème brûlée” as a skill.',
  'Officials in Reykjavík and Þórshöfn agreed.',
  'Crème fraîche, jalapeño and façade are loanwords.',
  'The ‘special operation’ entered its third year.',
  'The € fell against the $ on Friday.',
  'Москва и Санкт-Петербург — крупнейшие города.',
  'Η Αθήνα φιλοξένησε τη σύνοδο κορυφής.',
  '東京で会議が開かれた。',
  'He said: “Ça suffit” — and left the room.',
];
const DOUBLE = CLEAN.slice(0, 14);
const LATIN1 = CLEAN.slice(14, 24);

/** UTF-8 bytes read as windows-1252 (the WHATWG table), as a mis-configured scraper does. */
const asCp1252 = (text: string) => decodeCp1252(new TextEncoder().encode(text));
/** UTF-8 bytes read as Latin-1: bytes 0x80–0x9F become C1 controls. */
const asLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

// Mojibake written out as it is found in scraped text, including the forms where a byte was lost.
const FOUND: Array<[string, string]> = [
  ['Itâ€™s â€œfineâ€\u009d, he said.', 'It’s “fine”, he said.'],
  ['He said â€œnoâ€ and left.', 'He said “no” and left.'],
  ['Ã¢â‚¬Å“DoubleÃ¢â‚¬Â quoted.', '“Double” quoted.'],
  ['The rate was 100Â km/h.', 'The rate was 100 km/h.'],
  ['Paris â€“ The talks resumed.', 'Paris – The talks resumed.'],
  ['Ð¿Ñ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€', 'привет, мир'],
  ['Ã‰cole Polytechnique', 'École Polytechnique'],
  ['ï»¿Headline with a mis-read BOM', 'Headline with a mis-read BOM'],
  // Mixed: correct non-windows-1252 text next to mojibake.
  ['Москва — the Kremlinâ€™s view', 'Москва — the Kremlin’s view'],
  ['Tokyo 東京: â€œa new eraâ€\u009d', 'Tokyo 東京: “a new era”'],
  ['“Correct” quotes and â€œbrokenâ€\u009d ones', '“Correct” quotes and “broken” ones'],
  ['The ðŸ˜€ emoji and a real 😀 one', 'The 😀 emoji and a real 😀 one'],
];

const CASES: Array<[string, string]> = [
  ...CLEAN.filter((t) => asCp1252(t) !== t).map((t): [string, string] => [asCp1252(t), t]),
  ...DOUBLE.map((t): [string, string] => [asCp1252(asCp1252(t)), t]),
  ...LATIN1.map((t): [string, string] => [asLatin1(t), t]),
  ...FOUND,
];

// Text that merely looks odd: accented capitals before quotes, Latin-1 symbols, other scripts. Must not change.
const NEGATIVE = [
  'naïve café résumé',
  'São Paulo e Brasília',
  '“CAFÉ”',
  '«ÉTÉ»',
  '“LLEGÓ”',
  '“IRMÃ”',
  '“PÅ” sa han',
  'Þórður Guðjónsson',
  'Ærø og Åbenrå',
  'Ông Nguyễn Văn Thắng',
  'Temperature: 25°C ± 2°',
  'Price: £100 or €120',
  '© 2024 Reuters',
  'Mötley Crüe',
  '½ cup of sugar, ¼ teaspoon',
  'Straße, Öl, Ärger, Übermut',
  'Ça va? Oui, ça va.',
  '¿Qué pasó? ¡Nada!',
  'Ñandú and piñata',
  'Łódź and Kraków',
  'Čeština, Slovenčina, Hrvatski',
  'İstanbul, Iğdır, Şanlıurfa',
  'Zürich – Genève — Lugano',
  'ÀÉÎÕÜ',
  'AÑO NUEVO',
  '×2 speed, ÷ sign',
  'MAÑANA…',
  'Ελληνικά and русский',
  '日本語のテキスト',
  'emoji 😀 and 🇫🇷',
  'Ã la carte',
  'the letter Â',
  'TÂM and CÂMARA',
];

describe('mojibake corpus', () => {
  it('has at least 50 repair cases and 30 negatives', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(30);
  });

  for (const [broken, clean] of CASES) {
    it(`repairs ${JSON.stringify(broken).slice(0, 60)}`, () => {
      expect(broken).not.toBe(clean);
      const result = fixText(broken);
      expect(result.text).toBe(clean);
      expect(result.fixes.mojibake).toBeGreaterThan(0);
    });
  }

  for (const text of NEGATIVE) {
    it(`leaves ${JSON.stringify(text)}`, () => {
      const result = fixText(text);
      expect(result.text).toBe(text);
      expect(result.fixes.mojibake).toBe(0);
    });
  }
});

describe('windows-1252 table', () => {
  it('decodes 0x80–0x9F as WHATWG windows-1252, not Latin-1 controls', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeCp1252(bytes)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });
});
