/**
 * Which items hold a name part that matches a given part (tokensMatch), without testing every part held: same
 * spelling, same loose spelling and same variant-table entry are looked up, and only parts that may be within the
 * allowed edits are tested one by one: those of the same edit class and lengths at most MAX_EDITS apart, or, in a
 * large index, those that share a one-letter deletion with the query (or, ten letters or more, a length near it).
 */
import { editClass, MAX_EDITS, MIN_TWO_EDITS, type NamePart, tokensMatch, type VariantIndex } from './name-key.js';

/** How many parts edits may match an index holds before it looks them up by deletions (see PartIndex). */
const DELETIONS_FROM = 512;

interface Held<T> {
  part: NamePart;
  item: T;
}

/**
 * A key and the key with each one of its letters deleted: two keys are at most one edit apart (a substitution,
 * insertion or deletion) exactly when one of these of the one is among those of the other.
 */
function deletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) {
    if (i > 0 && key.charCodeAt(i) === key.charCodeAt(i - 1)) continue; // ("aab" less either "a" is "ab")
    out.push(key.slice(0, i) + key.slice(i + 1));
  }
  return out;
}

export class PartIndex<T> {
  private readonly byKey = new Map<string, Set<T>>();
  private readonly byLoose = new Map<string, Set<T>>();
  private readonly byVariant = new Map<string, Set<T>>();
  // Parts that edits may match (editClass), by edit class: walked whole by each query while there are few.
  private readonly byEditClass = new Map<string, Array<Held<T>>>();
  private editable = 0;
  // Past DELETIONS_FROM of them (a long text naming thousands of people, the alias table): under each of their
  // deletions when one edit may do (the shorter part under MIN_TWO_EDITS letters, so both at most MIN_TWO_EDITS
  // long), and by length when two may. Not sooner: the deletions cost more to index than a short list to walk.
  private byDeletion: Map<string, Array<Held<T>>> | null = null;
  private readonly longByLength: Array<Array<Held<T>>> = [];

  constructor(private readonly variants: VariantIndex) {}

  add(part: NamePart, item: T): void {
    addTo(this.byKey, part.key, item);
    addTo(this.byLoose, part.loose, item);
    const variant = this.variants.get(part.key);
    if (variant !== undefined) addTo(this.byVariant, variant, item);
    const cls = editClass(part);
    if (cls === null) return;
    const held = { part, item };
    if (this.byDeletion) {
      this.addDeletions(this.byDeletion, held);
      return;
    }
    pushTo(this.byEditClass, cls, held);
    if (++this.editable > DELETIONS_FROM) {
      const byDeletion = new Map<string, Array<Held<T>>>();
      for (const heldList of this.byEditClass.values()) for (const h of heldList) this.addDeletions(byDeletion, h);
      this.byDeletion = byDeletion;
      this.byEditClass.clear();
    }
  }

  private addDeletions(byDeletion: Map<string, Array<Held<T>>>, held: Held<T>): void {
    const length = held.part.key.length;
    if (length <= MIN_TWO_EDITS) {
      for (const d of deletions(held.part.key)) pushTo(byDeletion, d, held);
    }
    if (length >= MIN_TWO_EDITS) {
      if (!this.longByLength[length]) this.longByLength[length] = [];
      this.longByLength[length].push(held);
    }
  }

  /** The items holding a part `p` with tokensMatch(p, query). */
  matching(query: NamePart): Set<T> {
    // Added item by item: spreading the sets into a new one allocated two arrays per call.
    const out = new Set<T>(this.byKey.get(query.key));
    addAll(out, this.byLoose.get(query.loose));
    const variant = this.variants.get(query.key);
    if (variant !== undefined) addAll(out, this.byVariant.get(variant));
    const cls = editClass(query);
    if (cls === null) return out;
    const length = query.key.length;
    if (!this.byDeletion) {
      for (const { part, item } of this.byEditClass.get(cls) ?? []) {
        if (!out.has(item) && Math.abs(part.key.length - length) <= MAX_EDITS && tokensMatch(part, query, this.variants)) {
          out.add(item);
        }
      }
      return out;
    }
    const byDeletion = this.byDeletion;
    if (length <= MIN_TWO_EDITS) for (const d of deletions(query.key)) this.addMatching(out, query, byDeletion.get(d));
    if (length >= MIN_TWO_EDITS) {
      for (let n = Math.max(MIN_TWO_EDITS, length - MAX_EDITS); n <= length + MAX_EDITS; n++) {
        this.addMatching(out, query, this.longByLength[n]);
      }
    }
    return out;
  }

  private addMatching(out: Set<T>, query: NamePart, held: Array<Held<T>> | undefined): void {
    if (!held) return;
    for (const { part, item } of held) if (!out.has(item) && tokensMatch(part, query, this.variants)) out.add(item);
  }
}

function addTo<T>(index: Map<string, Set<T>>, key: string, item: T): void {
  const items = index.get(key) ?? new Set<T>();
  index.set(key, items);
  items.add(item);
}

function pushTo<T>(index: Map<string, T[]>, key: string, item: T): void {
  const items = index.get(key);
  if (items) items.push(item);
  else index.set(key, [item]);
}

function addAll<T>(to: Set<T>, items: Set<T> | undefined): void {
  if (items) for (const item of items) to.add(item);
}
