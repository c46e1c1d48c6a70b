/**
 * The broker's errors are @samsa/protocol's: `KafkaError` (Kafka's name, code from the generated table, retriable
 * flag, message), which every layer throws or subclasses, and `toErrorCode`, the only place an exception becomes a
 * wire code (anything that is not a KafkaError is UNKNOWN_SERVER_ERROR, as Kafka answers for unexpected exceptions).
 */
export { isErrorName, KafkaError, toErrorCode, toErrorName, type ErrorName } from '@samsa/protocol';

/** The message to put in a response's ErrorMessage field for an error already mapped by `toErrorCode`. */
export function toErrorMessage(err: unknown): string | null {
  if (err instanceof Error) return err.message;
  return null;
}
