/**
 * Follower fetching (KIP-392) over the wire: with replica.selector.class = RackAwareReplicaSelector the leader answers
 * a v11+ consumer fetch from a rack that holds an in-sync follower with preferred_read_replica and no records; the
 * follower serves v11+ consumer fetches from its own log up to its high watermark, with the leader-epoch checks
 * (FENCED_LEADER_EPOCH) and OFFSET_OUT_OF_RANGE past its log end; below v11 it refuses them. A stopped follower is
 * no longer preferred. A kafkajs consumer with `rackId` really fetches from the follower (the request log shows it).
 */
import { ErrorCode, ProduceApi } from '@samsa/protocol';
import { Kafka, logLevel } from 'kafkajs';
import { startCluster, type StartedCluster } from '../../src/index';
import { batchOf, decodeRecords, fetch } from '../helpers/records';
import { WireClient } from '../helpers/wire-client';

const RACK_AWARE = 'org.apache.kafka.common.replica.RackAwareReplicaSelector';

describe('follower fetching with the rack-aware selector', () => {
  let cluster: StartedCluster;
  let n = 0;
  const clients: WireClient[] = [];

  beforeEach(async () => {
    cluster = await startCluster({
      brokers: 3,
      racks: ['rack-a', 'rack-b', 'rack-c'],
      config: { 'replica.selector.class': RACK_AWARE },
    });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await cluster.stop();
  });

  async function connect(nodeId: number): Promise<WireClient> {
    const c = await WireClient.connect(cluster.brokers.find((b) => b.nodeId === nodeId)!.port);
    clients.push(c);
    return c;
  }

  /** A topic with one partition led by broker 1, followers 2 and 3, holding `values` (acks=-1: every ISR copy). */
  async function topicWith(values: string[]): Promise<string> {
    const name = `ff-${n++}`;
    cluster.broker.cluster.createTopic({
      name,
      numPartitions: -1,
      replicationFactor: -1,
      assignments: [{ partitionIndex: 0, brokerIds: [1, 2, 3] }],
      configs: [],
    });
    const leader = await connect(1);
    const res = await leader.request(ProduceApi, 9, {
      transactionalId: null,
      acks: -1,
      timeoutMs: 10_000,
      topicData: [{ name, partitionData: [{ index: 0, records: batchOf(values) }] }],
    });
    expect(res.responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.NONE);
    return name;
  }

  it('the leader points a consumer in a follower rack at that follower, without records', async () => {
    const name = await topicWith(['a', 'b', 'c']);
    const leader = await connect(1);
    const res = await fetch(leader, 11, [{ topic: name, partition: 0, offset: 0 }], { rackId: 'rack-b' });
    const p = res.responses[0]!.partitions[0]!;
    expect(p.errorCode).toBe(ErrorCode.NONE);
    expect(p.preferredReadReplica).toBe(2);
    expect(p.highWatermark).toBe(3);
    expect(await decodeRecords(p.records)).toHaveLength(0);
  });

  it('the leader serves consumers in its own rack, an unknown rack, or no rack', async () => {
    const name = await topicWith(['a', 'b']);
    const leader = await connect(1);
    for (const rackId of ['rack-a', 'rack-z', '']) {
      const res = await fetch(leader, 12, [{ topic: name, partition: 0, offset: 0 }], { rackId });
      const p = res.responses[0]!.partitions[0]!;
      expect(p.preferredReadReplica).toBe(-1);
      expect((await decodeRecords(p.records)).map((r) => r.value?.toString())).toEqual(['a', 'b']);
    }
  });

  it('a follower serves v11+ consumer fetches up to its high watermark and refuses older versions', async () => {
    const name = await topicWith(['x', 'y', 'z']);
    const follower = await connect(2);
    const res = await fetch(follower, 11, [{ topic: name, partition: 0, offset: 1 }], { rackId: 'rack-b' });
    const p = res.responses[0]!.partitions[0]!;
    expect(p.errorCode).toBe(ErrorCode.NONE);
    expect(p.highWatermark).toBe(3);
    expect(p.preferredReadReplica).toBe(-1);
    // The whole batch holding offset 1, as a leader answers it.
    expect((await decodeRecords(p.records)).map((r) => r.value?.toString())).toEqual(['x', 'y', 'z']);

    const old = await fetch(follower, 10, [{ topic: name, partition: 0, offset: 0 }]);
    expect(old.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    const replica = await fetch(follower, 12, [{ topic: name, partition: 0, offset: 0 }], { replicaId: 3 });
    expect(replica.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  });

  it('a follower checks the leader epoch and answers OFFSET_OUT_OF_RANGE past its log end', async () => {
    const name = await topicWith(['x']);
    cluster.control.moveLeader(name, 0, 3);
    const epoch = cluster.control.describePartition(name, 0).leaderEpoch;
    expect(epoch).toBeGreaterThan(0);
    const follower = await connect(2);
    const at = async (offset: number, currentLeaderEpoch: number) =>
      (await fetch(follower, 12, [{ topic: name, partition: 0, offset, currentLeaderEpoch }], { rackId: 'rack-b' }))
        .responses[0]!.partitions[0]!;
    expect((await at(0, epoch)).errorCode).toBe(ErrorCode.NONE);
    expect((await at(0, epoch - 1)).errorCode).toBe(ErrorCode.FENCED_LEADER_EPOCH);
    expect((await at(0, epoch + 1)).errorCode).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH);
    expect((await at(5, epoch)).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
  });

  it('a stopped follower is no longer preferred: the leader serves its rack', async () => {
    const name = await topicWith(['a']);
    await cluster.control.stopBroker(2);
    const leader = await connect(1);
    const res = await fetch(leader, 12, [{ topic: name, partition: 0, offset: 0 }], { rackId: 'rack-b' });
    const p = res.responses[0]!.partitions[0]!;
    expect(p.preferredReadReplica).toBe(-1);
    expect(await decodeRecords(p.records)).toHaveLength(1);
  });

  it('a kafkajs consumer with rackId fetches from the follower in its rack', async () => {
    const name = await topicWith(['k0', 'k1', 'k2']);
    cluster.control.startRequestLog();
    const kafka = new Kafka({
      clientId: 'rack-consumer',
      brokers: cluster.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId: `g-${name}`, rackId: 'rack-c', maxWaitTimeInMs: 100 });
    const seen: string[] = [];
    let done!: () => void;
    const all = new Promise<void>((resolve) => {
      done = resolve;
    });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: name, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          seen.push(message.value!.toString());
          if (seen.length === 3) done();
        },
      });
      await all;
    } finally {
      await consumer.disconnect();
    }
    expect(seen).toEqual(['k0', 'k1', 'k2']);
    const fetches = cluster.control.requests({ api: 'Fetch', clientId: 'rack-consumer' });
    expect(fetches.length).toBeGreaterThan(0);
    expect(fetches.filter((f) => f.nodeId === 3).length).toBeGreaterThan(0);
    expect(fetches.filter((f) => f.nodeId === 2)).toHaveLength(0);
  }, 30_000);

  it('a kafkajs consumer goes back to the leader when its follower is stopped', async () => {
    const name = await topicWith(['s0', 's1']);
    cluster.control.startRequestLog();
    const kafka = new Kafka({
      clientId: 'rack-fallback',
      brokers: cluster.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 50, retries: 20 },
    });
    // A short metadata age also bounds how long kafkajs keeps a preferred read replica.
    const consumer = kafka.consumer({
      groupId: `g-${name}`,
      rackId: 'rack-c',
      maxWaitTimeInMs: 100,
      metadataMaxAge: 500,
    });
    const seen: string[] = [];
    const waiters: { count: number; resolve: () => void }[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: name, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          seen.push(message.value!.toString());
          for (const w of waiters) if (seen.length >= w.count) w.resolve();
        },
      });
      const until = (count: number) =>
        new Promise<void>((resolve) => {
          if (seen.length >= count) resolve();
          else waiters.push({ count, resolve });
        });
      await until(2);
      const fromFollower = cluster.control.requests({ api: 'Fetch', clientId: 'rack-fallback', broker: 3 });
      expect(fromFollower.length).toBeGreaterThan(0);

      await cluster.control.stopBroker(3);
      const mark = Math.max(...cluster.control.requests().map((r) => r.seq));
      const leader = await connect(1);
      const res = await leader.request(ProduceApi, 9, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 10_000,
        topicData: [{ name, partitionData: [{ index: 0, records: batchOf(['s2', 's3']) }] }],
      });
      expect(res.responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.NONE);
      await until(4);
      expect(seen).toEqual(['s0', 's1', 's2', 's3']);
      const after = cluster.control.requests({ api: 'Fetch', clientId: 'rack-fallback', afterSeq: mark });
      expect(after.filter((f) => f.nodeId === 1).length).toBeGreaterThan(0);
      expect(after.filter((f) => f.nodeId === 3)).toHaveLength(0);
    } finally {
      await consumer.disconnect();
    }
  }, 60_000);
});

