import { Duplex } from 'node:stream';
import type { Article } from '../article.js';
import { EntityIndex, mergeInBatch } from '../entities/batch.js';
import { checkOptions, type NormaliseInput, toDocument } from '../input.js';
import type { NormaliseOptions } from '../pipeline.js';
import { mapOrdered } from './ordered.js';
import { WorkerPool } from './pool.js';
import { describeError, runTask, type Task, type TaskError, type TaskResult } from './tasks.js';

/** What a batch yields in place of a document that could not be normalised. */
export interface ErrorRecord {
  id: string | null;
  error: TaskError;
}

export interface ManyOptions extends NormaliseOptions {
  /**
   * Documents normalised at the same time. 1 (the default) runs in this thread; more runs that many worker
   * threads. Results come out in input order either way.
   */
  concurrency?: number;
}

/** A result paired with the item it came from. */
export interface Outcome<T> {
  item: T;
  result: TaskResult;
}

/**
 * Runs one task per item, in this thread (concurrency 1) or on that many worker threads, yielding outcomes in
 * item order. `toTask` may decide an item's result itself (e.g. an input that could not be read). The pool is
 * closed when the caller stops, early or not. The workers run `workerScript`, by default the library's.
 */
export async function* runTasks<T>(
  items: Iterable<T> | AsyncIterable<T>,
  toTask: (item: T) => Task | TaskResult,
  concurrency = 1,
  workerScript?: URL,
): AsyncGenerator<Outcome<T>> {
  const jobs = Math.max(1, Math.floor(concurrency));
  const pool = jobs > 1 ? new WorkerPool(jobs, workerScript) : null;
  const run = async (item: T): Promise<Outcome<T>> => {
    const task = toTask(item);
    if (!('op' in task)) return { item, result: task };
    return { item, result: pool ? await pool.run(task) : runTask(task) };
  };
  try {
    // Twice as many in flight as workers keeps every worker busy while the head waits to be handed on.
    yield* mapOrdered(items, run, jobs * 2);
  } finally {
    await pool?.close();
  }
}

const idOf = (input: unknown): string | null => {
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
};

/**
 * Normalises many documents, yielding Articles in input order. A document that fails yields an error record
 * `{ id, error: { code, message } }` in its place and the rest go on.
 */
export async function* normaliseMany(
  inputs: Iterable<NormaliseInput> | AsyncIterable<NormaliseInput>,
  options: ManyOptions = {},
): AsyncGenerator<Article | ErrorRecord> {
  const { concurrency, entityIndex, ...normaliseOptions } = checkOptions(options);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1))
    throw new TypeError(`invalid "concurrency": ${String(concurrency)} (a whole number, 1 or more)`);
  if (options.entities === 'batch') {
    // Names are merged across the batch once every article is in; each document is normalised as usual first.
    const index = entityIndex ?? new EntityIndex({ aliases: options.aliases, curated: options.builtInAliases });
    yield* mergeInBatch(normaliseMany(inputs, { ...normaliseOptions, concurrency, entities: true }), index);
    return;
  }
  // Only the document's plain data goes to a worker (the caller's object may hold methods or symbols), and at any
  // concurrency alike: a record that is not a document is its own error record.
  const toTask = (input: NormaliseInput): Task | TaskResult => {
    try {
      return { op: 'normalise', input: toDocument(input), options: normaliseOptions };
    } catch (err) {
      return { error: describeError(err) };
    }
  };
  for await (const { item, result } of runTasks(inputs, toTask, concurrency)) {
    yield 'error' in result ? { id: idOf(item), error: result.error } : (result.value as Article);
  }
}

/**
 * The same as a stream: a Duplex in object mode (use it like a Transform, or as an async iterable) that takes
 * documents and gives Articles or error records in input order, with back-pressure on both sides.
 */
export function normaliseStream(options: ManyOptions = {}): Duplex {
  return Duplex.from(async function* (inputs: AsyncIterable<NormaliseInput>) {
    yield* normaliseMany(inputs, options);
  });
}
