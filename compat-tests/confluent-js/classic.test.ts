// @confluentinc/kafka-javascript 1.10.1 (librdkafka 2.15.1) through its classic API (node-rdkafka's), driven by
// ../node-rdkafka/js/driver.js in child processes: the classic-API suite in ../helpers/classic-suite.ts, then the
// AdminClient operations only this client has (groups, offsets, topics, records).
import type { Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { describeClassicSuite } from '../helpers/classic-suite';
import { ckjsClassic } from '../helpers/node-clients';

jest.setTimeout(120_000);

interface ListedGroups {
  readonly errors: unknown[];
  readonly groups: Array<{ groupId: string; protocolType: string; state: number; isSimpleConsumerGroup: boolean }>;
}

describeWithClient(
  'confluent-kafka-javascript',
  '@confluentinc/kafka-javascript classic API (librdkafka 2.15) against samsa',
  () => {
    describeClassicSuite(ckjsClassic, { binaryHeaderValues: true }, 'ckjs');

    describe('AdminClient group, offset and topic operations', () => {
      let broker: TestBroker;
      let admin: Admin;
      const ask = <T>(operation: string, args: unknown): Promise<T> =>
        ckjsClassic.admin<T>(broker.bootstrap, operation, args);

      beforeAll(async () => {
        broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
        admin = await connectAdmin('ckjs-admin-setup', [broker.bootstrap]);
        await admin.createTopics({ topics: [{ topic: 'ckjs-adm', numPartitions: 2 }] });
        const base = 1_690_000_000_000;
        await ckjsClassic.produce(
          broker.bootstrap,
          'ckjs-adm',
          [0, 1, 2, 3].map((i) => ({
            key: null,
            value: Buffer.from(`r${i}`),
            headers: [],
            timestamp: base + i * 10,
            partition: 0,
          })),
        );
        // An empty group with committed offsets: OffsetCommit with generation -1, as Kafka allows.
        await admin.setOffsets({
          groupId: 'ckjs-adm-g',
          topic: 'ckjs-adm',
          partitions: [
            { partition: 0, offset: '3' },
            { partition: 1, offset: '0' },
          ],
        });
      });

      afterAll(async () => {
        await admin?.disconnect();
        await broker?.stop();
      });

      test('admin: listTopics and describeTopics', async () => {
        expect(await ask<string[]>('list-topics', {})).toContain('ckjs-adm');
        const [described] = await ask<
          Array<{
            name: string;
            isInternal: boolean;
            partitions: Array<{ partition: number; leader: { host: string; port: number } }>;
          }>
        >('describe-topics', { topics: ['ckjs-adm'] });
        expect(described?.name).toBe('ckjs-adm');
        expect(described?.isInternal).toBe(false);
        expect(described?.partitions.map((p) => [p.partition, p.leader.host, p.leader.port])).toEqual(
          [0, 1].map((p) => [p, broker.host, broker.port]),
        );
      });

      test('admin: listGroups, describeGroups, listConsumerGroupOffsets, deleteGroups', async () => {
        const listed = await ask<ListedGroups>('list-groups', {});
        expect(listed.errors).toEqual([]);
        // state 5 is ConsumerGroupState EMPTY.
        expect(listed.groups.find((g) => g.groupId === 'ckjs-adm-g')).toEqual(
          expect.objectContaining({ protocolType: 'consumer', state: 5, isSimpleConsumerGroup: false }),
        );

        const described = await ask<{
          groups: Array<{
            groupId: string;
            members: unknown[];
            state: number;
            coordinator: { host: string; port: number };
          }>;
        }>('describe-groups', { groups: ['ckjs-adm-g'] });
        expect(
          described.groups.map((g) => [g.groupId, g.members, g.state, g.coordinator.host, g.coordinator.port]),
        ).toEqual([['ckjs-adm-g', [], 5, broker.host, broker.port]]);

        const offsets = await ask<
          Array<{ groupId: string; partitions: Array<{ topic: string; partition: number; offset: number }> }>
        >('list-group-offsets', { requests: [{ groupId: 'ckjs-adm-g' }] });
        expect(offsets[0]?.partitions.map((p) => [p.topic, p.partition, p.offset]).sort()).toEqual([
          ['ckjs-adm', 0, 3],
          ['ckjs-adm', 1, 0],
        ]);

        expect(await ask('delete-groups', { groups: ['ckjs-adm-g'] })).toEqual([
          { groupId: 'ckjs-adm-g', errorCode: 0 },
        ]);
        expect((await ask<ListedGroups>('list-groups', {})).groups.map((g) => g.groupId)).not.toContain('ckjs-adm-g');
      });

      test('offsets-by-time: listOffsets, earliest, latest, max timestamp and by timestamp', async () => {
        const base = 1_690_000_000_000;
        const lookup = (offset: unknown): Promise<Array<{ partition: number; offset: number; timestamp: number }>> =>
          ask('list-offsets', { partitions: [{ topic: 'ckjs-adm', partition: 0, offset }] });
        // OffsetSpec: -2 earliest, -1 latest, -3 the record with the largest timestamp (ListOffsets v7, KIP-734).
        expect((await lookup({ timestamp: -2 }))[0]?.offset).toBe(0);
        expect((await lookup({ timestamp: -1 }))[0]?.offset).toBe(4);
        expect((await lookup({ timestamp: -3 }))[0]).toEqual(
          expect.objectContaining({ offset: 3, timestamp: base + 30 }),
        );
        expect((await lookup({ timestamp: base + 15 }))[0]).toEqual(
          expect.objectContaining({ offset: 2, timestamp: base + 20 }),
        );
      });

      test('admin: deleteRecords moves the log start offset', async () => {
        const [result] = await ask<Array<{ lowWatermark: number; error?: unknown }>>('delete-records', {
          partitions: [{ topic: 'ckjs-adm', partition: 0, offset: 2 }],
        });
        expect(result?.error).toBeUndefined();
        expect(result?.lowWatermark).toBe(2);
        expect(await ckjsClassic.watermarks(broker.bootstrap, 'ckjs-adm', 0)).toEqual({ low: 2, high: 4 });
      });
    });
  },
);