describe('follower fetching without a selector', () => {
  it('the leader never names a preferred replica; followers still serve v11+ consumer fetches', async () => {
    const cluster = await startCluster({ brokers: 2, racks: ['a', 'b'] });
    const leader = await WireClient.connect(cluster.brokers[0]!.port);
    const follower = await WireClient.connect(cluster.brokers[1]!.port);
    try {
      cluster.broker.cluster.createTopic({
        name: 'plain',
        numPartitions: -1,
        replicationFactor: -1,
        assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }],
        configs: [],
      });
      await leader.request(ProduceApi, 9, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 10_000,
        topicData: [{ name: 'plain', partitionData: [{ index: 0, records: batchOf(['v']) }] }],
      });
      const res = await fetch(leader, 12, [{ topic: 'plain', partition: 0, offset: 0 }], { rackId: 'b' });
      expect(res.responses[0]!.partitions[0]!.preferredReadReplica).toBe(-1);
      expect(await decodeRecords(res.responses[0]!.partitions[0]!.records)).toHaveLength(1);
      const fromFollower = await fetch(follower, 12, [{ topic: 'plain', partition: 0, offset: 0 }], { rackId: 'b' });
      expect(await decodeRecords(fromFollower.responses[0]!.partitions[0]!.records)).toHaveLength(1);
    } finally {
      leader.destroy();
      follower.destroy();
      await cluster.stop();
    }
  });
});

