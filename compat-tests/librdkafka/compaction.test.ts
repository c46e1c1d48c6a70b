// kcat 1.7.1 and confluent-kafka-python 1.7.0 (librdkafka 2.0.2) against compacted topics on a samsa child process,
// compaction run through the admin endpoint (POST /v1/topics/{t}/compact): each client produces keyed updates and
// tombstones (kcat -K: -Z, a value-less line being a tombstone; the Python Producer with value None), and after a pass
// reads back one record per key, the latest, at its original offset (the tombstone kept by the first pass, gone after
// the next with delete.retention.ms=0).
import { connectAdmin } from '../helpers/kafkajs-admin';
import { describeWithClients } from '../helpers/clients';
import { startTestCluster, type TestCluster } from '../helpers/cluster';
import { kcat, kcatConsume } from '../helpers/kcat';
import { confluentPython } from '../helpers/python-clients';
import type { TestRecord } from '../helpers/records';

jest.setTimeout(120_000);

describeWithClients(
  ['kcat', 'confluent-kafka-python'],
  'kcat and confluent-kafka-python against compacted topics',
  () => {
    let cluster: TestCluster;
    let bootstrap: string;
    beforeAll(async () => {
      cluster = await startTestCluster();
      bootstrap = cluster.bootstrapServers;
      const admin = await connectAdmin('compat-compaction-setup', [bootstrap]);
      await admin.createTopics({
        topics: ['kcat-compact', 'cpy-compact'].map((topic) => ({
          topic,
          numPartitions: 1,
          configEntries: [
            { name: 'cleanup.policy', value: 'compact' },
            { name: 'delete.retention.ms', value: '0' },
          ],
        })),
        waitForLeaders: true,
      });
      await admin.disconnect();
    });
    afterAll(async () => cluster?.stop());

    test('compaction: kcat: keyed updates and a tombstone, compacted, read back one record per key at its offset', async () => {
      const lines = [];
      for (let round = 0; round < 3; round++) for (const k of ['red', 'green', 'blue']) lines.push(`${k}:${k}${round}`);
      lines.push('green:');
      await kcat(['-b', bootstrap, '-P', '-t', 'kcat-compact', '-p', '0', '-K:', '-Z'], `${lines.join('\n')}\n`);
      const before = await kcatConsume(bootstrap, 'kcat-compact', 0, 'beginning');
      expect(before).toHaveLength(10);
      expect(before[9]).toMatchObject({ offset: 9, value: null });

      const [result] = await cluster.control.compact('kcat-compact');
      expect(result).toMatchObject({ recordsRead: 10, recordsRemoved: 7 });
      const after = await kcatConsume(bootstrap, 'kcat-compact', 0, 'beginning');
      expect(after.map((r) => [r.offset, r.key?.toString(), r.value?.toString() ?? null])).toEqual([
        [6, 'red', 'red2'],
        [8, 'blue', 'blue2'],
        [9, 'green', null],
      ]);
      await cluster.control.compact('kcat-compact');
      const live = await kcatConsume(bootstrap, 'kcat-compact', 0, 'beginning');
      expect(live.map((r) => [r.offset, r.key?.toString(), r.value?.toString()])).toEqual([
        [6, 'red', 'red2'],
        [8, 'blue', 'blue2'],
      ]);
    });

    test('compaction: confluent-kafka-python: keyed updates and a tombstone, compacted, read back one record per key at its offset', async () => {
      const records: TestRecord[] = [];
      for (let round = 0; round < 3; round++) {
        for (const k of ['x', 'y', 'z'])
          records.push({
            key: Buffer.from(k),
            value: Buffer.from(`${k}${round}`),
            headers: [['round', Buffer.from(String(round))]],
            timestamp: 1_700_000_000_000 + round,
            partition: 0,
          });
      }
      records.push({ key: Buffer.from('x'), value: null, headers: [], timestamp: 1_700_000_000_009, partition: 0 });
      const delivered = await confluentPython.produce(bootstrap, 'cpy-compact', records);
      expect(delivered.map((d) => d.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

      const [result] = await cluster.control.compact('cpy-compact');
      expect(result).toMatchObject({ recordsRead: 10, recordsRemoved: 7 });
      const { records: read, errors } = await confluentPython.consume(bootstrap, 'cpy-compact', 0, 'beginning', 3);
      expect(errors).toEqual([]);
      expect(
        read.map((r) => [r.offset, r.key?.toString(), r.value?.toString() ?? null, r.timestamp, r.headers.length]),
      ).toEqual([
        [7, 'y', 'y2', 1_700_000_000_002, 1],
        [8, 'z', 'z2', 1_700_000_000_002, 1],
        [9, 'x', null, 1_700_000_000_009, 0],
      ]);
      await cluster.control.compact('cpy-compact');
      const live = await confluentPython.consume(bootstrap, 'cpy-compact', 0, 'beginning', 2);
      expect(live.records.map((r) => [r.offset, r.key?.toString()])).toEqual([
        [7, 'y'],
        [8, 'z'],
      ]);
    });
  },
);
