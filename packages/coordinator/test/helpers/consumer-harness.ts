/**
 * Drives the KIP-848 side of a GroupCoordinatorService in tests: a topics image the test changes at will (create,
 * delete, add partitions, racks), ConsumerGroupHeartbeat and ConsumerGroupDescribe request builders, and a member
 * that heartbeats like a client (it revokes what it is told to revoke, reports what it owns).
 */
import type { ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse } from '@samsa/protocol';
import { randomUuid } from '@samsa/protocol';
import type { GroupCoordinatorConfig } from '../../src/group/config';
import type { TopicImage, TopicsImage } from '../../src/group/consumer/topics';
import { groupRecordSerde, type GroupRecord } from '../../src/group/records';
import { GroupCoordinatorService } from '../../src/group/service';
import { ManualScheduler } from '../../src/runtime/scheduler';
import { info, MemoryLogs, silent, TEST_CONFIG } from './harness';

interface TestTopic {
  id: string;
  name: string;
  partitions: number;
  racks: string[][];
}

/** A topics image a test edits; `version` grows with every creation and deletion, as the broker's does. */
export class TestTopics implements TopicsImage {
  readonly #topics = new Map<string, TestTopic>();
  version = 0;

  create(name: string, partitions: number, racks: string[][] = []): string {
    const id = randomUuid();
    this.#topics.set(name, { id, name, partitions, racks });
    this.version++;
    return id;
  }

  delete(name: string): void {
    this.#topics.delete(name);
    this.version++;
  }

  addPartitions(name: string, count: number): void {
    const t = this.#topics.get(name);
    if (t) t.partitions = count;
  }

  id(name: string): string {
    const t = this.#topics.get(name);
    if (!t) throw new Error(`no topic ${name}`);
    return t.id;
  }

  byName(name: string): TopicImage | undefined {
    const t = this.#topics.get(name);
    return t ? image(t) : undefined;
  }

  byId(id: string): TopicImage | undefined {
    for (const t of this.#topics.values()) if (t.id === id) return image(t);
    return undefined;
  }

  names(): string[] {
    return [...this.#topics.keys()];
  }
}

function image(t: TestTopic): TopicImage {
  return { id: t.id, name: t.name, partitions: t.partitions, partitionRacks: (p) => t.racks[p] ?? [] };
}

export interface ConsumerHarness {
  readonly service: GroupCoordinatorService;
  readonly scheduler: ManualScheduler;
  readonly logs: MemoryLogs;
  readonly topics: TestTopics;
  restart(config?: Partial<GroupCoordinatorConfig>): Promise<ConsumerHarness>;
}

export async function consumerHarness(
  config: Partial<GroupCoordinatorConfig> = {},
  topics = new TestTopics(),
  logs = new MemoryLogs(),
  scheduler = new ManualScheduler(),
  enabled: () => boolean = () => true,
): Promise<ConsumerHarness> {
  const full = { ...TEST_CONFIG, ...config };
  const service = new GroupCoordinatorService({
    logs,
    logger: silent,
    scheduler,
    config: full,
    topics,
    consumerProtocolEnabled: enabled,
  });
  await service.load(Array.from({ length: full.offsetsTopicPartitions ?? 5 }, (_, i) => i));
  return {
    service,
    scheduler,
    logs,
    topics,
    async restart(next = config) {
      service.close();
      return consumerHarness(next, topics, logs, scheduler, enabled);
    },
  };
}

export function cgh(
  groupId: string,
  extra: Partial<ConsumerGroupHeartbeatRequest> = {},
): ConsumerGroupHeartbeatRequest {
  return {
    groupId,
    memberId: randomUuid(),
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: 30_000,
    subscribedTopicNames: null,
    subscribedTopicRegex: null,
    serverAssignor: null,
    topicPartitions: [],
    ...extra,
  };
}

/** Partitions by topic name from a heartbeat's assignment (sorted). */
export function partitionsOf(
  h: ConsumerHarness,
  res: ConsumerGroupHeartbeatResponse | { topicPartitions: { topicId: string; partitions: number[] }[] },
): Record<string, number[]> {
  const list = 'topicPartitions' in res ? res.topicPartitions : (res.assignment?.topicPartitions ?? []);
  const out: Record<string, number[]> = {};
  for (const tp of list) {
    const name = h.topics.byId(tp.topicId)?.name ?? tp.topicId;
    out[name] = [...tp.partitions].sort((a, b) => a - b);
  }
  return out;
}

/**
 * A consumer-protocol member as a client runs it: it joins, then each `beat` reports the partitions it owns (it
 * revokes at once what the coordinator took away) and adopts the assignment it receives.
 */
export class TestMember {
  memberId = randomUuid();
  epoch = 0;
  owned: { topicId: string; partitions: number[] }[] = [];
  last: ConsumerGroupHeartbeatResponse | null = null;

  constructor(
    readonly h: ConsumerHarness,
    readonly groupId: string,
    readonly subscription: Partial<ConsumerGroupHeartbeatRequest> = {},
    readonly version = 1,
    readonly clientId = 'consumer',
  ) {}

  /** A heartbeat; with `full`, every field as after an error (or when joining). */
  beat(extra: Partial<ConsumerGroupHeartbeatRequest> = {}, full = false): ConsumerGroupHeartbeatResponse {
    const joining = this.epoch === 0;
    const req = cgh(this.groupId, {
      memberId: this.memberId,
      memberEpoch: this.epoch,
      rebalanceTimeoutMs: joining || full ? 30_000 : -1,
      topicPartitions: joining ? [] : this.owned,
      ...(joining || full ? this.subscription : { subscribedTopicNames: null, subscribedTopicRegex: null }),
      ...extra,
    });
    const res = this.h.service.consumerGroupHeartbeat(info(this.version, this.clientId), req);
    this.last = res;
    if (res.errorCode === 0) {
      if (res.memberId) this.memberId = res.memberId;
      this.epoch = res.memberEpoch;
      if (res.assignment) this.owned = res.assignment.topicPartitions.map((tp) => ({ ...tp }));
    }
    return res;
  }

  /** The partitions owned, by topic name. */
  get assignment(): Record<string, number[]> {
    return partitionsOf(this.h, { topicPartitions: this.owned });
  }

  leave(epoch = -1): ConsumerGroupHeartbeatResponse {
    return this.h.service.consumerGroupHeartbeat(
      info(this.version, this.clientId),
      cgh(this.groupId, {
        memberId: this.memberId,
        memberEpoch: epoch,
        instanceId: this.subscription.instanceId ?? null,
        rebalanceTimeoutMs: -1,
        topicPartitions: null,
      }),
    );
  }
}

/** Heartbeats every member in turn until nothing changes (all Stable at the same epoch); returns the rounds used. */
export function settle(members: readonly TestMember[], maxRounds = 20): number {
  for (let round = 1; round <= maxRounds; round++) {
    const before = members.map((m) => `${m.epoch}:${JSON.stringify(m.owned)}`).join('|');
    for (const m of members) m.beat();
    const after = members.map((m) => `${m.epoch}:${JSON.stringify(m.owned)}`).join('|');
    if (before === after) return round;
  }
  throw new Error('the group did not settle');
}

/** Every record written to the group's `__consumer_offsets` partition, in log order. */
export function recordsOf(h: ConsumerHarness, groupId: string): GroupRecord[] {
  const log = h.logs.existing(h.service.partitionFor(groupId));
  if (!log) return [];
  const out: GroupRecord[] = [];
  for (const batch of log.batches()) out.push(...groupRecordSerde.deserialize(batch));
  return out;
}
