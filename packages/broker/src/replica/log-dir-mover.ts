/**
 * Replicas moving between the log dirs of one broker identity (AlterReplicaLogDirs, KIP-113; Kafka's
 * ReplicaAlterLogDirsThread). A move creates a *future* log in the target dir, copies the current log into it batch by
 * batch with offsets and leader epochs kept (a follower's append), a bounded number of bytes per turn of the event
 * loop so produce and fetch keep being served, and, in the turn in which the future log reaches the current log's end,
 * swaps it in (LogManager.promoteFuture). Appends are synchronous within a turn, so none can land between the last
 * copy and the swap: nothing acknowledged is lost and nothing is copied twice, and producers and consumers go on
 * with the new log without noticing. Kafka's thread swaps under the partition's lock for the same reason.
 *
 * `replica.alter.log.dirs.io.max.bytes.per.second` bounds the copy: a turn copies at most a tenth of a second's worth
 * and the next waits as long as those bytes take at that rate (Kafka's ReplicationQuotaManager for ALTER_LOG_DIRS).
 *
 * A truncation of the current log (a follower replica cutting a diverged tail) restarts the copy from scratch. The
 * move is not persisted: a future log found at start-up is removed (storage's LogManager), where Kafka resumes it.
 */
import type { LogManager, PartitionLog } from '@samsa/storage';
import type { Logger } from 'pino';
import type { ReplicaPartition } from './replica-partition';

/** Bytes copied per turn of the event loop (Kafka's replica.fetch.max.bytes is 1 MiB per fetch). */
const COPY_BYTES_PER_TURN = 4 * 1024 * 1024;
/** Bytes per read of the current log. */
const READ_BYTES = 1024 * 1024;

interface Move {
  readonly p: ReplicaPartition;
  readonly nodeId: number;
  readonly logDir: string;
  readonly logs: LogManager;
  source: PartitionLog;
  future: PartitionLog | null;
  truncations: number;
}

export interface LogDirMoverHost {
  readonly logger: Logger;
  logsOf(nodeId: number): LogManager;
  /** replica.alter.log.dirs.io.max.bytes.per.second of broker `nodeId` (Infinity: no bound), read at every turn. */
  bytesPerSecond(nodeId: number): number;
}

/** A replica's future log while it moves: where, and how far behind the current log it is (DescribeLogDirs). */
export interface FutureReplica {
  readonly log: PartitionLog;
  readonly offsetLag: number;
}

export class LogDirMover {
  readonly #host: LogDirMoverHost;
  readonly #moves = new Map<string, Move>();
  #closed = false;

  constructor(host: LogDirMoverHost) {
    this.#host = host;
  }

