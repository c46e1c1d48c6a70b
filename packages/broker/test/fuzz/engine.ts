/**
 * The protocol fuzzer: mutated valid frames (seeds.ts, mutations.ts) against an in-process broker of two identities,
 * each frame on the fuzzing connection followed by an ApiVersions probe. What must hold:
 * - the broker answers the frame (a response that decodes at the frame's API and version), or answers nothing it
 *   owes nothing to (acks=0), or closes that connection; a request that may wait (a fetch, a join, acks=-1) may still
 *   be waiting when the probe times out, any other is a failure;
 * - a second client keeps working throughout: it produces a batch and reads it back;
 * - every batch stored in any replica's log, once the run is over, has a valid CRC and can be read record by record
 *   (samsa's strict record scan, and kafkajs's decoder as a second opinion).
 * A failure is recorded with the seed, the mutation and the frame, and the run goes on, so a long run reports all it
 * finds; error-level log lines are counted by message. `npm run fuzz -- --minutes N` runs it for longer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Decoder from 'kafkajs/src/protocol/decoder';
import decodeRecordBatch from 'kafkajs/src/protocol/recordBatch/v0/decoder';
import pino from 'pino';
import {
  ApiVersionsApi,
  BATCH_HEADER_SIZE,
  BatchHeaderView,
  CompressionType,
  RecordProblem,
  RecordScan,
  Reader,
  computeBatchCrc,
  decodeResponseHeader,
  decompress,
  errorInfo,
  ProduceApi,
  recordProblemMessage,
  scanRecords,
  type CompressionCodec,
  type ProduceResponse,
} from '@samsa/protocol';
import { asOffset } from '@samsa/storage';
import { HandlerRegistry } from '../../src/handlers/index';
import { startBroker, type RunningBroker } from '../../src/index';
import { registerKafkajsCodecs } from '../helpers/kafkajs-codecs';
import { batchOf, decodeRecords, fetch, produceOne } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';
import { applyMutation, mutationFor, mutationName, type Mutation } from './mutations';
import { buildSeeds, encodeFrame, type Seed, type SeedTopics } from './seeds';

export interface FuzzOptions {
  /** fast-check's seed: the same seed replays the same frames. */
  readonly seed: number;
  /** Frames drawn at random after the sweep (one mutated frame per seed). */
  readonly runs: number;
  /** Stop drawing frames after this long (the sweep always completes). */
  readonly timeLimitMs?: number;
  /** How long a frame may stay unanswered before the connection is dropped. */
  readonly pendingMs?: number;
  readonly storage?: 'memory' | 'disk';
  /** Called every `progressEvery` frames. */
  readonly onProgress?: (report: FuzzReport) => void;
  readonly progressEvery?: number;
}

export interface FuzzReport {
  frames: number;
  /** Frames sent, by seed API and version ("Produce v9"). */
  readonly byApi: Map<string, number>;
  /** Frames sent, by mutation. */
  readonly byMutation: Map<string, number>;
  /** answered: a response came back; unanswered: the probe came back first (acks=0); closed; waiting. */
  readonly outcomes: { answered: number; unanswered: number; closed: number; waiting: number };
  /** Error-level broker log lines, by message. */
  readonly errorLogs: Map<string, number>;
  /** What the answered Produce frames got, partition by partition (error names, NONE for an append). */
  readonly produceResults: Map<string, number>;
  storedBatches: number;
  storedRecords: number;
  healthChecks: number;
  readonly failures: string[];
}

/** APIs whose requests may legitimately wait: fetches, joins and syncs, acks=-1, transaction steps. */
const MAY_WAIT = new Set([0, 1, 11, 14, 22, 24, 25, 26, 27, 28]);
const PROBE_CORRELATION_ID = 0x7ffffff1;
const TOPICS: SeedTopics = {
  data: ['fuzz', 'fuzz-compact', 'fuzz-append-time', 'fuzz-gzip'],
  scratch: 'fuzz-scratch',
  group: 'fuzz-group',
  transactionalId: 'fuzz-txn',
};
const CONTROL_TOPIC = 'fuzz-control';

