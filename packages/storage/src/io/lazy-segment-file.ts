// A segment file whose descriptor lives in the HandleCache: opened on first use (at once when the file does not
// exist yet, so the segment's .log is on disk from its creation, as in Kafka's layout), closed when the cache needs
// room, reopened by path on the next use. Every backend hands these out, so the same budget bounds native, fallback
// and memory storage alike.
//
// The size is remembered while the descriptor is closed: only this object changes the file (SegmentFile's
// contract), so it cannot move meanwhile. Reads that were handed out stay valid across an eviction, since each
// backend's views outlive the close of the file they came from.

import { CachedHandle, type HandleCache } from './handle-cache';
import type { SegmentFile } from './segment-io';

const closedError = (path: string): Error =>
  Object.assign(new Error(`segment file ${path} is closed`), { code: 'ECLOSED' });

export class LazySegmentFile extends CachedHandle implements SegmentFile {
  readonly path: string;
  readonly #cache: HandleCache;
  readonly #open: (path: string) => SegmentFile;
  #inner: SegmentFile | null = null;
  /** The size while the descriptor is closed. */
  #size: number;
  #closed = false;

  /** `size` is the file's current size, or null when it does not exist (it is then created now). */
  constructor(cache: HandleCache, path: string, size: number | null, open: (path: string) => SegmentFile) {
    super();
    this.#cache = cache;
    this.path = path;
    this.#open = open;
    this.#size = size ?? 0;
    if (size === null) this.#acquire();
  }

  /** The open file, opening it (and making room for it) when the cache had closed it. */
  #acquire(): SegmentFile {
    const inner = this.#inner;
    if (inner !== null) {
      this.#cache.touch(this);
      return inner;
    }
    if (this.#closed) throw closedError(this.path);
    this.#cache.makeRoom();
    const opened = this.#open(this.path);
    this.#inner = opened;
    this.#size = opened.size();
    this.#cache.add(this);
    return opened;
  }

  size(): number {
    return this.#inner !== null ? this.#inner.size() : this.#size;
  }

  append(bufs: readonly Buffer[]): number {
    const f = this.#acquire();
    this.pins++;
    try {
      return f.append(bufs);
    } finally {
      this.pins--;
    }
  }

  read(position: number, length: number): Buffer {
    const f = this.#acquire();
    this.pins++;
    try {
      return f.read(position, length);
    } finally {
      this.pins--;
    }
  }

  flush(): void {
    // fsync applies to the file, not the descriptor: one reopened after an eviction flushes the bytes written before.
    const f = this.#acquire();
    this.pins++;
    try {
      f.flush();
    } finally {
      this.pins--;
    }
  }

  truncate(size: number): void {
    const f = this.#acquire();
    this.pins++;
    try {
      f.truncate(size);
    } finally {
      this.pins--;
    }
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const inner = this.#inner;
    if (inner === null) return;
    this.#size = inner.size();
    this.#inner = null;
    this.#cache.remove(this);
    inner.close();
  }

  evict(): void {
    const inner = this.#inner;
    if (inner === null) return;
    this.#size = inner.size();
    this.#inner = null;
    try {
      inner.close();
    } catch {
      // close(2) releases the descriptor even when it reports an error, and every write before it already
      // returned its own result; the file reopens cleanly on its next use.
    }
  }
}
