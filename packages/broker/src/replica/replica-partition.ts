/**
 * One partition this broker hosts: its cluster state (leader, leader epoch), its storage log, the topic settings the
 * produce path applies, the fetches parked on it (notified on every append, KIP-227-style long polling without
 * timers per partition), and the queue that keeps appends in arrival order when one of them needs async work
 * (decompression, recompression, legacy conversion).
 */
import type { PartitionLog } from '@samsa/storage';
import type { PartitionState, TopicState } from '../cluster';
import type { TopicSettings } from './topic-settings';

/** Something parked on a partition, waiting for data: a delayed fetch. */
export interface AppendListener {
  /** `bytes` of batches were appended (the high watermark moved with them). */
  onAppend(partition: ReplicaPartition, bytes: number): void;
  /** The partition went away (topic deleted, broker stopping): answer now. */
  onGone(partition: ReplicaPartition): void;
}

export class ReplicaPartition {
  readonly topic: TopicState;
  readonly state: PartitionState;
  readonly log: PartitionLog;
  readonly settings: TopicSettings;
  /** `topic-partition`, Kafka's TopicPartition string. */
  readonly name: string;
  #listeners = new Set<AppendListener>();
  #deleted = false;
  /** Settles when the last queued append has finished; null when no append is queued. */
  #tail: Promise<void> | null = null;
  #queued = 0;

  constructor(topic: TopicState, state: PartitionState, log: PartitionLog, settings: TopicSettings) {
    this.topic = topic;
    this.state = state;
    this.log = log;
    this.settings = settings;
    this.name = `${topic.name}-${state.partition}`;
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
    const settled = run.then(() => undefined, () => undefined);
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
