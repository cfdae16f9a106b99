import { readFileSync } from 'node:fs';
import { normalise, NormaliseError } from '../index.js';
import { HELP, parseCli, UsageError } from './args.js';
import { expandInputs, type Job, readSource } from './inputs.js';
import { formatOutputs, isError, type Output } from './output.js';


function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

function run(job: Job, now: Date | undefined): Output {
  if ('error' in job) return job;
  try {
    const input = job.html !== undefined ? { html: job.html, url: job.url, id: job.id } : { text: job.text, url: job.url, id: job.id };
    const article = normalise(input, { now });
    if (job.warning) article.warnings.unshift(job.warning);
    return article;
  } catch (err) {
    const code = err instanceof NormaliseError ? err.code : 'INTERNAL';
    return { id: job.id, error: { code, message: `${job.id}: ${(err as Error).message}` } };
  }
}

export function main(argv: string[]): number {
  let options;
  try {
    options = parseCli(argv);
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
  const { sources, problems } = expandInputs(options.inputs, options.inputFormat);
  const outputs: Output[] = problems.map((p) => run(p, options.now));
  const stdin = () => readFileSync(0);
  for (const source of sources) for (const job of readSource(source, stdin)) outputs.push(run(job, options.now));
  const failed = outputs.filter(isError);
  for (const f of failed) process.stderr.write(`normalise: ${f.error.message}\n`);
  process.stdout.write(formatOutputs(outputs, options.format));
  if (!options.quiet) {
    process.stderr.write(`normalise: ${outputs.length} read, ${outputs.length - failed.length} written, ${failed.length} failed\n`);
  }
  return failed.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
