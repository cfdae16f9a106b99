import type { Article } from '../article.js';
import { annotate } from './annotate.js';
import { countRemoved } from './cuts.js';
import { describeChange, fixReasons, repairCount, visible } from './fixes.js';
import { numberFixes, type Token, tokenize } from './tokens.js';

export interface ExplainOptions {
  /** ANSI colours and strike-through; without them the view uses [-removed-] and {was→now} marks. */
  color?: boolean;
}

const ESC = '\u001b[';
const style = (codes: string, text: string) =>
  text
    .split('\n')
    .map((part) => (part ? `${ESC}${codes}m${part}${ESC}0m` : part))
    .join('\n');
const STRUCK = '2;9'; // dim, struck through
const MOVED = '36'; // cyan
const FIXED = '30;43'; // black on yellow
const NOTE = '2'; // dim

/** One token in the terminal's notation, with or without colour. */
function renderToken(token: Token, color: boolean): string {
  if (token.type === 'reason') {
    const tag = `‹${token.cut.reason}›`;
    if (!color) return token.cut.moved ? `=]${tag}` : `-]${tag}`;
    return ` ${style(token.cut.moved ? MOVED : NOTE, tag)}`;
  }
  if (token.type === 'text') {
    if (!color || !token.cut) return token.text;
    return style(token.cut.moved ? MOVED : STRUCK, token.text);
  }
  const was = visible(token.fix.from) || '∅';
  if (!color) return `{${was}→${visible(token.fix.to)}}[${token.number}]`;
  return `${style(FIXED, was)}${style(NOTE, `[${token.number}]`)}`;
}

/** Opening marks for cuts in the colourless notation: `[-` before removed text, `[=` before moved text. */
function withOpenings(tokens: Token[]): Array<Token | { type: 'open'; moved: boolean }> {
  const out: Array<Token | { type: 'open'; moved: boolean }> = [];
  let open: unknown = null;
  for (const token of tokens) {
    const cut = token.type === 'reason' ? null : token.cut;
    if (cut && cut !== open) out.push({ type: 'open', moved: cut.moved });
    open = token.type === 'reason' ? null : cut;
    out.push(token);
  }
  return out;
}

/**
 * The terminal view of one article: the original text with removed stretches struck through (or `[-…-]‹reason›`),
 * text moved into fields in cyan (or `[=…=]‹field›`), each repair highlighted with a number, then a legend of the
 * repairs with their reasons.
 */
export function explainArticle(original: string, article: Article, options: ExplainOptions = {}): string {
  const color = options.color ?? false;
  const annotation = annotate(original, article);
  const { numbers, legend } = numberFixes(annotation.fixes);
  const tokens = withOpenings(tokenize(annotation, numbers));
  const body = tokens
    .map((t) => (t.type === 'open' ? (color ? '' : t.moved ? '[=' : '[-') : renderToken(t, color)))
    .join('');
  const rule = `── ${article.id ?? 'article'} ── ${countRemoved(article)} removed, ${repairCount(article.fixes)} repaired`;
  const lines = [color ? style('1', rule) : rule, body.replace(/\s+$/, '')];
  if (legend.length) {
    lines.push('', 'Repairs:');
    legend.forEach((fix, i) => {
      const uses = numbers.filter((n) => n === i + 1).length;
      const times = uses > 1 ? ` ×${uses}` : '';
      const reasons = fixReasons(fix).join('; ');
      lines.push(`  [${i + 1}] ${describeChange(fix)}${times}  ${color ? style(NOTE, reasons) : reasons}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
