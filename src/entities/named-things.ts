/**
 * Organisations and places: mentions grouped by the table's canonical name when the table knows them, else by
 * spelling key; the canonical name is the table's or the most frequent spelling.
 */
import type { NamedEntity } from '../article.js';
import type { EntityKind, Named } from './classify.js';
import { nameKey } from './name-key.js';
import { type AliasEntry, indexExact } from './tables.js';

/** Groups the candidates of one kind; `aliases` (the user's table) pins canonical names. */
export function namedThingsFrom(candidates: Named[], kind: Exclude<EntityKind, 'person'>, aliases: AliasEntry[] = []): NamedEntity[] {
  const pinned = new Map([...indexExact(aliases)].map(([spelling, name]) => [nameKey(spelling), name]));
  const groups = new Map<string, { canonical?: string; spellings: string[] }>();
  for (const c of candidates) {
    if (c.kind !== kind) continue;
    // (Keyed only when the user's table has entries: most runs pass none.)
    const canonical = (pinned.size ? pinned.get(nameKey(c.surface)) : undefined) ?? c.canonical;
    const key = canonical ? `=${canonical}` : nameKey(c.surface);
    const group = groups.get(key) ?? { canonical, spellings: [] };
    groups.set(key, group);
    group.spellings.push(c.surface);
  }
  return [...groups.values()].map(({ canonical, spellings }) => {
    const name = canonical ?? mostFrequent(spellings);
    return { name, aliases: [...new Set(spellings)].filter((s) => s !== name), mentions: spellings.length };
  });
}

function mostFrequent(items: string[]): string {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
}
