// Kafka's offset checkpoint text format (recovery-point-offset-checkpoint,
// log-start-offset-checkpoint, replication-offset-checkpoint, cleaner-offset-checkpoint), one per log dir:
//
//   0                      version
//   2                      number of entries
//   my-topic 0 1234        topic, partition, offset (space separated)
//   my-topic 1 88
//
// Written atomically (temporary file, fsync, rename). An unreadable file counts as empty, so a
// damaged checkpoint costs a longer recovery, never a failed start.

import { join } from 'node:path';
import type { SegmentIO } from './io/segment-io';

export const RECOVERY_POINT_CHECKPOINT = 'recovery-point-offset-checkpoint';
export const LOG_START_OFFSET_CHECKPOINT = 'log-start-offset-checkpoint';
export const REPLICATION_OFFSET_CHECKPOINT = 'replication-offset-checkpoint';
/** The log cleaner's first dirty offset of each compacted partition (LogCleanerManager.OFFSET_CHECKPOINT_FILE). */
export const CLEANER_OFFSET_CHECKPOINT = 'cleaner-offset-checkpoint';
export const CLEAN_SHUTDOWN_FILE = '.kafka_cleanshutdown';

export type CheckpointEntries = Map<string, number>;

export const partitionKey = (topic: string, partition: number): string => `${topic} ${partition}`;

export function readCheckpoint(io: SegmentIO, dir: string, name: string): CheckpointEntries {
  const out: CheckpointEntries = new Map();
  const raw = io.readFile(join(dir, name));
  if (!raw) return out;
  const lines = raw
    .toString('utf8')
    .split('\n')
    .filter((l) => l.length > 0);
  if (lines[0] !== '0') return out;
  const count = Number(lines[1]);
  if (!Number.isInteger(count) || count !== lines.length - 2) return out;
  for (const line of lines.slice(2)) {
    const parts = line.split(' ');
    if (parts.length !== 3) return new Map();
    const [topic, p, o] = parts;
    const partition = Number(p);
    const offset = Number(o);
    if (!Number.isInteger(partition) || !Number.isSafeInteger(offset)) return new Map();
    out.set(partitionKey(topic, partition), offset);
  }
  return out;
}

export function writeCheckpoint(io: SegmentIO, dir: string, name: string, entries: CheckpointEntries): void {
  const lines = ['0', String(entries.size)];
  for (const [key, offset] of entries) lines.push(`${key} ${offset}`);
  io.writeFileAtomic(join(dir, name), Buffer.from(`${lines.join('\n')}\n`));
}
