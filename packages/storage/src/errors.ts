// Typed storage errors: KafkaErrors (@samsa/protocol) under the Kafka error each becomes on the wire; the
// record-batch errors come from @samsa/protocol too.

import { CorruptRecordError, InvalidRecordError, KafkaError } from '@samsa/protocol';

export { CorruptRecordError, InvalidRecordError };

/** A failed disk operation (ENOSPC, EIO, ...). Kafka: KAFKA_STORAGE_ERROR. */
export class KafkaStorageError extends KafkaError {
  override name = 'KafkaStorageError';
  /** errno code of the underlying failure, when known. */
  readonly errno: string | undefined;

  constructor(message: string, cause?: unknown) {
    super('KAFKA_STORAGE_ERROR', message, cause === undefined ? undefined : { cause });
    this.errno = (cause as { code?: string } | undefined)?.code;
  }
}

/** A fetch or DeleteRecords offset outside [logStartOffset, logEndOffset]. Kafka: OFFSET_OUT_OF_RANGE. */
export class OffsetOutOfRangeError extends KafkaError {
  override name = 'OffsetOutOfRangeError';

  constructor(message: string) {
    super('OFFSET_OUT_OF_RANGE', message);
  }
}

/** A batch larger than max.message.bytes. Kafka: MESSAGE_TOO_LARGE. */
export class RecordTooLargeError extends KafkaError {
  override name = 'RecordTooLargeError';

  constructor(message: string) {
    super('MESSAGE_TOO_LARGE', message);
  }
}

/** A record set that does not fit an empty segment (segment.bytes). Kafka: RECORD_LIST_TOO_LARGE. */
export class RecordListTooLargeError extends KafkaError {
  override name = 'RecordListTooLargeError';

  constructor(message: string) {
    super('RECORD_LIST_TOO_LARGE', message);
  }
}

/** The partition is unknown to this log manager. Kafka: UNKNOWN_TOPIC_OR_PARTITION. */
export class UnknownPartitionError extends KafkaError {
  override name = 'UnknownPartitionError';

  constructor(message: string) {
    super('UNKNOWN_TOPIC_OR_PARTITION', message);
  }
}

/** Wraps an errno failure in KafkaStorageError; anything else passes through. */
export function toStorageError(err: unknown, what: string): Error {
  if (err instanceof KafkaError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return new KafkaStorageError(`${what}: ${(err as Error).message}`, err);
  return err instanceof Error ? err : new Error(String(err));
}

/** A topic name that is empty, too long or has characters outside [a-zA-Z0-9._-]. Kafka: INVALID_TOPIC_EXCEPTION. */
export class InvalidTopicError extends KafkaError {
  override name = 'InvalidTopicError';

  constructor(message: string) {
    super('INVALID_TOPIC_EXCEPTION', message);
  }
}
