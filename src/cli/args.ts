import { parseArgs } from 'node:util';

export type OutputFormat = 'json' | 'jsonl' | 'text';
export type InputFormat = 'text' | 'html' | 'jsonl';

export interface CliOptions {
  format: OutputFormat;
  inputFormat: InputFormat | null;
  now: Date | undefined;
  quiet: boolean;
  help: boolean;
  version: boolean;
  inputs: string[];
}

export class UsageError extends Error {}

export const HELP = `Usage: normalise [options] [files | dirs | globs | -]

Turns scraped news text into clean article objects (JSON).

Inputs: files, directories (searched recursively for .txt .html .htm .jsonl .ndjson), globs
("pages/**/*.txt"), or "-" for standard input (also the default when no input is given).
The input type comes from the file extension, or from --input-format.

Options:
  -f, --format <json|jsonl|text>   output format (default: json; jsonl prints one article per input, in order)
      --input-format <text|html|jsonl>
                                   treat every input as this type
      --now <ISO>                  reference instant for relative dates when an article has no date
  -q, --quiet                      no summary on stderr
  -h, --help                       show this help
  -v, --version                    print the version

Exit codes: 0 all inputs normalised, 1 some inputs failed (the others are still printed), 2 usage error.

Examples:
  normalise article.txt
  normalise --format jsonl fixtures/ > articles.jsonl
  cat page.txt | normalise --now 2025-06-20 -`;

const FORMATS: OutputFormat[] = ['json', 'jsonl', 'text'];
const INPUT_FORMATS: InputFormat[] = ['text', 'html', 'jsonl'];

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
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now is not an ISO date or date-time: ${values.now}`);
  }
  return {
    format,
    inputFormat,
    now,
    quiet: !!values.quiet,
    help: !!values.help,
    version: !!values.version,
    inputs: positionals.length ? positionals : ['-'],
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      'input-format': { type: 'string' },
      now: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
