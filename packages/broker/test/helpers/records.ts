/**
 * Record bytes for produce/fetch tests: v2 batches (protocol's builder), legacy magic 0/1 message sets encoded here
 * independently of the broker's converter, and decoders that turn a fetched record set back into plain records.
 */
import { gzipSync } from 'node:zlib';
import { buf as crc32 } from 'crc-32';
import {
  BatchHeaderView,
  RecordIterator,
  buildRecordBatch,
  decompressBatch,
  FetchApi,
  ProduceApi,
  ZERO_UUID,
  type BatchInput,
  type FetchRequest,
  type FetchResponse,
  type ProduceResponse,
  type RecordInput,
} from '@samsa/protocol';
import type { WireClient } from './wire-client';

export interface PlainRecord {
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  headers: Record<string, string | null>;
}

export interface DecodedBatch {
  baseOffset: number;
  lastOffset: number;
  partitionLeaderEpoch: number;
  magic: number;
  compression: number;
  timestampType: 'CreateTime' | 'LogAppendTime';
  maxTimestamp: number;
  records: PlainRecord[];
}

/** One uncompressed v2 batch of string records. */
export function batchOf(
  values: readonly (string | null)[],
  extra: Partial<BatchInput> & { keys?: readonly (string | null)[]; timestamp?: number } = {},
): Buffer {
  const ts = extra.timestamp ?? Date.now();
  const records: RecordInput[] = values.map((v, i) => ({
    key: extra.keys?.[i] == null ? null : Buffer.from(extra.keys[i] as string),
    value: v === null ? null : Buffer.from(v),
    timestamp: ts,
  }));
  return buildRecordBatch({ ...extra, records, baseTimestamp: ts });
}

/** Splits fetched record data into batches and decodes every record (decompressing as needed). */
export async function decodeBatches(data: Buffer | readonly Buffer[] | null | undefined): Promise<DecodedBatch[]> {
  if (!data) return [];
  const buf = Buffer.isBuffer(data) ? data : Buffer.concat(data as readonly Buffer[]);
  const out: DecodedBatch[] = [];
  const h = new BatchHeaderView();
  let off = 0;
  while (off + 61 <= buf.length) {
    h.at(buf, off);
    const size = h.sizeInBytes;
    if (off + size > buf.length) break; // a trailing partial batch, as Kafka may send
    const plain = await decompressBatch(buf, off);
    const it = new RecordIterator(plain, 0);
    const records: PlainRecord[] = [];
    while (it.next()) {
      const r = it.record;
      const headers: Record<string, string | null> = {};
      for (const hd of r.headers()) headers[hd.key] = hd.value === null ? null : hd.value.toString();
      records.push({
        offset: r.offset,
        timestamp: h.timestampType === 'LogAppendTime' ? h.maxTimestamp : r.timestamp,
        key: r.key()?.toString() ?? null,
        value: r.value()?.toString() ?? null,
        headers,
      });
    }
    out.push({
      baseOffset: h.baseOffset,
      lastOffset: h.lastOffset,
      partitionLeaderEpoch: h.partitionLeaderEpoch,
      magic: h.magic,
      compression: h.compression,
      timestampType: h.timestampType,
      maxTimestamp: h.maxTimestamp,
      records,
    });
    off += size;
  }
  return out;
}

export async function decodeRecords(data: Buffer | readonly Buffer[] | null | undefined): Promise<PlainRecord[]> {
  return (await decodeBatches(data)).flatMap((b) => b.records);
}

// ------------------------------------------------------------------ legacy message sets (magic 0 and 1)

export interface LegacyInput {
  key: string | null;
  value: string | null;
  timestamp?: number;
}

/** Encodes one legacy entry: offset, size, crc32(magic..end), magic, attributes, [timestamp], key, value. */
export function legacyMessage(
  magic: 0 | 1,
  offset: number,
  m: { key: Buffer | null; value: Buffer | null; timestamp?: number; attributes?: number },
): Buffer {
  const key = m.key;
  const value = m.value;
  const body = Buffer.alloc(1 + 1 + (magic === 1 ? 8 : 0) + 4 + (key?.length ?? 0) + 4 + (value?.length ?? 0));
  let p = 0;
  body.writeInt8(magic, p++);
  body.writeInt8(m.attributes ?? 0, p++);
  if (magic === 1) {
    body.writeBigInt64BE(BigInt(m.timestamp ?? -1), p);
    p += 8;
  }
  body.writeInt32BE(key ? key.length : -1, p);
  p += 4;
  if (key) p += key.copy(body, p);
  body.writeInt32BE(value ? value.length : -1, p);
  p += 4;
  if (value) value.copy(body, p);
  const head = Buffer.alloc(16);
  head.writeBigInt64BE(BigInt(offset), 0);
  head.writeInt32BE(4 + body.length, 8);
  head.writeUInt32BE(crc32(body) >>> 0, 12);
  return Buffer.concat([head, body]);
}

