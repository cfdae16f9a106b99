import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Article } from '../article.js';
import { EntityIndex } from '../entities/batch.js';
import type { TypedAliasEntry } from '../entities/index.js';
import { useColor } from '../explain/color.js';
import type { FixResult } from '../fix/index.js';
import { runTasks } from '../stream/many.js';
import type { Task, TaskResult } from '../stream/tasks.js';
import { readAliasTable } from './aliases.js';
import { type CliOptions, HELP, parseCli, UsageError } from './args.js';
import { type Done, mergedAcrossRun } from './batch-entities.js';
import { pickFields } from './fields.js';
import { type ByteMeter, type Entry, expandInputs, type Item, readEntries } from './inputs.js';
import { OutDir } from './out-dir.js';
import { type ErrorOutput, isError, type Output, StreamFormatter, writeTo } from './output.js';
import { ProgressBar } from './progress.js';
import { explainSink, ReportCollector } from './views.js';

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

/** What to do with one input: a worker task, or (for an input that failed to read) its result already. */
function taskFor(item: Item, options: CliOptions, aliases: TypedAliasEntry[]): Task | TaskResult {
  if (item.error || !item.doc) return { error: item.error ?? { code: 'INTERNAL', message: 'no document' } };
  if (!options.fixOnly) {
    const { now, entities, builtInAliases } = options;
    const normaliseOptions = { now, entities: entities !== 'none', aliases, builtInAliases };
    return { op: 'normalise', input: { ...item.doc, id: item.id }, options: normaliseOptions };
  }
  if (item.doc.text === undefined)
    return { error: { code: 'UNSUPPORTED', message: '--fix-only repairs text input, not HTML' } };
  return { op: 'fix', text: item.doc.text };
}

function toOutput(item: Item, result: TaskResult, options: CliOptions): Output {
  if ('error' in result) return { id: item.id, error: result.error };
  const warnings = item.warning ? [item.warning] : [];
  if (options.fixOnly) {
    const { text, fixes } = result.value as FixResult;
    return { id: item.id, text, fixes, warnings };
  }
  const article = result.value as Article;
  article.warnings.unshift(...warnings);
  return article;
}

/** Where outputs go: stdout in the chosen format, or one JSON file each under --out. */
interface Sink {
  write(item: Item, output: Output): Promise<void>;
  end(): Promise<void>;
}

function stdoutSink(options: CliOptions): Sink {
  const formatter = new StreamFormatter(options.format);
  const emit = (text: string) => (text ? writeTo(process.stdout, text) : Promise.resolve());
  return { write: (_item, output) => emit(formatter.next(output)), end: () => emit(formatter.end()) };
}

function outDirSink(root: string): Sink {
  const dir = new OutDir(root);
  return {
    write: (item, output) => dir.write(dir.pathFor(item.source, item.line), output),
    end: async () => {},
  };
}

/** Never more worker threads than documents, when the inputs are single documents (no record files). */
function jobsFor(entries: Entry[], jobs: number): number {
  if (entries.some((e) => 'format' in e && (e.format === 'jsonl' || e.path === '-'))) return jobs;
  return Math.max(1, Math.min(jobs, entries.filter((e) => 'format' in e).length));
}

/** Sum of the input files' sizes, for the progress bar's ETA; null when some input has no known size. */
function totalBytes(entries: Entry[]): number | null {
  let total = 0;
  for (const e of entries) {
    if ('problem' in e) continue;
    if (e.path === '-') return null;
    try {
      total += statSync(e.path).size;
    } catch {
      /* it will fail when read, with its error record */
    }
  }
  return total;
}

/** The run's entity index as JSON; an error message when the file cannot be written. */
function writeEntityIndex(path: string, index: EntityIndex): string | null {
  try {
    writeFileSync(path, `${JSON.stringify(index.list(), null, 2)}\n`);
    return null;
  } catch (err) {
    return `cannot write the entity index to ${path}: ${(err as Error).message}`;
  }
}

// The CLI's own worker: built beside dist/cli.js with the same bundled dependencies (tsup.config.ts), so a run
// gives the same output at any --jobs.
const CLI_WORKER = new URL('./cli-worker.js', import.meta.url);

