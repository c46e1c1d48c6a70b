import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeNative, tempDir, thrownBy } from './binding';

const PAGE = 4096;

/** VmFlags and Rss (kB) of this process's mapping of `path`, from /proc/self/smaps. */
function smapsEntry(path: string): { flags: string[]; rssKb: number } {
  const lines = readFileSync('/proc/self/smaps', 'utf8').split('\n');
  const start = lines.findIndex((l) => l.endsWith(` ${path}`));
  if (start < 0) throw new Error(`${path} is not mapped`);
  let rssKb = -1;
  for (let i = start + 1; i < lines.length && !/^[0-9a-f]+-[0-9a-f]+ /.test(lines[i]); i++) {
    const [key, ...rest] = lines[i].split(/\s+/);
    if (key === 'Rss:') rssKb = Number(rest[0]);
    if (key === 'VmFlags:') return { flags: rest.filter((f) => f !== ''), rssKb };
  }
  throw new Error(`no VmFlags for ${path}`);
}

/** Paths this process holds a descriptor on, from /proc/self/fd. */
function openPaths(): string[] {
  const out: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      out.push(readlinkSync(`/proc/self/fd/${fd}`));
    } catch {
      // closed between the listing and the readlink (the listing's own descriptor)
    }
  }
  return out;
}

