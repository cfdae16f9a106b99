import { describe, expect, it } from 'vitest';
import { findNamedEntities } from '../../src/entities/index.js';
import { aliasTableFor } from '../../src/entities/name-clusters.js';

describe('user alias tables', () => {
  it('are built once per list content and reused', () => {
    const aliases = [{ name: 'Ingrid Holm', aliases: ['Ingrid Holme'] }];
    const table = aliasTableFor({ aliases });
    expect(aliasTableFor({ aliases: [{ name: 'Ingrid Holm', aliases: ['Ingrid Holme'] }] })).toBe(table);
    expect(aliasTableFor({ aliases, curated: false })).not.toBe(table);
  });

  it('are rebuilt when the list is edited in place', () => {
    const aliases = [{ name: 'Ingrid Holm', aliases: ['Ingrid Holme'] }];
    const text = 'Ingrid Holm said. Ingrid Holme said. "It is late," said Petra Lund.';
    expect(findNamedEntities([text], { aliases }).people.map((p) => p.name)).toEqual(['Ingrid Holm', 'Petra Lund']);
    aliases[0].aliases.push('Petra Lund');
    expect(findNamedEntities([text], { aliases }).people.map((p) => [p.name, p.mentions])).toEqual([['Ingrid Holm', 3]]);
  });
});
