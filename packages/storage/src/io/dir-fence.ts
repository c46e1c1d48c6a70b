// A SegmentIO that makes every operation on a path under a fenced directory fail with an errno, as a disk that
// failed, went read-only or vanished does: the broker wraps its backend in one so a log dir can be failed at run time
// (the control API's failLogDir), and the I/O errors that follow take the dir offline through the same path a real
// failure takes. With nothing fenced every call goes straight through after one size check; the name is the inner
// backend's, as nothing else changes.

import type { OpenHandleStats } from './handle-cache';
import type { IndexFile, SegmentFile, SegmentIO } from './segment-io';

interface Fenced {
  /** `dir` and a trailing separator: paths under it fail. */
  readonly prefix: string;
  readonly dir: string;
  readonly errno: string;
  /** Directories under `dir` that stay usable (another broker identity's replicas in the same log dir). */
  readonly except: readonly string[];
}

const errnoError = (code: string, what: string): Error =>
  Object.assign(new Error(`${code}: log dir failed (injected) at ${what}`), { code });

class FencedSegmentFile implements SegmentFile {
  readonly #fence: LogDirFence;
  readonly #path: string;
  readonly #inner: SegmentFile;
  constructor(fence: LogDirFence, path: string, inner: SegmentFile) {
    this.#fence = fence;
    this.#path = path;
    this.#inner = inner;
  }
  size(): number {
    return this.#inner.size();
  }
  append(bufs: readonly Buffer[]): number {
    this.#fence.check(this.#path, 'append to');
    return this.#inner.append(bufs);
  }
  read(position: number, length: number): Buffer {
    this.#fence.check(this.#path, 'read of');
    return this.#inner.read(position, length);
  }
  flush(): void {
    this.#fence.check(this.#path, 'fsync of');
    this.#inner.flush();
  }
  truncate(size: number): void {
    this.#fence.check(this.#path, 'truncation of');
    this.#inner.truncate(size);
  }
  close(): void {
    this.#inner.close();
  }
}

class FencedIndexFile implements IndexFile {
  readonly #fence: LogDirFence;
  readonly #path: string;
  readonly #inner: IndexFile;
  constructor(fence: LogDirFence, path: string, inner: IndexFile) {
    this.#fence = fence;
    this.#path = path;
    this.#inner = inner;
  }
  get buffer(): Buffer {
    return this.#inner.buffer;
  }
  reserve(length: number): void {
    this.#inner.reserve(length);
  }
  commit(position: number, length: number): void {
    this.#fence.check(this.#path, 'index write of');
    this.#inner.commit(position, length);
  }
  flush(): void {
    this.#fence.check(this.#path, 'fsync of');
    this.#inner.flush();
  }
  close(length: number): void {
    this.#inner.close(length);
  }
  search(entries: number, entrySize: number, keyOffset: number, keyBytes: 4 | 8, target: number): number {
    return this.#inner.search(entries, entrySize, keyOffset, keyBytes, target);
  }
}

export class LogDirFence implements SegmentIO {
  readonly inner: SegmentIO;
  readonly #fenced: Fenced[] = [];

  constructor(inner: SegmentIO) {
    this.inner = inner;
  }

  get name(): string {
    return this.inner.name;
  }

  /** Every later operation on a path under `dir` (but not under `except`) fails with `errno`. */
  fail(dir: string, errno = 'EIO', except: readonly string[] = []): void {
    if (this.#fenced.some((f) => f.dir === dir)) return;
    this.#fenced.push({
      dir,
      prefix: dir.endsWith('/') ? dir : `${dir}/`,
      errno,
      except: except.map((e) => (e.endsWith('/') ? e : `${e}/`)),
    });
  }

  /** Whether `dir` is fenced. */
  isFailed(dir: string): boolean {
    return this.#fenced.some((f) => f.dir === dir);
  }

  /** Throws the fenced dir's errno when `path` is under one. */
  check(path: string, what: string): void {
    if (this.#fenced.length === 0) return;
    for (const f of this.#fenced) {
      if (path !== f.dir && !path.startsWith(f.prefix)) continue;
      if (f.except.some((e) => path.startsWith(e) || `${path}/` === e)) continue;
      throw errnoError(f.errno, `${what} ${path}`);
    }
  }

  openHandles(): OpenHandleStats {
    return this.inner.openHandles();
  }
  openSegment(path: string): SegmentFile {
    this.check(path, 'open of');
    return new FencedSegmentFile(this, path, this.inner.openSegment(path));
  }
  openIndex(path: string, length: number): IndexFile {
    this.check(path, 'open of');
    return new FencedIndexFile(this, path, this.inner.openIndex(path, length));
  }
  fileSize(path: string): number | null {
    this.check(path, 'stat of');
    return this.inner.fileSize(path);
  }
  exists(path: string): boolean {
    this.check(path, 'stat of');
    return this.inner.exists(path);
  }
  isDirectory(path: string): boolean {
    this.check(path, 'stat of');
    return this.inner.isDirectory(path);
  }
  mkdir(path: string): void {
    this.check(path, 'mkdir of');
    this.inner.mkdir(path);
  }
  readdir(path: string): string[] {
    this.check(path, 'listing of');
    return this.inner.readdir(path);
  }
  rename(from: string, to: string): void {
    this.check(from, 'rename of');
    this.check(to, 'rename to');
    this.inner.rename(from, to);
  }
  syncDir(path: string): void {
    this.check(path, 'fsync of');
    this.inner.syncDir(path);
  }
  unlink(path: string): void {
    this.check(path, 'unlink of');
    this.inner.unlink(path);
  }
  rmdir(path: string): void {
    this.check(path, 'removal of');
    this.inner.rmdir(path);
  }
  readFile(path: string): Buffer | null {
    this.check(path, 'read of');
    return this.inner.readFile(path);
  }
  writeFileAtomic(path: string, data: Buffer): void {
    this.check(path, 'write of');
    this.inner.writeFileAtomic(path, data);
  }
  truncateFile(path: string, size: number): void {
    this.check(path, 'truncation of');
    this.inner.truncateFile(path, size);
  }
  syncFile(path: string): Promise<void> {
    try {
      this.check(path, 'fsync of');
    } catch (err) {
      return Promise.reject(err);
    }
    return this.inner.syncFile(path);
  }
}
