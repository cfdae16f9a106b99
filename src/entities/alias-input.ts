import type { TypedAliasEntry } from './index.js';

const TYPES = ['person', 'organization', 'place'] as const;
/** The table's sections when it is written like data/people.json: `{ "people": [...], "places": [...] }`. */
const SECTIONS: Record<string, TypedAliasEntry['type']> = {
  people: 'person',
  organizations: 'organization',
  places: 'place',
};

/**
 * A user alias table, checked entry by entry: an array of `{ name, aliases?, type? }` (type: person, organization
 * or place; default person), or an object with "people", "organizations" and/or "places" arrays of
 * `{ name, aliases }`. Throws an Error whose message says what is wrong and where.
 */
export function parseAliasTable(json: unknown): TypedAliasEntry[] {
  if (Array.isArray(json)) return json.map((e, i) => aliasEntry(e, `entry ${i + 1}`, undefined));
  if (typeof json !== 'object' || json === null) throw new Error(shapeHint('the table is not an array or object'));
  const unknown = Object.keys(json).filter((k) => !(k in SECTIONS) && !k.startsWith('$'));
  if (unknown.length) throw new Error(shapeHint(`unknown section "${unknown[0]}"`));
  return Object.entries(SECTIONS).flatMap(([section, type]) => {
    const list = (json as Record<string, unknown>)[section];
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw new Error(shapeHint(`"${section}" is not an array`));
    return list.map((e, i) => aliasEntry(e, `${section}[${i}]`, type));
  });
}

function aliasEntry(value: unknown, where: string, sectionType: TypedAliasEntry['type']): TypedAliasEntry {
  const e = value as Record<string, unknown>;
  if (typeof e !== 'object' || e === null || Array.isArray(e)) throw new Error(`${where} is not an object`);
  if (typeof e.name !== 'string' || !e.name.trim()) throw new Error(`${where} has no "name" string`);
  const aliases = e.aliases ?? [];
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string'))
    throw new Error(`${where} ("${e.name}"): "aliases" must be an array of strings`);
  const type = sectionType ?? e.type ?? 'person';
  if (!TYPES.includes(type as (typeof TYPES)[number]))
    throw new Error(`${where} ("${e.name}"): "type" must be one of ${TYPES.join(', ')}`);
  return { name: e.name.trim(), aliases, type: type as TypedAliasEntry['type'] };
}

const shapeHint = (problem: string) =>
  `${problem}; expected [{"name": "…", "aliases": ["…"], "type": "person"}] or {"people": [{"name": "…", "aliases": ["…"]}]}`;
