// Reading while retention deletes segments, on every backend. Consumers hold views returned by
// earlier reads while retention.bytes, retention.ms and DeleteRecords delete (and unlink at once)
// the segments under them, and appends and rolls go on: every view keeps the bytes it was given,
// a consumer that falls below the log start gets OFFSET_OUT_OF_RANGE and resumes from the log
// start, and whatever it reads is exactly what was appended at those offsets.
import { BatchHeaderView } from '@samsa/protocol';
import { OffsetOutOfRangeError, type PartitionLog } from '../src';
import { backends, withNativeCrc } from './helpers/backends';
import { randInt, randomBatch } from './helpers/batches';
import { openLog, splitBatches } from './helpers/log';
import { propertySeeds, withSeed } from './helpers/property';

const header = new BatchHeaderView();

describe.each(backends)('reading while retention deletes segments on $name', (backend) => {
  withNativeCrc();

  it.each(propertySeeds([31, 32, 33]))(
    'held views keep their bytes and consumers read only appended batches (seed %i)',
    (seed) =>
      withSeed(seed, (rng) => {
        const { io, root, cleanup } = backend.make();
        try {
          const log: PartitionLog = openLog(io, root, {
            // At least the largest batch this test builds (6 records of up to 700 bytes, about 4.5 KB).
            config: {
              'segment.bytes': randInt(rng, 5_000, 12_000),
              'index.interval.bytes': 256,
              'file.delete.delay.ms': 0,
              'retention.ms': -1,
            },
          });
          /** Stored bytes by base offset. */
          const appended = new Map<number, Buffer>();
          const held: Array<{ view: Buffer; copy: Buffer }> = [];
          const consumers = [0, 0, 0];
          let t = 1_000_000;
          let deletedSegments = 0;
          for (let step = 0; step < 400; step++) {
            const op = rng();
            if (op < 0.45) {
              const b = randomBatch(rng, (t += 20), randInt(rng, 1, 6), randInt(rng, 10, 700));
              const { baseOffset } = log.append(b, { leaderEpoch: 0 });
              appended.set(baseOffset, Buffer.from(b));
              log.setHighWatermark(log.logEndOffset);
            } else if (op < 0.8) {
              const c = randInt(rng, 0, consumers.length - 1);
              let offset = consumers[c];
              let records: Buffer[];
              try {
                records = log.read(offset, randInt(rng, 1, 5_000), { upTo: log.highWatermark }).records;
              } catch (err) {
                expect(err).toBeInstanceOf(OffsetOutOfRangeError);
                expect((err as OffsetOutOfRangeError).errorName).toBe('OFFSET_OUT_OF_RANGE');
                expect(offset).toBeLessThan(log.logStartOffset);
                consumers[c] = log.logStartOffset; // auto.offset.reset=earliest
                continue;
              }
              for (const view of records) {
                held.push({ view, copy: Buffer.from(view) });
                if (held.length > 200) held.splice(randInt(rng, 0, held.length - 1), 1);
              }
              for (const batch of splitBatches(records)) {
                const h = header.at(batch, 0);
                if (!batch.equals(appended.get(h.baseOffset)!) || h.lastOffset < offset) {
                  throw new Error(
                    `consumer ${c} at ${offset} read a batch at ${h.baseOffset} that is not the one appended there`,
                  );
                }
                offset = h.lastOffset + 1;
              }
              consumers[c] = offset;
            } else if (op < 0.9) {
              log.updateConfig({ ...log.config, retentionBytes: randInt(rng, 0, log.size) });
              deletedSegments += log.deleteOldSegments(t);
            } else if (op < 0.95) {
              deletedSegments += log.segmentCount;
              log.deleteRecordsBefore(randInt(rng, log.logStartOffset, log.highWatermark));
              deletedSegments -= log.segmentCount;
            } else {
              log.roll();
            }
            // Nothing a reader still holds has changed, whatever was deleted since.
            const changed = held.findIndex(({ view, copy }) => !view.equals(copy));
            if (changed >= 0) throw new Error(`held view ${changed} changed after step ${step}`);
          }
          expect(deletedSegments).toBeGreaterThan(3);
          // The files of deleted segments are gone; views of them still read.
          const first = Math.min(...held.map(({ view }) => header.at(view, 0).baseOffset));
          expect(first).toBeLessThan(log.logStartOffset);
          expect(() => log.read(first, 100)).toThrow(OffsetOutOfRangeError);
          log.close();
          for (const { view, copy } of held) expect(view.equals(copy)).toBe(true);
        } finally {
          cleanup();
        }
      }),
  );

  it('a view spanning a segment survives the segment being deleted, closed and its files removed', () => {
    const { io, root, cleanup } = backend.make();
    try {
      const log = openLog(io, root, { config: { 'segment.bytes': 4_000, 'file.delete.delay.ms': 0 } });
      for (let i = 0; i < 40; i++)
        log.append(
          randomBatch(() => 0.4, 1_000 + i),
          { leaderEpoch: 0 },
        );
      const [whole] = log.read(0, 1 << 20).records;
      const copy = Buffer.from(whole);
      log.setHighWatermark(log.logEndOffset);
      log.deleteRecordsBefore(log.segmentBaseOffsets()[2]);
      expect(log.segmentBaseOffsets()[0]).toBeGreaterThan(0);
      expect(io.readdir(log.dir).filter((n) => n.startsWith('00000000000000000000'))).toEqual([]);
      log.close();
      expect(whole.equals(copy)).toBe(true);
    } finally {
      cleanup();
    }
  });
});
