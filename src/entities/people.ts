import type { Person } from '../article.js';
import context from '../../data/name-context.json';
import curatedTable from '../../data/people.json';
import { foldToken, nameKey, nameTokens, namesMatch, tokensMatch } from './name-key.js';

export interface AliasEntry {
  name: string;
  aliases: string[];
}

const TITLES = new Set(context.titles.map((t) => t.replace(/\.$/, '')));
const ROLES = new Set(context.roles);
const ORG_WORDS = new Set(context.orgWords);
const STARTERS = new Set(context.sentenceStarters);
const SPEECH = new RegExp(`^,?\\s+(?:has |had |have |also |then |later |previously |reportedly )?(?:${context.speechVerbs.join('|')})\\b`);
const APPOSITION = /^,\s+(?:a|an|the|who|whose|\d{1,3},)\s/;
const ROLE_BEFORE = /([\p{L}]+)[\s,]*$/u;

const TOKEN = String.raw`(?:(?:al|el|bin|ben|ibn)-)?\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]*)*\.?`;
const PARTICLE = String.raw`(?:bin|ibn|al|el|de|da|van|von|der|den|la|le|di|du|dos|del|y)`;
const SEQUENCE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${TOKEN}(?:\s+(?:${PARTICLE}\s+)?${TOKEN})*(?![\p{L}\p{N}])`, 'gu');
const SENTENCE_START = /(?:^|[.!?:]["'”’)]?\s+|^["“‘(]|\n)\s*["“‘(]?$/;

interface Mention {
  surface: string;
  tokens: string[];
  cue: boolean;
  order: number;
}

interface Cluster {
  curated: string | null;
  full: Mention[];
  short: Mention[];
}

/** Indexes an alias table by spelling key. */
export function indexAliases(entries: AliasEntry[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const { name, aliases } of entries) for (const n of [name, ...aliases]) index.set(nameKey(n), name);
  return index;
}

const BUILT_IN = indexAliases(curatedTable.people);

function stripPossessive(token: string): string {
  return token.replace(/['’]s$/, '').replace(/['’]$/, '');
}

/** Splits "North's Kim Jong Un" after the possessive: the owner and the name are different entities. */
function splitAtPossessives(words: string[]): string[][] {
  const groups: string[][] = [[]];
  for (const w of words) {
    groups[groups.length - 1].push(stripPossessive(w));
    if (/['’]s?$/.test(w)) groups.push([]);
  }
  return groups.filter((g) => g.length);
}

/** Capitalised sequences that may name a person, with titles and sentence-start words taken off. */
function findMentions(text: string, order: { n: number }): Mention[] {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(SEQUENCE)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(start + m[0].length, start + m[0].length + 40);
    const groups = splitAtPossessives(m[0].split(/\s+/));
    groups.forEach((group, g) => {
      let words = group;
      if (g === 0 && SENTENCE_START.test(before) && STARTERS.has(words[0])) words = words.slice(1);
      let cue = false;
      const lastTitle = words.findLastIndex((w) => TITLES.has(w.replace(/\.$/, '')));
      if (lastTitle >= 0) {
        words = words.slice(lastTitle + 1);
        cue = true;
      }
      if (!words.length || words.some((w) => ORG_WORDS.has(w) || /\d/.test(w))) return;
      if (words.every((w) => w.length < 2)) return;
      const last = g === groups.length - 1;
      const roleWord = g === 0 ? ROLE_BEFORE.exec(before)?.[1] : undefined;
      cue ||= (roleWord !== undefined && ROLES.has(roleWord)) || (last && (SPEECH.test(after) || APPOSITION.test(after)));
      const surface = words.join(' ');
      mentions.push({ surface, tokens: nameTokens(surface), cue, order: order.n++ });
    });
  }
  return mentions;
}

function clusterFor(mention: Mention, clusters: Cluster[], aliases: Map<string, string>): Cluster {
  const curated = aliases.get(mention.tokens.join('')) ?? null;
  const found = clusters.find((c) =>
    curated ? c.curated === curated : c.full.some((f) => namesMatch(f.tokens, mention.tokens)),
  );
  if (found) return found;
  const cluster: Cluster = { curated, full: [], short: [] };
  clusters.push(cluster);
  return cluster;
}

/** The cluster a surname-only mention belongs to, when exactly one fits. */
function clusterForSurname(mention: Mention, clusters: Cluster[]): Cluster | null {
  const [token] = mention.tokens;
  const fits = clusters.filter((c) => c.full.some((f) => f.tokens.some((t) => tokensMatch(t, token))));
  return fits.length === 1 ? fits[0] : null;
}

function canonicalName(cluster: Cluster): string {
  if (cluster.curated) return cluster.curated;
  const counts = new Map<string, number>();
  for (const m of cluster.full) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  let best = cluster.full[0].surface;
  for (const [surface, n] of counts) if (n > (counts.get(best) ?? 0)) best = surface;
  return best;
}

export interface PeopleOptions {
  /** Extra alias entries that pin canonical names; they take precedence over the built-in table. */
  aliases?: AliasEntry[];
}

/** People named in the texts, each spelling merged under one canonical name. */
export function findPeople(texts: string[], options: PeopleOptions = {}): Person[] {
  const aliases = options.aliases?.length ? new Map([...BUILT_IN, ...indexAliases(options.aliases)]) : BUILT_IN;
  const order = { n: 0 };
  const mentions = texts.flatMap((t) => findMentions(t, order));
  const clusters: Cluster[] = [];
  for (const m of mentions) if (m.tokens.length >= 2) clusterFor(m, clusters, aliases).full.push(m);
  for (const m of mentions) {
    if (m.tokens.length !== 1) continue;
    const cluster = clusterForSurname(m, clusters);
    if (cluster) cluster.short.push(m);
  }
  return clusters
    .filter((c) => c.curated || [...c.full, ...c.short].some((m) => m.cue))
    .map((c) => {
      const all = [...c.full, ...c.short].sort((a, b) => a.order - b.order);
      const name = canonicalName(c);
      const aliasList = [...new Set(all.map((m) => m.surface))].filter((s) => s !== name);
      return { name, aliases: aliasList, mentions: all.length, first: all[0].order };
    })
    .sort((a, b) => a.first - b.first)
    .map(({ first: _first, ...person }) => person);
}

export { foldToken };
