import type { Block, Doc } from '../document.js';
import { live } from '../document.js';
import { parsedOnce } from '../metadata/byline.js';
import { asksQuestion, hasWords, isHeadlineShaped, readsAsSentence } from '../segment/features.js';
import { blockValue, isProse } from './block-value.js';
import { isCommentHeader } from './phrases.js';
import { titleEchoes } from './title-echo.js';

/** When the densest region starts within this many blocks of the top, what precedes it is the article's header. */
const HEADER_BLOCKS = 6;
/** The page title printed again above the article is worth as much as a good paragraph to the region after it. */
const TITLE_ECHO_VALUE = 300;
/** Prose the article before a comment thread must hold for the thread to be cut off rather than the article. */
const MIN_ARTICLE_PROSE = 200;

/**
 * Whole pages flattened to text carry menus, teasers and footers around the article. The article is the run of
 * blocks with the most prose in it: each block is worth its prose (or costs, as furniture), and the contiguous run
 * with the largest sum wins. Blocks outside it are removed as page furniture. A short header right at the top
 * (title, byline, standfirst, dateline) stays for the structure stage.
 */
export function removeOutsideMainRegion(doc: Doc): void {
  const blocks = doc.blocks;
  // A page's blocks come from the container its markup chose; the region rule is for text without markup.
  if (blocks.length < 2 || blocks.some((b) => b.tag !== undefined)) return;
  const echoes = titleEchoes(doc);
  const values = blocks.map((b, i) => (echoes.has(i) ? TITLE_ECHO_VALUE : blockValue(b)));
  const prose = values.map((v, i) => (v > 0 && !echoes.has(i) ? v : 0));
  const [densestStart, densestEnd] = densestRun(values);
  if (densestEnd < densestStart) return;
  const start = startAtHeadline(echoes, prose, densestStart, densestEnd);
  const end = withLastSentence(blocks, endBeforeComments(blocks, prose, start, densestEnd));
  const headline = start > HEADER_BLOCKS && !echoes.has(start) ? headlineAbove(doc, start) : -1;
  const from = start <= HEADER_BLOCKS ? 0 : headline >= 0 ? headline : start;
  blocks.forEach((block, i) => {
    if ((i < from || i > end) && live(block)) block.removed = 'page-furniture';
  });
  if ((from > 0 && echoes.has(from)) || from === headline) clearHeader(doc, blocks.slice(from + 1, end + 1));
}

/**
 * Lines other rules removed (a menu, a timestamp) can push the article's header further from the top than
 * HEADER_BLOCKS. When no more than that many live lines stand above the region, the headline is the first of them
 * shaped like one (five words or more, not a byline), with no prose under it. -1 when there is none.
 */
function headlineAbove(doc: Doc, start: number): number {
  const above = doc.blocks.slice(0, start).filter(live);
  if (above.length > HEADER_BLOCKS || above.some((b) => isProse(b.text))) return -1;
  const headline = above.find((b) => isHeadlineShaped(b.text) && hasWords(b.text, 5) && !parsedOnce(doc, b.text));
  return headline ? doc.blocks.indexOf(headline) : -1;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Text above the headline is not the article, unless most of the region's prose is there (a headline echoed below). */
function startAtHeadline(echoes: Set<number>, prose: number[], start: number, end: number): number {
  for (let i = start; i <= end; i++) {
    if (!echoes.has(i)) continue;
    return sum(prose.slice(start, i)) < sum(prose.slice(i, end + 1)) ? i : start;
  }
  return start;
}

/**
 * Scraped text often loses its last period: when the text ends right after the region on a line that reads as a
 * sentence or asks a question, that line is the article's last paragraph.
 */
function withLastSentence(blocks: Block[], end: number): number {
  let next = end + 1;
  while (next < blocks.length && !live(blocks[next])) next++;
  if (next >= blocks.length || blocks.slice(next + 1).some(live)) return end;
  const text = blocks[next].text;
  return readsAsSentence(text) || asksQuestion(text) ? next : end;
}

/** Readers' comments are prose too: a comment header after the article's first paragraphs ends it there. */
function endBeforeComments(blocks: Block[], prose: number[], start: number, end: number): number {
  let before = 0;
  for (let i = start; i <= end; i++) {
    if (before >= MIN_ARTICLE_PROSE && isCommentHeader(blocks[i].text)) return i - 1;
    before += prose[i];
  }
  return end;
}

/**
 * Between the headline and the first paragraph only a byline and a standfirst (a line shaped like a headline of
 * five words or more, right under the headline or its byline) are kept: the rest is labels, dates, widgets and the
 * lead photo's caption.
 */
function clearHeader(doc: Doc, region: Block[]): void {
  let standfirst = true;
  for (const block of region) {
    if (isProse(block.text)) return;
    if (!live(block) || parsedOnce(doc, block.text)) continue;
    if (standfirst && isHeadlineShaped(block.text) && hasWords(block.text, 5)) standfirst = false;
    else {
      block.removed = 'page-furniture';
      standfirst = false;
    }
  }
}

/** The [start, end] of the contiguous run with the largest sum (Kadane); [0, -1] when nothing is positive. */
export function densestRun(values: number[]): [number, number] {
  let best = 0;
  let bestRange: [number, number] = [0, -1];
  let total = 0;
  let start = 0;
  values.forEach((v, i) => {
    if (total <= 0) {
      total = 0;
      start = i;
    }
    total += v;
    if (total > best) {
      best = total;
      bestRange = [start, i];
    }
  });
  return bestRange;
}
