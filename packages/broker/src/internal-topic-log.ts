/**
 * A partition of an internal topic (`__consumer_offsets`, `__transaction_state`) as the coordinator runtime sees it:
 * appends go through the ReplicaManager (so they replicate, move the high watermark and wake parked fetches), and
 * replay reads the partition's log batch by batch.
 */
import {
  BATCH_LENGTH_OFFSET,
  BatchHeaderView,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  readInt64,
} from '@samsa/protocol';
import type { CoordinatorLog, EndTxnMarker } from '@samsa/coordinator';
import type { PartitionLog } from '@samsa/storage';
import type { ReplicaManager } from './replica-manager';

/** Bytes read per step when a partition is replayed. */
const REPLAY_READ_BYTES = 1 << 20;

export class InternalTopicLog implements CoordinatorLog {
  readonly #replicas: ReplicaManager;
  readonly #topic: string;
  readonly #partition: number;
  readonly #log: PartitionLog | null;

  constructor(replicas: ReplicaManager, topic: string, partition: number) {
    this.#replicas = replicas;
    this.#topic = topic;
    this.#partition = partition;
    this.#log = replicas.log(topic, partition) ?? null;
  }

  append(batch: Buffer): number {
    const view = new BatchHeaderView().at(batch, 0);
    if (view.isTransactional) this.#log?.producerState.checkCoordinatorAppend(view.producerId, view.producerEpoch);
    return this.#replicas.appendInternal(this.#topic, this.#partition, batch).baseOffset;
  }

  appendControlMarker(m: EndTxnMarker): number {
    // The ReplicaManager's marker path: the producer state fences the marker, the high watermark (and so the last
    // stable offset) moves, parked fetches wake.
    return this.#replicas.writeTxnMarker(this.#topic, this.#partition, m).baseOffset;
  }

  *batches(): Iterable<Buffer> {
    const log = this.#log;
    if (!log) return;
    let offset: number = log.logStartOffset;
    while (offset < log.logEndOffset) {
      const { records } = log.read(offset, REPLAY_READ_BYTES);
      if (records.length === 0) return;
      // A read returns whole batches, several per buffer: yield them one by one (views, no copies) so the runtime
      // can pace its replay by batches.
      for (const buf of records) {
        for (let pos = 0; pos + LOG_OVERHEAD <= buf.length; ) {
          const end = pos + LOG_OVERHEAD + buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
          offset = readInt64(buf, pos) + buf.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET) + 1;
          yield buf.subarray(pos, end);
          pos = end;
        }
      }
    }
  }
}
