// Durability across a clean restart, seen by kcat: 100 000 records (half
// uncompressed, half lz4) are produced to the CLI broker, the broker is stopped
// with SIGTERM, a new broker process starts on the same data directory, and kcat
// reads every record back in offset order; producing then continues at the next
// offset.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { kcat, kcatConsume } from '../helpers/kcat';

// 100k records through two broker processes: allow two minutes.
jest.setTimeout(120_000);

const TOTAL = 100_000;
const HALF = TOTAL / 2;
const line = (i: number): string => `record-${String(i).padStart(6, '0')}`;

describeWithClient('kcat', 'kcat against a broker restarted on the same data directory', () => {
  let dataDir: string;
  let broker: TestBroker | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'samsa-restart-'));
  });

  afterAll(async () => {
    await broker?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test(`produce-consume: serves all ${TOTAL} records produced before a clean stop, in order, and appends after them`, async () => {
    broker = await startTestBroker({ dataDir });
    const produce = (from: number, to: number, ...flags: string[]): Promise<string> => {
      const lines: string[] = [];
      for (let i = from; i < to; i++) lines.push(line(i));
      return kcat(
        ['-b', (broker as TestBroker).bootstrap, '-P', '-t', 'restart', '-p', '0', ...flags],
        `${lines.join('\n')}\n`,
        60_000,
      );
    };
    await produce(0, HALF);
    await produce(HALF, TOTAL, '-z', 'lz4');
    const before = await kcat(['-b', broker.bootstrap, '-Q', '-t', `restart:0:-1`]);
    expect(before).toContain(`restart [0] offset ${TOTAL}`);

    await broker.stop();
    broker = await startTestBroker({ dataDir });

    const out = await kcat(
      ['-b', broker.bootstrap, '-C', '-t', 'restart', '-p', '0', '-o', 'beginning', '-e', '-q', '-f', '%o %s\n'],
      undefined,
      60_000,
    );
    const lines = out.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(TOTAL);
    // Compare all 100k without a 100k-line diff on failure: report the first mismatch only.
    const firstWrong = lines.findIndex((l, i) => l !== `${i} ${line(i)}`);
    expect(firstWrong === -1 ? 'all in order' : `offset ${firstWrong}: ${lines[firstWrong]}`).toBe('all in order');

    await kcat(['-b', broker.bootstrap, '-P', '-t', 'restart', '-p', '0'], 'after restart\n');
    const tail = await kcatConsume(broker.bootstrap, 'restart', 0, String(TOTAL - 1));
    expect(tail.map((r) => [r.offset, r.value?.toString()])).toEqual([
      [TOTAL - 1, line(TOTAL - 1)],
      [TOTAL, 'after restart'],
    ]);
  });
});
