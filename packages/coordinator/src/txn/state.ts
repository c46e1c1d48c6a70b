/**
 * Kafka's transaction states (TransactionState.java): the id is what `__transaction_state` stores in
 * TransactionStatus, the name is what DescribeTransactions / ListTransactions report and filter on.
 *
 * - Empty: a producer id and epoch are assigned, no transaction is open.
 * - Ongoing: partitions (or a group's offsets) were added; the transaction is open.
 * - PrepareCommit / PrepareAbort: EndTxn was accepted and persisted; markers are being written.
 * - CompleteCommit / CompleteAbort: every marker is written.
 * - Dead: the transactional id expired (written as a tombstone, never as a value).
 * - PrepareEpochFence: an Ongoing transaction whose producer is being fenced (InitProducerId by a new instance, or
 *   the transaction timed out): the epoch is bumped and the transaction aborted. Kafka keeps it as a pending
 *   in-memory state and persists the PrepareAbort that follows, never this state itself.
 */
export const TxnState = {
  Empty: 0,
  Ongoing: 1,
  PrepareCommit: 2,
  PrepareAbort: 3,
  CompleteCommit: 4,
  CompleteAbort: 5,
  Dead: 6,
  PrepareEpochFence: 7,
} as const;
export type TxnStateId = (typeof TxnState)[keyof typeof TxnState];

export const TXN_STATE_NAMES: Readonly<Record<TxnStateId, string>> = Object.freeze({
  0: 'Empty',
  1: 'Ongoing',
  2: 'PrepareCommit',
  3: 'PrepareAbort',
  4: 'CompleteCommit',
  5: 'CompleteAbort',
  6: 'Dead',
  7: 'PrepareEpochFence',
});

const { Empty, Ongoing, PrepareCommit, PrepareAbort, CompleteCommit, CompleteAbort, Dead, PrepareEpochFence } =
  TxnState;

/** TransactionState.validPreviousStates (PrepareAbort from Empty/Complete* only under transaction version 2). */
export const VALID_PREVIOUS_STATES: Readonly<Record<TxnStateId, readonly TxnStateId[]>> = Object.freeze({
  [Empty]: [Empty, CompleteCommit, CompleteAbort],
  [Ongoing]: [Ongoing, Empty, CompleteCommit, CompleteAbort],
  [PrepareCommit]: [Ongoing],
  [PrepareAbort]: [Ongoing, PrepareEpochFence, Empty, CompleteCommit, CompleteAbort],
  [CompleteCommit]: [PrepareCommit],
  [CompleteAbort]: [PrepareAbort],
  [Dead]: [Empty, CompleteAbort, CompleteCommit],
  [PrepareEpochFence]: [Ongoing],
});

export function isValidTransition(from: TxnStateId, to: TxnStateId): boolean {
  return VALID_PREVIOUS_STATES[to].includes(from);
}

/** Only a transactional id without an open transaction may expire (TransactionState.isExpirationAllowed). */
export function isExpirationAllowed(state: TxnStateId): boolean {
  return state === Empty || state === CompleteCommit || state === CompleteAbort;
}

export function txnStateByName(name: string): TxnStateId | undefined {
  for (const [id, n] of Object.entries(TXN_STATE_NAMES)) if (n === name) return Number(id) as TxnStateId;
  return undefined;
}

export function isTxnStateId(n: number): n is TxnStateId {
  return Number.isInteger(n) && n >= Empty && n <= PrepareEpochFence;
}

export const NO_PRODUCER_ID = -1;
export const NO_PRODUCER_EPOCH = -1;
const SHORT_MAX = 32767;

/** TransactionMetadata.isEpochExhausted: the epoch can no longer be bumped (one value is kept for fencing). */
export function isEpochExhausted(epoch: number): boolean {
  return epoch >= SHORT_MAX - 1;
}
export { SHORT_MAX };
