// Fault injection over another backend, for tests: fail the next append or fsync with an errno
// (ENOSPC, EIO), land only a prefix of the next append (a short write that then fails), keep the
// disk "full" until freed, and crash(): every segment byte not yet fsynced is dropped and every
// open handle dies, as after a power cut. Index files are treated as durable (their content is
// checked and rebuilt by recovery anyway). A 'flush' fault fails the next fsync, whether it is a
// segment flush or the background syncFile of a rolled segment.

import type { IndexFile, SegmentFile, SegmentIO } from './segment-io';

export type FaultOp = 'append' | 'flush' | 'checkpoint';

const errnoError = (code: string, what: string): Error =>
  Object.assign(new Error(`${code}: injected fault on ${what}`), { code });

class FaultySegmentFile implements SegmentFile {
  #fs: FaultyFs;
  #inner: SegmentFile;
  readonly path: string;
  dead = false;

  constructor(fs: FaultyFs, path: string, inner: SegmentFile) {
    this.#fs = fs;
    this.path = path;
    this.#inner = inner;
  }
  #alive(): void {
    if (this.dead) throw errnoError('EIO', `${this.path} after crash`);
  }
  size(): number {
    this.#alive();
    return this.#inner.size();
  }
  append(bufs: readonly Buffer[]): number {
    this.#alive();
    const fault = this.#fs.takeFault('append');
    if (fault) {
      if (fault.landBytes > 0) {
        const prefix: Buffer[] = [];
        let left = fault.landBytes;
        for (const b of bufs) {
          if (left <= 0) break;
          prefix.push(b.subarray(0, Math.min(left, b.length)));
          left -= b.length;
        }
        this.#inner.append(prefix);
      }
      throw errnoError(fault.errno, `append to ${this.path}`);
    }
    return this.#inner.append(bufs);
  }
  read(position: number, length: number): Buffer {
    this.#alive();
    return this.#inner.read(position, length);
  }
  flush(): void {
    this.#alive();
    const fault = this.#fs.takeFault('flush');
    if (fault) throw errnoError(fault.errno, `fsync of ${this.path}`);
    this.#inner.flush();
    this.#fs.durable.set(this.path, this.#inner.size());
  }
  truncate(size: number): void {
    this.#alive();
    this.#fs.invalidateSyncs();
    this.#inner.truncate(size);
    const d = this.#fs.durable.get(this.path) ?? 0;
    if (d > size) this.#fs.durable.set(this.path, size);
  }
  close(): void {
    if (this.dead) return;
    this.dead = true;
    this.#inner.close();
  }
  kill(): void {
    if (!this.dead) this.close();
  }
}

interface PendingFault {
  op: FaultOp;
  errno: string;
  landBytes: number;
  /** Remaining uses; Infinity while the disk is "full". */
  times: number;
}

export class FaultyFs implements SegmentIO {
  readonly name: string;
  readonly inner: SegmentIO;
  /** Durable (fsynced) size of each segment file this wrapper has seen. */
  readonly durable = new Map<string, number>();
  #open = new Set<FaultySegmentFile>();
  #indexes = new Set<{ file: IndexFile; length: number; closed: boolean }>();
  #faults: PendingFault[] = [];
  /** Bumped by crashes and truncations: a background sync started before one proves nothing. */
  #syncEpoch = 0;

  constructor(inner: SegmentIO) {
    this.inner = inner;
    this.name = `faulty(${inner.name})`;
  }

  /** Fails the next `op` with `errno`. */
  failNext(op: FaultOp, errno = 'EIO', times = 1): void {
    this.#faults.push({ op, errno, landBytes: 0, times });
  }
  /** The next append writes only `bytes` bytes, then fails with `errno`. */
  shortWriteNext(bytes: number, errno = 'ENOSPC'): void {
    this.#faults.push({ op: 'append', errno, landBytes: bytes, times: 1 });
  }
  /** Every append and checkpoint fails with ENOSPC until diskFreed(). */
  diskFull(): void {
    this.#faults.push({ op: 'append', errno: 'ENOSPC', landBytes: 0, times: Infinity });
    this.#faults.push({ op: 'checkpoint', errno: 'ENOSPC', landBytes: 0, times: Infinity });
  }
  diskFreed(): void {
    this.#faults = this.#faults.filter((f) => f.times !== Infinity);
  }

