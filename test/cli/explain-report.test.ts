import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceText } from '../../src/index.js';
import { inputFile, unmark } from '../explain/fixtures.js';
import { CLI, lines, runCli, scratchDir } from './run-cli.js';

const cwd = join(__dirname, '..', '..');
const fixtures = join(cwd, 'fixtures');
const names = readdirSync(fixtures).sort();
const inputOf = (name: string) => join('fixtures', name, inputFile(name));
/** What a fixture's explanation is drawn against: its text, or its page's text blocks. */
function originalOf(name: string): string {
  const raw = readFileSync(join(cwd, inputOf(name)), 'utf8');
  return sourceText(inputOf(name).endsWith('.html') ? { html: raw } : { text: raw });
}
const ESC = '\u001b[';

/** The views of a run, by article id: each starts with its "── id ──" rule. */
function viewsById(stdout: string): Map<string, string> {
  const views = new Map<string, string>();
  for (const view of stdout.split(/^(?=── )/m)) {
    const id = /^── (.+?) ── /.exec(view)?.[1];
    if (id) views.set(id, view.replace(/\n$/, ''));
  }
  return views;
}

describe('normalise --explain', () => {
  it('explains every fixture, text and HTML: every character of the original is shown, removals carry their reasons', () => {
    const run = runCli(['-q', '--explain', 'fixtures'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(ESC); // not a terminal: no colours
    const views = viewsById(run.stdout);
    const articles = lines(runCli(['-q', '--format', 'jsonl', 'fixtures'], { cwd }).stdout);
    expect([...views.keys()]).toEqual(names.map(inputOf));
    names.forEach((name, i) => {
      const original = originalOf(name);
      const view = views.get(inputOf(name)) as string;
      expect(unmark(view), name).toBe(original.replace(/\s+$/, ''));
      const removed = articles[i].removed as Array<{ reason: string }>;
      for (const removal of removed) expect(view, name).toContain(`‹${removal.reason}›`);
      const intoFields = removed.filter((r) => ['byline', 'dateline', 'source-credit'].includes(r.reason));
      expect(view.split('\n')[0]).toContain(`── ${removed.length - intoFields.length} removed`);
    });
  }, 120_000);

  it('explains a web page against its text blocks: navigation struck out, the story kept', () => {
    const dir = scratchDir();
    const page = join(dir, 'page.html');
    const story = 'The city council approved the new budget on Tuesday after a long debate about school funding.';
    const kept = 'Teachers welcomed the decision, which restores the funding cut from libraries last year.';
    writeFileSync(
      page,
      `<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Council passes budget</h1><p>${story}</p><p>${kept}</p></article></body></html>`,
    );
    const run = runCli(['-q', '--explain', page]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[-Home World-\]‹[a-z-]+›/);
    expect(run.stdout).toContain(`\n${kept}\n`);
  });

  it('rejects --explain with --fix-only or --out as a usage error', () => {
    expect(runCli(['--explain', '--fix-only', inputOf(names[0])], { cwd }).code).toBe(2);
    expect(runCli(['--explain', '--out', scratchDir(), inputOf(names[0])], { cwd }).code).toBe(2);
  });
});

// `script` runs the CLI on a pseudo-terminal, as a person at a terminal would (util-linux; skipped without it).
const hasScript = existsSync('/usr/bin/script');
const onTerminal = (env: Record<string, string>) =>
  spawnSync('script', ['-qec', `node ${CLI} -q --explain ${inputOf('seed-004')}`, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
  });

describe.skipIf(!hasScript)('normalise --explain on a terminal (skipped without util-linux `script`)', () => {
  it('strikes removed text through and highlights repairs in colour', () => {
    const run = onTerminal({});
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${ESC}2;9mSkip to content${ESC}0m`);
    expect(run.stdout).toContain(`${ESC}30;43m [NEWS1]${ESC}0m`);
  });

  it('uses no colour at all when NO_COLOR is set', () => {
    const run = onTerminal({ NO_COLOR: '1' });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('[-Skip to content-]‹navigation›');
  });
});

describe.skipIf(!hasScript)('normalise with no input on a terminal (skipped without util-linux `script`)', () => {
  it('says it is reading standard input, instead of waiting in silence', () => {
    const run = spawnSync('script', ['-qec', `node ${CLI} --format jsonl`, '/dev/null'], { cwd, encoding: 'utf8', input: '' });
    expect(run.stdout).toContain('normalise: reading standard input (end it with Ctrl-D)');
  });
});

describe('normalise --report', () => {
  it('writes one page for the run beside the usual output: every fixture, original beside clean', () => {
    const report = join(scratchDir(), 'report.html');
    const run = runCli(['-q', '--format', 'jsonl', '--report', report, 'fixtures'], { cwd });
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((a) => a.id)).toEqual(names.map(inputOf));
    const html = readFileSync(report, 'utf8');
    expect(html.match(/<article class="doc"/g)).toHaveLength(names.length);
    for (const name of names) expect(html).toContain(`<small>${inputOf(name)}</small>`);
    expect(html.match(/<h3 class="side">Original<\/h3>/g)).toHaveLength(names.length);
    expect(html.match(/<table class="meta">/g)).toHaveLength(names.length);
  }, 60_000);

  it('lists an input that failed with its error, and still reports the others', () => {
    const report = join(scratchDir(), 'report.html');
    const run = runCli(['-q', '--report', report, 'missing.txt', inputOf(names[0])], { cwd });
    expect(run.code).toBe(1);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('2 inputs, 1 failed.');
    expect(html).toMatch(/<article class="doc failed"[^>]*><h2>missing\.txt<\/h2>/);
    expect(html.match(/<article class="doc"/g)).toHaveLength(1);
  });

  it('refuses, before reading any input, a report or entity index that cannot be written (usage error, exit 2)', () => {
    const missing = join(scratchDir(), 'no-such-dir', 'report.html');
    for (const args of [
      ['--report', missing],
      ['--report', scratchDir()],
      ['--entities', 'batch', '--entities-out', missing],
    ]) {
      const run = runCli(['--format', 'jsonl', ...args, inputOf(names[0])], { cwd });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/--(report|entities-out): (cannot write .* \(no such directory\)|.* is a directory)/);
      expect(run.stdout).toBe('');
    }
  });
});
