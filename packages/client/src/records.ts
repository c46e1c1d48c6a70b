/**
 * Records in and out of v2 batches. `decodeRecordSet` turns a fetched record set into records (decompressing each
 * batch; control batches and, at read_committed, the batches of aborted transactions left out, as Kafka's
 * CompletedFetch does); a truncated last batch (a fetch cut at the size limit) is ignored. `encodeBatch` builds one
 * batch for a produce, compressed with the producer's codec.
 */
import {
  BatchHeaderView,
  BATCH_HEADER_SIZE,
  buildRecordBatch,
  compressBatch,
  CompressionType,
  decompressBatch,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  legacyToBatches,
  RecordIterator,
  setBaseOffset,
  type CompressionCodec,
  type RecordInput,
} from '@samsa/protocol';

export interface RecordHeader {
  readonly key: string;
  readonly value: Buffer | null;
}

export interface ConsumedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly timestamp: number;
  readonly timestampType: 'CreateTime' | 'LogAppendTime';
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: readonly RecordHeader[];
  readonly leaderEpoch: number;
  /** The producer id of the record's batch (-1 when not idempotent). */
  readonly producerId: number;
  /** Whether the record's batch belongs to a transaction. */
  readonly transactional: boolean;
  /** A transaction marker (a control record, KIP-98), returned only when `DecodeOptions.control` asks. */
  readonly control?: 'COMMIT' | 'ABORT';
}

export interface AbortedTxn {
  readonly producerId: number;
  readonly firstOffset: number;
}

export interface DecodeOptions {
  /** Records before this offset are skipped (a batch starts before the offset asked for). */
  readonly fromOffset: number;
  /** Aborted transactions of the range (read_committed); null at read_uncommitted. */
  readonly aborted: readonly AbortedTxn[] | null;
  /** Return the transaction markers too, as records with `control` set (a browser shows them; consumers never do). */
  readonly control?: boolean;
}

export interface DecodedSet {
  readonly records: ConsumedRecord[];
  /** Offset after the last complete batch: where the next fetch starts (past control and aborted batches too). */
  readonly nextOffset: number;
}

