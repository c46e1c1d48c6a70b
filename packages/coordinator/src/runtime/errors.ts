/**
 * Errors raised by the coordinator runtime and state machines: KafkaErrors (@samsa/protocol), which the one
 * translator, `toErrorCode`, maps to a wire code; the state machines put per-item codes straight into responses.
 */
import { KafkaError, toErrorName, type ErrorName } from '@samsa/protocol';

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
  | 'MEMBER_ID_REQUIRED'
  | 'FENCED_MEMBER_EPOCH'
  | 'STALE_MEMBER_EPOCH'
  | 'UNRELEASED_INSTANCE_ID'
  | 'UNSUPPORTED_ASSIGNOR'
  | 'UNSUPPORTED_VERSION'
  | 'INVALID_REGULAR_EXPRESSION';

export class CoordinatorError extends KafkaError {
  override name = 'CoordinatorError';

  constructor(errorName: CoordinatorErrorName, message?: string) {
    super(errorName, message ?? errorName);
  }
}

/**
 * Kafka's appendGroupMetadataErrorToResponseError: what a failed append of coordinator records becomes for the
 * client, so that it looks for the coordinator again or retries.
 */
export function appendErrorToResponseError(err: unknown): ErrorName {
  return appendErrorNameToResponseError(toErrorName(err));
}

/** `appendErrorToResponseError` for an error already named. */
export function appendErrorNameToResponseError(name: ErrorName): ErrorName {
  switch (name) {
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
      return name;
  }
}
