/**
 * An acks=-1 Produce partition parked until the ISR has its batch (Kafka's DelayedProduce, one per partition): it
 * completes when the leader's high watermark reaches the offset after the batch — with NOT_ENOUGH_REPLICAS_AFTER_APPEND
 * when the ISR shrank below min.insync.replicas meanwhile —, with NOT_LEADER_OR_FOLLOWER when the broker that took the
 * append no longer leads, and with REQUEST_TIMED_OUT once the request's timeout_ms passes. The batch stays in the log
 * whatever the outcome, as in Kafka.
 */
import { KafkaError } from '../errors';
import type { ReplicaPartition } from '../replica/replica-partition';

/** Not decided yet: the ISR does not have the batch. */
export const PENDING = 'pending';

/** Partition.checkEnoughReplicasReachOffset for the broker `leaderId` that appended up to `requiredOffset`. */
export function checkReplicated(
  p: ReplicaPartition,
  leaderId: number,
  requiredOffset: number,
): KafkaError | null | typeof PENDING {
  if (p.deleted) return new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition.');
  if (p.state.leader !== leaderId)
    return new KafkaError('NOT_LEADER_OR_FOLLOWER', `Broker ${leaderId} is no longer the leader of ${p.name}`);
  if (p.log.highWatermark < requiredOffset) return PENDING;
  if (p.state.isr.length < p.settings.minInsyncReplicas) {
    return new KafkaError(
      'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
      `The size of the current ISR ${p.state.isr.length} is insufficient to satisfy the min.isr requirement of ${p.settings.minInsyncReplicas} for partition ${p.name}`,
    );
  }
  return null;
}

export class DelayedProduce {
  readonly partition: ReplicaPartition;
  readonly #leaderId: number;
  readonly #requiredOffset: number;
  readonly #resolve: () => void;
  readonly #reject: (err: KafkaError) => void;
  readonly #onDone: (d: DelayedProduce) => void;
  #timer: NodeJS.Timeout | null;
  #done = false;

  constructor(
    p: ReplicaPartition,
    leaderId: number,
    requiredOffset: number,
    timeoutMs: number,
    onDone: (d: DelayedProduce) => void,
    resolve: () => void,
    reject: (err: KafkaError) => void,
  ) {
    this.partition = p;
    this.#leaderId = leaderId;
    this.#requiredOffset = requiredOffset;
    this.#resolve = resolve;
    this.#reject = reject;
    this.#onDone = onDone;
    this.#timer = setTimeout(
      () =>
        this.#finish(
          new KafkaError(
            'REQUEST_TIMED_OUT',
            `The ISR of ${p.name} did not replicate offset ${requiredOffset - 1} within ${timeoutMs} ms`,
          ),
        ),
      Math.max(0, timeoutMs),
    );
  }

  /** Re-checks after the high watermark, the ISR or the leadership moved; true once completed. */
  tryComplete(): boolean {
    if (this.#done) return true;
    const outcome = checkReplicated(this.partition, this.#leaderId, this.#requiredOffset);
    if (outcome === PENDING) return false;
    this.#finish(outcome);
    return true;
  }

  /** Answers now with `err` (the broker is shutting down). */
  abort(err: KafkaError): void {
    this.#finish(err);
  }

  #finish(err: KafkaError | null): void {
    if (this.#done) return;
    this.#done = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#onDone(this);
    if (err) this.#reject(err);
    else this.#resolve();
  }
}