  /**
   * Moves the replica of `p` on `nodeId` to `logDir` (one of that identity's log dirs). A move to another dir already
   * running is cancelled first (Partition.futureReplicaDirChanged); one to the same dir goes on. Nothing happens when
   * the replica is already there. Throws the storage error when the future log cannot be created.
   */
  move(p: ReplicaPartition, nodeId: number, logDir: string): void {
    const r = p.replicas.get(nodeId);
    if (r === undefined) return;
    const key = keyOf(p.name, nodeId);
    const running = this.#moves.get(key);
    if (running?.logDir === logDir) return;
    if (running) this.#abandon(running, 'the replica is to move to another log dir');
    const logs = this.#host.logsOf(nodeId);
    if (logs.logDirOf(r.log) === logDir) return;
    const m: Move = { p, nodeId, logDir, logs, source: r.log, future: null, truncations: r.log.truncationCount };
    m.future = logs.createFutureLog(r.log, logDir);
    this.#moves.set(key, m);
    this.#host.logger.info(
      { partition: p.name, nodeId, from: logs.logDirOf(r.log), to: logDir },
      'replica log move started',
    );
    this.#schedule(m, 0);
  }

  /** The future log of the replica of partition `name` on `nodeId` while it moves. */
  future(name: string, nodeId: number): FutureReplica | undefined {
    const m = this.#moves.get(keyOf(name, nodeId));
    if (!m?.future) return undefined;
    return { log: m.future, offsetLag: Math.max(0, m.source.logEndOffset - m.future.logEndOffset) };
  }

  /** Whether any move is running (tests wait on it). */
  get moving(): number {
    return this.#moves.size;
  }

  /** Stops every move; their future logs go (the broker is stopping). */
  close(): void {
    this.#closed = true;
    for (const m of [...this.#moves.values()]) this.#abandon(m, 'the broker is stopping');
  }

  #schedule(m: Move, delayMs: number): void {
    if (delayMs <= 0) setImmediate(() => this.#step(m));
    else setTimeout(() => this.#step(m), delayMs).unref();
  }

  #abandon(m: Move, why: string): void {
    this.#moves.delete(keyOf(m.p.name, m.nodeId));
    if (m.future === null) return;
    const future = m.future;
    m.future = null;
    try {
      m.logs.abandonFuture(future);
    } catch (err) {
      this.#host.logger.warn({ err, path: future.dir }, 'removing an abandoned future log failed');
    }
    this.#host.logger.info({ partition: m.p.name, nodeId: m.nodeId, to: m.logDir, why }, 'replica log move stopped');
  }

  #step(m: Move): void {
    if (this.#moves.get(keyOf(m.p.name, m.nodeId)) !== m || m.future === null) return;
    if (this.#closed || m.p.deleted) {
      this.#abandon(m, 'the partition is gone');
      return;
    }
    const r = m.p.replicas.get(m.nodeId);
    if (r === undefined || r.log !== m.source || m.source.closed) {
      this.#abandon(m, 'the replica log is gone');
      return;
    }
    try {
      if (m.source.truncationCount !== m.truncations || m.future.logEndOffset > m.source.logEndOffset) {
        // The current log was cut back: what was copied may have diverged, so the copy starts over.
        m.logs.abandonFuture(m.future);
        m.future = null;
        m.truncations = m.source.truncationCount;
        m.future = m.logs.createFutureLog(m.source, m.logDir);
      }
      const rate = this.#host.bytesPerSecond(m.nodeId);
      const budget = Math.max(1, Math.min(COPY_BYTES_PER_TURN, rate / 10));
      const sizeBefore = m.future.size;
      if (this.#copy(m.source, m.future, budget)) {
        // An epoch begun with no batch yet (a new leader's) is in the current log's history alone.
        for (const e of m.source.leaderEpochs.entries) m.future.leaderEpochs.assign(e.epoch, e.startOffset);
        const log = m.logs.promoteFuture(m.source, m.future);
        m.future = null;
        this.#moves.delete(keyOf(m.p.name, m.nodeId));
        m.p.replaceLog(m.nodeId, log);
        this.#host.logger.info(
          { partition: m.p.name, nodeId: m.nodeId, logDir: m.logDir, logEndOffset: log.logEndOffset },
          'replica log moved',
        );
        return;
      }
      const copied = Math.max(0, m.future.size - sizeBefore);
      this.#schedule(m, Number.isFinite(rate) ? (copied * 1000) / rate : 0);
    } catch (err) {
      this.#host.logger.error({ err, partition: m.p.name, nodeId: m.nodeId, to: m.logDir }, 'replica log move failed');
      this.#abandon(m, 'copying failed');
    }
  }

  /** Copies about `budget` bytes (whole batches, at least one); true when the future log holds every offset of the current one. */
  #copy(from: PartitionLog, to: PartitionLog, budget: number): boolean {
    if (to.logEndOffset === to.logStartOffset && to.size === 0 && to.logEndOffset < from.logStartOffset) {
      // The current log starts past 0: the copy starts where its first batch does (which may hold offsets below
      // the log start offset, as after DeleteRecords inside a batch).
      const { records } = from.read(from.logStartOffset, 1, { minOneBatch: true });
      const first = records[0];
      to.startAt(first === undefined ? from.logStartOffset : Number(first.readBigInt64BE(0)));
    }
    while (budget > 0 && to.logEndOffset < from.logEndOffset) {
      const { records } = from.read(Math.max(to.logEndOffset, from.logStartOffset), Math.min(READ_BYTES, budget), {
        minOneBatch: true,
      });
      if (records.length === 0) break;
      for (const buf of records) {
        to.appendAsFollower(buf);
        budget -= buf.length;
      }
    }
    return to.logEndOffset === from.logEndOffset;
  }
}

function keyOf(name: string, nodeId: number): string {
  return `${name}@${nodeId}`;
}
