import { writeFileSync } from 'node:fs';
import type { Article } from '../article.js';
import { sourceText } from '../explain/source.js';
import { explainArticle } from '../explain/terminal.js';
import { type ReportEntry, renderReport } from '../report/index.js';
import type { Item } from './inputs.js';
import { isError, type Output, writeTo } from './output.js';

/** `--explain`: each article's explanation on stdout, in place of the article itself. */
export function explainSink(color: boolean) {
  let count = 0;
  return {
    async write(item: Item, output: Output): Promise<void> {
      if (isError(output) || !item.doc) return; // reported on stderr with the other failures
      let view: string;
      try {
        view = explainArticle(sourceText(item.doc), output as Article, { color });
      } catch (err) {
        view = `── ${item.id} ── cannot be explained: ${(err as Error).message}\n`;
      }
      await writeTo(process.stdout, `${count++ ? '\n' : ''}${view}`);
    },
    end: async () => {},
  };
}

/** `--report FILE`: every result with its original, written as one HTML page when the run is over. */
export class ReportCollector {
  private readonly entries: ReportEntry[] = [];

  constructor(private readonly path: string) {}

  add(item: Item, output: Output): void {
    const original = item.doc ? sourceText(item.doc) : '';
    const result = isError(output) ? { id: output.id, error: output.error } : (output as Article);
    this.entries.push({ original, result });
  }

  /** Writes the page; an error message when the file cannot be written. */
  write(): string | null {
    try {
      writeFileSync(this.path, renderReport(this.entries));
      return null;
    } catch (err) {
      return `cannot write the report to ${this.path}: ${(err as Error).message}`;
    }
  }
}
