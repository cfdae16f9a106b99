import type { Doc } from '../document.js';
import { live } from '../document.js';

const AGO = String.raw`(?:\d{1,3}|an?|one)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?)\s+ago`;
// "48 seconds ago" alone, or glued to the end of a teaser headline ("… vote48 seconds ago").
const ONLY_TIME = new RegExp(`^(?:(?:updated|posted|published)\\s*:?\\s*)?${AGO}$`, 'i');
const ENDS_WITH_TIME = new RegExp(`${AGO}$`, 'i');
// Both patterns end in "ago": lines that do not are ruled out from their last three characters.
const AGO_END = /ago$/i;

/** Lines that are a relative timestamp, or a short teaser ending in one, belong to a news-feed widget. */
export function removeTimestamps(doc: Doc): void {
  for (const block of doc.blocks) {
    if (!live(block)) continue;
    const t = block.text;
    if (!AGO_END.test(t.slice(-3))) continue;
    if (ONLY_TIME.test(t) || (t.length < 200 && ENDS_WITH_TIME.test(t) && !/[.!?]["”’]?\s/.test(t))) {
      block.removed = 'relative-timestamp';
    }
  }
}
