/**
 * One transactional id's state (Kafka's TransactionMetadata) and the transitions the coordinator prepares from it
 * (TxnTransitMetadata). A transition never changes the state in place: it yields the next state, which is written
 * to `__transaction_state` and becomes current when the record is replayed, so start-up rebuilds exactly what
 * requests built.
 */
import { KafkaError } from '@samsa/protocol';
import type { TransactionLogValue, TxnRecord } from './records';
import {
  isEpochExhausted,
  isValidTransition,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  SHORT_MAX,
  TxnState,
  TXN_STATE_NAMES,
  type TxnStateId,
} from './state';

export interface TopicPartitionRef {
  readonly topic: string;
  readonly partition: number;
}

/** Partitions of a transaction by topic. */
export type TxnPartitions = ReadonlyMap<string, ReadonlySet<number>>;

export interface TxnMetadata {
  readonly transactionalId: string;
  readonly producerId: number;
  /** The producer id before the last rotation (epoch exhaustion), for retries that still name it. */
  readonly previousProducerId: number;
  /** Transaction version 2: the producer id handed out when the epoch overflowed at EndTxn. */
  readonly nextProducerId: number;
  readonly producerEpoch: number;
  readonly lastProducerEpoch: number;
  readonly txnTimeoutMs: number;
  readonly state: TxnStateId;
  readonly partitions: TxnPartitions;
  readonly txnStartTimestamp: number;
  readonly txnLastUpdateTimestamp: number;
  /** 0-1: transaction version 1 (the epoch is bumped by InitProducerId only); 2: bumped at every EndTxn (KIP-890). */
  readonly clientTransactionVersion: number;
}

/** A transition the state machine does not allow: a bug, answered as UNKNOWN_SERVER_ERROR as Kafka does. */
export class IllegalTxnTransitionError extends KafkaError {
  override name = 'IllegalTxnTransitionError';

  constructor(message: string) {
    super('UNKNOWN_SERVER_ERROR', message);
  }
}

const EMPTY_PARTITIONS: TxnPartitions = new Map();

/** A transactional id seen for the first time: an id, no epoch yet (InitProducerId bumps it to 0). */
export function newTxnMetadata(
  transactionalId: string,
  producerId: number,
  txnTimeoutMs: number,
  now: number,
): TxnMetadata {
  return {
    transactionalId,
    producerId,
    previousProducerId: NO_PRODUCER_ID,
    nextProducerId: NO_PRODUCER_ID,
    producerEpoch: NO_PRODUCER_EPOCH,
    lastProducerEpoch: NO_PRODUCER_EPOCH,
    txnTimeoutMs,
    state: TxnState.Empty,
    partitions: EMPTY_PARTITIONS,
    txnStartTimestamp: -1,
    txnLastUpdateTimestamp: now,
    clientTransactionVersion: 0,
  };
}

function transition(md: TxnMetadata, next: Partial<TxnMetadata> & { state: TxnStateId }): TxnMetadata {
  // Empty -> Empty happens for a brand-new id (and on every InitProducerId of an idle one).
  if (!isValidTransition(md.state, next.state)) {
    throw new IllegalTxnTransitionError(
      `transactional id ${md.transactionalId}: ${TXN_STATE_NAMES[md.state]} -> ${TXN_STATE_NAMES[next.state]} is not a valid transition`,
    );
  }
  // As Kafka's prepareTransitionTo: the previous producer id is the one in use before this transition.
  return { ...md, previousProducerId: md.producerId, ...next };
}

export function isProducerEpochExhausted(md: TxnMetadata): boolean {
  return isEpochExhausted(md.producerEpoch);
}

/**
 * InitProducerId on an idle id (prepareIncrementProducerEpoch): bump the epoch; a KIP-360 request naming the
 * previous epoch is a retry of a bump that already happened and gets the current epoch; any other epoch is fenced.
 */
