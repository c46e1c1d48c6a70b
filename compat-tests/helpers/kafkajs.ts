// kafkajs 2.2.4 for the produce/consume compat suites: every codec registered
// (gzip is built in; snappy via kafkajs-snappy, lz4 via kafkajs-lz4, zstd via a
// small codec over @mongodb-js/zstd), conversion between the suites' records and
// kafkajs messages, and a consumer that collects a known number of records.
// kafkajs has no group-free consumer: consuming always joins a consumer group.
// kafkajs cannot produce a null header value (its encoder throws), but reads one.
import { compress as zstdCompress, decompress as zstdDecompress } from '@mongodb-js/zstd';
import {
  CompressionCodecs,
  CompressionTypes,
  type Consumer,
  type IHeaders,
  type Kafka,
  type KafkaMessage,
  type Message,
} from 'kafkajs';
import LZ4Codec from 'kafkajs-lz4';
import SnappyCodec from 'kafkajs-snappy';
import type { Header, ReadRecord, TestRecord } from './records';

let registered = false;

/** Registers the snappy, lz4 and zstd codecs with kafkajs (process-wide, idempotent). */
export function registerKafkajsCodecs(): void {
  if (registered) return;
  registered = true;
  CompressionCodecs[CompressionTypes.Snappy] = SnappyCodec;
  CompressionCodecs[CompressionTypes.LZ4] = new LZ4Codec().codec;
  CompressionCodecs[CompressionTypes.ZSTD] = () => ({
    compress: (encoder: { buffer: Buffer }) => zstdCompress(encoder.buffer),
    decompress: (buffer: Buffer) => zstdDecompress(buffer),
  });
}

/**
 * kafkajs headers are an object: a repeated name becomes an array of values (in order). Values must be Buffers or
 * strings: kafkajs's encoder throws on null.
 */
export function toKafkajsHeaders(headers: readonly Header[]): IHeaders {
  const out: Record<string, Buffer | Buffer[]> = {};
  for (const [name, value] of headers) {
    const existing = out[name];
    if (value === null) throw new Error(`kafkajs cannot produce the null value of header ${name}`);
    const v = value;
    if (existing === undefined) out[name] = v;
    else out[name] = Array.isArray(existing) ? [...existing, v] : [existing, v];
  }
  return out;
}

export function fromKafkajsHeaders(headers: IHeaders | undefined): Header[] {
  const out: Header[] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) out.push([name, v === undefined || v === null ? null : Buffer.from(v)]);
  }
  return out;
}

export function toKafkajsMessage(r: TestRecord): Message {
  const message: Message = { key: r.key, value: r.value };
  if (r.headers.length > 0) message.headers = toKafkajsHeaders(r.headers);
  if (r.timestamp !== null) message.timestamp = String(r.timestamp);
  if (r.partition !== undefined) message.partition = r.partition;
  return message;
}

export function fromKafkajsMessage(partition: number, m: KafkaMessage): ReadRecord {
  return {
    partition,
    offset: Number(m.offset),
    key: m.key ?? null,
    value: m.value ?? null,
    headers: fromKafkajsHeaders(m.headers),
    timestamp: Number(m.timestamp),
  };
}

export interface ConsumeOptions {
  readonly count: number;
  /** Only records of this partition are collected (others are read and ignored). */
  readonly partition?: number;
  readonly fromBeginning?: boolean;
  readonly timeoutMs?: number;
  /** Called once the consumer runs (after the group assigned its partitions); used to seek. */
  readonly onRunning?: (consumer: Consumer) => void;
}

let groupCounter = 0;

/**
 * Consumes `topic` in a new consumer group of its own until `count` records (of `partition`, if given) arrived, in
 * arrival order. Rejects with what it collected when `timeoutMs` (default 20 s) passes first.
 */
export async function kafkajsConsume(kafka: Kafka, topic: string, options: ConsumeOptions): Promise<ReadRecord[]> {
  const consumer = kafka.consumer({
    groupId: `compat-kafkajs-${process.pid}-${++groupCounter}`,
    maxWaitTimeInMs: 100,
    retry: { retries: 2 },
  });
  const records: ReadRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: options.fromBeginning ?? true });
    let done: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (options.partition !== undefined && partition !== options.partition) return;
        records.push(fromKafkajsMessage(partition, message));
        if (records.length >= options.count) done();
      },
    });
    options.onRunning?.(consumer);
    const timeoutMs = options.timeoutMs ?? 20_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      throw new Error(
        `kafkajs read ${records.length} of ${options.count} records from ${topic} within ${timeoutMs} ms: offsets ${records.map((r) => r.offset).join(',')}`,
      );
    }
    return records.slice(0, options.count);
  } finally {
    await consumer.disconnect();
  }
}
