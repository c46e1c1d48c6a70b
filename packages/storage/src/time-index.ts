// The time index (`<base offset>.timeindex`), Kafka's format. Each 12-byte entry:
//
//   0  8  timestamp        int64  the largest timestamp seen in the segment so far
//   8  4  relative offset  int32  offset (minus the base) of the batch holding that timestamp
//
// Entries are added alongside offset index entries, only when the timestamp grows, so both
// fields are non-decreasing. One slot is kept free so the final entry written when the segment
// rolls always fits.

import type { SegmentIO } from './io/segment-io';
import { readInt64, writeInt64 } from '@samsa/protocol';
import { FixedEntryIndex } from './fixed-entry-index';
import { fail } from './offsets';

export const TIME_INDEX_ENTRY_SIZE = 12;

export interface TimestampOffset {
  timestamp: number;
  offset: number;
}

export class TimeIndex extends FixedEntryIndex {
  /** The last entry as appended, valid while entries === #cachedCount (saves a read per append). */
  #cachedCount = -1;
  #cachedTimestamp = 0;
  #cachedOffset = 0;

  constructor(io: SegmentIO, path: string, baseOffset: number) {
    super(io, path, baseOffset, TIME_INDEX_ENTRY_SIZE);
  }

  entry(slot: number): TimestampOffset {
    const buf = this.buffer();
    const at = slot * TIME_INDEX_ENTRY_SIZE;
    return { timestamp: readInt64(buf, at), offset: this.baseOffset + buf.readInt32BE(at + 8) };
  }

  /** The last entry, or (-1, baseOffset) when empty. */
  lastEntry(): TimestampOffset {
    return this.entries === 0 ? { timestamp: -1, offset: this.baseOffset } : this.entry(this.entries - 1);
  }

  isFull(): boolean {
    return this.entries >= this.maxEntries - 1;
  }

  /** Appends (timestamp, offset) when timestamp exceeds the last entry's. */
  maybeAppend(timestamp: number, offset: number, skipFullCheck = false): void {
    if (!skipFullCheck && this.isFull()) fail(`time index ${this.path} is full`);
    const n = this.entries;
    if (n >= this.maxEntries) return;
    if (n > 0) {
      if (this.#cachedCount !== n) {
        const last = this.entry(n - 1);
        this.#cachedTimestamp = last.timestamp;
        this.#cachedOffset = last.offset;
      }
      if (timestamp <= this.#cachedTimestamp) return;
      if (offset < this.#cachedOffset) fail(`time index offset ${offset} before ${this.#cachedOffset}`);
    }
    const rel = offset - this.baseOffset;
    if (!(rel >= 0 && rel <= 0x7fffffff)) fail(`offset ${offset} not relative to ${this.baseOffset}`);
    const at = this.reserveEntry();
    const buf = this.buffer();
    writeInt64(buf, at, timestamp);
    buf.writeInt32BE(rel, at + 8);
    this.commitEntry(at);
    this.#cachedCount = n + 1;
    this.#cachedTimestamp = timestamp;
    this.#cachedOffset = offset;
  }

  /** Largest entry with timestamp <= target, or (-1, baseOffset) when none. */
  lookup(target: number): TimestampOffset {
    const slot = this.search(0, 8, target);
    return slot < 0 ? { timestamp: -1, offset: this.baseOffset } : this.entry(slot);
  }

  /** Removes entries whose offset >= offset. */
  truncateTo(offset: number): void {
    let n = this.entries;
    while (n > 0 && this.entry(n - 1).offset >= offset) n--;
    this.truncateEntries(n);
  }

  isConsistent(nextOffset: number): boolean {
    let prevTs = -Infinity;
    let prevOffset = -1;
    for (let i = 0; i < this.entries; i++) {
      const { timestamp, offset } = this.entry(i);
      if (
        timestamp <= prevTs ||
        offset < prevOffset ||
        offset < this.baseOffset ||
        offset >= Math.max(nextOffset, this.baseOffset + 1)
      )
        return false;
      prevTs = timestamp;
      prevOffset = offset;
    }
    return true;
  }
}
