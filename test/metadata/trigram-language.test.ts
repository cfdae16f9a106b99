import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { trigramLanguage } from '../../src/metadata/trigram-language.js';

// trigramLanguage is franc's algorithm over franc's data with an inverted index: it must give franc's answer on
// every text, so a franc-min upgrade that changes either is caught here.
const fixtures = join(__dirname, '..', '..', 'fixtures');
const fixtureTexts = readdirSync(fixtures).flatMap((dir) =>
  ['input.txt', 'input.html']
    .map((file) => join(fixtures, dir, file))
    .filter(existsSync)
    .map((file) => readFileSync(file, 'utf8')),
);

/** Every window of a text, so short and long samples, starts mid-word and mixed scripts are all tried. */
function windows(text: string, size: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length; start += size) out.push(text.slice(start, start + size * 2));
  return out;
}

describe('trigramLanguage gives franc-min’s answer', () => {
  it('on every fixture, whole and in windows of 50 to 3000 characters', () => {
    const samples = fixtureTexts.flatMap((text) => [text, ...[50, 200, 1000, 3000].flatMap((n) => windows(text, n))]);
    expect(samples.length).toBeGreaterThan(500);
    for (const sample of samples)
      expect([sample.slice(0, 80), trigramLanguage(sample)]).toEqual([
        sample.slice(0, 80),
        franc(sample, { minLength: 1 }),
      ]);
  });

  it('in ten scripts', () => {
    const texts = [
      'Правительство в четверг объявило о повышении минимальной заработной платы',
      'Η κυβέρνηση ανακοίνωσε την Πέμπτη ότι θα αυξήσει τον κατώτατο μισθό',
      'أعلنت الحكومة يوم الخميس أنها سترفع الحد الأدنى للأجور في العام المقبل',
      'सरकार ने गुरुवार को घोषणा की कि अगले साल न्यूनतम वेतन बढ़ाया जाएगा',
      '政府は木曜日、来年から最低賃金を引き上げると発表した。',
      '정부는 목요일 내년에 최저임금을 인상하겠다고 발표했다.',
      'רוב הציבור תומך בהעלאת שכר המינימום בשנה הבאה',
      'รัฐบาลประกาศเมื่อวันพฤหัสบดีว่าจะขึ้นค่าแรงขั้นต่ำในปีหน้า',
      'Уряд у четвер оголосив про підвищення мінімальної заробітної плати',
      '1,500 / 14,000 — 2025-06-19',
      'Officials said 🙂 the plan 𝐰𝐨𝐫𝐤𝐬 and 𠀀𠀁 the talks went on 🇺🇦 into the night',
      '𠀀𠀁𠀂 中文 テキスト 𠀃',
    ];
    for (const text of texts) expect(trigramLanguage(text)).toBe(franc(text, { minLength: 1 }));
  });

  it('on generated text', () => {
    const letters = fc.constantFrom(...'aeiounrstlhdcmwyfgpbvkjxqzéèàüößçñ ابتثяфывапрολκ  .,;0123456789\n');
    fc.assert(
      fc.property(fc.string({ unit: letters, minLength: 1, maxLength: 400 }), (text) => {
        expect(trigramLanguage(text)).toBe(franc(text, { minLength: 1 }));
      }),
      { numRuns: 500 },
    );
  });
});
