import type { Article } from './article.js';
import { type DocumentInput, type NormaliseOptions, runPipeline } from './pipeline.js';

export type { Article, DateMention, Fixes, NamedEntity, Paragraph, ParagraphType, Person, Removal } from './article.js';
export {
  EntityIndex,
  type EntityIndexEntry,
  type EntityType,
  mergeEntitiesAcrossArticles,
} from './entities/batch.js';
export type { EntityOptions, TypedAliasEntry } from './entities/index.js';
export { groupNames, type NameMatchOptions } from './entities/name-clusters.js';
export type { AliasEntry } from './entities/tables.js';
export { findDates } from './entities/dates.js';
export { decodeBytes, type FixOptions, type FixResult, fixText } from './fix/index.js';
export { choosePublishedDate, type DateCandidate } from './metadata/choose-date.js';
export { parsePublishedDate, type PublishedDateOptions } from './metadata/published-date.js';
export { dateFromUrl } from './metadata/url-date.js';
export type { NormaliseOptions } from './pipeline.js';
export { type ErrorRecord, type ManyOptions, normaliseMany, normaliseStream } from './stream/index.js';
export { type ExplainOptions, explainArticle, sourceText, useColor } from './explain/index.js';
export { type ReportEntry, type ReportOptions, renderReport } from './report/index.js';

export type NormaliseInput = string | { html?: string; text?: string; url?: string; id?: string };

/** Error thrown for input that cannot be normalised; `code` is stable for programs to test. */
export class NormaliseError extends Error {
  constructor(
    readonly code: 'EMPTY_INPUT' | 'BAD_INPUT' | 'UNSUPPORTED' | 'TOO_LARGE',
    message: string,
  ) {
    super(message);
    this.name = 'NormaliseError';
  }
}

/** Whether `text` takes more than `limit` bytes in UTF-8, counting only as far as needed. */
function utf8BytesOver(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= limit) return false; // and at most three (a surrogate pair is four for two units)
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) i++;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3; // a lone surrogate is written as U+FFFD
  }
  return bytes > limit;
}

function checkSize(input: NormaliseInput, limit: number | undefined): void {
  if (limit === undefined) return;
  if (typeof limit !== 'number' || !(limit >= 0)) throw new TypeError(`invalid "maxInputBytes": ${String(limit)}`);
  const text = typeof input === 'string' ? input : (input?.text ?? input?.html);
  if (typeof text === 'string' && utf8BytesOver(text, limit)) {
    throw new NormaliseError('TOO_LARGE', `input is larger than maxInputBytes (${limit} bytes)`);
  }
}

function toDocument(input: NormaliseInput): DocumentInput {
  if (typeof input === 'string') return { text: input };
  if (input === null || typeof input !== 'object') {
    throw new NormaliseError('BAD_INPUT', 'input must be a string or an object with `text` or `html`');
  }
  if (typeof input.text === 'string') return { text: input.text, id: input.id, url: input.url };
  if (typeof input.html === 'string') return { html: input.html, id: input.id, url: input.url };
  throw new NormaliseError('BAD_INPUT', 'input object needs a `text` or `html` string');
}

/** Normalises one document (plain text, or a record) into an Article. */
export function normalise(input: NormaliseInput, options: NormaliseOptions = {}): Article {
  checkSize(input, options.maxInputBytes);
  return runPipeline(toDocument(input), options);
}
