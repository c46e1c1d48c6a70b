// Typed errors for record batches that fail validation. Each carries the Kafka error name and
// code the broker's translator maps it to, so nothing above storage needs to know which check failed.

/** A batch whose bytes are damaged or unparseable: bad CRC, bad magic, lengths that do not add up. Kafka: CORRUPT_MESSAGE (2). */
export class CorruptRecordError extends Error {
  readonly kafkaErrorName = 'CORRUPT_MESSAGE' as const;
  readonly code = 2;

  constructor(message: string) {
    super(message);
    this.name = 'CorruptRecordError';
  }
}

/** A well-formed batch whose contents break a rule: count vs offset delta, control batch from a client. Kafka: INVALID_RECORD (87). */
export class InvalidRecordError extends Error {
  readonly kafkaErrorName = 'INVALID_RECORD' as const;
  readonly code = 87;

  constructor(message: string) {
    super(message);
    this.name = 'InvalidRecordError';
  }
}
