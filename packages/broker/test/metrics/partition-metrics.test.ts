// Topic and partition metrics through /metrics: bytes in and out, records appended, log end offset and high
// watermark, after produce and fetch requests over the Kafka protocol.
import { ErrorCode } from '@samsa/protocol';
import { startCluster, type StartedCluster } from '../../src/index';
import { scrape } from '../helpers/metrics';
import { batchOf, fetch as fetchRecords, produceOne } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';

describe('partition metrics', () => {
  let c: StartedCluster;
  let client: WireClient;
  beforeAll(async () => {
    c = await startCluster({ admin: true });
    client = await WireClient.connect(c.brokers[0]!.port);
  });
  afterAll(async () => {
    client.destroy();
    await c.stop();
  });

  it("counts what is appended to and fetched from a topic, and shows each partition's offsets", async () => {
    c.broker.cluster.createTopic({
      name: 'flow',
      numPartitions: 3,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
    const first = batchOf(['a', 'b', 'c']);
    const second = batchOf(['d', 'e']);
    expect((await produceOne(client, 9, 'flow', 1, first)).errorCode).toBe(ErrorCode.NONE);
    expect((await produceOne(client, 9, 'flow', 1, second)).errorCode).toBe(ErrorCode.NONE);
    const fetched = await fetchRecords(client, 12, [{ topic: 'flow', partition: 1, offset: 0 }]);
    const records = fetched.responses[0]!.partitions[0]!.records as Buffer;
    expect(records.length).toBe(first.length + second.length);

    const m = await scrape(c.adminUrl as string);
    expect(m.value('samsa_partitions')).toBe(3);
    expect(m.value('samsa_topic_records_appended_total', { topic: 'flow' })).toBe(5);
    expect(m.value('samsa_topic_bytes_in_total', { topic: 'flow' })).toBe(first.length + second.length);
    expect(m.value('samsa_topic_bytes_out_total', { topic: 'flow' })).toBe(records.length);
    expect(m.value('samsa_partition_log_end_offset', { topic: 'flow', partition: '1' })).toBe(5);
    expect(m.value('samsa_partition_high_watermark', { topic: 'flow', partition: '1' })).toBe(5);
    expect(m.value('samsa_partition_log_end_offset', { topic: 'flow', partition: '0' })).toBe(0);
    expect(m.series('samsa_partition_high_watermark').filter((s) => s.labels['topic'] === 'flow')).toHaveLength(3);
    expect(m.type('samsa_topic_bytes_in_total')).toBe('counter');
    expect(m.type('samsa_partition_high_watermark')).toBe('gauge');
  });

  it('does not count a failed produce, and drops a deleted topic', async () => {
    c.broker.cluster.createTopic({
      name: 'tiny',
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: [{ name: 'max.message.bytes', value: '10' }],
    });
    expect((await produceOne(client, 9, 'tiny', 0, batchOf(['far too large for ten bytes']))).errorCode).toBe(
      ErrorCode.MESSAGE_TOO_LARGE,
    );
    const before = await scrape(c.adminUrl as string);
    expect(before.value('samsa_topic_bytes_in_total', { topic: 'tiny' })).toBe(0);
    expect(before.value('samsa_topic_records_appended_total', { topic: 'tiny' })).toBe(0);
    expect(before.value('samsa_partition_log_end_offset', { topic: 'tiny', partition: '0' })).toBe(0);

    c.broker.cluster.deleteTopic(c.broker.cluster.topicByName('tiny')!);
    const after = await scrape(c.adminUrl as string);
    expect(after.series('samsa_topic_bytes_in_total').length).toBeGreaterThan(0);
    expect(after.series('samsa_topic_bytes_in_total').filter((s) => s.labels['topic'] === 'tiny')).toEqual([]);
    expect(after.series('samsa_partition_log_end_offset').filter((s) => s.labels['topic'] === 'tiny')).toEqual([]);
  });
});
