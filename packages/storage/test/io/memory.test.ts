// Memory storage keeps a segment as fixed blocks of 8 MiB: these pin reads inside and across blocks, batches larger
// than a block, views that outlive a truncation, and index/readFile access to a segment that grew in blocks.
import { MemorySegmentIO } from '../../src';

const MiB = 1 << 20;

function pattern(length: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) b[i] = (i * 31 + seed) & 0xff;
  return b;
}

function setup(): { io: MemorySegmentIO; path: string } {
  const io = new MemorySegmentIO();
  io.mkdir('/mem/t-0');
  return { io, path: '/mem/t-0/00000000000000000000.log' };
}

describe('memory segment blocks', () => {
  test('appends across several blocks read back byte for byte, within and across blocks', () => {
    const { io, path } = setup();
    const f = io.openSegment(path);
    const parts = [
      pattern(3 * MiB, 1),
      pattern(6 * MiB, 2),
      pattern(20 * MiB, 3),
      pattern(100, 4),
      pattern(5 * MiB, 5),
    ];
    const whole = Buffer.concat(parts);
    let at = 0;
    for (const p of parts) {
      expect(f.append([p.subarray(0, 7), p.subarray(7)])).toBe(at);
      at += p.length;
    }
    expect(f.size()).toBe(whole.length);
    for (const [position, length] of [
      [0, 10],
      [3 * MiB - 5, 10],
      [8 * MiB - 1, 2],
      [9 * MiB, 20 * MiB],
      [0, whole.length],
      [whole.length - 100, 100],
    ]) {
      expect(
        f
          .read(position as number, length as number)
          .equals(whole.subarray(position, (position as number) + (length as number))),
      ).toBe(true);
    }
    expect(() => f.read(whole.length - 1, 2)).toThrow();
    expect(io.fileSize(path)).toBe(whole.length);
    expect(io.readFile(path)?.equals(whole)).toBe(true);
  });

  test('a view taken before a truncation keeps its bytes when later appends reuse the range', () => {
    const { io, path } = setup();
    const f = io.openSegment(path);
    f.append([pattern(5 * MiB, 1)]);
    f.append([pattern(5 * MiB, 2)]);
    const view = f.read(4 * MiB, 2 * MiB);
    const copy = Buffer.from(view);
    f.truncate(4 * MiB);
    f.append([Buffer.alloc(4 * MiB, 0xee)]);
    expect(view.equals(copy)).toBe(true);
    expect(f.read(4 * MiB, 10).equals(Buffer.alloc(10, 0xee))).toBe(true);
    expect(f.read(0, 10).equals(pattern(5 * MiB, 1).subarray(0, 10))).toBe(true);
  });

  test('a segment reopened after growing in blocks keeps appending where it was', () => {
    const { io, path } = setup();
    io.openSegment(path).append([pattern(9 * MiB, 1)]);
    const again = io.openSegment(path);
    expect(again.append([pattern(MiB, 2)])).toBe(9 * MiB);
    expect(
      again
        .read(9 * MiB - 4, 8)
        .equals(Buffer.concat([pattern(9 * MiB, 1).subarray(-4), pattern(MiB, 2).subarray(0, 4)])),
    ).toBe(true);
  });
});

describe('memory directory listings', () => {
  const sorted = (names: string[]): string[] => [...names].sort();

  test('readdir lists a directory’s own files and subdirectories through creation, rename, unlink and rmdir', () => {
    const io = new MemorySegmentIO();
    io.mkdir('/data/t-0');
    io.mkdir('/data/t-1');
    io.writeFileAtomic('/data/meta.properties', Buffer.from('x'));
    io.openSegment('/data/t-0/00000000000000000000.log');
    io.openIndex('/data/t-0/00000000000000000000.index', 64);
    io.writeFileAtomic('/data/t-1/00000000000000000000.snapshot', Buffer.from('s'));
    expect(sorted(io.readdir('/data'))).toEqual(['meta.properties', 't-0', 't-1']);
    expect(sorted(io.readdir('/data/t-0'))).toEqual(['00000000000000000000.index', '00000000000000000000.log']);

    io.rename('/data/t-0/00000000000000000000.log', '/data/t-0/00000000000000000000.log.deleted');
    expect(sorted(io.readdir('/data/t-0'))).toEqual(['00000000000000000000.index', '00000000000000000000.log.deleted']);
    io.unlink('/data/t-0/00000000000000000000.index');
    expect(io.readdir('/data/t-0')).toEqual(['00000000000000000000.log.deleted']);

    // A directory renamed (topic deletion) takes its listing along.
    io.rename('/data/t-1', '/data/t-1.abc-delete');
    expect(sorted(io.readdir('/data'))).toEqual(['meta.properties', 't-0', 't-1.abc-delete']);
    expect(io.readdir('/data/t-1.abc-delete')).toEqual(['00000000000000000000.snapshot']);
    expect(() => io.readdir('/data/t-1')).toThrow();

    io.rmdir('/data/t-1.abc-delete');
    expect(sorted(io.readdir('/data'))).toEqual(['meta.properties', 't-0']);
    expect(io.readFile('/data/t-1.abc-delete/00000000000000000000.snapshot')).toBeNull();
    io.mkdir('/data/t-1.abc-delete');
    expect(io.readdir('/data/t-1.abc-delete')).toEqual([]);
  });
});

describe('memory index files', () => {
  test('an index grows as entries are reserved, keeps every entry, and reads as a file of its whole length', () => {
    const io = new MemorySegmentIO();
    io.mkdir('/mem/t-0');
    const path = '/mem/t-0/00000000000000000000.index';
    const length = 10 * MiB;
    const index = io.openIndex(path, length);
    expect(index.buffer.length).toBeLessThan(length);
    const entries = 5000; // 40,000 bytes: several doublings past the first allocation
    for (let i = 0; i < entries; i++) {
      index.reserve?.(i * 8 + 8);
      index.buffer.writeInt32BE(i, i * 8);
      index.buffer.writeInt32BE(i * 100, i * 8 + 4);
      index.commit(i * 8, 8);
    }
    expect(index.buffer.length).toBeGreaterThanOrEqual(entries * 8);
    expect(index.buffer.length).toBeLessThanOrEqual(length);
    for (let i = 0; i < entries; i++)
      expect([index.buffer.readInt32BE(i * 8), index.buffer.readInt32BE(i * 8 + 4)]).toEqual([i, i * 100]);
    expect(index.search(entries, 8, 0, 4, 4321)).toBe(4321);
    expect(io.fileSize(path)).toBe(length);
    const file = io.readFile(path)!;
    expect(file.length).toBe(length);
    expect(file.readInt32BE((entries - 1) * 8)).toBe(entries - 1);
    expect(file.subarray(entries * 8).every((b) => b === 0)).toBe(true);

    index.close(entries * 8);
    expect(io.fileSize(path)).toBe(entries * 8);
    const reopened = io.openIndex(path, length);
    expect(reopened.buffer.readInt32BE((entries - 1) * 8 + 4)).toBe((entries - 1) * 100);
  });
});