  invalidateSyncs(): void {
    this.#syncEpoch++;
  }

  takeFault(op: FaultOp): PendingFault | null {
    const i = this.#faults.findIndex((f) => f.op === op);
    if (i < 0) return null;
    const f = this.#faults[i];
    if (--f.times <= 0) this.#faults.splice(i, 1);
    return f;
  }

  /** Power cut: drops unflushed segment bytes and kills every open handle. Reopen with a new LogManager. */
  crash(): void {
    this.#syncEpoch++;
    for (const f of this.#open) f.kill();
    this.#open.clear();
    for (const ix of this.#indexes) {
      if (!ix.closed) {
        // The mapping dies with the process; what reached the page cache stays, at full length.
        ix.file.close(ix.length);
        ix.closed = true;
      }
    }
    this.#indexes.clear();
    for (const [path, size] of this.durable) {
      const now = this.inner.fileSize(path);
      if (now !== null && now > size) this.inner.truncateFile(path, size);
    }
    this.#faults = [];
  }

  openSegment(path: string): SegmentFile {
    const inner = this.inner.openSegment(path);
    if (!this.durable.has(path)) this.durable.set(path, inner.size());
    const f = new FaultySegmentFile(this, path, inner);
    this.#open.add(f);
    return f;
  }
  openIndex(path: string, length: number): IndexFile {
    const file = this.inner.openIndex(path, length);
    const entry = { file, length, closed: false };
    this.#indexes.add(entry);
    return {
      // A memory index reallocates its buffer as it grows: always hand out the current one.
      get buffer() {
        return file.buffer;
      },
      ...(file.reserve ? { reserve: (l: number) => file.reserve?.(l) } : {}),
      commit: (p, l) => file.commit(p, l),
      flush: () => file.flush(),
      close: (l) => {
        if (entry.closed) return;
        entry.closed = true;
        this.#indexes.delete(entry);
        file.close(l);
      },
      search: (e, s, k, b, t) => file.search(e, s, k, b, t),
    };
  }
  fileSize(path: string): number | null {
    return this.inner.fileSize(path);
  }
  exists(path: string): boolean {
    return this.inner.exists(path);
  }
  mkdir(path: string): void {
    this.inner.mkdir(path);
  }
  readdir(path: string): string[] {
    return this.inner.readdir(path);
  }
  rename(from: string, to: string): void {
    this.inner.rename(from, to);
    for (const [p, s] of [...this.durable]) {
      if (p === from || p.startsWith(`${from}/`)) {
        this.durable.delete(p);
        this.durable.set(to + p.slice(from.length), s);
      }
    }
  }
  unlink(path: string): void {
    this.inner.unlink(path);
    this.durable.delete(path);
  }
  rmdir(path: string): void {
    this.inner.rmdir(path);
    for (const p of [...this.durable.keys()]) if (p.startsWith(`${path}/`)) this.durable.delete(p);
  }
  readFile(path: string): Buffer | null {
    return this.inner.readFile(path);
  }
  writeFileAtomic(path: string, data: Buffer): void {
    const fault = this.takeFault('checkpoint');
    if (fault) throw errnoError(fault.errno, `write of ${path}`);
    this.inner.writeFileAtomic(path, data);
  }
  async syncFile(path: string): Promise<void> {
    const fault = this.takeFault('flush');
    if (fault) throw errnoError(fault.errno, `fsync of ${path}`);
    const epoch = this.#syncEpoch;
    const size = this.inner.fileSize(path);
    await this.inner.syncFile(path);
    const known = this.durable.get(path);
    if (epoch === this.#syncEpoch && size !== null && known !== undefined && size > known) this.durable.set(path, size);
  }
  truncateFile(path: string, size: number): void {
    this.#syncEpoch++;
    this.inner.truncateFile(path, size);
    const d = this.durable.get(path);
    if (d !== undefined && d > size) this.durable.set(path, size);
  }
}
