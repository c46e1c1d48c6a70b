/**
 * Idempotent and transactional producers inside the broker: the producer id allocator (Kafka's ProducerIdManager,
 * ids handed out from blocks of 1000 whose next start is persisted in `<first log dir>/__cluster_metadata/
 * producer-ids.json` before any id of a block is used, so an id is never given twice, even after a crash), and the
 * periodic expiry of idle producers' state in every partition (`producer.id.expiration.ms`, checked every
 * `producer.id.expiration.check.interval.ms`). Handlers reach it as `ctx.transactions`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Cluster } from './cluster';
import type { BrokerConfig } from './config';
import { KafkaError } from './errors';
import type { ReplicaManager } from './replica-manager';
import { writeFileAtomic } from './topics/durable-file';

/** ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE. */
export const PRODUCER_ID_BLOCK_SIZE = 1000;

/** Where the next unallocated block starts. */
export interface ProducerIdStore {
  load(): number;
  save(nextBlockStart: number): void;
}

export class MemoryProducerIdStore implements ProducerIdStore {
  #next = 0;
  load(): number {
    return this.#next;
  }
  save(nextBlockStart: number): void {
    this.#next = nextBlockStart;
  }
}

/** `{ "version": 1, "nextBlockStart": N }`, replaced atomically. */
export class FileProducerIdStore implements ProducerIdStore {
  readonly file: string;

  constructor(logDir: string) {
    this.file = join(logDir, '__cluster_metadata', 'producer-ids.json');
  }

  load(): number {
    if (!existsSync(this.file)) return 0;
    const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { version?: unknown; nextBlockStart?: unknown };
    if (parsed.version !== 1 || typeof parsed.nextBlockStart !== 'number' || !Number.isSafeInteger(parsed.nextBlockStart) || parsed.nextBlockStart < 0) {
      throw new Error(`${this.file} is not a version 1 producer id file`);
    }
    return parsed.nextBlockStart;
  }

  save(nextBlockStart: number): void {
    writeFileAtomic(this.file, `${JSON.stringify({ version: 1, nextBlockStart })}\n`);
  }
}

/** Hands out unique producer ids (int64, kept below 2^53 here). */
export class ProducerIdManager {
  readonly #store: ProducerIdStore;
  #next: number;
  #blockEnd: number;

  constructor(store: ProducerIdStore) {
    this.#store = store;
    this.#next = store.load();
    this.#blockEnd = this.#next;
  }

  generate(): number {
    if (this.#next >= this.#blockEnd) {
      const end = this.#next + PRODUCER_ID_BLOCK_SIZE;
      if (!Number.isSafeInteger(end)) throw new KafkaError('UNKNOWN_SERVER_ERROR', 'producer ids exhausted');
      // Persisted first: a crash after this loses at most the rest of the block, never reuses an id.
      this.#store.save(end);
      this.#blockEnd = end;
    }
    return this.#next++;
  }
}

export interface BrokerTransactionsOptions {
  readonly cluster: Cluster;
  readonly config: BrokerConfig;
  readonly replicas: ReplicaManager;
  readonly logger: Logger;
  readonly clock?: () => number;
  readonly producerIdStore?: ProducerIdStore;
}

export class BrokerTransactions {
  readonly producerIds: ProducerIdManager;
  readonly #cluster: Cluster;
  readonly #replicas: ReplicaManager;
  readonly #logger: Logger;
  readonly #clock: () => number;
  readonly #producerIdExpirationMs: number;
  #expiryTimer: NodeJS.Timeout | null = null;

  constructor(o: BrokerTransactionsOptions) {
    this.#cluster = o.cluster;
    this.#replicas = o.replicas;
    this.#logger = o.logger.child({ component: 'transactions' });
    this.#clock = o.clock ?? Date.now;
    const num = (key: string): number => o.config.values.get(key) as number;
    this.#producerIdExpirationMs = num('producer.id.expiration.ms');
    const store = o.producerIdStore ?? (o.config.storage === 'memory'
      ? new MemoryProducerIdStore()
      : new FileProducerIdStore(o.config.logDirs[0] as string));
    this.producerIds = new ProducerIdManager(store);
    this.#expiryTimer = setInterval(() => this.removeExpiredProducers(), num('producer.id.expiration.check.interval.ms'));
    this.#expiryTimer.unref();
  }

  /** producer.id.expiration.ms: forgets idle producers in every hosted partition. Returns how many. */
  removeExpiredProducers(now: number = this.#clock()): number {
    let removed = 0;
    for (const topic of this.#cluster.topics) {
      for (const state of topic.partitions) {
        const log = this.#replicas.log(topic.name, state.partition);
        if (log) removed += log.producerState.removeExpiredProducers(now, this.#producerIdExpirationMs);
      }
    }
    if (removed > 0) this.#logger.info({ removed }, 'removed expired producer state');
    return removed;
  }

  close(): void {
    if (this.#expiryTimer) clearInterval(this.#expiryTimer);
    this.#expiryTimer = null;
  }
}
