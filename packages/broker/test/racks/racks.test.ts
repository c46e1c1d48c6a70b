/**
 * Racks over the wire: `samsa.broker.racks` gives each broker identity its rack, which Metadata (v1+) and
 * DescribeCluster report, and topics created with every broker racked get Kafka's rack-aware placement
 * (AdminUtils.assignReplicasToBrokersRackAware): no two replicas of a partition share a rack while racks remain.
 */
import { CreatePartitionsApi, CreateTopicsApi, DescribeClusterApi, MetadataApi, ZERO_UUID } from '@samsa/protocol';
import { startCluster, type StartedCluster } from '../../src/index';
import { WireClient } from '../helpers/wire-client';

describe('broker racks', () => {
  let cluster: StartedCluster;
  let client: WireClient;

  beforeAll(async () => {
    cluster = await startCluster({ brokers: 4, racks: ['east', 'east', 'west', 'north'] });
    client = await WireClient.connect(cluster.brokers[0]!.port);
  });
  afterAll(async () => {
    client.destroy();
    await cluster.stop();
  });

  async function replicasOf(topic: string): Promise<number[][]> {
    const md = await client.request(MetadataApi, 12, {
      topics: [{ name: topic, topicId: ZERO_UUID }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    const parts = [...md.topics[0]!.partitions].sort((a, b) => a.partitionIndex - b.partitionIndex);
    return parts.map((p) => [...p.replicaNodes]);
  }

  function rackOf(nodeId: number): string {
    return cluster.brokers.find((b) => b.nodeId === nodeId)!.rack!;
  }

  it('Metadata and DescribeCluster report each identity rack', async () => {
    const md = await client.request(MetadataApi, 12, {
      topics: [],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    expect(md.brokers.map((b) => [b.nodeId, b.rack])).toEqual([
      [1, 'east'],
      [2, 'east'],
      [3, 'west'],
      [4, 'north'],
    ]);
    const described = await client.request(DescribeClusterApi, 0, {
      includeClusterAuthorizedOperations: false,
      endpointType: 1,
    });
    expect(described.brokers.map((b) => [b.brokerId, b.rack])).toEqual([
      [1, 'east'],
      [2, 'east'],
      [3, 'west'],
      [4, 'north'],
    ]);
  });

  it('CreateTopics places the replicas of each partition on distinct racks, leaders spread', async () => {
    const res = await client.request(CreateTopicsApi, 5, {
      topics: [{ name: 'racked', numPartitions: 8, replicationFactor: 3, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    expect(res.topics[0]!.errorCode).toBe(0);
    const replicas = await replicasOf('racked');
    expect(replicas).toHaveLength(8);
    for (const r of replicas) {
      expect(r).toHaveLength(3);
      expect(new Set(r.map(rackOf)).size).toBe(3);
    }
    // Leaders go round the rack-alternated list (east:1, north:4, west:3, east:2): every broker leads twice.
    const leaders = replicas.map((r) => r[0]);
    expect(leaders.slice(0, 4)).toEqual([1, 4, 3, 2]);
    for (const id of [1, 2, 3, 4]) expect(leaders.filter((l) => l === id)).toHaveLength(2);
  });

  it('replication factor 2 spreads over two racks; CreatePartitions places the same way', async () => {
    await client.request(CreateTopicsApi, 5, {
      topics: [{ name: 'pairs', numPartitions: 3, replicationFactor: 2, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    const grown = await client.request(CreatePartitionsApi, 1, {
      topics: [{ name: 'pairs', count: 6, assignments: null }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    expect(grown.results[0]!.errorCode).toBe(0);
    const replicas = await replicasOf('pairs');
    expect(replicas).toHaveLength(6);
    for (const r of replicas) expect(new Set(r.map(rackOf)).size).toBe(2);
  });

  it('a rack list that does not name one rack per broker refuses to start', async () => {
    await expect(startCluster({ brokers: 3, racks: ['a', 'b'] })).rejects.toThrow(/samsa.broker.racks/);
  });
});

describe('brokers without racks', () => {
  it('keep round-robin placement and report a null rack', async () => {
    const cluster = await startCluster({ brokers: 3 });
    const client = await WireClient.connect(cluster.brokers[0]!.port);
    try {
      await client.request(CreateTopicsApi, 5, {
        topics: [{ name: 'plain', numPartitions: 3, replicationFactor: 2, assignments: [], configs: [] }],
        timeoutMs: 5000,
        validateOnly: false,
      });
      const md = await client.request(MetadataApi, 12, {
        topics: [{ name: 'plain', topicId: ZERO_UUID }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      expect(md.brokers.map((b) => b.rack)).toEqual([null, null, null]);
      const parts = [...md.topics[0]!.partitions].sort((a, b) => a.partitionIndex - b.partitionIndex);
      expect(parts.map((p) => [...p.replicaNodes])).toEqual([
        [1, 2],
        [2, 3],
        [3, 1],
      ]);
    } finally {
      client.destroy();
      await cluster.stop();
    }
  });
});
