import {
  RecordIterator,
  buildRecordBatch,
  CorruptRecordError,
  makeAttributes,
  maxRecordTimestamp,
  updateBatchCrc,
  ATTRIBUTES_OFFSET,
} from '../../src/record-batch';

describe('RecordIterator', () => {
  it('walks every record with keys, values, nulls, headers, offsets and timestamps', () => {
    const big = Buffer.alloc(300, 0x61);
    const b = buildRecordBatch({
      baseOffset: 100,
      baseTimestamp: 5000,
      records: [
        { key: Buffer.from('a'), value: Buffer.from('one'), timestamp: 5000 },
        {
          key: null,
          value: null,
          timestamp: 4990,
          headers: [
            { key: 'h', value: Buffer.from('v') },
            { key: 'n', value: null },
          ],
        },
        { key: big, value: big, timestamp: 6000 },
      ],
    });
    const it = new RecordIterator(b);
    const seen: Array<[number, number, string | null, number | null, number]> = [];
    const r = it.record;
    while (it.next())
      seen.push([r.offset, r.timestamp, r.key()?.toString() ?? null, r.value()?.length ?? null, r.headerCount]);
    expect(seen).toEqual([
      [100, 5000, 'a', 3, 0],
      [101, 4990, null, null, 2],
      [102, 6000, big.toString(), 300, 0],
    ]);
  });

  it('returns headers and views into the batch buffer', () => {
    const b = buildRecordBatch({
      records: [{ key: Buffer.from('k'), value: Buffer.from('v'), headers: [{ key: 'x', value: Buffer.from('y') }] }],
    });
    const it = new RecordIterator(b);
    expect(it.next()).toBe(true);
    expect(it.record.key()!.buffer).toBe(b.buffer);
    expect(it.record.headers()).toEqual([{ key: 'x', value: Buffer.from('y') }]);
    expect(it.next()).toBe(false);
  });

  it('reuses one record view across records', () => {
    const b = buildRecordBatch({ records: [{ value: Buffer.from('1') }, { value: Buffer.from('2') }] });
    const it = new RecordIterator(b);
    it.next();
    const first = it.record;
    it.next();
    expect(it.record).toBe(first);
    expect(it.record.value()!.toString()).toBe('2');
  });

  it('raises CorruptRecordError for a record running past the batch and for compressed batches', () => {
    const b = buildRecordBatch({ records: [{ value: Buffer.from('hello') }] });
    b[61] = 0x7e; // record length 63: far past the end
    expect(() => {
      const it = new RecordIterator(b);
      while (it.next());
    }).toThrow(CorruptRecordError);
    const c = buildRecordBatch({ records: [{ value: Buffer.from('x') }] });
    c.writeInt16BE(makeAttributes({ compression: 1 }), ATTRIBUTES_OFFSET);
    updateBatchCrc(c);
    expect(() => new RecordIterator(c)).toThrow(/compressed/);
    expect(() => new RecordIterator(Buffer.alloc(10))).toThrow(CorruptRecordError);
  });
});

describe('maxRecordTimestamp', () => {
  it('is the largest record timestamp, wherever it sits and whatever the header says', () => {
    const records = [5000, 4990, 6000, 5500].map((timestamp) => ({
      key: Buffer.from('k'),
      value: Buffer.alloc(200, 1),
      timestamp,
      headers: [{ key: 'h', value: null }],
    }));
    const b = buildRecordBatch({ baseOffset: 7, baseTimestamp: 5000, records });
    b.writeBigInt64BE(-1n, 35); // a producer that never set maxTimestamp
    expect(maxRecordTimestamp(b)).toBe(6000);
    const inside = Buffer.concat([Buffer.alloc(13), b]);
    expect(maxRecordTimestamp(inside, 13)).toBe(6000);
  });

  it('counts from NO_TIMESTAMP (-1), as LogValidator does, so a batch of timestamp-less records gives -1', () => {
    const b = buildRecordBatch({
      baseTimestamp: -1,
      records: [
        { value: Buffer.from('a'), timestamp: -1 },
        { value: Buffer.from('b'), timestamp: -1 },
      ],
    });
    expect(maxRecordTimestamp(b)).toBe(-1);
  });

  it('raises CorruptRecordError for a record running past the batch and for compressed batches', () => {
    const b = buildRecordBatch({ records: [{ value: Buffer.from('hello') }] });
    b[61] = 0x7e;
    expect(() => maxRecordTimestamp(b)).toThrow(CorruptRecordError);
    const c = buildRecordBatch({ records: [{ value: Buffer.from('x') }] });
    c.writeInt16BE(makeAttributes({ compression: 1 }), ATTRIBUTES_OFFSET);
    expect(() => maxRecordTimestamp(c)).toThrow(/compressed/);
    expect(() => maxRecordTimestamp(Buffer.alloc(10))).toThrow(CorruptRecordError);
  });
});
