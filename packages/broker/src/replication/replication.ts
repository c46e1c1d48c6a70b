/**
 * Replication between the broker identities of this process, and the controller's part of it (KRaft's
 * ReplicationControlManager, reduced to one process): every replica of a partition has its own log; followers copy
 * the leader's batches as they are (offsets and leader epochs kept) into theirs; the ISR holds the live replicas that
 * are caught up; the leader's high watermark is the lowest log end offset among the caught-up ISR members; leadership
 * changes bump the leader epoch, which the new leader records in its `leader-epoch-checkpoint`, and a follower first
 * truncates its log where it diverges from the leader's epochs (KIP-101, KIP-279) before copying again.
 *
 * Followers fetch asynchronously: each broker identity has a fetcher (`replica-fetcher.ts`) woken by its leaders'
 * appends, copying up to replica.fetch.max.bytes per partition per round. The leader records each follower's fetches
 * (`follower-state.ts`: Kafka's updateFetchState and lastCaughtUpTimeMs); the high watermark advances as the ISR's
 * followers fetch; every replica.lag.time.max.ms / 2 the ISR drops followers that have not caught up for
 * replica.lag.time.max.ms (maybeShrinkIsr), and a follower rejoins once it reaches the high watermark
 * (maybeExpandIsr). acks=-1 appends park until the high watermark passes them (`delayed-produce.ts`). A paused broker
 * (`brokerPaused`) neither fetches nor serves fetches, so after replica.lag.time.max.ms its follower replicas leave
 * the ISR; a stopped broker's replicas leave at once (controlled shutdown).
 *
 * Control operations (broker stop / start, leader moves, ISR changes, elections) and partitions being opened finish
 * what they start before they return: the live, unpaused followers fetch at once, synchronously, so the state they
 * describe afterwards is settled. Coordinator writes (`__consumer_offsets`, `__transaction_state`, transaction
 * markers) are copied the same way to every follower that can fetch, since the coordinators answer once their append
 * returns; only an ISR member on a paused broker misses them until it resumes.
 *
 * Leader elections choose the first live ISR member in replica order; with none, the partition has no leader (leader
 * -1, the ISR keeps its last member) unless unclean.leader.election.enable lets an out-of-sync live replica lead.
 * Listeners hear of every leadership change (the group and transaction coordinators reload their shards).
 *
 * Reassignments (KIP-455, `reassignment.ts`) change the replica set: adding replicas get logs (the ReplicaManager
 * creates them when the state names them) and copy through their fetchers like any follower; every change of a
 * partition then goes through `#finish`, PartitionChangeBuilder's last steps: a reassignment whose target replicas
 * are all in the ISR completes, a leader left out is replaced, and the epoch moves when the replica set loses a member.
 */
import type { Logger } from 'pino';
import { asOffset, UNDEFINED_EPOCH, type PartitionLog } from '@samsa/storage';
import type { Cluster, PartitionState } from '../cluster';
import { KafkaError } from '../errors';
import type { Replica, ReplicaPartition } from '../replica/replica-partition';
import type { PartitionControl, PartitionDescription } from './control';
import { checkReplicated, DelayedProduce, PENDING } from './delayed-produce';
import { isCaughtUp, recordFetch, resetFetchState } from './follower-state';
import { maybeComplete, reassigning, revertReassignment, startReassignment } from './reassignment';
import { ReplicaFetcher, type FetchOutcome } from './replica-fetcher';
import { ReplicationQuotas } from './replication-quota';

/** What replication needs from the ReplicaManager. */
export interface ReplicationHost {
  readonly cluster: Cluster;
  readonly logger: Logger;
  /** Wall clock for fetch times and lag (the ReplicaManager's). */
  readonly clock: () => number;
  partition(topic: string, index: number): ReplicaPartition | undefined;
  hostedPartitions(): Iterable<ReplicaPartition>;
}

/** A leadership change of `partition`; `previousLeader` led it before (-1: no leader). */
export type LeadershipListener = (partition: ReplicaPartition, previousLeader: number) => void;

interface Change {
  readonly p: ReplicaPartition;
  readonly state: PartitionState;
}

export interface ReplicationOptions {
  /** Bytes a follower copies per partition per fetch (replica.fetch.max.bytes). */
  readonly fetchMaxBytes: number;
  /** replica.lag.time.max.ms. */
  readonly lagTimeMaxMs: number;
  /** replica.fetch.backoff.ms: how long a throttled follower waits before it looks again. */
  readonly fetchBackoffMs?: number;
  /** replication.quota.window.num and replication.quota.window.size.seconds (in ms). */
  readonly quotaWindowNum?: number;
  readonly quotaWindowMs?: number;
}

