// Share groups (KIP-932) over the wire: ShareGroupHeartbeat v1, ShareGroupDescribe v1, ShareFetch v1-2 and
// ShareAcknowledge v1-2, ListGroups and DeleteGroups for share groups, share.version gating ApiVersions, share
// sessions and their epochs, acquisition, acknowledgement, redelivery, locks on the coordinator's manual clock and the
// delivery count limit.
import {
  ApiVersionsApi,
  ConsumerGroupHeartbeatApi,
  DeleteRecordsApi,
  DeleteGroupsApi,
  DescribeShareGroupOffsetsApi,
  ErrorCode,
  HeartbeatApi,
  JoinGroupApi,
  ListGroupsApi,
  randomUuid,
  ShareAcknowledgeApi,
  ShareFetchApi,
  ShareGroupDescribeApi,
  ShareGroupHeartbeatApi,
  SyncGroupApi,
  UpdateFeaturesApi,
  type ShareFetchRequest,
  type ShareFetchResponse,
} from '@samsa/protocol';
import { createTopic, findCoordinator, startGroupBroker, type GroupBroker } from '../helpers/groups';
import { batchOf, decodeRecords, produceOne } from '../helpers/records';
import type { WireClient } from '../helpers/wire-client';

const SHARE_KEYS = [76, 77, 78, 79];
const ACCEPT = 1;
const RELEASE = 2;
const REJECT = 3;