export function prepareIncrementProducerEpoch(
  md: TxnMetadata,
  txnTimeoutMs: number,
  expectedEpoch: number | null,
  now: number,
): TxnMetadata | 'PRODUCER_FENCED' {
  if (isProducerEpochExhausted(md))
    throw new IllegalTxnTransitionError(`cannot allocate any more producer epochs for producer id ${md.producerId}`);
  const bumped = md.producerEpoch + 1;
  let epochs: [number, number];
  if (expectedEpoch === null) epochs = [bumped, NO_PRODUCER_EPOCH];
  else if (md.producerEpoch === NO_PRODUCER_EPOCH || expectedEpoch === md.producerEpoch)
    epochs = [bumped, md.producerEpoch];
  else if (expectedEpoch === md.lastProducerEpoch) epochs = [md.producerEpoch, md.lastProducerEpoch];
  else return 'PRODUCER_FENCED';
  return transition(md, {
    state: TxnState.Empty,
    producerEpoch: epochs[0],
    lastProducerEpoch: epochs[1],
    txnTimeoutMs,
    partitions: EMPTY_PARTITIONS,
    txnStartTimestamp: -1,
    txnLastUpdateTimestamp: now,
  });
}

/** The epoch is exhausted: a new producer id with epoch 0 (prepareProducerIdRotation). */
export function prepareProducerIdRotation(
  md: TxnMetadata,
  newProducerId: number,
  txnTimeoutMs: number,
  now: number,
  recordLastEpoch: boolean,
): TxnMetadata {
  return transition(md, {
    state: TxnState.Empty,
    producerId: newProducerId,
    producerEpoch: 0,
    lastProducerEpoch: recordLastEpoch ? md.producerEpoch : NO_PRODUCER_EPOCH,
    txnTimeoutMs,
    partitions: EMPTY_PARTITIONS,
    txnStartTimestamp: -1,
    txnLastUpdateTimestamp: now,
  });
}

/** Fencing an Ongoing transaction (prepareFenceProducerEpoch): the bumped epoch is never returned to a client. */
export function prepareFenceProducerEpoch(md: TxnMetadata): TxnMetadata {
  if (md.producerEpoch === SHORT_MAX)
    throw new IllegalTxnTransitionError('cannot fence a producer whose epoch is already Short.MaxValue');
  return transition(md, {
    state: TxnState.PrepareEpochFence,
    producerEpoch: md.producerEpoch + 1,
    lastProducerEpoch: NO_PRODUCER_EPOCH,
  });
}

export function prepareAddPartitions(
  md: TxnMetadata,
  added: readonly TopicPartitionRef[],
  now: number,
  clientTransactionVersion: number,
): TxnMetadata {
  const partitions = new Map<string, Set<number>>();
  for (const [topic, ps] of md.partitions) partitions.set(topic, new Set(ps));
  for (const { topic, partition } of added) {
    let set = partitions.get(topic);
    if (!set) partitions.set(topic, (set = new Set()));
    set.add(partition);
  }
  const starts =
    md.state === TxnState.Empty || md.state === TxnState.CompleteAbort || md.state === TxnState.CompleteCommit;
  return transition(md, {
    state: TxnState.Ongoing,
    partitions,
    txnStartTimestamp: starts ? now : md.txnStartTimestamp,
    txnLastUpdateTimestamp: now,
    clientTransactionVersion,
  });
}

/**
 * EndTxn accepted (prepareAbortOrCommit). Under transaction version 2 the epoch is bumped at every end (a new
 * producer id once it is exhausted), and an abort without partitions starts its transaction now.
 */
export function prepareAbortOrCommit(
  md: TxnMetadata,
  state: typeof TxnState.PrepareCommit | typeof TxnState.PrepareAbort,
  clientTransactionVersion: number,
  nextProducerId: number,
  now: number,
  noPartitionAdded: boolean,
): TxnMetadata {
  const bump = clientTransactionVersion >= 2;
  return transition(md, {
    state,
    producerEpoch: bump ? md.producerEpoch + 1 : md.producerEpoch,
    lastProducerEpoch: bump ? md.producerEpoch : md.lastProducerEpoch,
    nextProducerId,
    txnStartTimestamp: noPartitionAdded ? now : md.txnStartTimestamp,
    txnLastUpdateTimestamp: now,
    clientTransactionVersion,
  });
}

