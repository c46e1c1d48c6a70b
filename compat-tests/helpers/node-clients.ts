// The native and legacy Node clients installed in compat-tests/clients (node-rdkafka, both APIs of
// @confluentinc/kafka-javascript, kafka-node), each driven through its driver script in a child process:
// node-rdkafka and the Confluent client each load their own librdkafka.so.1, and the first one loaded in a
// process wins, so none of them is ever loaded into jest's process.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { runProcess } from './process';
import { fromJsonRecord, toJsonRecord, type JsonRecord, type ReadRecord, type TestRecord } from './records';

const CLASSIC_DRIVER = join(__dirname, '..', 'node-rdkafka', 'js', 'driver.js');
const CKJS_KAFKAJS_DRIVER = join(__dirname, '..', 'confluent-js', 'js', 'kafkajs-api.js');
const KAFKA_NODE_DRIVER = join(__dirname, '..', 'kafka-node', 'js', 'driver.js');

/** librdkafka properties (`compression.codec`, `enable.idempotence`, `isolation.level`, ...). */
export type RdkafkaConfig = Readonly<Record<string, string | number | boolean>>;

export interface Delivery {
  readonly partition: number;
  readonly offset: number;
  readonly timestamp: number | null;
  readonly error: { message: string; code: number } | null;
}

export class DriverError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`${args.join(' ')} exited with ${code}\n--- stderr ---\n${stderr}`);
    this.name = 'DriverError';
  }
}

