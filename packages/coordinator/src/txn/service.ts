/**
 * The transaction coordinator as the broker sees it (Kafka's TransactionCoordinator): routes each transactional
 * id to its `__transaction_state` partition (Kafka's hash, so an id has the same coordinator as on Kafka), checks
 * what Kafka checks before the state machine (empty id → INVALID_REQUEST, timeout → INVALID_TRANSACTION_TIMEOUT,
 * NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS), runs the operation on the partition's shard and, when a
 * transaction was ended (by EndTxn, by fencing, by its timeout), writes its markers and completes it.
 *
 * Answers carry Kafka error names (null for success); the handlers turn them into codes per API version.
 */
import type { ErrorName } from '@samsa/protocol';
import type { Logger } from 'pino';
import { toErrorName } from '@samsa/protocol';
import { CoordinatorError } from '../runtime/errors';
import { CoordinatorRuntime, type CoordinatorLogProvider, type ShardStatus } from '../runtime/runtime';
import { systemScheduler, type Scheduler } from '../runtime/scheduler';
import { partitionFor } from '../group/config';
import { DEFAULT_TRANSACTION_COORDINATOR_CONFIG, type TransactionCoordinatorConfig } from './config';
import type { ProducerIdGenerator, TxnMarkerWriter } from './markers';
import { partitionList, type TopicPartitionRef, type TxnMetadata } from './metadata';
import { txnRecordSerde, type TxnRecord } from './records';
import {
  TransactionCoordinatorShard,
  type EndTxnResult,
  type InitProducerIdResult,
  type PartitionError,
} from './shard';
import { NO_PRODUCER_EPOCH, NO_PRODUCER_ID, TxnState, TXN_STATE_NAMES, txnStateByName } from './state';

export interface TransactionCoordinatorServiceOptions {
  readonly logs: CoordinatorLogProvider;
  readonly logger: Logger;
  readonly producerIds: ProducerIdGenerator;
  readonly markers: TxnMarkerWriter;
  readonly config?: Partial<TransactionCoordinatorConfig>;
  readonly scheduler?: Scheduler;
  /** The coordinator epoch of a partition (its leader epoch); 0 when not given. */
  readonly coordinatorEpoch?: (partition: number) => number;
  readonly loadChunkBatches?: number;
}

/** Whether the receiving broker leads a `__transaction_state` partition (default: yes). */
export type IsCoordinatorFor = (partition: number) => boolean;

export interface DescribedTransaction {
  readonly errorName: ErrorName | null;
  readonly transactionalId: string;
  readonly state: string;
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly transactionTimeoutMs: number;
  readonly transactionStartTimeMs: number;
  readonly topics: { topic: string; partitions: number[] }[];
}

export interface ListedTransaction {
  readonly transactionalId: string;
  readonly producerId: number;
  readonly state: string;
}

export interface ListTransactionsResult {
  readonly errorName: ErrorName | null;
  readonly unknownStateFilters: string[];
  readonly transactions: ListedTransaction[];
}

export class TransactionCoordinatorService {
  readonly config: TransactionCoordinatorConfig;
  readonly #runtime: CoordinatorRuntime<TransactionCoordinatorShard, TxnRecord>;
  readonly #scheduler: Scheduler;