/** Every marker is written (prepareComplete); under transaction version 2 an exhausted epoch moves to the next id. */
export function prepareComplete(md: TxnMetadata, now: number): TxnMetadata {
  const state = md.state === TxnState.PrepareCommit ? TxnState.CompleteCommit : TxnState.CompleteAbort;
  const rotate = md.clientTransactionVersion >= 2 && md.nextProducerId !== NO_PRODUCER_ID;
  return transition(md, {
    state,
    ...(rotate
      ? {
          previousProducerId: md.producerId,
          producerId: md.nextProducerId,
          nextProducerId: NO_PRODUCER_ID,
          producerEpoch: 0,
          lastProducerEpoch: NO_PRODUCER_EPOCH,
        }
      : {}),
    partitions: EMPTY_PARTITIONS,
    txnLastUpdateTimestamp: now,
  });
}

export function hasPartition(md: TxnMetadata, topic: string, partition: number): boolean {
  return md.partitions.get(topic)?.has(partition) ?? false;
}

export function partitionList(md: TxnMetadata): TopicPartitionRef[] {
  const out: TopicPartitionRef[] = [];
  for (const [topic, ps] of md.partitions) for (const partition of ps) out.push({ topic, partition });
  return out;
}

/** The record for a state (TransactionLog.valueToBytes). */
export function toRecord(md: TxnMetadata): TxnRecord {
  if (md.state === TxnState.Empty && md.partitions.size > 0)
    throw new IllegalTxnTransitionError('an Empty transaction has no partitions');
  const version = md.clientTransactionVersion >= 2 ? 1 : 0;
  const value: TransactionLogValue = {
    producerId: md.producerId,
    producerEpoch: md.producerEpoch,
    transactionTimeoutMs: md.txnTimeoutMs,
    transactionStatus: md.state,
    transactionPartitions:
      md.state === TxnState.Empty
        ? null
        : [...md.partitions].map(([topic, ps]) => ({ topic, partitionIds: [...ps].sort((a, b) => a - b) })),
    transactionLastUpdateTimestampMs: md.txnLastUpdateTimestamp,
    transactionStartTimestampMs: md.txnStartTimestamp,
    ...(version >= 1
      ? {
          previousProducerId: md.previousProducerId,
          nextProducerId: md.nextProducerId,
          clientTransactionVersion: md.clientTransactionVersion,
        }
      : {}),
  };
  return {
    transactionalId: md.transactionalId,
    value,
    valueVersion: version,
    lastProducerEpoch: md.lastProducerEpoch,
    previousProducerId: md.previousProducerId,
  };
}

/** The state a replayed record describes (TransactionLog.readTxnRecordValue). */
export function fromRecord(record: TxnRecord & { value: TransactionLogValue }): TxnMetadata {
  const v = record.value;
  const partitions = new Map<string, Set<number>>();
  for (const t of v.transactionPartitions ?? []) {
    let set = partitions.get(t.topic);
    if (!set) partitions.set(t.topic, (set = new Set()));
    for (const p of t.partitionIds) set.add(p);
  }
  return {
    transactionalId: record.transactionalId,
    producerId: v.producerId,
    previousProducerId:
      v.previousProducerId !== undefined && v.previousProducerId !== NO_PRODUCER_ID
        ? v.previousProducerId
        : (record.previousProducerId ?? NO_PRODUCER_ID),
    nextProducerId: v.nextProducerId ?? NO_PRODUCER_ID,
    producerEpoch: v.producerEpoch,
    lastProducerEpoch: record.lastProducerEpoch ?? NO_PRODUCER_EPOCH,
    txnTimeoutMs: v.transactionTimeoutMs,
    state: v.transactionStatus as TxnStateId,
    partitions,
    txnStartTimestamp: v.transactionStartTimestampMs,
    txnLastUpdateTimestamp: v.transactionLastUpdateTimestampMs,
    clientTransactionVersion: v.clientTransactionVersion ?? 0,
  };
}
