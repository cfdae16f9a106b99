import { describe, expect, it } from 'vitest';
import { renderProgress } from '../../src/cli/progress.js';

describe('progress line', () => {
  it('shows a bar, share, docs/s and an ETA from the bytes read when the input size is known', () => {
    const line = renderProgress({ docs: 500, failed: 0, bytes: 25, totalBytes: 100, elapsedMs: 10_000 });
    expect(line).toBe('[######------------------]  25%  500 docs  50 docs/s  ETA 0:30');
  });

  it('shows count, rate and failures without a bar or ETA when the size is unknown (stdin)', () => {
    const line = renderProgress({ docs: 12, failed: 2, bytes: 4096, totalBytes: null, elapsedMs: 4_000 });
    expect(line).toBe('12 docs  3.0 docs/s  2 failed');
  });

  it('writes long ETAs as h:mm:ss', () => {
    const line = renderProgress({ docs: 10, failed: 0, bytes: 1, totalBytes: 1000, elapsedMs: 10_000 });
    expect(line).toMatch(/ETA 2:46:30$/);
  });
});
