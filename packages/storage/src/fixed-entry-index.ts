// Shared mechanics of the offset and time indexes: a file of fixed-size big-endian entries,
// preallocated to segment.index.bytes while its segment is active (so appends never grow it),
// trimmed to the valid entries when the segment rolls or the log closes, as Kafka does. The
// number of valid entries of an existing file is its length / entry size.
//
// An index with no entries and no preallocation holds no file handle at all (old, empty segments).

import type { IndexFile, SegmentIO } from './io/segment-io';
import { fail, invariant } from './offsets';

export abstract class FixedEntryIndex {
  readonly path: string;
  readonly baseOffset: number;
  protected readonly io: SegmentIO;
  protected file: IndexFile | null = null;
  protected entryCount = 0;
  #capacity = 0;
  /** The file held a whole number of entries when opened (Kafka rebuilds an index that does not). */
  readonly wholeEntries: boolean;

  protected constructor(
    io: SegmentIO,
    path: string,
    baseOffset: number,
    protected readonly entrySize: number,
  ) {
    this.io = io;
    this.path = path;
    this.baseOffset = baseOffset;
    const existing = io.fileSize(path);
    this.wholeEntries = existing === null || existing % entrySize === 0;
    if (existing !== null && existing > 0) {
      this.entryCount = Math.floor(existing / entrySize);
      this.#open(this.entryCount * entrySize);
    }
  }

  #open(length: number): void {
    if (this.file) this.file.close(this.entryCount * this.entrySize);
    this.file = length > 0 ? this.io.openIndex(this.path, length) : null;
    this.#capacity = Math.floor(length / this.entrySize);
    if (length === 0 && !this.io.exists(this.path)) {
      // Keep an empty file on disk, as Kafka does, so the layout is complete.
      this.io.writeFileAtomic(this.path, Buffer.alloc(0));
    }
  }

  get entries(): number {
    return this.entryCount;
  }

  get maxEntries(): number {
    return this.#capacity;
  }

  /** Sizes the file to hold up to maxIndexBytes (rounded down to whole entries); used for the active segment. */
  resize(maxIndexBytes: number): void {
    const length = Math.max(this.entryCount, Math.floor(maxIndexBytes / this.entrySize)) * this.entrySize;
    if (length !== this.#capacity * this.entrySize) this.#open(length);
  }

  /** Trims the file to its valid entries (segment no longer active). */
  trimToValidSize(): void {
    this.#open(this.entryCount * this.entrySize);
  }

  get sizeInBytes(): number {
    return this.entryCount * this.entrySize;
  }

  protected buffer(): Buffer {
    if (this.file === null) fail(`index ${this.path} has entries but no open file`);
    return this.file.buffer;
  }

  /** Byte position of the next entry (slot `entries`); the caller writes it, then calls commitEntry. */
  protected reserveEntry(): number {
    if (this.entryCount >= this.#capacity) fail(`index ${this.path} is full`);
    const at = this.entryCount * this.entrySize;
    this.file?.reserve(at + this.entrySize);
    return at;
  }

  /** Persists the entry written at `at` and counts it. */
  protected commitEntry(at: number): void {
    this.file!.commit(at, this.entrySize);
    this.entryCount++;
  }

  protected search(keyOffset: number, keyBytes: 4 | 8, target: number): number {
    if (this.entryCount === 0) return -1;
    return this.file!.search(this.entryCount, this.entrySize, keyOffset, keyBytes, target);
  }

  /** Drops every entry (the file keeps its preallocated length). */
  reset(): void {
    this.entryCount = 0;
  }

  protected truncateEntries(n: number): void {
    invariant(n >= 0 && n <= this.entryCount, `truncating index ${this.path} to ${n} of ${this.entryCount} entries`);
    this.entryCount = n;
  }

  flush(): void {
    this.file?.flush();
  }

  close(): void {
    if (this.file) {
      this.file.close(this.entryCount * this.entrySize);
      this.file = null;
    }
    this.#capacity = 0;
  }

  /** Lets go of the file as it is, without trimming it (a partition that failed to open leaves its files alone). */
  release(): void {
    if (this.file) {
      this.file.close(this.#capacity * this.entrySize);
      this.file = null;
    }
    this.#capacity = 0;
  }
}
