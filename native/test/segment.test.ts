import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexHandle, SegmentHandle } from '@samsa/native';
import { describeNative, pseudoRandomBytes, tempDir, thrownBy } from './binding';

describeNative('segment files', (native) => {
  const dir = tempDir('segment');
  let n = 0;
  const fresh = (): string => join(dir(), `${String(n++).padStart(20, '0')}.log`);

  it('creates the file, appends with positions and reads back', () => {
    const path = fresh();
    const h = native.segmentOpen(path);
    expect(existsSync(path)).toBe(true);
    expect(native.segmentSize(h)).toBe(0);
    expect(native.segmentAppend(h, [Buffer.from('hello '), Buffer.from('world')])).toBe(0);
    expect(native.segmentAppend(h, [Buffer.from('!')])).toBe(11);
    expect(native.segmentSize(h)).toBe(12);
    expect(native.segmentRead(h, 0, 12).toString()).toBe('hello world!');
    expect(native.segmentRead(h, 6, 5).toString()).toBe('world');
    native.segmentClose(h);
    expect(readFileSync(path, 'utf8')).toBe('hello world!');
    expect(statSync(path).mode & 0o777).toBe(0o644 & ~process.umask());
  });

  it('appends nothing for an empty list or empty buffers', () => {
    const h = native.segmentOpen(fresh());
    native.segmentAppend(h, [Buffer.from('abc')]);
    expect(native.segmentAppend(h, [])).toBe(3);
    expect(native.segmentAppend(h, [Buffer.alloc(0), Buffer.alloc(0)])).toBe(3);
    expect(native.segmentSize(h)).toBe(3);
    native.segmentClose(h);
  });

  it('writes many buffers in order (more than one writev can take)', () => {
    const h = native.segmentOpen(fresh());
    const parts = Array.from({ length: 2500 }, (_, i) => Buffer.from(`${i},`));
    expect(native.segmentAppend(h, parts)).toBe(0);
    expect(native.segmentRead(h, 0, native.segmentSize(h)).toString()).toBe(parts.map(String).join(''));
    native.segmentClose(h);
  });

  it('appends one Buffer passed on its own', () => {
    const h = native.segmentOpen(fresh());
    expect(native.segmentAppend(h, Buffer.from('one'))).toBe(0);
    expect(native.segmentAppend(h, Buffer.from('two'))).toBe(3);
    expect(native.segmentRead(h, 0, 6).toString()).toBe('onetwo');
    expect(thrownBy(() => native.segmentAppend(h, 'text' as unknown as Buffer)).name).toBe('TypeError');
    native.segmentClose(h);
  });

  it('segmentMap covers the whole mapping, sees later appends and remaps past it', () => {
    const path = fresh();
    const h = native.segmentOpen(path, 65536);
    expect(thrownBy(() => native.segmentMap(h, 1)).name).toBe('RangeError');
    native.segmentAppend(h, Buffer.from('abcdef'));
    const map = native.segmentMap(h, 6);
    expect(map.length).toBe(65536);
    expect(map.subarray(0, 6).toString()).toBe('abcdef');
    expect(thrownBy(() => native.segmentMap(h, 7)).name).toBe('RangeError');
    // Appends inside the mapping show through it (MAP_SHARED).
    native.segmentAppend(h, Buffer.from('ghi'));
    expect(map.subarray(6, 9).toString()).toBe('ghi');
    native.segmentAppend(h, Buffer.alloc(70000, 0x33));
    const bigger = native.segmentMap(h, 70009);
    expect(bigger.length).toBeGreaterThanOrEqual(70009);
    expect(bigger[70008]).toBe(0x33);
    native.segmentClose(h);
    expect(map.subarray(0, 9).toString()).toBe('abcdefghi');
    expect(thrownBy(() => native.segmentMap(h, 1)).code).toBe('ECLOSED');
  });

  it('reopens an existing file at its size and appends after it', () => {
    const path = fresh();
    const a = native.segmentOpen(path);
    native.segmentAppend(a, [Buffer.from('first')]);
    native.segmentClose(a);
    const b = native.segmentOpen(path);
    expect(native.segmentSize(b)).toBe(5);
    expect(native.segmentAppend(b, [Buffer.from('second')])).toBe(5);
    expect(native.segmentRead(b, 0, 11).toString()).toBe('firstsecond');
    native.segmentClose(b);
  });

  it('reads are views of the file, not copies', () => {
    const path = fresh();
    const h = native.segmentOpen(path);
    native.segmentAppend(h, [Buffer.from('aaaaaaaa')]);
    const view = native.segmentRead(h, 2, 4);
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from('ZZ'), 0, 2, 3);
    closeSync(fd);
    expect(view.toString()).toBe('aZZa');
    native.segmentClose(h);
  });

  it('keeps views valid across remaps to bigger mappings and after close', () => {
    const h = native.segmentOpen(fresh(), 65536);
    const chunk = pseudoRandomBytes(10_000, 3);
    const views: Buffer[] = [];
    const positions: number[] = [];
    for (let i = 0; i < 40; i++) {
      positions.push(native.segmentAppend(h, [chunk, Buffer.from([i])]));
      views.push(native.segmentRead(h, positions[i], 10_001));
    }
    expect(positions[39]).toBe(39 * 10_001);
    expect(native.segmentSize(h)).toBe(400_040);
    native.segmentClose(h);
    views.forEach((v, i) => {
      expect(v.subarray(0, 10_000).equals(chunk)).toBe(true);
      expect(v[10_000]).toBe(i);
    });
  });

  it('returns an empty Buffer for zero-length reads up to the end', () => {
    const h = native.segmentOpen(fresh());
    expect(native.segmentRead(h, 0, 0).length).toBe(0);
    native.segmentAppend(h, [Buffer.from('abc')]);
    expect(native.segmentRead(h, 3, 0).length).toBe(0);
    expect(thrownBy(() => native.segmentRead(h, 4, 0)).name).toBe('RangeError');
    native.segmentClose(h);
  });

  it('rejects reads past the end with a RangeError', () => {
    const h = native.segmentOpen(fresh());
    native.segmentAppend(h, [Buffer.from('abcdef')]);
    expect(thrownBy(() => native.segmentRead(h, 0, 7)).name).toBe('RangeError');
    expect(thrownBy(() => native.segmentRead(h, 6, 1)).name).toBe('RangeError');
    expect(thrownBy(() => native.segmentRead(h, 2 ** 53, 1)).name).toBe('RangeError');
    expect(thrownBy(() => native.segmentRead(h, -1, 1)).name).toBe('RangeError');
    expect(thrownBy(() => native.segmentRead(h, 0.5, 1)).name).toBe('RangeError');
    native.segmentClose(h);
  });

  it('truncates: size, file length and the next append position follow', () => {
    const path = fresh();
    const h = native.segmentOpen(path, 65536);
    native.segmentAppend(h, [pseudoRandomBytes(200_000, 9)]);
    const early = native.segmentRead(h, 0, 100);
    const late = native.segmentRead(h, 150_000, 100);
    native.segmentTruncate(h, 100);
    expect(native.segmentSize(h)).toBe(100);
    expect(statSync(path).size).toBe(100);
    expect(thrownBy(() => native.segmentRead(h, 100, 1)).name).toBe('RangeError');
    expect(native.segmentAppend(h, [Buffer.from('tail')])).toBe(100);
    expect(native.segmentRead(h, 100, 4).toString()).toBe('tail');
    expect(early.equals(pseudoRandomBytes(200_000, 9).subarray(0, 100))).toBe(true);
    // Views of truncated data read zeros instead of faulting.
    expect(late.every((b) => b === 0)).toBe(true);
    native.segmentClose(h);
    expect(readFileSync(path).length).toBe(104);
  });

  it('flushes to the file', () => {
    const path = fresh();
    const h = native.segmentOpen(path);
    native.segmentAppend(h, [Buffer.from('durable')]);
    expect(native.segmentFlush(h)).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe('durable');
    native.segmentClose(h);
  });

  it('throws system errors the way fs does (code, errno, syscall, path)', () => {
    const missing = join(dir(), 'no-such-dir', 'x.log');
    const err = thrownBy(() => native.segmentOpen(missing));
    expect(err.name).toBe('Error');
    expect(err.code).toBe('ENOENT');
    expect(err.errno).toBe(-2);
    expect(err.syscall).toBe('open');
    expect(err.path).toBe(missing);
    expect(err.message).toBe(`ENOENT: no such file or directory, open '${missing}'`);
    expect(thrownBy(() => native.segmentOpen(dir())).code).toBe('EISDIR');
  });

  if (process.platform === 'linux' && existsSync('/dev/full')) {
    it('reports ENOSPC from a full device', () => {
      const h = native.segmentOpen('/dev/full');
      const err = thrownBy(() => native.segmentAppend(h, [Buffer.from('x')]));
      expect(err.code).toBe('ENOSPC');
      expect(err.syscall).toBe('writev');
      native.segmentClose(h);
    });
  }

  it('throws ECLOSED on use after close; closing twice is harmless', () => {
    const h = native.segmentOpen(fresh());
    native.segmentAppend(h, [Buffer.from('x')]);
    native.segmentClose(h);
    expect(() => native.segmentClose(h)).not.toThrow();
    for (const use of [
      () => native.segmentSize(h),
      () => native.segmentAppend(h, [Buffer.from('y')]),
      () => native.segmentRead(h, 0, 1),
      () => native.segmentRead(h, 0, 0),
      () => native.segmentFlush(h),
      () => native.segmentTruncate(h, 0),
    ]) {
      const err = thrownBy(use);
      expect(err.code).toBe('ECLOSED');
      expect(err.name).toBe('Error');
    }
  });

  it('rejects bad arguments with TypeError or RangeError', () => {
    const h = native.segmentOpen(fresh());
    const { handle: index } = native.indexOpen(join(dir(), 'wrong-kind.index'), 8);
    expect(thrownBy(() => native.segmentSize({} as SegmentHandle)).name).toBe('TypeError');
    expect(thrownBy(() => native.segmentSize(index as unknown as SegmentHandle)).name).toBe('TypeError');
    expect(thrownBy(() => native.indexFlush(h as unknown as IndexHandle)).name).toBe('TypeError');
    expect(thrownBy(() => native.segmentAppend(h, 42 as unknown as Buffer[])).name).toBe('TypeError');
    expect(thrownBy(() => native.segmentAppend(h, ['x'] as unknown as Buffer[])).name).toBe('TypeError');
    expect(thrownBy(() => native.segmentMap(h, -1)).name).toBe('RangeError');
    expect(thrownBy(() => native.segmentRead(h, '0' as unknown as number, 1)).name).toBe('TypeError');
    expect(thrownBy(() => native.segmentOpen(42 as unknown as string)).name).toBe('TypeError');
    expect(thrownBy(() => native.segmentOpen('a\0b')).name).toBe('TypeError');
    expect(thrownBy(() => native.segmentOpen(fresh(), 0)).name).toBe('RangeError');
    expect(native.segmentSize(h)).toBe(0);
    native.indexClose(index, 0);
    native.segmentClose(h);
  });
});
