// Everything in memory (`--storage memory`: throwaway brokers, tests). Files are growable Buffers
// keyed by path; reads are subarray views. Growth allocates a new Buffer, so earlier views keep
// the bytes they saw. Nothing survives the process.

import { dirname } from 'node:path';
import { searchIndexJs, type IndexFile, type SegmentFile, type SegmentIO } from './segment-io';

interface MemNode {
  data: Buffer;
  size: number;
}

const enoent = (path: string): Error => Object.assign(new Error(`ENOENT: no such file or directory, '${path}'`), { code: 'ENOENT' });

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
    let total = 0;
    for (const b of bufs) total += b.length;
    if (start + total > n.data.length) {
      const grown = Buffer.allocUnsafe(Math.max(start + total, n.data.length * 2, 4096));
      n.data.copy(grown, 0, 0, start);
      n.data = grown;
    }
    let pos = start;
    for (const b of bufs) pos += b.copy(n.data, pos);
    n.size = pos;
    return start;
  }
  read(position: number, length: number): Buffer {
    if (position + length > this.#node.size) throw Object.assign(new Error(`read past end at ${position}`), { code: 'EIO' });
    return this.#node.data.subarray(position, position + length);
  }
  flush(): void {}
  truncate(size: number): void {
    const n = this.#node;
    if (size > n.size) {
      // Extending a file fills with zeros, as ftruncate does.
      this.append([Buffer.alloc(size - n.size)]);
    } else {
      // Detach so views of the dropped tail are never overwritten by later appends.
      const fresh = Buffer.allocUnsafe(Math.max(size, 4096));
      n.data.copy(fresh, 0, 0, size);
      n.data = fresh;
      n.size = size;
    }
  }
  close(): void {}
}

class MemIndexFile implements IndexFile {
  readonly buffer: Buffer;
  #node: MemNode;
  constructor(node: MemNode, length: number) {
    this.#node = node;
    this.buffer = Buffer.alloc(length);
    node.data.copy(this.buffer, 0, 0, Math.min(node.size, length));
    node.data = this.buffer;
    node.size = length;
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
  #files = new Map<string, MemNode>();
  #dirs = new Set<string>();

  #node(path: string): MemNode {
    let n = this.#files.get(path);
    if (!n) {
      if (!this.#dirs.has(dirname(path))) throw enoent(path);
      n = { data: Buffer.alloc(0), size: 0 };
      this.#files.set(path, n);
    }
    return n;
  }
  openSegment(path: string): SegmentFile {
    return new MemSegmentFile(this.#node(path));
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
  mkdir(path: string): void {
    for (let p = path; !this.#dirs.has(p) && p !== dirname(p); p = dirname(p)) this.#dirs.add(p);
  }
  readdir(path: string): string[] {
    if (!this.#dirs.has(path)) throw enoent(path);
    const out = new Set<string>();
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const p of [...this.#files.keys(), ...this.#dirs]) {
      if (p.startsWith(prefix)) out.add(p.slice(prefix.length).split('/')[0]);
    }
    return [...out];
  }
  rename(from: string, to: string): void {
    const file = this.#files.get(from);
    if (file) {
      this.#files.delete(from);
      this.#files.set(to, file);
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
  }
  unlink(path: string): void {
    this.#files.delete(path);
  }
  rmdir(path: string): void {
    const prefix = `${path}/`;
    for (const p of [...this.#files.keys()]) if (p.startsWith(prefix)) this.#files.delete(p);
    for (const d of [...this.#dirs]) if (d === path || d.startsWith(prefix)) this.#dirs.delete(d);
  }
  readFile(path: string): Buffer | null {
    const n = this.#files.get(path);
    return n ? Buffer.from(n.data.subarray(0, n.size)) : null;
  }
  writeFileAtomic(path: string, data: Buffer): void {
    const n = this.#node(path);
    n.data = Buffer.from(data);
    n.size = data.length;
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
