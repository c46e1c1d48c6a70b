// Typed storage errors. Each carries the Kafka error name and code that the broker's single
// translator maps to a response; the record-batch errors come from @samsa/protocol.

import { CorruptRecordError, InvalidRecordError } from '@samsa/protocol';

export { CorruptRecordError, InvalidRecordError };

/** Base class: `kafkaErrorName` / `code` name the Kafka error this becomes on the wire. */
export abstract class StorageKafkaError extends Error {
  abstract readonly kafkaErrorName: string;
  abstract readonly code: number;
}

/** A failed disk operation (ENOSPC, EIO, ...). Kafka: KAFKA_STORAGE_ERROR (56). */
export class KafkaStorageError extends StorageKafkaError {
  readonly kafkaErrorName = 'KAFKA_STORAGE_ERROR' as const;
  readonly code = 56;
  /** errno code of the underlying failure, when known. */
  readonly errno: string | undefined;

  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'KafkaStorageError';
    this.errno = (cause as { code?: string } | undefined)?.code;
  }
}

/** A fetch or DeleteRecords offset outside [logStartOffset, logEndOffset]. Kafka: OFFSET_OUT_OF_RANGE (1). */
export class OffsetOutOfRangeError extends StorageKafkaError {
  readonly kafkaErrorName = 'OFFSET_OUT_OF_RANGE' as const;
  readonly code = 1;

  constructor(message: string) {
    super(message);
    this.name = 'OffsetOutOfRangeError';
  }
}

/** A batch larger than max.message.bytes. Kafka: MESSAGE_TOO_LARGE (10). */
export class RecordTooLargeError extends StorageKafkaError {
  readonly kafkaErrorName = 'MESSAGE_TOO_LARGE' as const;
  readonly code = 10;

  constructor(message: string) {
    super(message);
    this.name = 'RecordTooLargeError';
  }
}

/** A record set that does not fit an empty segment (segment.bytes). Kafka: RECORD_LIST_TOO_LARGE (18). */
export class RecordListTooLargeError extends StorageKafkaError {
  readonly kafkaErrorName = 'RECORD_LIST_TOO_LARGE' as const;
  readonly code = 18;

  constructor(message: string) {
    super(message);
    this.name = 'RecordListTooLargeError';
  }
}

/** The partition is unknown to this log manager. Kafka: UNKNOWN_TOPIC_OR_PARTITION (3). */
export class UnknownPartitionError extends StorageKafkaError {
  readonly kafkaErrorName = 'UNKNOWN_TOPIC_OR_PARTITION' as const;
  readonly code = 3;

  constructor(message: string) {
    super(message);
    this.name = 'UnknownPartitionError';
  }
}

/** Wraps an errno failure in KafkaStorageError; anything else passes through. */
export function toStorageError(err: unknown, what: string): Error {
  if (err instanceof StorageKafkaError || err instanceof CorruptRecordError || err instanceof InvalidRecordError)
    return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return new KafkaStorageError(`${what}: ${(err as Error).message}`, err);
  return err instanceof Error ? err : new Error(String(err));
}

/** A topic name that is empty, too long or has characters outside [a-zA-Z0-9._-]. Kafka: INVALID_TOPIC_EXCEPTION (17). */
export class InvalidTopicError extends StorageKafkaError {
  readonly kafkaErrorName = 'INVALID_TOPIC_EXCEPTION' as const;
  readonly code = 17;

  constructor(message: string) {
    super(message);
    this.name = 'InvalidTopicError';
  }
}
