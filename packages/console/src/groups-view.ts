/**
 * Consumer groups as Kafka's ConsumerGroupCommand shows them: each group's state, type (classic, or KIP-848's
 * consumer and share where the broker lists them), protocol, members with their assignments, and per partition the
 * committed offset, the log end (high watermark) and the lag between them, with totals. A KIP-848 group is described
 * with ConsumerGroupDescribe (DescribeGroups answers it as Dead): its group and assignment epochs, assignor, and each
 * member's epoch, subscription, current and target assignment. Offsets of an Empty group can be reset (to the start,
 * the end, a time or an offset), as `kafka-consumer-groups --reset-offsets` does: a commit from outside the group,
 * which Kafka takes only when the group has no members.
 */
import {
  commitOffsets,
  describeConsumerGroups,
  describeGroup,
  EARLIEST,
  fetchOffsets,
  LATEST,
  listGroups,
  listOffsets,
  offsetsForTimes,
  type KafkaClient,
  type TopicPartition,
  type TopicPartitions,
} from '@samsa/client';
import { HttpError, intField, type Json, stringField } from './http';
import { partitionOffsets, tpKey } from './offsets';

export interface GroupRow {
  readonly groupId: string;
  readonly state: string;
  readonly type: string;
  readonly protocolType: string;
  readonly coordinator: number;
  readonly members: number | null;
  readonly lag: number | null;
}

export interface OffsetRow {
  readonly topic: string;
  readonly partition: number;
  /** -1: nothing committed. */
  readonly committed: number;
  readonly logEnd: number;
  /** null when nothing is committed or the log end is unknown. */
  readonly lag: number | null;
  /** The member the partition is assigned to, if any. */
  readonly member: string | null;
}

export interface MemberRow {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  /** What the member owns now. */
  readonly assignment: { topic: string; partitions: number[] }[];
  /** KIP-848 only (null for classic members): the member's epoch, subscription and the assignment it is moving to. */
  readonly memberEpoch: number | null;
  readonly subscribedTopics: string[] | null;
  readonly subscribedTopicRegex: string | null;
  readonly targetAssignment: { topic: string; partitions: number[] }[] | null;
}

export interface GroupDetail {
  /** `classic`, or `consumer` for a KIP-848 group. */
  readonly type: 'classic' | 'consumer';
  readonly groupId: string;
  readonly state: string;
  readonly protocolType: string;
  readonly protocol: string;
  readonly coordinator: number;
  /** KIP-848 only (null for classic groups). */
  readonly groupEpoch: number | null;
  readonly assignmentEpoch: number | null;
  readonly assignor: string | null;
  readonly members: MemberRow[];
  readonly offsets: OffsetRow[];
  readonly totalLag: number;
}

type Described = Omit<GroupDetail, 'offsets' | 'totalLag'>;

const copy = (list: readonly TopicPartitions[]): { topic: string; partitions: number[] }[] =>
  list.map((a) => ({ topic: a.topic, partitions: [...a.partitions] }));

/**
 * The group as its coordinator describes it: ConsumerGroupDescribe first, and DescribeGroups when that finds no
 * KIP-848 group (GROUP_ID_NOT_FOUND) or the broker predates it, as Kafka's admin client does. `type` (from
 * ListGroups) skips the request that cannot find it.
 */
export async function describeAnyGroup(client: KafkaClient, groupId: string, type = ''): Promise<Described> {
  if (type === '' || type === 'consumer') {
    const [result] = await describeConsumerGroups(client, [groupId]);
    const g = result?.group;
    if (g) {
      return {
        type: 'consumer',
        groupId: g.groupId,
        state: g.state,
        protocolType: 'consumer',
        protocol: '',
        coordinator: g.coordinator,
        groupEpoch: g.groupEpoch,
        assignmentEpoch: g.assignmentEpoch,
        assignor: g.assignor,
        members: g.members.map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.instanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          assignment: copy(m.assignment),
          memberEpoch: m.memberEpoch,
          subscribedTopics: [...m.subscribedTopicNames],
          subscribedTopicRegex: m.subscribedTopicRegex,
          targetAssignment: copy(m.targetAssignment),
        })),
      };
    }
    const why = result?.error?.errorName;
    if (result?.error && why !== 'GROUP_ID_NOT_FOUND' && why !== 'UNSUPPORTED_VERSION') throw result.error;
  }
  const g = await describeGroup(client, groupId);
  return {
    type: 'classic',
    groupId: g.groupId,
    state: g.state,
    protocolType: g.protocolType,
    protocol: g.protocol,
    coordinator: g.coordinator,
    groupEpoch: null,
    assignmentEpoch: null,
    assignor: null,
    members: g.members.map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      assignment: copy(m.assignment ?? []),
      memberEpoch: null,
      subscribedTopics: null,
      subscribedTopicRegex: null,
      targetAssignment: null,
    })),
  };
}