export class Replication implements PartitionControl {
  readonly #host: ReplicationHost;
  readonly #down = new Set<number>();
  readonly #paused = new Set<number>();
  readonly #listeners = new Set<LeadershipListener>();
  readonly #fetchMaxBytes: number;
  readonly #lagMs: number;
  readonly #backoffMs: number;
  /** Replication throttles (KIP-73). */
  readonly quotas: ReplicationQuotas;
  readonly #fetchers = new Map<number, ReplicaFetcher>();
  readonly #delayed = new Map<ReplicaPartition, Set<DelayedProduce>>();
  /** The periodic ISR check; started with the first replicated partition, so a single broker runs no timer. */
  #isrTimer: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(host: ReplicationHost, options: ReplicationOptions) {
    this.#host = host;
    this.#fetchMaxBytes = Math.max(1, options.fetchMaxBytes);
    this.#lagMs = Math.max(0, options.lagTimeMaxMs);
    this.#backoffMs = options.fetchBackoffMs ?? 1000;
    this.quotas = new ReplicationQuotas(
      host.cluster,
      host.clock,
      options.quotaWindowNum ?? 11,
      options.quotaWindowMs ?? 1000,
    );
  }

  /** Whether nodeId's replicas are stopped (brokerDown). */
  isDown(nodeId: number): boolean {
    return this.#down.has(nodeId);
  }

  /** Subscribes to leadership changes; returns the unsubscribe function. */
  onLeadershipChange(listener: LeadershipListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Whether nodeId is paused (brokerPaused): it neither fetches nor serves fetches. */
  isPaused(nodeId: number): boolean {
    return this.#paused.has(nodeId);
  }

  /**
   * After a client append to the leader of a replicated partition: its followers' fetchers are woken, and the high
   * watermark moves at once when the ISR is the leader alone.
   */
  afterLeaderAppend(p: ReplicaPartition): void {
    this.#wakeFollowers(p);
    this.#advanceHighWatermark(p);
  }

  /**
   * After a coordinator's append (or a transaction marker): every follower that can fetch copies it now, since the
   * coordinator answers as soon as this returns.
   */
  afterInternalAppend(p: ReplicaPartition): void {
    const grown = this.#syncFollowers(p);
    if (grown) this.#commit([{ p, state: grown }], false);
    else this.#advanceHighWatermark(p);
  }

  /**
   * acks=-1 after the append by `leaderId` up to `requiredOffset`: null when the ISR has the batch already (throws
   * NOT_ENOUGH_REPLICAS_AFTER_APPEND / NOT_LEADER_OR_FOLLOWER when that is the outcome), else a promise settled as
   * DelayedProduce decides, within `timeoutMs`.
   */
  whenReplicated(
    p: ReplicaPartition,
    leaderId: number,
    requiredOffset: number,
    timeoutMs: number,
  ): Promise<void> | null {
    const outcome = checkReplicated(p, leaderId, requiredOffset);
    if (outcome === null) return null;
    if (outcome !== PENDING) throw outcome;
    if (this.#closed) throw new KafkaError('NOT_LEADER_OR_FOLLOWER', 'The broker is shutting down');
    return new Promise<void>((resolve, reject) => {
      let set = this.#delayed.get(p);
      if (!set) this.#delayed.set(p, (set = new Set()));
      const parked = set;
      parked.add(
        new DelayedProduce(
          p,
          leaderId,
          requiredOffset,
          timeoutMs,
          (d) => {
            parked.delete(d);
            if (parked.size === 0 && this.#delayed.get(p) === parked) this.#delayed.delete(p);
          },
          resolve,
          reject,
        ),
      );
    });
  }

  /** acks=-1 produces waiting for replication right now (tests, metrics). */
  get parkedProduces(): number {
    let n = 0;
    for (const s of this.#delayed.values()) n += s.size;
    return n;
  }

  /** A partition was opened: followers catch up from the leader's log (start-up, new partitions). */
  onOpened(p: ReplicaPartition): void {
    if (!p.replicated) return;
    this.#startIsrChecks();
    this.afterInternalAppend(p);
  }

  /** Stops fetchers and the ISR check; parked acks=-1 produces are answered NOT_LEADER_OR_FOLLOWER. */
  close(): void {
    this.#closed = true;
    if (this.#isrTimer !== null) clearInterval(this.#isrTimer);
    this.#isrTimer = null;
    for (const f of this.#fetchers.values()) f.close();
    for (const set of [...this.#delayed.values()])
      for (const d of [...set]) d.abort(new KafkaError('NOT_LEADER_OR_FOLLOWER', 'The broker is shutting down'));
  }

  /**
   * The broker holds its requests (control pause): its fetchers stop and its leaders serve no follower fetches, so
   * its replicas fall behind and, after replica.lag.time.max.ms, leave the ISRs.
   */
  brokerPaused(nodeId: number): void {
    if (this.#paused.has(nodeId)) return;
    this.#paused.add(nodeId);
    this.#host.logger.info({ nodeId }, 'broker replica fetchers paused');
  }

  /** The paused broker goes on: followers fetch again and rejoin the ISRs once caught up. */
  brokerResumed(nodeId: number): void {
    if (!this.#paused.delete(nodeId)) return;
    for (const p of this.#host.hostedPartitions()) if (p.replicated && p.replicas.has(nodeId)) this.#wakeFollowers(p);
    this.#fetchers.get(nodeId)?.resume();
    this.#host.logger.info({ nodeId }, 'broker replica fetchers resumed');
  }

  // ---------------------------------------------------------------- PartitionControl

  brokerDown(nodeId: number): void {
    if (this.#down.has(nodeId)) return;
    this.#down.add(nodeId);
    const changes: Change[] = [];
    for (const p of this.#host.hostedPartitions()) {
      const st = p.state;
      if (!st.replicas.includes(nodeId)) continue;
      const remaining = st.isr.filter((id) => id !== nodeId);
      if (st.leader === nodeId) {
        changes.push({ p, state: this.#electFrom(p, remaining, st.isr) });
      } else if (remaining.length !== st.isr.length && remaining.length > 0) {
        changes.push({ p, state: { ...st, isr: remaining } });
      }
    }
    this.#host.logger.info({ nodeId, partitions: changes.length }, 'broker replicas stopped');
    this.#commit(changes);
  }

  /**
   * A replica's log dir failed (ReplicaManager.handleLogDirFailure; its log is gone from the partition): it leaves the
   * ISR, and when it led, the first live ISR member in replica order leads (else, unclean elections permitting, any
   * live replica; else no leader), as the controller does for an offline replica.
   */
  replicaOffline(p: ReplicaPartition, nodeId: number): void {
    const st = p.state;
    const remaining = st.isr.filter((id) => id !== nodeId);
    if (st.leader === nodeId) this.#commit([{ p, state: this.#electFrom(p, remaining, st.isr) }]);
    else if (remaining.length !== st.isr.length && remaining.length > 0)
      this.#commit([{ p, state: { ...st, isr: remaining } }]);
  }

  brokerUp(nodeId: number): void {
    if (!this.#down.delete(nodeId)) return;
    const changes: Change[] = [];
    for (const p of this.#host.hostedPartitions()) {
      const st = p.state;
      const replica = p.replicas.get(nodeId);
      if (!replica) continue;
      if (st.leader === -1) {
        // A leaderless partition whose last ISR member comes back is led by it again (or, unclean elections
        // permitting, by any live replica).
        const isrMember = st.isr.includes(nodeId);
        if (isrMember || this.#uncleanAllowed(p))
          changes.push({
            p,
            state: {
              ...st,
              leader: nodeId,
              leaderEpoch: st.leaderEpoch + 1,
              isr: isrMember ? st.isr.filter((id) => !this.#down.has(id)) : [nodeId],
            },
          });
        continue;
      }
      const grown = this.#syncFollowers(p);
      if (grown) changes.push({ p, state: grown });
    }
    this.#host.logger.info({ nodeId, partitions: changes.length }, 'broker replicas resumed');
    this.#commit(changes);
    this.#fetchers.get(nodeId)?.resume();
  }

  moveLeader(topic: string, partition: number, nodeId: number): void {
    const p = this.#partition(topic, partition);
    const st = p.state;
    if (st.leader === nodeId) return;
    if (!st.replicas.includes(nodeId) || !p.replicas.has(nodeId)) {
      throw new KafkaError('INELIGIBLE_REPLICA', `Broker ${nodeId} is not a replica of ${p.name}`);
    }
    if (this.#down.has(nodeId)) throw new KafkaError('INELIGIBLE_REPLICA', `Broker ${nodeId} is stopped`);
    if (!st.isr.includes(nodeId))
      throw new KafkaError('INELIGIBLE_REPLICA', `Broker ${nodeId} is not in the ISR of ${p.name}`);
    this.#commit([{ p, state: { ...st, leader: nodeId, leaderEpoch: st.leaderEpoch + 1 } }]);
  }

  setIsr(topic: string, partition: number, nodeIds: readonly number[]): void {
    const p = this.#partition(topic, partition);
    const st = p.state;
    const wanted = new Set(nodeIds);
    for (const id of wanted) {
      if (!st.replicas.includes(id) || !p.replicas.has(id))
        throw new KafkaError('INELIGIBLE_REPLICA', `Broker ${id} is not a replica of ${p.name}`);
      if (this.#down.has(id)) throw new KafkaError('INELIGIBLE_REPLICA', `Broker ${id} is stopped`);
    }
    if (wanted.size > 0 && st.leader !== -1 && !wanted.has(st.leader)) {
      throw new KafkaError('INVALID_REQUEST', `The leader ${st.leader} of ${p.name} must stay in its ISR`);
    }
    for (const r of p.replicas.values()) r.frozen = !wanted.has(r.nodeId) && r.nodeId !== st.leader;
    // Replicas put back copy what they missed before counting as in sync.
    const leader = p.replicas.get(st.leader);
    if (leader) {
      for (const r of p.replicas.values()) {
        if (!wanted.has(r.nodeId) || r === leader) continue;
        this.#catchUp(p, leader, r, Infinity);
        recordFetch(r.fetchState, r.log.logEndOffset, leader.log.logEndOffset, this.#host.clock());
      }
    }
    const isr = st.replicas.filter((id) => wanted.has(id));
    const state: PartitionState =
      wanted.size === 0 && st.leader !== -1
        ? { ...st, isr: [], leader: -1, leaderEpoch: st.leaderEpoch + 1 }
        : { ...st, isr };
    this.#commit([{ p, state }]);
  }

  setLeaderless(topic: string, partition: number): void {
    const p = this.#partition(topic, partition);
    const st = p.state;
    if (st.leader === -1) return;
    this.#commit([{ p, state: { ...st, leader: -1, leaderEpoch: st.leaderEpoch + 1 } }]);
  }

  describe(topic: string, partition: number): PartitionDescription {
    const p = this.#partition(topic, partition);
    const logEndOffsets: Record<number, number> = {};
    for (const r of p.replicas.values()) logEndOffsets[r.nodeId] = r.log.logEndOffset;
    return {
      leader: p.state.leader,
      leaderEpoch: p.state.leaderEpoch,
      replicas: [...p.state.replicas],
      isr: [...p.state.isr],
      highWatermark: p.log.highWatermark,
      logEndOffsets,
    };
  }

  /**
   * ElectLeaders for one partition: PREFERRED moves leadership to the first replica when it is a live ISR member
   * (ELECTION_NOT_NEEDED when it leads already, PREFERRED_LEADER_NOT_AVAILABLE otherwise); UNCLEAN gives a
   * leaderless partition a leader from the live replicas (ELECTION_NOT_NEEDED when it has one,
   * ELIGIBLE_LEADERS_NOT_AVAILABLE when none is live).
   */
  elect(p: ReplicaPartition, unclean: boolean): void {
    const st = p.state;
    if (!unclean) {
      const preferred = st.replicas[0] as number;
      if (st.leader === preferred)
        throw new KafkaError('ELECTION_NOT_NEEDED', 'Leader election not needed for topic partition.');
      if (!st.isr.includes(preferred) || this.#down.has(preferred) || !p.replicas.has(preferred)) {
        throw new KafkaError(
          'PREFERRED_LEADER_NOT_AVAILABLE',
          `Failed to elect leader for partition ${p.name} under strategy PreferredReplicaPartitionLeaderElectionStrategy`,
        );
      }
      this.#commit([{ p, state: { ...st, leader: preferred, leaderEpoch: st.leaderEpoch + 1 } }]);
      return;
    }
    if (st.leader !== -1)
      throw new KafkaError('ELECTION_NOT_NEEDED', 'Leader election not needed for topic partition.');
    const live = st.isr.find((id) => this.#live(p, id)) ?? st.replicas.find((id) => this.#live(p, id));
    if (live === undefined) {
      throw new KafkaError(
        'ELIGIBLE_LEADERS_NOT_AVAILABLE',
        `Failed to elect leader for partition ${p.name} under strategy UncleanLeaderElectionStrategy`,
      );
    }
    const isr = st.isr.includes(live) ? st.isr.filter((id) => this.#live(p, id)) : [live];
    this.#commit([{ p, state: { ...st, leader: live, leaderEpoch: st.leaderEpoch + 1, isr } }]);
  }

  /**
   * AlterPartitionReassignments for one partition (ReplicationControlManager.changePartitionReassignment, KIP-455):
   * the replica set becomes the target followed by the replicas being removed, the adding replicas get logs and copy
   * from the leader through their fetchers, and the reassignment completes (`#finish`) once every target replica is
   * in the ISR. A target that adds nothing completes at once when the ISR allows. `target` is validated by the caller.
   */
  reassign(p: ReplicaPartition, target: readonly number[]): void {
    const st = p.state;
    const next = startReassignment(st, target);
    this.#host.logger.info(
      {
        partition: p.name,
        from: st.replicas,
        replicas: next.replicas,
        adding: next.addingReplicas ?? [],
        removing: next.removingReplicas ?? [],
      },
      'partition reassignment started',
    );
    this.#startIsrChecks();
    this.#commit([{ p, state: next }], false);
  }

  /**
   * Cancels the partition's reassignment (ReplicationControlManager.cancelPartitionReassignment): the replicas go back
   * to those before it, the adding ones leave the ISR and lose their logs. NO_REASSIGNMENT_IN_PROGRESS when none
   * runs; INVALID_REPLICA_ASSIGNMENT when no ISR member would be left and unclean.leader.election.enable is off.
   */
  cancelReassignment(p: ReplicaPartition): void {
    const st = p.state;
    if (!reassigning(st)) throw new KafkaError('NO_REASSIGNMENT_IN_PROGRESS');
    const revert = revertReassignment(st);
    if (revert.unclean && !this.#uncleanAllowed(p)) {
      throw new KafkaError(
        'INVALID_REPLICA_ASSIGNMENT',
        `Unable to revert partition assignment for ${p.topic.name}:${p.index} because it would require an unclean leader election.`,
      );
    }
    this.#host.logger.info({ partition: p.name, replicas: revert.state.replicas }, 'partition reassignment cancelled');
    this.#commit([{ p, state: revert.state }], false);
  }

  // ---------------------------------------------------------------- internals

  /**
   * What PartitionChangeBuilder.build adds to every change of a partition: a reassignment completes once the ISR
   * holds every target replica; a leader that is no longer a live ISR member of the replica set is replaced by the
   * first live ISR member in replica order (the target's order); the leader epoch moves with a new leader, and also
   * when the replica set loses a member (triggerLeaderEpochBumpForReplicaReassignmentIfNeeded, KIP-455).
   */
  #finish(p: ReplicaPartition, before: PartitionState, proposed: PartitionState): PartitionState {
    const completed = maybeComplete(proposed);
    let next = completed ?? proposed;
    if (completed)
      this.#host.logger.info({ partition: p.name, replicas: next.replicas }, 'partition reassignment completed');
    const replicaSetChanged = before.replicas.some((id) => !next.replicas.includes(id));
    if (!replicaSetChanged) return next;
    if (next.leader !== -1 && (!next.replicas.includes(next.leader) || !next.isr.includes(next.leader))) {
      const leader = next.replicas.find((id) => next.isr.includes(id) && this.#live(p, id)) ?? -1;
      next = { ...next, leader };
    }
    if (next.leaderEpoch === before.leaderEpoch) next = { ...next, leaderEpoch: before.leaderEpoch + 1 };
    return next;
  }

  #partition(topic: string, partition: number): ReplicaPartition {
    const p = this.#host.partition(topic, partition);
    if (!p || p.deleted) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `${topic}-${partition} does not exist`);
    return p;
  }

  #live(p: ReplicaPartition, nodeId: number): boolean {
    return p.replicas.has(nodeId) && !this.#down.has(nodeId);
  }

  /** The state after the leader left: the first live member of `remaining` leads, else unclean or no leader. */
  #electFrom(p: ReplicaPartition, remaining: readonly number[], previousIsr: readonly number[]): PartitionState {
    const st = p.state;
    const next = st.replicas.find((id) => remaining.includes(id) && this.#live(p, id));
    if (next !== undefined) return { ...st, leader: next, leaderEpoch: st.leaderEpoch + 1, isr: remaining };
    if (this.#uncleanAllowed(p)) {
      const any = st.replicas.find((id) => this.#live(p, id));
      if (any !== undefined) {
        this.#host.logger.warn({ partition: p.name, leader: any }, 'unclean leader election');
        return { ...st, leader: any, leaderEpoch: st.leaderEpoch + 1, isr: [any] };
      }
    }
    // Kafka never empties the ISR: the last member stays, so it leads again when it returns.
    return { ...st, leader: -1, leaderEpoch: st.leaderEpoch + 1, isr: remaining.length > 0 ? remaining : previousIsr };
  }

  #uncleanAllowed(p: ReplicaPartition): boolean {
    const value =
      p.topic.configs['unclean.leader.election.enable'] ??
      this.#host.cluster.brokerProps.get('unclean.leader.election.enable') ??
      String(this.#host.cluster.config.bool('unclean.leader.election.enable'));
    return value === 'true';
  }

  /**
   * Applies leadership and ISR changes: cluster metadata first (persisted once), then for every partition whose
   * leader or epoch changed the new leader records its epoch, resets what it knows of its followers, and parked
   * fetches re-read; with `settle` (control operations) the followers that can fetch truncate and catch up at once,
   * otherwise their fetchers are woken; the high watermark moves, parked acks=-1 produces are re-checked, listeners
   * hear of the new leaders.
   */
  #commit(proposed: readonly Change[], settle = true): void {
    let changes = proposed;
    if (changes.length === 0) return;
    const previous = changes.map((c) => c.p.state);
    changes = changes.map((c, i) => ({ p: c.p, state: this.#finish(c.p, previous[i] as PartitionState, c.state) }));
    this.#host.cluster.updatePartitions(changes.map((c) => ({ topic: c.p.topic.name, state: c.state })));
    const followUps: Change[] = [];
    const moved: { p: ReplicaPartition; previousLeader: number }[] = [];
    const now = this.#host.clock();
    changes.forEach((c, i) => {
      const p = c.p;
      const before = previous[i] as PartitionState;
      // The ReplicaManager's watcher applied the new state already; this covers a topic it no longer tracks.
      if (p.state !== c.state) p.setState(c.state);
      const leaderChanged = before.leader !== p.state.leader || before.leaderEpoch !== p.state.leaderEpoch;
      if (leaderChanged) {
        const leader = p.replicas.get(p.state.leader);
        if (leader) {
          const epochs = leader.log.leaderEpochs;
          // A log written before epochs were tracked has had its one epoch since its start.
          if (epochs.latestEpoch === UNDEFINED_EPOCH && leader.log.logEndOffset > leader.log.logStartOffset)
            epochs.assign(before.leaderEpoch, leader.log.logStartOffset);
          epochs.assign(p.state.leaderEpoch, leader.log.logEndOffset);
          leader.frozen = false;
          for (const r of p.replicas.values())
            if (r !== leader) resetFetchState(r.fetchState, p.state.isr.includes(r.nodeId), now);
        }
        this.#host.logger.info(
          { partition: p.name, leader: p.state.leader, leaderEpoch: p.state.leaderEpoch, isr: p.state.isr },
          'partition leadership changed',
        );
        p.wakeAll();
        moved.push({ p, previousLeader: before.leader });
      } else {
        // A replica joining the ISR has just caught up.
        for (const id of p.state.isr) {
          const r = before.isr.includes(id) ? undefined : p.replicas.get(id);
          if (r) r.fetchState.lastCaughtUpTimeMs = now;
        }
      }
      const grown = settle ? this.#syncFollowers(p) : null;
      if (grown) followUps.push({ p, state: grown });
      else {
        if (!settle) this.#wakeFollowers(p);
        this.#advanceHighWatermark(p);
      }
      this.#completeDelayed(p);
    });
    for (const { p, previousLeader } of moved) {
      for (const l of [...this.#listeners]) {
        try {
          l(p, previousLeader);
        } catch (err) {
          this.#host.logger.error({ err, partition: p.name }, 'leadership listener failed');
        }
      }
    }
    this.#commit(followUps, settle);
  }

  /** Whether `follower` can fetch from `leader` now: both live and unpaused, the follower not left out by hand. */
  #canFetch(leader: Replica | undefined, follower: Replica): leader is Replica {
    return (
      leader !== undefined &&
      leader !== follower &&
      !follower.frozen &&
      !this.#down.has(follower.nodeId) &&
      !this.#paused.has(follower.nodeId) &&
      !this.#down.has(leader.nodeId) &&
      !this.#paused.has(leader.nodeId)
    );
  }

  /** Followers that can fetch copy from the leader now; returns the state with a grown ISR when some caught up. */
  #syncFollowers(p: ReplicaPartition): PartitionState | null {
    const st = p.state;
    const leader = p.replicas.get(st.leader);
    if (!leader) return null;
    const now = this.#host.clock();
    let isr: number[] | null = null;
    for (const r of p.replicas.values()) {
      if (!this.#canFetch(leader, r)) continue;
      if (this.#throttled(p, leader, r)) {
        // A throttled replica copies through its fetcher only, at the quota's pace.
        this.#fetcher(r.nodeId).wake(p);
        continue;
      }
      this.#catchUp(p, leader, r, Infinity);
      recordFetch(r.fetchState, r.log.logEndOffset, leader.log.logEndOffset, now);
      if (!st.isr.includes(r.nodeId) && this.#inSync(leader, r)) (isr ??= [...st.isr]).push(r.nodeId);
    }
    if (isr === null) return null;
    const members = new Set(isr);
    return { ...st, isr: st.replicas.filter((id) => members.has(id)) };
  }

  /** Whether either replication throttle applies to `follower` copying from `leader` (it is outside the ISR). */
  #throttled(p: ReplicaPartition, leader: Replica, follower: Replica): boolean {
    if (p.state.isr.includes(follower.nodeId)) return false;
    return (
      this.quotas.isThrottled('leader', p, leader.nodeId) || this.quotas.isThrottled('follower', p, follower.nodeId)
    );
  }

  /** Partition.isFollowerInSync: the follower has everything up to the leader's high watermark. */
  #inSync(leader: Replica, r: Replica): boolean {
    return r.log.logEndOffset >= leader.log.highWatermark;
  }

  #wakeFollowers(p: ReplicaPartition): void {
    const leaderId = p.state.leader;
    if (leaderId === -1) return;
    for (const r of p.replicas.values()) if (r.nodeId !== leaderId) this.#fetcher(r.nodeId).wake(p);
  }

  #fetcher(nodeId: number): ReplicaFetcher {
    let f = this.#fetchers.get(nodeId);
    if (!f) {
      f = new ReplicaFetcher(
        nodeId,
        {
          canRun: (id) => !this.#closed && !this.#down.has(id) && !this.#paused.has(id),
          fetchOnce: (p, id) => this.#fetchOnce(p, id),
        },
        this.#backoffMs,
      );
      this.#fetchers.set(nodeId, f);
    }
    return f;
  }

  /**
   * One fetch of `p` by follower `nodeId` (the fetcher's loop): copy one read's worth, then the leader's side of it
   * (Partition.updateFollowerFetchState): the fetch state, ISR expansion or the high watermark, parked produces.
   * The follower's new log end offset counts as its next fetch offset at once. True while still behind.
   */
  #fetchOnce(p: ReplicaPartition, nodeId: number): FetchOutcome {
    if (p.deleted) return 'done';
    const follower = p.replicas.get(nodeId);
    const leader = p.replicas.get(p.state.leader);
    if (!follower || !this.#canFetch(leader, follower)) return 'done';
    // ReplicaFetcherThread.shouldFollowerThrottle and ReplicaManager.shouldLeaderThrottle: a throttled replica
    // outside the ISR waits while its quota is over the rate; what it copies counts against the quotas.
    const outside = !p.state.isr.includes(nodeId);
    const followerThrottled = outside && this.quotas.isThrottled('follower', p, nodeId);
    const leaderThrottled = outside && this.quotas.isThrottled('leader', p, leader.nodeId);
    if (
      (followerThrottled && this.quotas.isQuotaExceeded('follower', nodeId)) ||
      (leaderThrottled && this.quotas.isQuotaExceeded('leader', leader.nodeId))
    )
      return 'throttled';
    const sizeBefore = follower.log.size;
    this.#catchUp(p, leader, follower, 1);
    const copied = Math.max(0, follower.log.size - sizeBefore);
    if (followerThrottled) this.quotas.record('follower', nodeId, copied);
    if (leaderThrottled) this.quotas.record('leader', leader.nodeId, copied);
    recordFetch(follower.fetchState, follower.log.logEndOffset, leader.log.logEndOffset, this.#host.clock());
    const st = p.state;
    if (!st.isr.includes(nodeId) && this.#inSync(leader, follower)) {
      this.#host.logger.info({ partition: p.name, nodeId, isr: [...st.isr, nodeId] }, 'expanding ISR');
      const members = new Set([...st.isr, nodeId]);
      this.#commit([{ p, state: { ...st, isr: st.replicas.filter((id) => members.has(id)) } }], false);
    } else {
      this.#advanceHighWatermark(p);
    }
    return follower.log.logEndOffset < leader.log.logEndOffset ? 'behind' : 'done';
  }

  #startIsrChecks(): void {
    if (this.#isrTimer !== null || this.#closed) return;
    // ReplicaManager schedules isr-expiration every replica.lag.time.max.ms / 2.
    this.#isrTimer = setInterval(() => this.shrinkIsrs(), Math.max(1, Math.floor(this.#lagMs / 2)));
    this.#isrTimer.unref();
  }

  /**
   * Partition.maybeShrinkIsr for every partition led by a running broker: followers that are not caught up (behind
   * the leader's end and not caught up for replica.lag.time.max.ms) leave the ISR; the high watermark may then move
   * and parked acks=-1 produces complete (NOT_ENOUGH_REPLICAS_AFTER_APPEND below min.insync.replicas).
   */
  shrinkIsrs(): void {
    const now = this.#host.clock();
    const changes: Change[] = [];
    for (const p of this.#host.hostedPartitions()) {
      if (!p.replicated || p.deleted) continue;
      const st = p.state;
      const leader = p.replicas.get(st.leader);
      if (!leader || this.#down.has(leader.nodeId) || this.#paused.has(leader.nodeId)) continue;
      const leaderEnd = leader.log.logEndOffset;
      const outOfSync = st.isr.filter((id) => {
        const r = p.replicas.get(id);
        return (
          r !== undefined && r !== leader && !isCaughtUp(r.fetchState, r.log.logEndOffset, leaderEnd, now, this.#lagMs)
        );
      });
      if (outOfSync.length === 0) continue;
      const isr = st.isr.filter((id) => !outOfSync.includes(id));
      this.#host.logger.info(
        { partition: p.name, outOfSync, isr, leaderEndOffset: leaderEnd, highWatermark: leader.log.highWatermark },
        'shrinking ISR',
      );
      changes.push({ p, state: { ...st, isr } });
    }
    this.#commit(changes, false);
  }

  #completeDelayed(p: ReplicaPartition): void {
    const set = this.#delayed.get(p);
    if (set) for (const d of [...set]) d.tryComplete();
  }

  /**
   * A follower's fetch: truncate where the logs diverge, then copy whole batches towards the leader's end, at most
   * `reads` reads of replica.fetch.max.bytes.
   */
  #catchUp(p: ReplicaPartition, leader: Replica, follower: Replica, reads: number): void {
    const from = leader.log;
    const to = follower.log;
    try {
      this.#truncateDivergence(from, to);
      if (to.logEndOffset < from.logStartOffset) {
        this.#host.logger.warn(
          {
            partition: p.name,
            nodeId: follower.nodeId,
            logEndOffset: to.logEndOffset,
            leaderLogStart: from.logStartOffset,
          },
          'follower is behind the leader log start; not copied',
        );
        return;
      }
      const maxBytes = Math.min(this.#fetchMaxBytes, to.config.segmentBytes);
      for (let n = 0; n < reads && to.logEndOffset < from.logEndOffset; n++) {
        const { records } = from.read(to.logEndOffset, maxBytes, { minOneBatch: true });
        if (records.length === 0) break;
        for (const buf of records) to.appendAsFollower(buf);
      }
      to.setHighWatermark(asOffset(Math.min(from.highWatermark, to.logEndOffset)));
    } catch (err) {
      this.#host.logger.error({ err, partition: p.name, nodeId: follower.nodeId }, 'follower copy failed');
    }
  }

  /**
   * KIP-279: the follower's latest epoch is looked up in the leader's history; the follower truncates to where that
   * epoch ends on the leader (or, when the leader only knows an older epoch, to the lower of both ends of that
   * epoch), and repeats until its latest epoch ends at or past its log end offset on the leader.
   */
  #truncateDivergence(from: PartitionLog, to: PartitionLog): void {
    for (let guard = 0; guard < 1000; guard++) {
      const epoch = to.leaderEpochs.latestEpoch;
      if (epoch === UNDEFINED_EPOCH) {
        if (to.logEndOffset > from.logEndOffset) this.#truncate(to, from.logEndOffset);
        return;
      }
      const end = from.leaderEpochs.endOffsetFor(epoch, from.logEndOffset);
      if (end.leaderEpoch === UNDEFINED_EPOCH) {
        // The leader knows nothing of this epoch or anything older: keep only what was committed.
        this.#truncate(to, Math.min(to.highWatermark, from.logEndOffset));
        return;
      }
      if (end.leaderEpoch === epoch) {
        if (end.offset < to.logEndOffset) this.#truncate(to, end.offset);
        return;
      }
      const mine = to.leaderEpochs.endOffsetFor(end.leaderEpoch, to.logEndOffset);
      const target = Math.min(end.offset, mine.offset < 0 ? to.logEndOffset : mine.offset);
      const before = to.leaderEpochs.latestEpoch;
      this.#truncate(to, target);
      to.leaderEpochs.truncateFromEnd(target);
      if (to.leaderEpochs.latestEpoch === before) return;
    }
  }

  #truncate(log: PartitionLog, offset: number): void {
    const target = Math.max(offset, log.logStartOffset);
    if (target >= log.logEndOffset) return;
    this.#host.logger.info(
      { topic: log.topic, partition: log.partition, dir: log.dir, from: log.logEndOffset, to: target },
      'truncating follower log',
    );
    log.truncateTo(asOffset(target));
  }

  /**
   * Partition.maybeIncrementLeaderHW: the lowest log end offset among the leader and the caught-up ISR followers;
   * parked fetches hear of what became readable and parked acks=-1 produces are re-checked.
   */
  #advanceHighWatermark(p: ReplicaPartition): void {
    const leader = p.replicas.get(p.state.leader);
    if (!leader) return;
    const log = leader.log;
    const leaderEnd = log.logEndOffset;
    const now = this.#host.clock();
    let hw: number = leaderEnd;
    for (const id of p.state.isr) {
      const r = p.replicas.get(id);
      if (r && r !== leader && isCaughtUp(r.fetchState, r.log.logEndOffset, leaderEnd, now, this.#lagMs))
        hw = Math.min(hw, r.log.logEndOffset);
    }
    const before = log.highWatermark;
    if (hw <= before) return;
    log.setHighWatermark(asOffset(hw));
    // Followers learn the high watermark with their next fetch; here at once, unless their broker is paused.
    for (const r of p.replicas.values()) {
      if (r !== leader && !this.#down.has(r.nodeId) && !this.#paused.has(r.nodeId))
        r.log.setHighWatermark(asOffset(Math.min(hw, r.log.logEndOffset)));
    }
    let bytes: number | null = null;
    try {
      bytes = log.bytesBetween(before, hw);
    } catch {
      bytes = null;
    }
    p.notifyAppend(bytes ?? hw - before);
    this.#completeDelayed(p);
  }
}