async function runDriver<T>(driver: string, args: readonly string[], input?: unknown, timeoutMs = 60_000): Promise<T> {
  const options = input === undefined ? { timeoutMs } : { timeoutMs, input: JSON.stringify(input) };
  const result = await runProcess(process.execPath, [driver, ...args], options);
  if (result.code !== 0) throw new DriverError([driver, ...args], result.code, result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as T;
}

const readRecords = (out: { records: JsonRecord[] }): ReadRecord[] => out.records.map(fromJsonRecord);

/** The classic (node-rdkafka) API, which node-rdkafka and @confluentinc/kafka-javascript both offer. */
export type ClassicModule = 'node-rdkafka' | '@confluentinc/kafka-javascript';

export interface ClassicClient {
  readonly module: ClassicModule;
  produce(
    bootstrap: string,
    topic: string,
    records: readonly TestRecord[],
    config?: RdkafkaConfig,
  ): Promise<Delivery[]>;
  /** Each transaction in its own begin/commit or begin/abort, all from one producer. */
  transactions(
    bootstrap: string,
    topic: string,
    transactions: ReadonlyArray<{ records: readonly TestRecord[]; outcome: 'commit' | 'abort' }>,
    config: RdkafkaConfig,
  ): Promise<Array<{ outcome: string; deliveries: Delivery[] }>>;
  /** Assigns the partition at `from` and reads `count` records, then `linger.ms` more (to see that no extra record comes). */
  consume(
    bootstrap: string,
    topic: string,
    partition: number,
    from: number | 'beginning',
    count: number,
    config?: RdkafkaConfig,
  ): Promise<{ records: ReadRecord[]; errors: unknown[] }>;
  /** Produces, then keeps the producer connected for `stayMs` (client telemetry pushes meanwhile, KIP-714). */
  produceAndStay(
    bootstrap: string,
    topic: string,
    records: readonly TestRecord[],
    stayMs: number,
    config?: RdkafkaConfig,
  ): Promise<Delivery[]>;
  metadata(bootstrap: string, topic?: string): Promise<ClassicMetadata>;
  watermarks(bootstrap: string, topic: string, partition: number): Promise<{ low: number; high: number }>;
  offsetForTime(bootstrap: string, topic: string, partition: number, timestamp: number): Promise<number>;
  committed(
    bootstrap: string,
    group: string,
    topic: string,
    partitions: readonly number[],
  ): Promise<Array<{ partition: number; offset: number }>>;
  admin<T = unknown>(bootstrap: string, operation: string, args?: unknown): Promise<T>;
  /** A subscribed member (`topic` starting with ^: a regex); `group.protocol: 'consumer'` for KIP-848. */
  group(bootstrap: string, group: string, topic: string, config?: RdkafkaConfig): GroupMember;
  /** Consume-transform-produce of `count` records, each batch in a transaction with its offsets. */
  eos(
    bootstrap: string,
    group: string,
    input: string,
    output: string,
    count: number,
    config?: RdkafkaConfig,
  ): Promise<{ processed: number; transactions: number }>;
}

export interface ClassicMetadata {
  readonly origBrokerId: number;
  readonly brokers: Array<{ id: number; host: string; port: number }>;
  readonly topics: Array<{
    name: string;
    partitions: Array<{ id: number; leader: number; replicas: number[]; isrs: number[] }>;
  }>;
}

function classic(module: ClassicModule): ClassicClient {
  const run = <T>(bootstrap: string, args: readonly string[], input?: unknown): Promise<T> =>
    runDriver<T>(CLASSIC_DRIVER, [module, bootstrap, ...args], input);
  return {
    module,
    async produce(bootstrap, topic, records, config = {}) {
      const out = await run<{ deliveries: Delivery[] }>(bootstrap, ['produce', topic, JSON.stringify(config)], {
        records: records.map(toJsonRecord),
      });
      return out.deliveries;
    },
    async produceAndStay(bootstrap, topic, records, stayMs, config = {}) {
      const out = await run<{ deliveries: Delivery[] }>(
        bootstrap,
        ['produce-and-stay', topic, String(stayMs), JSON.stringify(config)],
        { records: records.map(toJsonRecord) },
      );
      return out.deliveries;
    },
    async transactions(bootstrap, topic, transactions, config) {
      const input = {
        transactions: transactions.map((t) => ({ outcome: t.outcome, records: t.records.map(toJsonRecord) })),
      };
      return (
        await run<{ transactions: Array<{ outcome: string; deliveries: Delivery[] }> }>(
          bootstrap,
          ['transactions', topic, JSON.stringify(config)],
          input,
        )
      ).transactions;
    },
    async consume(bootstrap, topic, partition, from, count, config = {}) {
      const out = await run<{ records: JsonRecord[]; errors: unknown[] }>(bootstrap, [
        'consume',
        topic,
        String(partition),
        String(from),
        String(count),
        JSON.stringify(config),
      ]);
      return { records: readRecords(out), errors: out.errors };
    },
    metadata: (bootstrap, topic) => run(bootstrap, topic === undefined ? ['metadata'] : ['metadata', topic]),
    watermarks: (bootstrap, topic, partition) => run(bootstrap, ['watermarks', topic, String(partition)]),
    async offsetForTime(bootstrap, topic, partition, timestamp) {
      return (
        await run<{ offset: number }>(bootstrap, ['offsets-for-times', topic, String(partition), String(timestamp)])
      ).offset;
    },
    async committed(bootstrap, group, topic, partitions) {
      return (
        await run<{ offsets: Array<{ partition: number; offset: number }> }>(bootstrap, [
          'committed',
          group,
          topic,
          JSON.stringify(partitions),
        ])
      ).offsets;
    },
    admin: (bootstrap, operation, args = {}) => run(bootstrap, ['admin', operation, JSON.stringify(args)]),
    group: (bootstrap, group, topic, config = {}) =>
      new GroupMember(CLASSIC_DRIVER, [module, bootstrap, 'group', group, topic, JSON.stringify(config)]),
    eos: (bootstrap, group, input, output, count, config = {}) =>
      runDriver(
        CLASSIC_DRIVER,
        [module, bootstrap, 'eos', group, input, output, String(count), JSON.stringify(config)],
        undefined,
        120_000,
      ),
  };
}

export const nodeRdkafka = classic('node-rdkafka');
export const ckjsClassic = classic('@confluentinc/kafka-javascript');

/** The KafkaJS-compatible API of @confluentinc/kafka-javascript. */
export const ckjsKafkajs = {
  /** `config` is the producer's `kafkaJS` block: `compression`, `idempotent`, ... Answers the per-partition base offsets. */
  async produce(
    bootstrap: string,
    topic: string,
    records: readonly TestRecord[],
    config: Readonly<Record<string, unknown>> = {},
  ): Promise<Array<{ partition: number; baseOffset: number; errorCode: number }>> {
    const out = await runDriver<{ metadata: Array<{ partition: number; baseOffset: number; errorCode: number }> }>(
      CKJS_KAFKAJS_DRIVER,
      [bootstrap, 'produce', topic, JSON.stringify(config)],
      {
        records: records.map(toJsonRecord),
      },
    );
    return out.metadata;
  },
  async transactions(
    bootstrap: string,
    topic: string,
    transactionalId: string,
    transactions: ReadonlyArray<{ records: readonly TestRecord[]; outcome: 'commit' | 'abort' }>,
  ): Promise<string[]> {
    const input = {
      transactions: transactions.map((t) => ({ outcome: t.outcome, records: t.records.map(toJsonRecord) })),
    };
    return (
      await runDriver<{ outcomes: string[] }>(
        CKJS_KAFKAJS_DRIVER,
        [bootstrap, 'transactions', topic, transactionalId],
        input,
      )
    ).outcomes;
  },
  /** A fresh group reads the topic from the beginning: `count` records, then `lingerMs` more; sorted by partition and offset. */
  async consume(
    bootstrap: string,
    topic: string,
    count: number,
    config: Readonly<Record<string, unknown>> = {},
  ): Promise<ReadRecord[]> {
    return readRecords(
      await runDriver<{ records: JsonRecord[] }>(CKJS_KAFKAJS_DRIVER, [
        bootstrap,
        'consume',
        topic,
        String(count),
        JSON.stringify(config),
      ]),
    );
  },
  async admin<T = unknown>(bootstrap: string, operation: string, ...args: unknown[]): Promise<T> {
    return (await runDriver<{ result: T }>(CKJS_KAFKAJS_DRIVER, [bootstrap, 'admin', operation, JSON.stringify(args)]))
      .result;
  },
  group: (bootstrap: string, group: string, topic: string): GroupMember =>
    new GroupMember(CKJS_KAFKAJS_DRIVER, [bootstrap, 'group', group, topic]),
};

/** kafka-node 5: Produce v2 with magic 1 message sets, Fetch v0 (Consumer) or v2 (ConsumerGroup), ListOffsets v0. */
export const kafkaNode = {
  /** One message set per partition; answers kafka-node's `{topic: {partition: firstOffset}}`. */
  async produce(
    bootstrap: string,
    topic: string,
    records: readonly TestRecord[],
    options: {
      compression?: 'none' | 'gzip' | 'snappy';
      requireAcks?: number;
      producer?: 'Producer' | 'HighLevelProducer';
    } = {},
  ): Promise<Record<string, Record<string, number>>> {
    return (
      await runDriver<{ result: Record<string, Record<string, number>> }>(
        KAFKA_NODE_DRIVER,
        [bootstrap, 'produce', topic, JSON.stringify(options)],
        { records: records.map(toJsonRecord) },
      )
    ).result;
  },
  /** `simple`: kafka-node's Consumer (Fetch v0, magic 0, no timestamps); `group`: a fresh ConsumerGroup (Fetch v2, magic 1). */
  async consume(
    bootstrap: string,
    topic: string,
    partition: number,
    from: number,
    count: number,
    mode: 'simple' | 'group' = 'simple',
  ): Promise<ReadRecord[]> {
    return readRecords(
      await runDriver<{ records: JsonRecord[] }>(KAFKA_NODE_DRIVER, [
        bootstrap,
        'consume',
        topic,
        String(partition),
        String(from),
        String(count),
        mode,
      ]),
    );
  },
  /** ListOffsets v0: -1 latest, -2 earliest, or a time in ms (Kafka answers v0 lookups by segment). */
  async offsets(bootstrap: string, topic: string, partition: number, time: number, maxNum = 1): Promise<number[]> {
    return (
      await runDriver<{ offsets: number[] }>(KAFKA_NODE_DRIVER, [
        bootstrap,
        'offsets',
        topic,
        String(partition),
        String(time),
        String(maxNum),
      ])
    ).offsets;
  },
  metadata: <T = unknown>(bootstrap: string, ...topics: string[]): Promise<T> =>
    runDriver<T>(KAFKA_NODE_DRIVER, [bootstrap, 'metadata', ...topics]),
  async committed(
    bootstrap: string,
    group: string,
    topic: string,
    partitions: readonly number[],
  ): Promise<Array<{ partition: number; offset: number }>> {
    return (
      await runDriver<{ offsets: Array<{ partition: number; offset: number }> }>(KAFKA_NODE_DRIVER, [
        bootstrap,
        'committed',
        group,
        topic,
        JSON.stringify(partitions),
      ])
    ).offsets;
  },
  admin: <T = unknown>(bootstrap: string, operation: string, args: unknown = {}): Promise<T> =>
    runDriver<T>(KAFKA_NODE_DRIVER, [bootstrap, 'admin', operation, JSON.stringify(args)]),
  group: (
    bootstrap: string,
    group: string,
    topic: string,
    options: { protocol?: 'roundrobin' | 'range' } = {},
  ): GroupMember => new GroupMember(KAFKA_NODE_DRIVER, [bootstrap, 'group', group, topic, JSON.stringify(options)]),
};

export type GroupEvent =
  | { event: 'assign' | 'revoke'; partitions: number[] }
  | { event: 'record'; partition: number; offset: number; value: string | null }
  | { event: 'error'; error: unknown }
  | { event: 'closed' };

/**
 * One consumer-group member running in its own process. Its driver prints an event per line as things happen;
 * `waitFor` resolves once the events so far satisfy a condition, `stop` asks the member to leave and waits for it.
 */
export class GroupMember {
  readonly events: GroupEvent[] = [];
  #child: ChildProcessWithoutNullStreams;
  #stderr = '';
  #buffer = '';
  #exited: Promise<number | null>;
  #waiters = new Set<() => void>();

  constructor(driver: string, args: readonly string[]) {
    this.#child = spawn(process.execPath, [driver, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.#buffer += chunk;
      let newline: number;
      while ((newline = this.#buffer.indexOf('\n')) >= 0) {
        const line = this.#buffer.slice(0, newline);
        this.#buffer = this.#buffer.slice(newline + 1);
        if (line.trim() !== '') this.events.push(JSON.parse(line) as GroupEvent);
      }
      for (const wake of this.#waiters) wake();
    });
    this.#child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.#stderr += chunk));
    this.#child.stdin.on('error', () => undefined);
    this.#exited = new Promise((resolve) =>
      this.#child.on('close', (code) => {
        for (const wake of this.#waiters) wake();
        resolve(code);
      }),
    );
  }

  /** The records this member reported, in order. */
  get records(): Array<{ partition: number; offset: number; value: string | null }> {
    return this.events.flatMap((e) =>
      e.event === 'record' ? [{ partition: e.partition, offset: e.offset, value: e.value }] : [],
    );
  }

  /** The partitions held after the last assign or revoke event (an eager revoke empties it). */
  get assignment(): number[] {
    let held = new Set<number>();
    for (const e of this.events) {
      if (e.event === 'assign') e.partitions.forEach((p) => held.add(p));
      else if (e.event === 'revoke')
        held = e.partitions.length === 0 ? new Set() : new Set([...held].filter((p) => !e.partitions.includes(p)));
    }
    return [...held].sort((a, b) => a - b);
  }

  async waitFor(condition: (member: GroupMember) => boolean, what: string, timeoutMs = 45_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition(this)) {
      if (this.#child.exitCode !== null)
        throw new Error(
          `group member exited (${this.#child.exitCode}) before ${what}\n${this.#stderr}\nevents: ${JSON.stringify(this.events)}`,
        );
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `timed out waiting for ${what}\nevents: ${JSON.stringify(this.events)}\nstderr: ${this.#stderr}`,
        );
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          this.#waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(left, 250));
        this.#waiters.add(wake);
      });
    }
  }

  /** Asks the member to leave the group and waits for its process to end (killed after `timeoutMs`). */
  async stop(timeoutMs = 30_000): Promise<void> {
    if (this.#child.exitCode === null) this.#child.stdin.end('stop\n');
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), timeoutMs);
    const code = await this.#exited;
    clearTimeout(timer);
    if (code !== 0)
      throw new Error(`group member exited with ${code}\n${this.#stderr}\nevents: ${JSON.stringify(this.events)}`);
  }

  /** For cleanup after a failed test: ends the process without waiting for it to leave the group. */
  kill(): void {
    if (this.#child.exitCode === null) this.#child.kill('SIGKILL');
  }
}