async function advertised(c: WireClient): Promise<number[]> {
  const res = await c.request(ApiVersionsApi, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' });
  return res.apiKeys.map((k) => k.apiKey).filter((k) => SHARE_KEYS.includes(k));
}

describe('share groups are off until share.version 1', () => {
  let gb: GroupBroker;
  let c: WireClient;
  beforeAll(async () => {
    gb = await startGroupBroker({ 'offsets.topic.num.partitions': 1 });
    c = await gb.connect();
  });
  afterAll(() => gb.dispose());

  it('ApiVersions leaves the share APIs out and they answer UNSUPPORTED_VERSION; UpdateFeatures turns them on', async () => {
    expect(await advertised(c)).toEqual([]);
    await findCoordinator(c, 'g');
    const hb = await c.request(ShareGroupHeartbeatApi, 1, {
      groupId: 'g',
      memberId: randomUuid(),
      memberEpoch: 0,
      rackId: null,
      subscribedTopicNames: ['t'],
    });
    expect(hb.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
    const up = await c.request(UpdateFeaturesApi, 1, {
      timeoutMs: 1000,
      featureUpdates: [{ feature: 'share.version', maxVersionLevel: 1, upgradeType: 1 }],
      validateOnly: false,
    });
    expect(up.errorCode).toBe(0);
    expect(await advertised(c)).toEqual(SHARE_KEYS);
    const res = await c.request(ApiVersionsApi, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' });
    expect(res.apiKeys.filter((k) => SHARE_KEYS.includes(k.apiKey))).toEqual([
      { apiKey: 76, minVersion: 1, maxVersion: 1 },
      { apiKey: 77, minVersion: 1, maxVersion: 1 },
      { apiKey: 78, minVersion: 1, maxVersion: 2 },
      { apiKey: 79, minVersion: 1, maxVersion: 2 },
    ]);
    expect(res.finalizedFeatures).toContainEqual({ name: 'share.version', minVersionLevel: 1, maxVersionLevel: 1 });
  });
});

describe('share groups over the wire', () => {
  let gb: GroupBroker;
  let c: WireClient;
  let topicId: string;
  beforeAll(async () => {
    gb = await startGroupBroker({
      'offsets.topic.num.partitions': 1,
      'group.share.enable': true,
      'group.share.delivery.count.limit': 3,
      // The lock tests move the clock by minutes: members stay without heartbeating.
      'group.share.session.timeout.ms': 600_000,
      'group.share.max.session.timeout.ms': 600_000,
    });
    c = await gb.connect();
    await findCoordinator(c, 'x');
    await createTopic(c, 'jobs', 2);
    topicId = gb.broker.cluster.topicByName('jobs')!.id;
  });
  afterAll(() => gb.dispose());

  const join = (groupId: string, memberId: string) =>
    c.request(ShareGroupHeartbeatApi, 1, {
      groupId,
      memberId,
      memberEpoch: 0,
      rackId: null,
      subscribedTopicNames: ['jobs'],
    });

  const fetchReq = (
    groupId: string,
    memberId: string,
    epoch: number,
    acks: Record<number, { firstOffset: number; lastOffset: number; acknowledgeTypes: number[] }[]> = {},
    extra: Partial<ShareFetchRequest> = {},
  ): ShareFetchRequest => ({
    groupId,
    memberId,
    shareSessionEpoch: epoch,
    maxWaitMs: 0,
    minBytes: 1,
    maxBytes: 1 << 20,
    maxRecords: 500,
    batchSize: 500,
    shareAcquireMode: 0,
    isRenewAck: false,
    topics: [
      {
        topicId,
        partitions: [0, 1].map((p) => ({ partitionIndex: p, acknowledgementBatches: acks[p] ?? [] })),
      },
    ],
    forgottenTopicsData: [],
    ...extra,
  });

  const partitionOf = (res: ShareFetchResponse, p: number) =>
    res.responses.find((t) => t.topicId === topicId)?.partitions.find((x) => x.partitionIndex === p);

  it('a member joins, is assigned both partitions, is described and listed as a share group', async () => {
    const memberId = randomUuid();
    const hb = await join('desc', memberId);
    expect(hb).toMatchObject({ errorCode: 0, memberId, heartbeatIntervalMs: 5000 });
    expect(hb.memberEpoch).toBeGreaterThan(0);
    expect(hb.assignment).toEqual({ topicPartitions: [{ topicId, partitions: [0, 1] }] });
    const fenced = await c.request(ShareGroupHeartbeatApi, 1, {
      groupId: 'desc',
      memberId,
      memberEpoch: hb.memberEpoch + 5,
      rackId: null,
      subscribedTopicNames: null,
    });
    expect(fenced.errorCode).toBe(ErrorCode.FENCED_MEMBER_EPOCH);
    const described = await c.request(ShareGroupDescribeApi, 1, {
      groupIds: ['desc', 'nope'],
      includeAuthorizedOperations: false,
    });
    expect(described.groups[0]).toMatchObject({
      errorCode: 0,
      groupId: 'desc',
      groupState: 'Stable',
      assignorName: 'simple',
      members: [
        {
          memberId,
          memberEpoch: hb.memberEpoch,
          subscribedTopicNames: ['jobs'],
          assignment: { topicPartitions: [{ topicId, topicName: 'jobs', partitions: [0, 1] }] },
        },
      ],
    });
    expect(described.groups[1]).toMatchObject({ groupId: 'nope', errorCode: ErrorCode.GROUP_ID_NOT_FOUND });
    const listed = await c.request(ListGroupsApi, 5, { statesFilter: [], typesFilter: ['share'] });
    expect(listed.groups).toContainEqual({
      groupId: 'desc',
      protocolType: 'share',
      groupState: 'Stable',
      groupType: 'share',
    });
    // Not deletable while it has a member; deletable once it left.
    let del = await c.request(DeleteGroupsApi, 2, { groupsNames: ['desc'] });
    expect(del.results).toEqual([{ groupId: 'desc', errorCode: ErrorCode.NON_EMPTY_GROUP }]);
    const left = await c.request(ShareGroupHeartbeatApi, 1, {
      groupId: 'desc',
      memberId,
      memberEpoch: -1,
      rackId: null,
      subscribedTopicNames: null,
    });
    expect(left).toMatchObject({ errorCode: 0, memberEpoch: -1 });
    del = await c.request(DeleteGroupsApi, 2, { groupsNames: ['desc'] });
    expect(del.results).toEqual([{ groupId: 'desc', errorCode: 0 }]);
  });

  it('share sessions: epochs must follow; a missing session is SHARE_SESSION_NOT_FOUND', async () => {
    const m = randomUuid();
    await join('sessions', m);
    expect((await c.request(ShareFetchApi, 1, fetchReq('sessions', m, 1))).errorCode).toBe(
      ErrorCode.SHARE_SESSION_NOT_FOUND,
    );
    expect((await c.request(ShareFetchApi, 1, fetchReq('sessions', m, 0))).errorCode).toBe(0);
    expect((await c.request(ShareFetchApi, 1, fetchReq('sessions', m, 3))).errorCode).toBe(
      ErrorCode.INVALID_SHARE_SESSION_EPOCH,
    );
    expect((await c.request(ShareFetchApi, 1, fetchReq('sessions', m, 1))).errorCode).toBe(0);
    expect((await c.request(ShareFetchApi, 2, fetchReq('sessions', m, 2))).errorCode).toBe(0);
    const ackV = await c.request(ShareAcknowledgeApi, 2, {
      groupId: 'sessions',
      memberId: m,
      shareSessionEpoch: 0,
      isRenewAck: false,
      topics: [],
    });
    expect(ackV.errorCode).toBe(ErrorCode.INVALID_SHARE_SESSION_EPOCH);
    const bad = await c.request(ShareFetchApi, 1, fetchReq('sessions', '', 0));
    expect(bad.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  it('records are acquired by one member, acknowledged, released and redelivered, rejected never again', async () => {
    const [a, b] = [randomUuid(), randomUuid()];
    await join('work', a);
    await join('work', b);
    // The share-partitions start at the high watermark (share.auto.offset.reset=latest): open the sessions first.
    expect((await c.request(ShareFetchApi, 1, fetchReq('work', a, 0))).errorCode).toBe(0);
    expect((await c.request(ShareFetchApi, 1, fetchReq('work', b, 0))).errorCode).toBe(0);
    expect((await produceOne(c, 9, 'jobs', 0, batchOf(['r0', 'r1', 'r2', 'r3']))).errorCode).toBe(0);

    const first = await c.request(ShareFetchApi, 1, fetchReq('work', a, 1));
    expect(first.errorCode).toBe(0);
    expect(first.acquisitionLockTimeoutMs).toBe(30_000);
    const p0 = partitionOf(first, 0)!;
    expect(p0.acquiredRecords).toEqual([{ firstOffset: 0, lastOffset: 3, deliveryCount: 1 }]);
    expect((await decodeRecords(p0.records)).map((r) => r.value)).toEqual(['r0', 'r1', 'r2', 'r3']);
    // b gets nothing: a holds them.
    const none = await c.request(ShareFetchApi, 1, fetchReq('work', b, 1));
    expect(partitionOf(none, 0)?.acquiredRecords ?? []).toEqual([]);

    // a accepts r0, releases r1-r2, rejects r3 (piggy-backed on its next fetch).
    const acked = await c.request(
      ShareFetchApi,
      1,
      fetchReq('work', a, 2, {
        0: [{ firstOffset: 0, lastOffset: 3, acknowledgeTypes: [ACCEPT, RELEASE, RELEASE, REJECT] }],
      }),
    );
    expect(partitionOf(acked, 0)).toMatchObject({ acknowledgeErrorCode: 0 });
    // Its own fetch in the same request may have taken the released records again; release them with ShareAcknowledge.
    const again = partitionOf(acked, 0)!.acquiredRecords;
    if (again.length > 0) {
      const rel = await c.request(ShareAcknowledgeApi, 1, {
        groupId: 'work',
        memberId: a,
        shareSessionEpoch: 3,
        topics: [
          {
            topicId,
            partitions: [
              {
                partitionIndex: 0,
                acknowledgementBatches: again.map((r) => ({
                  firstOffset: r.firstOffset,
                  lastOffset: r.lastOffset,
                  acknowledgeTypes: [RELEASE],
                })),
              },
            ],
          },
        ],
      });
      expect(rel.responses[0]!.partitions[0]).toMatchObject({ errorCode: 0 });
    }
    // Accepting a record twice is INVALID_RECORD_STATE.
    const twice = await c.request(ShareAcknowledgeApi, 1, {
      groupId: 'work',
      memberId: a,
      shareSessionEpoch: again.length > 0 ? 4 : 3,
      topics: [
        {
          topicId,
          partitions: [
            {
              partitionIndex: 0,
              acknowledgementBatches: [{ firstOffset: 0, lastOffset: 0, acknowledgeTypes: [ACCEPT] }],
            },
          ],
        },
      ],
    });
    expect(twice.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.INVALID_RECORD_STATE);

    const redelivered = await c.request(ShareFetchApi, 1, fetchReq('work', b, 2));
    const rp = partitionOf(redelivered, 0)!;
    const deliveries = again.length > 0 ? 3 : 2;
    expect(rp.acquiredRecords).toEqual([{ firstOffset: 1, lastOffset: 2, deliveryCount: deliveries }]);
    // The records come as their whole batch; the client keeps the acquired offsets.
    expect((await decodeRecords(rp.records)).map((r) => r.value)).toContain('r1');
  });

  it('an expired lock redelivers to another member; the delivery count limit archives the record', async () => {
    const [a, b] = [randomUuid(), randomUuid()];
    await join('locks', a);
    await join('locks', b);
    await c.request(ShareFetchApi, 1, fetchReq('locks', a, 0));
    await c.request(ShareFetchApi, 1, fetchReq('locks', b, 0));
    expect((await produceOne(c, 9, 'jobs', 1, batchOf(['only']))).errorCode).toBe(0);
    const hw = gb.broker.replicas.log('jobs', 1)!.highWatermark;
    const first = await c.request(ShareFetchApi, 1, fetchReq('locks', a, 1));
    expect(partitionOf(first, 1)!.acquiredRecords).toEqual([
      { firstOffset: hw - 1, lastOffset: hw - 1, deliveryCount: 1 },
    ]);
    // a never acknowledges; its lock expires on the coordinator's clock.
    gb.scheduler.advance(30_000);
    const second = await c.request(ShareFetchApi, 1, fetchReq('locks', b, 1));
    expect(partitionOf(second, 1)!.acquiredRecords).toEqual([
      { firstOffset: hw - 1, lastOffset: hw - 1, deliveryCount: 2 },
    ]);
    // a's acknowledgement now fails: it no longer holds the record.
    const late = await c.request(
      ShareFetchApi,
      1,
      fetchReq('locks', a, 2, { 1: [{ firstOffset: hw - 1, lastOffset: hw - 1, acknowledgeTypes: [ACCEPT] }] }),
    );
    expect(partitionOf(late, 1)!.acknowledgeErrorCode).toBe(ErrorCode.INVALID_RECORD_STATE);
    gb.scheduler.advance(30_000);
    const third = await c.request(ShareFetchApi, 1, fetchReq('locks', a, 3));
    expect(partitionOf(third, 1)!.acquiredRecords).toEqual([
      { firstOffset: hw - 1, lastOffset: hw - 1, deliveryCount: 3 },
    ]);
    // The third delivery (group.share.delivery.count.limit=3) expires too: the record is archived, never delivered again.
    gb.scheduler.advance(30_000);
    const after = await c.request(ShareFetchApi, 1, fetchReq('locks', b, 2));
    expect(partitionOf(after, 1)?.acquiredRecords ?? []).toEqual([]);
  });

  it('refuses what Kafka refuses: another group type, unknown topics, a closing fetch that fetches', async () => {
    const consumer = await c.request(ConsumerGroupHeartbeatApi, 1, {
      groupId: 'taken',
      memberId: randomUuid(),
      memberEpoch: 0,
      instanceId: null,
      rackId: null,
      rebalanceTimeoutMs: 30_000,
      subscribedTopicNames: ['jobs'],
      subscribedTopicRegex: null,
      serverAssignor: null,
      topicPartitions: [],
    });
    expect(consumer.errorCode).toBe(0);
    expect((await join('taken', randomUuid())).errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
    // And a consumer group cannot take a share group's id.
    expect((await join('shared-id', randomUuid())).errorCode).toBe(0);
    const other = await c.request(ConsumerGroupHeartbeatApi, 1, {
      groupId: 'shared-id',
      memberId: randomUuid(),
      memberEpoch: 0,
      instanceId: null,
      rackId: null,
      rebalanceTimeoutMs: 30_000,
      subscribedTopicNames: ['jobs'],
      subscribedTopicRegex: null,
      serverAssignor: null,
      topicPartitions: [],
    });
    expect(other.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);

    const m = randomUuid();
    await join('refusals', m);
    const unknown = await c.request(
      ShareFetchApi,
      1,
      fetchReq(
        'refusals',
        m,
        0,
        {},
        {
          topics: [{ topicId: randomUuid(), partitions: [{ partitionIndex: 0, acknowledgementBatches: [] }] }],
        },
      ),
    );
    expect(unknown.errorCode).toBe(0);
    expect(unknown.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID);
    const closing = await c.request(ShareFetchApi, 1, fetchReq('refusals', m, -1));
    expect(closing.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    const badAck = await c.request(
      ShareFetchApi,
      1,
      fetchReq('refusals', m, 1, { 0: [{ firstOffset: 5, lastOffset: 2, acknowledgeTypes: [ACCEPT] }] }),
    );
    expect(partitionOf(badAck, 0)!.acknowledgeErrorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  it("the classic group APIs answer a share group's id as Kafka: JoinGroup INCONSISTENT_GROUP_PROTOCOL, Sync and Heartbeat UNKNOWN_MEMBER_ID", async () => {
    const protocols = [{ name: 'range', metadata: Buffer.alloc(0) }];
    const joinClassic = (groupId: string) =>
      c.request(JoinGroupApi, 5, {
        groupId,
        sessionTimeoutMs: 10_000,
        rebalanceTimeoutMs: 10_000,
        memberId: 'm-1',
        groupInstanceId: null,
        protocolType: 'consumer',
        protocols,
        reason: null,
      });
    expect((await join('share-only', randomUuid())).errorCode).toBe(0);
    const joined = await joinClassic('share-only');
    expect(joined).toMatchObject({ errorCode: ErrorCode.INCONSISTENT_GROUP_PROTOCOL, memberId: '', generationId: -1 });
    const sync = await c.request(SyncGroupApi, 3, {
      groupId: 'share-only',
      generationId: 1,
      memberId: 'm-1',
      groupInstanceId: null,
      protocolType: null,
      protocolName: null,
      assignments: [],
    });
    expect(sync.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    const hb = await c.request(HeartbeatApi, 3, {
      groupId: 'share-only',
      generationId: 1,
      memberId: 'm-1',
      groupInstanceId: null,
    });
    expect(hb.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    // An id no share group holds is still a classic group's to take (MEMBER_ID_REQUIRED needs v4+; v5 asks for it).
    expect((await joinClassic('classic-only')).errorCode).not.toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  });

  it('records deleted under the share-partition (DeleteRecords) are skipped: the SPSO moves to the log start', async () => {
    await createTopic(c, 'trimmed', 1);
    const trimmedId = gb.broker.cluster.topicByName('trimmed')!.id;
    const only = { topics: [{ topicId: trimmedId, partitions: [{ partitionIndex: 0, acknowledgementBatches: [] }] }] };
    const m = randomUuid();
    await join('trim', m);
    await c.request(ShareFetchApi, 1, fetchReq('trim', m, 0, {}, only));
    for (const v of ['t0', 't1', 't2', 't3'])
      expect((await produceOne(c, 9, 'trimmed', 0, batchOf([v]))).errorCode).toBe(0);
    const del = await c.request(DeleteRecordsApi, 2, {
      topics: [{ name: 'trimmed', partitions: [{ partitionIndex: 0, offset: 2 }] }],
      timeoutMs: 1000,
    });
    expect(del.topics[0]!.partitions[0]!.errorCode).toBe(0);
    const res = await c.request(ShareFetchApi, 1, fetchReq('trim', m, 1, {}, only));
    const p = res.responses.find((t) => t.topicId === trimmedId)!.partitions[0]!;
    expect(p.acquiredRecords).toEqual([{ firstOffset: 2, lastOffset: 3, deliveryCount: 1 }]);
  });

  it('closing the session with epoch -1 releases what the member holds', async () => {
    const [a, b] = [randomUuid(), randomUuid()];
    await join('close', a);
    await join('close', b);
    await c.request(ShareFetchApi, 1, fetchReq('close', a, 0));
    await c.request(ShareFetchApi, 1, fetchReq('close', b, 0));
    expect((await produceOne(c, 9, 'jobs', 1, batchOf(['c0', 'c1']))).errorCode).toBe(0);
    const got = await c.request(ShareFetchApi, 1, fetchReq('close', a, 1));
    const [range] = partitionOf(got, 1)!.acquiredRecords;
    expect(range!.lastOffset - range!.firstOffset).toBe(1);
    const closed = await c.request(ShareAcknowledgeApi, 1, {
      groupId: 'close',
      memberId: a,
      shareSessionEpoch: -1,
      topics: [
        {
          topicId,
          partitions: [
            {
              partitionIndex: 1,
              acknowledgementBatches: [
                { firstOffset: range!.firstOffset, lastOffset: range!.firstOffset, acknowledgeTypes: [ACCEPT] },
              ],
            },
          ],
        },
      ],
    });
    expect(closed.responses[0]!.partitions[0]!.errorCode).toBe(0);
    const other = await c.request(ShareFetchApi, 1, fetchReq('close', b, 1));
    expect(partitionOf(other, 1)!.acquiredRecords).toEqual([
      { firstOffset: range!.lastOffset, lastOffset: range!.lastOffset, deliveryCount: 2 },
    ]);
    expect((await c.request(ShareFetchApi, 1, fetchReq('close', a, 2))).errorCode).toBe(
      ErrorCode.SHARE_SESSION_NOT_FOUND,
    );
  });
});

describe('share-partition state across a restart (__share_group_state)', () => {
  it('acknowledged records never come back; released and in-flight ones do, with their delivery counts', async () => {
    const config = {
      'offsets.topic.num.partitions': 1,
      'group.share.enable': true,
      'share.coordinator.state.topic.num.partitions': 3,
    };
    let gb = await startGroupBroker(config);
    try {
      let c = await gb.connect();
      await findCoordinator(c, 'durable');
      await createTopic(c, 'kept', 1);
      const topicId = gb.broker.cluster.topicByName('kept')!.id;
      const request = (memberId: string, epoch: number): ShareFetchRequest => ({
        groupId: 'durable',
        memberId,
        shareSessionEpoch: epoch,
        maxWaitMs: 0,
        minBytes: 1,
        maxBytes: 1 << 20,
        maxRecords: 500,
        batchSize: 500,
        shareAcquireMode: 0,
        isRenewAck: false,
        topics: [{ topicId, partitions: [{ partitionIndex: 0, acknowledgementBatches: [] }] }],
        forgottenTopicsData: [],
      });
      const joinKept = (memberId: string) =>
        c.request(ShareGroupHeartbeatApi, 1, {
          groupId: 'durable',
          memberId,
          memberEpoch: 0,
          rackId: null,
          subscribedTopicNames: ['kept'],
        });

      const a = randomUuid();
      expect((await joinKept(a)).errorCode).toBe(0);
      expect((await c.request(ShareFetchApi, 1, request(a, 0))).errorCode).toBe(0);
      expect((await produceOne(c, 9, 'kept', 0, batchOf(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']))).errorCode).toBe(0);
      const first = await c.request(ShareFetchApi, 1, request(a, 1));
      expect(first.responses[0]!.partitions[0]!.acquiredRecords).toEqual([
        { firstOffset: 0, lastOffset: 5, deliveryCount: 1 },
      ]);
      // Accept r0-r1, release r2, reject r3; r4-r5 stay acquired when the broker stops.
      const ack = await c.request(ShareAcknowledgeApi, 1, {
        groupId: 'durable',
        memberId: a,
        shareSessionEpoch: 2,
        topics: [
          {
            topicId,
            partitions: [
              {
                partitionIndex: 0,
                acknowledgementBatches: [
                  { firstOffset: 0, lastOffset: 1, acknowledgeTypes: [ACCEPT] },
                  { firstOffset: 2, lastOffset: 3, acknowledgeTypes: [RELEASE, REJECT] },
                ],
              },
            ],
          },
        ],
      });
      expect(ack.responses[0]!.partitions[0]!.errorCode).toBe(0);
      expect(gb.broker.cluster.topicByName('__share_group_state')!.partitions).toHaveLength(3);

      // A second group whose state is deleted with it (DeleteGroups writes tombstones): nothing of it comes back.
      const g = randomUuid();
      const gone = (memberId: string, memberEpoch: number) =>
        c.request(ShareGroupHeartbeatApi, 1, {
          groupId: 'gone',
          memberId,
          memberEpoch,
          rackId: null,
          subscribedTopicNames: ['kept'],
        });
      expect((await gone(g, 0)).errorCode).toBe(0);
      const goneFetch = await c.request(ShareFetchApi, 1, { ...request(g, 0), groupId: 'gone' });
      expect(goneFetch.errorCode).toBe(0);
      // Its share-partition starts at the high watermark (6) and has a state once a record is acknowledged.
      expect((await produceOne(c, 9, 'kept', 0, batchOf(['r6']))).errorCode).toBe(0);
      const goneGot = await c.request(ShareFetchApi, 1, { ...request(g, 1), groupId: 'gone' });
      expect(goneGot.responses[0]!.partitions[0]!.acquiredRecords).toEqual([
        { firstOffset: 6, lastOffset: 6, deliveryCount: 1 },
      ]);
      const goneAck = await c.request(ShareAcknowledgeApi, 1, {
        groupId: 'gone',
        memberId: g,
        shareSessionEpoch: 2,
        topics: [
          {
            topicId,
            partitions: [
              {
                partitionIndex: 0,
                acknowledgementBatches: [{ firstOffset: 6, lastOffset: 6, acknowledgeTypes: [ACCEPT] }],
              },
            ],
          },
        ],
      });
      expect(goneAck.responses[0]!.partitions[0]!.errorCode).toBe(0);
      expect((await gone(g, -1)).errorCode).toBe(0);
      const deleted = await c.request(DeleteGroupsApi, 2, { groupsNames: ['gone'] });
      expect(deleted.results).toEqual([{ groupId: 'gone', errorCode: 0 }]);

      await gb.stop();
      gb = await gb.restart();
      c = await gb.connect();
      await findCoordinator(c, 'durable');
      // DescribeShareGroupOffsets (key 90) reads the SPSO from the persisted state, before any member is back.
      const offsets = await c.request(DescribeShareGroupOffsetsApi, 1, {
        groups: [
          { groupId: 'durable', topics: [{ topicName: 'kept', partitions: [0, 7] }] },
          { groupId: 'durable', topics: null },
          { groupId: 'nobody', topics: null },
        ],
      });
      const spso = { partitionIndex: 0, startOffset: 2, leaderEpoch: 0, errorCode: 0, errorMessage: null };
      expect(offsets.groups).toEqual([
        {
          groupId: 'durable',
          errorCode: 0,
          errorMessage: null,
          topics: [
            {
              topicName: 'kept',
              topicId,
              partitions: [
                spso,
                {
                  partitionIndex: 7,
                  startOffset: -1,
                  leaderEpoch: -1,
                  errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                  errorMessage: expect.any(String),
                },
              ],
            },
          ],
        },
        {
          groupId: 'durable',
          errorCode: 0,
          errorMessage: null,
          topics: [{ topicName: 'kept', topicId, partitions: [spso] }],
        },
        { groupId: 'nobody', errorCode: ErrorCode.GROUP_ID_NOT_FOUND, errorMessage: expect.any(String), topics: [] },
      ]);
      const goneAfter = await c.request(DescribeShareGroupOffsetsApi, 1, {
        groups: [{ groupId: 'gone', topics: null }],
      });
      expect(goneAfter.groups[0]!.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
      const b = randomUuid();
      expect((await joinKept(b)).errorCode).toBe(0);
      const fetched = [];
      const values = [];
      for (const epoch of [0, 1]) {
        const res = await c.request(ShareFetchApi, 1, request(b, epoch));
        expect(res.errorCode).toBe(0);
        const p = res.responses[0]?.partitions[0];
        if (!p) continue;
        fetched.push(...p.acquiredRecords);
        const acquired = new Set(
          p.acquiredRecords.flatMap((r) =>
            Array.from({ length: r.lastOffset - r.firstOffset + 1 }, (_, i) => r.firstOffset + i),
          ),
        );
        for (const r of await decodeRecords(p.records)) if (acquired.has(r.offset)) values.push(r.value);
      }
      // r2 was delivered once and released, r4-r5 were acquired: each comes back on its second delivery; r6, produced
      // for the other group, is new to this one.
      expect(fetched).toEqual([
        { firstOffset: 2, lastOffset: 2, deliveryCount: 2 },
        { firstOffset: 4, lastOffset: 5, deliveryCount: 2 },
        { firstOffset: 6, lastOffset: 6, deliveryCount: 1 },
      ]);
      expect(values).toEqual(['r2', 'r4', 'r5', 'r6']);
    } finally {
      await gb.dispose();
    }
  });
});