  constructor(o: TransactionCoordinatorServiceOptions) {
    this.config = { ...DEFAULT_TRANSACTION_COORDINATOR_CONFIG, ...o.config };
    this.#scheduler = o.scheduler ?? systemScheduler;
    const deps = {
      config: this.config,
      markers: o.markers,
      producerIds: o.producerIds,
      coordinatorEpoch: o.coordinatorEpoch ?? (() => 0),
    };
    this.#runtime = new CoordinatorRuntime<TransactionCoordinatorShard, TxnRecord>({
      serde: txnRecordSerde,
      logs: o.logs,
      scheduler: this.#scheduler,
      logger: o.logger,
      loadChunkBatches: o.loadChunkBatches,
      createShard: (ctx) => new TransactionCoordinatorShard(ctx, deps),
    });
  }

  partitionFor(transactionalId: string): number {
    return partitionFor(transactionalId, this.config.transactionTopicPartitions);
  }

  load(partitions: Iterable<number>): Promise<void> {
    return this.#runtime.load(partitions);
  }

  /** Rebuilds a partition's state from its log (the partition's leadership moved). */
  reload(partition: number): Promise<void> {
    return this.#runtime.reload(partition);
  }

  status(partition: number): ShardStatus | 'unloaded' {
    return this.#runtime.status(partition);
  }

  close(): void {
    this.#runtime.close();
  }

  /** validateTransactionTimeoutMs: positive and at most transaction.max.timeout.ms. */
  validTimeout(txnTimeoutMs: number): boolean {
    return txnTimeoutMs > 0 && txnTimeoutMs <= this.config.transactionMaxTimeoutMs;
  }

  #route(transactionalId: string, isCoordinatorFor?: IsCoordinatorFor): number {
    const partition = this.partitionFor(transactionalId);
    if (isCoordinatorFor && !isCoordinatorFor(partition))
      throw new CoordinatorError('NOT_COORDINATOR', `not the coordinator of ${transactionalId}`);
    return partition;
  }

  /** InitProducerId with a transactional id (v0-5; `expected` is the KIP-360 producer id and epoch of v3+). */
  initProducerId(
    transactionalId: string,
    txnTimeoutMs: number,
    expected: { producerId: number; producerEpoch: number } | null,
    isCoordinatorFor?: IsCoordinatorFor,
  ): InitProducerIdResult {
    if (transactionalId === '')
      return { errorName: 'INVALID_REQUEST', producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH };
    if (!this.validTimeout(txnTimeoutMs))
      return { errorName: 'INVALID_TRANSACTION_TIMEOUT', producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH };
    try {
      const partition = this.#route(transactionalId, isCoordinatorFor);
      const res = this.#runtime.write(partition, (shard) =>
        shard.initProducerId(transactionalId, txnTimeoutMs, expected),
      );
      if (res.complete !== undefined) this.#complete(partition, res.complete);
      return res;
    } catch (err) {
      return { errorName: toErrorName(err), producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH };
    }
  }

  /** AddPartitionsToTxn (and AddOffsetsToTxn with the group's `__consumer_offsets` partition): one error for all. */
  addPartitions(
    transactionalId: string,
    producerId: number,
    producerEpoch: number,
    partitions: readonly TopicPartitionRef[],
    isCoordinatorFor?: IsCoordinatorFor,
  ): ErrorName | null {
    if (transactionalId === '') return 'INVALID_REQUEST';
    try {
      const partition = this.#route(transactionalId, isCoordinatorFor);
      return this.#runtime.write(partition, (shard) =>
        shard.addPartitions(transactionalId, producerId, producerEpoch, partitions),
      );
    } catch (err) {
      return toErrorName(err);
    }
  }

  /** Verify-only AddPartitionsToTxn and produce-side verification: an error per partition (null: in the txn). */
  verifyPartitions(
    transactionalId: string,
    producerId: number,
    producerEpoch: number,
    partitions: readonly TopicPartitionRef[],
    isCoordinatorFor?: IsCoordinatorFor,
  ): PartitionError[] {
    const all = (errorName: ErrorName): PartitionError[] =>
      partitions.map((p) => ({ topic: p.topic, partition: p.partition, errorName }));
    if (transactionalId === '') return all('INVALID_REQUEST');
    try {
      const partition = this.#route(transactionalId, isCoordinatorFor);
      return this.#runtime.read(partition, (shard) =>
        shard.verifyPartitions(transactionalId, producerId, producerEpoch, partitions),
      );
    } catch (err) {
      return all(toErrorName(err));
    }
  }

  /** EndTxn: v0-4 transaction version 1; v5 transaction version 2 (KIP-890: the epoch is bumped at every end). */
  endTransaction(
    transactionalId: string,
    producerId: number,
    producerEpoch: number,
    committed: boolean,
    tv2: boolean,
    isCoordinatorFor?: IsCoordinatorFor,
  ): EndTxnResult {
    if (transactionalId === '')
      return { errorName: 'INVALID_REQUEST', producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH };
    try {
      const partition = this.#route(transactionalId, isCoordinatorFor);
      const res = this.#runtime.write(partition, (shard) =>
        shard.endTransaction(transactionalId, producerId, producerEpoch, committed, tv2),
      );
      if (res.complete === undefined) return res;
      this.#complete(partition, res.complete);
      if (!tv2) return { errorName: null, producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH };
      // Transaction version 2 answers with the id and epoch the producer continues with.
      const md = this.#runtime.read(partition, (shard) => shard.get(transactionalId));
      return {
        errorName: null,
        producerId: md?.producerId ?? NO_PRODUCER_ID,
        producerEpoch: md?.producerEpoch ?? NO_PRODUCER_EPOCH,
      };
    } catch (err) {
      return { errorName: toErrorName(err), producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH };
    }
  }

  /** Markers and Complete* right away; a failure leaves the shard's retry timer in charge. */
  #complete(partition: number, transactionalId: string): void {
    try {
      this.#runtime.write(partition, (shard) => shard.completeTransaction(transactionalId));
    } catch {
      // The Prepare* record is durable: the shard's retry (or the next load) completes the transaction.
      this.#runtime.read(partition, (shard) => shard.scheduleCompleteRetry(transactionalId));
    }
  }

  /** The state of a transactional id (undefined when unknown or not coordinated here). For tests and tools. */
  transactionState(transactionalId: string): TxnMetadata | undefined {
    try {
      return this.#runtime.read(this.partitionFor(transactionalId), (shard) => shard.get(transactionalId));
    } catch {
      return undefined;
    }
  }

  /** DescribeTransactions for one id (handleDescribeTransactions). */
  describe(transactionalId: string, isCoordinatorFor?: IsCoordinatorFor): DescribedTransaction {
    const failed = (errorName: ErrorName): DescribedTransaction => ({
      errorName,
      transactionalId,
      // Kafka leaves the message defaults in a failed entry.
      state: '',
      producerId: 0,
      producerEpoch: 0,
      transactionTimeoutMs: 0,
      transactionStartTimeMs: 0,
      topics: [],
    });
    if (transactionalId === '') return failed('INVALID_REQUEST');
    let md: TxnMetadata | undefined;
    try {
      const partition = this.#route(transactionalId, isCoordinatorFor);
      md = this.#runtime.read(partition, (shard) => shard.get(transactionalId));
    } catch (err) {
      return failed(toErrorName(err));
    }
    if (!md || md.state === TxnState.Dead) return failed('TRANSACTIONAL_ID_NOT_FOUND');
    return {
      errorName: null,
      transactionalId,
      state: TXN_STATE_NAMES[md.state],
      producerId: md.producerId,
      producerEpoch: md.producerEpoch,
      transactionTimeoutMs: md.txnTimeoutMs,
      transactionStartTimeMs: md.txnStartTimestamp,
      topics: [...md.partitions].map(([topic, ps]) => ({ topic, partitions: [...ps] })),
    };
  }

  /**
   * ListTransactions over the partitions this broker coordinates (listTransactionStates): filters by state name
   * (unknown names are reported back), producer id and, from v1, by running longer than `durationFilterMs`.
   */
  list(
    stateFilters: readonly string[],
    producerIdFilters: readonly number[],
    durationFilterMs: number,
    isCoordinatorFor?: IsCoordinatorFor,
  ): ListTransactionsResult {
    const partitions = this.#runtime.partitions().filter((p) => !isCoordinatorFor || isCoordinatorFor(p));
    if (partitions.some((p) => this.#runtime.status(p) === 'loading')) {
      return { errorName: 'COORDINATOR_LOAD_IN_PROGRESS', unknownStateFilters: [], transactions: [] };
    }
    const unknownStateFilters: string[] = [];
    const states = new Set<number>();
    for (const name of stateFilters) {
      const id = txnStateByName(name);
      if (id === undefined) unknownStateFilters.push(name);
      else states.add(id);
    }
    const producerIds = new Set(producerIdFilters);
    const now = this.#scheduler.now();
    const transactions: ListedTransaction[] = [];
    for (const p of partitions) {
      if (this.#runtime.status(p) !== 'active') continue;
      this.#runtime.read(p, (shard) => {
        for (const md of shard.transactions()) {
          if (md.state === TxnState.Dead) continue;
          if (producerIds.size > 0 && !producerIds.has(md.producerId)) continue;
          if (states.size > 0 && !states.has(md.state)) continue;
          if (durationFilterMs >= 0 && now - md.txnStartTimestamp <= durationFilterMs) continue;
          transactions.push({
            transactionalId: md.transactionalId,
            producerId: md.producerId,
            state: TXN_STATE_NAMES[md.state],
          });
        }
      });
    }
    return { errorName: null, unknownStateFilters, transactions };
  }

  /** The partitions of a transactional id's current transaction (empty when none). */
  partitionsOf(transactionalId: string): TopicPartitionRef[] {
    const md = this.transactionState(transactionalId);
    return md ? partitionList(md) : [];
  }
}
