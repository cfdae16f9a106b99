// fixText throughput on clean English, homoglyph-heavy English and Russian, against the engine's own
// String.prototype.normalize('NFC') on the same text in the same run (the floor any repair pass must pay).
// Run: npm run build && npm run bench -- fix
import { fixText } from '../dist/index.js';

const ENGLISH = [
  'Officials in the capital confirmed on Tuesday that the bridge would reopen next spring, a year later than planned.',
  'Engineers expect repairs to cost more than the city had budgeted, and several council members asked for a review.',
  '“We owe residents a clear timetable,” the mayor’s spokesperson said — adding that talks with contractors continue.',
  'The transport authority said buses would keep running on the temporary route until the works are finished.',
];
const RUSSIAN = [
  'Правительство утвердило в среду программу ремонта дорог на следующий год, сообщили в пресс-службе ведомства.',
  'По словам министра, работы начнутся весной и затронут более сорока регионов, а подрядчики обязаны их завершить.',
  '«Мы рассчитываем закончить основной объём до конца осени», — сказал он журналистам после заседания.',
  'Эксперты отмечают, что стоимость материалов за год выросла, поэтому смета может быть пересмотрена.',
];
// Cyrillic look-alikes for a few Latin letters, as in scraped text that was tampered with.
const SEEDS = { e: 'е', a: 'а', o: 'о', c: 'с', p: 'р' };
const seedWord = (word, i) => (i % 2 ? word : word.replace(/[eaocp]/, (c) => SEEDS[c]));

/** About `bytes` of UTF-8: paragraphs of the given lines, numbered so that no two are the same. */
function corpus(lines, bytes, transform = (t) => t) {
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const para = `${lines[i % lines.length]} (${i})`;
    const text = transform(para);
    out.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return out.join('\n\n');
}

const SIZE = 2 << 20;
const texts = {
  'clean English': corpus(ENGLISH, SIZE),
  'homoglyph-heavy English': corpus(ENGLISH, SIZE, (t) => t.split(' ').map(seedWord).join(' ')),
  Russian: corpus(RUSSIAN, SIZE),
};

/** MB/s of UTF-8 input: best of several timed runs of about 300 ms each, after a warm-up. */
function throughput(fn, text) {
  const mb = Buffer.byteLength(text) / 1e6;
  fn(text);
  let best = 0;
  for (let run = 0; run < 5; run++) {
    let n = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < 0.3) {
      fn(text);
      n++;
      elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    }
    best = Math.max(best, (mb * n) / elapsed);
  }
  return best;
}

const rows = Object.entries(texts).map(([name, text]) => {
  const fix = throughput((t) => fixText(t), text);
  const nfc = throughput((t) => t.normalize('NFC'), text);
  return { text: name, 'fixText MB/s': fix.toFixed(1), "normalize('NFC') MB/s": nfc.toFixed(1), 'fixText / NFC': (fix / nfc).toFixed(2) };
});
console.table(rows);
const homoglyphs = fixText(texts['homoglyph-heavy English']).fixes.homoglyphs;
console.log(`(${(SIZE / 1e6).toFixed(1)} MB each; homoglyph-heavy text: ${homoglyphs} letters repaired)`);
