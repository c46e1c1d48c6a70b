// Valid v2 batches for tests (correct CRC32C), driven by a seeded PRNG so failures replay.
import { buildRecordBatch } from '@samsa/protocol';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randInt = (rng: () => number, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** A batch of `count` records of `valueSize` bytes each, timestamps ts, ts+1, ... */
export function makeBatch(count: number, timestamp: number, valueSize = 16, fill = 0x61): Buffer {
  return buildRecordBatch({
    baseTimestamp: timestamp,
    records: Array.from({ length: count }, (_, i) => ({
      key: Buffer.from(`k${i}`),
      value: Buffer.alloc(valueSize, (fill + i) & 0xff),
      timestamp: timestamp + i,
    })),
  });
}

/** A random batch: 1-maxRecords records of 0-maxValue bytes. */
export function randomBatch(rng: () => number, timestamp: number, maxRecords = 8, maxValue = 600): Buffer {
  return makeBatch(randInt(rng, 1, maxRecords), timestamp, randInt(rng, 0, maxValue), randInt(rng, 0, 255));
}
