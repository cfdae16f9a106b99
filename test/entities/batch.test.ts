import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Article, EntityIndex, type ErrorRecord, mergeEntitiesAcrossArticles, normalise, normaliseMany } from '../../src/index.js';

const collect = async (it: AsyncIterable<Article | ErrorRecord>) => {
  const out: Array<Article | ErrorRecord> = [];
  for await (const r of it) out.push(r);
  return out;
};
const seeds = () =>
  [0, 1, 2, 3, 4].map((n) => ({ id: `seed-00${n}`, text: readFileSync(join('fixtures', `seed-00${n}`, 'input.txt'), 'utf8') }));
const isArticle = (r: Article | ErrorRecord): r is Article => 'people' in r;

describe('entities across a batch', () => {
  it('gives the five seeds the same canonical names and indexes who appears where', async () => {
    const index = new EntityIndex();
    const articles = (await collect(normaliseMany(seeds(), { entities: 'batch', entityIndex: index }))).filter(isArticle);
    const people = index.list().filter((e) => e.type === 'person');
    for (const a of articles) for (const p of a.people) expect(people.map((e) => e.name)).toContain(p.name);
    const kim = people.find((e) => e.name === 'Kim Jong Un');
    expect(kim?.documents).toEqual(seeds().map((s) => s.id));
    expect(kim?.aliases).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim']));
    expect(people.find((e) => e.name === 'Sergei Shoigu')?.documents).toEqual(['seed-000', 'seed-001']);
  });

  it('gives the seeds one name per person without the built-in table too', async () => {
    const options = { builtInAliases: false } as const;
    const perDocument = (await collect(normaliseMany(seeds(), options))).filter(isArticle);
    const spellings = (list: Article[]) => new Set(list.flatMap((a) => a.people.map((p) => p.name)));
    expect(spellings(perDocument)).toEqual(new Set(['Kim Jong Un', 'Vladimir Putin', 'Sergey Shoygu', 'Kim Jong-un', 'Sergei Shoigu', 'Hong Min']));
    const batch = (await collect(normaliseMany(seeds(), { ...options, entities: 'batch' }))).filter(isArticle);
    const names = spellings(batch);
    expect(names.size).toBe(4);
    expect([...names].filter((n) => n.startsWith('Kim Jong'))).toHaveLength(1);
    expect([...names].filter((n) => /^Serge/.test(n))).toHaveLength(1);
  });

  it('merges spellings no table knows, under the name most articles use', async () => {
    const texts = [
      'Commander Oleksandr Syrskyi said the line held.',
      'Army chief Oleksandr Syrskyi said reinforcements arrived.',
      'General Oleksandr Syrsky said the front was stable.',
    ];
    const results = (await collect(normaliseMany(texts, { entities: 'batch', now: '2025-01-01' }))).filter(isArticle);
    expect(results.map((a) => a.people.map((p) => p.name))).toEqual([['Oleksandr Syrskyi'], ['Oleksandr Syrskyi'], ['Oleksandr Syrskyi']]);
    expect(results[2].people[0].aliases).toEqual(['Oleksandr Syrsky']);
  });

  it('differs from per-document mode, where each article keeps its own spelling', async () => {
    const texts = ['Commander Oleksandr Syrskyi said the line held.', 'General Oleksandr Syrsky said the front was stable.'];
    const results = (await collect(normaliseMany(texts, { now: '2025-01-01' }))).filter(isArticle);
    expect(results.map((a) => a.people[0].name)).toEqual(['Oleksandr Syrskyi', 'Oleksandr Syrsky']);
  });

  it('passes error records through in order and indexes documents without ids by position', async () => {
    const inputs = ['Commander Oleksandr Syrskyi said the line held.', { text: 42 } as never, 'Oleksandr Syrsky said so, too.'];
    const index = new EntityIndex();
    const results = await collect(normaliseMany(inputs, { entities: 'batch', entityIndex: index, now: '2025-01-01' }));
    expect(results.map((r) => ('error' in r ? 'error' : 'article'))).toEqual(['article', 'error', 'article']);
    expect(index.list().find((e) => e.type === 'person')?.documents).toEqual(['0', '2']);
  });

  it('lets a user alias table pin the batch name', () => {
    const articles = ['Leader Kim Jong Un spoke.', 'Kim Jong-eun said more.'].map((t) => normalise(t, { now: '2025-01-01' }));
    const { articles: merged, index } = mergeEntitiesAcrossArticles(articles, {
      aliases: [{ name: 'Kim Jong-un', aliases: ['Kim Jong Un'] }],
    });
    expect(merged.map((a) => a.people.map((p) => p.name))).toEqual([['Kim Jong-un'], ['Kim Jong-un']]);
    expect(index[0]).toMatchObject({ type: 'person', name: 'Kim Jong-un', documents: ['0', '1'] });
  });

  it('merges organisations and places by table name', () => {
    const articles = ['KCNA reported from Kiev on Monday.', 'The Korean Central News Agency reported from Kyiv.'].map((t) =>
      normalise(t, { now: '2025-01-01' }),
    );
    const { index } = mergeEntitiesAcrossArticles(articles);
    expect(index.filter((e) => e.type !== 'person').map(({ type, name, documents }) => ({ type, name, documents }))).toEqual([
      { type: 'organization', name: 'Korean Central News Agency', documents: ['0', '1'] },
      { type: 'place', name: 'Kyiv', documents: ['0', '1'] },
    ]);
  });
});
