import type { Person } from '../article.js';
import type { Named } from './classify.js';
import { canonicalName, type NameGroup, NameGroups, type NameMatchOptions, type Spelling } from './name-clusters.js';
import { nameTokens } from './name-key.js';

export type { AliasEntry } from './tables.js';
export type PeopleOptions = NameMatchOptions;

interface Mention extends Spelling {
  cue: boolean;
  order: number;
}

/**
 * People among the person candidates, each spelling merged under one canonical name. A group is a person when the
 * alias table knows it or one of its mentions has a context cue.
 */
export function peopleFrom(candidates: Named[], options: PeopleOptions = {}): Person[] {
  const mentions: Mention[] = candidates
    .filter((c) => c.kind === 'person')
    .map((c, order) => ({ surface: c.surface, tokens: nameTokens(c.surface), cue: c.cue, order }))
    .filter((m) => m.tokens.length);
  const groups = new NameGroups<Mention>(options);
  for (const m of mentions) if (m.tokens.length >= 2) groups.addFull(m);
  for (const m of mentions) if (m.tokens.length === 1) groups.addShort(m);
  return groups
    .settle()
    .filter((g) => g.curated || [...g.full, ...g.short].some((m) => m.cue))
    .map((g) => toPerson(g))
    .sort((a, b) => a.first - b.first)
    .map(({ first: _first, ...person }) => person);
}

function toPerson(group: NameGroup<Mention>): Person & { first: number } {
  const all = [...group.full, ...group.short].sort((a, b) => a.order - b.order);
  const name = canonicalName(group);
  const aliases = [...new Set(all.map((m) => m.surface))].filter((s) => s !== name);
  return { name, aliases, mentions: all.length, first: all[0].order };
}
