// Follower fetching (KIP-392) with kafkajs 2.2.4: a consumer with `rackId` against a three-broker samsa cluster
// started with `samsa.broker.racks` and replica.selector.class = RackAwareReplicaSelector. The leader names the
// follower in the consumer's rack as preferred read replica and kafkajs fetches the records from it (the request log
// over the admin endpoint shows which broker served the Fetch requests); once that follower is stopped the same
// consumer goes back to the leader (kafkajs drops the preference after metadataMaxAge) and reads what follows. A
// replica forced through the admin endpoint redirects a consumer without a rack the same way.
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { startTestCluster, type TestCluster } from '../helpers/cluster';
import { waitFor } from '../helpers/wait';

jest.setTimeout(90_000);

const RACK_AWARE = 'org.apache.kafka.common.replica.RackAwareReplicaSelector';

describe('kafkajs with rackId fetches from the follower in its rack', () => {
  let c: TestCluster;
  let kafka: Kafka;
  const consumers: Consumer[] = [];
  beforeAll(async () => {
    c = await startTestCluster({
      brokers: 3,
      config: { 'samsa.broker.racks': 'rack-a,rack-b,rack-c', 'replica.selector.class': RACK_AWARE },
    });
    kafka = new Kafka({
      clientId: 'follower-fetch',
      brokers: c.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
      retry: { retries: 20, initialRetryTime: 50, maxRetryTime: 500 },
    });
  });
  afterAll(async () => {
    for (const consumer of consumers) await consumer.disconnect().catch(() => undefined);
    await c?.stop();
  });

  /** One partition on brokers 1, 2 and 3, broker 1 leading. */
  async function createTopic(name: string): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        topics: [{ topic: name, replicaAssignment: [{ partition: 0, replicas: [1, 2, 3] }] }],
      });
    } finally {
      await admin.disconnect();
    }
  }

  async function produce(topic: string, values: readonly string[]): Promise<void> {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: values.map((value) => ({ value })) });
    await producer.disconnect();
  }

  /** A consumer of `topic` from the beginning, as client `clientId`; the values it reads land in the returned array. */
  async function consumer(topic: string, clientId: string, rackId?: string): Promise<string[]> {
    const seen: string[] = [];
    const reader = new Kafka({
      clientId,
      brokers: c.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
      retry: { retries: 20, initialRetryTime: 50, maxRetryTime: 500 },
    }).consumer({
      groupId: `${clientId}-group`,
      maxWaitTimeInMs: 100,
      // The preference is dropped after this long, so a stopped follower is left within the test.
      metadataMaxAge: 2000,
      ...(rackId !== undefined ? { rackId } : {}),
    });
    consumers.push(reader);
    await reader.connect();
    await reader.subscribe({ topic, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        seen.push(message.value!.toString());
      },
    });
    return seen;
  }

  const fetchBrokers = async (clientId: string): Promise<number[]> =>
    (await c.control.requests({ api: 'Fetch', clientId })).map((r) => r.nodeId);

  test('racks: records come from broker 2 for a consumer in rack-b; from the leader once broker 2 is stopped', async () => {
    await createTopic('kj-rack');
    await produce('kj-rack', ['r0', 'r1', 'r2']);
    await c.control.startRequestLog();
    const seen = await consumer('kj-rack', 'kjs-rack-b', 'rack-b');
    await waitFor(() => seen.length >= 3, 30_000);
    expect(seen).toEqual(['r0', 'r1', 'r2']);
    const served = await fetchBrokers('kjs-rack-b');
    // The leader redirected, the follower in rack-b served; rack-c's follower saw nothing.
    expect(served.filter((n) => n === 2).length).toBeGreaterThan(0);
    expect(served.filter((n) => n === 3)).toHaveLength(0);

    await c.control.stopBroker(2);
    await c.control.clearRequestLog();
    await produce('kj-rack', ['r3', 'r4']);
    await waitFor(() => seen.length >= 5, 30_000);
    expect(seen).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    const fallback = await fetchBrokers('kjs-rack-b');
    expect(fallback.filter((n) => n === 1).length).toBeGreaterThan(0);
    expect(fallback.filter((n) => n !== 1)).toHaveLength(0);
    await c.control.startBroker(2);
  });

  test('racks: a preferred read replica forced over the admin endpoint redirects a consumer without a rack', async () => {
    await createTopic('kj-forced');
    await produce('kj-forced', ['f0', 'f1']);
    await c.control.setPreferredReadReplica('kj-forced', 0, 3);
    await c.control.startRequestLog();
    const seen = await consumer('kj-forced', 'kjs-forced');
    await waitFor(() => seen.length >= 2, 30_000);
    expect(seen).toEqual(['f0', 'f1']);
    const served = await fetchBrokers('kjs-forced');
    expect(served.filter((n) => n === 3).length).toBeGreaterThan(0);
    expect(served.filter((n) => n === 2)).toHaveLength(0);
    await c.control.setPreferredReadReplica('kj-forced', 0, null);
  });
});
