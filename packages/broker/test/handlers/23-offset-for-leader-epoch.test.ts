import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ErrorCode,
  MetadataApi,
  OffsetForLeaderEpochApi,
  ZERO_UUID,
  type OffsetForLeaderEpochResponse,
} from '@samsa/protocol';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';
import { batchOf, decodeBatches, fetch, produceOne } from '../helpers/records';

describe('OffsetForLeaderEpoch', () => {
  let tb: TestBroker;
  let client: WireClient;

  beforeAll(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
    tb.broker.cluster.createTopic({
      name: 'epochs',
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
    for (const v of ['a', 'b', 'c']) await produceOne(client, 9, 'epochs', 0, batchOf([v]));
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  async function ask(c: WireClient, version: number, topic: string, leaderEpoch: number, currentLeaderEpoch = -1) {
    const res: OffsetForLeaderEpochResponse = await c.request(OffsetForLeaderEpochApi, version, {
      replicaId: -1,
      topics: [{ topic, partitions: [{ partition: 0, currentLeaderEpoch, leaderEpoch }] }],
    });
    return res.topics[0]!.partitions[0]!;
  }

  it.each([0, 1, 2, 3, 4])('v%i: the current epoch ends at the log end offset', async (version) => {
    const r = await ask(client, version, 'epochs', 0);
    expect(r).toMatchObject({ errorCode: 0, endOffset: 3 });
    if (version >= 1) expect(r.leaderEpoch).toBe(0);
  });

  it('an unknown newer epoch and -1 have no end offset (-1/-1)', async () => {
    expect(await ask(client, 2, 'epochs', 5)).toMatchObject({ errorCode: 0, leaderEpoch: -1, endOffset: -1 });
    expect(await ask(client, 2, 'epochs', -1)).toMatchObject({ errorCode: 0, leaderEpoch: -1, endOffset: -1 });
  });

  it('current_leader_epoch (v2+) is checked; unknown partitions answer UNKNOWN_TOPIC_OR_PARTITION', async () => {
    expect((await ask(client, 2, 'epochs', 0, 1)).errorCode).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH);
    expect(await ask(client, 2, 'nope', 0)).toMatchObject({
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      leaderEpoch: -1,
      endOffset: -1,
    });
  });

  it('follows the epoch restored from the cluster metadata: written into batches, reported by Metadata, older epochs end at the log start', async () => {
    const own = await startTestBroker();
    own.broker.cluster.createTopic({
      name: 'bumped',
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
    await own.stop();
    // The epoch is stored with the topic; set it as a leader election would have.
    const file = join(own.dataDir, '__cluster_metadata', 'topics.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { topics: { partitions: { leaderEpoch: number }[] }[] };
    stored.topics[0]!.partitions[0]!.leaderEpoch = 3;
    writeFileSync(file, JSON.stringify(stored));

    const again = await startTestBroker({}, own.dataDir);
    const c = await WireClient.connect(again.broker.port);
    try {
      await produceOne(c, 9, 'bumped', 0, batchOf(['x', 'y']));
      const md = await c.request(MetadataApi, 12, {
        topics: [{ name: 'bumped', topicId: ZERO_UUID }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      expect(md.topics[0]!.partitions[0]!.leaderEpoch).toBe(3);
      const fetched = await fetch(c, 12, [{ topic: 'bumped', partition: 0, offset: 0 }]);
      expect((await decodeBatches(fetched.responses[0]!.partitions[0]!.records))[0]!.partitionLeaderEpoch).toBe(3);

      expect(await ask(c, 3, 'bumped', 3)).toMatchObject({ errorCode: 0, leaderEpoch: 3, endOffset: 2 });
      expect(await ask(c, 3, 'bumped', 1)).toMatchObject({ errorCode: 0, leaderEpoch: 1, endOffset: 0 });
      expect((await ask(c, 3, 'bumped', 3, 2)).errorCode).toBe(ErrorCode.FENCED_LEADER_EPOCH);
      const stale = await fetch(c, 12, [{ topic: 'bumped', partition: 0, offset: 0, currentLeaderEpoch: 2 }]);
      expect(stale.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.FENCED_LEADER_EPOCH);
    } finally {
      c.destroy();
      await again.dispose();
    }
  });
});
