import type { Article } from '../article.js';
import { fixText, type FixResult } from '../fix/index.js';
import { normalise } from '../index.js';
import { NormaliseError, type NormaliseInput } from '../input.js';
import type { NormaliseOptions } from '../pipeline.js';

/** One unit of work; plain data so that it can be posted to a worker thread. */
export type Task = { op: 'normalise'; input: NormaliseInput; options: NormaliseOptions } | { op: 'fix'; text: string };

export interface TaskError {
  code: string;
  message: string;
}

export type TaskResult = { value: Article | FixResult } | { error: TaskError };

/** Runs one task; never throws, so that one bad document cannot stop a batch. */
export function runTask(task: Task): TaskResult {
  try {
    if (task.op === 'fix') return { value: fixText(task.text) };
    return { value: normalise(task.input, task.options) };
  } catch (err) {
    return { error: describeError(err) };
  }
}

export function describeError(err: unknown): TaskError {
  if (err instanceof NormaliseError) return { code: err.code, message: err.message };
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}
