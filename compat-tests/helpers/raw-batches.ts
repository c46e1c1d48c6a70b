// v2 record batches written byte by byte, for what no client produces: batches whose CRC holds and whose header
// agrees with itself, but whose records are malformed (a header count running past its record, bytes left inside a
// record, garbage compressed cleanly, ...), the poison pills a broker must refuse. The CRC32C and the codecs are
// kafkajs's (its crc32C module and the codecs helpers/kafkajs.ts registers), so nothing of samsa's is involved.
import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import crc32C from 'kafkajs/src/protocol/recordBatch/crc32C';
import { registerKafkajsCodecs } from './kafkajs';

export const CODECS = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
  snappy: CompressionTypes.Snappy,
  lz4: CompressionTypes.LZ4,
  zstd: CompressionTypes.ZSTD,
} as const;
export type CodecName = keyof typeof CODECS;

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
  readonly offsetDelta?: number[];
  readonly key?: number[];
  readonly headers?: number[];
  readonly trailing?: number[];
  readonly length?: number[];
}

/** One record: length, attributes, timestamp delta 0, offset delta, key, value, headers; any part replaceable. */
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

/** A batch of `count` records (as the header declares) whose payload is `records`, compressed with `codec`. */
export async function rawBatch(records: readonly number[], count: number, codec: CodecName): Promise<Buffer> {
  registerKafkajsCodecs();
  const plain = Buffer.from(records);
  const type = CODECS[codec];
  const payload = type === CompressionTypes.None ? plain : await CompressionCodecs[type]().compress({ buffer: plain });
  const header = Buffer.alloc(61);
  const now = BigInt(Date.now());
  header.writeBigInt64BE(0n, 0); // base offset
  header.writeInt32BE(61 - 12 + payload.length, 8); // batch length
  header.writeInt32BE(-1, 12); // partition leader epoch
  header.writeInt8(2, 16); // magic
  header.writeInt16BE(type, 21); // attributes: the codec, CreateTime
  header.writeInt32BE(count - 1, 23); // last offset delta
  header.writeBigInt64BE(now, 27); // base timestamp
  header.writeBigInt64BE(now, 35); // max timestamp
  header.writeBigInt64BE(-1n, 43); // producer id
  header.writeInt16BE(-1, 51); // producer epoch
  header.writeInt32BE(-1, 53); // base sequence
  header.writeInt32BE(count, 57); // record count
  const batch = Buffer.concat([header, payload]);
  batch.writeUInt32BE(crc32C(batch.subarray(21)), 17);
  return batch;
}

/** A sound batch of one record, built the same way. */
export function soundBatch(value: string, codec: CodecName): Promise<Buffer> {
  return rawBatch(record(0, value), 1, codec);
}

/** Each malformation, as the records of a batch of two. */
export const MALFORMATIONS: readonly (readonly [string, readonly number[]])[] = [
  [
    'a header count running past the record',
    [...record(0, 'a'), ...record(1, 'b', { headers: [...zigzag(2), ...text('h'), ...text('v')] })],
  ],
  ['bytes left after the headers', [...record(0, 'a', { trailing: [9, 9] }), ...record(1, 'b')]],
  ['a record length past the batch', [...record(0, 'a'), ...record(1, 'b', { length: zigzag(400) })]],
  ['offset deltas that repeat', [...record(0, 'a'), ...record(1, 'b', { offsetDelta: zigzag(0) })]],
  ['a key length below -1', [...record(0, 'a', { key: zigzag(-5) }), ...record(1, 'b')]],
  ['bytes after the last record', [...record(0, 'a'), ...record(1, 'b'), 0, 0, 0]],
  [
    'garbage that is no records at all',
    [...Buffer.from('a payload that decompresses cleanly into no records at all!')],
  ],
];