const isBrokenPipe = (err: unknown) => (err as NodeJS.ErrnoException)?.code === 'EPIPE';

export async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  let aliases: TypedAliasEntry[] = [];
  try {
    options = parseCli(argv);
    if (options.aliases) aliases = aliasesOption(options.aliases);
    checkOutputFile('--report', options.report);
    checkOutputFile('--entities-out', options.entitiesOut);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`normalise: ${err.message}\nTry 'normalise --help'.\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }

  const entries = expandInputs(options.inputs, options.inputFormat);
  if (!options.quiet && process.stdin.isTTY && entries.some((e) => e.path === '-')) {
    process.stderr.write("normalise: reading standard input (end it with Ctrl-D); 'normalise --help' lists the options\n");
  }
  const meter: ByteMeter = { bytes: 0 };
  const progress =
    !options.quiet && process.stderr.isTTY ? new ProgressBar(process.stderr, meter, totalBytes(entries)) : null;
  const report = (line: string) => (progress ? progress.message(line) : process.stderr.write(line));
  const sink = options.explain
    ? explainSink(useColor(process.stdout, process.env))
    : options.out
      ? outDirSink(options.out)
      : stdoutSink(options);
  const htmlReport = options.report ? new ReportCollector(options.report) : null;
  const items = readEntries(entries, () => process.stdin, meter);
  const counts = { read: 0, written: 0, failed: 0 };
  const index = options.entities === 'batch' ? new EntityIndex({ aliases, curated: options.builtInAliases }) : null;
  async function* outcomes(): AsyncGenerator<Done> {
    const jobs = jobsFor(entries, options.jobs);
    for await (const { item, result } of runTasks(items, (item) => taskFor(item, options, aliases), jobs, CLI_WORKER)) {
      const output = toOutput(item, result, options);
      progress?.tick(isError(output));
      yield { item, output };
    }
  }
  try {
    for await (const done of index ? mergedAcrossRun(outcomes(), index) : outcomes()) {
      const { item } = done;
      counts.read++;
      htmlReport?.add(item, done.output);
      let output = isError(done.output) ? done.output : pickFields(done.output, options.fields);
      try {
        await sink.write(item, output);
      } catch (err) {
        if (!options.out) throw err; // stdout is gone: nothing more can be delivered
        output = { id: item.id, error: { code: 'WRITE_ERROR', message: (err as Error).message } } satisfies ErrorOutput;
      }
      if (isError(output)) {
        counts.failed++;
        report(`normalise: ${output.id}: ${output.error.message}\n`);
      } else counts.written++;
    }
    await sink.end();
  } catch (err) {
    if (!isBrokenPipe(err)) throw err;
    return counts.failed ? 1 : 0; // the reader went away (e.g. `| head`): stop quietly, as Unix tools do
  } finally {
    progress?.clear();
  }
  const reportError = htmlReport?.write();
  if (reportError) process.stderr.write(`normalise: ${reportError}\n`);
  const indexError = index && options.entitiesOut ? writeEntityIndex(options.entitiesOut, index) : null;
  if (indexError) report(`normalise: ${indexError}\n`);
  if (!options.quiet) {
    process.stderr.write(`normalise: ${counts.read} read, ${counts.written} written, ${counts.failed} failed\n`);
  }
  return counts.failed || reportError || indexError ? 1 : 0;
}

/**
 * A file written at the end of the run (--report, --entities-out) must have somewhere to go: a missing or read-only
 * directory is a usage error before any input is read, not a failure after the whole run.
 */
function checkOutputFile(flag: string, path: string | null): void {
  if (path === null) return;
  const target = resolve(path);
  if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError(`${flag}: ${path} is a directory`);
  try {
    accessSync(existsSync(target) ? target : dirname(target), constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`${flag}: cannot write ${path} (${code === 'ENOENT' ? 'no such directory' : code})`);
  }
}

function aliasesOption(path: string): TypedAliasEntry[] {
  try {
    return readAliasTable(path);
  } catch (err) {
    throw new UsageError(`--aliases: ${(err as Error).message}`);
  }
}

process.stdout.on('error', () => {}); // EPIPE also rejects the pending write; handled in main
process.exitCode = await main(process.argv.slice(2));