/** An uncompressed legacy message set, or (gzip) one gzip wrapper around the messages, as old producers send. */
export function legacyMessageSet(
  magic: 0 | 1,
  messages: readonly LegacyInput[],
  codec: 'none' | 'gzip' = 'none',
): Buffer {
  const entries = messages.map((m, i) =>
    legacyMessage(magic, i, {
      key: m.key === null ? null : Buffer.from(m.key),
      value: m.value === null ? null : Buffer.from(m.value),
      timestamp: m.timestamp,
    }),
  );
  const set = Buffer.concat(entries);
  if (codec === 'none') return set;
  const maxTs = Math.max(...messages.map((m) => m.timestamp ?? -1));
  return legacyMessage(magic, magic === 1 ? messages.length - 1 : 0, {
    key: null,
    value: gzipSync(set),
    timestamp: maxTs,
    attributes: 1,
  });
}

export interface LegacyRecord {
  offset: number;
  magic: number;
  attributes: number;
  timestamp: number;
  key: string | null;
  value: string | null;
}

/** Parses a legacy message set, checking each CRC32 (wrappers are returned as they are). */
export function parseLegacy(buf: Buffer): LegacyRecord[] {
  const out: LegacyRecord[] = [];
  let pos = 0;
  while (pos + 12 <= buf.length) {
    const offset = Number(buf.readBigInt64BE(pos));
    const size = buf.readInt32BE(pos + 8);
    const start = pos + 12;
    const end = start + size;
    if (end > buf.length) break;
    const crc = buf.readUInt32BE(start);
    if (crc32(buf.subarray(start + 4, end)) >>> 0 !== crc) throw new Error(`legacy message at ${pos}: bad crc`);
    const magic = buf.readInt8(start + 4);
    const attributes = buf.readInt8(start + 5);
    let p = start + 6;
    let timestamp = -1;
    if (magic === 1) {
      timestamp = Number(buf.readBigInt64BE(p));
      p += 8;
    }
    const kl = buf.readInt32BE(p);
    p += 4;
    const key = kl < 0 ? null : buf.toString('utf8', p, p + kl);
    if (kl > 0) p += kl;
    const vl = buf.readInt32BE(p);
    p += 4;
    const value = vl < 0 ? null : buf.toString('utf8', p, p + vl);
    out.push({ offset, magic, attributes, timestamp, key, value });
    pos = end;
  }
  return out;
}

// ------------------------------------------------------------------ requests

export async function produce(
  client: WireClient,
  version: number,
  topic: string,
  partitions: readonly { index: number; records: Buffer | null }[],
  acks = -1,
): Promise<ProduceResponse> {
  return client.request(ProduceApi, version, {
    transactionalId: null,
    acks,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: partitions.map((p) => ({ index: p.index, records: p.records })) }],
  });
}

/** Produces to one partition and returns that partition's response. */
export async function produceOne(
  client: WireClient,
  version: number,
  topic: string,
  partition: number,
  records: Buffer | null,
  acks = -1,
) {
  const res = await produce(client, version, topic, [{ index: partition, records }], acks);
  const p = res.responses[0]?.partitionResponses[0];
  if (!p) throw new Error('no partition in the produce response');
  return p;
}

export interface FetchTarget {
  topic: string;
  topicId?: string;
  partition: number;
  offset: number;
  partitionMaxBytes?: number;
  currentLeaderEpoch?: number;
}

export function fetchRequest(targets: readonly FetchTarget[], extra: Partial<FetchRequest> = {}): FetchRequest {
  const topics: FetchRequest['topics'] = [];
  for (const t of targets) {
    const last = topics[topics.length - 1];
    const partition = {
      partition: t.partition,
      currentLeaderEpoch: t.currentLeaderEpoch ?? -1,
      fetchOffset: t.offset,
      lastFetchedEpoch: -1,
      logStartOffset: -1,
      partitionMaxBytes: t.partitionMaxBytes ?? 1 << 20,
    };
    if (last && last.topic === t.topic && last.topicId === (t.topicId ?? ZERO_UUID)) last.partitions.push(partition);
    else topics.push({ topic: t.topic, topicId: t.topicId ?? ZERO_UUID, partitions: [partition] });
  }
  return {
    replicaId: -1,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 50 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics,
    forgottenTopicsData: [],
    rackId: '',
    ...extra,
  };
}

export async function fetch(
  client: WireClient,
  version: number,
  targets: readonly FetchTarget[],
  extra: Partial<FetchRequest> = {},
): Promise<FetchResponse> {
  return client.request(FetchApi, version, fetchRequest(targets, extra));
}
