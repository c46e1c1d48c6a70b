/**
 * Consumer-group helpers for wire tests: a broker whose group coordinator runs on a manual clock (so session and
 * rebalance timeouts are driven without sleeping), and request builders for the group APIs over a WireClient.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import {
  CreateTopicsApi,
  FindCoordinatorApi,
  JoinGroupApi,
  SyncGroupApi,
  Writer,
  type JoinGroupRequest,
  type JoinGroupResponse,
  type SyncGroupResponse,
} from '@samsa/protocol';
import { ManualScheduler } from '@samsa/coordinator';
import { startBroker, type RunningBroker } from '../../src/index';
import { WireClient } from './wire-client';

export interface GroupBroker {
  readonly broker: RunningBroker;
  readonly scheduler: ManualScheduler;
  readonly dataDir: string;
  connect(nodeIndex?: number): Promise<WireClient>;
  /** Stops the broker (keeping the data dir). */
  stop(): Promise<void>;
  /** Starts a broker again on the same data dir and clock. */
  restart(): Promise<GroupBroker>;
  dispose(): Promise<void>;
}

export async function startGroupBroker(
  config: Record<string, string | number | boolean> = {},
  dataDir = mkdtempSync(join(tmpdir(), 'samsa-groups-')),
  scheduler = new ManualScheduler(),
): Promise<GroupBroker> {
  const broker = await startBroker(
    { listeners: 'PLAINTEXT://127.0.0.1:0', 'log.dirs': dataDir, 'group.initial.rebalance.delay.ms': 0, ...config },
    { logger: pino({ level: process.env.SAMSA_TEST_LOG_LEVEL ?? 'silent' }), coordinatorScheduler: scheduler },
  );
  const clients: WireClient[] = [];
  return {
    broker,
    scheduler,
    dataDir,
    async connect(nodeIndex = 0) {
      const c = await WireClient.connect(broker.nodes[nodeIndex]!.port);
      clients.push(c);
      return c;
    },
    async stop() {
      for (const c of clients) c.destroy();
      await broker.stop();
    },
    async restart() {
      return startGroupBroker(config, dataDir, scheduler);
    },
    async dispose() {
      for (const c of clients) c.destroy();
      await broker.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** ConsumerProtocolSubscription v0: version, topics, user data. */
export function subscription(topics: readonly string[]): Buffer {
  const w = new Writer();
  w.int16(0);
  w.int32(topics.length);
  for (const t of topics) w.string(t);
  w.nullableBytes(null);
  return w.toBuffer();
}

export function joinBody(groupId: string, memberId = '', extra: Partial<JoinGroupRequest> = {}): JoinGroupRequest {
  return {
    groupId,
    sessionTimeoutMs: 10_000,
    rebalanceTimeoutMs: 30_000,
    memberId,
    groupInstanceId: null,
    protocolType: 'consumer',
    protocols: [{ name: 'range', metadata: subscription(['t']) }],
    reason: null,
    ...extra,
  };
}

export async function createTopic(c: WireClient, name: string, partitions: number): Promise<void> {
  const res = await c.request(CreateTopicsApi, 5, {
    topics: [{ name, numPartitions: partitions, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 1000,
    validateOnly: false,
  });
  if (res.topics[0]!.errorCode !== 0) throw new Error(`CreateTopics failed: ${res.topics[0]!.errorCode}`);
}

/** FindCoordinator v3 for a group (creates __consumer_offsets on the first call). */
export async function findCoordinator(c: WireClient, groupId: string): Promise<number> {
  const res = await c.request(FindCoordinatorApi, 3, { key: groupId, keyType: 0 });
  if (res.errorCode !== 0) throw new Error(`FindCoordinator failed: ${res.errorCode}`);
  return res.nodeId!;
}

/** Joins as a new member at `version`, answering MEMBER_ID_REQUIRED (v4+); returns the (possibly parked) join. */
export async function joinNew(
  c: WireClient,
  groupId: string,
  version = 5,
  extra: Partial<JoinGroupRequest> = {},
): Promise<{ memberId: string; join: Promise<JoinGroupResponse> }> {
  if (version < 4) {
    const join = c.request(JoinGroupApi, version, joinBody(groupId, '', extra));
    return { memberId: '', join };
  }
  const first = await c.request(JoinGroupApi, version, joinBody(groupId, '', extra));
  if (first.errorCode !== 79) throw new Error(`expected MEMBER_ID_REQUIRED, got ${first.errorCode}`);
  return { memberId: first.memberId, join: c.request(JoinGroupApi, version, joinBody(groupId, first.memberId, extra)) };
}

export function syncGroup(
  c: WireClient,
  groupId: string,
  memberId: string,
  generationId: number,
  assignments: { memberId: string; assignment: Buffer }[] = [],
  version = 3,
): Promise<SyncGroupResponse> {
  return c.request(SyncGroupApi, version, {
    groupId,
    generationId,
    memberId,
    groupInstanceId: null,
    protocolType: 'consumer',
    protocolName: 'range',
    assignments,
  });
}

/** The group as the coordinator sees it (in-process), for waiting until requests sent over TCP have arrived. */
export function groupView(gb: GroupBroker, groupId: string): { state: string; members: number } {
  const g = gb.broker.groups.service.describeGroups({ clientId: '', clientHost: '', apiVersion: 0 }, [groupId])[0]!;
  return { state: g.groupState, members: g.members.length };
}

/** Waits (real time) until the coordinator shows `groupId` in `state` with `members` members. */
export async function until(
  gb: GroupBroker,
  groupId: string,
  state: string,
  members?: number,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const d = groupView(gb, groupId);
    if (d.state === state && (members === undefined || d.members === members)) return;
    if (Date.now() > deadline)
      throw new Error(`group ${groupId} is ${d.state} with ${d.members} members, expected ${state}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A one-member Stable group; returns the member id and generation. */
export async function stableMember(
  gb: GroupBroker,
  c: WireClient,
  groupId: string,
): Promise<{ memberId: string; generationId: number }> {
  const { join } = await joinNew(c, groupId);
  await until(gb, groupId, 'PreparingRebalance', 1);
  gb.scheduler.advance(0);
  const joined = await join;
  const synced = await syncGroup(c, groupId, joined.memberId, joined.generationId, [
    { memberId: joined.memberId, assignment: Buffer.from('a') },
  ]);
  if (synced.errorCode !== 0) throw new Error(`SyncGroup failed: ${synced.errorCode}`);
  return { memberId: joined.memberId, generationId: joined.generationId };
}

/** Resolves with 'parked' if `p` has not settled after a short real-time wait (the broker works on a socket). */
export async function peek<T>(p: Promise<T>, ms = 50): Promise<T | 'parked'> {
  return Promise.race([p, new Promise<'parked'>((r) => setTimeout(() => r('parked'), ms))]);
}
