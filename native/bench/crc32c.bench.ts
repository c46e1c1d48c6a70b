// CRC32C throughput of the native module against the pure-JS table implementation
// (crc-32/crc32c), on 1 MB buffers and on a typical 16 KB record batch.
import { randomBytes } from 'node:crypto';
import native = require('@samsa/native');
import { measureSync, report } from '../../scripts/bench/harness';

const jsCrc32c = require('crc-32/crc32c') as { buf(data: Uint8Array, seed?: number): number };

const gbPerSecond = (m: { bytes: number; seconds: number }): number => m.bytes / m.seconds / 1e9;

if (!native) {
  console.log('| crc32c | native | unavailable (SAMSA_NATIVE=0 or not built) |');
} else {
  const binding = native;
  for (const [label, size] of [
    ['1 MB', 1 << 20],
    ['16 KB', 16 << 10],
  ] as const) {
    const buf = randomBytes(size);
    if (binding.crc32c(buf) !== jsCrc32c.buf(buf) >>> 0) throw new Error('native and JS CRC32C disagree');
    const js = gbPerSecond(
      measureSync(() => {
        jsCrc32c.buf(buf);
        return size;
      }),
    );
    const nat = gbPerSecond(
      measureSync(() => {
        binding.crc32c(buf);
        return size;
      }),
    );
    const group = `crc32c ${label}`;
    report({ group, name: 'js table (crc-32)', value: js, unit: 'GB/s' });
    report({
      group,
      name: `native ${binding.crc32cImpl()}`,
      value: nat,
      unit: 'GB/s',
      baseline: { name: 'js table', value: js },
    });
  }
}
