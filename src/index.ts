import type { Article } from './article.js';
import { checkOptions, checkSize, type NormaliseInput, toDocument } from './input.js';
import { type NormaliseOptions, runPipeline } from './pipeline.js';

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
export { NormaliseError, type NormaliseInput } from './input.js';
export type { NormaliseOptions } from './pipeline.js';
export { type ErrorRecord, type ManyOptions, normaliseMany, normaliseStream } from './stream/index.js';
export { type ExplainOptions, explainArticle, sourceText, useColor } from './explain/index.js';
export { type ReportEntry, type ReportOptions, renderReport } from './report/index.js';

/** Normalises one document (plain text, or a record) into an Article. */
export function normalise(input: NormaliseInput, options: NormaliseOptions = {}): Article {
  const checked = checkOptions(options);
  const document = toDocument(input);
  checkSize(document, checked.maxInputBytes);
  return runPipeline(document, checked);
}
