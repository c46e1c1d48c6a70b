// The broker's request path without sockets, each figure next to a same-run baseline:
//  - frame cutting: FrameReader over 64 KiB chunks of 200-byte frames (some spanning chunks), against a reader that
//    concatenates its leftovers with every chunk;
//  - dispatch: a Metadata v12 request for one 3-partition topic through Dispatcher (header, registry, client quotas
//    with none set, handler, encode with size prefix), against the codec's decode + encode of the same messages alone.
import { resolve } from 'node:path';
import pino from 'pino';
import { MetadataApi, Reader, Writer, ZERO_UUID, encodeRequestHeader } from '@samsa/protocol';
import { Cluster } from '../src/cluster';
import { plaintextNode } from '../src/broker-node';
import { loadBrokerConfig } from '../src/config';
import { Dispatcher } from '../src/dispatch';
import { ANONYMOUS, type ClientSession } from '../src/client-session';
import { HandlerRegistry } from '../src/handlers/index';
import { FrameReader } from '../src/network/frame-reader';
import { ClientQuotas } from '../src/quotas/request-quota';
import { ReplicaManager } from '../src/replica-manager';
import { MemoryTopicStore } from '../src/topics/topic-store';

interface Measurement {
  ops: number;
  bytes: number;
  seconds: number;
}
interface Harness {
  measureSync(step: () => number, seconds?: number): Measurement;
  measureAsync(step: () => Promise<number>, seconds?: number): Promise<Measurement>;
  perSecond(m: Measurement): number;
  mbPerSecond(m: Measurement): number;
  report(figure: {
    group: string;
    name: string;
    value: number;
    unit: string;
    baseline?: { name: string; value: number };
  }): void;
}
// Loaded at run time: scripts/ sits outside this package's TypeScript project.
const { measureSync, measureAsync, perSecond, mbPerSecond, report } = require(
  resolve(__dirname, '../../../scripts/bench/harness'),
) as Harness;

function frameStream(frames: number, payload: number): Buffer[] {
  const one = Buffer.alloc(4 + payload, 7);
  one.writeInt32BE(payload, 0);
  const all = Buffer.concat(Array.from({ length: frames }, () => one));
  const chunks: Buffer[] = [];
  for (let i = 0; i < all.length; i += 65536) chunks.push(all.subarray(i, i + 65536));
  return chunks;
}

/** Baseline: keep leftovers and concat them with each new chunk. */
function concatReader(onFrame: (b: Buffer) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk) => {
    let buf = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (buf.length >= 4) {
      const size = buf.readInt32BE(0);
      if (buf.length < 4 + size) break;
      onFrame(buf.subarray(4, 4 + size));
      buf = buf.subarray(4 + size);
    }
    pending = buf;
  };
}

function benchFrames(): void {
  const chunks = frameStream(5000, 200);
  const total = chunks.reduce((n, c) => n + c.length, 0);
  let seen = 0;
  const baseline = measureSync(() => {
    const push = concatReader(() => {
      seen++;
    });
    for (const c of chunks) push(c);
    return total;
  });
  const ours = measureSync(() => {
    const reader = new FrameReader(1 << 20, {
      frame: () => {
        seen++;
      },
      invalidSize: () => undefined,
    });
    for (const c of chunks) reader.push(c);
    return total;
  });
  if (seen === 0) throw new Error('no frames');
  const base = { name: 'concat reader', value: mbPerSecond(baseline) };
  report({ group: 'frame cutting 200 B frames', name: 'concat reader', value: base.value, unit: 'MB/s' });
  report({
    group: 'frame cutting 200 B frames',
    name: 'FrameReader',
    value: mbPerSecond(ours),
    unit: 'MB/s',
    baseline: base,
  });
}

async function benchDispatch(): Promise<void> {
  const { config } = loadBrokerConfig({ listeners: 'PLAINTEXT://127.0.0.1:0', 'samsa.storage': 'memory' });
  const cluster = new Cluster('bench', config, new MemoryTopicStore());
  cluster.registerBroker(plaintextNode(1, '127.0.0.1', 9092));
  cluster.createTopic({ name: 'orders', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] });
  const logger = pino({ level: 'silent' });
  const replicas = ReplicaManager.open({ cluster, config, logger });
  // Client quotas as a broker runs them: none set, so each request only checks that none is.
  const quotas = new ClientQuotas({ store: cluster.clientQuotas, samples: 11, windowSeconds: 1, clock: Date.now });
  const dispatcher = new Dispatcher({ registry: new HandlerRegistry(), services: { cluster, replicas, quotas } });
  const request = {
    topics: [{ name: 'orders', topicId: ZERO_UUID }],
    allowAutoTopicCreation: false,
    includeTopicAuthorizedOperations: false,
  };
  const w = new Writer();
  encodeRequestHeader(w, { apiKey: 3, apiVersion: 12, correlationId: 1, clientId: 'bench' }, 2);
  MetadataApi.encodeRequest(w, 12, request);
  const frame = w.toBuffer();
  const session: ClientSession = {
    connectionId: 0,
    node: cluster.brokers[0]!,
    client: { clientId: null, softwareName: null, softwareVersion: null, remoteAddress: 'bench', remoteHost: 'bench' },
    auth: ANONYMOUS,
    logger,
    noteClientId: (clientId) => {
      session.client.clientId = clientId;
    },
    authenticated: () => undefined,
    closeAfterResponses: () => undefined,
    pauseReadsFor: () => undefined,
    holdReads: () => () => undefined,
  };
  const outcome = dispatcher.process(frame, session);
  if (outcome.kind !== 'respond') throw new Error('dispatch failed');
  const sample = (await outcome.response)!;
  const responseBody = MetadataApi.decodeResponse(new Reader(Buffer.concat(sample as Buffer[]), 9), 12);

  const baseline = measureSync(() => {
    const r = new Reader(frame, 0);
    r.skip(8);
    r.nullableString();
    r.skipTaggedFields();
    MetadataApi.decodeRequest(r, 12);
    const out = new Writer();
    MetadataApi.encodeResponse(out, 12, responseBody);
    return out.byteLength;
  });
  const ours = await measureAsync(async () => {
    const o = dispatcher.process(frame, session);
    if (o.kind !== 'respond') throw new Error('dispatch failed');
    const bufs = await o.response;
    return bufs ? bufs.length : 0;
  });
  const base = { name: 'codec only', value: perSecond(baseline) };
  report({ group: 'Metadata v12 request path', name: 'codec only', value: base.value, unit: 'req/s' });
  report({
    group: 'Metadata v12 request path',
    name: 'Dispatcher',
    value: perSecond(ours),
    unit: 'req/s',
    baseline: base,
  });
}

async function main(): Promise<void> {
  benchFrames();
  await benchDispatch();
}

void main();
