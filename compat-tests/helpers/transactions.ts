// What the transactions suites need beside the clients: a minimal raw-protocol connection (for requests no client
// will send, such as EndTxn for an id that was never initialised), a sessionless Fetch that reports a partition's
// last stable offset, aborted-transaction list and batch headers (control batches included) at either isolation
// level, and a kafkajs consumer that collects records at a chosen isolation level.
import { connect, type Socket } from 'node:net';
import {
  buildRecordBatch,
  decodeResponseHeader,
  encodeRequestHeader,
  FetchApi,
  isControl,
  isTransactional,
  readBatchHeader,
  Reader,
  RecordIterator,
  Writer,
  type ApiCodec,
  type FetchRequest,
} from '@samsa/protocol';
import type { Kafka } from 'kafkajs';

/** One request at a time over one TCP connection, encoded and decoded with the generated codecs. */
export class RawConnection {
  readonly #socket: Socket;
  #buffer: Buffer = Buffer.alloc(0);
  #waiting: { resolve: (frame: Buffer) => void; reject: (err: Error) => void } | null = null;
  #correlationId = 0;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('error', (err) => this.#fail(err));
    socket.on('close', () => this.#fail(new Error('connection closed by the broker')));
  }

  static open(bootstrap: string): Promise<RawConnection> {
    const colon = bootstrap.lastIndexOf(':');
    return new Promise((resolve, reject) => {
      const socket = connect({ host: bootstrap.slice(0, colon), port: Number(bootstrap.slice(colon + 1)) }, () => {
        socket.off('error', reject);
        resolve(new RawConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  async request<Req, Res>(codec: ApiCodec<Req, Res>, version: number, body: Req, timeoutMs = 15_000): Promise<Res> {
    if (this.#waiting !== null) throw new Error('RawConnection sends one request at a time');
    const correlationId = ++this.#correlationId;
    const w = new Writer();
    const sizeAt = w.reserveInt32();
    encodeRequestHeader(
      w,
      { apiKey: codec.apiKey, apiVersion: version, correlationId, clientId: 'compat-txn-raw' },
      codec.requestHeaderVersion(version),
    );
    codec.encodeRequest(w, version, body);
    w.setInt32At(sizeAt, w.byteLength - 4);
    const frame = await new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting = null;
        reject(new Error(`no ${codec.name} v${version} response within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiting = {
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      this.#socket.write(w.toBuffer());
    });
    const r = new Reader(frame, 0);
    const header = decodeResponseHeader(r, codec.responseHeaderVersion(version));
    if (header.correlationId !== correlationId)
      throw new Error(`correlation id ${header.correlationId}, expected ${correlationId}`);
    return codec.decodeResponse(r, version);
  }

  close(): void {
    this.#socket.destroy();
  }

  #onData(chunk: Buffer): void {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    while (this.#buffer.length >= 4 && this.#buffer.length >= 4 + this.#buffer.readInt32BE(0)) {
      const size = this.#buffer.readInt32BE(0);
      const frame = this.#buffer.subarray(4, 4 + size);
      this.#buffer = this.#buffer.subarray(4 + size);
      const waiting = this.#waiting;
      this.#waiting = null;
      if (waiting === null) throw new Error('a response arrived with no request waiting');
      waiting.resolve(frame);
    }
  }

  #fail(err: Error): void {
    const waiting = this.#waiting;
    this.#waiting = null;
    waiting?.reject(err);
  }
}

/** A v2 batch of string values, transactional when `producerId` is given with `transactional: true`. */
export function stringBatch(
  values: readonly string[],
  producer: { producerId: number; producerEpoch: number; baseSequence: number; transactional: boolean },
): Buffer {
  const ts = Date.now();
  return buildRecordBatch({
    records: values.map((v) => ({ key: null, value: Buffer.from(v), timestamp: ts })),
    baseTimestamp: ts,
    ...producer,
  });
}

export type Isolation = 'read_committed' | 'read_uncommitted';

export interface FetchedBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly transactional: boolean;
  readonly control: boolean;
  /** The record values as strings (data batches, uncompressed only); for a control batch, 'COMMIT' or 'ABORT'. */
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
const LOG_OVERHEAD = 12;
const HEADER_SIZE = 61;

/**
 * One sessionless Fetch v11 of `topic`-`partition` from `fromOffset` at `isolation`, with every batch of the answer
 * (control batches included: clients hide them, this does not) and the partition's LSO and aborted transactions.
 */
export async function fetchPartition(
  bootstrap: string,
  topic: string,
  partition: number,
  fromOffset: number,
  isolation: Isolation,
): Promise<FetchedPartition> {
  const conn = await RawConnection.open(bootstrap);
  try {
    const request: FetchRequest = {
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 16 << 20,
      isolationLevel: isolation === 'read_committed' ? 1 : 0,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic,
          partitions: [
            {
              partition,
              currentLeaderEpoch: -1,
              fetchOffset: fromOffset,
              logStartOffset: -1,
              partitionMaxBytes: 16 << 20,
            },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    };
    const res = await conn.request(FetchApi, FETCH_VERSION, request);
    const data = res.responses[0]?.partitions[0];
    if (data === undefined) throw new Error(`Fetch of ${topic}-${partition} answered no partition`);
    const records =
      data.records === null
        ? Buffer.alloc(0)
        : Buffer.isBuffer(data.records)
          ? data.records
          : Buffer.concat(data.records);
    const batches: FetchedBatch[] = [];
    let pos = 0;
    while (pos + HEADER_SIZE <= records.length) {
      const h = readBatchHeader(records, pos);
      const end = pos + LOG_OVERHEAD + h.batchLength;
      if (end > records.length) break;
      const control = isControl(h.attributes);
      const values: string[] = [];
      if ((h.attributes & 0x07) === 0) {
        const it = new RecordIterator(records, pos);
        while (it.next()) {
          if (control) {
            // A control record's key is version (int16) + type (int16): 0 ABORT, 1 COMMIT.
            const key = it.record.key();
            values.push(key !== null && key.length >= 4 && key.readInt16BE(2) === 1 ? 'COMMIT' : 'ABORT');
          } else {
            values.push(it.record.value()?.toString() ?? '');
          }
        }
      }
      batches.push({
        baseOffset: h.baseOffset,
        lastOffset: h.baseOffset + h.lastOffsetDelta,
        producerId: h.producerId,
        producerEpoch: h.producerEpoch,
        transactional: isTransactional(h.attributes),
        control,
        values,
      });
      pos = end;
    }
    return {
      errorCode: data.errorCode,
      highWatermark: data.highWatermark,
      lastStableOffset: data.lastStableOffset ?? -1,
      abortedTransactions: (data.abortedTransactions ?? []).map((a) => ({
        producerId: a.producerId,
        firstOffset: a.firstOffset,
      })),
      batches,
    };
  } finally {
    conn.close();
  }
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
