// Everything in memory (`--storage memory`: throwaway brokers, tests). Files are growable Buffers
// keyed by path; reads are subarray views. Growth allocates a new Buffer, so earlier views keep
// the bytes they saw. Nothing survives the process. Segment files go through the same bounded
// handle cache as on disk (an open memory file costs no descriptor, but the budget behaves alike).

import { basename, dirname } from 'node:path';
import { HandleCache, type OpenHandleStats } from './handle-cache';
import { LazySegmentFile } from './lazy-segment-file';
import { searchIndexJs, type BackendOptions, type IndexFile, type SegmentFile, type SegmentIO } from './segment-io';

interface MemNode {
  /** The file's bytes up to `size`, once `flatten` has joined `blocks` into it. */
  data: Buffer;
  size: number;
  /**
   * Appended segment bytes as fixed blocks that never move (null until the first append). Doubling one Buffer
   * copied the whole segment on every growth (a 512 MB copy on the way to 1 GB) and made memory storage slower
   * than disk; blocks cost one copy per appended byte.
   */
  blocks: Buffer[] | null;
  /** Position of the first byte of each block. */
  starts: number[];
}

/**
 * Appends go into blocks that double from 64 KiB to 8 MiB; a batch larger than the free space starts a new block.
 * Starting small keeps thousands of lightly written partitions from reserving 8 MiB each, which V8 counts as external
 * memory and answers with constant garbage collection.
 */
const MIN_BLOCK_BYTES = 64 << 10;
const MAX_BLOCK_BYTES = 8 << 20;

/**
 * A batch of at least this many bytes that fills most of the memory it lives in (a request frame read for it, as a
 * produce of large batches delivers) becomes a block as it is, without a copy: copying it meant writing every byte
 * once more into freshly faulted pages, the largest cost of producing to memory storage. A smaller batch, or a view
 * of a much larger buffer (keeping it would pin the rest), is copied.
 */
const ADOPT_MIN_BYTES = 256 << 10;

function adoptable(b: Buffer): boolean {
  return b.length >= ADOPT_MIN_BYTES && b.length * 2 >= b.buffer.byteLength;
}

function nextBlockBytes(blocksSoFar: number, needed: number): number {
  return Math.max(needed, Math.min(MAX_BLOCK_BYTES, MIN_BLOCK_BYTES * 2 ** blocksSoFar));
}

const enoent = (path: string): Error =>
  Object.assign(new Error(`ENOENT: no such file or directory, '${path}'`), { code: 'ENOENT' });

/** Bytes in use in block `k` (a block is left with spare room when the next append does not fit). */
function blockBytes(n: MemNode, k: number): number {
  return (k + 1 < n.starts.length ? (n.starts[k + 1] as number) : n.size) - (n.starts[k] as number);
}

/** Joins a node's blocks into `data` (for index files, readFile and truncation, which want one Buffer). */
function flatten(n: MemNode): Buffer {
  if (n.blocks !== null) {
    const joined = Buffer.allocUnsafe(Math.max(n.size, 4096));
    n.blocks.forEach((b, k) => b.copy(joined, n.starts[k], 0, blockBytes(n, k)));
    n.data = joined;
    n.blocks = null;
    n.starts = [];
  }
  return n.data;
}

