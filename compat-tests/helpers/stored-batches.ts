// How the broker stored a partition, seen from the wire: a sessionless Fetch v4
// (magic 2 answers, so batches come back as stored) and the 61-byte header of
// each batch, without decompressing anything. Compat tests use it to check that
// a client's batches keep the client's codec, and what legacy writes became;
// the records themselves are always read back through real clients.
import { connect } from 'node:net';
import {
  decodeResponseHeader,
  encodeRequestHeader,
  FetchApi,
  readBatchHeader,
  Reader,
  Writer,
  type FetchRequest,
} from '@samsa/protocol';

const FETCH_VERSION = 4;
const LOG_OVERHEAD = 12;
const HEADER_SIZE = 61;

export interface StoredBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly magic: number;
  /** Attribute bits 0-2: 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd. */
  readonly codec: number;
  readonly timestampType: 'CreateTime' | 'LogAppendTime';
  readonly recordCount: number;
  readonly maxTimestamp: number;
}

function roundTrip(host: string, port: number, frame: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port }, () => socket.write(frame));
    let buffer = Buffer.alloc(0);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no Fetch response within 10 s'));
    }, 10_000);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (buffer.length >= 4 && buffer.length >= 4 + buffer.readInt32BE(0)) {
        clearTimeout(timer);
        socket.destroy();
        resolve(buffer.subarray(4, 4 + buffer.readInt32BE(0)));
      }
    });
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** Every batch header of `topic`/`partition` from `fromOffset` to the high watermark. */
export async function storedBatches(
  bootstrap: string,
  topic: string,
  partition: number,
  fromOffset = 0,
): Promise<StoredBatch[]> {
  const colon = bootstrap.lastIndexOf(':');
  const host = bootstrap.slice(0, colon);
  const port = Number(bootstrap.slice(colon + 1));
  const batches: StoredBatch[] = [];
  let next = fromOffset;
  for (let round = 0; round < 1000; round++) {
    const request: FetchRequest = {
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 16 << 20,
      isolationLevel: 0,
      topics: [{ topic, partitions: [{ partition, fetchOffset: next, partitionMaxBytes: 16 << 20 }] }],
    };
    const w = new Writer();
    const sizeAt = w.reserveInt32();
    encodeRequestHeader(
      w,
      { apiKey: FetchApi.apiKey, apiVersion: FETCH_VERSION, correlationId: 1, clientId: 'compat-stored-batches' },
      FetchApi.requestHeaderVersion(FETCH_VERSION),
    );
    FetchApi.encodeRequest(w, FETCH_VERSION, request);
    w.setInt32At(sizeAt, w.byteLength - 4);
    const reader = new Reader(await roundTrip(host, port, w.toBuffer()), 0);
    decodeResponseHeader(reader, FetchApi.responseHeaderVersion(FETCH_VERSION));
    const data = FetchApi.decodeResponse(reader, FETCH_VERSION).responses[0]?.partitions[0];
    if (data === undefined) throw new Error(`Fetch of ${topic}/${partition} answered no partition`);
    if (data.errorCode !== 0)
      throw new Error(`Fetch of ${topic}/${partition} at ${next} failed with error code ${data.errorCode}`);
    const records =
      data.records === null
        ? Buffer.alloc(0)
        : Buffer.isBuffer(data.records)
          ? data.records
          : Buffer.concat(data.records);
    let pos = 0;
    while (pos + HEADER_SIZE <= records.length) {
      const h = readBatchHeader(records, pos);
      if (pos + LOG_OVERHEAD + h.batchLength > records.length) break;
      const lastOffset = h.baseOffset + h.lastOffsetDelta;
      if (lastOffset >= next) {
        batches.push({
          baseOffset: h.baseOffset,
          lastOffset,
          magic: h.magic,
          codec: h.attributes & 0x07,
          timestampType: (h.attributes & 0x08) === 0 ? 'CreateTime' : 'LogAppendTime',
          recordCount: h.recordCount,
          maxTimestamp: h.maxTimestamp,
        });
        next = lastOffset + 1;
      }
      pos += LOG_OVERHEAD + h.batchLength;
    }
    if (next >= data.highWatermark || pos === 0) break;
  }
  return batches;
}
