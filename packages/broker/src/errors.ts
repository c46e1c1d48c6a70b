/**
 * The broker's one error class and one translator. Handlers and the cluster state throw `KafkaError` (Kafka's name,
 * numeric code, retriable flag, message); other subsystems throw their own errors carrying a `kafkaErrorName`
 * property. `toErrorCode` is the only place an exception becomes a wire error code; anything unrecognised is
 * UNKNOWN_SERVER_ERROR, as Kafka answers for unexpected exceptions.
 */
import { ErrorCode, errorInfo } from '@samsa/protocol';

export type ErrorName = keyof typeof ErrorCode;

export class KafkaError extends Error {
  override readonly name = 'KafkaError';
  readonly code: number;
  readonly errorName: ErrorName;
  readonly retriable: boolean;

  constructor(errorName: ErrorName, message?: string) {
    const code = ErrorCode[errorName];
    const info = errorInfo(code);
    super(message ?? info?.message ?? errorName);
    this.code = code;
    this.errorName = errorName;
    this.retriable = info?.retriable ?? false;
  }
}

export function isErrorName(name: string): name is ErrorName {
  return Object.prototype.hasOwnProperty.call(ErrorCode, name);
}

export function toErrorCode(err: unknown): number {
  if (err instanceof KafkaError) return err.code;
  if (typeof err === 'object' && err !== null && 'kafkaErrorName' in err) {
    const name = (err as { kafkaErrorName: unknown }).kafkaErrorName;
    if (typeof name === 'string' && isErrorName(name)) return ErrorCode[name];
  }
  return ErrorCode.UNKNOWN_SERVER_ERROR;
}

/** The message to put in a response's ErrorMessage field for an error already mapped by `toErrorCode`. */
export function toErrorMessage(err: unknown): string | null {
  if (err instanceof Error) return err.message;
  return null;
}
