/**
 * The transaction coordinator's settings, under Kafka's server.properties names, with Kafka's defaults
 * (TransactionStateManagerConfig / TransactionLogConfig).
 */
export interface TransactionCoordinatorConfig {
  /** transaction.state.log.num.partitions */
  readonly transactionTopicPartitions: number;
  /** transaction.max.timeout.ms: InitProducerId with a larger timeout gets INVALID_TRANSACTION_TIMEOUT. */
  readonly transactionMaxTimeoutMs: number;
  /** transactional.id.expiration.ms: idle transactional ids (not in a transaction) are removed after this. */
  readonly transactionalIdExpirationMs: number;
  /** transaction.abort.timed.out.transaction.cleanup.interval.ms */
  readonly abortTimedOutTransactionsIntervalMs: number;
  /** transaction.remove.expired.transaction.cleanup.interval.ms */
  readonly removeExpiredTransactionalIdsIntervalMs: number;
  /** Wait before markers that could not be written are tried again (Kafka's marker channel retry backoff). */
  readonly markerRetryBackoffMs: number;
}

export const DEFAULT_TRANSACTION_COORDINATOR_CONFIG: TransactionCoordinatorConfig = Object.freeze({
  transactionTopicPartitions: 50,
  transactionMaxTimeoutMs: 900_000,
  transactionalIdExpirationMs: 604_800_000,
  abortTimedOutTransactionsIntervalMs: 10_000,
  removeExpiredTransactionalIdsIntervalMs: 3_600_000,
  markerRetryBackoffMs: 100,
});
