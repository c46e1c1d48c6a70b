// startCluster's test-friendly defaults (Kafka's test harness settings), seen over the wire: DescribeConfigs reports
// them as the broker's static configs, the offsets topic a first group creates has 5 partitions, a consumer group
// forms without Kafka's 3 s initial rebalance delay, and options.config overrides each of them.
import { Kafka, logLevel, ConfigResourceTypes } from 'kafkajs';
import { startCluster, TEST_CLUSTER_DEFAULTS, type StartedCluster } from '../../src/index';

async function brokerConfigs(cluster: StartedCluster, names: string[]): Promise<Record<string, string>> {
  const admin = new Kafka({ brokers: cluster.bootstrapServers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.BROKER, name: String(cluster.brokers[0]!.nodeId), configNames: names }],
    });
    return Object.fromEntries(described.resources[0]!.configEntries.map((e) => [e.configName, e.configValue]));
  } finally {
    await admin.disconnect();
  }
}

describe('startCluster defaults', () => {
  let cluster: StartedCluster;
  afterEach(async () => cluster?.stop());

  it("are those of Kafka's test harness, and the broker reports them", async () => {
    expect(TEST_CLUSTER_DEFAULTS).toEqual({
      'group.initial.rebalance.delay.ms': 0,
      'offsets.topic.num.partitions': 5,
      'transaction.state.log.num.partitions': 5,
      'transaction.state.log.min.isr': 1,
    });
    cluster = await startCluster({ brokers: 2 });
    expect(await brokerConfigs(cluster, Object.keys(TEST_CLUSTER_DEFAULTS))).toEqual({
      'group.initial.rebalance.delay.ms': '0',
      'offsets.topic.num.partitions': '5',
      'transaction.state.log.num.partitions': '5',
      'transaction.state.log.min.isr': '1',
    });
  });

  it('a first consumer group forms at once and creates a 5-partition offsets topic', async () => {
    cluster = await startCluster();
    const kafka = new Kafka({ brokers: cluster.bootstrapServers.split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'defaults', messages: [{ value: 'v' }] });
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: 'defaults-group' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'defaults', fromBeginning: true });
    let rebalanceDelay = -1;
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      rebalanceDelay = e.payload.duration;
    });
    await new Promise<void>((resolve) => void consumer.run({ eachMessage: async () => resolve() }));
    await consumer.disconnect();
    // kafkajs reports how long the join took; with Kafka's default the first join waits 3 s for more members.
    expect(rebalanceDelay).toBeGreaterThanOrEqual(0);
    expect(rebalanceDelay).toBeLessThan(3000);
    const admin = kafka.admin();
    await admin.connect();
    const md = await admin.fetchTopicMetadata({ topics: ['__consumer_offsets'] });
    await admin.disconnect();
    expect(md.topics[0]!.partitions).toHaveLength(5);
  });

  it('options.config overrides them', async () => {
    cluster = await startCluster({
      config: { 'group.initial.rebalance.delay.ms': 3000, 'offsets.topic.num.partitions': 50 },
    });
    expect(await brokerConfigs(cluster, ['group.initial.rebalance.delay.ms', 'offsets.topic.num.partitions'])).toEqual({
      'group.initial.rebalance.delay.ms': '3000',
      'offsets.topic.num.partitions': '50',
    });
  });
});
