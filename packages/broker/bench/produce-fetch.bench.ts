// Produce and fetch over the real protocol, each next to a raw TCP baseline measured in the same run:
//  - produce: pipelined Produce v9 requests (one 16 KB batch each, acks=1, 32 in flight) on one connection to an
//    in-process broker with disk storage, against a plain net server that reads and discards the same request
//    bytes. MB/s of request bytes and requests/s;
//  - fetch: the same log read back with pipelined Fetch v12 requests of 1 MiB (64 batches each, 4 in flight),
//    against a plain net server that writes the same number of bytes in 1 MiB chunks to a client that discards them.
// The machine may be shared, so rounds interleave baseline and broker and the medians are reported.
// `npm run bench produce-fetch`; SAMSA_BENCH_ROUNDS and SAMSA_BENCH_PRODUCE_REQUESTS scale it.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import {
  FetchApi,
  ProduceApi,
  Writer,
  buildRecordBatch,
  encodeRequestHeader,
  type FetchRequest,
} from '@samsa/protocol';
import { startBroker, type RunningBroker } from '../src/index';

interface Harness {
  report(figure: {
    group: string;
    name: string;
    value: number;
    unit: string;
    baseline?: { name: string; value: number };
  }): void;
}
// Loaded at run time: scripts/ sits outside this package's TypeScript project.
const { report } = require(resolve(__dirname, '../../../scripts/bench/harness')) as Harness;

const ROUNDS = Number(process.env.SAMSA_BENCH_ROUNDS ?? 3);
const REQUESTS = Number(process.env.SAMSA_BENCH_PRODUCE_REQUESTS ?? 3000);
const PRODUCE_WINDOW = 32;
const FETCH_WINDOW = 4;
const BATCHES_PER_FETCH = 64;
const RECORDS_PER_BATCH = 160;
const TOPIC = 'bench';

interface Run {
  bytes: number;
  requests: number;
  seconds: number;
}

interface PipelinedRun extends Run {
  responseBytes: number;
}

function frame(build: (w: Writer) => void): Buffer {
  const w = new Writer(32 * 1024);
  const at = w.reserveInt32();
  build(w);
  w.setInt32At(at, w.byteLength - 4);
  return w.toBuffer();
}

/** One ~16 KB batch: 160 records of ~96 bytes. */
function batch(): Buffer {
  const value = Buffer.alloc(80, 'v');
  const now = Date.now();
  return buildRecordBatch({
    records: Array.from({ length: RECORDS_PER_BATCH }, (_, i) => ({
      key: Buffer.from(`key-${i}`),
      value,
      timestamp: now,
    })),
    baseTimestamp: now,
  });
}

function produceFrames(records: Buffer): Buffer[] {
  return Array.from({ length: REQUESTS }, (_, i) =>
    frame((w) => {
      encodeRequestHeader(w, { apiKey: 0, apiVersion: 9, correlationId: i, clientId: 'bench' }, 2);
      ProduceApi.encodeRequest(w, 9, {
        transactionalId: null,
        acks: 1,
        timeoutMs: 30000,
        topicData: [{ name: TOPIC, partitionData: [{ index: 0, records }] }],
      });
    }),
  );
}

function fetchFrames(batchBytes: number, firstOffset: number): Buffer[] {
  const fetches = Math.floor(REQUESTS / BATCHES_PER_FETCH);
  return Array.from({ length: fetches }, (_, i) =>
    frame((w) => {
      const request: FetchRequest = {
        replicaId: -1,
        maxWaitMs: 0,
        minBytes: 0,
        maxBytes: 64 << 20,
        isolationLevel: 0,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            topic: TOPIC,
            partitions: [
              {
                partition: 0,
                currentLeaderEpoch: -1,
                fetchOffset: firstOffset + i * BATCHES_PER_FETCH * RECORDS_PER_BATCH,
                lastFetchedEpoch: -1,
                logStartOffset: -1,
                partitionMaxBytes: BATCHES_PER_FETCH * batchBytes,
              },
            ],
          },
        ],
        forgottenTopicsData: [],
        rackId: '',
      };
      encodeRequestHeader(w, { apiKey: 1, apiVersion: 12, correlationId: i, clientId: 'bench' }, 2);
      FetchApi.encodeRequest(w, 12, request);
    }),
  );
}

function open(port: number): Promise<Socket> {
  return new Promise((ok, fail) => {
    const s = connect({ port, host: '127.0.0.1' }, () => ok(s));
    s.once('error', fail);
    s.setNoDelay(true);
  });
}

/** Sends `frames` keeping `window` in flight; resolves once every response has arrived (bytes = request bytes). */
async function pipelined(
  port: number,
  frames: readonly Buffer[],
  window: number,
  check: (response: Buffer, index: number) => void,
): Promise<PipelinedRun> {
  const socket = await open(port);
  let sent = 0;
  let received = 0;
  let responseBytes = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const start = process.hrtime.bigint();
  await new Promise<void>((done, fail) => {
    socket.on('error', fail);
    const sendNext = (): void => {
      if (sent < frames.length) socket.write(frames[sent++] as Buffer);
    };
    // Chunks are joined only once a whole frame is there, so large responses are not copied again and again.
    let need = 4;
    socket.on('data', (chunk: Buffer) => {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < need) return;
      let buf = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes);
      while (buf.length >= 4 && buf.length >= 4 + buf.readInt32BE(0)) {
        const size = buf.readInt32BE(0);
        check(buf.subarray(4, 4 + size), received);
        responseBytes += 4 + size;
        buf = buf.subarray(4 + size);
        received++;
        sendNext();
      }
      pending = buf.length > 0 ? [buf] : [];
      pendingBytes = buf.length;
      need = buf.length >= 4 ? 4 + buf.readInt32BE(0) : 4;
      if (received === frames.length) done();
    });
    for (let i = 0; i < window; i++) sendNext();
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  socket.destroy();
  let requestBytes = 0;
  for (const f of frames) requestBytes += f.length;
  return { bytes: requestBytes, responseBytes, requests: frames.length, seconds };
}

