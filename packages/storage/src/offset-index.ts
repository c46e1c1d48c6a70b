// The sparse offset index (`<base offset>.index`), Kafka's format. Each 8-byte entry:
//
//   0  4  relative offset  int32  (offset - segment base offset)
//   4  4  position         int32  byte position of a batch in the .log file
//
// An entry (o, p) means: the batch starting at position p ends at offset o (its last offset),
// so every offset > o lives at or after p. Entries are strictly increasing in both fields and are
// added once more than index.interval.bytes have been appended since the previous one.

import type { SegmentIO } from './io/segment-io';
import { FixedEntryIndex } from './fixed-entry-index';
import { fail } from './offsets';

export const OFFSET_INDEX_ENTRY_SIZE = 8;

export interface OffsetPosition {
  offset: number;
  position: number;
}

export class OffsetIndex extends FixedEntryIndex {
  /** The last entry as appended, valid while entries === #cachedCount (saves a read per append). */
  #cachedCount = -1;
  #cachedOffset = 0;
  #cachedPosition = 0;

  constructor(io: SegmentIO, path: string, baseOffset: number) {
    super(io, path, baseOffset, OFFSET_INDEX_ENTRY_SIZE);
  }

  entry(slot: number): OffsetPosition {
    const buf = this.buffer();
    const at = slot * OFFSET_INDEX_ENTRY_SIZE;
    return { offset: this.baseOffset + buf.readInt32BE(at), position: buf.readInt32BE(at + 4) };
  }

  get lastOffset(): number {
    return this.entries === 0 ? this.baseOffset : this.entry(this.entries - 1).offset;
  }

  isFull(): boolean {
    return this.entries >= this.maxEntries;
  }

  append(offset: number, position: number): void {
    const rel = offset - this.baseOffset;
    if (!(rel >= 0 && rel <= 0x7fffffff)) fail(`offset ${offset} not relative to ${this.baseOffset}`);
    const n = this.entries;
    if (n > 0) {
      if (this.#cachedCount !== n) {
        const last = this.entry(n - 1);
        this.#cachedOffset = last.offset;
        this.#cachedPosition = last.position;
      }
      if (offset <= this.#cachedOffset || position <= this.#cachedPosition) {
        fail(`offset index entry (${offset}, ${position}) not after (${this.#cachedOffset}, ${this.#cachedPosition})`);
      }
    }
    const at = this.reserveEntry();
    const buf = this.buffer();
    buf.writeInt32BE(rel, at);
    buf.writeInt32BE(position, at + 4);
    this.commitEntry(at);
    this.#cachedCount = n + 1;
    this.#cachedOffset = offset;
    this.#cachedPosition = position;
  }

  /** Largest entry with offset <= target, or (baseOffset, 0) when none. */
  lookup(target: number): OffsetPosition {
    const slot = this.search(0, 4, target - this.baseOffset);
    return slot < 0 ? { offset: this.baseOffset, position: 0 } : this.entry(slot);
  }

  /** Removes entries for offsets >= offset. */
  truncateTo(offset: number): void {
    const slot = this.search(0, 4, offset - this.baseOffset);
    if (slot < 0) this.truncateEntries(0);
    else this.truncateEntries(this.entry(slot).offset === offset ? slot : slot + 1);
  }

  /** Entries strictly increasing and inside the segment; false means rebuild. */
  isConsistent(segmentSize: number): boolean {
    let prevOffset = -1;
    let prevPosition = -1;
    for (let i = 0; i < this.entries; i++) {
      const { offset, position } = this.entry(i);
      if (offset <= prevOffset || position <= prevPosition || position >= segmentSize || offset < this.baseOffset)
        return false;
      prevOffset = offset;
      prevPosition = position;
    }
    return true;
  }
}
