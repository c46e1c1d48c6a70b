// The Python clients as producers and consumers for the compat suites, through
// their produce_consume.py scripts (librdkafka/py for confluent-kafka-python,
// kafka-python/py for kafka-python). Records cross the process boundary in the
// hex JSON form of records.ts, so every byte arrives as sent.
import { join } from 'node:path';
import { runPythonJson } from './python';
import { fromJsonRecord, toJsonRecord, type JsonRecord, type ReadRecord, type TestRecord } from './records';

const CONFLUENT_SCRIPT = join(__dirname, '..', 'librdkafka', 'py', 'produce_consume.py');
const KAFKA_PYTHON_SCRIPT = join(__dirname, '..', 'kafka-python', 'py', 'produce_consume.py');

export interface Delivery {
  readonly partition: number;
  readonly offset: number;
  /** librdkafka's error name, or null (confluent-kafka-python only). */
  readonly error?: string | null;
}

export interface PythonReadRecord extends ReadRecord {
  /** The client's timestamp type: confluent 0 none / 1 create / 2 log append; kafka-python 0 create / 1 log append / null. */
  readonly timestampType: number | null;
}

interface ConsumedJson {
  readonly records: ReadonlyArray<JsonRecord & { timestamp_type: number | null }>;
  readonly errors?: readonly string[];
}

function readBack(json: ConsumedJson): PythonReadRecord[] {
  // kafka-python reports no timestamp (null) for magic 0 records; Kafka's wire value for that is -1.
  return json.records.map((r) => ({
    ...fromJsonRecord({ ...r, timestamp: r.timestamp ?? -1 }),
    timestampType: r.timestamp_type,
  }));
}

const props = (entries: object): string[] => Object.entries(entries).map(([k, v]) => `${k}=${String(v)}`);

export const confluentPython = {
  /** Produces in record order; `config` holds librdkafka properties (`compression.type`, `acks`, ...). */
  async produce(
    bootstrap: string,
    topic: string,
    records: readonly TestRecord[],
    config: Readonly<Record<string, string | number>> = {},
  ): Promise<Delivery[]> {
    const input = JSON.stringify({ records: records.map(toJsonRecord) });
    const out = await runPythonJson<{ delivered: Delivery[] }>(
      CONFLUENT_SCRIPT,
      [bootstrap, 'produce', topic, ...props(config)],
      { input },
    );
    return out.delivered;
  },

  /** assign() at `offset` (a number, `beginning` or `end`) and read up to `count` records; errors are librdkafka's names. */
  async consume(
    bootstrap: string,
    topic: string,
    partition: number,
    offset: number | 'beginning' | 'end',
    count: number,
    config: Readonly<Record<string, string | number>> = {},
  ): Promise<{ records: PythonReadRecord[]; errors: readonly string[] }> {
    const json = await runPythonJson<ConsumedJson>(CONFLUENT_SCRIPT, [
      bootstrap,
      'consume',
      topic,
      String(partition),
      String(offset),
      String(count),
      ...props(config),
    ]);
    return { records: readBack(json), errors: json.errors ?? [] };
  },

  offsetForTime(
    bootstrap: string,
    topic: string,
    partition: number,
    timestamp: number,
  ): Promise<{ offset?: number; error?: string }> {
    return runPythonJson(CONFLUENT_SCRIPT, [
      bootstrap,
      'offsets-for-time',
      topic,
      String(partition),
      String(timestamp),
    ]);
  },

  watermarks(bootstrap: string, topic: string, partition: number): Promise<{ low: number; high: number }> {
    return runPythonJson(CONFLUENT_SCRIPT, [bootstrap, 'watermarks', topic, String(partition)]);
  },
};

export interface KafkaPythonOptions {
  /** Pins kafka-python's protocol release, e.g. `0.9` (magic 0) or `0.10.2` (magic 1); probed from the broker when absent. */
  readonly api_version?: string;
  readonly compression_type?: 'gzip' | 'snappy' | 'lz4';
  readonly acks?: 0 | 1 | 'all';
}

export const kafkaPython = {
  async produce(
    bootstrap: string,
    topic: string,
    records: readonly TestRecord[],
    options: KafkaPythonOptions = {},
  ): Promise<{ delivered: Delivery[]; apiVersion: number[] }> {
    const input = JSON.stringify({ records: records.map(toJsonRecord) });
    const out = await runPythonJson<{ delivered: Delivery[]; api_version: number[] }>(
      KAFKA_PYTHON_SCRIPT,
      [bootstrap, 'produce', topic, ...props(options)],
      { input },
    );
    return { delivered: out.delivered, apiVersion: out.api_version };
  },

  async consume(
    bootstrap: string,
    topic: string,
    partition: number,
    offset: number | 'beginning' | 'end',
    count: number,
    options: Pick<KafkaPythonOptions, 'api_version'> = {},
  ): Promise<PythonReadRecord[]> {
    return readBack(
      await runPythonJson<ConsumedJson>(KAFKA_PYTHON_SCRIPT, [
        bootstrap,
        'consume',
        topic,
        String(partition),
        String(offset),
        String(count),
        ...props(options),
      ]),
    );
  },

  apiVersion(bootstrap: string): Promise<number[]> {
    return runPythonJson(KAFKA_PYTHON_SCRIPT, [bootstrap, 'api-version']);
  },
};
