/** An assignor could not compute an assignment (Kafka's PartitionAssignorException): UNKNOWN_SERVER_ERROR. */
import { KafkaError } from '@samsa/protocol';

export class PartitionAssignorError extends KafkaError {
  override name = 'PartitionAssignorError';

  constructor(message: string) {
    super('UNKNOWN_SERVER_ERROR', `Failed to compute a new target assignment: ${message}`);
  }
}
