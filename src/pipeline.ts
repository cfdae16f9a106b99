import { type Article, emptyFixes, type Removal } from './article.js';
import { classifyBoilerplate } from './boilerplate/index.js';
import { type Doc, emptyMetadata, live } from './document.js';
import type { EntityIndex } from './entities/batch.js';
import { findDates } from './entities/dates.js';
import { findNamedEntities, type TypedAliasEntry } from './entities/index.js';
import { fixText } from './fix/index.js';
import { declaredLanguage } from './html/language.js';
import { readCreditLines } from './metadata/credit-lines.js';
import { readDateline } from './metadata/dateline.js';
import { readHeaderFields } from './metadata/header-fields.js';
import { referenceNow } from './metadata/future-date.js';
import { referenceFromIso } from './metadata/iso-date.js';
import { detectLanguage } from './metadata/language.js';
import { readSourceCredit } from './metadata/source-credit.js';
import { readUrlDate } from './metadata/url-date.js';
import { looksLikeHtml, repairBlocks, segmentHtml } from './segment/html.js';
import { segmentText } from './segment/text.js';
import { readBylineLines } from './structure/byline-lines.js';
import { readHeadings } from './structure/headings.js';
import { readLabels } from './structure/labels.js';
import { readListItems } from './structure/lists.js';
import { readSubtitle } from './structure/subtitle.js';
import { readTitle } from './structure/title.js';

export interface NormaliseOptions {
  /**
   * Reference instant for relative dates when the article has no publication date (default: the clock). A date
   * only ("2025-06-20") names that whole day: noon local time for relative dates, and no date on that day is
   * refused as lying after it.
   */
  now?: Date | string;
  /** Stages to turn off. */
  repair?: boolean;
  boilerplate?: boolean;
  structure?: boolean;
  /** `false` turns entity finding off; `'batch'` (in normaliseMany) also merges entities across the documents. */
  entities?: boolean | 'batch';
  /** Batch mode: the index to fill (read it with `list()` after the run); a new one by default. */
  entityIndex?: EntityIndex;
  language?: boolean;
  /** Alias table pinning canonical names of people (and, with `type`, of organisations and places). */
  aliases?: TypedAliasEntry[];
  /** `false` leaves out the built-in table of people (data/people.json), so only `aliases` pins names. */
  builtInAliases?: boolean;
  /** Largest input accepted, in UTF-8 bytes; larger input throws NormaliseError `TOO_LARGE` (default: no limit). */
  maxInputBytes?: number;
}

export interface DocumentInput {
  text?: string;
  /** A web page: the article is extracted from it and its metadata read (takes the place of `text`). */
  html?: string;
  id?: string | null;
  url?: string | null;
}

/** Structure stage: title, byline, standfirst, dateline, credit, then paragraph types. */
const STRUCTURE: Array<(doc: Doc) => void> = [
  readTitle,
  readBylineLines,
  readCreditLines,
  readSubtitle,
  readDateline,
  readSourceCredit,
  readLabels,
  readListItems,
  readHeadings,
];

/** The document as blocks: plain text repaired then cut into lines, or a page's extracted blocks and metadata. */
function segment(input: DocumentInput, options: NormaliseOptions, now: Date): Pick<Doc, 'blocks' | 'meta' | 'fixes' | 'warnings'> {
  if (input.html !== undefined && !looksLikeHtml(input.html)) {
    const read = segment({ ...input, html: undefined, text: input.html }, options, now);
    return { ...read, warnings: [...read.warnings, 'input does not look like HTML; read as text'] };
  }
  if (input.html !== undefined) {
    const page = segmentHtml(input.html, now, options.repair === false ? undefined : fixText);
    const { blocks, fixes } =
      options.repair === false ? { blocks: page.blocks, fixes: emptyFixes() } : repairBlocks(page.blocks);
    const { siteName: _, fixes: metaFixes, ...meta } = page.meta;
    for (const key of Object.keys(fixes) as Array<keyof typeof fixes>) fixes[key] += metaFixes[key];
    return { blocks, meta: { ...emptyMetadata(), ...meta, url: input.url ?? meta.url }, fixes, warnings: page.warnings };
  }
  const text = input.text ?? '';
  const fixed = options.repair === false ? { text, fixes: emptyFixes() } : fixText(text);
  return { blocks: segmentText(fixed.text), meta: { ...emptyMetadata(), url: input.url ?? null }, fixes: fixed.fixes, warnings: [] };
}

/** Runs every stage over one document (plain text or HTML). */
export function runPipeline(input: DocumentInput, options: NormaliseOptions = {}): Article {
  const now = referenceNow(options.now);
  const doc: Doc = {
    id: input.id ?? null,
    ...segment(input, options, now),
    removedParts: [],
    people: [],
    dates: [],
    now,
  };
  if (input.html === undefined) readHeaderFields(doc);
  if (options.boilerplate !== false) classifyBoilerplate(doc);
  if (options.structure !== false) for (const stage of STRUCTURE) stage(doc);
  readUrlDate(doc);
  if (options.entities !== false) findEntities(doc, options);
  return assemble(doc, options);
}

function findEntities(doc: Doc, options: NormaliseOptions): void {
  const body = doc.blocks.filter(live).map((b) => b.text);
  // Captions and the title describe this article; related-story lists describe others and are left out.
  const about = [doc.meta.title, doc.meta.subtitle, ...doc.blocks.filter((b) => b.removed === 'caption').map((b) => b.text)];
  const entities = findNamedEntities([...about.filter((t): t is string => !!t), ...body], {
    aliases: options.aliases,
    curated: options.builtInAliases,
  });
  doc.people = entities.people;
  doc.organizations = entities.organizations;
  doc.places = entities.places;
  const reference = (doc.meta.publishedAt && referenceFromIso(doc.meta.publishedAt)) || doc.now;
  doc.dates = body.flatMap((text, i) => findDates(text, i, reference));
}

function assemble(doc: Doc, options: NormaliseOptions): Article {
  const kept = doc.blocks.filter(live);
  const paragraphs = kept.map((b) => ({ type: b.type, text: b.text }));
  const text = paragraphs.map((p) => p.text).join('\n\n');
  const removed: Removal[] = [
    ...doc.removedParts,
    ...doc.blocks.filter((b) => b.removed).map((b) => ({ text: b.text, reason: b.removed as string })),
    // A byline line becomes authors and a date, which keep only part of it: the line itself is reported whole.
    ...doc.blocks.filter((b) => b.role === 'byline' && !b.removed).map((b) => ({ text: b.text, reason: 'byline' })),
  ];
  if (!paragraphs.length) doc.warnings.push('no article text found');
  const detected =
    options.language === false ? 'und' : detectLanguage([doc.meta.title, doc.meta.subtitle, text].filter(Boolean).join('\n'));
  // Too little text to tell: a page's own lang attribute decides.
  const language = detected === 'und' && options.language !== false ? (declaredLanguage(doc.meta.language) ?? 'und') : detected;
  return {
    id: doc.id,
    title: doc.meta.title,
    subtitle: doc.meta.subtitle,
    authors: doc.meta.authors,
    source: doc.meta.source,
    dateline: doc.meta.dateline,
    publishedAt: doc.meta.publishedAt,
    language,
    paragraphs,
    text,
    people: doc.people,
    organizations: doc.organizations ?? [],
    places: doc.places ?? [],
    dates: doc.dates,
    removed,
    fixes: doc.fixes,
    warnings: doc.warnings,
  };
}
