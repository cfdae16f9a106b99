// franc's language guess, computed faster over franc's own data.
//
// franc scores a text against each language of its dominant script: for every trigram of the text it looks the
// trigram up in each language's model, 82 object lookups per trigram. Most trigrams occur in few models, so an
// inverted index (trigram → the languages that have it, with its rank there) gives the same sums with a fraction
// of the lookups. Same sample, same cleaning, same arithmetic and the same tie order: the answer is franc's
// (test/metadata/trigram-language.test.ts compares the two on every fixture and on generated text).
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { TrigramTable } from './trigram-table.js';

/** franc's constants: the sample it reads and the cost of a trigram missing from a model. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModel {
  languages: string[];
  /** Trigram key → its position here, which indexes `spans`. */
  trigrams: TrigramTable;
  /** Per trigram: where its pairs (language index, rank in that language's model) start in `pairs`, and end. */
  spans: Int32Array;
  pairs: Int32Array;
}

/**
 * Three UTF-16 code units as one number, so counting trigrams allocates no strings: 10 bits each when all three
 * are below U+0400 (a small integer, the fast kind of Map key), else 16 bits each above 2^30, clear of those.
 */
function trigramKey(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) < 0x400 ? (a << 20) | (b << 10) | c : 2 ** 30 + (a * 0x10000 + b) * 0x10000 + c;
}

function buildModel(languageModels: Record<string, string>): ScriptModel {
  const languages = Object.keys(languageModels);
  const postings = new Map<number, number[]>();
  languages.forEach((language, index) => {
    languageModels[language].split('|').forEach((trigram, rank) => {
      const key = trigramKey(trigram, 0);
      const list = postings.get(key);
      if (list) list.push(index, rank);
      else postings.set(key, [index, rank]);
    });
  });
  const trigrams = new TrigramTable(postings.size);
  const spans = new Int32Array(2 * postings.size);
  const pairs: number[] = [];
  for (const [key, list] of postings) {
    const position = trigrams.count(key);
    spans[2 * position] = pairs.length;
    pairs.push(...list);
    spans[2 * position + 1] = pairs.length;
  }
  return { languages, trigrams, spans, pairs: Int32Array.from(pairs) };
}

let models: Map<string, ScriptModel> | undefined;
/** Built on first use: about 25,000 postings for franc-min's 82 languages. */
function scriptModels(): Map<string, ScriptModel> {
  models ??= new Map(Object.entries(data).map(([script, languageModels]) => [script, buildModel(languageModels)]));
  return models;
}

const SCRIPTS = Object.entries(expressions);
/** Each script's pattern for one UTF-16 code unit (franc's patterns match one code point each). */
const ONE_UNIT = SCRIPTS.map(([, expression]) => new RegExp(`^(?:${expression.source})$`));
/** Per code unit, the scripts (bit i: SCRIPTS[i]) it belongs to; worked out on first sight, -1 until then. */
const unitScripts = new Int32Array(0x10000).fill(-1);

function scriptsOf(unit: number): number {
  let mask = unitScripts[unit];
  if (mask === -1) {
    mask = 0;
    const char = String.fromCharCode(unit);
    ONE_UNIT.forEach((pattern, i) => {
      if (pattern.test(char)) mask |= 1 << i;
    });
    unitScripts[unit] = mask;
  }
  return mask;
}

/** How many characters of each script: franc's count of pattern matches, without building the match arrays. */
function scriptCounts(sample: string): number[] {
  // Surrogate pairs match as two units: franc's own counting.
  if (/[\uD800-\uDFFF]/.test(sample)) return SCRIPTS.map(([, expression]) => sample.match(expression)?.length ?? 0);
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < sample.length; i++) {
    for (let mask = scriptsOf(sample.charCodeAt(i)); mask !== 0; mask &= mask - 1)
      counts[31 - Math.clz32(mask & -mask)]++;
  }
  return counts;
}

/** The script (or single-script language) whose characters are most frequent; franc's order breaks ties. */
function topScript(sample: string): string | undefined {
  const counts = scriptCounts(sample);
  let top = -1;
  for (let i = 0; i < counts.length; i++) if (counts[i] > (top < 0 ? 0 : counts[top])) top = i;
  return top < 0 ? undefined : SCRIPTS[top][0];
}

/** Counts of the sample's trigrams, cleaned and padded as trigram-utils does, in `counts`. */
function countTrigrams(sample: string, counts: TrigramTable): void {
  const cleaned = ` ${sample
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  counts.clear();
  for (let i = 0; i + 3 <= cleaned.length; i++) counts.count(trigramKey(cleaned, i));
}

function closestLanguage(counts: TrigramTable, model: ScriptModel): string {
  const distances = new Array<number>(model.languages.length).fill(counts.size * MAX_DIFFERENCE);
  const { trigrams, spans, pairs } = model;
  for (let i = 0; i < counts.size; i++) {
    const found = trigrams.find(counts.keyAt(i));
    if (found < 0) continue;
    const count = counts.countAt(i);
    for (let p = spans[2 * found]; p < spans[2 * found + 1]; p += 2)
      distances[pairs[p]] += Math.abs(count - pairs[p + 1] - 1) - MAX_DIFFERENCE;
  }
  let best = 0;
  for (let i = 1; i < distances.length; i++) if (distances[i] < distances[best]) best = i;
  return model.languages[best];
}

/** One table for every sample: at most 2 * MAX_LENGTH + 2 trigrams ("İ" lower-cases to two characters). */
const sampleCounts = new TrigramTable(2 * MAX_LENGTH + 2);

/** franc(text)'s answer: an ISO 639-3 code, or "und" when no script is recognised. */
export function trigramLanguage(text: string): string {
  const sample = text.slice(0, MAX_LENGTH);
  const script = topScript(sample);
  if (script === undefined) return 'und';
  const model = scriptModels().get(script);
  if (!model) return script;
  countTrigrams(sample, sampleCounts);
  return closestLanguage(sampleCounts, model);
}