export async function groupDetail(client: KafkaClient, groupId: string, type = ''): Promise<GroupDetail> {
  const [group, committed] = await Promise.all([
    describeAnyGroup(client, groupId, type),
    fetchOffsets(client, groupId),
  ]);
  if (group.state === 'Dead' && committed.length === 0) throw new HttpError(404, `no group ${groupId}`);
  const owner = new Map<string, string>();
  for (const m of group.members)
    for (const a of m.assignment) for (const p of a.partitions) owner.set(tpKey(a.topic, p), m.memberId);
  const tps = new Map<string, TopicPartition>();
  for (const c of committed) tps.set(tpKey(c.topic, c.partition), { topic: c.topic, partition: c.partition });
  for (const m of group.members)
    for (const a of [...m.assignment, ...(m.targetAssignment ?? [])])
      for (const p of a.partitions) tps.set(tpKey(a.topic, p), { topic: a.topic, partition: p });
  const md = await client.metadata([...new Set([...tps.values()].map((tp) => tp.topic))]);
  const led = [...tps.values()].filter(
    (tp) => (md.topics.get(tp.topic)?.partitions.find((p) => p.partition === tp.partition)?.leader ?? -1) >= 0,
  );
  const ends = await partitionOffsets(client, led, { lastStable: false });
  const committedAt = new Map(committed.map((c) => [tpKey(c.topic, c.partition), c.offset]));
  const offsets = [...tps.values()]
    .map((tp): OffsetRow => {
      const key = tpKey(tp.topic, tp.partition);
      const c = committedAt.get(key) ?? -1;
      const end = ends.get(key)?.highWatermark ?? -1;
      return {
        topic: tp.topic,
        partition: tp.partition,
        committed: c,
        logEnd: end,
        lag: c >= 0 && end >= 0 ? Math.max(0, end - c) : null,
        member: owner.get(key) ?? null,
      };
    })
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  return {
    ...group,
    offsets,
    totalLag: offsets.reduce((sum, o) => sum + (o.lag ?? 0), 0),
  };
}

export async function listGroupRows(client: KafkaClient): Promise<GroupRow[]> {
  const groups = await listGroups(client);
  return Promise.all(
    groups.map(async (g): Promise<GroupRow> => {
      const base = {
        groupId: g.groupId,
        state: g.state,
        type: g.type || 'classic',
        protocolType: g.protocolType,
        coordinator: g.coordinator,
      };
      try {
        const d = await groupDetail(client, g.groupId, g.type);
        // Before ListGroups v5 there is no type in the list: the description tells.
        return { ...base, type: g.type || d.type, state: d.state, members: d.members.length, lag: d.totalLag };
      } catch {
        return { ...base, members: null, lag: null };
      }
    }),
  );
}

/**
 * `{"to": "start" | "end" | "timestamp" | "offset", "timestamp"?, "offset"?, "topic"?}`: the group's committed
 * partitions (or every partition of `topic`) moved; refused unless the group is Empty (or unknown to the cluster).
 */
export async function resetOffsets(
  client: KafkaClient,
  groupId: string,
  body: Json,
): Promise<{ offsets: { topic: string; partition: number; offset: number }[] }> {
  const to = body['to'];
  if (to !== 'start' && to !== 'end' && to !== 'timestamp' && to !== 'offset')
    throw new HttpError(400, 'to must be start, end, timestamp or offset');
  // A KIP-848 group's state comes from ConsumerGroupDescribe: DescribeGroups would call it Dead, members or not.
  const group = await describeAnyGroup(client, groupId);
  if (group.state !== 'Empty' && group.state !== 'Dead')
    throw new HttpError(409, `group ${groupId} is ${group.state}: offsets can be reset only while it has no members`);
  let tps: TopicPartition[];
  if (body['topic'] !== undefined) {
    const topic = stringField(body['topic'], 'topic');
    tps = (await client.topic(topic, true)).partitions.map((p) => ({ topic, partition: p.partition }));
  } else {
    tps = (await fetchOffsets(client, groupId)).map((c) => ({ topic: c.topic, partition: c.partition }));
  }
  if (tps.length === 0) throw new HttpError(400, 'the group has no committed offsets: name a topic');
  let offsets: { topic: string; partition: number; offset: number }[];
  if (to === 'timestamp') {
    offsets = await offsetsForTimes(client, tps, intField(body['timestamp'], 'timestamp', 0));
  } else if (to === 'offset') {
    const wanted = intField(body['offset'], 'offset', 0);
    const [starts, ends] = await Promise.all([listOffsets(client, tps, EARLIEST), listOffsets(client, tps, LATEST)]);
    const endOf = new Map(ends.map((e) => [tpKey(e.topic, e.partition), e.offset]));
    // Out of range is clamped into the log, as the tool's --to-offset does.
    offsets = starts.map((s) => ({
      ...s,
      offset: Math.min(Math.max(wanted, s.offset), endOf.get(tpKey(s.topic, s.partition)) ?? wanted),
    }));
  } else {
    offsets = await listOffsets(client, tps, to === 'start' ? EARLIEST : LATEST);
  }
  const moved = offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: o.offset }));
  await commitOffsets(client, groupId, moved);
  return { offsets: moved };
}