/** One fuzzing connection: raw frames out, size-prefixed frames in, and whether the broker closed it. */
class FuzzConnection {
  readonly #socket: Socket;
  #buffer: Buffer = Buffer.alloc(0);
  readonly frames: Buffer[] = [];
  closed = false;
  #wake: (() => void) | null = null;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
      while (this.#buffer.length >= 4 && this.#buffer.length >= 4 + this.#buffer.readInt32BE(0)) {
        const size = this.#buffer.readInt32BE(0);
        this.frames.push(this.#buffer.subarray(4, 4 + size));
        this.#buffer = this.#buffer.subarray(4 + size);
      }
      this.#wake?.();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.closed = true;
      this.#wake?.();
    });
  }

  static open(port: number): Promise<FuzzConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host: '127.0.0.1' }, () => resolve(new FuzzConnection(socket)));
      socket.once('error', reject);
    });
  }

  write(frame: Buffer): void {
    if (!this.closed) this.#socket.write(frame);
  }

  /** Resolves when `done()` holds or the connection closed, false after `ms`. */
  async until(done: () => boolean, ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!done() && !this.closed) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = null;
    }
    return true;
  }

  destroy(): void {
    this.#socket.destroy();
  }
}

const bump = (m: Map<string, number>, key: string): void => void m.set(key, (m.get(key) ?? 0) + 1);

export function emptyReport(): FuzzReport {
  return {
    frames: 0,
    byApi: new Map(),
    byMutation: new Map(),
    outcomes: { answered: 0, unanswered: 0, closed: 0, waiting: 0 },
    errorLogs: new Map(),
    produceResults: new Map(),
    storedBatches: 0,
    storedRecords: 0,
    healthChecks: 0,
    failures: [],
  };
}