describeNative('index files', (native) => {
  const dir = tempDir('index');
  let n = 0;
  const fresh = (): string => join(dir(), `${String(n++).padStart(20, '0')}.index`);

  it('creates the file at the given length and maps it as a writable Buffer', () => {
    const path = fresh();
    const { handle, buffer } = native.indexOpen(path, 80);
    expect(statSync(path).size).toBe(80);
    expect(buffer.length).toBe(80);
    expect(buffer.every((b) => b === 0)).toBe(true);
    buffer.writeInt32BE(7, 0);
    buffer.writeInt32BE(4096, 4);
    buffer.writeInt32BE(9, 8);
    buffer.writeInt32BE(8192, 12);
    native.indexFlush(handle);
    expect(readFileSync(path).subarray(0, 16)).toEqual(buffer.subarray(0, 16));
    native.indexClose(handle, 16);
    expect(statSync(path).size).toBe(16);
  });

  it("keeps no descriptor open: the mapping alone holds the file, as in Kafka's AbstractIndex", () => {
    const paths = [fresh(), fresh(), fresh()];
    const opened = paths.map((p) => native.indexOpen(p, 4 * PAGE));
    expect(openPaths().filter((p) => paths.includes(p))).toEqual([]);
    opened[1].buffer.writeInt32BE(42, 0);
    opened[1].buffer.writeInt32BE(7, 4);
    native.indexFlush(opened[1].handle);
    expect(readFileSync(paths[1]).readInt32BE(0)).toBe(42);
    opened.forEach((o) => native.indexClose(o.handle, 8));
    expect(paths.map((p) => statSync(p).size)).toEqual([8, 8, 8]);
    expect(readFileSync(paths[1])).toEqual(Buffer.from([0, 0, 0, 42, 0, 0, 0, 7]));
    expect(openPaths().filter((p) => paths.includes(p))).toEqual([]);
  });

  it('reports a failed trim once the file is gone, and counts as closed after it', () => {
    const path = fresh();
    const { handle } = native.indexOpen(path, 64);
    require('node:fs').rmSync(path);
    expect(thrownBy(() => native.indexClose(handle, 8))).toMatchObject({ code: 'ENOENT', syscall: 'truncate' });
    expect(existsSync(path)).toBe(false);
    expect(() => native.indexClose(handle, 8)).not.toThrow();
  });

  it('hands out views of a prefix of the mapping, grown on request over the same bytes', () => {
    const path = fresh();
    const { handle, buffer } = native.indexOpen(path, 4 * PAGE, 16);
    expect(buffer.length).toBe(16);
    buffer.writeInt32BE(11, 0);
    const wider = native.indexView(handle, 2 * PAGE);
    expect(wider.length).toBe(2 * PAGE);
    expect(wider.readInt32BE(0)).toBe(11);
    wider.writeInt32BE(22, PAGE);
    expect(native.indexView(handle, 100 * PAGE).length).toBe(4 * PAGE);
    native.indexFlush(handle);
    expect(readFileSync(path).readInt32BE(PAGE)).toBe(22);
    native.indexClose(handle, PAGE + 4);
    expect(statSync(path).size).toBe(PAGE + 4);
    expect(wider.readInt32BE(PAGE)).toBe(22);
    expect(thrownBy(() => native.indexView(handle, 8)).code).toBe('ECLOSED');
    const empty = native.indexOpen(fresh(), 0, 8);
    expect(empty.buffer.length).toBe(0);
    expect(native.indexView(empty.handle, 8).length).toBe(0);
    native.indexClose(empty.handle, 0);
  });

  it('reopens with the entries written before and zeros after them', () => {
    const path = fresh();
    const first = native.indexOpen(path, 64);
    first.buffer.writeBigInt64BE(1_700_000_000_000n, 0);
    first.buffer.writeInt32BE(3, 8);
    native.indexClose(first.handle, 12);
    const again = native.indexOpen(path, 120);
    expect(again.buffer.length).toBe(120);
    expect(again.buffer.readBigInt64BE(0)).toBe(1_700_000_000_000n);
    expect(again.buffer.readInt32BE(8)).toBe(3);
    expect(again.buffer.subarray(12).every((b) => b === 0)).toBe(true);
    native.indexClose(again.handle, 12);
  });

  it('shrinks an existing file to the requested length on open', () => {
    const path = fresh();
    const a = native.indexOpen(path, 100);
    native.indexClose(a.handle, 100);
    const b = native.indexOpen(path, 40);
    expect(b.buffer.length).toBe(40);
    expect(statSync(path).size).toBe(40);
    native.indexClose(b.handle, 40);
  });

  it('maps a preallocated index without readahead, so one entry pulls in one page', () => {
    // The 10 MB tail past the entries is a hole; readahead on the first fault would fill the page
    // cache with MiBs of it per index (and, with large folios, dirty and write all of them back).
    const path = fresh();
    const { handle, buffer } = native.indexOpen(path, 10 * 1024 * 1024);
    buffer.writeInt32BE(1, 0);
    const mapping = smapsEntry(path);
    expect(mapping.flags).toContain('rr');
    expect(mapping.rssKb).toBeLessThanOrEqual(PAGE / 1024);
    native.indexClose(handle, 8);
  });

  it('handles a zero-length index', () => {
    const path = fresh();
    const { handle, buffer } = native.indexOpen(path, 0);
    expect(buffer.length).toBe(0);
    native.indexFlush(handle);
    native.indexClose(handle, 0);
    expect(statSync(path).size).toBe(0);
  });

  it('leaves the Buffer safe to touch after close, past the trimmed end too', () => {
    const path = fresh();
    const { handle, buffer } = native.indexOpen(path, 3 * PAGE);
    buffer.writeInt32BE(0x01020304, 0);
    buffer[2 * PAGE] = 5;
    native.indexClose(handle, 8);
    expect(statSync(path).size).toBe(8);
    expect(buffer.readInt32BE(0)).toBe(0x01020304);
    expect(buffer[2 * PAGE]).toBe(0);
    buffer[2 * PAGE + 1] = 6;
    expect(buffer[2 * PAGE + 1]).toBe(6);
    expect(statSync(path).size).toBe(8);
  });

  it('throws ECLOSED on use after close; closing twice is harmless', () => {
    const { handle } = native.indexOpen(fresh(), 8);
    native.indexClose(handle, 0);
    expect(() => native.indexClose(handle, 0)).not.toThrow();
    let code: unknown;
    try {
      native.indexFlush(handle);
    } catch (err) {
      code = (err as { code?: string }).code;
    }
    expect(code).toBe('ECLOSED');
  });

  it('throws fs-shaped system errors', () => {
    const missing = join(dir(), 'missing', 'x.index');
    let err: { code?: string; syscall?: string; path?: string } = {};
    try {
      native.indexOpen(missing, 8);
    } catch (e) {
      err = e as typeof err;
    }
    expect(err).toMatchObject({ code: 'ENOENT', syscall: 'open', path: missing });
    expect(existsSync(missing)).toBe(false);
    expect(thrownBy(() => native.indexOpen(fresh(), -1)).name).toBe('RangeError');
    expect(thrownBy(() => native.indexOpen(fresh(), '8' as unknown as number)).name).toBe('TypeError');
  });
});

/** The reference answer: first slot holding the largest key <= target, or -1. */
function slowSearch(keys: readonly bigint[], target: bigint): number {
  let best = -1;
  for (let i = 0; i < keys.length; i++) if (keys[i] <= target && (best < 0 || keys[i] > keys[best])) best = i;
  return best;
}

