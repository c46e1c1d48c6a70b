/**
 * A producer: records are queued per partition and sent by `flush()` (or when a partition's batch is full), one
 * Produce request per leader with a batch for each of its partitions. Keys choose the partition as Kafka's default
 * partitioner does. Idempotence (KIP-98: InitProducerId, per-partition sequence numbers, so a retried batch is not
 * written twice) and transactions (the coordinator's InitProducerId, AddPartitionsToTxn before the first write to a
 * partition, EndTxn) follow Kafka's producer. acks=0 sends and does not wait, as Kafka's broker sends no answer.
 */
import {
  AddPartitionsToTxnApi,
  CompressionType,
  EndTxnApi,
  ErrorCode,
  InitProducerIdApi,
  ProduceApi,
  type CompressionCodec,
  type ProduceResponse,
} from '@samsa/protocol';
import type { KafkaClient } from './client';
import { BrokerError, errorFromCode, throwIfError } from './errors';
import { Partitioner } from './partitioner';
import { encodeBatch, type ProducedRecord } from './records';

export type Acks = -1 | 0 | 1;

export interface ProducerOptions {
  readonly acks?: Acks;
  readonly compression?: 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
  readonly idempotent?: boolean;
  readonly transactionalId?: string;
  /** Kafka's transaction.timeout.ms (default 60000). */
  readonly transactionTimeoutMs?: number;
  /** A partition's queued records are sent once this many are waiting (default 5000) or ... */
  readonly batchRecords?: number;
  /** ... once they hold this many bytes (default 1 MiB, Kafka's max.request.size). */
  readonly batchBytes?: number;
}

export interface RecordMetadata {
  readonly topic: string;
  readonly partition: number;
  /** -1 with acks=0. */
  readonly offset: number;
}

interface Queued {
  readonly record: ProducedRecord;
  readonly resolve: (m: RecordMetadata) => void;
  readonly reject: (err: Error) => void;
}

interface PartitionQueue {
  readonly topic: string;
  readonly partition: number;
  items: Queued[];
  bytes: number;
}

export class Producer {
  readonly #client: KafkaClient;
  readonly #acks: Acks;
  readonly #codec: CompressionCodec;
  readonly #idempotent: boolean;
  readonly #transactionalId: string | null;
  readonly #options: ProducerOptions;
  readonly #partitioner = new Partitioner();
  readonly #queues = new Map<string, PartitionQueue>();
  readonly #sequences = new Map<string, number>();
  readonly #txnPartitions = new Set<string>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #partitionCounts = new Map<string, Promise<number>>();
  readonly #entering = new Set<Promise<void>>();
  #producerId = -1;
  #producerEpoch = -1;

  constructor(client: KafkaClient, options: ProducerOptions = {}) {
    this.#client = client;
    this.#options = options;
    this.#transactionalId = options.transactionalId ?? null;
    this.#idempotent = options.idempotent === true || this.#transactionalId !== null;
    // Idempotence needs acks=all (Kafka refuses enable.idempotence with other acks).
    this.#acks = this.#idempotent ? -1 : (options.acks ?? -1);
    if (this.#idempotent && options.acks !== undefined && options.acks !== -1)
      throw new Error('an idempotent or transactional producer needs acks=all (-1)');
    this.#codec = CompressionType[options.compression ?? 'none'];
  }

  /** Gets a producer id when idempotent or transactional (InitProducerId). */
  async init(): Promise<void> {
    if (!this.#idempotent) return;
    const txnId = this.#transactionalId;
    await this.#client.retrying(async () => {
      const nodeId = txnId === null ? null : await this.#client.coordinator(txnId, 'transaction');
      const conn = nodeId === null ? await this.#client.anyConnection() : await this.#client.connection(nodeId);
      const { response } = await conn.send(InitProducerIdApi, () => ({
        transactionalId: txnId,
        transactionTimeoutMs: this.#options.transactionTimeoutMs ?? 60000,
      }));
      throwIfError(response.errorCode, null, conn.broker, txnId ?? 'InitProducerId');
      this.#producerId = response.producerId;
      this.#producerEpoch = response.producerEpoch;
    });
  }