describe('a preferred read replica forced through the control API', () => {
  it('the leader names it to every v11+ consumer until cleared; HTTP refuses a broker without a replica', async () => {
    const cluster = await startCluster({ brokers: 3, admin: true });
    const leader = await WireClient.connect(cluster.brokers[0]!.port);
    const post = (path: string, body: unknown) =>
      globalThis.fetch(`${cluster.adminUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    try {
      cluster.broker.cluster.createTopic({
        name: 'forced',
        numPartitions: -1,
        replicationFactor: -1,
        assignments: [
          { partitionIndex: 0, brokerIds: [1, 3] },
          { partitionIndex: 1, brokerIds: [1, 2] },
        ],
        configs: [],
      });
      const preferred = async (version: number) => {
        const res = await fetch(leader, version, [
          { topic: 'forced', partition: 0, offset: 0 },
          { topic: 'forced', partition: 1, offset: 0 },
        ]);
        const parts = [...res.responses[0]!.partitions].sort((a, b) => a.partitionIndex - b.partitionIndex);
        return parts.map((p) => p.preferredReadReplica);
      };
      expect(cluster.control.setPreferredReadReplica('forced', 0, 3)).toEqual({
        topic: 'forced',
        partition: 0,
        preferredReadReplica: 3,
      });
      expect(await preferred(11)).toEqual([3, -1]);
      // Below v11 a fetch has no client metadata: never redirected.
      expect(await preferred(10)).toEqual([-1, -1]);

      const viaHttp = await post('/v1/partitions/forced/1/preferred-read-replica', { broker: 2 });
      expect(viaHttp.status).toBe(200);
      expect(await preferred(12)).toEqual([3, 2]);
      const notAReplica = await post('/v1/partitions/forced/1/preferred-read-replica', { broker: 3 });
      expect(notAReplica.status).toBe(409);
      const unknown = await post('/v1/partitions/nope/0/preferred-read-replica', { broker: 1 });
      expect(unknown.status).toBe(404);

      expect((await post('/v1/partitions/forced/1/preferred-read-replica', { broker: null })).status).toBe(200);
      cluster.control.setPreferredReadReplica('forced', 0, null);
      expect(await preferred(12)).toEqual([-1, -1]);
    } finally {
      leader.destroy();
      await cluster.stop();
    }
  });
});
