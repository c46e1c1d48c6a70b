// Request frames for the raw-protocol load generator, built once before a run so the generator spends its time on
// sockets, not on encoding. Versions are the highest both samsa and the librdkafka mock serve (Produce v7, Fetch v11),
// so one generator drives both servers with identical bytes.
import {
  CreateTopicsApi,
  FetchApi,
  ProduceApi,
  Reader,
  Writer,
  buildRecordBatch,
  decodeResponseHeader,
  encodeRequestHeader,
  encodeResponseHeader,
  type FetchRequest,
} from '@samsa/protocol';

export const PRODUCE_VERSION = 7;
export const FETCH_VERSION = 11;
const CLIENT_ID = 'samsa-bench';

/** A request as two buffers written back to back: a small per-request prefix and a (shared) record batch. */
export interface FramePart {
  readonly head: Buffer;
  readonly body: Buffer | null;
}

function frame(build: (w: Writer) => void): Buffer {
  const w = new Writer(1024);
  const at = w.reserveInt32();
  build(w);
  w.setInt32At(at, w.byteLength - 4);
  return w.toBuffer();
}

/** One v2 record batch of `count` records with `valueBytes`-byte values (and 8-byte keys). */
export function recordBatch(count: number, valueBytes: number): Buffer {
  const value = Buffer.alloc(valueBytes, 'v');
  const now = Date.now();
  const records = [];
  for (let i = 0; i < count; i++)
    records.push({ key: Buffer.from(`k${String(i).padStart(7, '0')}`), value, timestamp: now });
  return buildRecordBatch({ records, baseTimestamp: now });
}

/** The largest batch of `valueBytes` records not over `batchBytes`. */
export function batchOfSize(valueBytes: number, batchBytes: number): { batch: Buffer; records: number } {
  const one = recordBatch(1, valueBytes).length - 61;
  let records = Math.max(1, Math.floor((batchBytes - 61) / one));
  let batch = recordBatch(records, valueBytes);
  while (batch.length > batchBytes && records > 1) batch = recordBatch(--records, valueBytes);
  return { batch, records };
}

/**
 * A Produce v7 request for one partition whose record set is `batch`. The batch is the last field of the frame, so the
 * request is sent as `head` (size, header, fields) then the shared `batch` buffer, with no per-request copy.
 */
export function produceFrame(
  topic: string,
  partition: number,
  acks: number,
  correlationId: number,
  batch: Buffer,
): FramePart {
  const whole = frame((w) => {
    encodeRequestHeader(w, { apiKey: 0, apiVersion: PRODUCE_VERSION, correlationId, clientId: CLIENT_ID }, 1);
    ProduceApi.encodeRequest(w, PRODUCE_VERSION, {
      transactionalId: null,
      acks,
      timeoutMs: 30000,
      topicData: [{ name: topic, partitionData: [{ index: partition, records: batch }] }],
    });
  });
  const head = whole.subarray(0, whole.length - batch.length);
  if (!whole.subarray(head.length).equals(batch)) throw new Error('produce frame does not end with its batch');
  return { head: Buffer.from(head), body: batch };
}

export function fetchFrame(
  topic: string,
  partition: number,
  offset: number,
  partitionMaxBytes: number,
  correlationId: number,
  maxWaitMs = 0,
  minBytes = 0,
): FramePart {
  const request: FetchRequest = {
    replicaId: -1,
    maxWaitMs,
    minBytes,
    maxBytes: 64 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic,
        partitions: [
          {
            partition,
            currentLeaderEpoch: -1,
            fetchOffset: offset,
            lastFetchedEpoch: -1,
            logStartOffset: -1,
            partitionMaxBytes,
          },
        ],
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  };
  return {
    head: frame((w) => {
      encodeRequestHeader(w, { apiKey: 1, apiVersion: FETCH_VERSION, correlationId, clientId: CLIENT_ID }, 1);
      FetchApi.encodeRequest(w, FETCH_VERSION, request);
    }),
    body: null,
  };
}

export function createTopicsFrame(topic: string, partitions: number, configs: Record<string, string> = {}): Buffer {
  return frame((w) => {
    encodeRequestHeader(w, { apiKey: 19, apiVersion: 4, correlationId: 1, clientId: CLIENT_ID }, 1);
    CreateTopicsApi.encodeRequest(w, 4, {
      topics: [
        {
          name: topic,
          numPartitions: partitions,
          replicationFactor: 1,
          assignments: [],
          configs: Object.entries(configs).map(([name, value]) => ({ name, value })),
        },
      ],
      timeoutMs: 60000,
    });
  });
}

/** Error code of a CreateTopics v4 response body (after the size prefix). */
export function createTopicsError(response: Buffer): number {
  const r = new Reader(response);
  decodeResponseHeader(r, 0);
  const decoded = CreateTopicsApi.decodeResponse(r, 4);
  return decoded.topics[0]?.errorCode ?? -1;
}

/** Error code of the single partition of a Produce v7 response body; -1 when the shape is not the expected one. */
export function produceError(response: Buffer): number {
  // correlation id (4), topics count (4), name (2 + n), partitions count (4), index (4), error code (2)
  if (response.length < 14) return -1;
  const nameLength = response.readInt16BE(8);
  const at = 10 + nameLength + 8;
  return response.length >= at + 2 ? response.readInt16BE(at) : -1;
}

/** Decodes a Fetch v11 response body and returns the single partition's error code and record bytes. */
export function fetchPartition(response: Buffer): { errorCode: number; records: Buffer } {
  const r = new Reader(response);
  decodeResponseHeader(r, 0);
  const decoded = FetchApi.decodeResponse(r, FETCH_VERSION);
  const p = decoded.responses[0]?.partitions[0];
  if (!p) return { errorCode: decoded.errorCode ?? -1, records: Buffer.alloc(0) };
  const records =
    p.records === null
      ? Buffer.alloc(0)
      : Buffer.isBuffer(p.records)
        ? p.records
        : Buffer.concat(p.records as Buffer[]);
  return { errorCode: p.errorCode, records };
}

/** A successful Produce v7 response for one partition: what the raw TCP sink answers, so it moves the same bytes. */
export function produceResponseTemplate(topic: string): Buffer {
  return frame((w) => {
    encodeResponseHeader(w, 0, 0);
    ProduceApi.encodeResponse(w, PRODUCE_VERSION, {
      responses: [
        {
          name: topic,
          partitionResponses: [
            {
              index: 0,
              errorCode: 0,
              baseOffset: 0,
              logAppendTimeMs: -1,
              logStartOffset: 0,
              recordErrors: [],
              errorMessage: null,
            },
          ],
        },
      ],
      throttleTimeMs: 0,
    });
  });
}

/** [baseOffset, lastOffset] of each whole record batch in a record set (a cut-off last batch is left out). */
export function batchOffsets(records: Buffer): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  while (at + 61 <= records.length) {
    const size = 12 + records.readInt32BE(at + 8);
    if (at + size > records.length) break;
    const base = Number(records.readBigInt64BE(at));
    out.push([base, base + records.readInt32BE(at + 23)]);
    at += size;
  }
  return out;
}
