import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/fix/index.js';

const ENGLISH =
  'Officials in the capital confirmed on Tuesday that the bridge would reopen next spring. Engineers expect ' +
  'repairs to cost more than the city had planned, and several council members asked for an independent review ' +
  'of the contract before any further payments are approved.';
const FRENCH =
  'Le gouvernement a présenté mercredi un projet de loi sur la rénovation des écoles. Selon la ministre, les ' +
  'travaux commenceront dès la rentrée prochaine dans plusieurs académies, et les collectivités recevront une ' +
  'aide exceptionnelle pour les bâtiments les plus anciens.';
const GERMAN =
  'Die Bundesregierung hat am Donnerstag neue Förderprogramme für kleine Unternehmen vorgestellt. Nach Angaben ' +
  'des Ministeriums sollen die Anträge künftig schneller bearbeitet werden, und in der Hauptstraße der Gemeinde ' +
  'öffnet im Herbst ein gemeinsames Büro für Gründer.';
const RUSSIAN =
  'Правительство утвердило в среду программу ремонта дорог на следующий год. По словам министра, работы ' +
  'начнутся весной и затронут более сорока регионов, а подрядчики обязаны завершить их до конца осени.';

// Look-alikes a seeder would use, keyed by the genuine letter.
const INTO_CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', ä: 'ӓ', ö: 'ӧ' };
const INTO_GREEK: Record<string, string> = { ß: 'β', v: 'ν', o: 'ο' };
const INTO_LATIN: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y' };

/** Swaps one letter in every word of two letters or more for its look-alike; returns the text and positions. */
function seed(text: string, ...tables: Array<Record<string, string>>): { text: string; at: number[] } {
  const at: number[] = [];
  let n = 0;
  const out = text.replace(/\p{L}{2,}/gu, (word, offset: number) => {
    const table = tables[n++ % tables.length];
    const i = [...word].findIndex((c) => table[c]);
    if (i < 0) return word;
    at.push(offset + i);
    return word.slice(0, i) + table[word[i]] + word.slice(i + 1);
  });
  return { text: out, at };
}

describe('seeded homoglyphs are all repaired', () => {
  const cases: Array<[string, string, Array<Record<string, string>>]> = [
    ['English', ENGLISH, [INTO_CYRILLIC, INTO_GREEK]],
    ['French', FRENCH, [INTO_CYRILLIC]],
    ['German', GERMAN, [INTO_CYRILLIC, INTO_GREEK]],
    ['Russian', RUSSIAN, [INTO_LATIN]],
  ];
  for (const [language, original, tables] of cases) {
    it(language, () => {
      const seeded = seed(original, ...tables);
      expect(seeded.at.length).toBeGreaterThan(15);
      const result = fixText(seeded.text, { explain: true });
      expect(result.text).toBe(original);
      expect(result.fixes.homoglyphs).toBe(seeded.at.length);
      expect(result.repairs!.map((r) => r.start)).toEqual(seeded.at);
    });
  }
});

describe('homoglyph decisions', () => {
  it('repairs a mixed word toward its own majority script', () => {
    expect(fixText('Kіm Jong Un').text).toBe('Kim Jong Un');
    expect(fixText('Власти Мoсквы заявили').text).toBe('Власти Москвы заявили');
  });

  it('breaks a tie inside the word with the script of the line', () => {
    expect(fixText('Hе said so.').text).toBe('He said so.');
    expect(fixText('Вчера oн сказал.').text).toBe('Вчера он сказал.');
  });

  it('leaves a mixed word alone when no single script can spell it', () => {
    // "к" has no Latin look-alike and "n" no Cyrillic one.
    expect(fixText('the word кn stays').text).toBe('the word кn stays');
  });

  it('repairs whole look-alike words in Latin prose only once the text shows tampering', () => {
    expect(fixText('Thе cat sat on а mat by the door.').text).toBe('The cat sat on a mat by the door.');
    expect(fixText('The cat sat on а mat by the door.').text).toBe('The cat sat on а mat by the door.');
  });

  it('keeps a whole foreign word cited in quotes, and genuine Russian next to it', () => {
    const text = 'Thе conjunction «а» joins clauses, and the phrase «он и а» too.';
    expect(fixText(text).text).toBe('The conjunction «а» joins clauses, and the phrase «он и а» too.');
  });

  it('maps mathematical and fullwidth letters to plain ones, except fullwidth forms in CJK text', () => {
    expect(fixText('𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: ＮＥＷＳ ２０２４').text).toBe('Breaking: NEWS 2024');
    expect(fixText('東京のＮＨＫ').text).toBe('東京のＮＨＫ');
  });

  it('repairs a Greek beta standing for ß in German', () => {
    expect(fixText('Die Straβe ist gesperrt.').text).toBe('Die Straße ist gesperrt.');
  });

  it('lists each repair with its position in the returned text', () => {
    const result = fixText('Putin еmphasizеd it', { explain: true });
    expect(result.repairs).toEqual([
      { kind: 'homoglyphs', start: 6, end: 7, from: 'е', to: 'e' },
      { kind: 'homoglyphs', start: 14, end: 15, from: 'е', to: 'e' },
    ]);
    expect(fixText('Putin еmphasizеd it').repairs).toBeUndefined();
  });
});

describe('other repairs', () => {
  it('decodes double-encoded entities through every layer, so that fixing again changes nothing', () => {
    expect(fixText('Q&amp;A &amp;amp; more').text).toBe('Q&A & more');
    expect(fixText('It&amp;#8217;s &#38;quot;new&amp;amp;quot; &amp;lt;b&amp;gt;').text).toBe('It’s "new" <b>');
    // An unknown name loses its escaped ampersands only; a reference without its ";" is not one.
    expect(fixText('&amp;amp;bogus; &amp;amp').text).toBe('&bogus; &amp');
    expect(fixText('&amp;amp;bogus; &amp;amp').fixes.entities).toBe(2);
    // An entity that a removed invisible character had split is decoded in the next round.
    expect(fixText('&\u200d#38; and &am\u00adp;').text).toBe('& and &');
    for (const text of ['Q&amp;A &amp;amp; more', '&amp;amp;bogus; &amp;amp', '&#x26;amp;amp;#38;', '&\u200d#38;']) {
      const once = fixText(text).text;
      expect(fixText(once).text, text).toBe(once);
    }
  });

  it('keeps French spaced punctuation and guillemets, closes stray spaces inside curly quotes', () => {
    expect(fixText('« Vraiment ? » dit-il ; oui !').text).toBe('« Vraiment ? » dit-il ; oui !');
    expect(fixText('He said “ hello ” .').text).toBe('He said “hello”.');
  });

  it('removes invisible characters but keeps joiners that shape scripts and emoji', () => {
    expect(fixText('Pu\u200btin\u00ad said\u202e').text).toBe('Putin said');
    expect(fixText('क्\u200dष and 👨\u200d👩').text).toBe('क्\u200dष and 👨\u200d👩');
  });
});
