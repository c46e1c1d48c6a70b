/**
 * Record batches whose CRC holds and whose header agrees with itself, but whose records are malformed: what a
 * buggy or hostile producer sends, and what librdkafka and kafkajs consumers stop at for good once a broker stores
 * it. Built from raw record bytes here, independently of the broker's own encoder and validator.
 */
import {
  ATTRIBUTES_OFFSET,
  BATCH_HEADER_SIZE,
  BATCH_LENGTH_OFFSET,
  LOG_OVERHEAD,
  buildRecordBatch,
  compress,
  updateBatchCrc,
  type CompressionCodec,
} from '@samsa/protocol';

function zigzag(v: number): number[] {
  let u = v >= 0 ? v * 2 : -v * 2 - 1;
  const out: number[] = [];
  while (u >= 128) {
    out.push((u % 128) | 0x80);
    u = Math.floor(u / 128);
  }
  out.push(u);
  return out;
}

const text = (s: string): number[] => [...zigzag(Buffer.byteLength(s)), ...Buffer.from(s)];

interface RecordParts {
  offsetDelta?: number[];
  key?: number[];
  headers?: number[];
  trailing?: number[];
  length?: number[];
}

/** One record (length, attributes, timestamp delta, offset delta, key, value, headers), parts replaceable. */
function record(index: number, value: string, r: RecordParts = {}): number[] {
  const body = [
    0,
    ...zigzag(0),
    ...(r.offsetDelta ?? zigzag(index)),
    ...(r.key ?? text(`key-${index}`)),
    ...text(value),
    ...(r.headers ?? [...zigzag(1), ...text('h'), ...text('v')]),
    ...(r.trailing ?? []),
  ];
  return [...(r.length ?? zigzag(body.length)), ...body];
}

/** A v2 batch of `count` records whose payload is `records` (compressed with `codec`), with a valid CRC. */
export async function rawBatch(records: number[], count: number, codec: CompressionCodec): Promise<Buffer> {
  const template = buildRecordBatch({
    baseTimestamp: Date.now(),
    records: Array.from({ length: count }, () => ({ value: Buffer.from('x') })),
  });
  const payload = await compress(codec, Buffer.from(records));
  const batch = Buffer.concat([template.subarray(0, BATCH_HEADER_SIZE), payload]);
  batch.writeInt32BE(batch.length - LOG_OVERHEAD, BATCH_LENGTH_OFFSET);
  batch.writeInt16BE((batch.readInt16BE(ATTRIBUTES_OFFSET) & ~0x07) | codec, ATTRIBUTES_OFFSET);
  updateBatchCrc(batch, 0);
  return batch;
}

/** A sound batch of one record, built the same way (so the good and bad batches differ only where meant). */
export function soundBatch(value: string, codec: CompressionCodec): Promise<Buffer> {
  return rawBatch(record(0, value), 1, codec);
}

/** Each malformation: its name and the records of a batch of two that carries it (declared count included). */
export const MALFORMATIONS: readonly [string, () => { records: number[]; count: number }][] = [
  [
    'a header count running past the record',
    () => ({
      records: [...record(0, 'a'), ...record(1, 'b', { headers: [...zigzag(2), ...text('h'), ...text('v')] })],
      count: 2,
    }),
  ],
  [
    'bytes left after the headers',
    () => ({ records: [...record(0, 'a', { trailing: [9, 9] }), ...record(1, 'b')], count: 2 }),
  ],
  [
    'a record length past the batch',
    () => ({ records: [...record(0, 'a'), ...record(1, 'b', { length: zigzag(400) })], count: 2 }),
  ],
  [
    'offset deltas that repeat',
    () => ({ records: [...record(0, 'a'), ...record(1, 'b', { offsetDelta: zigzag(0) })], count: 2 }),
  ],
  ['a key length below -1', () => ({ records: [...record(0, 'a', { key: zigzag(-5) }), ...record(1, 'b')], count: 2 })],
  ['bytes after the last record', () => ({ records: [...record(0, 'a'), ...record(1, 'b'), 0, 0, 0], count: 2 })],
  [
    'garbage that is no records at all',
    () => ({ records: [...Buffer.from('a payload that decompresses cleanly into no records at all!')], count: 2 }),
  ],
];
