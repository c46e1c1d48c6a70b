/**
 * One partition of `__transaction_state` as a state machine (Kafka's TransactionStateManager cache for one
 * partition plus the TransactionCoordinator operations on it): the transactional ids of the partition, the replay
 * of their records, and the timers that abort transactions past their timeout, remove idle transactional ids and
 * finish transactions whose markers could not all be written yet.
 *
 * Every operation returns the next state as a record; the runtime appends it and replays it, so the same code
 * rebuilds the state at start-up. Appends are synchronous, so Kafka's pending in-flight transitions never exist
 * here: a transaction is "pending" exactly while it sits in PrepareCommit/PrepareAbort.
 */
import type { ErrorName } from '@samsa/protocol';
import { EMPTY_RESULT, result, type CoordinatorResult } from '../runtime/result';
import type { CoordinatorShard, ShardContext } from '../runtime/runtime';
import type { TransactionCoordinatorConfig } from './config';
import { markerOutcomeAction, type ProducerIdGenerator, type TxnMarkerWriter } from './markers';
import {
  fromRecord,
  hasPartition,
  isProducerEpochExhausted,
  newTxnMetadata,
  partitionList,
  prepareAbortOrCommit,
  prepareAddPartitions,
  prepareComplete,
  prepareFenceProducerEpoch,
  prepareIncrementProducerEpoch,
  prepareProducerIdRotation,
  toRecord,
  type TopicPartitionRef,
  type TxnMetadata,
} from './metadata';
import type { TransactionLogValue, TxnRecord } from './records';
import {
  isEpochExhausted,
  isExpirationAllowed,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  SHORT_MAX,
  TxnState,
  TXN_STATE_NAMES,
} from './state';

export interface TxnShardDeps {
  readonly config: TransactionCoordinatorConfig;
  readonly markers: TxnMarkerWriter;
  readonly producerIds: ProducerIdGenerator;
  /** The epoch of this coordinator for the partition (its leader epoch), written into every marker. */
  readonly coordinatorEpoch: (partition: number) => number;
}

export interface InitProducerIdResult {
  readonly errorName: ErrorName | null;
  readonly producerId: number;
  readonly producerEpoch: number;
  /** An Ongoing transaction was fenced: its abort was persisted and its markers must be written now. */
  readonly complete?: string;
}

export interface EndTxnResult {
  readonly errorName: ErrorName | null;
  readonly producerId: number;
  readonly producerEpoch: number;
  /** EndTxn was persisted as PrepareCommit/PrepareAbort: write the markers now. */
  readonly complete?: string;
}

export interface PartitionError extends TopicPartitionRef {
  readonly errorName: ErrorName | null;
}

const ABORT_KEY = 'transaction-abort';
const EXPIRE_KEY = 'transactional-id-expiration';
const completeKey = (transactionalId: string): string => `complete-${transactionalId}`;

const failedInit = (errorName: ErrorName): InitProducerIdResult => ({
  errorName,
  producerId: NO_PRODUCER_ID,
  producerEpoch: NO_PRODUCER_EPOCH,
});
const failedEnd = (errorName: ErrorName | null): EndTxnResult => ({
  errorName,
  producerId: NO_PRODUCER_ID,
  producerEpoch: NO_PRODUCER_EPOCH,
});

export class TransactionCoordinatorShard implements CoordinatorShard<TxnRecord> {
  readonly #ctx: ShardContext<TxnRecord>;
  readonly #deps: TxnShardDeps;
  readonly #txns = new Map<string, TxnMetadata>();
  /** Partitions of a Prepare* transaction whose marker is not written yet (the rest are done). */
  readonly #pendingMarkers = new Map<string, TopicPartitionRef[]>();

  constructor(ctx: ShardContext<TxnRecord>, deps: TxnShardDeps) {
    this.#ctx = ctx;
    this.#deps = deps;
  }

  get partition(): number {
    return this.#ctx.partition;
  }

  replay(record: TxnRecord): void {
    this.#pendingMarkers.delete(record.transactionalId);
    if (record.value === null) this.#txns.delete(record.transactionalId);
    else this.#txns.set(record.transactionalId, fromRecord(record as TxnRecord & { value: TransactionLogValue }));
  }

  onLoaded(): void {
    // Transactions whose EndTxn was persisted but not completed get their markers (again): Kafka's load does the
    // same through addTxnMarkersToSend. Ongoing ones are left to the timeout.
    for (const md of this.#txns.values()) {
      if (md.state === TxnState.PrepareCommit || md.state === TxnState.PrepareAbort)
        this.#scheduleComplete(md.transactionalId, 0);
    }
    this.#scheduleAbortTimedOut();
    this.#scheduleExpiration();
  }

