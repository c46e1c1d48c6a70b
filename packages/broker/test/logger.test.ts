// Start-up logs: a fresh data dir starts without warnings, a restart of a disk broker with 4 user partitions and
// 50 `__consumer_offsets` partitions stays within a handful of info lines (the per-partition lines are debug), and
// only logs left without the clean-shutdown marker warn. SAMSA_LOG_LEVEL still sets the default logger's level.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { ErrorCode, OffsetCommitApi, OffsetFetchApi } from '@samsa/protocol';
import { createLogger, startBroker, type RunningBroker } from '../src/index';
import { createTopic, findCoordinator } from './helpers/groups';
import { WireClient } from './helpers/wire-client';

interface Line {
  readonly level: number;
  readonly msg: string;
}

const WARN = 40;

function capture(level: string): { logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const text of String(chunk).split('\n')) if (text) lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('start-up logs of a disk broker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-logs-'));
  const config = { listeners: 'PLAINTEXT://127.0.0.1:0', 'log.dirs': dir };
  let broker: RunningBroker | null = null;

  async function restart(level: string): Promise<Line[]> {
    await broker?.stop();
    const { logger, lines } = capture(level);
    broker = await startBroker(config, { logger });
    await until(() => lines.some((l) => l.msg === 'coordinator partitions loaded'), 'the offsets partitions to load');
    return lines;
  }

  afterAll(async () => {
    await broker?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts on a new data dir without a warning', async () => {
    const { logger, lines } = capture('info');
    broker = await startBroker(config, { logger });
    expect(lines.map((l) => l.msg)).toContain('broker started');
    expect(lines.filter((l) => l.level >= WARN)).toEqual([]);

    const client = await WireClient.connect(broker.port);
    await createTopic(client, 'four', 4);
    // A committed offset needs __consumer_offsets (50 partitions by default): FindCoordinator creates it.
    await findCoordinator(client, 'quiet');
    await until(
      () => broker?.groups.service.status(broker.groups.service.partitionFor('quiet')) === 'active',
      'the group partition to load',
    );
    const committed = await client.request(OffsetCommitApi, 8, {
      groupId: 'quiet',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      groupInstanceId: null,
      topics: [
        {
          name: 'four',
          partitions: [{ partitionIndex: 2, committedOffset: 0, committedLeaderEpoch: -1, committedMetadata: null }],
        },
      ],
    });
    expect(committed.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.NONE);
    client.destroy();
    expect(broker.cluster.topicByName('__consumer_offsets')?.partitions).toHaveLength(50);
    expect(lines.filter((l) => l.level >= WARN)).toEqual([]);
  });

  it('restarts with at most 10 lines at info and none at warn', async () => {
    const lines = await restart('info');
    const client = await WireClient.connect((broker as RunningBroker).port);
    // The restart really loaded the logs: the committed offset is back.
    const fetched = await client.request(OffsetFetchApi, 5, { groupId: 'quiet', topics: null });
    expect(fetched.topics).toEqual([
      { name: 'four', partitions: [expect.objectContaining({ partitionIndex: 2, committedOffset: 0, errorCode: 0 })] },
    ]);
    client.destroy();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(lines.filter((l) => l.level >= WARN)).toEqual([]);
  });

  it('keeps the per-partition lines at debug', async () => {
    const lines = await restart('debug');
    expect(lines.filter((l) => l.msg === 'loaded partition log')).toHaveLength(54);
    expect(lines.filter((l) => l.msg === 'coordinator partition loaded')).toHaveLength(50);
  });

  it('warns once when the logs were left without a clean-shutdown marker', async () => {
    await (broker as RunningBroker).stop();
    rmSync(join(dir, '.kafka_cleanshutdown'));
    broker = null;
    const lines = await restart('info');
    expect(lines.filter((l) => l.level >= WARN)).toEqual([
      expect.objectContaining({
        level: WARN,
        msg: 'no clean shutdown marker; recovering unflushed segments',
        partitions: 54,
      }),
    ]);
  });
});

describe('createLogger', () => {
  const saved = process.env['SAMSA_LOG_LEVEL'];
  afterEach(() => {
    if (saved === undefined) delete process.env['SAMSA_LOG_LEVEL'];
    else process.env['SAMSA_LOG_LEVEL'] = saved;
  });

  it('takes its level from SAMSA_LOG_LEVEL, info otherwise', () => {
    delete process.env['SAMSA_LOG_LEVEL'];
    expect(createLogger().level).toBe('info');
    process.env['SAMSA_LOG_LEVEL'] = 'debug';
    const debug = createLogger();
    expect(debug.level).toBe('debug');
    expect(debug.isLevelEnabled('debug')).toBe(true);
    process.env['SAMSA_LOG_LEVEL'] = 'warn';
    expect(createLogger().isLevelEnabled('info')).toBe(false);
  });
});
