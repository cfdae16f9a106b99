/**
 * Groups spellings of people's names: a spelling joins the first group holding a spelling it matches
 * (name-key.ts), except that two spellings an alias table gives different canonical names never meet. Surname-only
 * mentions join a group only when exactly one group fits. The canonical name is the alias table's, else the most
 * frequent full spelling (the first seen on a tie).
 */
import {
  BUILT_IN_VARIANTS,
  type NamePart,
  type NameParts,
  nameKey,
  namesMatch,
  nameTokens,
  partRuns,
  partsKey,
  type VariantIndex,
} from './name-key.js';
import { PartIndex } from './part-index.js';
import { type AliasEntry, CURATED_PEOPLE } from './tables.js';

export interface NameMatchOptions {
  /** Your own alias table; its canonical names win over the built-in table's. */
  aliases?: AliasEntry[];
  /** Use the built-in table of people (data/people.json). Default true. */
  curated?: boolean;
  /** Use the built-in table of name-part variants (data/name-variants.json). Default true. */
  variants?: boolean;
}

export interface Spelling {
  surface: string;
  tokens: NameParts;
}

export interface NameGroup<M extends Spelling> {
  curated: string | null;
  full: M[];
  short: M[];
}

interface TableEntry {
  name: string;
  spellings: NameParts[];
}

/** An alias table made ready for matching: exact keys, and every spelling tokenised for fuzzy lookups. */
export class AliasTable {
  readonly byKey = new Map<string, string>();
  readonly entries: TableEntry[] = [];

  constructor(tables: AliasEntry[][]) {
    for (const table of tables) {
      for (const { name, aliases } of table) {
        for (const n of [name, ...aliases]) this.byKey.set(nameKey(n), name);
        this.entries.push({ name, spellings: [name, ...aliases].map(nameTokens) });
      }
    }
  }

  private readonly near = new Map<VariantIndex, NearEntries>();

  private entriesNear(spelling: NameParts, variants: VariantIndex): Set<number> {
    let near = this.near.get(variants);
    if (!near) {
      near = new NearEntries(this.entries, variants);
      this.near.set(variants, near);
    }
    return near.of(spelling);
  }

  /** Table entries each spelling matches, kept across documents: the same names recur in a run. */
  private readonly matches = new Map<string, string[]>();

  /** The canonical name of the one table entry these spellings fuzzily match, if exactly one does. */
  lookup(spellings: NameParts[], variants: VariantIndex): string | null {
    // A group repeats its spellings once per mention; nameTokens hands out one array per name, so a Set dedupes.
    const seen = new Set<NameParts>();
    let hit: string | null = null;
    for (const s of spellings) {
      if (seen.has(s)) continue;
      seen.add(s);
      for (const name of this.entriesMatching(s, variants)) {
        if (hit !== null && hit !== name) return null; // a second entry: no single match
        hit = name;
      }
    }
    return hit;
  }

  // The same, by the spelling's array: nameTokens hands out one array per name, so most lookups end here without
  // building the key above. (Weak: the token cache decides how long a spelling lives.)
  private readonly matchesOf = new Map<VariantIndex, WeakMap<NameParts, string[]>>();

  /** The names of the entries this spelling matches (namesMatch), in table order. */
  entriesMatching(spelling: NameParts, variants: VariantIndex): string[] {
    let byParts = this.matchesOf.get(variants);
    if (!byParts) {
      byParts = new WeakMap();
      this.matchesOf.set(variants, byParts);
    }
    let names = byParts.get(spelling);
    if (!names) {
      names = this.entriesMatchingByKey(spelling, variants);
      byParts.set(spelling, names);
    }
    return names;
  }

  private entriesMatchingByKey(spelling: NameParts, variants: VariantIndex): string[] {
    const key = `${variants.size}:${spelling.map((t) => t.pieces.join('-')).join(' ')}`;
    let names = this.matches.get(key);
    if (!names) {
      const near = this.entriesNear(spelling, variants);
      names = this.entries
        .filter((e, i) => near.has(i) && e.spellings.some((s) => namesMatch(s, spelling, variants)))
        .map((e) => e.name);
      if (this.matches.size >= 50_000) this.matches.clear();
      this.matches.set(key, names);
    }
    return names;
  }
}