  /** Queues a record; resolves with its offset once its batch is written. */
  send(topic: string, record: ProducedRecord & { partition?: number }): Promise<RecordMetadata> {
    // flush() waits for records still on their way into a queue (waiting for the topic's partition count).
    const queued = this.#enqueue(topic, record);
    const entered = queued.then(
      () => undefined,
      () => undefined,
    );
    this.#entering.add(entered);
    void entered.finally(() => this.#entering.delete(entered));
    return queued.then((r) => r.result);
  }

  async #enqueue(
    topic: string,
    record: ProducedRecord & { partition?: number },
  ): Promise<{ result: Promise<RecordMetadata> }> {
    // Every record waits on the same promise per topic, so records keep their order into the queues.
    let count = this.#partitionCounts.get(topic);
    if (count === undefined) {
      count = this.#client.retrying(() => this.#client.topic(topic)).then((t) => t.partitions.length);
      this.#partitionCounts.set(topic, count);
    }
    const partitions = await count;
    let partition = record.partition;
    if (partition === undefined || partition < 0) partition = this.#partitioner.partition(record.key, partitions);
    else if (partition >= partitions)
      throw new BrokerError(
        'UNKNOWN_TOPIC_OR_PARTITION',
        `${topic} has ${partitions} partitions`,
        null,
        `${topic}/${partition}`,
      );
    const key = `${topic}\0${partition}`;
    let queue = this.#queues.get(key);
    if (queue === undefined) {
      queue = { topic, partition, items: [], bytes: 0 };
      this.#queues.set(key, queue);
    }
    const result = new Promise<RecordMetadata>((resolve, reject) => {
      (queue as PartitionQueue).items.push({ record, resolve, reject });
    });
    queue.bytes += (record.key?.length ?? 0) + (record.value?.length ?? 0) + 32;
    if (
      queue.items.length >= (this.#options.batchRecords ?? 5000) ||
      queue.bytes >= (this.#options.batchBytes ?? 1024 * 1024)
    )
      this.#track(this.#sendQueues([queue]));
    return { result };
  }

  /** Sends everything queued and waits for every answer (failures reject the records' own promises). */
  async flush(): Promise<void> {
    while (this.#entering.size > 0) await Promise.all([...this.#entering]);
    const queues = [...this.#queues.values()].filter((q) => q.items.length > 0);
    if (queues.length > 0) this.#track(this.#sendQueues(queues));
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  /** Ends the transaction (EndTxn), committing or aborting what was sent; flushes first. */
  async endTransaction(commit: boolean): Promise<void> {
    const txnId = this.#transactionalId;
    if (txnId === null) throw new Error('not a transactional producer');
    await this.flush();
    if (this.#txnPartitions.size === 0) return;
    await this.#client.retrying(async () => {
      const nodeId = await this.#client.coordinator(txnId, 'transaction');
      const conn = await this.#client.connection(nodeId);
      const { response } = await conn.send(EndTxnApi, () => ({
        transactionalId: txnId,
        producerId: this.#producerId,
        producerEpoch: this.#producerEpoch,
        committed: commit,
      }));
      throwIfError(response.errorCode, null, conn.broker, txnId);
    });
    this.#txnPartitions.clear();
  }

  #track(p: Promise<void>): void {
    const tracked = p.finally(() => this.#inFlight.delete(tracked));
    this.#inFlight.add(tracked);
  }

  async #sendQueues(queues: PartitionQueue[]): Promise<void> {
    const work = queues.map((q) => {
      const items = q.items;
      q.items = [];
      q.bytes = 0;
      return { topic: q.topic, partition: q.partition, items };
    });
    try {
      if (this.#transactionalId !== null) await this.#addPartitions(work);
      const batches = await Promise.all(
        work.map(async (w) => {
          const key = `${w.topic}\0${w.partition}`;
          const baseSequence = this.#idempotent ? (this.#sequences.get(key) ?? 0) : -1;
          if (this.#idempotent) this.#sequences.set(key, (baseSequence + w.items.length) % 2 ** 31);
          const records = await encodeBatch(
            w.items.map((i) => i.record),
            {
              codec: this.#codec,
              ...(this.#idempotent
                ? { producerId: this.#producerId, producerEpoch: this.#producerEpoch, baseSequence }
                : {}),
              transactional: this.#transactionalId !== null,
            },
          );
          return { ...w, records };
        }),
      );
      await Promise.all(batches.map((b) => this.#produceOne(b)));
    } catch (err) {
      for (const w of work) for (const i of w.items) i.reject(err as Error);
    }
  }

  /** One partition's batch to its leader, retried (same batch, same sequence) after a retriable error. */
  async #produceOne(b: { topic: string; partition: number; items: Queued[]; records: Buffer }): Promise<void> {
    try {
      const offset = await this.#client.retrying(async () => {
        const leader = await this.#client.leaderOf(b.topic, b.partition);
        const conn = await this.#client.connection(leader);
        const build = (): Parameters<typeof ProduceApi.encodeRequest>[2] => ({
          transactionalId: this.#transactionalId,
          acks: this.#acks,
          timeoutMs: this.#client.requestTimeoutMs,
          topicData: [{ name: b.topic, partitionData: [{ index: b.partition, records: b.records }] }],
        });
        if (this.#acks === 0) {
          await conn.fire(ProduceApi, build, { min: 3 });
          return -1;
        }
        const { response } = await conn.send(ProduceApi, build, { min: 3 });
        return partitionResult(response, b.topic, b.partition, conn.broker);
      });
      b.items.forEach((item, i) =>
        item.resolve({ topic: b.topic, partition: b.partition, offset: offset < 0 ? -1 : offset + i }),
      );
    } catch (err) {
      for (const item of b.items) item.reject(err as Error);
    }
  }

  async #addPartitions(work: readonly { topic: string; partition: number }[]): Promise<void> {
    const txnId = this.#transactionalId as string;
    const fresh = work.filter((w) => !this.#txnPartitions.has(`${w.topic}\0${w.partition}`));
    if (fresh.length === 0) return;
    const byTopic = new Map<string, number[]>();
    for (const w of fresh) byTopic.set(w.topic, [...(byTopic.get(w.topic) ?? []), w.partition]);
    const topics = [...byTopic].map(([name, partitions]) => ({ name, partitions }));
    await this.#client.retrying(async () => {
      const nodeId = await this.#client.coordinator(txnId, 'transaction');
      const conn = await this.#client.connection(nodeId);
      const { response } = await conn.send(
        AddPartitionsToTxnApi,
        () => ({
          v3AndBelowTransactionalId: txnId,
          v3AndBelowProducerId: this.#producerId,
          v3AndBelowProducerEpoch: this.#producerEpoch,
          v3AndBelowTopics: topics,
        }),
        { max: 3 },
      );
      for (const t of response.resultsByTopicV3AndBelow ?? [])
        for (const p of t.resultsByPartition)
          throwIfError(p.partitionErrorCode, null, conn.broker, `${t.name}/${p.partitionIndex}`);
    });
    for (const w of fresh) this.#txnPartitions.add(`${w.topic}\0${w.partition}`);
  }
}

function partitionResult(
  response: ProduceResponse,
  topic: string,
  partition: number,
  broker: { nodeId: number | null; host: string; port: number },
): number {
  const p = response.responses.find((t) => t.name === topic)?.partitionResponses.find((x) => x.index === partition);
  if (p === undefined) throw new BrokerError('UNKNOWN_SERVER_ERROR', 'no result for the partition', broker, topic);
  // A retried batch the broker already has is answered DUPLICATE_SEQUENCE_NUMBER: written once, as wanted.
  if (p.errorCode === ErrorCode.DUPLICATE_SEQUENCE_NUMBER) return p.baseOffset;
  const detail = p.errorMessage ?? p.recordErrors?.[0]?.batchIndexErrorMessage ?? null;
  const err = errorFromCode(p.errorCode, detail, broker, `${topic}/${partition}`);
  if (err !== null) throw err;
  return p.baseOffset;
}