describeNative('indexSearch', (native) => {
  // Offset index shape: int32 relative offset, int32 position.
  const offsetIndex = (keys: number[]): Buffer => {
    const buf = Buffer.alloc(keys.length * 8 + 8, 0xee);
    keys.forEach((k, i) => {
      buf.writeInt32BE(k, i * 8);
      buf.writeInt32BE(i * 100, i * 8 + 4);
    });
    return buf;
  };
  // Time index shape: int64 timestamp, int32 relative offset.
  const timeIndex = (keys: bigint[]): Buffer => {
    const buf = Buffer.alloc(keys.length * 12);
    keys.forEach((k, i) => {
      buf.writeBigInt64BE(k, i * 12);
      buf.writeInt32BE(i, i * 12 + 8);
    });
    return buf;
  };

  it('finds the largest int32 key <= target', () => {
    const buf = offsetIndex([0, 10, 20, 30]);
    const search = (target: number): number => native.indexSearch(buf, 4, 8, 0, 4, target);
    expect(search(-1)).toBe(-1);
    expect(search(0)).toBe(0);
    expect(search(9)).toBe(0);
    expect(search(10)).toBe(1);
    expect(search(29)).toBe(2);
    expect(search(30)).toBe(3);
    expect(search(2 ** 40)).toBe(3);
    expect(search(Number.POSITIVE_INFINITY)).toBe(3);
    expect(search(Number.NEGATIVE_INFINITY)).toBe(-1);
    expect(search(9.5)).toBe(0);
    expect(native.indexSearch(buf, 2, 8, 0, 4, 1000)).toBe(1);
    expect(native.indexSearch(buf, 0, 8, 0, 4, 1000)).toBe(-1);
    expect(native.indexSearch(buf, 4, 8, 4, 4, 150)).toBe(1);
  });

  it('compares int64 keys as signed 64-bit values', () => {
    const keys = [-5n, 0n, 2n ** 32n, 1_700_000_000_000n, 2n ** 62n];
    const buf = timeIndex(keys);
    const search = (target: number): number => native.indexSearch(buf, keys.length, 12, 0, 8, target);
    expect(search(-6)).toBe(-1);
    expect(search(-5)).toBe(0);
    expect(search(-0.5)).toBe(0);
    expect(search(2 ** 32 - 1)).toBe(1);
    expect(search(2 ** 32)).toBe(2);
    expect(search(1_700_000_000_000)).toBe(3);
    expect(search(2 ** 62)).toBe(4);
    expect(search(Number.MAX_VALUE)).toBe(4);
  });

  it('returns the first of equal keys', () => {
    const buf = offsetIndex([1, 3, 3, 3, 8]);
    expect(native.indexSearch(buf, 5, 8, 0, 4, 3)).toBe(1);
    expect(native.indexSearch(buf, 5, 8, 0, 4, 7)).toBe(1);
    const same = offsetIndex([4, 4, 4]);
    expect(native.indexSearch(same, 3, 8, 0, 4, 4)).toBe(0);
    expect(native.indexSearch(same, 3, 8, 0, 4, 3)).toBe(-1);
  });

  it('agrees with a linear scan on random sorted keys', () => {
    let s = 12345;
    const rand = (m: number): number => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s % m;
    };
    for (let round = 0; round < 200; round++) {
      const keys: bigint[] = [];
      let k = BigInt(rand(1000)) - 500n;
      for (let i = rand(40); i > 0; i--) keys.push((k += BigInt(rand(4))));
      const buf = timeIndex(keys);
      for (let t = 0; t < 10; t++) {
        const target = rand(1200) - 600;
        expect([round, target, native.indexSearch(buf, keys.length, 12, 0, 8, target)]).toEqual([
          round,
          target,
          slowSearch(keys, BigInt(target)),
        ]);
      }
    }
  });

  it('rejects layouts that do not fit, with RangeError', () => {
    const buf = offsetIndex([1, 2]);
    expect(thrownBy(() => native.indexSearch(buf, 4, 8, 0, 4, 1)).name).toBe('RangeError');
    expect(thrownBy(() => native.indexSearch(buf, 1, 8, 6, 4, 1)).name).toBe('RangeError');
    expect(thrownBy(() => native.indexSearch(buf, 1, 8, 0, 2 as 4, 1)).name).toBe('RangeError');
    expect(thrownBy(() => native.indexSearch(buf, 1, 0, 0, 4, 1)).name).toBe('RangeError');
    expect(thrownBy(() => native.indexSearch(buf, 1, 8, 0, 4, Number.NaN)).name).toBe('RangeError');
    expect(thrownBy(() => native.indexSearch(buf, 2 ** 53 - 1, 8, 0, 4, 1)).name).toBe('RangeError');
  });

  it('rejects values of the wrong type, with TypeError', () => {
    expect(thrownBy(() => native.indexSearch([] as unknown as Buffer, 0, 8, 0, 4, 1)).name).toBe('TypeError');
    expect(thrownBy(() => native.indexSearch(Buffer.alloc(8), 1, 8, 0, 4, 1n as unknown as number)).name).toBe(
      'TypeError',
    );
  });
});
