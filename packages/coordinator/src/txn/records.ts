/**
 * The records of `__transaction_state`, as Kafka writes them (TransactionLog): key = int16 version 0 + the
 * TransactionLogKey (transactional id); value = int16 version + TransactionLogValue, v0 for clients on transaction
 * version 0/1, v1 (flexible, tagged producer ids and client transaction version) for transaction version 2; a null
 * value is the tombstone of an expired transactional id. Partitions are listed per topic, and an Empty transaction
 * stores a null list, as Kafka's valueToBytes does.
 */
import {
  BATCH_LENGTH_OFFSET,
  BatchHeaderView,
  buildRecordBatch,
  InternalRecords,
  LOG_OVERHEAD,
  Reader,
  RecordIterator,
  Writer,
} from '@samsa/protocol';
import type { RecordSerde } from '../runtime/runtime';

export type TransactionLogValue = InternalRecords.TransactionLogValue;

const TXN_LOG = InternalRecords.TransactionLogRecord;

export interface TxnRecord {
  readonly transactionalId: string;
  readonly value: TransactionLogValue | null;
  readonly valueVersion: number;
  /**
   * The producer epoch before the last bump, which a KIP-360 retry of InitProducerId may still name. Kafka keeps it
   * in memory only (the log has no field for it), so it rides along with records replayed right after their append
   * and is unknown (-1) after a reload.
   */
  readonly lastProducerEpoch?: number;
  /** Likewise the producer id before a rotation, which value v0 has no field for. */
  readonly previousProducerId?: number;
}

export function encodeKey(record: TxnRecord): Buffer {
  const w = new Writer(32 + record.transactionalId.length * 3);
  w.int16(TXN_LOG.recordType);
  TXN_LOG.encodeKey(w, 0, { transactionalId: record.transactionalId });
  return w.toBuffer();
}

export function encodeValue(record: TxnRecord): Buffer | null {
  if (record.value === null) return null;
  const w = new Writer(64);
  w.int16(record.valueVersion);
  TXN_LOG.encodeValue(w, record.valueVersion, record.value);
  return w.toBuffer();
}

/** Decodes one key/value pair; null for records of other types (skipped on replay). */
export function decodeRecord(key: Buffer, value: Buffer | null): TxnRecord | null {
  const kr = new Reader(key, 0);
  const version = kr.int16();
  if (!TXN_LOG.readRecordTypes.includes(version)) return null;
  const { transactionalId } = TXN_LOG.decodeKey(kr, 0);
  if (value === null) return { transactionalId, value: null, valueVersion: -1 };
  const vr = new Reader(value, 0);
  const valueVersion = vr.int16();
  return { transactionalId, value: TXN_LOG.decodeValue(vr, valueVersion), valueVersion };
}

export const txnRecordSerde: RecordSerde<TxnRecord> = {
  serialize(records, now) {
    return buildRecordBatch({
      baseTimestamp: now,
      records: records.map((r) => ({ key: encodeKey(r), value: encodeValue(r), timestamp: now })),
    });
  },
  deserialize(buf) {
    const out: TxnRecord[] = [];
    const view = new BatchHeaderView();
    for (let pos = 0; pos + LOG_OVERHEAD <= buf.length; ) {
      const size = LOG_OVERHEAD + buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
      view.at(buf, pos);
      if (!view.isControl) {
        const it = new RecordIterator(buf, pos);
        while (it.next()) {
          const key = it.record.key();
          if (key === null) continue;
          const rec = decodeRecord(key, it.record.value());
          if (rec) out.push(rec);
        }
      }
      pos += size;
    }
    return out;
  },
};
