// Renders the report of a few fixtures in headless Chromium and saves a screenshot for the README:
//   npm run build && node scripts/report-screenshot.mjs [out.png]
// Needs the Debian `chromium` package (or CHROMIUM=/path/to/chrome).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(repo, 'docs', 'report.png'));
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'cleanwire-shot-'));
try {
  const report = join(work, 'report.html');
  // seed-004 shows every kind of mark: navigation, fields, a duplicate title, a label, list markers, citations.
  execFileSync(process.execPath, ['dist/cli.js', '-q', '--report', report, 'fixtures/seed-004', 'fixtures/seed-003'], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--no-first-run',
      `--user-data-dir=${join(work, 'profile')}`,
      '--window-size=1400,2350',
      `--screenshot=${out}`,
      `file://${report}`,
    ],
    { stdio: 'ignore' },
  );
  console.log(`wrote ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
