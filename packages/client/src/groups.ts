/**
 * Consumer group administration as Kafka's admin client does it: ListGroups asked of every broker (each lists the
 * groups it coordinates), DescribeGroups, OffsetFetch, OffsetCommit, DeleteGroups and OffsetDelete asked of the
 * group's coordinator, retried after NOT_COORDINATOR or COORDINATOR_LOAD_IN_PROGRESS.
 */
import {
  DeleteGroupsApi,
  DescribeGroupsApi,
  ListGroupsApi,
  OffsetCommitApi,
  OffsetDeleteApi,
  OffsetFetchApi,
} from '@samsa/protocol';
import type { KafkaClient } from './client';
import { decodeAssignment, type TopicPartitions } from './consumer-protocol';
import { BrokerError, errorFromCode, throwIfError } from './errors';

export interface ListedGroup {
  readonly groupId: string;
  readonly protocolType: string;
  /** Empty when the broker's ListGroups is older than v4 (KIP-518). */
  readonly state: string;
  /** Empty when older than v5 (KIP-848). */
  readonly type: string;
  readonly coordinator: number;
}

export interface ListGroupsFilter {
  readonly states?: readonly string[];
  readonly types?: readonly string[];
}

export async function listGroups(client: KafkaClient, filter: ListGroupsFilter = {}): Promise<ListedGroup[]> {
  const md = await client.metadata([]);
  const states = filter.states ?? [];
  const types = filter.types ?? [];
  const perBroker = await Promise.all(
    md.brokers.map(async (b) => {
      const { response, version, broker } = await client.retrying(() =>
        client.sendTo(b.nodeId, ListGroupsApi, (v) => ({
          ...(v >= 4 ? { statesFilter: [...states] } : {}),
          ...(v >= 5 ? { typesFilter: [...types] } : {}),
        })),
      );
      throwIfError(response.errorCode, null, broker, 'ListGroups');
      return response.groups
        .map((g) => ({
          groupId: g.groupId,
          protocolType: g.protocolType,
          state: g.groupState ?? '',
          type: g.groupType ?? '',
          coordinator: b.nodeId,
        }))
        .filter(
          // An older broker cannot filter: do it here, on what it reported.
          (g) =>
            (version >= 4 || states.length === 0 || states.some((s) => s.toLowerCase() === g.state.toLowerCase())) &&
            (version >= 5 || types.length === 0),
        );
    }),
  );
  return perBroker.flat().sort((a, b) => a.groupId.localeCompare(b.groupId));
}

export interface MemberDescription {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  /** The consumer protocol assignment; null when the group uses another protocol type. */
  readonly assignment: TopicPartitions[] | null;
}

export interface GroupDescription {
  readonly groupId: string;
  readonly state: string;
  readonly protocolType: string;
  readonly protocol: string;
  readonly coordinator: number;
  readonly members: MemberDescription[];
}

export async function describeGroup(client: KafkaClient, groupId: string): Promise<GroupDescription> {
  return onCoordinator(client, groupId, async (nodeId) => {
    const { response, broker } = await client.sendTo(nodeId, DescribeGroupsApi, () => ({ groups: [groupId] }));
    const g = response.groups[0];
    if (g === undefined) throw new BrokerError('UNKNOWN_SERVER_ERROR', 'no group in the answer', broker, groupId);
    throwIfError(g.errorCode, null, broker, groupId);
    return {
      groupId: g.groupId,
      state: g.groupState,
      protocolType: g.protocolType,
      protocol: g.protocolData,
      coordinator: nodeId,
      members: g.members.map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId ?? null,
        clientId: m.clientId,
        clientHost: m.clientHost,
        assignment: g.protocolType === 'consumer' ? decodeAssignment(m.memberAssignment) : null,
      })),
    };
  });
}

export interface CommittedOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly metadata: string | null;
}

/** The group's committed offsets: all of them, or those of the given topics. */
export async function fetchOffsets(
  client: KafkaClient,
  groupId: string,
  topics: readonly { topic: string; partitions: readonly number[] }[] | null = null,
): Promise<CommittedOffset[]> {
  return onCoordinator(client, groupId, async (nodeId) => {
    const request = topics?.map((t) => ({ name: t.topic, partitionIndexes: [...t.partitions] })) ?? null;
    const { response, version, broker } = await client.sendTo(
      nodeId,
      OffsetFetchApi,
      (v) =>
        v >= 8
          ? { groups: [{ groupId, topics: request }], requireStable: true }
          : { groupId, topics: request, ...(v >= 7 ? { requireStable: true } : {}) },
      { min: topics === null ? 2 : 1 },
    );
    const out: CommittedOffset[] = [];
    if (version >= 8) {
      const g = response.groups?.[0];
      if (g !== undefined) {
        throwIfError(g.errorCode, null, broker, groupId);
        for (const t of g.topics)
          for (const p of t.partitions) {
            throwIfError(p.errorCode, null, broker, `${groupId} ${t.name}/${p.partitionIndex}`);
            out.push({ topic: t.name, partition: p.partitionIndex, offset: p.committedOffset, metadata: p.metadata });
          }
      }
    } else {
      throwIfError(response.errorCode ?? 0, null, broker, groupId);
      for (const t of response.topics ?? [])
        for (const p of t.partitions) {
          throwIfError(p.errorCode, null, broker, `${groupId} ${t.name}/${p.partitionIndex}`);
          out.push({ topic: t.name, partition: p.partitionIndex, offset: p.committedOffset, metadata: p.metadata });
        }
    }
    return out.filter((o) => o.offset >= 0).sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  });
}

