import {
  BATCH_HEADER_SIZE,
  RecordIterator,
  RecordProblem,
  RecordScan,
  buildRecordBatch,
  readBatchHeader,
  recordProblemMessage,
  scanRecords,
  type RecordInput,
} from '../../src/record-batch';

/** A small deterministic generator (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBatch(rng: () => number): Buffer {
  const base = 1_600_000_000_000;
  const n = 1 + Math.floor(rng() * 12);
  const bytes = (max: number): Buffer | null =>
    rng() < 0.15 ? null : Buffer.alloc(Math.floor(rng() * max), Math.floor(rng() * 256));
  const records: RecordInput[] = Array.from({ length: n }, () => ({
    key: bytes(20),
    value: bytes(300),
    timestamp: rng() < 0.1 ? -1 : base + Math.floor(rng() * 100_000) - 50_000,
    headers: Array.from({ length: Math.floor(rng() * 3) }, (_, h) => ({ key: `h${h}`, value: bytes(10) })),
  }));
  return buildRecordBatch({ baseTimestamp: base, records });
}

function scanOf(b: Buffer, scan = new RecordScan()): number {
  const h = readBatchHeader(b);
  return scanRecords(b, BATCH_HEADER_SIZE, b.length, h.recordCount, h.baseTimestamp, scan);
}

describe('scanRecords', () => {
  it.each([1, 2, 3, 4, 5])('agrees with RecordIterator on sound batches (seed %i)', (seed) => {
    const rng = prng(seed);
    for (let i = 0; i < 50; i++) {
      const b = randomBatch(rng);
      const scan = new RecordScan();
      expect(scanOf(b, scan)).toBe(RecordProblem.NONE);
      const it = new RecordIterator(b, 0);
      const stamps: number[] = [];
      let nullKeys = 0;
      while (it.next()) {
        stamps.push(it.record.timestamp);
        if (it.record.keyLength < 0) nullKeys++;
      }
      expect(stamps.length).toBeGreaterThan(0);
      expect(scan.count).toBe(stamps.length);
      expect(scan.maxTimestamp).toBe(Math.max(-1, ...stamps));
      const real = stamps.filter((t) => t !== -1);
      expect(scan.minTimestamp).toBe(real.length > 0 ? Math.min(...real) : Number.POSITIVE_INFINITY);
      expect(scan.nullKeys).toBe(nullKeys);
    }
  });

  it('reports a problem, never throws, for every cut and every single-bit change', () => {
    const rng = prng(7);
    let cuts = 0;
    const missed: string[] = [];
    for (let i = 0; i < 8; i++) {
      const b = randomBatch(rng);
      const h = readBatchHeader(b);
      const scan = new RecordScan();
      // A batch cut anywhere inside its records is short of records, or of bytes inside one.
      for (let end = BATCH_HEADER_SIZE; end < b.length; end++) {
        const problem = scanRecords(b, BATCH_HEADER_SIZE, end, h.recordCount, h.baseTimestamp, scan);
        if (problem === RecordProblem.NONE || recordProblemMessage(scan) === 'no problem') missed.push(`cut at ${end}`);
        cuts++;
      }
      // A changed bit may still read as records (a byte of a value): the scan answers either way.
      for (let at = BATCH_HEADER_SIZE; at < b.length; at++) {
        const changed = Buffer.from(b);
        changed[at] ^= 1 << Math.floor(rng() * 8);
        scanOf(changed, scan);
      }
    }
    expect(cuts).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it('reads huge declared counts and lengths without allocating them', () => {
    const b = buildRecordBatch({ records: [{ value: Buffer.from('v') }] });
    const scan = new RecordScan();
    expect(scanRecords(b, BATCH_HEADER_SIZE, b.length, 0x7fffffff, 0, scan)).toBe(RecordProblem.PREMATURE_EOF);
    expect(scan.problemRecord).toBe(1);
    const huge = Buffer.from(b);
    huge.set([0xfe, 0xff, 0xff, 0xff, 0x0f], BATCH_HEADER_SIZE); // a record length of 2^31 - 1
    expect(scanRecords(huge, BATCH_HEADER_SIZE, huge.length, 1, 0, scan)).toBe(RecordProblem.RECORD_PAST_END);
    expect(recordProblemMessage(scan)).toMatch(/expected 2147483647 bytes in record payload/);
  });
});
