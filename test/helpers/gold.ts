import type { Article } from '../../src/article.js';

/** Hand-written expectations for one fixture (the same shape as the shared seeds' gold files). */
export interface Gold {
  title: string | null;
  subtitle: string | null;
  dateline: string | null;
  source: string | null;
  authors: string[];
  publishedAt: string | null;
  language: string;
  paragraphs: Array<{ type: string; text: string; optional?: boolean }>;
  removed: Array<{ text: string; reason?: string }>;
  fixes?: Record<string, number>;
  people: Array<{ name: string; aliases: string[] }>;
  notPeople: string[];
  dates: Array<{ text: string; value: string }>;
  now?: string;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const isoNorm = (v: string | null) => norm(v).replace(/:00(\.0+)?$/, '');

/** Every way the article departs from its gold, as readable lines (empty when it matches). */
export function compareWithGold(a: Article, g: Gold): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => ok || problems.push(what);
  for (const k of ['title', 'subtitle', 'dateline', 'source', 'language'] as const) {
    expect(norm(a[k]) === norm(g[k]), `${k}: expected ${JSON.stringify(g[k])}, got ${JSON.stringify(a[k])}`);
  }
  expect(isoNorm(a.publishedAt) === isoNorm(g.publishedAt), `publishedAt: expected ${g.publishedAt}, got ${a.publishedAt}`);
  expect(JSON.stringify(a.authors.map(norm)) === JSON.stringify(g.authors.map(norm)), `authors: expected ${JSON.stringify(g.authors)}, got ${JSON.stringify(a.authors)}`);
  const got = a.paragraphs.map((p) => ({ type: p.type, text: norm(p.text) }));
  let j = 0;
  for (const p of g.paragraphs) {
    const at = got.findIndex((q, k) => k >= j && q.text === norm(p.text));
    if (at < 0) {
      if (!p.optional) problems.push(`missing or altered paragraph: ${norm(p.text).slice(0, 100)}`);
      continue;
    }
    for (const extra of got.slice(j, at)) problems.push(`unexpected paragraph: ${extra.text.slice(0, 100)}`);
    expect(!!p.optional || got[at].type === p.type, `type of "${norm(p.text).slice(0, 50)}" is ${got[at].type}, expected ${p.type}`);
    j = at + 1;
  }
  for (const extra of got.slice(j)) problems.push(`unexpected paragraph: ${extra.text.slice(0, 100)}`);
  expect(norm(a.text) === got.map((p) => p.text).join(' '), 'text is not the paragraphs joined');
  const removedText = norm(a.removed.map((r) => r.text).join(' '));
  for (const r of g.removed) {
    const t = norm(r.text);
    expect(!got.some((p) => p.text.includes(t)) && removedText.includes(t), `not removed: ${t.slice(0, 100)}`);
    if (r.reason) expect(a.removed.some((x) => norm(x.text).includes(t) && x.reason === r.reason), `"${t.slice(0, 60)}" not removed as ${r.reason}`);
  }
  for (const [k, n] of Object.entries(g.fixes ?? {})) {
    expect((a.fixes as unknown as Record<string, number>)[k] === n, `fixes.${k}: expected ${n}, got ${(a.fixes as unknown as Record<string, number>)[k]}`);
  }
  for (const p of g.people) {
    const hit = a.people.find((q) => q.name === p.name);
    expect(!!hit, `no person ${p.name} among ${JSON.stringify(a.people.map((q) => q.name))}`);
    for (const alias of p.aliases) {
      if (hit) expect(hit.aliases.includes(alias) || !a.people.some((q) => q.name === alias), `${alias} not merged into ${p.name}`);
    }
  }
  for (const n of g.notPeople) expect(!a.people.some((q) => q.name.includes(n)), `${n} listed as a person`);
  for (const d of g.dates) {
    expect(a.dates.some((x) => norm(x.text).includes(norm(d.text)) && x.value.startsWith(d.value)), `date "${d.text}" should resolve to ${d.value}; got ${JSON.stringify(a.dates.filter((x) => norm(x.text).includes(norm(d.text))))}`);
  }
  return problems;
}
