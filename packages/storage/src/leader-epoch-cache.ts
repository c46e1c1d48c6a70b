// A partition's leader epoch history (Kafka's LeaderEpochFileCache): for each leader epoch the first offset written
// in it, kept in `<topic>-<partition>/leader-epoch-checkpoint` and replaced atomically on every change. File format
// (Kafka's CheckpointFile, version 0), text lines:
//   0                      version
//   <n>                    number of entries
//   <epoch> <startOffset>  n lines, ascending in both epoch and start offset
//
// The history answers OffsetForLeaderEpoch and the follower's truncation check (KIP-101, KIP-279): an epoch ends
// where the next higher one starts, the latest one at the log end offset.

import { join } from 'node:path';
import { KafkaStorageError } from './errors';
import type { SegmentIO } from './io/segment-io';

export const LEADER_EPOCH_CHECKPOINT = 'leader-epoch-checkpoint';
/** LeaderEpochFileCache.UNDEFINED_EPOCH / UNDEFINED_EPOCH_OFFSET. */
export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

export interface EpochEntry {
  readonly epoch: number;
  readonly startOffset: number;
}

export class LeaderEpochCache {
  readonly #io: SegmentIO;
  readonly #path: string;
  #entries: EpochEntry[];

  constructor(io: SegmentIO, dir: string) {
    this.#io = io;
    this.#path = join(dir, LEADER_EPOCH_CHECKPOINT);
    this.#entries = parse(io.readFile(this.#path), this.#path);
  }

  get entries(): readonly EpochEntry[] {
    return this.#entries;
  }

  /** The latest epoch, or -1 when the history is empty. */
  get latestEpoch(): number {
    return this.#entries.length === 0 ? UNDEFINED_EPOCH : (this.#entries[this.#entries.length - 1] as EpochEntry).epoch;
  }

  /**
   * Records that `epoch` starts at `startOffset` (LeaderEpochFileCache.assign): ignored unless the epoch is newer
   * than the latest one; entries starting at or after `startOffset` are dropped first (they were truncated away).
   */
  assign(epoch: number, startOffset: number): void {
    if (epoch < 0 || epoch <= this.latestEpoch) return;
    const next = this.#entries.filter((e) => e.startOffset < startOffset);
    next.push({ epoch, startOffset });
    this.#replace(next);
  }

  /**
   * LeaderEpochFileCache.endOffsetFor: the latest epoch ends at the log end offset; an older one where the next
   * higher epoch starts (answered with the highest known epoch at or below it); an epoch newer than every known one,
   * or -1, has no end (-1, -1).
   */
  endOffsetFor(requestedEpoch: number, logEndOffset: number): { leaderEpoch: number; offset: number } {
    if (requestedEpoch === UNDEFINED_EPOCH) return { leaderEpoch: UNDEFINED_EPOCH, offset: UNDEFINED_EPOCH_OFFSET };
    if (this.#entries.length > 0 && this.latestEpoch === requestedEpoch)
      return { leaderEpoch: requestedEpoch, offset: logEndOffset };
    let floor: EpochEntry | undefined;
    let higher: EpochEntry | undefined;
    for (const e of this.#entries) {
      if (e.epoch <= requestedEpoch) floor = e;
      else {
        higher = e;
        break;
      }
    }
    if (higher === undefined) return { leaderEpoch: UNDEFINED_EPOCH, offset: UNDEFINED_EPOCH_OFFSET };
    return { leaderEpoch: floor === undefined ? requestedEpoch : floor.epoch, offset: higher.startOffset };
  }

  /** The log was truncated to `endOffset`: epochs starting at or after it are gone (truncateFromEnd). */
  truncateFromEnd(endOffset: number): void {
    const next = this.#entries.filter((e) => e.startOffset < endOffset);
    if (next.length !== this.#entries.length) this.#replace(next);
  }

  /** Writes the new history, then adopts it: a failed write leaves memory matching the file. */
  #replace(entries: EpochEntry[]): void {
    const lines = ['0', String(entries.length), ...entries.map((e) => `${e.epoch} ${e.startOffset}`)];
    this.#io.writeFileAtomic(this.#path, Buffer.from(`${lines.join('\n')}\n`));
    this.#entries = entries;
  }
}

function parse(data: Buffer | null, path: string): EpochEntry[] {
  if (data === null) return [];
  const lines = data
    .toString('utf8')
    .split('\n')
    .filter((l) => l.length > 0);
  const count = Number(lines[1]);
  if (lines[0] !== '0' || !Number.isInteger(count) || count < 0 || lines.length !== count + 2) {
    throw new KafkaStorageError(`${path} is not a version 0 leader epoch checkpoint`);
  }
  const entries: EpochEntry[] = [];
  for (const line of lines.slice(2)) {
    const [epoch, offset] = line.split(' ').map(Number);
    if (!Number.isSafeInteger(epoch) || !Number.isSafeInteger(offset))
      throw new KafkaStorageError(`${path}: bad entry '${line}'`);
    entries.push({ epoch: epoch as number, startOffset: offset as number });
  }
  return entries;
}
