// Follower fetching (KIP-392) with librdkafka: kcat 1.7.1 with `-X client.rack=...` against a three-broker samsa
// cluster started with `samsa.broker.racks` and replica.selector.class = RackAwareReplicaSelector. The leader names
// the follower in the consumer's rack as preferred read replica, librdkafka fetches the records from that follower
// (the request log over the admin endpoint shows which broker served the Fetch requests), and once the follower is
// stopped a new consumer in its rack reads everything from the leader. A replica forced through the admin endpoint
// redirects a consumer without a rack the same way.
import { connectAdmin } from '../helpers/kafkajs-admin';
import { describeWithClient } from '../helpers/clients';
import { startTestCluster, type TestCluster } from '../helpers/cluster';
import { kcat } from '../helpers/kcat';

jest.setTimeout(90_000);

const RACK_AWARE = 'org.apache.kafka.common.replica.RackAwareReplicaSelector';

/** One partition on brokers 1, 2 and 3, broker 1 leading, holding `values` (acks=all through kcat). */
async function topicWith(c: TestCluster, name: string, values: readonly string[]): Promise<void> {
  const admin = await connectAdmin('compat-follower-fetch-setup', c.bootstrapServers.split(','));
  try {
    await admin.createTopics({ topics: [{ topic: name, replicaAssignment: [{ partition: 0, replicas: [1, 2, 3] }] }] });
  } finally {
    await admin.disconnect();
  }
  await kcat(['-b', c.bootstrapServers, '-P', '-t', name, '-p', '0', '-X', 'acks=all'], `${values.join('\n')}\n`);
}

/** kcat reads partition 0 from the beginning to its end as `clientId`, with `client.rack` when given. */
async function consume(c: TestCluster, topic: string, clientId: string, rack: string | null): Promise<string[]> {
  const args = ['-b', c.bootstrapServers, '-C', '-t', topic, '-p', '0', '-o', 'beginning', '-e', '-f', '%s\n'];
  args.push('-X', `client.id=${clientId}`);
  if (rack !== null) args.push('-X', `client.rack=${rack}`);
  const out = await kcat(args);
  return out.split('\n').filter((l) => l !== '');
}

async function fetchBrokers(c: TestCluster, clientId: string): Promise<number[]> {
  return (await c.control.requests({ api: 'Fetch', clientId })).map((r) => r.nodeId);
}

describeWithClient('kcat', 'kcat with client.rack fetches from the follower in its rack', () => {
  let c: TestCluster;
  beforeAll(async () => {
    c = await startTestCluster({
      brokers: 3,
      config: { 'samsa.broker.racks': 'rack-a,rack-b,rack-c', 'replica.selector.class': RACK_AWARE },
    });
  });
  afterAll(async () => c?.stop());

  test('racks: records come from broker 2 for a consumer in rack-b; from the leader once broker 2 is stopped', async () => {
    const values = ['r0', 'r1', 'r2', 'r3'];
    await topicWith(c, 'rack-topic', values);
    await c.control.startRequestLog();

    expect(await consume(c, 'rack-topic', 'kcat-rack-b', 'rack-b')).toEqual(values);
    const served = await fetchBrokers(c, 'kcat-rack-b');
    expect(served.length).toBeGreaterThan(0);
    // The leader redirected, the follower in rack-b served; rack-c's follower saw nothing.
    expect(served.filter((n) => n === 2).length).toBeGreaterThan(0);
    expect(served.filter((n) => n === 3)).toHaveLength(0);

    // A consumer in the leader's rack stays on the leader.
    expect(await consume(c, 'rack-topic', 'kcat-rack-a', 'rack-a')).toEqual(values);
    const leaderOnly = await fetchBrokers(c, 'kcat-rack-a');
    expect(leaderOnly.length).toBeGreaterThan(0);
    expect(leaderOnly.every((n) => n === 1)).toBe(true);

    await c.control.stopBroker(2);
    expect(await consume(c, 'rack-topic', 'kcat-after-stop', 'rack-b')).toEqual(values);
    const fallback = await fetchBrokers(c, 'kcat-after-stop');
    expect(fallback.length).toBeGreaterThan(0);
    expect(fallback.every((n) => n === 1)).toBe(true);
    await c.control.startBroker(2);
  });

  test('racks: a preferred read replica forced over the admin endpoint redirects a consumer without a rack', async () => {
    const values = ['f0', 'f1'];
    await topicWith(c, 'forced-topic', values);
    await c.control.setPreferredReadReplica('forced-topic', 0, 3);
    await c.control.startRequestLog();
    expect(await consume(c, 'forced-topic', 'kcat-forced', null)).toEqual(values);
    const served = await fetchBrokers(c, 'kcat-forced');
    expect(served.filter((n) => n === 3).length).toBeGreaterThan(0);
    expect(served.filter((n) => n === 2)).toHaveLength(0);
    await c.control.setPreferredReadReplica('forced-topic', 0, null);
  });
});
