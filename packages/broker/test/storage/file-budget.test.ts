// samsa.max.open.files: derived at start-up from the open-file limit (raised to its hard value) unless set, logged in
// one line, and applied to storage, so a broker's descriptors stay within it however many partitions it holds.
import { readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { CreateTopicsApi, ErrorCode } from '@samsa/protocol';
import { defaultMaxOpenFiles } from '@samsa/storage';
import { ConfigError, loadBrokerConfig } from '../../src';
import { batchOf, produce } from '../helpers/records';
import { startTestBroker, tempDataDir, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

const BUDGET_LINE = 'storage open-file budget';

function softLimit(): number {
  const m = /^Max open files\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
  return m?.[1] === 'unlimited' ? Infinity : Number(m?.[1]);
}

function descriptorsUnder(root: string): number {
  let n = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`).startsWith(`${root}/`)) n++;
    } catch {
      // closed meanwhile
    }
  }
  return n;
}

describe('samsa.max.open.files', () => {
  let tb: TestBroker | null = null;
  afterEach(async () => {
    await tb?.dispose();
    tb = null;
  });

  it('defaults to 3/4 of the (raised) open-file limit less a reserve, and says so in one line', async () => {
    tb = await startTestBroker();
    const lines = tb.logs.filter((l) => l.msg === BUDGET_LINE);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      maxOpenFiles: defaultMaxOpenFiles(softLimit()),
      from: 'open-file limit',
    });
    expect(tb.broker.replicas.openHandles().budget).toBe(defaultMaxOpenFiles(softLimit()));
  });

  it('takes a configured budget, and refuses one too small to work with', async () => {
    expect(() => loadBrokerConfig({ 'samsa.max.open.files': '4' })).toThrow(ConfigError);
    tb = await startTestBroker({ 'samsa.max.open.files': 100 });
    expect(tb.logs.find((l) => l.msg === BUDGET_LINE)).toMatchObject({
      maxOpenFiles: 100,
      from: 'samsa.max.open.files',
    });
    expect(tb.broker.replicas.openHandles().budget).toBe(100);
  });

  it('keeps the descriptors of 60 written partitions within a budget of 16', async () => {
    const dataDir = tempDataDir();
    tb = await startTestBroker({ 'samsa.max.open.files': 16 }, dataDir);
    const client = await WireClient.connect(tb.broker.port);
    try {
      const [created] = (
        await client.request(CreateTopicsApi, 7, {
          topics: [{ name: 'wide', numPartitions: 60, replicationFactor: 1, assignments: [], configs: [] }],
          timeoutMs: 1000,
          validateOnly: false,
        })
      ).topics;
      expect(created!.errorCode).toBe(ErrorCode.NONE);
      for (let round = 0; round < 2; round++) {
        const res = await produce(
          client,
          9,
          'wide',
          Array.from({ length: 60 }, (_, index) => ({ index, records: batchOf([`r${round}`]) })),
        );
        expect(res.responses[0]!.partitionResponses.every((p) => p.errorCode === ErrorCode.NONE)).toBe(true);
        expect(descriptorsUnder(dataDir)).toBeLessThanOrEqual(16);
      }
      const handles = tb.broker.replicas.openHandles();
      expect(handles.peak).toBeLessThanOrEqual(16);
      expect(handles.evictions).toBeGreaterThan(60);
    } finally {
      client.destroy();
      await tb.stop();
      tb = null;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
