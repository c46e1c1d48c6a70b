// What the transactions suites need beside the clients: a sessionless Fetch that reports a partition's last stable
// offset, aborted-transaction list and batches (control batches included, which every client hides) at either
// isolation level, through kafkajs's own Fetch encoder and record-batch decoder (helpers/kafkajs-wire.ts), and a
// kafkajs consumer that collects records at a chosen isolation level.
import type { Kafka } from 'kafkajs';
import { fetchRequest, type FetchedRecord } from './kafkajs-wire';

export type Isolation = 'read_committed' | 'read_uncommitted';

export interface FetchedBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly transactional: boolean;
  readonly control: boolean;
  /** The record values as strings; for a control batch, 'COMMIT' or 'ABORT'. */
  readonly values: readonly string[];
}

export interface FetchedPartition {
  readonly errorCode: number;
  readonly highWatermark: number;
  readonly lastStableOffset: number;
  readonly abortedTransactions: readonly { producerId: number; firstOffset: number }[];
  readonly batches: readonly FetchedBatch[];
}

const FETCH_VERSION = 11;
const ISOLATION_LEVELS: Record<Isolation, number> = { read_uncommitted: 0, read_committed: 1 };

/**
 * One sessionless Fetch v11 of `topic`-`partition` from `fromOffset` at `isolation`, with every batch of the answer
 * (control batches included: clients hide them, this does not) and the partition's LSO and aborted transactions.
 * kafkajs's decoder hands back the records of all batches in log order, each with its batch's header; a batch left
 * with no record (compaction) does not show.
 */
export async function fetchPartition(
  bootstrap: string,
  topic: string,
  partition: number,
  fromOffset: number,
  isolation: Isolation,
): Promise<FetchedPartition> {
  const res = await fetchRequest(bootstrap, FETCH_VERSION, {
    isolationLevel: ISOLATION_LEVELS[isolation],
    maxWaitTime: 0,
    minBytes: 0,
    maxBytes: 16 << 20,
    topics: [{ topic, partitions: [{ partition, fetchOffset: String(fromOffset), maxBytes: 16 << 20 }] }],
  });
  const data = res.responses[0]?.partitions[0];
  if (data === undefined) throw new Error(`Fetch of ${topic}-${partition} answered no partition`);
  return {
    errorCode: data.errorCode,
    highWatermark: Number(data.highWatermark),
    lastStableOffset: Number(data.lastStableOffset),
    abortedTransactions: data.abortedTransactions.map((a) => ({
      producerId: Number(a.producerId),
      firstOffset: Number(a.firstOffset),
    })),
    batches: batchesOf(data.messages),
  };
}

/** Consecutive records with the same batch base offset are one batch. */
function batchesOf(records: readonly FetchedRecord[]): FetchedBatch[] {
  const batches: FetchedBatch[] = [];
  let current: { baseOffset: string; values: string[] } | null = null;
  for (const record of records) {
    const context = record.batchContext;
    if (context === undefined)
      throw new Error(`offset ${record.offset} is in a legacy message set, not a record batch`);
    if (current === null || current.baseOffset !== context.firstOffset) {
      const values: string[] = [];
      const baseOffset = Number(context.firstOffset);
      batches.push({
        baseOffset,
        lastOffset: baseOffset + context.lastOffsetDelta,
        producerId: Number(context.producerId),
        producerEpoch: context.producerEpoch,
        transactional: context.inTransaction,
        control: context.isControlBatch,
        values,
      });
      current = { baseOffset: context.firstOffset, values };
    }
    current.values.push(context.isControlBatch ? controlType(record.key) : (record.value?.toString() ?? ''));
  }
  return batches;
}

/** A control record's key is version (int16) then type (int16): 0 ABORT, 1 COMMIT. */
function controlType(key: Buffer | null): string {
  return key !== null && key.length >= 4 && key.readInt16BE(2) === 1 ? 'COMMIT' : 'ABORT';
}

/** Polls `probe` until `done` holds for what it returns, or fails with the last value after `timeoutMs`. */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`${what}: not reached within ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export interface CollectedRecord {
  readonly partition: number;
  readonly offset: number;
  readonly value: string;
}

let groupCounter = 0;

/**
 * Reads `topic` from the beginning in a consumer group of its own at `isolation` until `count` records arrived
 * (all partitions, in arrival order per partition); rejects with what it collected after `timeoutMs`. `records`,
 * when given, receives each record as it arrives, so a test can watch the reader's progress.
 */
export async function kafkajsCollect(
  kafka: Kafka,
  topic: string,
  count: number,
  isolation: Isolation,
  timeoutMs = 20_000,
  records: CollectedRecord[] = [],
): Promise<CollectedRecord[]> {
  const consumer = kafka.consumer({
    groupId: `compat-txn-${process.pid}-${++groupCounter}`,
    readUncommitted: isolation === 'read_uncommitted',
    maxWaitTimeInMs: 100,
    retry: { retries: 2 },
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let done: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        records.push({ partition, offset: Number(message.offset), value: message.value?.toString() ?? '' });
        if (records.length >= count) done();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      throw new Error(
        `kafkajs (${isolation}) read ${records.length} of ${count} records from ${topic} within ${timeoutMs} ms: ${JSON.stringify(records)}`,
      );
    }
    return records;
  } finally {
    await consumer.disconnect();
  }
}

/** The Kafka error name a kafkajs error carries, looking through the wrappers kafkajs puts around protocol errors. */
export function kafkajsErrorType(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e !== null && typeof e === 'object'; depth++) {
    const o = e as { type?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof o.type === 'string') return o.type;
    e = o.originalError ?? o.cause;
  }
  return undefined;
}

/** `promise`, or a rejection naming `what` once `timeoutMs` passes first. */
export async function withDeadline<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not done within ${timeoutMs} ms`)), timeoutMs)),
  );
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