  onUnloaded(): void {
    this.#pendingMarkers.clear();
  }

  /** The current state of a transactional id (undefined when unknown). */
  get(transactionalId: string): TxnMetadata | undefined {
    return this.#txns.get(transactionalId);
  }

  transactions(): IterableIterator<TxnMetadata> {
    return this.#txns.values();
  }

  // --- InitProducerId ------------------------------------------------------------------------------------------

  /** handleInitProducerId + prepareInitProducerIdTransit, for a valid non-empty transactional id and timeout. */
  initProducerId(
    transactionalId: string,
    txnTimeoutMs: number,
    expected: { producerId: number; producerEpoch: number } | null,
  ): CoordinatorResult<InitProducerIdResult, TxnRecord> {
    const now = this.#ctx.scheduler.now();
    const md =
      this.#txns.get(transactionalId) ??
      newTxnMetadata(transactionalId, this.#deps.producerIds.generate(), txnTimeoutMs, now);
    if (expected !== null && !isValidProducerId(md, expected)) return result(failedInit('PRODUCER_FENCED'));
    switch (md.state) {
      case TxnState.PrepareCommit:
      case TxnState.PrepareAbort:
        return result(failedInit('CONCURRENT_TRANSACTIONS'));
      case TxnState.Empty:
      case TxnState.CompleteCommit:
      case TxnState.CompleteAbort: {
        let next: TxnMetadata | 'PRODUCER_FENCED';
        if (isProducerEpochExhausted(md) && (expected === null || expected.producerEpoch === md.producerEpoch)) {
          next = prepareProducerIdRotation(md, this.#deps.producerIds.generate(), txnTimeoutMs, now, expected !== null);
        } else {
          next = prepareIncrementProducerEpoch(md, txnTimeoutMs, expected?.producerEpoch ?? null, now);
        }
        if (next === 'PRODUCER_FENCED') return result(failedInit('PRODUCER_FENCED'));
        this.#ctx.logger.info(
          {
            transactionalId,
            producerId: next.producerId,
            producerEpoch: next.producerEpoch,
            partition: this.partition,
          },
          'initialized transactional id',
        );
        return result({ errorName: null, producerId: next.producerId, producerEpoch: next.producerEpoch }, [
          toRecord(next),
        ]);
      }
      case TxnState.Ongoing: {
        // A new instance of the producer: abort the open transaction under a bumped epoch (fencing the old one),
        // and let the client retry, which bumps the epoch once more.
        const abort = this.#fenceAndAbort(md, now);
        return result({ ...failedInit('CONCURRENT_TRANSACTIONS'), complete: transactionalId }, [toRecord(abort)]);
      }
      default:
        throw new Error(`transactional id ${transactionalId} found in state ${TXN_STATE_NAMES[md.state]}`);
    }
  }

  // --- AddPartitionsToTxn / AddOffsetsToTxn -------------------------------------------------------------------

  /** handleAddPartitionsToTransaction: one error for the whole set. */
  addPartitions(
    transactionalId: string,
    producerId: number,
    producerEpoch: number,
    partitions: readonly TopicPartitionRef[],
    clientTransactionVersion = 0,
  ): CoordinatorResult<ErrorName | null, TxnRecord> {
    const md = this.#txns.get(transactionalId);
    if (!md || md.producerId !== producerId) return result('INVALID_PRODUCER_ID_MAPPING');
    if (md.producerEpoch !== producerEpoch) return result('PRODUCER_FENCED');
    if (md.state === TxnState.PrepareCommit || md.state === TxnState.PrepareAbort)
      return result('CONCURRENT_TRANSACTIONS');
    // Already there: answer at once without a record.
    if (md.state === TxnState.Ongoing && partitions.every((p) => hasPartition(md, p.topic, p.partition)))
      return result(null);
    const next = prepareAddPartitions(md, partitions, this.#ctx.scheduler.now(), clientTransactionVersion);
    return result(null, [toRecord(next)]);
  }

  /**
   * handleVerifyPartitionsInTransaction (KIP-890 part 1): whether each partition is in the producer's ongoing
   * transaction; TRANSACTION_ABORTABLE for the ones that are not. Read-only.
   */
  verifyPartitions(
    transactionalId: string,
    producerId: number,
    producerEpoch: number,
    partitions: readonly TopicPartitionRef[],
  ): PartitionError[] {
    const md = this.#txns.get(transactionalId);
    let error: ErrorName | null = null;
    if (!md || md.producerId !== producerId) error = 'INVALID_PRODUCER_ID_MAPPING';
    else if (md.producerEpoch !== producerEpoch) error = 'PRODUCER_FENCED';
    else if (md.state === TxnState.PrepareCommit || md.state === TxnState.PrepareAbort)
      error = 'CONCURRENT_TRANSACTIONS';
    return partitions.map((p) => ({
      topic: p.topic,
      partition: p.partition,
      errorName: error ?? (hasPartition(md as TxnMetadata, p.topic, p.partition) ? null : 'TRANSACTION_ABORTABLE'),
    }));
  }

  // --- EndTxn --------------------------------------------------------------------------------------------------

  /**
   * EndTxn from a client (endTransactionWithTV1 below version 5; endTransaction with transaction version 2 from
   * version 5, where every end bumps the epoch and a retry is recognised by the epoch it names).
   */
  endTransaction(
    transactionalId: string,
    producerId: number,
    producerEpoch: number,
    committed: boolean,
    tv2: boolean,
  ): CoordinatorResult<EndTxnResult, TxnRecord> {
    const md = this.#txns.get(transactionalId);
    if (!md) return result(failedEnd('INVALID_PRODUCER_ID_MAPPING'));
    return tv2
      ? this.#endTv2(md, producerId, producerEpoch, committed)
      : this.#endTv1(md, producerId, producerEpoch, committed);
  }

  #endTv1(
    md: TxnMetadata,
    producerId: number,
    producerEpoch: number,
    committed: boolean,
  ): CoordinatorResult<EndTxnResult, TxnRecord> {
    if (md.producerId !== producerId) return result(failedEnd('INVALID_PRODUCER_ID_MAPPING'));
    // Client requests must name the current epoch exactly.
    if (producerEpoch !== md.producerEpoch) return result(failedEnd('PRODUCER_FENCED'));
    const invalid = (): CoordinatorResult<EndTxnResult, TxnRecord> => {
      this.#ctx.logger.warn(
        { transactionalId: md.transactionalId, state: TXN_STATE_NAMES[md.state], committed },
        'EndTxn in a state that does not allow it',
      );
      return result(failedEnd('INVALID_TXN_STATE'));
    };
    switch (md.state) {
      case TxnState.Ongoing: {
        const next = prepareAbortOrCommit(
          md,
          committed ? TxnState.PrepareCommit : TxnState.PrepareAbort,
          0,
          NO_PRODUCER_ID,
          this.#ctx.scheduler.now(),
          false,
        );
        return result({ ...failedEnd(null), complete: md.transactionalId }, [toRecord(next)]);
      }
      // A retry of an EndTxn that already completed succeeds; one that is still being completed is told to wait.
      case TxnState.CompleteCommit:
        return committed ? result(failedEnd(null)) : invalid();
      case TxnState.CompleteAbort:
        return committed ? invalid() : result(failedEnd(null));
      case TxnState.PrepareCommit:
        return committed ? result(failedEnd('CONCURRENT_TRANSACTIONS')) : invalid();
      case TxnState.PrepareAbort:
        return committed ? invalid() : result(failedEnd('CONCURRENT_TRANSACTIONS'));
      default:
        return invalid();
    }
  }