export interface OffsetToCommit {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

/**
 * Commits offsets. Outside a generation (generation -1, no member id) Kafka takes a commit only for a group with no
 * members (an admin reset); a member passes its generation and id.
 */
export async function commitOffsets(
  client: KafkaClient,
  groupId: string,
  offsets: readonly OffsetToCommit[],
  member: { generationId: number; memberId: string } = { generationId: -1, memberId: '' },
): Promise<void> {
  const topics = new Map<string, OffsetToCommit[]>();
  for (const o of offsets) topics.set(o.topic, [...(topics.get(o.topic) ?? []), o]);
  await onCoordinator(client, groupId, async (nodeId) => {
    const { response, broker } = await client.sendTo(nodeId, OffsetCommitApi, (v) => ({
      groupId,
      ...(v >= 1 ? { generationIdOrMemberEpoch: member.generationId, memberId: member.memberId } : {}),
      ...(v >= 2 && v <= 4 ? { retentionTimeMs: -1 } : {}),
      topics: [...topics].map(([name, list]) => ({
        name,
        partitions: list.map((o) => ({
          partitionIndex: o.partition,
          committedOffset: o.offset,
          ...(v >= 6 ? { committedLeaderEpoch: -1 } : {}),
          ...(v === 1 ? { commitTimestamp: -1 } : {}),
          committedMetadata: '',
        })),
      })),
    }));
    for (const t of response.topics)
      for (const p of t.partitions) throwIfError(p.errorCode, null, broker, `${groupId} ${t.name}/${p.partitionIndex}`);
  });
}

export interface DeletedGroup {
  readonly groupId: string;
  readonly error: BrokerError | null;
}

export async function deleteGroups(client: KafkaClient, groupIds: readonly string[]): Promise<DeletedGroup[]> {
  return Promise.all(
    groupIds.map(async (groupId) => {
      try {
        await onCoordinator(client, groupId, async (nodeId) => {
          const { response, broker } = await client.sendTo(nodeId, DeleteGroupsApi, () => ({ groupsNames: [groupId] }));
          for (const r of response.results) throwIfError(r.errorCode, null, broker, r.groupId);
        });
        return { groupId, error: null };
      } catch (err) {
        if (err instanceof BrokerError) return { groupId, error: err };
        throw err;
      }
    }),
  );
}

/** OffsetDelete (KIP-496): the group's offsets of these partitions; refused while the group consumes the topic. */
export async function deleteOffsets(
  client: KafkaClient,
  groupId: string,
  partitions: readonly { topic: string; partition: number }[],
): Promise<{ topic: string; partition: number; error: BrokerError | null }[]> {
  const topics = new Map<string, number[]>();
  for (const p of partitions) topics.set(p.topic, [...(topics.get(p.topic) ?? []), p.partition]);
  return onCoordinator(client, groupId, async (nodeId) => {
    const { response, broker } = await client.sendTo(nodeId, OffsetDeleteApi, () => ({
      groupId,
      topics: [...topics].map(([name, list]) => ({
        name,
        partitions: list.map((partitionIndex) => ({ partitionIndex })),
      })),
    }));
    throwIfError(response.errorCode, null, broker, groupId);
    return response.topics.flatMap((t) =>
      t.partitions.map((p) => ({
        topic: t.name,
        partition: p.partitionIndex,
        error: errorFromCode(p.errorCode, null, broker, `${groupId} ${t.name}/${p.partitionIndex}`),
      })),
    );
  });
}

/** Runs `fn` against the group's coordinator, finding it again after NOT_COORDINATOR and the like. */
export function onCoordinator<T>(client: KafkaClient, groupId: string, fn: (nodeId: number) => Promise<T>): Promise<T> {
  return client.retrying(async () => {
    const nodeId = await client.coordinator(groupId, 'group');
    try {
      return await fn(nodeId);
    } catch (err) {
      client.forgetCoordinator(groupId, 'group');
      throw err;
    }
  });
}