function checkProduce(response: Buffer, index: number): void {
  if (response.readInt32BE(0) !== index) throw new Error(`produce response ${index} out of order`);
  // v9 body: header tag byte, topics (compact), name, partitions (compact), index int32, error int16.
  let p = 5;
  p += 1; // topics count
  const nameLength = response[p]! - 1;
  p += 1 + nameLength + 1 + 4;
  const error = response.readInt16BE(p);
  if (error !== 0) throw new Error(`produce failed with error ${error}`);
}

function checkFetch(batchBytes: number): (response: Buffer, index: number) => void {
  return (response, index) => {
    if (response.readInt32BE(0) !== index) throw new Error(`fetch response ${index} out of order`);
    if (response.length < BATCHES_PER_FETCH * batchBytes)
      throw new Error(`fetch response ${index} holds only ${response.length} bytes`);
  };
}

/** Baseline: a server that reads and discards; resolves when it has received every byte of `frames`. */
async function tcpSink(frames: readonly Buffer[]): Promise<Run> {
  let total = 0;
  for (const f of frames) total += f.length;
  let got = 0;
  let finished: () => void = () => undefined;
  const all = new Promise<void>((r) => {
    finished = r;
  });
  const server: Server = createServer((s) =>
    s.on('data', (c: Buffer) => {
      got += c.length;
      if (got >= total) finished();
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const socket = await open(port);
  const start = process.hrtime.bigint();
  for (const f of frames) {
    if (!socket.write(f)) await new Promise((r) => socket.once('drain', r));
  }
  await all;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  socket.destroy();
  await new Promise((r) => server.close(r));
  return { bytes: total, requests: frames.length, seconds };
}

/** Baseline: a server that writes `total` bytes in `chunk`-sized writes to a client that discards them. */
async function tcpSource(total: number, chunk: number): Promise<Run> {
  const payload = Buffer.alloc(chunk, 7);
  const server: Server = createServer(async (s) => {
    let left = total;
    while (left > 0) {
      const piece = left >= chunk ? payload : payload.subarray(0, left);
      left -= piece.length;
      if (!s.write(piece)) await new Promise((r) => s.once('drain', r));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const start = process.hrtime.bigint();
  const socket = await open(port);
  let got = 0;
  await new Promise<void>((r) =>
    socket.on('data', (c: Buffer) => {
      got += c.length;
      if (got >= total) r();
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  socket.destroy();
  await new Promise((r) => server.close(r));
  return { bytes: total, requests: Math.ceil(total / chunk), seconds };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function main(): Promise<void> {
  const records = batch();
  const frames = produceFrames(records);
  const results = { sink: [] as Run[], produce: [] as Run[], source: [] as Run[], fetch: [] as Run[] };
  for (let round = 0; round < ROUNDS; round++) {
    const dir = mkdtempSync(join(process.env.SAMSA_BENCH_DIR ?? tmpdir(), 'samsa-produce-fetch-'));
    let broker: RunningBroker | null = null;
    try {
      broker = await startBroker(
        { listeners: 'PLAINTEXT://127.0.0.1:0', 'log.dirs': dir, 'log.segment.bytes': 256 << 20 },
        { logger: pino({ level: 'silent' }) },
      );
      broker.cluster.createTopic({ name: TOPIC, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] });
      results.sink.push(await tcpSink(frames));
      results.produce.push(await pipelined(broker.port, frames, PRODUCE_WINDOW, checkProduce));
      const fetches = fetchFrames(records.length, 0);
      const fetchRun = await pipelined(broker.port, fetches, FETCH_WINDOW, checkFetch(records.length));
      // Fetch throughput counts the bytes that came back.
      results.fetch.push({ bytes: fetchRun.responseBytes, requests: fetchRun.requests, seconds: fetchRun.seconds });
      results.source.push(await tcpSource(fetchRun.responseBytes, BATCHES_PER_FETCH * records.length));
    } finally {
      await broker?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const mbps = (r: Run): number => r.bytes / r.seconds / 1e6;
  const rps = (r: Run): number => r.requests / r.seconds;
  const group = `produce v9, 16 KB batches, acks=1, ${PRODUCE_WINDOW} in flight`;
  const sink = { name: 'raw TCP sink', value: median(results.sink.map(mbps)) };
  report({ group, name: sink.name, value: sink.value, unit: 'MB/s' });
  report({ group, name: 'samsa broker', value: median(results.produce.map(mbps)), unit: 'MB/s', baseline: sink });
  const sinkRps = { name: 'raw TCP sink', value: median(results.sink.map(rps)) };
  report({ group, name: 'samsa broker', value: median(results.produce.map(rps)), unit: 'req/s', baseline: sinkRps });
  const fgroup = `fetch v12, 1 MiB responses, ${FETCH_WINDOW} in flight`;
  const source = { name: 'raw TCP source', value: median(results.source.map(mbps)) };
  report({ group: fgroup, name: source.name, value: source.value, unit: 'MB/s' });
  report({
    group: fgroup,
    name: 'samsa broker',
    value: median(results.fetch.map(mbps)),
    unit: 'MB/s',
    baseline: source,
  });
  report({ group: fgroup, name: 'samsa broker', value: median(results.fetch.map(rps)), unit: 'req/s' });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
