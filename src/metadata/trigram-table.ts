// A hash table from trigram keys to counts in typed arrays. Language detection counts a sample's 2,000 trigrams and
// looks each distinct one up in a script's model: as Map operations that was most of its time. Keys are whole
// numbers below 2^53 (see trigramKey), stored as doubles; -1 marks an empty slot.

/** Keys in insertion order, each with a count, found by open addressing (linear probing, at most half full). */
export class TrigramTable {
  private readonly bits: number;
  private readonly slots: Float64Array;
  /** Per slot, the key's position in insertion order; per position, the key's slot. */
  private readonly positionOf: Int32Array;
  private readonly slotAt: Int32Array;
  private readonly counts: Int32Array;
  size = 0;

  /** Room for `entries` keys. */
  constructor(readonly entries: number) {
    let bits = 4;
    while (1 << bits < 2 * entries) bits++;
    this.bits = bits;
    this.slots = new Float64Array(1 << bits).fill(-1);
    this.positionOf = new Int32Array(1 << bits);
    this.slotAt = new Int32Array(entries);
    this.counts = new Int32Array(entries);
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.slots[this.slotAt[i]] = -1;
    this.size = 0;
  }

  /** Adds one to `key`'s count (a new key starts at one) and returns its position. */
  count(key: number): number {
    const slot = this.slotOf(key);
    if (this.slots[slot] === key) {
      const position = this.positionOf[slot];
      this.counts[position]++;
      return position;
    }
    if (this.size === this.entries) throw new RangeError('TrigramTable is full');
    const position = this.size++;
    this.slots[slot] = key;
    this.positionOf[slot] = position;
    this.slotAt[position] = slot;
    this.counts[position] = 1;
    return position;
  }

  /** `key`'s position, or -1. */
  find(key: number): number {
    const slot = this.slotOf(key);
    return this.slots[slot] === key ? this.positionOf[slot] : -1;
  }

  keyAt(position: number): number {
    return this.slots[this.slotAt[position]];
  }

  countAt(position: number): number {
    return this.counts[position];
  }

  private slotOf(key: number): number {
    // Fibonacci hashing: the top bits of the product depend on every bit of the key (both halves past 2^32).
    const mixed = key < 0x40000000 ? key : (key % 0x100000000) ^ Math.floor(key / 0x100000000);
    const mask = (1 << this.bits) - 1;
    let slot = Math.imul(mixed, 0x9e3779b1) >>> (32 - this.bits);
    while (this.slots[slot] !== key && this.slots[slot] !== -1) slot = (slot + 1) & mask;
    return slot;
  }
}
