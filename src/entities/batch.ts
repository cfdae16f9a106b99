/**
 * Entities across a batch: every article's people, organisations and places are matched against one index, so the
 * same person gets the same canonical name in every article of a run, and the index lists each entity with its
 * spellings and the documents it appears in. People match as within an article (spelling key, similarity, alias
 * tables); organisations and places by canonical name or spelling key.
 */
import type { Article, NamedEntity, Person } from '../article.js';
import type { EntityOptions, TypedAliasEntry } from './index.js';
import { aliasTableFor, type AliasTable, variantsFor } from './name-clusters.js';
import { type NameParts, nameKey, namesMatch, nameTokens, type VariantIndex } from './name-key.js';

export type EntityType = 'person' | 'organization' | 'place';

/** One line of the entity index. */
export interface EntityIndexEntry {
  type: EntityType;
  name: string;
  /** Every other spelling seen in the batch. */
  aliases: string[];
  /** Ids of the documents that mention the entity, in the order they were added. */
  documents: string[];
  mentions: number;
}

interface Entry {
  type: EntityType;
  curated: string | null;
  /** Spellings in first-seen order, with how many articles used each as their canonical name. */
  spellings: Map<string, number>;
  full: NameParts[];
  documents: Set<string>;
  mentions: number;
}

const PLURAL: Record<EntityType, 'people' | 'organizations' | 'places'> = {
  person: 'people',
  organization: 'organizations',
  place: 'places',
};

const TYPES: EntityType[] = ['person', 'organization', 'place'];

export class EntityIndex {
  private readonly entries: Entry[] = [];
  private readonly table: AliasTable;
  private readonly variants: VariantIndex;
  private readonly pinned: Map<string, string>;
  private readonly byKey = new Map<string, Entry>();
  private readonly byCurated = new Map<string, Entry>();
  private added = 0;

  constructor(options: EntityOptions = {}) {
    const aliases = options.aliases ?? [];
    this.table = aliasTableFor({ ...options, aliases: aliases.filter((a) => (a.type ?? 'person') === 'person') });
    this.variants = variantsFor(options);
    this.pinned = pinnedNames(aliases.filter((a) => a.type === 'organization' || a.type === 'place'));
  }

  /** Records the entities of one article; `id` defaults to the article's id, else its position in the batch. */
  add(article: Article, id: string = article.id ?? String(this.added)): void {
    this.added++;
    for (const type of TYPES) {
      for (const e of article[PLURAL[type]] ?? []) {
        const entry = this.find(type, e) ?? this.create(type, e);
        entry.documents.add(id);
        entry.mentions += e.mentions;
        entry.spellings.set(e.name, (entry.spellings.get(e.name) ?? 0) + 1);
        for (const a of e.aliases) if (!entry.spellings.has(a)) entry.spellings.set(a, 0);
        this.remember(type, e, entry);
      }
    }
  }

  /** The article with each entity renamed to its batch canonical name; entities that became one are joined. */
  apply(article: Article): Article {
    const out: Article = { ...article, people: this.rename('person', article.people) };
    if (article.organizations) out.organizations = this.rename('organization', article.organizations);
    if (article.places) out.places = this.rename('place', article.places);
    return out;
  }

  /** The index: one entry per entity, people first, each type in first-seen order. */
  list(): EntityIndexEntry[] {
    return TYPES.flatMap((type) =>
      this.entries
        .filter((e) => e.type === type)
        .map((e) => {
          const name = canonical(e);
          return {
            type,
            name,
            aliases: [...e.spellings.keys()].filter((s) => s !== name),
            documents: [...e.documents],
            mentions: e.mentions,
          };
        }),
    );
  }

  private rename<T extends Person | NamedEntity>(type: EntityType, list: T[]): T[] {
    const merged = new Map<string, T>();
    for (const e of list) {
      const entry = this.find(type, e);
      const name = entry ? canonical(entry) : e.name;
      const spellings = [e.name, ...e.aliases].filter((s) => s !== name);
      const prev = merged.get(name);
      if (prev) {
        prev.aliases = [...new Set([...prev.aliases, ...spellings])];
        prev.mentions += e.mentions;
      } else merged.set(name, { ...e, name, aliases: [...new Set(spellings)] });
    }
    return [...merged.values()];
  }