class MemSegmentFile implements SegmentFile {
  #node: MemNode;
  constructor(node: MemNode) {
    this.#node = node;
  }
  size(): number {
    return this.#node.size;
  }
  append(bufs: readonly Buffer[]): number {
    const n = this.#node;
    const start = n.size;
    if (n.blocks === null) {
      // The existing bytes become the first block (no copy); its spare capacity stays usable.
      n.blocks = [n.data];
      n.starts = [0];
    }
    for (const b of bufs) {
      if (adoptable(b)) this.#adopt(n, b);
      else this.#copy(n, b);
    }
    return start;
  }
  /** Keeps `b` itself as the next block (its bytes never change after append: see the contract in segment-io.ts). */
  #adopt(n: MemNode, b: Buffer): void {
    const blocks = n.blocks as Buffer[];
    const last = blocks.length - 1;
    if (n.size > (n.starts[last] as number)) {
      blocks.push(b);
      n.starts.push(n.size);
    } else {
      blocks[last] = b;
    }
    n.size += b.length;
  }
  #copy(n: MemNode, b: Buffer): void {
    const blocks = n.blocks as Buffer[];
    const start = n.size;
    let last = blocks.length - 1;
    let base = n.starts[last] as number;
    if (start + b.length > base + (blocks[last] as Buffer).length) {
      if (start > base) {
        blocks.push(Buffer.allocUnsafe(nextBlockBytes(blocks.length, b.length)));
        n.starts.push(start);
        last++;
        base = start;
      } else {
        // The last block holds nothing yet: replace it.
        blocks[last] = Buffer.allocUnsafe(nextBlockBytes(last, b.length));
      }
    }
    b.copy(blocks[last] as Buffer, start - base);
    n.size = start + b.length;
  }
  read(position: number, length: number): Buffer {
    const n = this.#node;
    if (position + length > n.size) throw Object.assign(new Error(`read past end at ${position}`), { code: 'EIO' });
    if (n.blocks === null) return n.data.subarray(position, position + length);
    const starts = n.starts;
    let i = starts.length - 1;
    while (i > 0 && (starts[i] as number) > position) i--;
    const block = n.blocks[i] as Buffer;
    const from = position - (starts[i] as number);
    if (from + length <= blockBytes(n, i)) return block.subarray(from, from + length);
    // A range across blocks is copied once; later appends never touch the bytes it came from.
    const out = Buffer.allocUnsafe(length);
    let at = 0;
    for (let k = i; at < length; k++) {
      const off = k === i ? from : 0;
      at += (n.blocks[k] as Buffer).copy(out, at, off, Math.min(blockBytes(n, k), off + length - at));
    }
    return out;
  }
  flush(): void {}
  truncate(size: number): void {
    const n = this.#node;
    if (size > n.size) {
      // Extending a file fills with zeros, as ftruncate does.
      this.append([Buffer.alloc(size - n.size)]);
    } else {
      // Detach so views of the dropped tail are never overwritten by later appends.
      const data = flatten(n);
      const fresh = Buffer.allocUnsafe(Math.max(size, 4096));
      data.copy(fresh, 0, 0, size);
      n.data = fresh;
      n.size = size;
    }
  }
  close(): void {}
}

/**
 * Bytes a memory index starts with. It grows by doubling up to its file length as entries arrive: allocating the
 * whole `segment.index.bytes` for every partition makes V8 count gigabytes of external memory for thousands of
 * mostly empty indexes, and collect garbage all the time.
 */
const INDEX_INITIAL_BYTES = 1024;

