// The raw-protocol load generator: pre-built frames, several connections, a window of pipelined requests on each.
// It finds a server's ceiling, so it does as little as it can per request: frames are written as they were built
// (a small head and a shared batch, corked into one writev), and responses are only cut at their size prefix and
// checked for their correlation id (plus an optional check of the body).
import { connect, type Socket } from 'node:net';
import { connect as connectTls, type ConnectionOptions } from 'node:tls';
import type { FramePart } from './wire';

/** Where a load goes: a port on 127.0.0.1, or one that speaks TLS (with the client's TLS options). */
export type Target = number | { readonly port: number; readonly tls: ConnectionOptions };

export interface LoadSpec {
  readonly port: Target;
  readonly connections: number;
  /** Requests in flight on each connection. */
  readonly window: number;
  /** The ring of frames connection `c` sends over and over; frame i carries correlation id i. */
  readonly frames: (connection: number) => readonly FramePart[];
  readonly seconds: number;
  readonly warmupSeconds: number;
  /** Throws when a response body (after the size prefix) is not a success. */
  readonly check?: (response: Buffer) => void;
}

export interface LoadResult {
  readonly requests: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly seconds: number;
}

export function openSocket(target: Target): Promise<Socket> {
  return new Promise((ok, fail) => {
    const s =
      typeof target === 'number'
        ? connect({ port: target, host: '127.0.0.1' }, () => {
            s.off('error', fail);
            ok(s);
          })
        : connectTls({ port: target.port, host: '127.0.0.1', ...target.tls }, () => {
            s.off('error', fail);
            ok(s);
          });
    s.once('error', fail);
    s.setNoDelay(true);
  });
}

/** Opens sockets a few at a time: a listen backlog can be small (the librdkafka mock's is 5). */
async function openMany(port: Target, count: number): Promise<Socket[]> {
  const sockets: Socket[] = [];
  while (sockets.length < count) {
    const batch = Math.min(32, count - sockets.length);
    sockets.push(...(await Promise.all(Array.from({ length: batch }, () => openSocket(port)))));
  }
  return sockets;
}

/** Cuts size-prefixed frames from a stream; joins chunks only once a whole frame is there. */
export class FrameCutter {
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #need = 4;
  readonly #onFrame: (body: Buffer) => void;

  constructor(onFrame: (body: Buffer) => void) {
    this.#onFrame = onFrame;
  }

  push(chunk: Buffer): void {
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    if (this.#pendingBytes < this.#need) return;
    let buf =
      this.#pending.length === 1 ? (this.#pending[0] as Buffer) : Buffer.concat(this.#pending, this.#pendingBytes);
    while (buf.length >= 4) {
      const size = buf.readInt32BE(0);
      if (buf.length < 4 + size) break;
      this.#onFrame(buf.subarray(4, 4 + size));
      buf = buf.subarray(4 + size);
    }
    this.#pending = buf.length > 0 ? [buf] : [];
    this.#pendingBytes = buf.length;
    this.#need = buf.length >= 4 ? 4 + buf.readInt32BE(0) : 4;
  }
}

export function writeFrame(socket: Socket, f: FramePart): void {
  if (f.body === null) {
    socket.write(f.head);
    return;
  }
  socket.cork();
  socket.write(f.head);
  socket.write(f.body);
  socket.uncork();
}

export const frameBytes = (f: FramePart): number => f.head.length + (f.body?.length ?? 0);

/** Runs `spec` and reports what completed between the end of the warm-up and the deadline. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const sockets = await openMany(spec.port, spec.connections);
  let requests = 0;
  let requestBytes = 0;
  let responseBytes = 0;
  let sending = true;
  let inFlight = 0;
  let failure: Error | null = null;
  let settle: () => void = () => undefined;
  const drained = new Promise<void>((r) => {
    settle = r;
  });

  sockets.forEach((socket, c) => {
    const ring = spec.frames(c);
    if (ring.length < spec.window)
      throw new Error(`ring of ${ring.length} frames is smaller than the window ${spec.window}`);
    let next = 0;
    let expect = 0;
    const send = (): void => {
      writeFrame(socket, ring[next] as FramePart);
      next = (next + 1) % ring.length;
      inFlight++;
    };
    const cutter = new FrameCutter((body) => {
      inFlight--;
      const correlationId = body.readInt32BE(0);
      if (correlationId !== expect)
        failure ??= new Error(`connection ${c}: response ${correlationId}, expected ${expect}`);
      try {
        spec.check?.(body);
      } catch (err) {
        failure ??= err as Error;
      }
      requests++;
      requestBytes += frameBytes(ring[expect] as FramePart);
      responseBytes += 4 + body.length;
      expect = (expect + 1) % ring.length;
      if (sending && failure === null) send();
      else if (inFlight === 0) settle();
    });
    socket.on('data', (chunk: Buffer) => cutter.push(chunk));
    socket.on('error', (err) => {
      failure ??= err;
      settle();
    });
    socket.on('close', () => {
      if (sending) {
        failure ??= new Error(`connection ${c} closed by the server`);
        settle();
      }
    });
    for (let i = 0; i < spec.window; i++) send();
  });

  await sleep(spec.warmupSeconds * 1000);
  const from = { requests, requestBytes, responseBytes, at: process.hrtime.bigint() };
  await sleep(spec.seconds * 1000);
  const to = { requests, requestBytes, responseBytes, at: process.hrtime.bigint() };
  sending = false;
  if (inFlight > 0 && failure === null) await Promise.race([drained, sleep(30000)]);
  for (const s of sockets) s.destroy();
  if (failure !== null) throw failure;
  return {
    requests: to.requests - from.requests,
    requestBytes: to.requestBytes - from.requestBytes,
    responseBytes: to.responseBytes - from.responseBytes,
    seconds: Number(to.at - from.at) / 1e9,
  };
}

export interface LatencySpec {
  readonly port: number;
  readonly rate: number;
  readonly frames: readonly FramePart[];
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly check?: (response: Buffer) => void;
}

/**
 * Sends requests at a fixed rate on one connection (a 1 ms timer sends whatever is due, so the rate holds even when
 * a timer fires late) and returns each request's time from write to response, in microseconds, sorted.
 */
export async function runLatency(spec: LatencySpec): Promise<Float64Array> {
  const socket = await openSocket(spec.port);
  const total = Math.round(spec.rate * (spec.seconds + spec.warmupSeconds));
  const skip = Math.round(spec.rate * spec.warmupSeconds);
  const sentAt = new Float64Array(total);
  const latency = new Float64Array(total - skip);
  const ring = spec.frames;
  let sent = 0;
  let received = 0;
  let failure: Error | null = null;
  const start = performance.now();
  await new Promise<void>((done) => {
    const cutter = new FrameCutter((body) => {
      const correlationId = body.readInt32BE(0);
      if (correlationId !== received % ring.length) failure ??= new Error(`response ${correlationId} out of order`);
      try {
        spec.check?.(body);
      } catch (err) {
        failure ??= err as Error;
      }
      if (received >= skip) latency[received - skip] = (performance.now() - (sentAt[received] as number)) * 1000;
      received++;
      if (received === total || failure !== null) done();
    });
    socket.on('data', (c: Buffer) => cutter.push(c));
    socket.on('error', (err) => {
      failure ??= err;
      done();
    });
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * spec.rate));
      while (sent < due) {
        sentAt[sent] = performance.now();
        writeFrame(socket, ring[sent % ring.length] as FramePart);
        sent++;
      }
      if (sent === total) clearInterval(timer);
    }, 1);
  });
  socket.destroy();
  if (failure !== null) throw failure;
  return latency.sort();
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface EndToEndSpec {
  readonly port: number;
  /** Produce requests per second, each one batch of `recordsPerBatch` records to partition 0. */
  readonly rate: number;
  readonly recordsPerBatch: number;
  readonly produce: (correlationId: number) => FramePart;
  /** A long-polling fetch from `offset` (max_wait_ms long enough that the broker answers when data arrives). */
  readonly fetch: (offset: number, correlationId: number) => FramePart;
  /** Record batches of a fetch response body: [baseOffset, lastOffset] of each, in order. */
  readonly batches: (response: Buffer) => ReadonlyArray<readonly [number, number]>;
  readonly seconds: number;
  readonly warmupSeconds: number;
}

