/**
 * Topics: the list (partitions, replication factor, size on disk from DescribeLogDirs, records as offsets between
 * log start and high watermark), one topic's partitions and configs, and the changes Kafka's admin client makes:
 * CreateTopics, DeleteTopics, IncrementalAlterConfigs, CreatePartitions. A per-topic error from the cluster is
 * thrown as the `BrokerError` it is (answered 409 with Kafka's error name).
 */
import {
  alterConfigs,
  createPartitions,
  createTopics,
  deleteTopics,
  describeConfigs,
  replicaSizes,
  type ConfigChange,
  type ConfigEntry,
  type KafkaClient,
} from '@samsa/client';
import { clusterSnapshot, type PartitionRow } from './cluster-view';
import { HttpError, intField, type Json, stringField } from './http';
import { tpKey } from './offsets';
import type { SamsaSide } from './samsa-side';

export interface TopicRow {
  readonly name: string;
  readonly internal: boolean;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly underReplicated: number;
  readonly offline: number;
  /** Offsets between log start and high watermark, summed (records, plus transaction markers). */
  readonly records: number;
  /** Bytes of the leaders' replicas (DescribeLogDirs); null when the cluster does not say. */
  readonly size: number | null;
}

export interface PartitionDetail extends PartitionRow {
  readonly size: number | null;
}

export interface TopicDetail extends TopicRow {
  readonly partitionDetails: PartitionDetail[];
  readonly configs: ConfigEntry[];
}

async function leaderSizes(client: KafkaClient, rows: readonly PartitionRow[]): Promise<Map<string, number> | null> {
  const brokers = [...new Set(rows.map((p) => p.leader).filter((l) => l >= 0))];
  const byTopic = new Map<string, number[]>();
  for (const p of rows) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p.partition]);
  try {
    const sizes = await replicaSizes(
      client,
      brokers,
      [...byTopic].map(([topic, partitions]) => ({ topic, partitions })),
    );
    const leaders = new Map(rows.map((p) => [tpKey(p.topic, p.partition), p.leader]));
    const out = new Map<string, number>();
    for (const s of sizes)
      if (leaders.get(tpKey(s.topic, s.partition)) === s.broker) out.set(tpKey(s.topic, s.partition), s.size);
    return out;
  } catch {
    return null;
  }
}

function summarize(name: string, rows: readonly PartitionRow[], sizes: Map<string, number> | null): TopicRow {
  let records = 0;
  let size: number | null = sizes === null ? null : 0;
  for (const p of rows) {
    if (p.highWatermark >= 0 && p.logStart >= 0) records += p.highWatermark - p.logStart;
    const s = sizes?.get(tpKey(p.topic, p.partition));
    if (size !== null && s !== undefined) size += s;
  }
  return {
    name,
    internal: rows[0]?.internal ?? false,
    partitions: rows.length,
    replicationFactor: rows[0]?.replicas.length ?? 0,
    underReplicated: rows.filter((p) => p.isr.length < p.replicas.length).length,
    offline: rows.filter((p) => p.leader < 0).length,
    records,
    size,
  };
}

function byTopic(rows: readonly PartitionRow[]): Map<string, PartitionRow[]> {
  const out = new Map<string, PartitionRow[]>();
  for (const p of rows) out.set(p.topic, [...(out.get(p.topic) ?? []), p]);
  return out;
}

export async function listTopics(client: KafkaClient, side: SamsaSide | null): Promise<TopicRow[]> {
  const snap = await clusterSnapshot(client, side, true);
  const sizes = await leaderSizes(client, snap.partitions);
  return [...byTopic(snap.partitions)].map(([name, rows]) => summarize(name, rows, sizes));
}

export async function topicDetail(client: KafkaClient, side: SamsaSide | null, name: string): Promise<TopicDetail> {
  await client.topic(name, true);
  const snap = await clusterSnapshot(client, side, true);
  const rows = snap.partitions.filter((p) => p.topic === name);
  const [sizes, configs] = await Promise.all([leaderSizes(client, rows), describeConfigs(client, 'topic', name)]);
  return {
    ...summarize(name, rows, sizes),
    partitionDetails: rows.map((p) => ({ ...p, size: sizes?.get(tpKey(p.topic, p.partition)) ?? null })),
    configs,
  };
}

export async function createTopic(client: KafkaClient, body: Json): Promise<{ name: string; partitions: number }> {
  const name = stringField(body['name'], 'name');
  const partitions = body['partitions'] === undefined ? -1 : intField(body['partitions'], 'partitions', -1);
  const replicationFactor =
    body['replicationFactor'] === undefined ? -1 : intField(body['replicationFactor'], 'replicationFactor', -1);
  const configs = stringMap(body['configs'], 'configs');
  const [result] = await createTopics(client, [{ name, partitions, replicationFactor, configs }]);
  if (result?.error) throw result.error;
  return { name, partitions: result?.partitions ?? partitions };
}

export async function deleteTopic(client: KafkaClient, name: string): Promise<void> {
  const [result] = await deleteTopics(client, [name]);
  if (result?.error) throw result.error;
}

/** `{"set": {"retention.ms": "1000"}, "delete": ["cleanup.policy"]}`. */
export async function alterTopicConfigs(client: KafkaClient, name: string, body: Json): Promise<void> {
  const set = stringMap(body['set'], 'set');
  const remove = body['delete'] ?? [];
  if (!Array.isArray(remove) || remove.some((k) => typeof k !== 'string'))
    throw new HttpError(400, 'delete must be a list of config names');
  const changes: ConfigChange[] = [
    ...Object.entries(set).map(([key, value]) => ({ name: key, op: 'set' as const, value })),
    ...(remove as string[]).map((key) => ({ name: key, op: 'delete' as const })),
  ];
  if (changes.length === 0) throw new HttpError(400, 'nothing to change: give set or delete');
  await alterConfigs(client, 'topic', name, changes);
}

export async function addPartitions(client: KafkaClient, name: string, body: Json): Promise<void> {
  await createPartitions(client, name, intField(body['count'], 'count', 1));
}

function stringMap(value: unknown, name: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, `${name} must be an object`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
      throw new HttpError(400, `${name}.${k} must be a string`);
    out[k] = String(v);
  }
  return out;
}
