import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Article } from '../article.js';
import type { OutputFormat } from './args.js';

export interface ErrorOutput {
  id: string | null;
  error: { code: string; message: string };
}

/** What `--fix-only` gives for one input. */
export interface FixOutput {
  id: string | null;
  text: string;
  fixes: Article['fixes'];
  warnings: string[];
}

export type Output = Partial<Article> | Partial<FixOutput> | ErrorOutput;

export const isError = (o: Output): o is ErrorOutput => 'error' in o;

/** Text output: the article's head, a meta line and its body; for --fix-only results, just the text. */
function asText(o: Output): string {
  const a = o as Partial<Article>;
  const head = [a.title, a.subtitle].filter(Boolean).join('\n');
  const meta = [a.authors?.join(', '), a.source, a.dateline, a.publishedAt].filter(Boolean).join(' · ');
  return [head, meta, a.text].filter(Boolean).join('\n\n');
}

/** Writes with back-pressure: waits while the stream's buffer is full (and throws its error, e.g. EPIPE). */
export async function writeTo(stream: Writable, chunk: string): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * Serialises results one at a time as they come, to the same bytes as formatting them all at once:
 * jsonl: one line per input (error records included, so lines align with inputs);
 * json: the single result as an object, several as an array; text: articles only, separated by "----".
 */
export class StreamFormatter {
  private count = 0;
  private texts = 0;
  private first: Output | null = null;

  constructor(private readonly format: OutputFormat) {}

  /** The text to write for the next result ("" when it must wait, or has no text form). */
  next(o: Output): string {
    this.count++;
    if (this.format === 'jsonl') return `${JSON.stringify(o)}\n`;
    if (this.format === 'text') {
      if (isError(o)) return '';
      return `${this.texts++ ? '\n\n----\n\n' : ''}${asText(o)}`;
    }
    // json: one result prints as an object, so the array opens only once a second one arrives.
    if (this.count === 1) {
      this.first = o;
      return '';
    }
    const opening = this.count === 2 ? `[\n${element(this.first as Output)}` : '';
    return `${opening},\n${element(o)}`;
  }

  /** The text that closes the output. */
  end(): string {
    if (this.format === 'jsonl') return '';
    if (this.format === 'text') return '\n';
    if (this.count === 0) return '[]\n';
    if (this.count === 1) return `${JSON.stringify(this.first, null, 2)}\n`;
    return '\n]\n';
  }
}

/** One element of a pretty-printed array: indented two more spaces (JSON strings hold no raw newlines). */
const element = (o: Output) => `  ${JSON.stringify(o, null, 2).replace(/\n/g, '\n  ')}`;