  /** Exact spelling keys (and for people the alias-table name) point at an entry, so most lookups are direct. */
  private remember(type: EntityType, e: Person | NamedEntity, entry: Entry): void {
    if (type === 'person') {
      entry.curated ||= this.curatedName(e);
      if (entry.curated) this.byCurated.set(entry.curated, entry);
      for (const tokens of fullSpellings(e)) {
        const key = `person:${tokens.map((t) => t.key).join('')}`;
        if (!this.byKey.has(key)) entry.full.push(tokens);
        this.byKey.set(key, entry);
      }
    } else for (const key of this.thingKeys(type, e)) this.byKey.set(key, entry);
  }

  private thingKeys(type: EntityType, e: Person | NamedEntity): string[] {
    return [e.name, ...e.aliases].map((s) => `${type}:${this.pinned.get(nameKey(s)) ?? nameKey(s)}`);
  }

  private find(type: EntityType, e: Person | NamedEntity): Entry | undefined {
    if (type !== 'person') {
      for (const key of this.thingKeys(type, e)) if (this.byKey.has(key)) return this.byKey.get(key);
      return undefined;
    }
    const curated = this.curatedName(e);
    if (curated && this.byCurated.has(curated)) return this.byCurated.get(curated);
    const compatible = (x: Entry) => !curated || !x.curated;
    const full = fullSpellings(e);
    for (const tokens of full) {
      const hit = this.byKey.get(`person:${tokens.map((t) => t.key).join('')}`);
      if (hit && compatible(hit)) return hit;
    }
    const fits = (x: Entry) => x.full.some((f) => full.some((g) => namesMatch(f, g, this.variants)));
    return this.entries.find((x) => x.type === 'person' && compatible(x) && fits(x));
  }

  private create(type: EntityType, e: Person | NamedEntity): Entry {
    const entry: Entry = {
      type,
      curated: type === 'person' ? null : (this.pinned.get(nameKey(e.name)) ?? null),
      spellings: new Map(),
      full: [],
      documents: new Set(),
      mentions: 0,
    };
    this.entries.push(entry);
    return entry;
  }

  private curatedName(e: Person | NamedEntity): string | null {
    for (const s of [e.name, ...e.aliases]) {
      const hit = this.table.byKey.get(nameKey(s));
      if (hit) return hit;
    }
    return null;
  }
}

/** Full-name spellings (two parts or more) of an entity, tokenised. */
function fullSpellings(e: Person | NamedEntity): NameParts[] {
  return [e.name, ...e.aliases].map(nameTokens).filter((t) => t.length >= 2);
}

/** The user's organisation and place table: spelling key → pinned name. */
function pinnedNames(entries: TypedAliasEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { name, aliases } of entries) for (const s of [name, ...aliases]) out.set(nameKey(s), name);
  return out;
}

/**
 * Canonical name across the batch: the alias table's, else the spelling most articles chose as theirs, the first
 * seen on a tie.
 */
function canonical(entry: Entry): string {
  if (entry.curated) return entry.curated;
  let best = '';
  let votes = -1;
  for (const [s, n] of entry.spellings) {
    if (n > votes) {
      best = s;
      votes = n;
    }
  }
  return best;
}

/** Gives the same entity the same canonical name in every article, and returns the index of entities. */
export function mergeEntitiesAcrossArticles(
  articles: Article[],
  options: EntityOptions = {},
): { articles: Article[]; index: EntityIndexEntry[] } {
  const index = new EntityIndex(options);
  for (const a of articles) index.add(a);
  return { articles: articles.map((a) => index.apply(a)), index: index.list() };
}

const isArticle = (r: unknown): r is Article => typeof r === 'object' && r !== null && 'paragraphs' in r;

/**
 * Batch mode over a stream of results: holds them until the last one (a canonical name depends on every article),
 * then yields them in order with names merged. Error records pass through untouched.
 */
export async function* mergeInBatch<E>(results: AsyncIterable<Article | E>, index: EntityIndex): AsyncGenerator<Article | E> {
  const held: Array<Article | E> = [];
  for await (const r of results) {
    if (isArticle(r)) index.add(r, r.id ?? String(held.length));
    held.push(r);
  }
  for (const r of held) yield isArticle(r) ? index.apply(r) : r;
}
