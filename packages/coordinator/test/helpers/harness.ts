/**
 * Drives a GroupCoordinatorService in tests: memory logs per partition (kept across "restarts"), a manual clock,
 * request builders for every group API, and helpers to tell a parked response from a settled one.
 */
import pino from 'pino';
import { Writer, type JoinGroupRequest, type JoinGroupResponse, type SyncGroupResponse } from '@samsa/protocol';
import { MemoryCoordinatorLog } from './memory-coordinator-log';
import type { CoordinatorLogProvider } from '../../src/runtime/runtime';
import { ManualScheduler } from '../../src/runtime/scheduler';
import type { GroupCoordinatorConfig } from '../../src/group/config';
import { GroupCoordinatorService, type RequestInfo } from '../../src/group/service';

export const silent = pino({ level: 'silent' });

export class MemoryLogs implements CoordinatorLogProvider {
  readonly logs = new Map<number, MemoryCoordinatorLog>();

  existing(partition: number): MemoryCoordinatorLog | null {
    return this.logs.get(partition) ?? null;
  }

  open(partition: number): MemoryCoordinatorLog {
    let log = this.logs.get(partition);
    if (!log) {
      log = new MemoryCoordinatorLog();
      this.logs.set(partition, log);
    }
    return log;
  }
}

export interface Harness {
  readonly service: GroupCoordinatorService;
  readonly scheduler: ManualScheduler;
  readonly logs: MemoryLogs;
  /** A new service over the same logs (a broker restart). */
  restart(): Promise<Harness>;
}

export const TEST_CONFIG: Partial<GroupCoordinatorConfig> = { initialRebalanceDelayMs: 0, offsetsTopicPartitions: 5 };

export async function harness(
  config: Partial<GroupCoordinatorConfig> = {},
  logs = new MemoryLogs(),
  scheduler = new ManualScheduler(),
): Promise<Harness> {
  const full = { ...TEST_CONFIG, ...config };
  const service = new GroupCoordinatorService({ logs, logger: silent, scheduler, config: full });
  await service.load(Array.from({ length: full.offsetsTopicPartitions ?? 5 }, (_, i) => i));
  return {
    service,
    scheduler,
    logs,
    async restart() {
      service.close();
      return harness(config, logs, scheduler);
    },
  };
}

export function info(apiVersion: number, clientId = 'client'): RequestInfo {
  return { clientId, clientHost: '/127.0.0.1', apiVersion };
}

/** A consumer-protocol subscription (ConsumerProtocolSubscription v0): version, topics, user data. */
export function subscription(topics: readonly string[], userData: Buffer | null = null): Buffer {
  const w = new Writer();
  w.int16(0);
  w.int32(topics.length);
  for (const t of topics) w.string(t);
  w.nullableBytes(userData);
  return w.toBuffer();
}

export function joinRequest(groupId: string, memberId = '', extra: Partial<JoinGroupRequest> = {}): JoinGroupRequest {
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

/** The value if the promise has settled by the next macrotask, else 'parked'. */
export async function peek<T>(p: Promise<T>): Promise<T | 'parked'> {
  return Promise.race([p, new Promise<'parked'>((r) => setImmediate(() => r('parked')))]);
}

/** Joins a new dynamic member the v4+ way (MEMBER_ID_REQUIRED, then again with the id) and returns the parked join. */
export async function joinNew(
  h: Harness,
  groupId: string,
  clientId: string,
  extra: Partial<JoinGroupRequest> = {},
  version = 5,
): Promise<{ memberId: string; join: Promise<JoinGroupResponse> }> {
  const first = await h.service.joinGroup(info(version, clientId), joinRequest(groupId, '', extra));
  if (first.errorCode !== 79) throw new Error(`expected MEMBER_ID_REQUIRED, got ${first.errorCode}`);
  return {
    memberId: first.memberId,
    join: h.service.joinGroup(info(version, clientId), joinRequest(groupId, first.memberId, extra)),
  };
}

export function sync(
  h: Harness,
  groupId: string,
  memberId: string,
  generationId: number,
  assignments: { memberId: string; assignment: Buffer }[] = [],
  version = 3,
): Promise<SyncGroupResponse> {
  return h.service.syncGroup(info(version), {
    groupId,
    generationId,
    memberId,
    groupInstanceId: null,
    protocolType: 'consumer',
    protocolName: 'range',
    assignments,
  });
}

export function heartbeat(
  h: Harness,
  groupId: string,
  memberId: string,
  generationId: number,
  groupInstanceId: string | null = null,
): number {
  return h.service.heartbeat(info(3), { groupId, generationId, memberId, groupInstanceId }).errorCode;
}

/** Forms a Stable group of `n` dynamic members; returns their ids (leader first) and the generation. */
export async function stableGroup(
  h: Harness,
  groupId: string,
  n: number,
): Promise<{ members: string[]; generationId: number; leader: string }> {
  const joins = [];
  for (let i = 0; i < n; i++) joins.push(await joinNew(h, groupId, `c${i}`));
  h.scheduler.advance(0);
  const responses = await Promise.all(joins.map((j) => j.join));
  const leader = responses[0]!.leader;
  const generationId = responses[0]!.generationId;
  const assignments = responses.map((r) => ({
    memberId: r.memberId,
    assignment: Buffer.from(`assignment-of-${r.memberId}`),
  }));
  const syncs = responses.map((r) =>
    sync(h, groupId, r.memberId, generationId, r.memberId === leader ? assignments : []),
  );
  await Promise.all(syncs);
  const members = [leader, ...responses.map((r) => r.memberId).filter((m) => m !== leader)];
  return { members, generationId, leader };
}
