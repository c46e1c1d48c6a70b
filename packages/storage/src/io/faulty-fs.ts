// Fault injection over another backend, for tests: fail the next append, fsync or file open with an
// errno (ENOSPC, EIO, EMFILE), land only a prefix of the next append (a short write that then fails), keep the
// disk "full" until freed, and crash(): every segment byte not yet fsynced is dropped and every
// open handle dies, as after a power cut. Index files are treated as durable (their content is
// checked and rebuilt by recovery anyway). A 'flush' fault fails the next fsync, whether it is a
// segment flush or the background syncFile of a rolled segment. crashAfter(n) cuts the power right
// after the n-th change to the files (an append, truncation, flush, rename, removal or atomic
// write), so a test can stop a multi-step operation at each of its steps; renames are durable at
// once, as on a journaling filesystem that keeps their order.

import type { OpenHandleStats } from './handle-cache';
import type { IndexFile, SegmentFile, SegmentIO } from './segment-io';

export type FaultOp = 'append' | 'flush' | 'checkpoint' | 'open';

/** The error every operation throws once crashAfter's power cut happened. */
export class PowerCutError extends Error {
  readonly code = 'EIO';
  constructor(what: string) {
    super(`EIO: power cut (injected) at ${what}`);
    this.name = 'PowerCutError';
  }
}

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
    const at = this.#inner.append(bufs);
    this.#fs.step(`append to ${this.path}`);
    return at;
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
    this.#fs.step(`fsync of ${this.path}`);
  }
  truncate(size: number): void {
    this.#alive();
    this.#fs.invalidateSyncs();
    this.#inner.truncate(size);
    const d = this.#fs.durable.get(this.path) ?? 0;
    if (d > size) this.#fs.durable.set(this.path, size);
    this.#fs.step(`truncation of ${this.path}`);
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
  /** Changes left before crashAfter's power cut (null: none planned), and whether it happened. */
  #stepsLeft: number | null = null;
  #powerCut = false;
  /** Changes made to the files so far (what crashAfter counts). */
  steps = 0;

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

  /**
   * Cuts the power right after the n-th change to the files from now on: crash() runs, and that operation and every
   * later one until revive() throw PowerCutError, as the process would have died there.
   */
  crashAfter(n: number): void {
    this.#stepsLeft = n;
  }

  /** Counts one change to the files; the one crashAfter planned cuts the power after it lands. */
  step(what: string): void {
    if (this.#powerCut) throw new PowerCutError(what);
    this.steps++;
    if (this.#stepsLeft === null) return;
    if (--this.#stepsLeft > 0) return;
    this.#stepsLeft = null;
    this.crash();
    this.#powerCut = true;
    throw new PowerCutError(what);
  }

  /** The machine is back up after crashAfter's power cut: the files may be opened again. */
  revive(): void {
    this.#powerCut = false;
    this.#stepsLeft = null;
  }

  #check(what: string): void {
    if (this.#powerCut) throw new PowerCutError(what);
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

  openHandles(): OpenHandleStats {
    return this.inner.openHandles();
  }
  openSegment(path: string): SegmentFile {
    this.#check(`open of ${path}`);
    const fault = this.takeFault('open');
    if (fault) throw errnoError(fault.errno, `open of ${path}`);
    const inner = this.inner.openSegment(path);
    if (!this.durable.has(path)) this.durable.set(path, inner.size());
    const f = new FaultySegmentFile(this, path, inner);
    this.#open.add(f);
    return f;
  }
  openIndex(path: string, length: number): IndexFile {
    this.#check(`open of ${path}`);
    const fault = this.takeFault('open');
    if (fault) throw errnoError(fault.errno, `open of ${path}`);
    const file = this.inner.openIndex(path, length);
    const entry = { file, length, closed: false };
    this.#indexes.add(entry);
    return {
      // An index's buffer is replaced as it grows: always hand out the current one.
      get buffer() {
        return file.buffer;
      },
      reserve: (l: number) => file.reserve(l),
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
  isDirectory(path: string): boolean {
    return this.inner.isDirectory(path);
  }
  mkdir(path: string): void {
    this.inner.mkdir(path);
  }
  readdir(path: string): string[] {
    return this.inner.readdir(path);
  }
  rename(from: string, to: string): void {
    this.#check(`rename of ${from}`);
    this.inner.rename(from, to);
    for (const [p, s] of [...this.durable]) {
      if (p === from || p.startsWith(`${from}/`)) {
        this.durable.delete(p);
        this.durable.set(to + p.slice(from.length), s);
      }
    }
    this.step(`rename of ${from}`);
  }
  syncDir(path: string): void {
    this.#check(`fsync of ${path}`);
    this.inner.syncDir(path);
  }
  unlink(path: string): void {
    this.#check(`removal of ${path}`);
    this.inner.unlink(path);
    this.durable.delete(path);
    this.step(`removal of ${path}`);
  }
  rmdir(path: string): void {
    this.inner.rmdir(path);
    for (const p of [...this.durable.keys()]) if (p.startsWith(`${path}/`)) this.durable.delete(p);
  }
  readFile(path: string): Buffer | null {
    return this.inner.readFile(path);
  }
  writeFileAtomic(path: string, data: Buffer): void {
    this.#check(`write of ${path}`);
    const fault = this.takeFault('checkpoint');
    if (fault) throw errnoError(fault.errno, `write of ${path}`);
    this.inner.writeFileAtomic(path, data);
    this.step(`write of ${path}`);
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
