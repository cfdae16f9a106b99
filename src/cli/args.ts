import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { ARTICLE_FIELDS, FIX_FIELDS, parseFields } from './fields.js';

export type OutputFormat = 'json' | 'jsonl' | 'text';
export type InputFormat = 'text' | 'html' | 'jsonl';
/** `article`: names merged within each article; `batch`: also across all documents of the run; `none`: no entities. */
export type EntityMode = 'article' | 'batch' | 'none';

export interface CliOptions {
  format: OutputFormat;
  inputFormat: InputFormat | null;
  now: string | undefined;
  /** Directory for one JSON file per input, instead of stdout. */
  out: string | null;
  /** Print an explanation of each article (what was removed or repaired, and why) instead of the article. */
  explain: boolean;
  /** HTML report file for the run: each original beside its clean article. */
  report: string | null;
  /** Output fields to keep (null: all). */
  fields: string[] | null;
  fixOnly: boolean;
  jobs: number;
  quiet: boolean;
  entities: EntityMode;
  /** File for the run's entity index (JSON), with `--entities batch`. */
  entitiesOut: string | null;
  /** The user's alias table file (JSON), pinning canonical names. */
  aliases: string | null;
  /** Leave out the built-in table of people (data/people.json). */
  builtInAliases: boolean;
  help: boolean;
  version: boolean;
  inputs: string[];
}

export class UsageError extends Error {}

export const HELP = `Usage: normalise [options] [files | dirs | globs | -]

Turns scraped news pages (plain text or HTML) into clean article objects (JSON).

Inputs: files, directories (searched recursively for .txt .html .htm .jsonl .ndjson and their .gz),
globs ("pages/**/*.txt"), or "-" for standard input (also the default when no input is given).
The input type comes from the file extension (ignoring .gz), or from --input-format; standard input
without it is JSONL when its first non-blank line is a record, HTML when it opens with a tag, else
text. JSONL/NDJSON holds one record a line: {"id": "…", "url": "…", "text": "…"} or with "html"
instead of "text". Gzip is recognised by its content, also on standard input.

Options:
  -f, --format <json|jsonl|text>   output format (default: json; jsonl prints one line per input
                                   document, in input order, with error records in place)
      --input-format <text|html|jsonl>
                                   treat every input as this type
      --now <ISO>                  reference instant for relative dates when an article has no date
                                   (a date only, 2025-06-20, names that whole day)
  -o, --out <DIR>                  write one JSON file per input document into DIR instead of stdout,
                                   mirroring input paths: a/b.txt → DIR/a/b.json, the record on
                                   line 3 of a/c.jsonl → DIR/a/c/3.json (an absolute path is taken
                                   relative to the working directory)
      --explain                    print each original with removed text struck through and repairs
                                   highlighted, each with its reason, instead of the article (colours
                                   only on a terminal; NO_COLOR turns them off)
      --report <FILE>              also write one self-contained HTML page for the run: each original
                                   beside its clean article, removals, repairs, metadata and entities
      --fields <a,b,…>             keep only these fields (e.g. id,title,publishedAt,text)
      --fix-only                   only repair the text; output {id, text, fixes, warnings}
  -j, --jobs <N>                   documents normalised in parallel (worker threads; default: the
                                   number of CPU cores, ${availableParallelism()} here); output order never changes
      --entities <article|batch|none>
                                   article (default): one name per person, organisation and place
                                   within each article; batch: the same canonical name in every
                                   document of the run (output waits until every input is read);
                                   none: no entity finding
      --entities-out <FILE>        with --entities batch, write the run's entity index to FILE as
                                   JSON: [{type, name, aliases, documents, mentions}]
      --aliases <FILE>             your alias table (JSON) pinning canonical names:
                                   [{"name": "Kim Jong Un", "aliases": ["Kim Jong-un"], "type": "person"}]
                                   or {"people": […], "organizations": […], "places": […]}
      --no-builtin-aliases         leave out the built-in table of people's names
  -q, --quiet                      no progress bar and no summary on stderr
  -h, --help                       show this help
  -v, --version                    print the version

Results go to stdout (or --out); the progress bar (only when stderr is a terminal), errors and
the summary line ("N read, N written, N failed") go to stderr. A document that cannot be read or
normalised yields an error record {"id", "error": {"code", "message"}} and the others go on.

Exit codes: 0 all inputs normalised, 1 some inputs failed (the others are still written),
2 usage error.

Examples:
  normalise article.txt
  normalise --format jsonl fixtures/ > articles.jsonl
  cat page.txt | normalise --now 2025-06-20 -
  normalise --jobs 4 --format jsonl --fields id,title,text crawl-*.jsonl.gz | gzip > clean.jsonl.gz
  normalise --out clean/ 'pages/**/*.html'
  normalise --explain article.txt
  normalise --format jsonl --report report.html fixtures/ > articles.jsonl
  normalise --fix-only --format text notes.txt
  normalise --entities batch --aliases names.json --entities-out entities.json --format jsonl feed.jsonl`;

