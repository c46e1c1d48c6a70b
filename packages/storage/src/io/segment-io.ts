// The seam: every file operation storage performs goes through a SegmentIO, so the same log code
// runs on the native module (mmap reads, writev appends), the node:fs fallback, memory, and a
// fault-injecting wrapper. Backends must leave identical bytes on disk.
//
// File descriptors: a segment file holds one only while it sits in the backend's bounded cache of open handles
// (handle-cache.ts: least recently used closed first, reopened by path on the next use), and mapped indexes hold none
// once mapped, so the descriptors a broker uses are bounded by its budget (`samsa.max.open.files`), not by its
// partitions and segments.
//
// Contract:
// - SegmentFile is append-only except for truncate. append() writes every buffer or throws; on a
//   throw some prefix of the bytes may have landed (the caller truncates back). A buffer handed to
//   append() is never changed by its caller afterwards: the memory backend keeps large ones as they
//   are instead of copying them. read() returns a
//   Buffer of exactly `length` bytes; a view that stays valid (and unchanged) after the file is
//   closed or unlinked, as long as that range is not truncated away and rewritten.
// - IndexFile holds a file of `length` bytes (zero-filled past the old end) and exposes its first
//   bytes as a writable Buffer, grown with reserve() before an entry is written past it; after
//   changing bytes the caller calls commit(position, length) so write-through backends can persist
//   them. close(length) trims the file to `length`.
// - Directory operations are synchronous; writeFileAtomic is durable (fsync + rename + dir fsync).
// - syncFile is the one asynchronous operation: the fdatasync of a rolled segment's files runs off
//   the event loop, as Kafka schedules it, so a produce never waits for a whole segment to reach disk.

import type { OpenHandleStats } from './handle-cache';

export interface SegmentFile {
  /** Bytes in the file (known without opening it). */
  size(): number;
  /** Appends the buffers in order; returns the position of the first byte. */
  append(bufs: readonly Buffer[]): number;
  /** [position, position + length) of the file. */
  read(position: number, length: number): Buffer;
  /** Makes every appended byte durable (fdatasync). */
  flush(): void;
  truncate(size: number): void;
  close(): void;
}

export interface IndexFile {
  /** The file's first bytes (at least every entry written so far; see reserve); writes to it must be followed by commit(). */
  readonly buffer: Buffer;
  /**
   * Makes `buffer` at least `length` bytes long (up to the file's length); `buffer` may be a new Buffer afterwards.
   * Every backend starts with a buffer over the bytes in use and grows it as entries arrive: a Buffer over a whole
   * preallocated index (segment.index.bytes) for thousands of partitions makes V8 count gigabytes of external memory
   * and collect garbage all the time.
   */
  reserve(length: number): void;
  /** Persists buffer[position, position + length) (a no-op for mapped backends). */
  commit(position: number, length: number): void;
  flush(): void;
  /** Trims the file to `length` bytes and closes it. */
  close(length: number): void;
  /**
   * Slot of the largest big-endian key <= target among `entries` fixed-size entries, or -1.
   * (Native backends search in Rust; others use searchIndexJs.)
   */
  search(entries: number, entrySize: number, keyOffset: number, keyBytes: 4 | 8, target: number): number;
}

/** What every backend is built with. */
export interface BackendOptions {
  /** Most file descriptors its segment files (and the fallback's index files) hold at once: samsa.max.open.files. */
  readonly maxOpenFiles?: number;
}

export interface SegmentIO {
  /** Name for logs: 'native', 'fallback', 'memory', 'faulty(...)'. */
  readonly name: string;
  /** The cache of open segment handles: its budget, how many are open, the most ever open at once. */
  openHandles(): OpenHandleStats;
  openSegment(path: string): SegmentFile;
  /** Opens (creating) an index file and sets its length to `length`, keeping existing bytes. */
  openIndex(path: string, length: number): IndexFile;
  /** Size of a file, or null when it does not exist. */
  fileSize(path: string): number | null;
  exists(path: string): boolean;
  /** Whether `path` is a directory (partition directories are told from stray files by it). */
  isDirectory(path: string): boolean;
  mkdir(path: string): void;
  readdir(path: string): string[];
  rename(from: string, to: string): void;
  /** Makes the renames and removals in a directory durable (fsync of the directory; best effort where refused). */
  syncDir(path: string): void;
  unlink(path: string): void;
  /** Removes a directory and everything in it. */
  rmdir(path: string): void;
  /** Whole-file read (checkpoints), or null when missing. */
  readFile(path: string): Buffer | null;
  /** Writes via a temporary file + fsync + rename, so readers see the old or the new content. */
  writeFileAtomic(path: string, data: Buffer): void;
  /** Ensures the truncation of `path` to `size` bytes is applied even when it is not open (recovery tooling, tests). */
  truncateFile(path: string, size: number): void;
  /**
   * fdatasync of the file at `path` (any descriptor of a file flushes its pages) off the event loop.
   * A file that no longer exists resolves: it was deleted, so there is nothing left to make durable.
   */
  syncFile(path: string): Promise<void>;
}

/** Portable binary search used by backends without a native one. */
export function searchIndexJs(
  buf: Buffer,
  entries: number,
  entrySize: number,
  keyOffset: number,
  keyBytes: 4 | 8,
  target: number,
): number {
  const key = (slot: number): number => {
    const p = slot * entrySize + keyOffset;
    return keyBytes === 4 ? buf.readInt32BE(p) : buf.readInt32BE(p) * 4294967296 + buf.readUInt32BE(p + 4);
  };
  if (entries === 0 || key(0) > target) return -1;
  let lo = 0;
  let hi = entries - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (key(mid) <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** An I/O failure carrying the errno code (ENOSPC, EIO, ...). */
export interface ErrnoLike {
  code?: string;
}
