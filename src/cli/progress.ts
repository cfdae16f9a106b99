import type { ByteMeter } from './inputs.js';

export interface ProgressState {
  docs: number;
  failed: number;
  /** Input bytes read so far, and in all (null when unknown, e.g. stdin). */
  bytes: number;
  totalBytes: number | null;
  elapsedMs: number;
}

const BAR_WIDTH = 24;

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  return (hms[0] ? hms : hms.slice(1)).map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join(':');
}

/**
 * One progress line: a bar and ETA when the input size is known (from bytes read, so it works for JSONL
 * files of unknown record count), the documents done, their rate, and failures.
 */
export function renderProgress(p: ProgressState): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.docs / seconds : 0;
  const parts: string[] = [];
  if (p.totalBytes) {
    const share = Math.min(1, p.bytes / p.totalBytes);
    const filled = Math.round(share * BAR_WIDTH);
    parts.push(
      `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`,
    );
  }
  parts.push(`${p.docs} docs`, `${rate.toFixed(rate < 10 ? 1 : 0)} docs/s`);
  if (p.totalBytes && p.bytes > 0 && seconds > 0) {
    parts.push(`ETA ${clock((seconds * (p.totalBytes - p.bytes)) / p.bytes)}`);
  }
  if (p.failed) parts.push(`${p.failed} failed`);
  return parts.join('  ');
}

/** Redraws the progress line on a terminal, at most ten times a second; `clear` removes it. */
export class ProgressBar {
  private docs = 0;
  private failed = 0;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly meter: ByteMeter,
    private readonly totalBytes: number | null,
  ) {}

  tick(failed: boolean): void {
    this.docs++;
    if (failed) this.failed++;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw(now);
  }

  /** Writes a line to stderr without tearing the bar. */
  message(line: string): void {
    this.clear();
    this.stream.write(line);
    this.lastDraw = 0;
  }

  clear(): void {
    this.stream.write('\r\x1b[K');
  }

  private draw(now: number): void {
    const line = renderProgress({
      docs: this.docs,
      failed: this.failed,
      bytes: this.meter.bytes,
      totalBytes: this.totalBytes,
      elapsedMs: now - this.started,
    });
    this.stream.write(`\r${line.slice(0, (this.stream.columns || 80) - 1)}\x1b[K`);
  }
}