/**
 * End-to-end latency: a producer connection sends one batch per tick at a fixed rate (acks=1) while a consumer
 * connection keeps one long-polling fetch in flight from the next offset; each batch's latency is from the write of
 * its produce request to the arrival of the fetch response that carries it. Returns microseconds, sorted.
 */
export async function runEndToEnd(spec: EndToEndSpec): Promise<Float64Array> {
  const producer = await openSocket(spec.port);
  const consumer = await openSocket(spec.port);
  const total = Math.round(spec.rate * (spec.seconds + spec.warmupSeconds));
  const skip = Math.round(spec.rate * spec.warmupSeconds);
  const sentAt = new Float64Array(total);
  const latency = new Float64Array(total - skip);
  let sent = 0;
  let produced = 0;
  let consumed = 0; // batches seen by the consumer
  let nextOffset = 0;
  let fetches = 0;
  let failure: Error | null = null;
  const start = performance.now();
  await new Promise<void>((done) => {
    const fail = (err: Error): void => {
      failure ??= err;
      done();
    };
    producer.on(
      'data',
      (
        (cutter) => (c: Buffer) =>
          cutter.push(c)
      )(
        new FrameCutter(() => {
          produced++;
        }),
      ),
    );
    consumer.on(
      'data',
      (
        (cutter) => (c: Buffer) =>
          cutter.push(c)
      )(
        new FrameCutter((body) => {
          const now = performance.now();
          let batches: ReadonlyArray<readonly [number, number]>;
          try {
            batches = spec.batches(body);
          } catch (err) {
            fail(err as Error);
            return;
          }
          for (const [base, last] of batches) {
            if (last < nextOffset) continue; // a batch seen before (fetch from inside it)
            if (base !== consumed * spec.recordsPerBatch) {
              fail(new Error(`batch at offset ${base}, expected ${consumed * spec.recordsPerBatch}`));
              return;
            }
            if (consumed >= skip) latency[consumed - skip] = (now - (sentAt[consumed] as number)) * 1000;
            consumed++;
            nextOffset = last + 1;
          }
          if (consumed >= total) {
            done();
            return;
          }
          writeFrame(consumer, spec.fetch(nextOffset, ++fetches));
        }),
      ),
    );
    for (const s of [producer, consumer]) s.on('error', fail);
    writeFrame(consumer, spec.fetch(0, 0));
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * spec.rate));
      while (sent < due) {
        sentAt[sent] = performance.now();
        writeFrame(producer, spec.produce(sent));
        sent++;
      }
      if (sent === total) clearInterval(timer);
    }, 1);
  });
  // A fetch may carry the last batch before its produce response is in; wait for those.
  for (let waited = 0; failure === null && produced < consumed && waited < 5000; waited += 10) await sleep(10);
  producer.destroy();
  consumer.destroy();
  if (failure !== null) throw failure;
  if (produced < consumed)
    throw new Error(`consumed ${consumed} batches but only ${produced} produce responses came back`);
  return latency.sort();
}
