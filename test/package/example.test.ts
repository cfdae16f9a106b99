import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The ingestion example in examples/ is documentation people copy: it must keep working against the built package.
const repo = join(__dirname, '..', '..');
const script = join(repo, 'examples', 'ingest.mjs');
const fixtures = join(repo, 'fixtures');

function fixtureRecords(): Array<{ id: string; text: string }> {
  return readdirSync(fixtures)
    .filter((name) => readdirSync(join(fixtures, name)).includes('input.txt'))
    .sort()
    .map((name) => ({ id: name, text: readFileSync(join(fixtures, name, 'input.txt'), 'utf8') }));
}

const ingest = (input: string, args: string[] = []) =>
  spawnSync(process.execPath, [script, ...args], { cwd: repo, input, encoding: 'utf8' });

describe('examples/ingest.mjs', () => {
  it('turns JSONL records into one article per line, in order, with progress on stderr', () => {
    const records = fixtureRecords();
    const result = ingest(records.map((r) => JSON.stringify(r)).join('\n'));
    expect(result.status).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((a) => a.id)).toEqual(records.map((r) => r.id));
    for (const article of out) expect(article.paragraphs.length).toBeGreaterThan(0);
    expect(result.stderr).toContain(`ingest: ${records.length} records, 0 failed`);
  });

  it('answers a broken line with an error record in its place and goes on', () => {
    const [first, second] = fixtureRecords();
    const input = [
      JSON.stringify(first),
      '{"id": "cut-off", "text": "Half a rec',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify(second),
    ];
    const result = ingest(`${input.join('\n')}\n`);
    expect(result.status).toBe(1);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((o) => o.error?.code ?? o.id)).toEqual([first.id, 'BAD_JSON', 'BAD_INPUT', second.id]);
    expect(out[1].id).toBe('line 2');
    expect(result.stderr).toContain('ingest: 4 records, 2 failed');
  });

  it('reads the sample file named on the command line', () => {
    const result = ingest('', [join(repo, 'examples', 'articles.jsonl')]);
    expect(result.status).toBe(0);
    const ids = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id);
    expect(ids).toEqual(['river-flood', 'port-strike']);
  });
});
