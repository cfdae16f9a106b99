import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { allFixtures } from '../explain/fixtures.js';

// A real browser opens the report: the page's script must run to the end (data-ready) without an error. The
// Debian chromium package is not on every machine, so without it these tests are skipped, loudly.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report browser tests skipped: ${CHROMIUM} not found (apt-get install chromium)`);

const dir = mkdtempSync(join(tmpdir(), 'cleanwire-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The page's DOM after its scripts ran, as headless Chromium sees it. */
async function renderedDom(html: string, name: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, html);
  const profile = mkdtempSync(join(dir, 'profile-'));
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    '--dump-dom',
    `file://${file}`,
  ];
  const { stdout } = await promisify(execFile)(CHROMIUM, flags, { maxBuffer: 64 * 1024 * 1024, timeout: 90_000 });
  return stdout;
}

const page = renderReport(allFixtures().map(({ original, article }) => ({ original, result: article })));

describe.skipIf(!hasChromium)(`the report in headless Chromium (skipped when ${CHROMIUM} is absent)`, () => {
  it('runs its script to the end without a single error', async () => {
    const dom = await renderedDom(page, 'report.html');
    expect(dom).toContain('data-ready="true"');
    expect(dom).toContain('data-script-errors="0"');
  }, 120_000);

  it('would notice a script error (the probe is live)', async () => {
    const broken = page.replace('</body>', '<script>notDefinedAnywhere();</script></body>');
    const dom = await renderedDom(broken, 'broken.html');
    expect(dom).toContain('data-script-errors="1"');
  }, 120_000);
});
