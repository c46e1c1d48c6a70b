/**
 * Errors raised by the coordinator runtime and state machines. Each carries the Kafka error name that
 * `toErrorCode` in the broker maps to a wire code; the state machines put per-item codes straight into responses.
 */
export type CoordinatorErrorName =
  | 'COORDINATOR_LOAD_IN_PROGRESS'
  | 'COORDINATOR_NOT_AVAILABLE'
  | 'NOT_COORDINATOR'
  | 'UNKNOWN_SERVER_ERROR'
  | 'INVALID_GROUP_ID'
  | 'INVALID_REQUEST'
  | 'UNKNOWN_MEMBER_ID'
  | 'ILLEGAL_GENERATION'
  | 'FENCED_INSTANCE_ID'
  | 'REBALANCE_IN_PROGRESS'
  | 'GROUP_ID_NOT_FOUND'
  | 'NON_EMPTY_GROUP'
  | 'INCONSISTENT_GROUP_PROTOCOL'
  | 'INVALID_SESSION_TIMEOUT'
  | 'GROUP_MAX_SIZE_REACHED'
  | 'MEMBER_ID_REQUIRED';

export class CoordinatorError extends Error {
  override readonly name = 'CoordinatorError';
  readonly kafkaErrorName: CoordinatorErrorName;

  constructor(kafkaErrorName: CoordinatorErrorName, message?: string) {
    super(message ?? kafkaErrorName);
    this.kafkaErrorName = kafkaErrorName;
  }
}

/** The Kafka error name an exception carries, or UNKNOWN_SERVER_ERROR. */
export function errorNameOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'kafkaErrorName' in err) {
    const name = (err as { kafkaErrorName: unknown }).kafkaErrorName;
    if (typeof name === 'string') return name;
  }
  return 'UNKNOWN_SERVER_ERROR';
}

/**
 * Kafka's appendGroupMetadataErrorToResponseError: what a failed append of coordinator records becomes for the
 * client, so that it looks for the coordinator again or retries.
 */
export function appendErrorToResponseError(err: unknown): string {
  switch (errorNameOf(err)) {
    case 'UNKNOWN_TOPIC_OR_PARTITION':
    case 'NOT_ENOUGH_REPLICAS':
    case 'REQUEST_TIMED_OUT':
      return 'COORDINATOR_NOT_AVAILABLE';
    case 'NOT_LEADER_OR_FOLLOWER':
    case 'KAFKA_STORAGE_ERROR':
      return 'NOT_COORDINATOR';
    case 'MESSAGE_TOO_LARGE':
    case 'RECORD_LIST_TOO_LARGE':
    case 'INVALID_FETCH_SIZE':
      return 'UNKNOWN_SERVER_ERROR';
    default:
      return errorNameOf(err);
  }
}
