/**
 * Which items hold a name part that matches a given part (tokensMatch), without testing every part held: same
 * spelling, same loose spelling and same variant-table entry are looked up, and only parts that may be within the
 * allowed edits (editClass, and lengths at most MAX_EDITS apart) are tested one by one.
 */
import { editClass, MAX_EDITS, type NamePart, tokensMatch, type VariantIndex } from './name-key.js';

export class PartIndex<T> {
  private readonly byKey = new Map<string, Set<T>>();
  private readonly byLoose = new Map<string, Set<T>>();
  private readonly byVariant = new Map<string, Set<T>>();
  private readonly byEditClass = new Map<string, Array<{ part: NamePart; item: T }>>();

  constructor(private readonly variants: VariantIndex) {}

  add(part: NamePart, item: T): void {
    addTo(this.byKey, part.key, item);
    addTo(this.byLoose, part.loose, item);
    const variant = this.variants.get(part.key);
    if (variant !== undefined) addTo(this.byVariant, variant, item);
    const cls = editClass(part);
    if (cls !== null) {
      const list = this.byEditClass.get(cls) ?? [];
      this.byEditClass.set(cls, list);
      list.push({ part, item });
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
    for (const { part, item } of (cls !== null && this.byEditClass.get(cls)) || []) {
      if (!out.has(item) && Math.abs(part.key.length - query.key.length) <= MAX_EDITS && tokensMatch(part, query, this.variants)) {
        out.add(item);
      }
    }
    return out;
  }
}

function addTo<T>(index: Map<string, Set<T>>, key: string, item: T): void {
  const items = index.get(key) ?? new Set<T>();
  index.set(key, items);
  items.add(item);
}

function addAll<T>(to: Set<T>, items: Set<T> | undefined): void {
  if (items) for (const item of items) to.add(item);
}