class MemIndexFile implements IndexFile {
  #buffer: Buffer;
  readonly #length: number;
  #node: MemNode;
  constructor(node: MemNode, length: number) {
    this.#node = node;
    this.#length = length;
    const kept = Math.min(node.size, length);
    this.#buffer = Buffer.alloc(Math.min(length, Math.max(kept, INDEX_INITIAL_BYTES)));
    flatten(node).copy(this.#buffer, 0, 0, kept);
    node.data = this.#buffer;
    node.size = length;
  }
  get buffer(): Buffer {
    return this.#buffer;
  }
  reserve(length: number): void {
    if (length <= this.#buffer.length) return;
    const grown = Buffer.alloc(Math.min(this.#length, Math.max(length, this.#buffer.length * 2)));
    this.#buffer.copy(grown);
    this.#buffer = grown;
    this.#node.data = grown;
  }
  commit(): void {}
  flush(): void {}
  close(length: number): void {
    this.#node.data = Buffer.from(this.buffer.subarray(0, length));
    this.#node.size = length;
  }
  search(entries: number, entrySize: number, keyOffset: number, keyBytes: 4 | 8, target: number): number {
    return searchIndexJs(this.buffer, entries, entrySize, keyOffset, keyBytes, target);
  }
}

export class MemorySegmentIO implements SegmentIO {
  readonly name = 'memory';
  readonly #handles: HandleCache;
  readonly #openFile = (path: string): SegmentFile => new MemSegmentFile(this.#node(path));

  constructor(options: BackendOptions = {}) {
    this.#handles = new HandleCache(options.maxOpenFiles);
  }
  openHandles(): OpenHandleStats {
    return this.#handles.stats();
  }
  #files = new Map<string, MemNode>();
  #dirs = new Set<string>();
  /** Directory → the names of its files and subdirectories, so a listing costs its own entries, not the tree's. */
  #children = new Map<string, Set<string>>();

  #link(path: string): void {
    const parent = dirname(path);
    let names = this.#children.get(parent);
    if (!names) this.#children.set(parent, (names = new Set()));
    names.add(basename(path));
  }
  #unlink(path: string): void {
    this.#children.get(dirname(path))?.delete(basename(path));
  }

  #node(path: string): MemNode {
    let n = this.#files.get(path);
    if (!n) {
      if (!this.#dirs.has(dirname(path))) throw enoent(path);
      n = { data: Buffer.alloc(0), size: 0, blocks: null, starts: [] };
      this.#files.set(path, n);
      this.#link(path);
    }
    return n;
  }
  openSegment(path: string): SegmentFile {
    return new LazySegmentFile(this.#handles, path, this.fileSize(path), this.#openFile);
  }
  openIndex(path: string, length: number): IndexFile {
    return new MemIndexFile(this.#node(path), length);
  }
  fileSize(path: string): number | null {
    return this.#files.get(path)?.size ?? null;
  }
  exists(path: string): boolean {
    return this.#files.has(path) || this.#dirs.has(path);
  }
  isDirectory(path: string): boolean {
    return this.#dirs.has(path);
  }
  mkdir(path: string): void {
    for (let p = path; !this.#dirs.has(p) && p !== dirname(p); p = dirname(p)) {
      this.#dirs.add(p);
      this.#link(p);
    }
  }
  readdir(path: string): string[] {
    if (!this.#dirs.has(path)) throw enoent(path);
    return [...(this.#children.get(path) ?? [])];
  }
  rename(from: string, to: string): void {
    const file = this.#files.get(from);
    if (file) {
      this.#files.delete(from);
      this.#files.set(to, file);
      this.#unlink(from);
      this.#link(to);
      return;
    }
    if (!this.#dirs.has(from)) throw enoent(from);
    const prefix = `${from}/`;
    for (const [p, n] of [...this.#files]) {
      if (p.startsWith(prefix)) {
        this.#files.delete(p);
        this.#files.set(to + p.slice(from.length), n);
      }
    }
    for (const d of [...this.#dirs]) {
      if (d === from || d.startsWith(prefix)) {
        this.#dirs.delete(d);
        this.#dirs.add(to + d.slice(from.length));
      }
    }
    for (const [d, names] of [...this.#children]) {
      if (d === from || d.startsWith(prefix)) {
        this.#children.delete(d);
        this.#children.set(to + d.slice(from.length), names);
      }
    }
    this.#unlink(from);
    this.#link(to);
  }
  syncDir(): void {}
  unlink(path: string): void {
    if (this.#files.delete(path)) this.#unlink(path);
  }
  rmdir(path: string): void {
    const prefix = `${path}/`;
    for (const p of [...this.#files.keys()]) if (p.startsWith(prefix)) this.#files.delete(p);
    for (const d of [...this.#dirs]) if (d === path || d.startsWith(prefix)) this.#dirs.delete(d);
    for (const d of [...this.#children.keys()]) if (d === path || d.startsWith(prefix)) this.#children.delete(d);
    this.#unlink(path);
  }
  readFile(path: string): Buffer | null {
    const n = this.#files.get(path);
    if (!n) return null;
    const data = flatten(n);
    if (data.length >= n.size) return Buffer.from(data.subarray(0, n.size));
    // An open index is allocated as it fills: the rest of its length reads as zeros, as a preallocated file does.
    const whole = Buffer.alloc(n.size);
    data.copy(whole);
    return whole;
  }
  writeFileAtomic(path: string, data: Buffer): void {
    const n = this.#node(path);
    n.data = Buffer.from(data);
    n.size = data.length;
    n.blocks = null;
  }
  truncateFile(path: string, size: number): void {
    const n = this.#files.get(path);
    if (!n) throw enoent(path);
    new MemSegmentFile(n).truncate(size);
  }
  syncFile(): Promise<void> {
    return Promise.resolve();
  }
}
