import { MemoryCoordinatorLog } from '../../src/runtime/coordinator-log';
import { CoordinatorError } from '../../src/runtime/errors';
import { CoordinatorRuntime, type CoordinatorShard, type RecordSerde, type ShardContext } from '../../src/runtime/runtime';
import { ManualScheduler } from '../../src/runtime/scheduler';
import { MemoryLogs, silent } from '../helpers/harness';

/** A counter shard: records are numbers added to a total. */
class CounterShard implements CoordinatorShard<number> {
  total = 0;
  loaded = false;
  unloaded = false;
  readonly ctx: ShardContext<number>;
  constructor(ctx: ShardContext<number>) {
    this.ctx = ctx;
  }
  replay(n: number): void {
    this.total += n;
  }
  onLoaded(): void {
    this.loaded = true;
  }
  onUnloaded(): void {
    this.unloaded = true;
  }
}

const serde: RecordSerde<number> = {
  serialize: (records) => Buffer.from(JSON.stringify(records)),
  deserialize: (batch) => JSON.parse(batch.toString()) as number[],
};

function runtime(logs = new MemoryLogs(), loadChunkBatches?: number) {
  const scheduler = new ManualScheduler();
  const shards: CounterShard[] = [];
  const rt = new CoordinatorRuntime<CounterShard, number>({
    serde,
    logs,
    scheduler,
    logger: silent,
    loadChunkBatches,
    createShard: (ctx) => {
      const s = new CounterShard(ctx);
      shards.push(s);
      return s;
    },
  });
  return { rt, scheduler, shards, logs };
}

describe('CoordinatorRuntime', () => {
  it('appends the records of a write as one batch, replays them, then answers', async () => {
    const { rt, logs } = runtime();
    await rt.load([0]);
    expect(rt.write(0, () => ({ records: [1, 2, 3], response: 'ok' }))).toBe('ok');
    expect(rt.read(0, (s) => s.total)).toBe(6);
    expect([...logs.logs.get(0)!.batches()].map((b) => b.toString())).toEqual(['[1,2,3]']);
  });

  it('does not replay records of results that mutate state themselves, and reports the append', async () => {
    const { rt } = runtime();
    await rt.load([0]);
    const seen: (Error | null)[] = [];
    rt.write(0, () => ({ records: [5], response: undefined, replay: false, appended: (e) => seen.push(e) }));
    expect(rt.read(0, (s) => s.total)).toBe(0);
    expect(seen).toEqual([null]);
  });

  it('a failed append leaves replayed state untouched and throws the mapped error', async () => {
    const { rt, logs } = runtime();
    await rt.load([0]);
    rt.write(0, () => ({ records: [1], response: undefined }));
    logs.logs.get(0)!.failNextAppend(Object.assign(new Error('EIO'), { kafkaErrorName: 'KAFKA_STORAGE_ERROR' }));
    expect(() => rt.write(0, () => ({ records: [100], response: undefined }))).toThrow(expect.objectContaining({ kafkaErrorName: 'NOT_COORDINATOR' }));
    expect(rt.read(0, (s) => s.total)).toBe(1);
  });

  it('a failed append of in-place state changes reloads the shard from its log', async () => {
    const { rt, logs, shards } = runtime();
    await rt.load([0]);
    rt.write(0, () => ({ records: [7], response: undefined }));
    shards[0]!.total = 999; // a change the log does not hold
    logs.logs.get(0)!.failNextAppend(new Error('boom'));
    expect(() => rt.write(0, () => ({ records: [1], response: undefined, replay: false }))).toThrow(CoordinatorError);
    expect(shards[0]!.unloaded).toBe(true);
    expect(rt.read(0, (s) => s.total)).toBe(7);
  });

  it('answers COORDINATOR_LOAD_IN_PROGRESS while a partition replays, then serves the replayed state', async () => {
    const logs = new MemoryLogs();
    const log = logs.open(3);
    for (let i = 1; i <= 10; i++) log.append(serde.serialize([i], 0));
    const { rt } = runtime(logs, 2);
    const loading = rt.load([3]);
    expect(rt.status(3)).toBe('loading');
    expect(() => rt.read(3, (s) => s.total)).toThrow(expect.objectContaining({ kafkaErrorName: 'COORDINATOR_LOAD_IN_PROGRESS' }));
    await loading;
    expect(rt.status(3)).toBe('active');
    expect(rt.read(3, (s) => [s.total, s.loaded])).toEqual([55, true]);
  });

  it('a partition whose log does not replay is unavailable (COORDINATOR_NOT_AVAILABLE)', async () => {
    const logs = new MemoryLogs();
    logs.open(1).append(Buffer.from('not json'));
    const { rt } = runtime(logs);
    await rt.load([1]);
    expect(rt.status(1)).toBe('failed');
    expect(() => rt.write(1, () => ({ records: [], response: 0 }))).toThrow(expect.objectContaining({ kafkaErrorName: 'COORDINATOR_NOT_AVAILABLE' }));
  });

  it('runs timer operations through the log; rescheduling a key replaces it; close cancels timers', async () => {
    const { rt, scheduler, shards } = runtime();
    await rt.load([0]);
    const timer = shards[0]!.ctx.timer;
    timer.schedule('a', 100, () => ({ records: [1], response: undefined }));
    timer.schedule('a', 200, () => ({ records: [10], response: undefined }));
    timer.schedule('b', 50, () => ({ records: [100], response: undefined }));
    scheduler.advance(100);
    expect(rt.read(0, (s) => s.total)).toBe(100);
    scheduler.advance(100);
    expect(rt.read(0, (s) => s.total)).toBe(110);
    timer.schedule('c', 10, () => ({ records: [1000], response: undefined }));
    rt.close();
    scheduler.advance(10);
    expect(shards[0]!.total).toBe(110);
    expect(shards[0]!.unloaded).toBe(true);
    expect(() => rt.read(0, (s) => s.total)).toThrow(expect.objectContaining({ kafkaErrorName: 'NOT_COORDINATOR' }));
  });
});

describe('MemoryCoordinatorLog', () => {
  it('keeps copies of appended batches', () => {
    const log = new MemoryCoordinatorLog();
    const b = Buffer.from('abc');
    log.append(b);
    b[0] = 0;
    expect([...log.batches()].map((x) => x.toString())).toEqual(['abc']);
  });
});
