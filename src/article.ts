/** The Article: the one object cleanwire returns for every input document. */

export type ParagraphType = 'paragraph' | 'heading' | 'list-item';

export interface Paragraph {
  type: ParagraphType;
  text: string;
}

export interface Person {
  /** Canonical name: the curated table's form, else the most frequent full form. */
  name: string;
  /** Every other spelling seen (full or surname-only). */
  aliases: string[];
  /** How many times the person is mentioned in the article. */
  mentions: number;
}

/** An organisation or place: canonical name, other spellings, mention count. */
export interface NamedEntity {
  /** Canonical name: the table's form (data/organizations.json, data/places.json, your aliases), else the most frequent. */
  name: string;
  aliases: string[];
  mentions: number;
}

export interface DateMention {
  /** The text as written ("Friday", "June 19 last year"). */
  text: string;
  /** ISO value, only as precise as the text: "2024", "2024-06", "2024-06-19", "2024-06-19T14:50". */
  value: string;
  /** Offsets into the paragraph text (`paragraph` index) where the mention was found. */
  paragraph: number;
  start: number;
  end: number;
  /** For a range ("June 19–20", "1950 to 1953"): the ISO value of its last day or year, inclusive. */
  endValue?: string;
}

export interface Removal {
  text: string;
  /** Machine-readable reason, e.g. "navigation", "related-list", "duplicate-title", "caption". */
  reason: string;
}

/** Counts of every repair made, by kind. */
export interface Fixes {
  homoglyphs: number;
  mojibake: number;
  invisible: number;
  spaces: number;
  punctuation: number;
  citations: number;
  entities: number;
  normalization: number;
}

export interface Article {
  id: string | null;
  title: string | null;
  subtitle: string | null;
  authors: string[];
  source: string | null;
  dateline: string | null;
  /** ISO 8601: a date ("2025-06-19"), a local date-time ("2024-10-19T14:50") or one with its offset. */
  publishedAt: string | null;
  /** ISO 639-3 code, or "und" when the text is too short or unclear. */
  language: string;
  paragraphs: Paragraph[];
  /** The paragraphs' text joined by a blank line. */
  text: string;
  people: Person[];
  /** Organisations recognised by table or head word ("Rodong Sinmun", "Foreign Ministry"). */
  organizations: NamedEntity[];
  /** Places recognised by table or head word ("North Korea", "Tumen River"). */
  places: NamedEntity[];
  dates: DateMention[];
  removed: Removal[];
  fixes: Fixes;
  warnings: string[];
}

export const emptyFixes = (): Fixes => ({
  homoglyphs: 0,
  mojibake: 0,
  invisible: 0,
  spaces: 0,
  punctuation: 0,
  citations: 0,
  entities: 0,
  normalization: 0,
});
