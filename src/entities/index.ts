/** Named entities of one document: people, organisations and places, each spelling under one canonical name. */
import type { NamedEntity, Person } from '../article.js';
import { findCandidates } from './candidates.js';
import { classifyInto, type Named } from './classify.js';
import type { NameMatchOptions } from './name-clusters.js';
import { namedThingsFrom } from './named-things.js';
import { peopleFrom } from './people.js';
import type { AliasEntry } from './tables.js';

/** An alias-table entry; `type` says what it names (default: a person). */
export interface TypedAliasEntry extends AliasEntry {
  type?: 'person' | 'organization' | 'place';
}

export interface EntityOptions extends Omit<NameMatchOptions, 'aliases'> {
  aliases?: TypedAliasEntry[];
}

export interface NamedEntities {
  people: Person[];
  organizations: NamedEntity[];
  places: NamedEntity[];
}

const ofType = (entries: TypedAliasEntry[] | undefined, type: TypedAliasEntry['type']) =>
  (entries ?? []).filter((e) => (e.type ?? 'person') === type);

export function findNamedEntities(texts: string[], options: EntityOptions = {}): NamedEntities {
  // Loops, not flatMap: V8's flatMap is several times slower, and this runs once per capitalised run.
  const candidates: Named[] = [];
  for (const text of texts) for (const c of findCandidates(text)) classifyInto(c, candidates);
  return {
    people: peopleFrom(candidates, { ...options, aliases: ofType(options.aliases, 'person') }),
    organizations: namedThingsFrom(candidates, 'organization', ofType(options.aliases, 'organization')),
    places: namedThingsFrom(candidates, 'place', ofType(options.aliases, 'place')),
  };
}

