// Partition leadership through the control API on a three-broker cluster with replication factor 3, checked in the
// Metadata every broker serves: leader moves, stopping the leader's broker, an ISR shrink refusing a move, and the
// same over HTTP.
import { MetadataApi, ZERO_UUID } from '@samsa/protocol';
import { startCluster, type StartedCluster } from '../../src/index';
import { WireClient } from '../helpers/wire-client';
import { waitFor } from '../helpers/test-broker';

const JSON_HEADERS = { 'content-type': 'application/json' };

async function leaderSeenBy(port: number, topic: string): Promise<{ leader: number; epoch: number; isr: number[] }> {
  const client = await WireClient.connect(port);
  try {
    const md = await client.request(MetadataApi, 12, {
      topics: [{ name: topic, topicId: ZERO_UUID }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    const p = md.topics[0]!.partitions[0]!;
    return { leader: p.leaderId, epoch: p.leaderEpoch ?? -1, isr: [...p.isrNodes].sort() };
  } finally {
    client.destroy();
  }
}

describe('control: partition leadership', () => {
  let c: StartedCluster;
  beforeAll(async () => {
    c = await startCluster({ brokers: 3, admin: true });
    c.broker.cluster.createTopic({
      name: 'moves',
      numPartitions: 1,
      replicationFactor: 3,
      assignments: [],
      configs: [],
    });
  });
  afterAll(async () => c.stop());

  it('moves the leader; every broker serves the new leader and epoch', async () => {
    const before = c.control.describePartition('moves', 0);
    expect(before.replicas.sort()).toEqual([1, 2, 3]);
    const target = before.replicas.find((n) => n !== before.leader)!;
    const after = c.control.moveLeader('moves', 0, target);
    expect(after).toMatchObject({ leader: target, leaderEpoch: before.leaderEpoch + 1 });
    for (const b of c.brokers) {
      expect(await leaderSeenBy(b.port, 'moves')).toMatchObject({ leader: target, epoch: before.leaderEpoch + 1 });
    }
  });

  it("stopping the leader's broker elects another ISR member; started again, it rejoins the ISR", async () => {
    const { leader } = c.control.describePartition('moves', 0);
    await c.control.stopBroker(leader);
    const during = c.control.describePartition('moves', 0);
    expect(during.leader).not.toBe(leader);
    expect(during.leader).toBeGreaterThan(0);
    expect(during.isr).not.toContain(leader);
    const running = c.brokers.find((b) => b.nodeId !== leader)!;
    expect((await leaderSeenBy(running.port, 'moves')).leader).toBe(during.leader);
    await c.control.startBroker(leader);
    await waitFor(() => c.control.describePartition('moves', 0).isr.includes(leader), 5000);
  });

  it('refuses a move to a replica outside the ISR (HTTP 409 with the Kafka error)', async () => {
    const { leader, replicas } = c.control.describePartition('moves', 0);
    const outside = replicas.find((n) => n !== leader)!;
    c.control.setIsr(
      'moves',
      0,
      replicas.filter((n) => n !== outside),
    );
    expect(c.control.describePartition('moves', 0).isr).not.toContain(outside);
    const res = await fetch(`${c.adminUrl}/v1/partitions/moves/0/leader`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ broker: outside }),
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { kafkaError: string }).kafkaError).toBe('INELIGIBLE_REPLICA');
    const leaderless = await fetch(`${c.adminUrl}/v1/partitions/moves/0/leaderless`, {
      method: 'POST',
      headers: JSON_HEADERS,
    });
    expect(((await leaderless.json()) as { leader: number }).leader).toBe(-1);
    const back = await fetch(`${c.adminUrl}/v1/partitions/moves/0/leader`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ broker: leader }),
    });
    expect(((await back.json()) as { leader: number }).leader).toBe(leader);
  });
});
