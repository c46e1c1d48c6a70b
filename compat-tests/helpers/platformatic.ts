// @platformatic/kafka 1.35.0 as a producer and a group-free reader, through
// platformatic-kafka/js/driver.mjs in a child process (the package is ESM only,
// which jest's CommonJS runtime cannot load). The reader issues plain Fetch
// requests to the partition leader and reports the stored batches' headers too,
// so a test can check how the broker kept them.
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
};
