// Opening partition logs in tests, and reading a whole log back batch by batch.
import { join } from 'node:path';
import type { Logger } from 'pino';
import { BatchHeaderView, RecordIterator } from '@samsa/protocol';
import { PartitionLog, resolveLogConfig, type SegmentIO, type TopicConfigOverrides } from '../../src';
import { silentLogger } from './backends';

export interface OpenOpts {
  config?: TopicConfigOverrides;
  clean?: boolean;
  clock?: () => number;
  recoveryPoint?: number;
  /** As a log manager passes them from its checkpoints. */
  logStartOffset?: number;
  highWatermark?: number;
  logger?: Logger;
}

export const partitionDir = (root: string): string => join(root, 't-0');

export function openLog(io: SegmentIO, root: string, o: OpenOpts = {}): PartitionLog {
  return PartitionLog.open({
    io,
    dir: partitionDir(root),
    topic: 't',
    partition: 0,
    config: resolveLogConfig(o.config ?? {}),
    logger: o.logger ?? silentLogger,
    cleanShutdown: o.clean ?? true,
    recoveryPoint: o.recoveryPoint ?? 0,
    logStartOffset: o.logStartOffset,
    highWatermark: o.highWatermark,
    clock: o.clock,
  });
}

/** Splits record views into individual batch copies. */
export function splitBatches(views: readonly Buffer[]): Buffer[] {
  const out: Buffer[] = [];
  const h = new BatchHeaderView();
  for (const v of views) {
    let off = 0;
    while (off < v.length) {
      const size = h.at(v, off).sizeInBytes;
      out.push(Buffer.from(v.subarray(off, off + size)));
      off += size;
    }
  }
  return out;
}

/** Every batch from the log start to the log end, via repeated reads. */
export function readAll(log: PartitionLog, maxBytes = 1 << 20): Buffer[] {
  const out: Buffer[] = [];
  let offset: number = log.logStartOffset;
  const h = new BatchHeaderView();
  while (offset < log.logEndOffset) {
    const batches = splitBatches(log.read(offset, maxBytes).records);
    if (batches.length === 0) throw new Error(`no progress at offset ${offset}`);
    out.push(...batches);
    offset = h.at(batches[batches.length - 1], 0).lastOffset + 1;
  }
  return out;
}

/** (offset, timestamp) of every record of uncompressed batches. */
export function recordTimestamps(batches: readonly Buffer[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const b of batches) {
    const it = new RecordIterator(b, 0);
    while (it.next()) out.push([it.record.offset, it.record.timestamp]);
  }
  return out;
}

/** Byte-exact comparison of batch lists (jest's deep equality on large Buffers is very slow). */
export function expectBatches(actual: readonly Buffer[], expected: readonly Buffer[]): void {
  expect(actual.length).toBe(expected.length);
  const firstDiff = actual.findIndex((b, i) => !b.equals(expected[i]));
  expect(firstDiff).toBe(-1);
}
