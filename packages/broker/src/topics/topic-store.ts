/**
 * Persistence of topic metadata in `<first log dir>/__cluster_metadata/topics.json`, replaced atomically on every
 * change. Layout (version 1):
 *   { "version": 1, "topics": [ { "name", "id", "configs": { key: value },
 *       "partitions": [ { "partition", "replicas": [ids], "isr": [ids], "leader", "leaderEpoch",
 *                         "addingReplicas"?: [ids], "removingReplicas"?: [ids] } ] } ] }
 * The adding and removing replicas of a reassignment in progress (KIP-455) are written only while one runs, so a file
 * written before reassignments existed loads unchanged.
 * Partition logs are not described here; they live in the storage engine's own files. Other cluster metadata (dynamic
 * broker configs, SCRAM credentials) is kept as named JSON documents beside it, `__cluster_metadata/<name>.json`,
 * each replaced atomically too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from './durable-file';

export interface PartitionState {
  readonly partition: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly leader: number;
  readonly leaderEpoch: number;
  /** A reassignment in progress (KIP-455, Kafka's PartitionRegistration): replicas joining; absent when none runs. */
  readonly addingReplicas?: readonly number[];
  /** Replicas leaving once the reassignment completes; absent when none runs. */
  readonly removingReplicas?: readonly number[];
}

export interface TopicState {
  readonly name: string;
  readonly id: string;
  /** Topic-level overrides only (what CreateTopics set); defaults come from the broker config. */
  readonly configs: Readonly<Record<string, string>>;
  readonly partitions: readonly PartitionState[];
}

export class TopicStoreError extends Error {
  override readonly name = 'TopicStoreError';
}

export interface TopicStore {
  load(): TopicState[];
  save(topics: readonly TopicState[]): void;
  /** A named metadata document, or undefined when none was saved. */
  loadDocument(name: string): unknown;
  saveDocument(name: string, value: unknown): void;
}

export class FileTopicStore implements TopicStore {
  readonly file: string;

  constructor(logDir: string) {
    this.file = join(logDir, '__cluster_metadata', 'topics.json');
  }

  load(): TopicState[] {
    if (!existsSync(this.file)) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch (err) {
      throw new TopicStoreError(`Cannot read ${this.file}: ${(err as Error).message}`);
    }
    if (!isStoreFile(parsed)) throw new TopicStoreError(`${this.file} is not a version 1 topic metadata file`);
    return parsed.topics;
  }

  save(topics: readonly TopicState[]): void {
    writeFileAtomic(this.file, `${JSON.stringify({ version: 1, topics }, null, 1)}\n`);
  }

  loadDocument(name: string): unknown {
    const file = this.#documentFile(name);
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new TopicStoreError(`Cannot read ${file}: ${(err as Error).message}`);
    }
  }

  saveDocument(name: string, value: unknown): void {
    writeFileAtomic(this.#documentFile(name), `${JSON.stringify(value, null, 1)}\n`);
  }

  #documentFile(name: string): string {
    return join(dirname(this.file), `${name}.json`);
  }
}

/** For `samsa.storage=memory`: nothing survives the process. */
export class MemoryTopicStore implements TopicStore {
  #topics: TopicState[] = [];
  load(): TopicState[] {
    return this.#topics.slice();
  }
  save(topics: readonly TopicState[]): void {
    this.#topics = topics.slice();
  }
  readonly #documents = new Map<string, string>();
  loadDocument(name: string): unknown {
    const text = this.#documents.get(name);
    return text === undefined ? undefined : JSON.parse(text);
  }
  saveDocument(name: string, value: unknown): void {
    this.#documents.set(name, JSON.stringify(value));
  }
}

function isStoreFile(v: unknown): v is { version: 1; topics: TopicState[] } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as { version?: unknown; topics?: unknown };
  return o.version === 1 && Array.isArray(o.topics) && o.topics.every(isTopicState);
}

function isTopicState(v: unknown): v is TopicState {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return (
    typeof t['name'] === 'string' &&
    typeof t['id'] === 'string' &&
    typeof t['configs'] === 'object' &&
    t['configs'] !== null &&
    Array.isArray(t['partitions']) &&
    (t['partitions'] as unknown[]).every(isPartitionState)
  );
}

function isPartitionState(v: unknown): v is PartitionState {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  const ints = (a: unknown): boolean => Array.isArray(a) && a.every((x) => Number.isInteger(x));
  return (
    Number.isInteger(p['partition']) &&
    ints(p['replicas']) &&
    ints(p['isr']) &&
    Number.isInteger(p['leader']) &&
    Number.isInteger(p['leaderEpoch']) &&
    (p['addingReplicas'] === undefined || ints(p['addingReplicas'])) &&
    (p['removingReplicas'] === undefined || ints(p['removingReplicas']))
  );
}