export async function decodeRecordSet(
  topic: string,
  partition: number,
  data: Buffer | null,
  options: DecodeOptions,
): Promise<DecodedSet> {
  const records: ConsumedRecord[] = [];
  let nextOffset = options.fromOffset;
  if (data === null || data.length === 0) return { records, nextOffset };
  // Aborted transactions by producer, each list in offset order; an abort marker ends the oldest one.
  const aborted = new Map<number, number[]>();
  for (const a of [...(options.aborted ?? [])].sort((x, y) => x.firstOffset - y.firstOffset)) {
    const list = aborted.get(a.producerId) ?? [];
    list.push(a.firstOffset);
    aborted.set(a.producerId, list);
  }
  const abortedOpen = new Set<number>();
  const view = new BatchHeaderView();
  let pos = 0;
  while (data.length - pos >= LOG_OVERHEAD + 5) {
    const size = LOG_OVERHEAD + data.readInt32BE(pos + 8);
    if (pos + size > data.length) break;
    const magic = data.readInt8(pos + MAGIC_OFFSET);
    if (magic < 2) {
      // A magic 0/1 entry (data written before KIP-98): converted to a v2 batch whose last offset is the entry's.
      const entryOffset = Number(data.readBigInt64BE(pos));
      const legacy = await legacyToBatches(data.subarray(pos, pos + size)).catch(() => null);
      if (legacy !== null) {
        setBaseOffset(legacy.batches, 0, entryOffset - legacy.recordCount + 1);
        records.push(...(await decodeRecordSet(topic, partition, legacy.batches, options)).records);
      }
      nextOffset = Math.max(nextOffset, entryOffset + 1);
      pos += size;
      continue;
    }
    if (size < BATCH_HEADER_SIZE) break;
    const h = view.at(data, pos);
    const batchEnd = h.lastOffset + 1;
    if (options.aborted !== null && h.isTransactional) {
      const starts = aborted.get(h.producerId);
      if (starts !== undefined && starts.length > 0 && (starts[0] as number) <= h.baseOffset)
        abortedOpen.add(h.producerId);
    }
    if (h.isControl) {
      // A marker ends the producer's transaction: an ABORT closes the aborted range it opened.
      if (abortedOpen.delete(h.producerId)) aborted.get(h.producerId)?.shift();
      if (options.control === true && batchEnd > options.fromOffset) {
        const it = new RecordIterator(data.subarray(pos, pos + size), 0);
        while (it.next()) {
          const r = it.record;
          // The key is Kafka's ControlRecordType: version (int16), type (int16: 0 ABORT, 1 COMMIT).
          const key = r.key();
          if (r.offset < options.fromOffset || key === null || key.length < 4) continue;
          records.push({
            topic,
            partition,
            offset: r.offset,
            timestamp: r.timestamp,
            timestampType: h.timestampType,
            key,
            value: r.value(),
            headers: [],
            leaderEpoch: h.partitionLeaderEpoch,
            producerId: h.producerId,
            transactional: true,
            control: key.readInt16BE(2) === 0 ? 'ABORT' : 'COMMIT',
          });
        }
      }
    } else if (!(h.isTransactional && abortedOpen.has(h.producerId)) && batchEnd > options.fromOffset) {
      const plain =
        h.compression === CompressionType.none ? data.subarray(pos, pos + size) : await decompressBatch(data, pos);
      const it = new RecordIterator(plain, 0);
      const timestampType = h.timestampType;
      const maxTimestamp = h.maxTimestamp;
      const leaderEpoch = h.partitionLeaderEpoch;
      while (it.next()) {
        const r = it.record;
        if (r.offset < options.fromOffset) continue;
        records.push({
          topic,
          partition,
          offset: r.offset,
          timestamp: timestampType === 'LogAppendTime' ? maxTimestamp : r.timestamp,
          timestampType,
          key: r.key(),
          value: r.value(),
          headers: r.headerCount === 0 ? [] : r.headers(),
          leaderEpoch,
          producerId: h.producerId,
          transactional: h.isTransactional,
        });
      }
    }
    nextOffset = Math.max(nextOffset, batchEnd);
    pos += size;
  }
  return { records, nextOffset };
}

export interface ProducedRecord {
  readonly key?: Buffer | null;
  readonly value: Buffer | null;
  readonly headers?: readonly RecordHeader[];
  /** Milliseconds since the epoch; default: now. */
  readonly timestamp?: number;
}

export interface BatchOptions {
  readonly codec: CompressionCodec;
  readonly producerId?: number;
  readonly producerEpoch?: number;
  readonly baseSequence?: number;
  readonly transactional?: boolean;
}

/** One v2 batch holding `records`, compressed with the codec. */
export async function encodeBatch(records: readonly ProducedRecord[], options: BatchOptions): Promise<Buffer> {
  const now = Date.now();
  const inputs: RecordInput[] = records.map((r) => ({
    key: r.key ?? null,
    value: r.value,
    headers: r.headers ?? [],
    timestamp: r.timestamp ?? now,
  }));
  const batch = buildRecordBatch({
    records: inputs,
    baseTimestamp: inputs.reduce((min, r) => Math.min(min, r.timestamp as number), Number.MAX_SAFE_INTEGER),
    ...(options.producerId !== undefined ? { producerId: options.producerId } : {}),
    ...(options.producerEpoch !== undefined ? { producerEpoch: options.producerEpoch } : {}),
    ...(options.baseSequence !== undefined ? { baseSequence: options.baseSequence } : {}),
    ...(options.transactional ? { transactional: true } : {}),
  });
  return options.codec === CompressionType.none ? batch : compressBatch(batch, options.codec);
}
