/**
 * Topic administration: CreateTopics, DeleteTopics, CreatePartitions and DeleteRecords as Kafka's admin client sends
 * them (topic changes to the controller; DeleteRecords to each partition's leader). Per-topic results keep their
 * error, so a tool can report each topic and still go on with the others.
 */
import { CreatePartitionsApi, CreateTopicsApi, DeleteRecordsApi, DeleteTopicsApi, ZERO_UUID } from '@samsa/protocol';
import type { KafkaClient } from './client';
import { type BrokerError, errorFromCode, throwIfError } from './errors';

export interface NewTopic {
  readonly name: string;
  /** -1: the broker's num.partitions (CreateTopics v4+, KIP-464). */
  readonly partitions: number;
  /** -1: the broker's default.replication.factor. */
  readonly replicationFactor: number;
  readonly configs?: Readonly<Record<string, string>>;
}

export interface TopicResult {
  readonly name: string;
  readonly error: BrokerError | null;
}

export interface CreatedTopic extends TopicResult {
  readonly partitions: number;
  readonly replicationFactor: number;
}

const TIMEOUT_MS = 30000;

export async function createTopics(
  client: KafkaClient,
  topics: readonly NewTopic[],
  validateOnly = false,
): Promise<CreatedTopic[]> {
  return client.retrying(async () => {
    const conn = await client.controllerConnection();
    const usesDefaults = topics.some((t) => t.partitions < 0 || t.replicationFactor < 0);
    const { response } = await conn.send(
      CreateTopicsApi,
      (v) => ({
        topics: topics.map((t) => ({
          name: t.name,
          numPartitions: t.partitions,
          replicationFactor: t.replicationFactor,
          assignments: [],
          configs: Object.entries(t.configs ?? {}).map(([name, value]) => ({ name, value })),
        })),
        timeoutMs: Math.min(TIMEOUT_MS, client.requestTimeoutMs),
        ...(v >= 1 ? { validateOnly } : {}),
      }),
      { min: usesDefaults ? 4 : validateOnly ? 1 : 0 },
    );
    const results = response.topics.map((r) => ({
      name: r.name,
      error: errorFromCode(r.errorCode, r.errorMessage, conn.broker, r.name),
      partitions: r.numPartitions ?? -1,
      replicationFactor: r.replicationFactor ?? -1,
    }));
    // NOT_CONTROLLER (an old broker after a controller move): retry the whole request at the new controller.
    const notController = results.find((r) => r.error?.errorName === 'NOT_CONTROLLER');
    if (notController?.error) throw notController.error;
    return results;
  });
}

export async function deleteTopics(client: KafkaClient, names: readonly string[]): Promise<TopicResult[]> {
  return client.retrying(async () => {
    const conn = await client.controllerConnection();
    const { response } = await conn.send(DeleteTopicsApi, (v) => ({
      ...(v >= 6 ? { topics: names.map((name) => ({ name, topicId: ZERO_UUID })) } : { topicNames: [...names] }),
      timeoutMs: Math.min(TIMEOUT_MS, client.requestTimeoutMs),
    }));
    const results = response.responses.map((r) => ({
      name: r.name ?? '',
      error: errorFromCode(r.errorCode, r.errorMessage, conn.broker, r.name),
    }));
    const notController = results.find((r) => r.error?.errorName === 'NOT_CONTROLLER');
    if (notController?.error) throw notController.error;
    return results;
  });
}

/** CreatePartitions: grows the topic to `total` partitions. */
export async function createPartitions(client: KafkaClient, topic: string, total: number): Promise<void> {
  await client.retrying(async () => {
    const conn = await client.controllerConnection();
    const { response } = await conn.send(CreatePartitionsApi, () => ({
      topics: [{ name: topic, count: total, assignments: null }],
      timeoutMs: Math.min(TIMEOUT_MS, client.requestTimeoutMs),
      validateOnly: false,
    }));
    for (const r of response.results) throwIfError(r.errorCode, r.errorMessage, conn.broker, r.name);
  });
}

export interface DeletedRecords {
  readonly topic: string;
  readonly partition: number;
  /** The partition's log start offset after the deletion. */
  readonly lowWatermark: number;
}

/** DeleteRecords (KIP-107): everything before `offset` (-1: the high watermark) in each partition. */
export async function deleteRecords(
  client: KafkaClient,
  requests: readonly { topic: string; partition: number; offset: number }[],
): Promise<DeletedRecords[]> {
  return client.retrying(async () => {
    const byLeader = new Map<number, { topic: string; partition: number; offset: number }[]>();
    for (const r of requests) {
      const leader = await client.leaderOf(r.topic, r.partition);
      byLeader.set(leader, [...(byLeader.get(leader) ?? []), r]);
    }
    const results = await Promise.all(
      [...byLeader].map(async ([leader, list]) => {
        const topics = new Map<string, { partitionIndex: number; offset: number }[]>();
        for (const r of list)
          topics.set(r.topic, [...(topics.get(r.topic) ?? []), { partitionIndex: r.partition, offset: r.offset }]);
        const { response, broker } = await client.sendTo(leader, DeleteRecordsApi, () => ({
          topics: [...topics].map(([name, partitions]) => ({ name, partitions })),
          timeoutMs: Math.min(TIMEOUT_MS, client.requestTimeoutMs),
        }));
        return response.topics.flatMap((t) =>
          t.partitions.map((p) => {
            throwIfError(p.errorCode, null, broker, `${t.name}/${p.partitionIndex}`);
            return { topic: t.name, partition: p.partitionIndex, lowWatermark: p.lowWatermark };
          }),
        );
      }),
    );
    return results.flat();
  });
}
