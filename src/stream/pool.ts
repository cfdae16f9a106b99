import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './tasks.js';

interface Pending {
  task: Task;
  resolve: (result: TaskResult) => void;
  reject: (err: Error) => void;
}

/**
 * The parent's Node flags minus those that only apply to code given on the command line: a worker started from
 * `node --input-type=module -e …` would otherwise refuse to start.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i];
    if (/^--input-type(=|$)/.test(flag)) {
      if (!flag.includes('=')) i++;
      continue;
    }
    if (/^(-e|--eval|-p|--print|-pe)$/.test(flag)) {
      i++;
      continue;
    }
    if (/^(--eval|--print)=/.test(flag)) continue;
    out.push(flag);
  }
  return out;
}

/**
 * A fixed number of worker threads running tasks, each one task at a time. Workers start on demand and are
 * unref'd while idle, so an idle pool never holds the process open. A worker that dies mid-task turns that
 * task into an error result and is replaced; one that dies before finishing any task means the pool cannot
 * work at all, and every task is rejected.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private workers = 0;
  private broken: Error | null = null;
  private everWorked = false;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly script: URL = new URL('./worker.js', import.meta.url),
  ) {}

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    // A stopping worker does not hold the event loop open (Node 20), so with nothing else pending the process could
    // exit before 'exit' arrives, leaving close() unsettled (exit code 13 after `| head`): a timer holds it open.
    const holdOpen = setInterval(() => {}, 60_000);
    try {
      await Promise.all(all.map((w) => w.terminate()));
    } finally {
      clearInterval(holdOpen);
    }
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      const worker = this.idle.pop() ?? (this.workers < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.queue.shift() as Pending;
      try {
        worker.postMessage(job.task);
      } catch (err) {
        // A task that cannot be copied to a thread (a function in the options) fails alone; the worker stays idle.
        this.idle.push(worker);
        job.resolve({ error: { code: 'BAD_INPUT', message: `cannot send the task to a worker thread: ${(err as Error).message}` } });
        continue;
      }
      this.busy.set(worker, job);
      worker.ref();
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { execArgv: workerExecArgv() });
    this.workers++;
    worker.on('message', (result: TaskResult) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.everWorked = true;
      worker.unref();
      this.idle.push(worker);
      job?.resolve(result);
      this.dispatch();
    });
    worker.on('error', (err) => this.lose(worker, err));
    worker.on('exit', (code) => this.lose(worker, new Error(`worker thread exited with code ${code}`)));
    return worker;
  }

  private lose(worker: Worker, err: Error): void {
    if (this.closed) return;
    const job = this.busy.get(worker);
    const wasKnown = job !== undefined || this.idle.includes(worker);
    if (!wasKnown) return; // already accounted for ('error' is followed by 'exit')
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    this.workers--;
    if (!this.everWorked) {
      this.broken = new Error(`cannot start worker thread: ${err.message}`);
      job?.reject(this.broken);
      for (const queued of this.queue.splice(0)) queued.reject(this.broken);
      return;
    }
    job?.resolve({ error: { code: 'WORKER_CRASHED', message: err.message } });
    this.dispatch();
  }
}
