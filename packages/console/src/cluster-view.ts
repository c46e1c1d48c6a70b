/**
 * The overview and the brokers view: Metadata (brokers, controller, topics with leader, replicas, ISR and leader
 * epoch), each partition's log start, high watermark and last stable offset, and, for samsa, each broker's state.
 * Under-replicated: fewer ISR members than replicas; offline: no leader (Kafka's UnderReplicatedPartitions and
 * OfflinePartitionsCount).
 */
import { describeCluster, listGroups, type KafkaClient } from '@samsa/client';
import { partitionOffsets, tpKey } from './offsets';
import { brokerStates, type SamsaSide } from './samsa-side';

export type BrokerStateName = 'running' | 'stopped' | 'paused' | 'up';

export interface BrokerRow {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  readonly rack: string | null;
  /** samsa's own states; 'up' for a broker of another Kafka (listed in Metadata). */
  readonly state: BrokerStateName;
  readonly controller: boolean;
  readonly leaderOf: number;
  readonly replicas: number;
}

export interface PartitionRow {
  readonly topic: string;
  readonly partition: number;
  readonly internal: boolean;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly offline: readonly number[];
  readonly logStart: number;
  readonly highWatermark: number;
  readonly lastStable: number;
}

export interface ClusterSnapshot {
  readonly clusterId: string | null;
  readonly controllerId: number;
  readonly brokers: BrokerRow[];
  readonly partitions: PartitionRow[];
}

/** Brokers and every partition (internal topics too), with offsets when `offsets` is asked. */
export async function clusterSnapshot(
  client: KafkaClient,
  side: SamsaSide | null,
  offsets: boolean,
): Promise<ClusterSnapshot> {
  const md = await client.metadata(null);
  const partitions: PartitionRow[] = [];
  for (const t of md.topics.values()) {
    if (t.errorCode !== 0) continue;
    for (const p of t.partitions) {
      partitions.push({
        topic: t.name,
        partition: p.partition,
        internal: t.isInternal || t.name.startsWith('__'),
        leader: p.leader,
        leaderEpoch: p.leaderEpoch,
        replicas: p.replicas,
        isr: p.isr,
        offline: p.offlineReplicas,
        logStart: -1,
        highWatermark: -1,
        lastStable: -1,
      });
    }
  }
  partitions.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  let rows = partitions;
  if (offsets) {
    const found = await partitionOffsets(
      client,
      partitions.filter((p) => p.leader >= 0),
    );
    rows = partitions.map((p) => ({ ...p, ...found.get(tpKey(p.topic, p.partition)) }));
  }
  const states = brokerStates(side);
  const listed = new Map(md.brokers.map((b) => [b.nodeId, b]));
  const ids = [...new Set([...listed.keys(), ...states.keys()])].sort((a, b) => a - b);
  const brokers = ids.map((nodeId): BrokerRow => {
    const b = listed.get(nodeId);
    const s = states.get(nodeId);
    return {
      nodeId,
      host: b?.host ?? s?.host ?? '',
      port: b?.port ?? s?.port ?? -1,
      rack: b?.rack ?? null,
      state: s?.state ?? 'up',
      controller: nodeId === md.controllerId,
      leaderOf: rows.filter((p) => p.leader === nodeId).length,
      replicas: rows.filter((p) => p.replicas.includes(nodeId)).length,
    };
  });
  return { clusterId: md.clusterId, controllerId: md.controllerId, brokers, partitions: rows };
}

export interface Overview {
  readonly clusterId: string | null;
  readonly controllerId: number;
  readonly brokers: BrokerRow[];
  readonly topics: number;
  readonly internalTopics: number;
  readonly partitions: number;
  readonly underReplicated: number;
  readonly offline: number;
  readonly groups: number | null;
}

export async function overview(client: KafkaClient, side: SamsaSide | null): Promise<Overview> {
  const [snap, groups] = await Promise.all([
    clusterSnapshot(client, side, false),
    listGroups(client).then(
      (g) => g.length,
      () => null,
    ),
  ]);
  // DescribeCluster names the cluster when Metadata is too old to (v2-).
  const clusterId =
    snap.clusterId ??
    (await describeCluster(client)
      .then((d) => d.clusterId)
      .catch(() => null));
  const topics = new Map<string, boolean>();
  for (const p of snap.partitions) topics.set(p.topic, p.internal);
  return {
    clusterId,
    controllerId: snap.controllerId,
    brokers: snap.brokers,
    topics: [...topics.values()].filter((internal) => !internal).length,
    internalTopics: [...topics.values()].filter((internal) => internal).length,
    partitions: snap.partitions.length,
    underReplicated: snap.partitions.filter((p) => p.isr.length < p.replicas.length).length,
    offline: snap.partitions.filter((p) => p.leader < 0).length,
    groups,
  };
}
