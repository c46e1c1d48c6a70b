import {
  BATCH_HEADER_SIZE,
  BatchHeaderView,
  CorruptRecordError,
  InvalidRecordError,
  buildRecordBatch,
  computeBatchCrc,
  makeAttributes,
  readBatchHeader,
  setBaseOffset,
  setMaxTimestamp,
  setPartitionLeaderEpoch,
  validateBatch,
  compressionOf,
  timestampTypeOf,
  isTransactional,
  isControl,
  hasDeleteHorizon,
  writeInt64,
  readInt64,
  ATTRIBUTES_OFFSET,
  RECORD_COUNT_OFFSET,
  updateBatchCrc,
} from '../../src/record-batch';

const sample = (n = 3): Buffer =>
  buildRecordBatch({
    baseTimestamp: 1_700_000_000_000,
    producerId: 7,
    producerEpoch: 1,
    baseSequence: 0,
    records: Array.from({ length: n }, (_, i) => ({
      key: Buffer.from(`k${i}`),
      value: Buffer.from(`value-${i}`),
      timestamp: 1_700_000_000_000 + i * 10,
    })),
  });

describe('batch header', () => {
  it('reads every field at its documented offset', () => {
    const b = sample(3);
    const h = readBatchHeader(b);
    expect(h).toMatchObject({
      baseOffset: 0,
      batchLength: b.length - 12,
      partitionLeaderEpoch: -1,
      magic: 2,
      lastOffsetDelta: 2,
      baseTimestamp: 1_700_000_000_000,
      maxTimestamp: 1_700_000_000_020,
      producerId: 7,
      producerEpoch: 1,
      baseSequence: 0,
      recordCount: 3,
    });
    expect(h.crc).toBe(computeBatchCrc(b));
    expect(BATCH_HEADER_SIZE).toBe(61);
  });

  it('parses at an offset inside a larger buffer without copying', () => {
    const b = sample(2);
    const big = Buffer.concat([Buffer.alloc(5, 9), b]);
    const v = new BatchHeaderView().at(big, 5);
    expect(v.buf).toBe(big);
    expect(v.recordCount).toBe(2);
    expect(v.sizeInBytes).toBe(b.length);
  });

  it('decodes and encodes attribute bits', () => {
    const a = makeAttributes({
      compression: 3,
      timestampType: 'LogAppendTime',
      transactional: true,
      control: true,
      deleteHorizon: true,
    });
    expect(a).toBe(3 | 8 | 16 | 32 | 64);
    expect(compressionOf(a)).toBe(3);
    expect(timestampTypeOf(a)).toBe('LogAppendTime');
    expect(timestampTypeOf(0)).toBe('CreateTime');
    expect(isTransactional(a) && isControl(a) && hasDeleteHorizon(a)).toBe(true);
    expect(isTransactional(0) || isControl(0) || hasDeleteHorizon(0)).toBe(false);
  });

  it('int64 helpers round-trip negatives and large values', () => {
    const b = Buffer.alloc(8);
    for (const v of [-1, 0, 1, 2 ** 40 + 5, -(2 ** 40) - 3, Number.MAX_SAFE_INTEGER]) {
      writeInt64(b, 0, v);
      expect(readInt64(b, 0)).toBe(v);
      expect(b.readBigInt64BE(0)).toBe(BigInt(v));
    }
  });

  it('rewrites baseOffset and leader epoch in place without invalidating the CRC', () => {
    const b = sample();
    setBaseOffset(b, 0, 123456789012);
    setPartitionLeaderEpoch(b, 0, 17);
    const h = readBatchHeader(b);
    expect(h.baseOffset).toBe(123456789012);
    expect(h.partitionLeaderEpoch).toBe(17);
    expect(validateBatch(b)).toBe(1);
  });

  it('LogAppendTime rewrite sets the type bit, maxTimestamp and a fresh CRC', () => {
    const b = sample();
    const before = readBatchHeader(b).crc;
    setMaxTimestamp(b, 0, 'LogAppendTime', 1_800_000_000_000);
    const v = new BatchHeaderView().at(b, 0);
    expect(v.timestampType).toBe('LogAppendTime');
    expect(v.maxTimestamp).toBe(1_800_000_000_000);
    expect(v.baseTimestamp).toBe(1_700_000_000_000);
    expect(v.crc).not.toBe(before);
    expect(validateBatch(b)).toBe(1);
  });
});

describe('validateBatch', () => {
  it('accepts concatenated batches and counts them', () => {
    expect(validateBatch(Buffer.concat([sample(1), sample(4), sample(2)]))).toBe(3);
  });

  it('flags a flipped record byte as CORRUPT_MESSAGE', () => {
    const b = sample();
    b[b.length - 2] ^= 0xff;
    expect(() => validateBatch(b)).toThrow(CorruptRecordError);
    try {
      validateBatch(b);
    } catch (e) {
      expect((e as CorruptRecordError).errorName).toBe('CORRUPT_MESSAGE');
      expect((e as CorruptRecordError).code).toBe(2);
    }
  });

  it('flags wrong magic, short header, and a length past the buffer as corrupt', () => {
    const b = sample();
    const badMagic = Buffer.from(b);
    badMagic[16] = 1;
    expect(() => validateBatch(badMagic)).toThrow(/magic/);
    expect(() => validateBatch(b.subarray(0, 40))).toThrow(CorruptRecordError);
    expect(() => validateBatch(b.subarray(0, b.length - 1))).toThrow(/past the end/);
    const tiny = Buffer.from(b);
    tiny.writeInt32BE(10, 8);
    expect(() => validateBatch(tiny)).toThrow(/smaller than the minimum/);
    expect(() => validateBatch(Buffer.concat([b, Buffer.alloc(3)]))).toThrow(CorruptRecordError);
    expect(() => validateBatch(Buffer.alloc(0))).toThrow(CorruptRecordError);
  });

  it('flags count/offset-delta mismatch, control batches and missing sequences as INVALID_RECORD', () => {
    const mismatch = sample(3);
    mismatch.writeInt32BE(5, RECORD_COUNT_OFFSET);
    updateBatchCrc(mismatch);
    expect(() => validateBatch(mismatch)).toThrow(InvalidRecordError);

    const zero = sample(1);
    zero.writeInt32BE(0, RECORD_COUNT_OFFSET);
    updateBatchCrc(zero);
    expect(() => validateBatch(zero)).toThrow(/record count 0/);

    const control = buildRecordBatch({ control: true, records: [{ value: Buffer.from('x') }] });
    expect(() => validateBatch(control)).toThrow(/control/);
    expect(validateBatch(control, { fromClient: false })).toBe(1);

    const noSeq = buildRecordBatch({ producerId: 3, baseSequence: -1, records: [{ value: null }] });
    try {
      validateBatch(noSeq);
      throw new Error('expected a throw');
    } catch (e) {
      expect((e as InvalidRecordError).errorName).toBe('INVALID_RECORD');
    }
  });

  it('reports a bad attributes byte as a CRC failure (attributes are covered)', () => {
    const b = sample();
    b[ATTRIBUTES_OFFSET + 1] ^= 0x08;
    expect(() => validateBatch(b)).toThrow(/CRC/);
  });
});
