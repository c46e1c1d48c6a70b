// The cleaner's key -> latest offset map (Kafka's SkimpyOffsetMap): an open-addressing table of 24-byte entries,
// the key's 128-bit hash and the offset, so a pass over any number of keys fits the bytes it was given
// (log.cleaner.dedupe.buffer.size). The table grows with the keys up to what the pass may need (no more than the
// dirty section could fill, never more than the buffer), and a pass stops adding keys once that largest table is as
// full as log.cleaner.io.buffer.load.factor allows: the cleaner then cleans up to the last offset mapped and leaves
// the rest for its next pass.

import { hashKey, KEY_HASH_SEED } from './key-hash';

/** 16 bytes of hash, 8 of offset (stored + 1, so an empty slot reads 0). */
export const OFFSET_MAP_ENTRY_BYTES = 24;
const WORDS = OFFSET_MAP_ENTRY_BYTES / 4;
const TWO_32 = 4294967296;
/** The table's first size, and how full it gets before it doubles (below its largest size). */
const INITIAL_SLOTS = 1024;
const GROW_AT = 0.5;

export class OffsetMap {
  /** Slots the table may grow to (a power of two, so the probe step, odd, visits every slot). */
  readonly maxSlots: number;
  /** Entries the map takes before it counts as full. */
  readonly maxEntries: number;
  #table: Int32Array;
  #mask: number;
  readonly #hash = new Int32Array(4);
  readonly #seed: number;
  #entries = 0;
  #latestOffset: number;
  #lookups = 0;
  #probes = 0;

  /**
   * A map of at most `memoryBytes` for up to `maxKeys` keys (the offsets of the dirty section bound them), `loadFactor`
   * full at most. `initialLatestOffset` is the offset before the dirty section: a pass that maps nothing ends there.
   * The table starts small and doubles as keys arrive (a table sized for every offset would be mostly empty and
   * miss the CPU caches on every lookup).
   */
  constructor(
    memoryBytes: number,
    maxKeys: number,
    loadFactor: number,
    initialLatestOffset: number,
    seed = KEY_HASH_SEED,
  ) {
    const affordable = Math.max(2, Math.floor(memoryBytes / OFFSET_MAP_ENTRY_BYTES));
    const wanted = Math.max(2, Math.ceil(Math.max(1, maxKeys) / loadFactor) + 1);
    let slots = 2;
    while (slots * 2 <= Math.min(affordable, 2 ** 30) && slots < wanted) slots *= 2;
    this.maxSlots = slots;
    // One slot always stays empty, so a lookup of an absent key ends.
    this.maxEntries = Math.max(1, Math.min(slots - 1, Math.floor(slots * loadFactor)));
    const initial = Math.min(slots, INITIAL_SLOTS);
    this.#table = new Int32Array(initial * WORDS);
    this.#mask = initial - 1;
    this.#seed = seed;
    this.#latestOffset = initialLatestOffset;
  }

  /** Slots of the table now. */
  get slots(): number {
    return this.#mask + 1;
  }

  get size(): number {
    return this.#entries;
  }

  get full(): boolean {
    return this.#entries >= this.maxEntries;
  }

  /** The last offset the map covers: every key at or below it is mapped to its latest offset. */
  get latestOffset(): number {
    return this.#latestOffset;
  }

  /** Share of the slots it may use that are in use (Kafka's buffer utilization). */
  get utilization(): number {
    return this.#entries / this.maxSlots;
  }

  /** Slots visited per lookup on average (tests check the table stays fast). */
  get probesPerLookup(): number {
    return this.#lookups === 0 ? 0 : this.#probes / this.#lookups;
  }

  /** Records `offset` as the latest offset of the key buf[start, end) (offsets only grow within a pass). */
  put(buf: Buffer, start: number, end: number, offset: number): void {
    let slot = this.#find(buf, start, end);
    let t = this.#table;
    let at = slot * WORDS;
    if (t[at + 4] === 0 && t[at + 5] === 0) {
      if (this.#entries + 1 > (this.#mask + 1) * GROW_AT && this.#mask + 1 < this.maxSlots) {
        this.#grow();
        slot = this.#slotOf(this.#hash);
        t = this.#table;
        at = slot * WORDS;
      }
      const h = this.#hash;
      t[at] = h[0] as number;
      t[at + 1] = h[1] as number;
      t[at + 2] = h[2] as number;
      t[at + 3] = h[3] as number;
      this.#entries++;
    }
    const stored = offset + 1;
    t[at + 4] = Math.floor(stored / TWO_32);
    t[at + 5] = stored >>> 0;
    if (offset > this.#latestOffset) this.#latestOffset = offset;
  }

  /** The latest offset mapped for the key buf[start, end), or -1. */
  get(buf: Buffer, start: number, end: number): number {
    const at = this.#find(buf, start, end) * WORDS;
    const t = this.#table;
    const hi = t[at + 4] as number;
    const lo = t[at + 5] as number;
    if (hi === 0 && lo === 0) return -1;
    return hi * TWO_32 + (lo >>> 0) - 1;
  }

  /** Moves the covered range forward (batches without keys, gaps between segments). */
  updateLatestOffset(offset: number): void {
    if (offset > this.#latestOffset) this.#latestOffset = offset;
  }

  /** The slot holding the key's hash, or the empty slot where it would go. */
  #find(buf: Buffer, start: number, end: number): number {
    hashKey(buf, start, end, this.#seed, this.#hash);
    return this.#slotOf(this.#hash);
  }

  /** Double hashing with an odd step, so every slot of the power-of-two table is visited. */
  #slotOf(h: Int32Array): number {
    const t = this.#table;
    const mask = this.#mask;
    const step = ((h[1] as number) | 1) & mask;
    let slot = (h[0] as number) & mask;
    this.#lookups++;
    for (;;) {
      this.#probes++;
      const at = slot * WORDS;
      if (t[at + 4] === 0 && t[at + 5] === 0) return slot;
      if (t[at] === h[0] && t[at + 1] === h[1] && t[at + 2] === h[2] && t[at + 3] === h[3]) return slot;
      slot = (slot + step) & mask;
    }
  }

  /** Doubles the table, placing every entry again by its hash. */
  #grow(): void {
    const old = this.#table;
    const slots = (this.#mask + 1) * 2;
    this.#table = new Int32Array(slots * WORDS);
    this.#mask = slots - 1;
    const h = new Int32Array(4);
    for (let at = 0; at < old.length; at += WORDS) {
      if (old[at + 4] === 0 && old[at + 5] === 0) continue;
      h[0] = old[at] as number;
      h[1] = old[at + 1] as number;
      h[2] = old[at + 2] as number;
      h[3] = old[at + 3] as number;
      const to = this.#slotOf(h) * WORDS;
      this.#table.set(old.subarray(at, at + WORDS), to);
    }
  }
}
