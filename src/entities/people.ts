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
  const mentions: Mention[] = [];
  let order = 0; // among the person candidates
  for (const c of candidates) {
    if (c.kind !== 'person') continue;
    const tokens = nameTokens(c.surface);
    if (tokens.length) mentions.push({ surface: c.surface, tokens, cue: c.cue, order });
    order++;
  }
  const groups = new NameGroups<Mention>(options);
  for (const m of mentions) if (m.tokens.length >= 2) groups.addFull(m);
  for (const m of mentions) if (m.tokens.length === 1) groups.addShort(m);
  const cued = (m: Mention) => m.cue;
  return groups
    .settle()
    .filter((g) => g.curated || g.full.some(cued) || g.short.some(cued))
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
