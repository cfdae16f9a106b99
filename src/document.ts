import type { Article, DateMention, Fixes, NamedEntity, ParagraphType, Person, Removal } from './article.js';

/** One line-level unit of the input with its provenance and, once classified, its fate. */
export interface Block {
  text: string;
  /** 0-based line in the repaired text. */
  line: number;
  /** A blank line (or block boundary in HTML) comes before this block. */
  blankBefore: boolean;
  /** Leading spaces before the text, kept because list markers are often indented. */
  indent: number;
  type: ParagraphType;
  /** Set when the block is boilerplate or furniture: the reason it was removed. */
  removed?: string;
  /** Set when the block became metadata (title, byline…): the field it went to. */
  role?: 'title' | 'subtitle' | 'byline' | 'dateline';
  /** HTML features, when the block came from HTML. */
  tag?: string;
  /**
   * HTML: the block is removed as `byline` because the markup names it so and nothing else marks it: the byline
   * reader still reads it for the authors and the date. `author` when a class or id names the authors ("byline",
   * "author-name": the names alone are a byline there), `meta` for the other byline words ("meta", "dateline").
   */
  bylineMarkup?: 'author' | 'meta';
}

/** The Article's metadata fields while they are being filled, plus the page URL; language may be unknown yet. */
export type Metadata = Pick<Article, 'title' | 'subtitle' | 'authors' | 'source' | 'dateline' | 'publishedAt'> & {
  url: string | null;
  language: string | null;
};

/** The state passed from stage to stage. */
export interface Doc {
  id: string | null;
  blocks: Block[];
  meta: Metadata;
  fixes: Fixes;
  /** Pieces removed from inside blocks (labels, credits); whole-block removals live on the blocks. */
  removedParts: Removal[];
  people: Person[];
  organizations?: NamedEntity[];
  places?: NamedEntity[];
  dates: DateMention[];
  warnings: string[];
  /** Reference instant for relative dates when the article has no publication date. */
  now: Date;
}

export const live = (b: Block): boolean => !b.removed && !b.role;

/** The first live block after `block`, if any. */
export function nextLive(blocks: Block[], block: Block): Block | undefined {
  for (let i = blocks.indexOf(block) + 1; i < blocks.length; i++) if (live(blocks[i])) return blocks[i];
  return undefined;
}

export function emptyMetadata(): Metadata {
  return { title: null, subtitle: null, authors: [], source: null, dateline: null, publishedAt: null, url: null, language: null };
}
