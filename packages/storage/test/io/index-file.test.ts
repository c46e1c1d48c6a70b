// Index files on every backend: a preallocated index exposes only the bytes in use, grown as entries arrive (a
// Buffer over each whole 10 MiB index made V8 count gigabytes of external memory with thousands of partitions), and
// what was written reads back, on disk byte for byte, after a trim and a reopen.
import { join } from 'node:path';
import { backends } from '../helpers/backends';

const PREALLOCATED = 10 * 1024 * 1024;

describe.each(backends)('index files on $name', (backend) => {
  it('starts with a small buffer over a preallocated file and grows it as entries are reserved', () => {
    const { io, root, cleanup } = backend.make();
    try {
      io.mkdir(root);
      const path = join(root, '00000000000000000000.index');
      const index = io.openIndex(path, PREALLOCATED);
      expect(io.fileSize(path)).toBe(PREALLOCATED);
      expect(index.buffer.length).toBeLessThanOrEqual(4096);
      const entries = 3000;
      for (let i = 0; i < entries; i++) {
        index.reserve((i + 1) * 8);
        index.buffer.writeInt32BE(i, i * 8);
        index.buffer.writeInt32BE(i * 100, i * 8 + 4);
        index.commit(i * 8, 8);
      }
      expect(index.buffer.length).toBeGreaterThanOrEqual(entries * 8);
      expect(index.buffer.length).toBeLessThanOrEqual(2 * entries * 8);
      expect(index.search(entries, 8, 0, 4, 1234)).toBe(1234);
      index.flush();
      index.close(entries * 8);
      expect(io.fileSize(path)).toBe(entries * 8);

      const again = io.openIndex(path, entries * 8);
      expect(again.buffer.length).toBe(entries * 8);
      expect(again.buffer.readInt32BE(2999 * 8 + 4)).toBe(299_900);
      again.close(entries * 8);
      const bytes = io.readFile(path)!;
      expect(bytes.length).toBe(entries * 8);
      expect(bytes.readInt32BE(1500 * 8)).toBe(1500);
    } finally {
      cleanup();
    }
  });
});
