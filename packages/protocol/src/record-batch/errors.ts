// Typed errors for record batches that fail validation: KafkaErrors under the Kafka error each becomes on the wire,
// so nothing above storage needs to know which check failed.
import { KafkaError } from '../kafka-error';

/** A batch whose bytes are damaged or unparseable: bad CRC, bad magic, lengths that do not add up. Kafka: CORRUPT_MESSAGE. */
export class CorruptRecordError extends KafkaError {
  override name = 'CorruptRecordError';

  constructor(message: string) {
    super('CORRUPT_MESSAGE', message);
  }
}

/** A well-formed batch whose contents break a rule: count vs offset delta, control batch from a client. Kafka: INVALID_RECORD. */
export class InvalidRecordError extends KafkaError {
  override name = 'InvalidRecordError';

  constructor(message: string) {
    super('INVALID_RECORD', message);
  }
}
