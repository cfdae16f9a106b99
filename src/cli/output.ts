import type { Article } from '../article.js';
import type { OutputFormat } from './args.js';

export type Output = Article | { id: string | null; error: { code: string; message: string } };

const isError = (o: Output): o is Exclude<Output, Article> => 'error' in o;

function asText(a: Article): string {
  const head = [a.title, a.subtitle].filter(Boolean).join('\n');
  const meta = [a.authors.join(', '), a.source, a.dateline, a.publishedAt].filter(Boolean).join(' · ');
  return [head, meta, a.text].filter(Boolean).join('\n\n');
}

/** Serialises results; jsonl keeps one line per input (errors as error records) so lines align with inputs. */
export function formatOutputs(outputs: Output[], format: OutputFormat): string {
  if (format === 'jsonl') return outputs.map((o) => `${JSON.stringify(o)}\n`).join('');
  if (format === 'text') {
    return `${outputs
      .filter((o): o is Article => !isError(o))
      .map(asText)
      .join('\n\n----\n\n')}\n`;
  }
  return `${JSON.stringify(outputs.length === 1 ? outputs[0] : outputs, null, 2)}\n`;
}

export { isError };
