/** The word tables behind entity recognition, loaded once and indexed for lookup. */
import context from '../../data/name-context.json';
import organizationTable from '../../data/organizations.json';
import curatedPeople from '../../data/people.json';
import placeTable from '../../data/places.json';

/** A canonical name with the other spellings that denote the same entity. */
export interface AliasEntry {
  name: string;
  aliases: string[];
}

const bare = (w: string): string => w.replace(/\.$/, '');

export const TITLES = new Set(context.titles.map(bare));
export const ROLES = new Set(context.roles);
export const SPEECH_VERBS = context.speechVerbs;
export const QUOTE_VERBS = context.quoteVerbs;
export const SENTENCE_STARTERS = new Set(context.sentenceStarters);
export const ORGANIZATION_WORDS = new Set(organizationTable.organizationWords);
export const PLACE_WORDS = new Set(placeTable.placeWords);
export const PLACE_SHORTHANDS = new Set(placeTable.shorthands);
export const WEAPONS = new Set(context.weapons);

export const CURATED_PEOPLE: AliasEntry[] = curatedPeople.people;
export const KNOWN_ORGANIZATIONS: AliasEntry[] = organizationTable.organizations;
export const KNOWN_PLACES: AliasEntry[] = placeTable.places;

/** Exact-form index of a table: every name and alias as written → canonical name. */
export function indexExact(entries: AliasEntry[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const { name, aliases } of entries) for (const n of [name, ...aliases]) index.set(n, name);
  return index;
}

export const ORGANIZATION_INDEX = indexExact(KNOWN_ORGANIZATIONS);
export const PLACE_INDEX = indexExact(KNOWN_PLACES);

/** Words that cannot be part of a person's name: organisation, place and event words, and one-word places. */
export const NOT_NAME_WORDS = new Set([
  ...context.notNameWords,
  ...context.timeWords,
  ...ORGANIZATION_WORDS,
  ...PLACE_WORDS,
  ...WEAPONS,
  ...[...PLACE_INDEX.keys(), ...ORGANIZATION_INDEX.keys()].filter((n) => !/\s/.test(n)),
]);
export const TIME_WORDS = new Set(context.timeWords);