const FORMATS: OutputFormat[] = ['json', 'jsonl', 'text'];
const INPUT_FORMATS: InputFormat[] = ['text', 'html', 'jsonl'];
const ENTITY_MODES: EntityMode[] = ['article', 'batch', 'none'];

export function parseCli(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const inputFormat = (values['input-format'] ?? null) as InputFormat | null;
  if (inputFormat && !INPUT_FORMATS.includes(inputFormat)) {
    throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(', ')}`);
  }
  // Kept as written: a date only names the whole day (see referenceNow), which a Date would lose.
  const now = values.now;
  if (now !== undefined && Number.isNaN(new Date(now).getTime()))
    throw new UsageError(`--now is not an ISO date or date-time: ${now}`);
  const fixOnly = !!values['fix-only'];
  if (values.out !== undefined && format === 'text')
    throw new UsageError('--out writes JSON files; --format text is for stdout');
  return {
    format,
    inputFormat,
    now,
    out: values.out ?? null,
    ...viewOptions(values, fixOnly),
    fields: values.fields === undefined ? null : fieldsOption(values.fields, format, fixOnly),
    fixOnly,
    jobs: values.jobs === undefined ? availableParallelism() : jobsOption(values.jobs),
    quiet: !!values.quiet,
    ...entityOptions(values, fixOnly),
    help: !!values.help,
    version: !!values.version,
    inputs: positionals.length ? positionals : ['-'],
  };
}

function fieldsOption(spec: string, format: OutputFormat, fixOnly: boolean): string[] {
  if (format === 'text') throw new UsageError('--fields picks JSON fields; use it with --format json or jsonl');
  try {
    return parseFields(spec, fixOnly ? FIX_FIELDS : ARTICLE_FIELDS);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** --explain and --report show how an article was made from its input, so they need articles. */
function viewOptions(values: ReturnType<typeof parse>['values'], fixOnly: boolean) {
  const explain = !!values.explain;
  const report = values.report ?? null;
  if (fixOnly && (explain || report !== null))
    throw new UsageError('--explain and --report need articles, not --fix-only');
  if (explain && values.out !== undefined) throw new UsageError('--explain prints to stdout; it cannot go with --out');
  if (explain && values.fields !== undefined) throw new UsageError('--explain shows whole articles; drop --fields');
  return { explain, report };
}

function entityOptions(values: ReturnType<typeof parse>['values'], fixOnly: boolean) {
  const entities = (values.entities ?? 'article') as EntityMode;
  if (!ENTITY_MODES.includes(entities)) throw new UsageError(`--entities must be one of ${ENTITY_MODES.join(', ')}`);
  const entitiesOut = values['entities-out'] ?? null;
  if (entitiesOut !== null && entities !== 'batch') throw new UsageError('--entities-out needs --entities batch');
  if (fixOnly && entities === 'batch') throw new UsageError('--fix-only finds no entities; drop --entities batch');
  return {
    entities,
    entitiesOut,
    aliases: values.aliases ?? null,
    builtInAliases: !values['no-builtin-aliases'],
  };
}

function jobsOption(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number of at least 1, not ${value}`);
  return jobs;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      'input-format': { type: 'string' },
      now: { type: 'string' },
      out: { type: 'string', short: 'o' },
      explain: { type: 'boolean' },
      report: { type: 'string' },
      fields: { type: 'string' },
      'fix-only': { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      quiet: { type: 'boolean', short: 'q' },
      entities: { type: 'string' },
      'entities-out': { type: 'string' },
      aliases: { type: 'string' },
      'no-builtin-aliases': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
