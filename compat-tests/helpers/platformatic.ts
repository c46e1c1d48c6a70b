// @platformatic/kafka 1.35.0 as a producer and a group-free reader, through
// platformatic-kafka/js/driver.mjs in a child process (the package is ESM only,
// which jest's CommonJS runtime cannot load). The reader issues plain Fetch
// requests to the partition leader and reports the stored batches' headers too,
// so a test can check how the broker kept them. The client's partition
// reassignment APIs (KIP-455) and a producer that keeps sending are here too.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { runProcess } from './process';
import { fromJsonRecord, toJsonRecord, type JsonRecord, type ReadRecord, type TestRecord } from './records';

const DRIVER = join(__dirname, '..', 'platformatic-kafka', 'js', 'driver.mjs');

/** A stored batch as a fetch returned it. */
export interface FetchedBatch {
  readonly baseOffset: number;
  readonly magic: number;
  /** Attribute bits 0-2: 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd. */
  readonly codec: number;
  readonly count: number;
}

export interface PartitionRead {
  readonly records: ReadRecord[];
  readonly batches: FetchedBatch[];
  readonly highWatermark: number;
  readonly logStartOffset: number;
}

export type PlatformaticCompression = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

async function runDriver<T>(args: readonly string[], input?: string): Promise<T> {
  const result = await runProcess(
    process.execPath,
    [DRIVER, ...args],
    input === undefined ? { timeoutMs: 60_000 } : { timeoutMs: 60_000, input },
  );
  if (result.code !== 0)
    throw new Error(`driver.mjs ${args.join(' ')} exited with ${result.code}\n--- stderr ---\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as T;
}

/** A partition as the client's metadata has it. */
export interface PartitionMetadata {
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: number[];
  readonly isr: number[];
}

/** One partition's answer to AlterPartitionReassignments: `error` is the client's name for `errorCode`. */
export interface ReassignmentResult {
  readonly topic: string;
  readonly partition: number;
  readonly errorCode: number;
  readonly error: string | null;
  readonly errorMessage: string | null;
}

export interface ListedReassignment {
  readonly name: string;
  readonly partitions: Array<{
    partitionIndex: number;
    replicas: number[];
    addingReplicas: number[];
    removingReplicas: number[];
  }>;
}

/**
 * A producer in its own process sending v0, v1, ... one idempotent acks=all record per send: `acked` counts the
 * acknowledged ones as they come, `stop` lets the send in flight finish and answers how many were sent.
 */
export class ProducerStream {
  acked = 0;
  #child: ChildProcessWithoutNullStreams;
  #stderr = '';
  #buffer = '';
  #sent: number | null = null;
  #exited: Promise<number | null>;

  constructor(bootstrap: string, topic: string) {
    this.#child = spawn(process.execPath, [DRIVER, bootstrap, 'produce-stream', topic], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.#child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.#buffer += chunk;
      let newline: number;
      while ((newline = this.#buffer.indexOf('\n')) >= 0) {
        const line = JSON.parse(this.#buffer.slice(0, newline)) as { acked?: number; sent?: number };
        this.#buffer = this.#buffer.slice(newline + 1);
        if (line.acked !== undefined) this.acked = line.acked;
        if (line.sent !== undefined) this.#sent = line.sent;
      }
    });
    this.#child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.#stderr += chunk));
    this.#child.stdin.on('error', () => undefined);
    this.#exited = new Promise((resolve) => this.#child.on('close', resolve));
  }

  /** Resolves once `count` records are acknowledged; fails if the producer exits first. */
  async waitForAcked(count: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.acked < count) {
      if (this.#child.exitCode !== null)
        throw new Error(`producer exited (${this.#child.exitCode}) at ${this.acked} acked\n${this.#stderr}`);
      if (Date.now() > deadline) throw new Error(`${this.acked} of ${count} records acked\n${this.#stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Closes the producer's stdin and waits for it to finish its last send and exit (killed after `timeoutMs`). */
  async stop(timeoutMs = 30_000): Promise<number> {
    this.#child.stdin.end();
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), timeoutMs);
    const code = await this.#exited;
    clearTimeout(timer);
    if (code !== 0 || this.#sent === null) throw new Error(`producer exited with ${code}\n${this.#stderr}`);
    return this.#sent;
  }
}

/** One partition's answer to AlterReplicaLogDirs. */
export interface LogDirsResult {
  readonly topicName: string;
  readonly partitions: Array<{ partitionIndex: number; errorCode: number }>;
}

/** One broker's answer to DescribeLogDirs, as Admin.describeLogDirs gives it (int64s as numbers). */
export interface BrokerLogDirs {
  readonly broker: number;
  readonly results: Array<{
    logDir: string;
    topics: Array<{
      name: string;
      partitions: Array<{ partitionIndex: number; partitionSize: number; offsetLag: number; isFutureKey: boolean }>;
    }>;
  }>;
}

export const platformatic = {
  /** Sends all records in one `Producer.send`; answers the first offset the broker assigned per partition. */
  async produce(
    bootstrap: string,
    topic: string,
    records: readonly TestRecord[],
    options: { compression?: PlatformaticCompression; acks?: number } = {},
  ): Promise<Array<{ partition: number; offset: number }>> {
    const args = [bootstrap, 'produce', topic, ...Object.entries(options).map(([k, v]) => `${k}=${String(v)}`)];
    const out = await runDriver<{ offsets: Array<{ partition: number; offset: number }> }>(
      args,
      JSON.stringify({ records: records.map(toJsonRecord) }),
    );
    return out.offsets;
  },

  /** Fetches from `fromOffset` until `count` records are read or a fetch comes back empty at the high watermark. */
  async read(
    bootstrap: string,
    topic: string,
    partition: number,
    fromOffset: number,
    count: number,
  ): Promise<PartitionRead> {
    const out = await runDriver<Omit<PartitionRead, 'records'> & { records: JsonRecord[] }>([
      bootstrap,
      'read',
      topic,
      String(partition),
      String(fromOffset),
      String(count),
    ]);
    return { ...out, records: out.records.map(fromJsonRecord) };
  },

  /** AlterReplicaLogDirs v2 on one connection to `bootstrap`: the per-partition error codes. */
  async alterLogDirs(
    bootstrap: string,
    dirs: ReadonlyArray<{ path: string; topics: ReadonlyArray<{ name: string; partitions: number[] }> }>,
  ): Promise<LogDirsResult[]> {
    return (await runDriver<{ results: LogDirsResult[] }>([bootstrap, 'alter-log-dirs'], JSON.stringify({ dirs })))
      .results;
  },

  /** Admin.describeLogDirs for one partition, from every broker. */
  async describeLogDirs(bootstrap: string, topic: string, partition: number): Promise<BrokerLogDirs[]> {
    return (await runDriver<{ brokers: BrokerLogDirs[] }>([bootstrap, 'describe-log-dirs', topic, String(partition)]))
      .brokers;
  },

  /** ListOffsets for one partition: -1 latest, -2 earliest, or a timestamp in ms. */
  listOffsets(
    bootstrap: string,
    topic: string,
    partition: number,
    timestamp: number,
  ): Promise<{ offset: number | null; timestamp: number | null }> {
    return runDriver([bootstrap, 'list-offsets', topic, String(partition), String(timestamp)]);
  },

  /** The topic's partitions from a fresh Metadata request. */
  async metadata(bootstrap: string, topic: string): Promise<PartitionMetadata[]> {
    return (await runDriver<{ partitions: PartitionMetadata[] }>([bootstrap, 'metadata', topic])).partitions;
  },

  /** AlterPartitionReassignments v0: a replica list per partition, or null to cancel. Errors come back as data. */
  reassign(
    bootstrap: string,
    topics: ReadonlyArray<{
      name: string;
      partitions: ReadonlyArray<{ partitionIndex: number; replicas: number[] | null }>;
    }>,
  ): Promise<{ errorCode: number; error: string | null; partitions: ReassignmentResult[] }> {
    return runDriver([bootstrap, 'reassign'], JSON.stringify({ topics }));
  },

  /** ListPartitionReassignments v0 for the given `topic:partition`s, or for every partition without any. */
  async listReassignments(bootstrap: string, ...partitions: string[]): Promise<ListedReassignment[]> {
    return (await runDriver<{ topics: ListedReassignment[] }>([bootstrap, 'list-reassignments', ...partitions])).topics;
  },

  /** Starts a producer that keeps sending until stopped. */
  produceStream: (bootstrap: string, topic: string): ProducerStream => new ProducerStream(bootstrap, topic),
};