/**
 * Items (table entries, groups of names) a spelling may match (namesMatch): in every way two names match, the first
 * part of the shorter one matches a part of the longer one, or several of its parts written as one. So a spelling
 * is compared only with the items where that holds, either way round, instead of with every spelling held.
 */
export class NearIndex<T> {
  // Every run of parts of every spelling held (it is the longer name), and every spelling's first part (it is the
  // shorter name).
  private readonly runs: PartIndex<T>;
  private readonly firsts: PartIndex<T>;

  constructor(variants: VariantIndex) {
    this.runs = new PartIndex(variants);
    this.firsts = new PartIndex(variants);
  }

  add(spelling: NameParts, item: T): void {
    for (const run of partRuns(spelling)) this.runs.add(run, item);
    if (spelling.length) this.firsts.add(spelling[0], item);
  }

  /** The items holding a spelling that may match this one (every one that does, and maybe others). */
  of(spelling: NameParts): Set<T> {
    const near = spelling.length ? this.runs.matching(spelling[0]) : new Set<T>();
    for (const run of partRuns(spelling)) for (const i of this.firsts.matching(run)) near.add(i);
    return near;
  }
}

/** The entries of an alias table, by index. */
class NearEntries extends NearIndex<number> {
  constructor(entries: TableEntry[], variants: VariantIndex) {
    super(variants);
    entries.forEach((e, i) => {
      for (const s of e.spellings) this.add(s, i);
    });
  }
}

const BUILT_IN_TABLE = new AliasTable([CURATED_PEOPLE]);
const NO_VARIANTS: VariantIndex = new Map();

// Tables built from users' alias lists, by their content: the same list usually comes with every document of a
// run, and building a table tokenises every spelling in it. Keyed by value, so a list edited in place is rebuilt.
const userTables = new Map<string, AliasTable>();
const USER_TABLES_KEPT = 16;

export function aliasTableFor(options: NameMatchOptions): AliasTable {
  if (!options.aliases?.length) return options.curated === false ? new AliasTable([]) : BUILT_IN_TABLE;
  const key = JSON.stringify([options.curated !== false, options.aliases.map((e) => [e.name, e.aliases])]);
  let table = userTables.get(key);
  if (!table) {
    const builtIn = options.curated === false ? [] : [CURATED_PEOPLE];
    table = new AliasTable([...builtIn, options.aliases]); // later tables overwrite earlier keys
    if (userTables.size >= USER_TABLES_KEPT) userTables.clear();
    userTables.set(key, table);
  }
  return table;
}

export const variantsFor = (options: NameMatchOptions): VariantIndex =>
  options.variants === false ? NO_VARIANTS : BUILT_IN_VARIANTS;

// How many groups a document's names make before new full names are looked up in an index instead of compared
// with every group: below it, building the index costs more than the comparisons it saves.
const INDEXED_FROM = 64;

export class NameGroups<M extends Spelling> {
  readonly groups: NameGroup<M>[] = [];
  // Each group's full mentions with one per spelling (tokens come from the surface), by group index: matching
  // against these instead of every mention keeps an article that repeats a name a thousand times linear.
  private readonly forms: M[][] = [];
  private readonly formSurfaces: Array<Set<string>> = [];
  private readonly table: AliasTable;
  private readonly variants: VariantIndex;
  // The parts of every group's spellings, for surname-only mentions; built at the first one, dropped by addFull.
  private parts: PartIndex<number> | null = null;
  // Every group's spellings, once there are many groups (see firstFit).
  private near: NearIndex<number> | null = null;
  // The groups each surname-only part fits; dropped by addFull with the index. (By the part: nameTokens shares one
  // per name, and another part with the same pieces only misses the cache.)
  private readonly shortFits = new Map<NamePart, Set<number>>();

  constructor(options: NameMatchOptions = {}) {
    this.table = aliasTableFor(options);
    this.variants = variantsFor(options);
  }

