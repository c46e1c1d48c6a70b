/**
 * What the runtime needs of transactions: the producer a transactional write belongs to, what replay learns about
 * the batch a record came from, and the end-transaction marker (control batch) a transaction coordinator writes
 * into a coordinator partition when the transaction completes.
 *
 * Marker bytes (Kafka's ControlRecordType / EndTransactionMarker): one record in a control + transactional v2 batch
 * carrying the producer id and epoch; key = version int16 (0) | type int16 (ABORT 0, COMMIT 1), value = version
 * int16 (0) | coordinatorEpoch int32.
 */
import { buildRecordBatch, RecordIterator } from '@samsa/protocol';

/** The producer of a transactional write (TxnOffsetCommit): its records go into one transactional batch. */
export interface TxnProducer {
  readonly producerId: number;
  readonly producerEpoch: number;
}

/** Where a replayed record comes from: the batch's base offset and producer (-1 for non-transactional batches). */
export interface ReplayMeta {
  readonly offset: number;
  readonly producerId: number;
  readonly producerEpoch: number;
}

export interface EndTxnMarker {
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly coordinatorEpoch: number;
  readonly committed: boolean;
}

/** ControlRecordType. */
export const CONTROL_ABORT = 0;
export const CONTROL_COMMIT = 1;
const CONTROL_KEY_VERSION = 0;
const END_TXN_MARKER_VERSION = 0;

/** A control batch holding one end-transaction marker, offsets unassigned. */
export function buildEndTxnMarkerBatch(m: EndTxnMarker, now: number): Buffer {
  const key = Buffer.alloc(4);
  key.writeInt16BE(CONTROL_KEY_VERSION, 0);
  key.writeInt16BE(m.committed ? CONTROL_COMMIT : CONTROL_ABORT, 2);
  const value = Buffer.alloc(6);
  value.writeInt16BE(END_TXN_MARKER_VERSION, 0);
  value.writeInt32BE(m.coordinatorEpoch, 2);
  return buildRecordBatch({
    baseTimestamp: now,
    producerId: m.producerId,
    producerEpoch: m.producerEpoch,
    transactional: true,
    control: true,
    records: [{ key, value, timestamp: now }],
  });
}

/** The marker type of the control batch at `pos` (CONTROL_ABORT / CONTROL_COMMIT), or -1 when it has none. */
export function readControlType(buf: Buffer, pos: number): number {
  const it = new RecordIterator(buf, pos);
  if (!it.next()) return -1;
  const key = it.record.key();
  return key && key.length >= 4 ? key.readInt16BE(2) : -1;
}
