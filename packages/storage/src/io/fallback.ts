// node:fs backend. Segment reads copy into a fresh Buffer with readSync (no mmap in Node); index
// files are read whole into a Buffer and every committed change is written through with
// writeSync at its offset, so the bytes on disk match what the native (mmap) backend leaves.

import * as fs from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { searchIndexJs, type IndexFile, type SegmentFile, type SegmentIO } from './segment-io';

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

class FsIndexFile implements IndexFile {
  readonly buffer: Buffer;
  #fd: number;

  constructor(path: string, length: number) {
    this.#fd = fs.openSync(path, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
    this.buffer = Buffer.alloc(length);
    const existing = Math.min(fs.fstatSync(this.#fd).size, length);
    let done = 0;
    while (done < existing) {
      const n = fs.readSync(this.#fd, this.buffer, done, existing - done, done);
      if (n === 0) break;
      done += n;
    }
    fs.ftruncateSync(this.#fd, length);
  }

  commit(position: number, length: number): void {
    fs.writeSync(this.#fd, this.buffer, position, length, position);
  }

  flush(): void {
    fs.fdatasyncSync(this.#fd);
  }

  close(length: number): void {
    fs.ftruncateSync(this.#fd, length);
    fs.closeSync(this.#fd);
  }

  search(entries: number, entrySize: number, keyOffset: number, keyBytes: 4 | 8, target: number): number {
    return searchIndexJs(this.buffer, entries, entrySize, keyOffset, keyBytes, target);
  }
}

/** Directory and checkpoint operations shared by the fs-backed backends. */
export abstract class FsDirectoryOps {
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
  mkdir(path: string): void {
    fs.mkdirSync(path, { recursive: true });
  }
  readdir(path: string): string[] {
    return fs.readdirSync(path);
  }
  rename(from: string, to: string): void {
    fs.renameSync(from, to);
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
  syncFile(path: string): Promise<void> {
    // Opened here so the fdatasync is queued to the thread pool at once, not after an event-loop turn.
    let fd: number;
    try {
      fd = fs.openSync(path, 'r');
    } catch (err) {
      return (err as { code?: string }).code === 'ENOENT' ? Promise.resolve() : Promise.reject(err);
    }
    return new Promise((resolve, reject) => {
      fs.fdatasync(fd, (syncErr) => {
        fs.close(fd, () => (syncErr ? reject(syncErr) : resolve()));
      });
    });
  }
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

export class FallbackSegmentIO extends FsDirectoryOps implements SegmentIO {
  readonly name = 'fallback';
  openSegment(path: string): SegmentFile {
    return new FsSegmentFile(path);
  }
  openIndex(path: string, length: number): IndexFile {
    return new FsIndexFile(path, length);
  }
}
