import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lines, type OutputLine, runCli, scratchDir, seedFiles } from './run-cli.js';

interface IndexEntry {
  type: string;
  name: string;
  aliases: string[];
  documents: string[];
  mentions: number;
}
interface Person {
  name: string;
  aliases: string[];
}

const peopleOf = (o: OutputLine) => (o.people ?? []) as Person[];
const persons = (index: IndexEntry[]) => index.filter((e) => e.type === 'person');
/** Every spelling (name or alias) under which the index knows an entry. */
const spellingsOf = (e: IndexEntry) => new Set([e.name, ...e.aliases]);

// Without the built-in table of people, every merge across articles is the batch index's own work.
const BASE = ['--format', 'jsonl', '--fields', 'id,people', '--no-builtin-aliases', '--quiet'];

let dir: string;
let perArticle: OutputLine[];
let batch: OutputLine[];
let index: IndexEntry[];

beforeAll(() => {
  dir = scratchDir();
  const indexFile = join(dir, 'index.json');
  const run = runCli([...BASE, '--entities', 'batch', '--entities-out', indexFile, '--jobs', '2', ...seedFiles]);
  expect(run.code).toBe(0);
  batch = lines(run.stdout);
  index = JSON.parse(readFileSync(indexFile, 'utf8'));
  perArticle = lines(runCli([...BASE, '--jobs', '2', ...seedFiles]).stdout);
}, 180_000);

describe('--entities batch on the seed articles', { timeout: 180_000 }, () => {
  it('names each person with the canonical name the index gives, in every article', () => {
    const people = persons(index);
    for (const article of batch) {
      for (const p of peopleOf(article)) {
        const entry = people.find((e) => e.name === p.name);
        expect(entry, `${p.name} in ${article.id}`).toBeDefined();
        expect(entry?.documents).toContain(article.id);
      }
    }
  });

  it('lists, for each person, exactly the documents that name them', () => {
    for (const entry of persons(index)) {
      const naming = batch.filter((a) => peopleOf(a).some((p) => p.name === entry.name)).map((a) => a.id);
      expect(entry.documents, entry.name).toEqual(naming);
    }
  });

  it('spells a person found in several articles identically in all of them, where per-article names differed', () => {
    const shared = persons(index).filter((e) => e.documents.length >= 2);
    expect(shared.length).toBeGreaterThan(0);
    let differedPerArticle = 0;
    for (const entry of shared) {
      const spellings = spellingsOf(entry);
      const namesIn = (run: OutputLine[]) =>
        new Set(
          run.flatMap((a) =>
            peopleOf(a)
              .filter((p) => spellings.has(p.name))
              .map((p) => p.name),
          ),
        );
      expect([...namesIn(batch)], entry.name).toEqual([entry.name]);
      if (namesIn(perArticle).size > 1) differedPerArticle++;
    }
    // The seeds spell at least one person differently from article to article, so the merge is exercised.
    expect(differedPerArticle).toBeGreaterThan(0);
  });

  it('gives the same output and index with --jobs 1 as with worker threads', () => {
    const indexFile = join(dir, 'index-1.json');
    const run = runCli([...BASE, '--entities', 'batch', '--entities-out', indexFile, '--jobs', '1', ...seedFiles]);
    expect(lines(run.stdout)).toEqual(batch);
    expect(JSON.parse(readFileSync(indexFile, 'utf8'))).toEqual(index);
  });

  it('renames a person everywhere with a user alias table, and the index carries the pinned name', () => {
    const entry = persons(index).sort((a, b) => b.documents.length - a.documents.length)[0];
    const fullSpellings = [...spellingsOf(entry)].filter((s) => s.includes(' '));
    const table = join(dir, 'aliases.json');
    writeFileSync(table, JSON.stringify([{ name: 'Pinned Canonical Name', aliases: fullSpellings }]));
    const indexFile = join(dir, 'index-pinned.json');
    const run = runCli([
      ...BASE,
      '--entities',
      'batch',
      '--aliases',
      table,
      '--entities-out',
      indexFile,
      '--jobs',
      '2',
      ...seedFiles,
    ]);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    const naming = out.filter((a) => peopleOf(a).some((p) => p.name === 'Pinned Canonical Name')).map((a) => a.id);
    expect(naming).toEqual(entry.documents);
    for (const a of out) for (const p of peopleOf(a)) expect(fullSpellings).not.toContain(p.name);
    const pinned = persons(JSON.parse(readFileSync(indexFile, 'utf8'))).find((e) => e.name === 'Pinned Canonical Name');
    expect(pinned?.documents).toEqual(entry.documents);
  });

  it('pins names in per-article mode too', () => {
    const entry = persons(index)[0];
    const table = join(dir, 'aliases-article.json');
    writeFileSync(table, JSON.stringify({ people: [{ name: 'Pinned Canonical Name', aliases: [entry.name] }] }));
    const out = lines(runCli([...BASE, '--aliases', table, entry.documents[0]]).stdout);
    expect(peopleOf(out[0]).map((p) => p.name)).toContain('Pinned Canonical Name');
  });
});

describe('entity options: usage errors', { timeout: 60_000 }, () => {
  const usageError = (args: string[], message: RegExp) => {
    const run = runCli([...args, seedFiles[0]]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("Try 'normalise --help'.");
  };

  it('rejects an alias table that is missing, not JSON, or of the wrong shape, saying what is wrong', () => {
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    usageError(['--aliases', join(dir, 'absent.json')], /--aliases: cannot read .*absent\.json: no such file/);
    usageError(['--aliases', write('broken.json', '[{"name": ')], /--aliases: .*broken\.json is not valid JSON/);
    usageError(['--aliases', write('no-name.json', '[{"aliases": ["A B"]}]')], /entry 1 has no "name" string/);
    usageError(
      ['--aliases', write('bad-aliases.json', '{"people": [{"name": "A B", "aliases": "A"}]}')],
      /people\[0\] \("A B"\): "aliases" must be an array of strings/,
    );
    usageError(['--aliases', write('bad-type.json', '[{"name": "A B", "type": "animal"}]')], /"type" must be one of/);
    usageError(['--aliases', write('scalar.json', '42')], /not an array or object; expected \[/);
  });

  it('rejects --entities-out without batch mode, and an unknown mode', () => {
    usageError(['--entities-out', join(dir, 'x.json')], /--entities-out needs --entities batch/);
    usageError(['--entities', 'global'], /--entities must be one of article, batch, none/);
  });
});
