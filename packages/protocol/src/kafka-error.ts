// The one error class every layer throws when a failure has a Kafka error code, and the one translator from an
// exception to a wire code. The code is looked up by name in the generated error table (protocol-specs/
// error-codes.json), so no error class repeats a number. Subsystems subclass KafkaError for their own failures
// (CorruptRecordError, OffsetOutOfRangeError, CoordinatorError, ...); anything else becomes UNKNOWN_SERVER_ERROR, as
// Kafka answers for an unexpected exception (its Errors.forException).
import { ErrorCode, errorInfo, type ErrorCodeName } from './generated/error-codes';

export type ErrorName = ErrorCodeName;

export class KafkaError extends Error {
  override name = 'KafkaError';
  /** The numeric code on the wire. */
  readonly code: number;
  /** Kafka's name for the error (`NOT_LEADER_OR_FOLLOWER`). */
  readonly errorName: ErrorName;
  /** Whether Kafka marks the error retriable (a client may retry the same request). */
  readonly retriable: boolean;

  constructor(errorName: ErrorName, message?: string, options?: ErrorOptions) {
    const code = ErrorCode[errorName];
    const info = errorInfo(code);
    super(message ?? info?.message ?? errorName, options);
    this.code = code;
    this.errorName = errorName;
    this.retriable = info?.retriable ?? false;
  }
}

export function isErrorName(name: string): name is ErrorName {
  return Object.hasOwn(ErrorCode, name);
}

/** The wire code for anything thrown: a KafkaError's code, else UNKNOWN_SERVER_ERROR. */
export function toErrorCode(err: unknown): number {
  return err instanceof KafkaError ? err.code : ErrorCode.UNKNOWN_SERVER_ERROR;
}

/** The Kafka error name for anything thrown: a KafkaError's name, else UNKNOWN_SERVER_ERROR. */
export function toErrorName(err: unknown): ErrorName {
  return err instanceof KafkaError ? err.errorName : 'UNKNOWN_SERVER_ERROR';
}
