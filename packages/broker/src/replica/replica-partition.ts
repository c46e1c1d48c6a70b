/**
 * One partition this broker process hosts: its cluster state (leader, leader epoch, ISR), one storage log per replica
 * living in this process (`replicas`; `log` is the current leader's, the one clients read and write), the topic settings the
 * produce path applies, the fetches parked on it (notified on every append, KIP-227-style long polling without
 * timers per partition), and the queue that keeps appends in arrival order when one of them needs async work
 * (decompression, recompression, legacy conversion).
 */
import type { PartitionLog } from '@samsa/storage';
import type { PartitionState, TopicState } from '../cluster';
import { PartitionTraffic } from '../metrics/partition-traffic';
import type { FollowerFetchState } from '../replication/follower-state';
import type { TopicSettings } from './topic-settings';

/** Something parked on a partition, waiting for data: a delayed fetch. */
export interface AppendListener {
  /** `bytes` of batches were appended (the high watermark moved with them). */
  onAppend(partition: ReplicaPartition, bytes: number): void;
  /** The partition went away (topic deleted, broker stopping): answer now. */
  onGone(partition: ReplicaPartition): void;
}

/** One replica of a partition on one broker identity of this process: its own log. */
export interface Replica {
  readonly nodeId: number;
  /** Replaced only when the replica moves to another log dir (AlterReplicaLogDirs). */
  log: PartitionLog;
  /** Taken out of the ISR by hand (PartitionControl.setIsr): it stops copying until put back. */
  frozen: boolean;
  /** The leader's view of this follower's fetches (Kafka's ReplicaState): see replication/follower-state.ts. */
  readonly fetchState: FollowerFetchState;
}

export class ReplicaPartition {
  #topic: TopicState;
  #state: PartitionState;
  /** Replicas hosted in this process, by node id (one, the leader's, when replication.factor is 1). */
  readonly #replicas: Map<number, Replica>;
  #log: PartitionLog;
  #settings: TopicSettings;
  /** `topic-partition`, Kafka's TopicPartition string. */
  readonly name: string;
  /** Bytes and records through this partition, for metrics. */
  readonly traffic = new PartitionTraffic();
  #listeners = new Set<AppendListener>();
  #deleted = false;
  /** Settles when the last queued append has finished; null when no append is queued. */
  #tail: Promise<void> | null = null;
  #queued = 0;

  constructor(
    topic: TopicState,
    state: PartitionState,
    replicas: ReadonlyMap<number, Replica>,
    settings: TopicSettings,
  ) {
    this.#topic = topic;
    this.#state = state;
    this.#replicas = new Map(replicas);
    this.#log = pickLog(this.#replicas, state.leader);
    this.#settings = settings;
    this.name = `${topic.name}-${state.partition}`;
  }

  /** Replicas hosted in this process, by node id (one, the leader's, when replication.factor is 1). */
  get replicas(): ReadonlyMap<number, Replica> {
    return this.#replicas;
  }

  /** A reassignment placed a replica on another broker identity (KIP-455): its log was created. */
  addReplica(replica: Replica): void {
    this.#replicas.set(replica.nodeId, replica);
  }

  /** The replica on `nodeId` moved to another log dir: `log` (holding every offset of the old one) replaces its log. */
  replaceLog(nodeId: number, log: PartitionLog): void {
    const r = this.#replicas.get(nodeId);
    if (r === undefined) return;
    if (this.#log === r.log) this.#log = log;
    r.log = log;
  }

  /**
   * The replica on `nodeId` lost its log (its log dir failed): it leaves, even when its log is the one clients use
   * (the leader's; the election that follows picks another). False when it is the last replica here.
   */
  dropReplica(nodeId: number): boolean {
    const r = this.#replicas.get(nodeId);
    if (r === undefined || this.#replicas.size === 1) return false;
    this.#replicas.delete(nodeId);
    if (this.#log === r.log) this.#log = pickLog(this.#replicas, this.#state.leader);
    return true;
  }

  /** A reassignment took the replica off `nodeId`; returns it (its log is the caller's to delete). */
  removeReplica(nodeId: number): Replica | undefined {
    const r = this.#replicas.get(nodeId);
    if (r === undefined || r.log === this.#log) return undefined;
    this.#replicas.delete(nodeId);
    return r;
  }

  get topic(): TopicState {
    return this.#topic;
  }

  get state(): PartitionState {
    return this.#state;
  }

  /** The leader's log; while the partition has no leader, the last leader's. */
  get log(): PartitionLog {
    return this.#log;
  }

  /** True when more than one replica lives here: appends then go through replication. */
  get replicated(): boolean {
    return this.replicas.size > 1;
  }

  /** New leadership (election, ISR change): the leader's log becomes the one clients use. */
  setState(state: PartitionState): void {
    this.#state = state;
    this.#log = pickLog(this.replicas, state.leader, this.#log);
  }

  get settings(): TopicSettings {
    return this.#settings;
  }

  /** The topic's metadata or settings changed (AlterConfigs, CreatePartitions, dynamic broker defaults). */
  update(topic: TopicState, settings: TopicSettings): void {
    this.#topic = topic;
    this.setState(topic.partitions[this.#state.partition] ?? this.#state);
    this.#settings = settings;
  }

  get index(): number {
    return this.state.partition;
  }

  get leaderEpoch(): number {
    return this.state.leaderEpoch;
  }

  get deleted(): boolean {
    return this.#deleted;
  }

  /** True while an earlier append is still queued: a new one must queue behind it to keep the order. */
  get appendsQueued(): boolean {
    return this.#queued > 0;
  }

  /** Runs `task` after every append queued before it, whatever their outcome. */
  enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    this.#queued++;
    const run = this.#tail === null ? Promise.resolve().then(task) : this.#tail.then(task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#tail = settled;
    void settled.then(() => {
      if (--this.#queued === 0) this.#tail = null;
    });
    return run;
  }

  listen(listener: AppendListener): void {
    this.#listeners.add(listener);
  }

  unlisten(listener: AppendListener): void {
    this.#listeners.delete(listener);
  }

  notifyAppend(bytes: number): void {
    if (this.#listeners.size === 0) return;
    for (const l of [...this.#listeners]) l.onAppend(this, bytes);
  }

  /** Marks the partition gone and wakes everything parked on it. */
  markDeleted(): void {
    this.#deleted = true;
    this.wakeAll();
  }

  wakeAll(): void {
    for (const l of [...this.#listeners]) l.onGone(this);
  }
}

function pickLog(replicas: ReadonlyMap<number, Replica>, leader: number, current?: PartitionLog): PartitionLog {
  const log = replicas.get(leader)?.log ?? current ?? replicas.values().next().value?.log;
  if (log === undefined) throw new Error('a partition needs at least one replica log');
  return log;
}
