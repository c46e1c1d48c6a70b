// Workloads shared by the scripts/bench/*.bench.ts files: produce and fetch runs of the raw-protocol generator with
// pre-built frames, and the settings that scale them. SAMSA_BENCH_QUICK=1 shortens every run (for a smoke pass);
// SAMSA_BENCH_SECONDS sets the measured seconds of each run.
import { openSocket, runLoad, writeFrame, FrameCutter, type LoadResult, type Target } from './generator';
import { batchOfSize, fetchFrame, produceError, produceFrame, type FramePart } from './wire';

export const QUICK = process.env.SAMSA_BENCH_QUICK === '1';
export const SECONDS = Number(process.env.SAMSA_BENCH_SECONDS ?? (QUICK ? 0.5 : 1.5));
export const WARMUP = QUICK ? 0.2 : 0.5;
export const TOPIC = 'bench';

export const KB = 1024;
export const MB = 1024 * 1024;

export interface ProduceShape {
  /** Value bytes of each record. */
  readonly valueBytes: number;
  /** Upper bound of one batch. */
  readonly batchBytes: number;
  readonly acks: number;
  readonly connections: number;
  /** Partitions the requests rotate over (one batch per request). */
  readonly partitions?: number;
  /** Requests in flight per connection; by default 16 for small batches, 2 for batches of 256 KB or more. */
  readonly window?: number;
}

export interface ProduceRun extends LoadResult {
  readonly recordsPerBatch: number;
  readonly mbPerSecond: number;
  readonly recordsPerSecond: number;
}

export const defaultWindow = (batchBytes: number): number => (batchBytes >= 256 * KB ? 2 : 16);

const batches = new Map<string, { batch: Buffer; records: number }>();
export function sharedBatch(valueBytes: number, batchBytes: number): { batch: Buffer; records: number } {
  const key = `${valueBytes}/${batchBytes}`;
  let b = batches.get(key);
  if (!b) batches.set(key, (b = batchOfSize(valueBytes, batchBytes)));
  return b;
}

export function checkProduce(body: Buffer): void {
  const error = produceError(body);
  if (error !== 0) throw new Error(`produce failed with error ${error}`);
}

/** Produce throughput: request MB/s (the bytes a client sends) and records/s. */
export async function produceRun(port: Target, shape: ProduceShape): Promise<ProduceRun> {
  const { batch, records } = sharedBatch(shape.valueBytes, shape.batchBytes);
  const window = shape.window ?? defaultWindow(shape.batchBytes);
  const partitions = shape.partitions ?? 1;
  // Each connection walks its own share of the partitions, so every partition gets traffic.
  const perConnection = Math.max(2 * window, Math.ceil(partitions / shape.connections));
  const result = await runLoad({
    port,
    connections: shape.connections,
    window,
    seconds: SECONDS,
    warmupSeconds: WARMUP,
    check: checkProduce,
    frames: (c) =>
      Array.from({ length: perConnection }, (_, i) =>
        produceFrame(TOPIC, (c * perConnection + i) % partitions, shape.acks, i, batch),
      ),
  });
  return {
    ...result,
    recordsPerBatch: records,
    mbPerSecond: result.requestBytes / result.seconds / 1e6,
    recordsPerSecond: (result.requests * records) / result.seconds,
  };
}

/** Writes `count` produce requests (window 8) and waits for every answer: fills a log before a fetch run. */
export async function fill(port: Target, frame: FramePart, count: number): Promise<void> {
  return send(port, count, () => frame);
}

/** One produce request per partition, `shape`'s batch to each (window 8): every partition has been written. */
export async function produceToEach(
  port: number,
  partitions: number,
  shape: Pick<ProduceShape, 'valueBytes' | 'batchBytes' | 'acks'>,
): Promise<void> {
  const { batch } = sharedBatch(shape.valueBytes, shape.batchBytes);
  return send(port, partitions, (i) => produceFrame(TOPIC, i, shape.acks, i, batch));
}

/** Writes `count` produce requests, the i-th being `frameAt(i)`, 8 in flight, and waits for every answer. */
async function send(port: Target, count: number, frameAt: (i: number) => FramePart): Promise<void> {
  const socket = await openSocket(port);
  let sent = 0;
  let received = 0;
  await new Promise<void>((done, fail) => {
    const cutter = new FrameCutter((body) => {
      try {
        checkProduce(body);
      } catch (err) {
        fail(err);
        return;
      }
      received++;
      if (sent < count) {
        writeFrame(socket, frameAt(sent));
        sent++;
      }
      if (received === count) done();
    });
    socket.on('data', (c: Buffer) => cutter.push(c));
    socket.on('error', fail);
    for (; sent < Math.min(8, count); sent++) writeFrame(socket, frameAt(sent));
  });
  socket.destroy();
}

export interface FetchLog {
  readonly batches: number;
  readonly recordsPerBatch: number;
  readonly batchBytes: number;
}

/**
 * Fetch throughput over a log of `log.batches` equal batches: each request asks for `perFetch` batches' worth
 * (partition_max_bytes) from a batch boundary, connections start at different places and wrap around the log.
 */
export async function fetchRun(
  port: Target,
  log: FetchLog,
  perFetch: number,
  connections: number,
  window = 4,
): Promise<LoadResult> {
  const requestsInLog = Math.floor(log.batches / perFetch);
  const minBytes = perFetch * log.batchBytes;
  return runLoad({
    port,
    connections,
    window,
    seconds: SECONDS,
    warmupSeconds: WARMUP,
    check: (body) => {
      if (body.length < minBytes)
        throw new Error(`fetch response of ${body.length} bytes, expected at least ${minBytes}`);
    },
    frames: (c) =>
      Array.from({ length: Math.max(2 * window, requestsInLog) }, (_, i) => {
        const slot = (i + Math.floor((c * requestsInLog) / connections)) % requestsInLog;
        return fetchFrame(TOPIC, 0, slot * perFetch * log.recordsPerBatch, minBytes, i);
      }),
  });
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

export const sizeLabel = (bytes: number): string =>
  bytes >= MB ? `${bytes / MB} MB` : bytes >= KB ? `${bytes / KB} KB` : `${bytes} B`;
