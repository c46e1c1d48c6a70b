// node:fs backend. Segment reads copy into a fresh Buffer with readSync (no mmap in Node); index
// files are read whole into a Buffer and every committed change is written through with
// writeSync at its offset, so the bytes on disk match what the native (mmap) backend leaves.
// Segment and index descriptors both live in the bounded handle cache (handle-cache.ts).

import * as fs from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { CachedHandle, HandleCache, type OpenHandleStats } from './handle-cache';
import { LazySegmentFile } from './lazy-segment-file';
import { searchIndexJs, type BackendOptions, type IndexFile, type SegmentFile, type SegmentIO } from './segment-io';

class FsSegmentFile implements SegmentFile {
  #fd: number;
  #size: number;

  constructor(path: string) {
    this.#fd = fs.openSync(path, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_APPEND, 0o644);
    this.#size = fs.fstatSync(this.#fd).size;
  }

  size(): number {
    return this.#size;
  }

  append(bufs: readonly Buffer[]): number {
    const start = this.#size;
    let pending = bufs.filter((b) => b.length > 0);
    while (pending.length > 0) {
      // writevSync may write a prefix; account for it and continue with the rest.
      let written = fs.writevSync(this.#fd, pending);
      this.#size += written;
      const rest: Buffer[] = [];
      for (const b of pending) {
        if (written >= b.length) written -= b.length;
        else {
          rest.push(written > 0 ? b.subarray(written) : b);
          written = 0;
        }
      }
      pending = rest;
    }
    return start;
  }

  read(position: number, length: number): Buffer {
    const out = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = fs.readSync(this.#fd, out, done, length - done, position + done);
      if (n === 0) throw Object.assign(new Error(`short read at ${position + done}`), { code: 'EIO' });
      done += n;
    }
    return out;
  }

  flush(): void {
    fs.fdatasyncSync(this.#fd);
  }

  truncate(size: number): void {
    fs.ftruncateSync(this.#fd, size);
    this.#size = size;
  }

  close(): void {
    fs.closeSync(this.#fd);
  }
}

/** Bytes an index buffer starts with; it doubles up to the file's length as entries arrive. */
const INDEX_INITIAL_BYTES = 1024;

/**
 * Node has no mmap, so a fallback index is read into memory once and every committed entry is written through at its
 * offset, leaving the same bytes on disk as the native (mapped) backend. The descriptor for those writes is not kept
 * for the index's lifetime (that would cost two descriptors per partition) nor opened per write (three syscalls per
 * entry, one entry per index.interval.bytes of produce): it lives in the same bounded cache as the segment files, so a
 * hot index keeps it and a cold one gives it back. The buffer starts small and grows as entries arrive, so thousands
 * of mostly empty preallocated indexes do not each hold segment.index.bytes of memory.
 */
class FsIndexFile extends CachedHandle implements IndexFile {
  readonly #path: string;
  readonly #cache: HandleCache;
  readonly #length: number;
  #buffer: Buffer;
  #fd = -1;
  #closed = false;

  constructor(cache: HandleCache, path: string, length: number) {
    super();
    this.#cache = cache;
    this.#path = path;
    this.#length = length;
    const fd = this.#descriptor(fs.constants.O_CREAT);
    try {
      const existing = Math.min(fs.fstatSync(fd).size, length);
      this.#buffer = Buffer.alloc(Math.min(length, Math.max(existing, INDEX_INITIAL_BYTES)));
      let done = 0;
      while (done < existing) {
        const n = fs.readSync(fd, this.#buffer, done, existing - done, done);
        if (n === 0) break;
        done += n;
      }
      fs.ftruncateSync(fd, length);
    } catch (err) {
      this.#closed = true;
      this.#release();
      throw err;
    }
  }

  /** The index's descriptor, reopened (never created again) when the cache had closed it. */
  #descriptor(create = 0): number {
    if (this.#fd >= 0) {
      this.#cache.touch(this);
      return this.#fd;
    }
    if (this.#closed) throw Object.assign(new Error(`index ${this.#path} is closed`), { code: 'ECLOSED' });
    this.#cache.makeRoom();
    this.#fd = fs.openSync(this.#path, fs.constants.O_RDWR | create, 0o644);
    this.#cache.add(this);
    return this.#fd;
  }

  get buffer(): Buffer {
    return this.#buffer;
  }

  reserve(length: number): void {
    if (length <= this.#buffer.length) return;
    const grown = Buffer.alloc(Math.min(this.#length, Math.max(length, this.#buffer.length * 2)));
    this.#buffer.copy(grown);
    this.#buffer = grown;
  }

  commit(position: number, length: number): void {
    fs.writeSync(this.#descriptor(), this.#buffer, position, length, position);
  }

  flush(): void {
    // fdatasync applies to the file: a descriptor reopened after an eviction flushes the writes made before it.
    fs.fdatasyncSync(this.#descriptor());
  }

  close(length: number): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#release();
    fs.truncateSync(this.#path, length);
  }

  evict(): void {
    this.#release();
  }

  #release(): void {
    if (this.#fd < 0) return;
    const fd = this.#fd;
    this.#fd = -1;
    this.#cache.remove(this);
    fs.closeSync(fd);
  }

  search(entries: number, entrySize: number, keyOffset: number, keyBytes: 4 | 8, target: number): number {
    return searchIndexJs(this.#buffer, entries, entrySize, keyOffset, keyBytes, target);
  }
}

/** Directory and checkpoint operations shared by the fs-backed backends. */
export abstract class FsDirectoryOps {
  /** The budgeted descriptors: segment files, the fallback's index files, background fdatasyncs. */
  protected readonly handles: HandleCache;
  #syncQueue: PendingSync[] = [];
  #syncsRunning = 0;

  constructor(options: BackendOptions) {
    this.handles = new HandleCache(options.maxOpenFiles);
  }

  openHandles(): OpenHandleStats {
    return this.handles.stats();
  }

  fileSize(path: string): number | null {
    try {
      return fs.statSync(path).size;
    } catch {
      return null;
    }
  }
  exists(path: string): boolean {
    return fs.existsSync(path);
  }
  isDirectory(path: string): boolean {
    return fs.statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  }
  mkdir(path: string): void {
    fs.mkdirSync(path, { recursive: true });
  }
  readdir(path: string): string[] {
    return fs.readdirSync(path);
  }
  rename(from: string, to: string): void {
    fs.renameSync(from, to);
  }
  syncDir(path: string): void {
    syncDirectory(path);
  }
  unlink(path: string): void {
    fs.rmSync(path, { force: true });
  }
  rmdir(path: string): void {
    fs.rmSync(path, { recursive: true, force: true });
  }
  readFile(path: string): Buffer | null {
    try {
      return fs.readFileSync(path);
    } catch {
      return null;
    }
  }
  writeFileAtomic(path: string, data: Buffer): void {
    const tmp = join(dirname(path), `.${basename(path)}.tmp`);
    const fd = fs.openSync(tmp, 'w', 0o644);
    try {
      fs.writeSync(fd, data, 0, data.length, 0);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path);
    syncDirectory(dirname(path));
  }
  truncateFile(path: string, size: number): void {
    fs.truncateSync(path, size);
  }
  /**
   * Each background fdatasync holds a descriptor of its own until the thread pool gets to it, so at most
   * SYNC_DESCRIPTORS run at once (libuv's pool has four threads: more would only wait there), each counted in the
   * handle budget, and the rest queue here without a descriptor: many partitions rolling together cannot exhaust the
   * open-file limit.
   */
  syncFile(path: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#syncQueue.push({ path, resolve, reject });
      this.#startSyncs();
    });
  }

  #startSyncs(): void {
    while (this.#syncsRunning < SYNC_DESCRIPTORS && this.#syncQueue.length > 0) {
      const job = this.#syncQueue.shift() as PendingSync;
      let fd: number;
      this.handles.openTransient();
      try {
        fd = fs.openSync(job.path, 'r');
      } catch (err) {
        this.handles.closeTransient();
        if ((err as { code?: string }).code === 'ENOENT') job.resolve();
        else job.reject(err);
        continue;
      }
      this.#syncsRunning++;
      fs.fdatasync(fd, (syncErr) => {
        fs.close(fd, () => {
          this.handles.closeTransient();
          this.#syncsRunning--;
          if (syncErr) job.reject(syncErr);
          else job.resolve();
          this.#startSyncs();
        });
      });
    }
  }
}

/** Background fdatasyncs holding a descriptor at once (see syncFile). */
const SYNC_DESCRIPTORS = 4;

interface PendingSync {
  readonly path: string;
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
}

function syncDirectory(dir: string): void {
  let fd = -1;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some filesystems refuse fsync on directories; the rename is still atomic.
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
}

const openFsSegment = (path: string): SegmentFile => new FsSegmentFile(path);

export class FallbackSegmentIO extends FsDirectoryOps implements SegmentIO {
  readonly name = 'fallback';

  constructor(options: BackendOptions = {}) {
    super(options);
  }
  openSegment(path: string): SegmentFile {
    return new LazySegmentFile(this.handles, path, this.fileSize(path), openFsSegment);
  }
  openIndex(path: string, length: number): IndexFile {
    return new FsIndexFile(this.handles, path, length);
  }
}
