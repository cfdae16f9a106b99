#!/usr/bin/env node
// Ingestion example: JSONL records of { id?, url?, text } in, one Article (or error record) per line out, in order.
//
//   node examples/ingest.mjs examples/articles.jsonl > clean.jsonl
//   cat scraped.jsonl | node examples/ingest.mjs > clean.jsonl
//
// Progress goes to stderr so stdout stays pure JSONL. A broken line becomes an error record and the rest go on,
// so output line N always belongs to input record N.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { NormaliseError, normalise } from 'cleanwire';

const PROGRESS_EVERY_MS = 1000;

/** One input line → an Article, or `{ id, error: { code, message } }` when the line cannot be normalised. */
function processLine(line, lineNumber) {
  let record;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return { id: `line ${lineNumber}`, error: { code: 'BAD_JSON', message: err.message } };
  }
  try {
    return normalise(record);
  } catch (err) {
    const code = err instanceof NormaliseError ? err.code : 'INTERNAL';
    return { id: record?.id ?? `line ${lineNumber}`, error: { code, message: err.message } };
  }
}

// A consumer that stops reading early (`| head`) is not an error: stop quietly.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

const input = process.argv[2] && process.argv[2] !== '-' ? createReadStream(process.argv[2]) : process.stdin;
const progress = { read: 0, failed: 0, shownAt: Date.now() };
// On a terminal the progress line rewrites itself; in a log file each update is its own line.
const show = (end = process.stderr.isTTY ? '\r' : '\n') =>
  process.stderr.write(`ingest: ${progress.read} records, ${progress.failed} failed${end}`);

let lineNumber = 0;
for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
  lineNumber++;
  if (!line.trim()) continue;
  const result = processLine(line, lineNumber);
  progress.read++;
  if ('error' in result) progress.failed++;
  // Back-pressure: when the consumer is slower than us, wait instead of buffering everything in memory.
  if (!process.stdout.write(`${JSON.stringify(result)}\n`)) await once(process.stdout, 'drain');
  if (Date.now() - progress.shownAt >= PROGRESS_EVERY_MS) {
    show();
    progress.shownAt = Date.now();
  }
}
show('\n');
process.exitCode = progress.failed ? 1 : 0;
