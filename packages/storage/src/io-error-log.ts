// Storage I/O failures of one partition (ENOSPC, EIO, EMFILE, ...), logged once per kind with the partition and the
// path, not once per request: a full disk under a busy producer would otherwise write a line per produce request.
// While the partition keeps failing the same way, later failures are only counted; the next success logs one line
// saying it recovered and how many failures went unlogged. A failure of another kind is logged at once. (Kafka takes
// the whole log dir offline on its first IOException, logging once through LogDirFailureChannel; samsa keeps the
// partition serving, so it reports the way it fails and when that stops.)

import type { Logger } from 'pino';
import type { KafkaStorageError } from './errors';

/** What the partition was doing when the I/O failed. */
export type StorageOp = 'append' | 'read' | 'flush' | 'roll' | 'truncate' | 'delete' | 'clean';

interface Failing {
  readonly kind: string;
  readonly op: StorageOp;
  readonly path: string;
  suppressed: number;
}

export class StorageErrorLog {
  readonly #logger: Logger;
  readonly #topic: string;
  readonly #partition: number;
  /** The failure being counted, null while the partition is healthy (checked after every append: a plain field). */
  failing: Failing | null = null;

  constructor(logger: Logger, topic: string, partition: number) {
    this.#logger = logger;
    this.#topic = topic;
    this.#partition = partition;
  }

  /** Records a failed operation on `path` (the file when known, else the partition directory). */
  failed(op: StorageOp, err: KafkaStorageError, path: string): void {
    const kind = err.errno ?? err.name;
    const current = this.failing;
    if (current !== null && current.kind === kind) {
      current.suppressed++;
      return;
    }
    const filePath = (err.cause as { path?: unknown } | undefined)?.path;
    const where = typeof filePath === 'string' ? filePath : path;
    this.failing = { kind, op, path: where, suppressed: 0 };
    this.#logger.error(
      { err, topic: this.#topic, partition: this.#partition, path: where, errno: err.errno, op },
      'storage I/O failed; further failures of this kind on this partition are counted until it recovers',
    );
  }

  /** An operation succeeded: the failure being counted, if any, is over. */
  recovered(): void {
    const current = this.failing;
    if (current === null) return;
    this.failing = null;
    this.#logger.info(
      {
        topic: this.#topic,
        partition: this.#partition,
        path: current.path,
        errno: current.kind,
        unlogged: current.suppressed,
      },
      'storage I/O recovered',
    );
  }
}