  #endTv2(
    md: TxnMetadata,
    producerId: number,
    producerEpoch: number,
    committed: boolean,
  ): CoordinatorResult<EndTxnResult, TxnRecord> {
    const retryOnOverflow =
      md.previousProducerId === producerId && producerEpoch === SHORT_MAX - 1 && md.producerEpoch === 0;
    const retryOnEpochBump = md.producerEpoch === producerEpoch + 1;
    let validEpoch: boolean;
    switch (md.state) {
      case TxnState.PrepareCommit:
      case TxnState.PrepareAbort:
        validEpoch = retryOnEpochBump;
        break;
      case TxnState.CompleteCommit:
      case TxnState.CompleteAbort:
        validEpoch = retryOnEpochBump || retryOnOverflow || producerEpoch === md.producerEpoch;
        break;
      default:
        validEpoch = producerEpoch === md.producerEpoch;
    }
    const isRetry = retryOnEpochBump || retryOnOverflow;
    if (md.producerId !== producerId && !retryOnOverflow) return result(failedEnd('INVALID_PRODUCER_ID_MAPPING'));
    if (!validEpoch) return result(failedEnd('PRODUCER_FENCED'));
    const invalid = (): CoordinatorResult<EndTxnResult, TxnRecord> => result(failedEnd('INVALID_TXN_STATE'));
    const succeeded = (): CoordinatorResult<EndTxnResult, TxnRecord> =>
      result({ errorName: null, producerId: md.producerId, producerEpoch: md.producerEpoch });
    const prepare = (
      state: typeof TxnState.PrepareCommit | typeof TxnState.PrepareAbort,
      noPartitionAdded: boolean,
    ): CoordinatorResult<EndTxnResult, TxnRecord> => {
      const nextProducerId = isProducerEpochExhausted(md) ? this.#deps.producerIds.generate() : NO_PRODUCER_ID;
      const next = prepareAbortOrCommit(md, state, 2, nextProducerId, this.#ctx.scheduler.now(), noPartitionAdded);
      return result(
        { errorName: null, producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH, complete: md.transactionalId },
        [toRecord(next)],
      );
    };
    switch (md.state) {
      case TxnState.Ongoing:
        return prepare(committed ? TxnState.PrepareCommit : TxnState.PrepareAbort, false);
      case TxnState.CompleteCommit:
        if (committed) return isRetry ? succeeded() : invalid();
        return isRetry ? invalid() : prepare(TxnState.PrepareAbort, true);
      case TxnState.CompleteAbort:
        if (!committed) return isRetry ? succeeded() : prepare(TxnState.PrepareAbort, true);
        return invalid();
      case TxnState.PrepareCommit:
        return committed ? result(failedEnd('CONCURRENT_TRANSACTIONS')) : invalid();
      case TxnState.PrepareAbort:
        return committed ? invalid() : result(failedEnd('CONCURRENT_TRANSACTIONS'));
      case TxnState.Empty:
        return committed ? invalid() : prepare(TxnState.PrepareAbort, true);
      default:
        return invalid();
    }
  }

  /**
   * Writes the markers of a PrepareCommit/PrepareAbort transaction and, once every partition has its marker,
   * persists CompleteCommit/CompleteAbort. Partitions that failed with a retriable error are tried again after
   * the retry backoff.
   */
  completeTransaction(transactionalId: string): CoordinatorResult<void, TxnRecord> {
    const md = this.#txns.get(transactionalId);
    if (!md || (md.state !== TxnState.PrepareCommit && md.state !== TxnState.PrepareAbort)) return EMPTY_RESULT;
    this.#ctx.timer.cancel(completeKey(transactionalId));
    const pending = this.#pendingMarkers.get(transactionalId) ?? partitionList(md);
    const committed = md.state === TxnState.PrepareCommit;
    const remaining: TopicPartitionRef[] = [];
    if (pending.length > 0) {
      let outcomes: readonly { topic: string; partition: number; errorName: ErrorName | null }[];
      try {
        outcomes = this.#deps.markers.write({
          producerId: md.producerId,
          producerEpoch: md.producerEpoch,
          coordinatorEpoch: this.#deps.coordinatorEpoch(this.partition),
          committed,
          partitions: pending,
        });
      } catch (err) {
        this.#ctx.logger.error({ err, transactionalId }, 'writing transaction markers failed');
        outcomes = pending.map((p) => ({ ...p, errorName: 'UNKNOWN_SERVER_ERROR' }));
      }
      const byPartition = new Map(outcomes.map((o) => [`${o.topic}\u0000${o.partition}`, o.errorName]));
      for (const p of pending) {
        const errorName = byPartition.has(`${p.topic}\u0000${p.partition}`)
          ? (byPartition.get(`${p.topic}\u0000${p.partition}`) as ErrorName | null)
          : 'UNKNOWN_SERVER_ERROR';
        const action = markerOutcomeAction(errorName);
        if (action === 'retry') remaining.push(p);
        else if (action === 'abandon') {
          // Another coordinator (or a newer producer epoch) owns this transaction now: stop, as Kafka does.
          this.#ctx.logger.warn(
            { transactionalId, topic: p.topic, partition: p.partition, errorName },
            'transaction marker rejected; no longer completing this transaction',
          );
          this.#pendingMarkers.delete(transactionalId);
          return EMPTY_RESULT;
        } else if (errorName === 'UNKNOWN_TOPIC_OR_PARTITION') {
          this.#ctx.logger.info(
            { transactionalId, topic: p.topic, partition: p.partition },
            'partition of the transaction no longer exists; skipping its marker',
          );
        }
      }
    }
    if (remaining.length > 0) {
      this.#pendingMarkers.set(transactionalId, remaining);
      this.#scheduleComplete(transactionalId, this.#deps.config.markerRetryBackoffMs);
      return EMPTY_RESULT;
    }
    this.#pendingMarkers.delete(transactionalId);
    return result(undefined, [toRecord(prepareComplete(md, this.#ctx.scheduler.now()))]);
  }

  // --- timers --------------------------------------------------------------------------------------------------

  /**
   * Kafka's abortTimedOutTransactions: an Ongoing transaction older than its timeout is aborted under a bumped
   * epoch, so the producer that let it time out is fenced.
   */
  abortTimedOutTransactions(): CoordinatorResult<void, TxnRecord> {
    const now = this.#ctx.scheduler.now();
    const records: TxnRecord[] = [];
    const aborted: string[] = [];
    for (const md of this.#txns.values()) {
      if (md.state !== TxnState.Ongoing || md.txnStartTimestamp + md.txnTimeoutMs >= now) continue;
      if (md.producerEpoch === SHORT_MAX) continue;
      records.push(toRecord(this.#fenceAndAbort(md, now)));
      aborted.push(md.transactionalId);
      this.#ctx.logger.info(
        { transactionalId: md.transactionalId, producerId: md.producerId, timeoutMs: md.txnTimeoutMs },
        'aborting transaction past its timeout',
      );
    }
    this.#scheduleAbortTimedOut();
    if (records.length === 0) return EMPTY_RESULT;
    return result(undefined, records, {
      appended: (err) => {
        if (err === null) for (const id of aborted) this.#scheduleComplete(id, 0);
      },
    });
  }

  /** removeExpiredTransactionalIds: idle ids (no open transaction) unused for transactional.id.expiration.ms. */
  removeExpiredTransactionalIds(): CoordinatorResult<void, TxnRecord> {
    const now = this.#ctx.scheduler.now();
    const records: TxnRecord[] = [];
    for (const md of this.#txns.values()) {
      if (
        isExpirationAllowed(md.state) &&
        md.txnLastUpdateTimestamp <= now - this.#deps.config.transactionalIdExpirationMs
      ) {
        records.push({ transactionalId: md.transactionalId, value: null, valueVersion: 0 });
      }
    }
    this.#scheduleExpiration();
    if (records.length > 0)
      this.#ctx.logger.info(
        { partition: this.partition, expired: records.length },
        'removed expired transactional ids',
      );
    return records.length === 0 ? EMPTY_RESULT : result(undefined, records);
  }

  #fenceAndAbort(md: TxnMetadata, now: number): TxnMetadata {
    const fenced = prepareFenceProducerEpoch(md);
    // Server-initiated aborts run under the broker's transaction version, which is 1 here (no epoch bump beyond
    // the fence).
    return prepareAbortOrCommit(fenced, TxnState.PrepareAbort, 0, NO_PRODUCER_ID, now, false);
  }

  /** Completing right after EndTxn failed (the Complete* append): try again after the retry backoff. */
  scheduleCompleteRetry(transactionalId: string): void {
    this.#scheduleComplete(transactionalId, this.#deps.config.markerRetryBackoffMs);
  }

  #scheduleComplete(transactionalId: string, delayMs: number): void {
    this.#ctx.timer.schedule(completeKey(transactionalId), delayMs, () => this.completeTransaction(transactionalId));
  }

  #scheduleAbortTimedOut(): void {
    this.#ctx.timer.schedule(ABORT_KEY, this.#deps.config.abortTimedOutTransactionsIntervalMs, () =>
      this.abortTimedOutTransactions(),
    );
  }

  #scheduleExpiration(): void {
    this.#ctx.timer.schedule(EXPIRE_KEY, this.#deps.config.removeExpiredTransactionalIdsIntervalMs, () =>
      this.removeExpiredTransactionalIds(),
    );
  }
}

/**
 * KIP-360: a request naming a producer id and epoch is fenced unless the id is new (epoch -1), the id is the
 * current one (the epoch is checked when bumping), or it is the previous id with an exhausted epoch (a retry after
 * a rotation whose answer was lost).
 */
function isValidProducerId(md: TxnMetadata, expected: { producerId: number; producerEpoch: number }): boolean {
  return (
    md.producerEpoch === NO_PRODUCER_EPOCH ||
    expected.producerId === md.producerId ||
    (expected.producerId === md.previousProducerId && isEpochExhausted(expected.producerEpoch))
  );
}
