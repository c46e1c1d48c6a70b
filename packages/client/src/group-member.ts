/**
 * A member of a classic consumer group (KIP-345's protocol without static membership): JoinGroup (retried once with
 * the member id the broker hands out, KIP-394), the leader's range assignment, SyncGroup, heartbeats every third of
 * the session timeout, commits at the member's generation, and LeaveGroup. A heartbeat answered
 * REBALANCE_IN_PROGRESS (or an unknown member / illegal generation) marks the member for a rejoin, which the caller
 * runs between polls, as Kafka's ConsumerCoordinator does.
 */
import { HeartbeatApi, JoinGroupApi, LeaveGroupApi, SyncGroupApi } from '@samsa/protocol';
import type { KafkaClient } from './client';
import {
  CONSUMER_PROTOCOL_TYPE,
  decodeAssignment,
  decodeSubscription,
  encodeAssignment,
  encodeSubscription,
  rangeAssign,
  type TopicPartitions,
} from './consumer-protocol';
import { BrokerError, errorFromCode } from './errors';
import { commitOffsets, onCoordinator, type OffsetToCommit } from './groups';

export interface GroupMemberOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Kafka's session.timeout.ms (default 45000) and max.poll.interval.ms as the rebalance timeout (300000). */
  readonly sessionTimeoutMs?: number;
  readonly rebalanceTimeoutMs?: number;
}

const REJOIN_ERRORS = new Set([
  'REBALANCE_IN_PROGRESS',
  'UNKNOWN_MEMBER_ID',
  'ILLEGAL_GENERATION',
  'FENCED_INSTANCE_ID',
]);

export class GroupMember {
  readonly #client: KafkaClient;
  readonly #options: GroupMemberOptions;
  #memberId = '';
  #generationId = -1;
  #timer: NodeJS.Timeout | null = null;
  #rejoinNeeded = false;
  #heartbeatError: Error | null = null;

  constructor(client: KafkaClient, options: GroupMemberOptions) {
    this.#client = client;
    this.#options = options;
  }

  get generationId(): number {
    return this.#generationId;
  }

  get memberId(): string {
    return this.#memberId;
  }

  /** Whether a heartbeat said the group is rebalancing: call join() again. Throws a heartbeat's fatal error. */
  get rejoinNeeded(): boolean {
    if (this.#heartbeatError !== null) throw this.#heartbeatError;
    return this.#rejoinNeeded;
  }

  /** Joins (or rejoins) and resolves with this member's partitions. */
  async join(): Promise<TopicPartitions[]> {
    this.#stopHeartbeats();
    const groupId = this.#options.groupId;
    const assignment = await onCoordinator(this.#client, groupId, async (nodeId) => {
      for (;;) {
        const { response, broker } = await this.#client.sendTo(nodeId, JoinGroupApi, (v) => ({
          groupId,
          sessionTimeoutMs: this.#options.sessionTimeoutMs ?? 45000,
          ...(v >= 1 ? { rebalanceTimeoutMs: this.#options.rebalanceTimeoutMs ?? 300000 } : {}),
          memberId: this.#memberId,
          protocolType: CONSUMER_PROTOCOL_TYPE,
          protocols: [{ name: 'range', metadata: encodeSubscription(this.#options.topics) }],
        }));
        const err = errorFromCode(response.errorCode, null, broker, groupId);
        if (err?.errorName === 'MEMBER_ID_REQUIRED') {
          this.#memberId = response.memberId;
          continue;
        }
        if (err?.errorName === 'UNKNOWN_MEMBER_ID') {
          this.#memberId = '';
          continue;
        }
        if (err !== null) throw err;
        this.#memberId = response.memberId;
        this.#generationId = response.generationId;
        let assignments: { memberId: string; assignment: Buffer }[] = [];
        if (response.leader === response.memberId) {
          const members = response.members.map((m) => ({
            memberId: m.memberId,
            topics: decodeSubscription(m.metadata) ?? [],
          }));
          const counts = new Map<string, number>();
          for (const topic of new Set(members.flatMap((m) => m.topics))) {
            const info = await this.#client.topic(topic, true).catch(() => null);
            if (info !== null) counts.set(topic, info.partitions.length);
          }
          assignments = [...rangeAssign(members, counts)].map(([memberId, tps]) => ({
            memberId,
            assignment: encodeAssignment(tps),
          }));
        }
        const sync = await this.#client.sendTo(nodeId, SyncGroupApi, (v) => ({
          groupId,
          generationId: this.#generationId,
          memberId: this.#memberId,
          ...(v >= 5 ? { protocolType: CONSUMER_PROTOCOL_TYPE, protocolName: 'range' } : {}),
          assignments,
        }));
        const syncErr = errorFromCode(sync.response.errorCode, null, sync.broker, groupId);
        if (syncErr?.errorName === 'REBALANCE_IN_PROGRESS') continue;
        if (syncErr !== null) throw syncErr;
        return decodeAssignment(sync.response.assignment) ?? [];
      }
    });
    this.#rejoinNeeded = false;
    this.#startHeartbeats();
    return assignment;
  }

  async commit(offsets: readonly OffsetToCommit[]): Promise<void> {
    if (offsets.length === 0) return;
    await commitOffsets(this.#client, this.#options.groupId, offsets, {
      generationId: this.#generationId,
      memberId: this.#memberId,
    });
  }

  /** Leaves the group (LeaveGroup), so the others rebalance at once instead of after the session timeout. */
  async leave(): Promise<void> {
    this.#stopHeartbeats();
    if (this.#memberId === '') return;
    const groupId = this.#options.groupId;
    const memberId = this.#memberId;
    await onCoordinator(this.#client, groupId, async (nodeId) => {
      const { response, broker } = await this.#client.sendTo(nodeId, LeaveGroupApi, (v) =>
        v >= 3 ? { groupId, members: [{ memberId, groupInstanceId: null }] } : { groupId, memberId },
      );
      const err = errorFromCode(response.errorCode, null, broker, groupId);
      if (err !== null && err.errorName !== 'UNKNOWN_MEMBER_ID') throw err;
    });
    this.#memberId = '';
  }

  #startHeartbeats(): void {
    const interval = Math.max(100, Math.floor((this.#options.sessionTimeoutMs ?? 45000) / 3));
    this.#timer = setInterval(() => void this.#heartbeat(), interval);
    this.#timer.unref();
  }

  #stopHeartbeats(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
  }

  async #heartbeat(): Promise<void> {
    const groupId = this.#options.groupId;
    try {
      const nodeId = await this.#client.coordinator(groupId, 'group');
      const { response, broker } = await this.#client.sendTo(nodeId, HeartbeatApi, () => ({
        groupId,
        generationId: this.#generationId,
        memberId: this.#memberId,
      }));
      const err = errorFromCode(response.errorCode, null, broker, groupId);
      if (err === null) return;
      if (REJOIN_ERRORS.has(err.errorName)) this.#rejoinNeeded = true;
      else if (err.retriable || err.errorName === 'NOT_COORDINATOR') this.#client.forgetCoordinator(groupId);
      else this.#heartbeatError = err;
    } catch (err) {
      // A lost connection: the next heartbeat finds the coordinator again.
      this.#client.forgetCoordinator(groupId);
      if (err instanceof BrokerError && !err.retriable) this.#heartbeatError = err;
    }
  }
}