/** Runs the fuzzer against a fresh broker and returns what it sent and found. */
export async function fuzzBroker(options: FuzzOptions, report: FuzzReport = emptyReport()): Promise<FuzzReport> {
  registerKafkajsCodecs();
  const dir = mkdtempSync(join(tmpdir(), 'samsa-fuzz-'));
  const logger = pino(
    { level: 'error' },
    { write: (line: string) => bump(report.errorLogs, (JSON.parse(line) as { msg: string }).msg) },
  );
  const broker = await startBroker(
    {
      listeners: 'PLAINTEXT://127.0.0.1:0',
      'log.dirs': dir,
      'samsa.storage': options.storage ?? 'memory',
      'samsa.broker.count': 2,
      'group.initial.rebalance.delay.ms': 0,
      'offsets.topic.num.partitions': 2,
      'transaction.state.log.num.partitions': 2,
      'transaction.state.log.min.isr': 1,
    },
    { logger },
  );
  const registry = new HandlerRegistry();
  let conn: FuzzConnection | null = null;
  let healthy: WireClient | null = null;
  try {
    createTopics(broker);
    const port = broker.nodes[0]!.port;
    healthy = await WireClient.connect(port);
    const seeds = await buildSeeds(registry.handlers(), TOPICS);
    const probe = encodeFrame(ApiVersionsApi, 0, ApiVersionsApi.defaultRequest());
    probe.writeInt32BE(PROBE_CORRELATION_ID, 8);
    const checkHealth = async (): Promise<void> => {
      report.healthChecks++;
      const failure = await healthFailure(healthy as WireClient, report.healthChecks);
      if (failure !== null) report.failures.push(`after ${report.frames} frames, the other client: ${failure}`);
    };

    const send = async (seed: Seed, m: Mutation): Promise<void> => {
      if (conn === null || conn.closed) conn = await FuzzConnection.open(port);
      const frame = applyMutation(seed, m);
      report.frames++;
      bump(report.byApi, `${seed.api} v${seed.version}`);
      bump(report.byMutation, mutationName(m));
      const c = conn;
      const before = c.frames.length;
      c.write(frame);
      c.write(probe);
      const probed = () => c.frames.slice(before).some((f) => f.readInt32BE(0) === PROBE_CORRELATION_ID);
      const settled = await c.until(probed, options.pendingMs ?? 1000);
      const got = c.frames.slice(before).filter((f) => f.readInt32BE(0) !== PROBE_CORRELATION_ID);
      const what = () =>
        `${seed.api} v${seed.version} (${seed.label}) ${JSON.stringify(m)}: ${frame.toString('hex').slice(0, 400)}`;
      if (!settled) {
        c.destroy();
        conn = null;
        if (MAY_WAIT.has(frame.readInt16BE(4))) report.outcomes.waiting++;
        else report.failures.push(`no answer and no close within ${options.pendingMs ?? 1000} ms: ${what()}`);
        return;
      }
      if (c.closed && !probed()) report.outcomes.closed++;
      else if (got.length > 0) report.outcomes.answered++;
      else report.outcomes.unanswered++;
      for (const response of got) {
        const problem = undecodable(registry, frame, response, report.produceResults);
        if (problem !== null) report.failures.push(`a response that does not decode (${problem}): ${what()}`);
      }
      if (options.onProgress && report.frames % (options.progressEvery ?? 500) === 0) options.onProgress(report);
      if (report.frames % 100 === 0) await checkHealth();
    };

    // The sweep: one mutated frame for every seed, so every API and version is fuzzed at least once.
    const rng = fc.sample(fc.integer(), { seed: options.seed, numRuns: 1 })[0] ?? options.seed;
    for (const [i, seed] of seeds.entries()) {
      const [m] = fc.sample(mutationFor(seed), { seed: rng + i, numRuns: 1 });
      if (m !== undefined) await send(seed, m);
    }
    // Then frames drawn at random, seed and mutation alike.
    const arb = fc
      .noBias(fc.nat(seeds.length - 1))
      .chain((i) => fc.tuple(fc.constant(i), mutationFor(seeds[i] as Seed)));
    await fc.assert(
      fc.asyncProperty(arb, async ([i, m]) => {
        await send(seeds[i] as Seed, m);
      }),
      {
        seed: options.seed,
        numRuns: options.runs,
        ...(options.timeLimitMs === undefined
          ? {}
          : { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false }),
      },
    );
    await checkHealth();
    await checkStoredBatches(broker, report);
  } finally {
    (conn as FuzzConnection | null)?.destroy();
    healthy?.destroy();
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

function createTopics(broker: RunningBroker): void {
  // The fuzzing connection and the other client talk to the first identity: it leads every partition, so requests
  // reach the append path rather than NOT_LEADER_OR_FOLLOWER; the second identity follows.
  const ids = broker.nodes.map((n) => n.nodeId);
  const create = (name: string, configs: Record<string, string> = {}): void => {
    broker.cluster.createTopic({
      name,
      numPartitions: -1,
      replicationFactor: -1,
      assignments: [0, 1, 2].map((partitionIndex) => ({ partitionIndex, brokerIds: ids })),
      configs: Object.entries(configs).map(([k, v]) => ({ name: k, value: v })),
    });
  };
  create('fuzz');
  create('fuzz-compact', { 'cleanup.policy': 'compact' });
  create('fuzz-append-time', { 'message.timestamp.type': 'LogAppendTime' });
  create('fuzz-gzip', { 'compression.type': 'gzip' });
  create(TOPICS.scratch);
  create(CONTROL_TOPIC);
}

/** The second client produces a batch to its own topic and reads it back; a description of what failed, or null. */
async function healthFailure(client: WireClient, n: number): Promise<string | null> {
  try {
    const value = `health ${n}`;
    const produced = await produceOne(client, 9, CONTROL_TOPIC, 0, batchOf([value]), 1);
    if (produced.errorCode !== 0) return `produce answered error ${produced.errorCode}`;
    const res = await fetch(client, 12, [{ topic: CONTROL_TOPIC, partition: 0, offset: produced.baseOffset }]);
    const p = res.responses[0]?.partitions[0];
    if (p?.errorCode !== 0) return `fetch answered error ${p?.errorCode}`;
    const values = (await decodeRecords(p.records)).map((r) => r.value);
    return values[0] === value ? null : `fetch read ${JSON.stringify(values)} instead of ${value}`;
  } catch (err) {
    return `failed: ${(err as Error).message}`;
  }
}

/**
 * Whether a response to `frame` decodes at the API and version the frame names (an unsupported ApiVersions version
 * is answered in v0, KIP-511); null when it does, or when the frame names nothing served (no answer is expected).
 */
function undecodable(
  registry: HandlerRegistry,
  frame: Buffer,
  response: Buffer,
  produceResults: Map<string, number>,
): string | null {
  if (frame.length < 12) return null;
  const handler = registry.get(frame.readInt16BE(4));
  if (!handler) return 'an answer to an unknown API';
  const asked = frame.readInt16BE(6);
  const served = asked >= handler.versions.min && asked <= handler.versions.max;
  const version = served ? asked : handler.api.apiKey === ApiVersionsApi.apiKey ? 0 : -1;
  if (version < 0) return 'an answer to an unsupported version';
  try {
    const reader = new Reader(response, 0);
    decodeResponseHeader(reader, handler.api.responseHeaderVersion(version));
    const body = handler.api.decodeResponse(reader, version);
    if (handler.api.apiKey === ProduceApi.apiKey) {
      for (const t of (body as ProduceResponse).responses)
        for (const p of t.partitionResponses) bump(produceResults, errorInfo(p.errorCode)?.name ?? String(p.errorCode));
    }
    return reader.remaining === 0
      ? null
      : `${reader.remaining} bytes left after the ${handler.api.name} v${version} response`;
  } catch (err) {
    return `${handler.api.name} v${version}: ${(err as Error).message}`;
  }
}

/** Every batch of every replica's log: CRC, then every record through samsa's scan and kafkajs's decoder. */
async function checkStoredBatches(broker: RunningBroker, report: FuzzReport): Promise<void> {
  const view = new BatchHeaderView();
  const scan = new RecordScan();
  for (const p of broker.replicas.partitions()) {
    for (const replica of p.replicas.values()) {
      const log = replica.log;
      let offset: number = log.logStartOffset;
      while (offset < log.logEndOffset) {
        const read = log.read(asOffset(offset), 1 << 20, { upTo: log.logEndOffset }).records;
        if (read.length === 0) break;
        for (const buf of read) {
          for (let off = 0; off + BATCH_HEADER_SIZE <= buf.length; off += view.sizeInBytes) {
            view.at(buf, off);
            const where = `${p.name} (replica on ${replica.nodeId}) offset ${view.baseOffset}`;
            const batch = buf.subarray(off, off + view.sizeInBytes);
            const problem = await storedBatchProblem(batch, view, scan);
            if (problem !== null) report.failures.push(`stored batch at ${where}: ${problem}`);
            report.storedBatches++;
            report.storedRecords += view.recordCount;
            offset = view.lastOffset + 1;
          }
        }
      }
    }
  }
}

async function storedBatchProblem(batch: Buffer, view: BatchHeaderView, scan: RecordScan): Promise<string | null> {
  if (view.magic !== 2) return `magic ${view.magic}`;
  if (computeBatchCrc(batch, 0) !== view.crc) return 'CRC mismatch';
  const codec = view.compression as CompressionCodec;
  const payload = batch.subarray(BATCH_HEADER_SIZE);
  const records = codec === CompressionType.none ? payload : await decompress(codec, payload);
  const count = view.recordCount;
  if (scanRecords(records, 0, records.length, count, view.baseTimestamp, scan) !== RecordProblem.NONE)
    return recordProblemMessage(scan);
  const decoded = await decodeRecordBatch(new Decoder(batch));
  return decoded.records.length === count ? null : `kafkajs decoded ${decoded.records.length} of ${count} records`;
}
