// Backend over the native module (@samsa/native): appends with one writev, reads as zero-copy
// views of a shared mmap (kept alive by the views themselves, so a segment closed or unlinked by
// retention never disappears under a reader), indexes mmap'd read-write with msync on flush.
// Segment descriptors live in the bounded handle cache (an evicted segment's views stay valid: they
// hold its mapping, not its descriptor); index mappings hold no descriptor at all.
//
// Reads slice one Buffer over the segment's whole mapping (segmentMap) instead of asking for an
// external Buffer per read: V8 counts every new external Buffer's length as fresh external
// memory and collects garbage in proportion, which made a 1 MB read cost ~40 us. Views never
// reach past the file size, the only bytes of the mapping that may be touched.

import type { IndexHandle, NativeBinding, SegmentHandle } from '@samsa/native';
import { FsDirectoryOps } from './fallback';
import { LazySegmentFile } from './lazy-segment-file';
import type { BackendOptions, IndexFile, SegmentFile, SegmentIO } from './segment-io';

/**
 * Smallest read mapping of a segment (the module's default is 64 MiB). The mapping doubles as the file grows, so a
 * 1 GiB segment is remapped about ten times in its life; but every mapping is handed to JavaScript as one external
 * Buffer whose whole length V8 counts as external memory, and 64 MiB per segment read made a broker opening 10,000
 * partitions collect garbage on nearly every one.
 */
const SEGMENT_MAP_INITIAL_BYTES = 1 << 20;

class NativeSegmentFile implements SegmentFile {
  #n: NativeBinding;
  #h: SegmentHandle;
  /** Mirrors the native size (only this object changes the file), saving a call per query. */
  #size: number;
  /** The whole current mapping, or null until the first read and after a truncation. */
  #map: Buffer | null = null;
  #closed = false;

  constructor(n: NativeBinding, path: string) {
    this.#n = n;
    this.#h = n.segmentOpen(path, SEGMENT_MAP_INITIAL_BYTES);
    this.#size = n.segmentSize(this.#h);
  }
  size(): number {
    return this.#size;
  }
  append(bufs: readonly Buffer[]): number {
    let total = 0;
    for (let i = 0; i < bufs.length; i++) total += bufs[i].length;
    try {
      const at = this.#n.segmentAppend(this.#h, bufs.length === 1 ? bufs[0] : bufs);
      this.#size = at + total;
      return at;
    } catch (err) {
      // A failed append is cut back natively; take the size from there.
      this.#size = this.#n.segmentSize(this.#h);
      throw err;
    }
  }
  read(position: number, length: number): Buffer {
    const end = position + length;
    if (this.#closed || length <= 0 || !(position >= 0 && end <= this.#size)) {
      // Errors (closed, out of range) and empty reads keep the native semantics.
      return this.#n.segmentRead(this.#h, position, length);
    }
    let map = this.#map;
    if (map === null || end > map.length) map = this.#map = this.#n.segmentMap(this.#h, end);
    return map.subarray(position, end);
  }
  flush(): void {
    this.#n.segmentFlush(this.#h);
  }
  truncate(size: number): void {
    this.#n.segmentTruncate(this.#h, size);
    this.#size = size;
    // The old mapping's pages past `size` were detached (zeros for stale views); later bytes need a new one.
    this.#map = null;
  }
  close(): void {
    this.#closed = true;
    this.#map = null;
    this.#n.segmentClose(this.#h);
  }
}

/** Bytes of a new index's first view; it doubles up to the file's length as entries arrive (reserve). */
const INDEX_VIEW_INITIAL_BYTES = 4096;

class NativeIndexFile implements IndexFile {
  #n: NativeBinding;
  #h: IndexHandle;
  readonly #length: number;
  /**
   * A view of the mapping's first bytes, not of the whole preallocated file: V8 counts an external Buffer's length
   * as external memory, and 10 MiB views over thousands of mostly empty indexes made it collect garbage constantly.
   */
  #view: Buffer;

  /** `existing`: bytes the file held before (entries already written must be in the first view). */
  constructor(n: NativeBinding, path: string, length: number, existing: number) {
    this.#n = n;
    this.#length = length;
    const viewLength = Math.min(length, Math.max(existing, INDEX_VIEW_INITIAL_BYTES));
    const { handle, buffer } = n.indexOpen(path, length, viewLength);
    this.#h = handle;
    this.#view = buffer;
  }
  get buffer(): Buffer {
    return this.#view;
  }
  reserve(length: number): void {
    if (length <= this.#view.length) return;
    this.#view = this.#n.indexView(this.#h, Math.min(this.#length, Math.max(length, this.#view.length * 2)));
  }
  commit(): void {
    // The buffer is the mapping: stores are already in the page cache.
  }
  flush(): void {
    this.#n.indexFlush(this.#h);
  }
  close(length: number): void {
    this.#n.indexClose(this.#h, length);
  }
  search(entries: number, entrySize: number, keyOffset: number, keyBytes: 4 | 8, target: number): number {
    return this.#n.indexSearch(this.#view, entries, entrySize, keyOffset, keyBytes, target);
  }
}

export class NativeSegmentIO extends FsDirectoryOps implements SegmentIO {
  readonly name = 'native';
  readonly binding: NativeBinding;
  readonly #openFile = (path: string): SegmentFile => new NativeSegmentFile(this.binding, path);

  constructor(binding: NativeBinding, options: BackendOptions = {}) {
    super(options);
    this.binding = binding;
  }
  openSegment(path: string): SegmentFile {
    return new LazySegmentFile(this.handles, path, this.fileSize(path), this.#openFile);
  }
  openIndex(path: string, length: number): IndexFile {
    return new NativeIndexFile(this.binding, path, length, this.fileSize(path) ?? 0);
  }
}
