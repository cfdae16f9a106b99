import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../src/entities/name-clusters.js';
import { BUILT_IN_VARIANTS, namesMatch, nameTokens, type VariantIndex } from '../../src/entities/name-key.js';
import { CURATED_PEOPLE } from '../../src/entities/tables.js';

const variantGroups: Array<{ spellings: string[] }> = JSON.parse(
  readFileSync(new URL('../data/name-variants.json', import.meta.url), 'utf8'),
).groups;

/** Test spellings, and the same names reshaped: order swapped, parts dropped, parts run together or split. */
function spellings(): string[] {
  const out = new Set<string>();
  const names = [...variantGroups.flatMap((g) => g.spellings), ...CURATED_PEOPLE.flatMap((e) => [e.name, ...e.aliases])];
  for (const name of names) {
    const words = name.split(' ');
    out.add(name);
    out.add([...words].reverse().join(' '));
    out.add(words.slice(1).join(' '));
    out.add(words.slice(0, -1).join(' '));
    for (let i = 0; i + 1 < words.length; i++) {
      out.add([...words.slice(0, i), words[i] + words[i + 1].toLowerCase(), ...words.slice(i + 2)].join(' '));
    }
    out.add(name.replace(/-/g, ' '));
    out.add(`Comrade ${name}`);
    out.add(`Comrade General ${name}`);
    out.add([words[0], 'K.', ...words.slice(1)].join(' '));
  }
  return [...out].filter((s) => s.trim());
}

describe('AliasTable: the fuzzy lookup compares a spelling only with entries it may match', () => {
  for (const [label, variants] of [
    ['with the variant table', BUILT_IN_VARIANTS],
    ['without it', new Map() as VariantIndex],
  ] as const) {
    it(`finds what comparing with every entry finds, ${label}`, () => {
      const table = new AliasTable([CURATED_PEOPLE]);
      let matched = 0;
      for (const s of spellings()) {
        const tokens = nameTokens(s);
        const everyEntry = table.entries.filter((e) => e.spellings.some((t) => namesMatch(t, tokens, variants))).map((e) => e.name);
        expect(table.entriesMatching(tokens, variants), s).toEqual(everyEntry);
        if (everyEntry.length) matched++;
      }
      expect(matched).toBeGreaterThan(100); // the check is not vacuous
    }, 60_000); // thousands of spellings, each compared with the whole table
  }
});