  /** Adds a full name (two parts or more). */
  addFull(m: M): NameGroup<M> {
    this.parts = null;
    if (this.shortFits.size) this.shortFits.clear(); // (clear() allocates a new table even for an empty map)
    const curated = this.table.byKey.get(partsKey(m.tokens)) ?? null;
    let at = curated ? this.groups.findIndex((g) => g.curated === curated) : -1;
    if (at < 0) at = this.firstFit(m, curated);
    if (at < 0) {
      at = this.groups.push({ curated: null, full: [], short: [] }) - 1;
      this.forms.push([]);
      this.formSurfaces.push(new Set());
    }
    const group = this.groups[at];
    group.curated ||= curated;
    group.full.push(m);
    if (!this.formSurfaces[at].has(m.surface)) {
      this.formSurfaces[at].add(m.surface);
      this.forms[at].push(m);
      this.near?.add(m.tokens, at);
    }
    return group;
  }

  /**
   * The first group with a spelling that matches `m`, of those `curated` may join; -1 if none. Past
   * INDEXED_FROM groups, only the groups the near index names are tried (in order): a long text naming
   * thousands of people would otherwise compare every name with every group before it.
   */
  private firstFit(m: M, curated: string | null): number {
    const tried = this.groups.length >= INDEXED_FROM ? this.nearGroups(m.tokens) : null;
    const count = tried ? tried.length : this.groups.length;
    for (let k = 0; k < count; k++) {
      const i = tried ? tried[k] : k;
      if (curated && this.groups[i].curated) continue;
      for (const f of this.forms[i]) if (namesMatch(f.tokens, m.tokens, this.variants)) return i;
    }
    return -1;
  }

  /** The groups holding a spelling that may match `tokens`, in group order. */
  private nearGroups(tokens: NameParts): number[] {
    if (!this.near) {
      const near = new NearIndex<number>(this.variants);
      this.forms.forEach((forms, i) => {
        for (const f of forms) near.add(f.tokens, i);
      });
      this.near = near;
    }
    return [...this.near.of(tokens)].sort((a, b) => a - b);
  }

  /** Adds a surname-only mention to the one group it fits; returns null when none or several fit. */
  addShort(m: M): NameGroup<M> | null {
    const token = m.tokens[0];
    let fits = this.shortFits.get(token);
    if (!fits) {
      fits = this.partIndex().matching(token);
      this.shortFits.set(token, fits);
    }
    if (fits.size !== 1) return null;
    const [at] = fits;
    this.groups[at].short.push(m);
    return this.groups[at];
  }

  private partIndex(): PartIndex<number> {
    if (!this.parts) {
      const parts = new PartIndex<number>(this.variants);
      this.forms.forEach((forms, i) => {
        for (const f of forms) for (const t of f.tokens) parts.add(t, i);
      });
      this.parts = parts;
    }
    return this.parts;
  }

  /** Gives uncurated groups the table name they fuzzily match, and joins groups that share a table name. */
  settle(): NameGroup<M>[] {
    for (const g of this.groups) g.curated ||= this.table.lookup(g.full.map((f) => f.tokens), this.variants);
    const byName = new Map<string, NameGroup<M>>();
    const out: NameGroup<M>[] = [];
    for (const g of this.groups) {
      const same = g.curated ? byName.get(g.curated) : undefined;
      if (same) {
        same.full.push(...g.full);
        same.short.push(...g.short);
        continue;
      }
      if (g.curated) byName.set(g.curated, g);
      out.push(g);
    }
    return out;
  }
}

/** The canonical name of a group: its table name, else its most frequent full spelling, the first on a tie. */
export function canonicalName(group: NameGroup<Spelling>): string {
  if (group.curated) return group.curated;
  const counts = new Map<string, number>();
  for (const m of group.full) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  let best = group.full[0].surface;
  for (const [surface, n] of counts) if (n > (counts.get(best) ?? 0)) best = surface;
  return best;
}

/** Groups spellings of names (each at least two words) into people; each group lists its spellings. */
export function groupNames(names: string[], options: NameMatchOptions = {}): string[][] {
  const groups = new NameGroups<Spelling>(options);
  for (const surface of names) groups.addFull({ surface, tokens: nameTokens(surface) });
  return groups.settle().map((g) => g.full.map((m) => m.surface));
}
