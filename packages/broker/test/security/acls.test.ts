// ACL authorization over the wire (StandardAuthorizer semantics): the ACL APIs and their per-binding errors, ACLs
// persisted across a restart, every served API refusing a SASL principal with no ACLs with Kafka's error, and ACLs
// that allow produce, fetch, groups, idempotent producers, topic visibility and authorized-operations bitfields.
import {
  AddOffsetsToTxnApi,
  AddPartitionsToTxnApi,
  AlterClientQuotasApi,
  AlterConfigsApi,
  AlterPartitionReassignmentsApi,
  AlterReplicaLogDirsApi,
  AlterUserScramCredentialsApi,
  ApiVersionsApi,
  ConsumerGroupDescribeApi,
  ConsumerGroupHeartbeatApi,
  CreateAclsApi,
  CreatePartitionsApi,
  CreateTopicsApi,
  DeleteAclsApi,
  DeleteGroupsApi,
  DeleteRecordsApi,
  DeleteTopicsApi,
  DescribeAclsApi,
  DescribeClientQuotasApi,
  DescribeClusterApi,
  DescribeConfigsApi,
  DescribeGroupsApi,
  DescribeLogDirsApi,
  GetTelemetrySubscriptionsApi,
  ListClientMetricsResourcesApi,
  PushTelemetryApi,
  DescribeProducersApi,
  DescribeQuorumApi,
  DescribeTopicPartitionsApi,
  DescribeTransactionsApi,
  DescribeUserScramCredentialsApi,
  ElectLeadersApi,
  EndTxnApi,
  ErrorCode,
  FetchApi,
  FindCoordinatorApi,
  HeartbeatApi,
  IncrementalAlterConfigsApi,
  InitProducerIdApi,
  JoinGroupApi,
  LeaveGroupApi,
  ListGroupsApi,
  ListOffsetsApi,
  ListPartitionReassignmentsApi,
  ListTransactionsApi,
  MetadataApi,
  OffsetCommitApi,
  OffsetDeleteApi,
  OffsetFetchApi,
  OffsetForLeaderEpochApi,
  ProduceApi,
  SaslAuthenticateApi,
  SaslHandshakeApi,
  SyncGroupApi,
  TxnOffsetCommitApi,
  UpdateFeaturesApi,
  WriteTxnMarkersApi,
  ZERO_UUID,
  type ApiCodec,
} from '@samsa/protocol';
import { findCoordinator, joinBody } from '../helpers/groups';
import { batchOf, fetchRequest } from '../helpers/records';
import { startTestBroker, tempDataDir, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

// Kafka's codes (org.apache.kafka.common.resource / acl).
const TOPIC = 2;
const GROUP = 3;
const CLUSTER = 4;
const TRANSACTIONAL_ID = 5;
const ANY = 1;
const MATCH = 2;
const LITERAL = 3;
const PREFIXED = 4;
const ALL = 2;
const READ = 3;
const WRITE = 4;
const CREATE = 5;
const DESCRIBE = 8;
const DENY = 2;
const ALLOW = 3;

const USERS = 'admin:admin-secret,alice:alice-secret,bob:bob-secret';

function config(extra: Record<string, string | number | boolean> = {}) {
  return {
    listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
    'sasl.enabled.mechanisms': 'PLAIN',
    'samsa.sasl.users': USERS,
    'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'super.users': 'User:admin;User:ops',
    'group.initial.rebalance.delay.ms': 0,
    'connection.failed.authentication.delay.ms': 0,
    ...extra,
  };
}

async function login(tb: TestBroker, user: string, port = tb.broker.port): Promise<WireClient> {
  const client = await WireClient.connect(port);
  await client.request(SaslHandshakeApi, 1, { mechanism: 'PLAIN' });
  const auth = await client.request(SaslAuthenticateApi, 2, {
    authBytes: Buffer.from(`\u0000${user}\u0000${user}-secret`, 'utf8'),
  });
  expect(auth.errorCode).toBe(0);
  return client;
}

interface Acl {
  resourceType: number;
  resourceName: string;
  resourcePatternType?: number;
  principal: string;
  host?: string;
  operation: number;
  permissionType?: number;
}

async function createAcls(client: WireClient, acls: Acl[]): Promise<number[]> {
  const res = await client.request(CreateAclsApi, 3, {
    creations: acls.map((a) => ({
      resourcePatternType: LITERAL,
      host: '*',
      permissionType: ALLOW,
      ...a,
    })),
  });
  return res.results.map((r) => r.errorCode);
}

const ANY_FILTER = {
  resourceTypeFilter: ANY,
  resourceNameFilter: null,
  patternTypeFilter: ANY,
  principalFilter: null,
  hostFilter: null,
  operation: ANY,
  permissionType: ANY,
};

/** Every error code anywhere in a response (any field whose name ends in errorCode / ErrorCode). */
function errorCodes(value: unknown, out: number[] = []): number[] {
  if (Array.isArray(value)) for (const v of value) errorCodes(v, out);
  else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (/errorcode$/i.test(k) && typeof v === 'number') out.push(v);
      else errorCodes(v, out);
    }
  }
  return out;
}

describe('ACL APIs with an authorizer', () => {
  let tb: TestBroker;
  const dataDir = tempDataDir();
  beforeAll(async () => {
    tb = await startTestBroker(config(), dataDir);
  });
  afterAll(async () => tb.dispose());

  it('creates, describes with filters and deletes ACLs, with Kafka per-binding errors', async () => {
    const admin = await login(tb, 'admin');
    try {
      expect(
        await createAcls(admin, [
          { resourceType: TOPIC, resourceName: 'orders', principal: 'User:alice', operation: READ },
          {
            resourceType: TOPIC,
            resourceName: 'ord',
            resourcePatternType: PREFIXED,
            principal: 'User:bob',
            operation: WRITE,
          },
          { resourceType: TOPIC, resourceName: 'orders', principal: 'User:alice', operation: READ },
          { resourceType: CLUSTER, resourceName: 'my-cluster', principal: 'User:alice', operation: DESCRIBE },
          { resourceType: TOPIC, resourceName: '', principal: 'User:alice', operation: READ },
          { resourceType: GROUP, resourceName: 'g', principal: 'alice', operation: READ },
        ]),
      ).toEqual([0, 0, 0, ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_REQUEST]);

      const all = await admin.request(DescribeAclsApi, 3, ANY_FILTER);
      expect(all.errorCode).toBe(0);
      // The duplicate creation is one ACL.
      expect(all.resources.map((r) => [r.resourceName, r.patternType, r.acls.length])).toEqual([
        ['orders', LITERAL, 1],
        ['ord', PREFIXED, 1],
      ]);
      // MATCH finds the patterns that apply to a name: the literal and the prefix.
      const match = await admin.request(DescribeAclsApi, 3, {
        ...ANY_FILTER,
        resourceTypeFilter: TOPIC,
        resourceNameFilter: 'orders',
        patternTypeFilter: MATCH,
      });
      expect(match.resources.map((r) => r.resourceName).sort()).toEqual(['ord', 'orders']);
      const byPrincipal = await admin.request(DescribeAclsApi, 3, { ...ANY_FILTER, principalFilter: 'User:bob' });
      expect(byPrincipal.resources.map((r) => r.acls.map((a) => [a.principal, a.operation]))).toEqual([
        [['User:bob', WRITE]],
      ]);
      // v0 sees LITERAL ACLs only.
      const v0 = await admin.request(DescribeAclsApi, 0, { ...ANY_FILTER, patternTypeFilter: undefined });
      expect(v0.resources.map((r) => r.resourceName)).toEqual(['orders']);

      const deleted = await admin.request(DeleteAclsApi, 3, {
        filters: [{ ...ANY_FILTER, resourceTypeFilter: TOPIC, patternTypeFilter: PREFIXED }],
      });
      expect(deleted.filterResults[0]?.matchingAcls.map((a) => [a.resourceName, a.principal])).toEqual([
        ['ord', 'User:bob'],
      ]);
      const left = await admin.request(DescribeAclsApi, 3, ANY_FILTER);
      expect(left.resources.map((r) => r.resourceName)).toEqual(['orders']);
    } finally {
      admin.destroy();
    }
  });

  it('needs DESCRIBE on the cluster to describe ACLs and ALTER to change them', async () => {
    const bob = await login(tb, 'bob');
    try {
      const described = await bob.request(DescribeAclsApi, 3, ANY_FILTER);
      expect(described.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
      expect(described.resources).toEqual([]);
      expect(
        await createAcls(bob, [{ resourceType: TOPIC, resourceName: 'x', principal: 'User:bob', operation: ALL }]),
      ).toEqual([ErrorCode.CLUSTER_AUTHORIZATION_FAILED]);
      const deleted = await bob.request(DeleteAclsApi, 3, { filters: [ANY_FILTER] });
      expect(deleted.filterResults.map((f) => f.errorCode)).toEqual([ErrorCode.CLUSTER_AUTHORIZATION_FAILED]);
    } finally {
      bob.destroy();
    }
  });

  it('shares the ACLs among the broker identities of the process', async () => {
    const multi = await startTestBroker(config({ 'samsa.broker.count': 2 }));
    try {
      const first = await login(multi, 'admin', multi.broker.nodes[0]?.port);
      const second = await login(multi, 'admin', multi.broker.nodes[1]?.port);
      try {
        await createAcls(first, [
          { resourceType: TOPIC, resourceName: 'shared', principal: 'User:alice', operation: READ },
        ]);
        const seen = await second.request(DescribeAclsApi, 3, ANY_FILTER);
        expect(seen.resources.map((r) => r.resourceName)).toEqual(['shared']);
      } finally {
        first.destroy();
        second.destroy();
      }
    } finally {
      await multi.dispose();
    }
  });

  it('keeps the ACLs across a restart', async () => {
    const admin = await login(tb, 'admin');
    await createAcls(admin, [{ resourceType: GROUP, resourceName: 'kept', principal: 'User:alice', operation: READ }]);
    admin.destroy();
    await tb.stop();
    tb = await startTestBroker(config(), dataDir);
    const again = await login(tb, 'admin');
    try {
      const res = await again.request(DescribeAclsApi, 3, { ...ANY_FILTER, resourceTypeFilter: GROUP });
      expect(res.resources.map((r) => [r.resourceName, r.acls[0]?.principal])).toEqual([['kept', 'User:alice']]);
    } finally {
      again.destroy();
    }
  });
});

describe('every served API refuses a principal with no ACLs', () => {
  let tb: TestBroker;
  let admin: WireClient;
  let bob: WireClient;
  let topicId = ZERO_UUID;
  beforeAll(async () => {
    tb = await startTestBroker(config());
    admin = await login(tb, 'admin');
    bob = await login(tb, 'bob');
    const created = await admin.request(CreateTopicsApi, 7, {
      topics: [{ name: 'secret', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    expect(created.topics[0]?.errorCode).toBe(0);
    topicId = created.topics[0]?.topicId ?? ZERO_UUID;
    // A group and a transactional id bob must not see in listings.
    await findCoordinator(admin, 'g-secret');
    await admin.request(FindCoordinatorApi, 4, { keyType: 1, coordinatorKeys: ['tx-secret'] });
    const commit = await admin.request(OffsetCommitApi, 8, {
      groupId: 'g-secret',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      groupInstanceId: null,
      topics: [{ name: 'secret', partitions: [{ partitionIndex: 0, committedOffset: 0, committedMetadata: null }] }],
    });
    expect(errorCodes(commit)).toEqual([0]);
    const init = await admin.request(InitProducerIdApi, 4, {
      transactionalId: 'tx-secret',
      transactionTimeoutMs: 60_000,
      producerId: -1,
      producerEpoch: -1,
    });
    expect(init.errorCode).toBe(0);
  });
  afterAll(async () => {
    admin.destroy();
    bob.destroy();
    await tb.dispose();
  });

  const TAF = ErrorCode.TOPIC_AUTHORIZATION_FAILED;
  const GAF = ErrorCode.GROUP_AUTHORIZATION_FAILED;
  const CAF = ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
  const TXAF = ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED;

  // biome-ignore lint/suspicious/noExplicitAny: a table of requests to codecs of every type
  type Case = { api: ApiCodec<any, any>; version: number; body: () => object; expected: number };
  const p0 = (name: string) => [
    { name, partitions: [{ partitionIndex: 0, committedOffset: 0, committedMetadata: null }] },
  ];
  const cases: Case[] = [
    {
      api: ProduceApi,
      version: 9,
      body: () => ({
        transactionalId: null,
        acks: -1,
        timeoutMs: 5000,
        topicData: [{ name: 'secret', partitionData: [{ index: 0, records: batchOf(['x']) }] }],
      }),
      expected: TAF,
    },
    {
      api: FetchApi,
      version: 12,
      body: () => fetchRequest([{ topic: 'secret', partition: 0, offset: 0 }]),
      expected: TAF,
    },
    {
      api: ListOffsetsApi,
      version: 7,
      body: () => ({
        replicaId: -1,
        isolationLevel: 0,
        topics: [{ name: 'secret', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -1 }] }],
      }),
      expected: TAF,
    },
    {
      api: MetadataApi,
      version: 12,
      body: () => ({
        topics: [{ name: 'secret', topicId: ZERO_UUID }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      }),
      expected: TAF,
    },
    {
      api: OffsetCommitApi,
      version: 8,
      body: () => ({ ...OffsetCommitApi.defaultRequest(), groupId: 'g-secret', topics: p0('secret') }),
      expected: GAF,
    },
    {
      api: OffsetFetchApi,
      version: 8,
      body: () => ({ groups: [{ groupId: 'g-secret', topics: null }], requireStable: false }),
      expected: GAF,
    },
    {
      api: FindCoordinatorApi,
      version: 4,
      body: () => ({ keyType: 0, coordinatorKeys: ['g-secret'] }),
      expected: GAF,
    },
    { api: JoinGroupApi, version: 9, body: () => joinBody('g-secret'), expected: GAF },
    {
      api: HeartbeatApi,
      version: 4,
      body: () => ({ groupId: 'g-secret', generationId: 1, memberId: 'm', groupInstanceId: null }),
      expected: GAF,
    },
    {
      api: LeaveGroupApi,
      version: 5,
      body: () => ({ groupId: 'g-secret', members: [{ memberId: 'm', groupInstanceId: null, reason: null }] }),
      expected: GAF,
    },
    {
      api: SyncGroupApi,
      version: 5,
      body: () => ({ ...SyncGroupApi.defaultRequest(), groupId: 'g-secret', generationId: 1, memberId: 'm' }),
      expected: GAF,
    },
    {
      api: DescribeGroupsApi,
      version: 5,
      body: () => ({ groups: ['g-secret'], includeAuthorizedOperations: true }),
      expected: GAF,
    },
    {
      api: CreateTopicsApi,
      version: 7,
      body: () => ({
        topics: [{ name: 'bobs', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 5000,
        validateOnly: false,
      }),
      expected: TAF,
    },
    {
      api: DeleteTopicsApi,
      version: 6,
      body: () => ({ topics: [{ name: 'secret', topicId: ZERO_UUID }], timeoutMs: 5000 }),
      expected: TAF,
    },
    {
      api: DeleteRecordsApi,
      version: 2,
      body: () => ({ topics: [{ name: 'secret', partitions: [{ partitionIndex: 0, offset: 0 }] }], timeoutMs: 5000 }),
      expected: TAF,
    },
    {
      api: InitProducerIdApi,
      version: 4,
      body: () => ({ transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1, producerEpoch: -1 }),
      expected: CAF,
    },
    {
      api: OffsetForLeaderEpochApi,
      version: 4,
      body: () => ({
        replicaId: -1,
        topics: [{ topic: 'secret', partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] }],
      }),
      expected: TAF,
    },
    {
      api: AddPartitionsToTxnApi,
      version: 3,
      body: () => ({
        v3AndBelowTransactionalId: 'tx-secret',
        v3AndBelowProducerId: 0,
        v3AndBelowProducerEpoch: 0,
        v3AndBelowTopics: [{ name: 'secret', partitions: [0] }],
      }),
      expected: TXAF,
    },
    {
      api: AddOffsetsToTxnApi,
      version: 3,
      body: () => ({ transactionalId: 'tx-secret', producerId: 0, producerEpoch: 0, groupId: 'g-secret' }),
      expected: TXAF,
    },
    {
      api: EndTxnApi,
      version: 3,
      body: () => ({ transactionalId: 'tx-secret', producerId: 0, producerEpoch: 0, committed: true }),
      expected: TXAF,
    },
    {
      api: WriteTxnMarkersApi,
      version: 1,
      body: () => ({
        markers: [
          {
            producerId: 0,
            producerEpoch: 0,
            transactionResult: true,
            topics: [{ name: 'secret', partitionIndexes: [0] }],
            coordinatorEpoch: 0,
          },
        ],
      }),
      expected: CAF,
    },
    {
      api: TxnOffsetCommitApi,
      version: 3,
      body: () => ({
        ...TxnOffsetCommitApi.defaultRequest(),
        transactionalId: 'tx-secret',
        groupId: 'g-secret',
        topics: p0('secret'),
      }),
      expected: TXAF,
    },
    { api: DescribeAclsApi, version: 3, body: () => ANY_FILTER, expected: CAF },
    {
      api: CreateAclsApi,
      version: 3,
      body: () => ({
        creations: [
          {
            resourceType: TOPIC,
            resourceName: 'secret',
            resourcePatternType: LITERAL,
            principal: 'User:bob',
            host: '*',
            operation: ALL,
            permissionType: ALLOW,
          },
        ],
      }),
      expected: CAF,
    },
    { api: DeleteAclsApi, version: 3, body: () => ({ filters: [ANY_FILTER] }), expected: CAF },
    {
      api: DescribeConfigsApi,
      version: 4,
      body: () => ({ resources: [{ resourceType: 2, resourceName: 'secret', configurationKeys: null }] }),
      expected: TAF,
    },
    {
      api: AlterConfigsApi,
      version: 2,
      body: () => ({
        resources: [{ resourceType: 2, resourceName: 'secret', configs: [{ name: 'retention.ms', value: '1000' }] }],
        validateOnly: true,
      }),
      expected: TAF,
    },
    { api: DescribeLogDirsApi, version: 4, body: () => ({ topics: null }), expected: CAF },
    {
      api: AlterReplicaLogDirsApi,
      version: 2,
      body: () => ({ dirs: [{ path: '/nowhere', topics: [{ name: 'secret', partitions: [0] }] }] }),
      expected: CAF,
    },
    { api: ListClientMetricsResourcesApi, version: 0, body: () => ({}), expected: CAF },
    {
      api: CreatePartitionsApi,
      version: 3,
      body: () => ({ topics: [{ name: 'secret', count: 2, assignments: null }], timeoutMs: 5000, validateOnly: true }),
      expected: TAF,
    },
    { api: DeleteGroupsApi, version: 2, body: () => ({ groupsNames: ['g-secret'] }), expected: GAF },
    {
      api: ElectLeadersApi,
      version: 2,
      body: () => ({ electionType: 0, topicPartitions: [{ topic: 'secret', partitions: [0] }], timeoutMs: 5000 }),
      expected: CAF,
    },
    {
      api: IncrementalAlterConfigsApi,
      version: 1,
      body: () => ({
        resources: [
          {
            resourceType: 4,
            resourceName: '',
            configs: [{ name: 'log.retention.ms', configOperation: 0, value: '1000' }],
          },
        ],
        validateOnly: true,
      }),
      expected: CAF,
    },
    {
      api: AlterPartitionReassignmentsApi,
      version: 0,
      body: () => ({
        timeoutMs: 5000,
        topics: [{ name: 'secret', partitions: [{ partitionIndex: 0, replicas: null }] }],
      }),
      expected: CAF,
    },
    { api: ListPartitionReassignmentsApi, version: 0, body: () => ({ timeoutMs: 5000, topics: null }), expected: CAF },
    {
      api: OffsetDeleteApi,
      version: 0,
      body: () => ({ groupId: 'g-secret', topics: [{ name: 'secret', partitions: [{ partitionIndex: 0 }] }] }),
      expected: GAF,
    },
    { api: DescribeClientQuotasApi, version: 1, body: () => ({ components: [], strict: false }), expected: CAF },
    {
      api: AlterClientQuotasApi,
      version: 1,
      body: () => ({
        entries: [
          {
            entity: [{ entityType: 'user', entityName: 'bob' }],
            ops: [{ key: 'producer_byte_rate', value: 1, remove: false }],
          },
        ],
        validateOnly: true,
      }),
      expected: CAF,
    },
    { api: DescribeUserScramCredentialsApi, version: 0, body: () => ({ users: null }), expected: CAF },
    {
      api: AlterUserScramCredentialsApi,
      version: 0,
      body: () => ({ deletions: [{ name: 'alice', mechanism: 1 }], upsertions: [] }),
      expected: CAF,
    },
    {
      api: DescribeQuorumApi,
      version: 1,
      body: () => ({ topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }] }),
      expected: CAF,
    },
    {
      api: UpdateFeaturesApi,
      version: 1,
      body: () => ({ timeoutMs: 5000, featureUpdates: [], validateOnly: true }),
      expected: CAF,
    },
    {
      api: DescribeProducersApi,
      version: 0,
      body: () => ({ topics: [{ name: 'secret', partitionIndexes: [0] }] }),
      expected: TAF,
    },
    { api: DescribeTransactionsApi, version: 0, body: () => ({ transactionalIds: ['tx-secret'] }), expected: TXAF },
    {
      api: ConsumerGroupHeartbeatApi,
      version: 0,
      body: () => ({
        ...ConsumerGroupHeartbeatApi.defaultRequest(),
        groupId: 'g-new',
        memberId: 'm',
        memberEpoch: 0,
        rebalanceTimeoutMs: 30_000,
        subscribedTopicNames: ['secret'],
        topicPartitions: [],
      }),
      expected: GAF,
    },
    {
      api: ConsumerGroupDescribeApi,
      version: 0,
      body: () => ({ groupIds: ['g-secret'], includeAuthorizedOperations: true }),
      expected: GAF,
    },
    {
      api: DescribeTopicPartitionsApi,
      version: 0,
      body: () => ({ topics: [{ name: 'secret' }], responsePartitionLimit: 100, cursor: null }),
      expected: TAF,
    },
  ];
  /**
   * APIs that answer without refusing: ApiVersions and SASL (before authentication), those that filter, and client
   * telemetry (KIP-714: any client may ask for its subscription and push, as Kafka's KafkaApis checks no ACL there).
   */
  const FILTERING = [
    'ApiVersions',
    'SaslHandshake',
    'SaslAuthenticate',
    'DescribeCluster',
    'ListGroups',
    'ListTransactions',
    'GetTelemetrySubscriptions',
    'PushTelemetry',
  ];

  it('walks every served API', async () => {
    const versions = await bob.request(ApiVersionsApi, 3, {
      clientSoftwareName: 'test',
      clientSoftwareVersion: '1',
    });
    const served = new Set(versions.apiKeys.map((k) => k.apiKey));
    const covered = new Set([
      ...cases.map((c) => c.api.apiKey),
      ...FILTERING.map((name) => {
        const codec = [
          ApiVersionsApi,
          SaslHandshakeApi,
          SaslAuthenticateApi,
          DescribeClusterApi,
          ListGroupsApi,
          ListTransactionsApi,
          GetTelemetrySubscriptionsApi,
          PushTelemetryApi,
        ].find((a) => a.name === name);
        return codec?.apiKey ?? -1;
      }),
    ]);
    expect([...served].filter((k) => !covered.has(k))).toEqual([]);
    for (const c of cases) {
      const res = await bob.request(c.api, c.version, c.body());
      expect({ api: c.api.name, codes: errorCodes(res) }).toEqual({
        api: c.api.name,
        codes: expect.arrayContaining([c.expected]),
      });
    }
  });

  it('answers DescribeLogDirs before v3 (no error field) with no log dirs', async () => {
    const res = await bob.request(DescribeLogDirsApi, 1, { topics: null });
    expect(res.results).toEqual([]);
    expect((await admin.request(DescribeLogDirsApi, 1, { topics: null })).results.length).toBeGreaterThan(0);
  });

  it('finds no transaction coordinator for a transactional id it may not describe', async () => {
    const res = await bob.request(FindCoordinatorApi, 4, { keyType: 1, coordinatorKeys: ['tx-secret'] });
    expect(res.coordinators?.map((c) => c.errorCode)).toEqual([TXAF]);
  });

  it('refuses a transactional InitProducerId without WRITE on the transactional id', async () => {
    const res = await bob.request(InitProducerIdApi, 4, {
      transactionalId: 'tx-secret',
      transactionTimeoutMs: 60_000,
      producerId: -1,
      producerEpoch: -1,
    });
    expect(res.errorCode).toBe(TXAF);
  });

  it('hides what the principal may not describe from listings, and reports no cluster operations', async () => {
    const all = { topics: null, allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false };
    expect((await admin.request(MetadataApi, 12, all)).topics.map((t) => t.name)).toContain('secret');
    expect((await bob.request(MetadataApi, 12, all)).topics.map((t) => t.name)).not.toContain('secret');
    const byId = await bob.request(MetadataApi, 12, { ...all, topics: [{ name: null, topicId }] });
    expect(byId.topics.map((t) => [t.name, t.errorCode])).toEqual([[null, TAF]]);

    const listGroups = { statesFilter: [], typesFilter: [] };
    expect((await admin.request(ListGroupsApi, 5, listGroups)).groups.map((g) => g.groupId)).toContain('g-secret');
    expect((await bob.request(ListGroupsApi, 5, listGroups)).groups).toEqual([]);

    const listTxns = { stateFilters: [], producerIdFilters: [], durationFilter: -1 };
    const adminTxns = await admin.request(ListTransactionsApi, 1, listTxns);
    expect(adminTxns.transactionStates.map((t) => t.transactionalId)).toContain('tx-secret');
    expect((await bob.request(ListTransactionsApi, 1, listTxns)).transactionStates).toEqual([]);

    const cluster = await bob.request(DescribeClusterApi, 1, {
      includeClusterAuthorizedOperations: true,
      endpointType: 1,
    });
    expect(cluster.clusterAuthorizedOperations).toBe(0);
    const adminCluster = await admin.request(DescribeClusterApi, 1, {
      includeClusterAuthorizedOperations: true,
      endpointType: 1,
    });
    // A super user may do every cluster operation: CREATE, ALTER, DESCRIBE, CLUSTER_ACTION, DESCRIBE_CONFIGS,
    // ALTER_CONFIGS, IDEMPOTENT_WRITE.
    expect(adminCluster.clusterAuthorizedOperations).toBe([5, 7, 8, 9, 10, 11, 12].reduce((a, op) => a | (1 << op), 0));
  });
});

describe('ACLs that allow', () => {
  let tb: TestBroker;
  let admin: WireClient;
  let alice: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker(config());
    admin = await login(tb, 'admin');
    alice = await login(tb, 'alice');
    for (const name of ['app-orders', 'app-hidden', 'other']) {
      const created = await admin.request(CreateTopicsApi, 7, {
        topics: [{ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 5000,
        validateOnly: false,
      });
      expect(created.topics[0]?.errorCode).toBe(0);
    }
    expect(
      await createAcls(admin, [
        // Everything on app-* topics, but DENY wins on app-hidden.
        {
          resourceType: TOPIC,
          resourceName: 'app-',
          resourcePatternType: PREFIXED,
          principal: 'User:alice',
          operation: ALL,
        },
        {
          resourceType: TOPIC,
          resourceName: 'app-hidden',
          principal: 'User:alice',
          operation: ALL,
          permissionType: DENY,
        },
        { resourceType: GROUP, resourceName: '*', principal: 'User:alice', operation: READ },
        { resourceType: TOPIC, resourceName: 'other', principal: 'User:alice', operation: READ, host: '10.9.9.9' },
        {
          resourceType: TRANSACTIONAL_ID,
          resourceName: 'tx-',
          resourcePatternType: PREFIXED,
          principal: 'User:*',
          operation: WRITE,
        },
        { resourceType: CLUSTER, resourceName: 'kafka-cluster', principal: 'User:alice', operation: CREATE },
      ]),
    ).toEqual([0, 0, 0, 0, 0, 0]);
  });
  afterAll(async () => {
    admin.destroy();
    alice.destroy();
    await tb.dispose();
  });

  it('lets the principal produce and fetch where a prefixed ALLOW covers the topic, not where a DENY does', async () => {
    const produce = (topic: string) =>
      alice.request(ProduceApi, 9, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 5000,
        topicData: [{ name: topic, partitionData: [{ index: 0, records: batchOf(['v']) }] }],
      });
    expect(errorCodes(await produce('app-orders'))).toEqual([0]);
    expect(errorCodes(await produce('app-hidden'))).toEqual([ErrorCode.TOPIC_AUTHORIZATION_FAILED]);
    const fetched = await alice.request(FetchApi, 12, fetchRequest([{ topic: 'app-orders', partition: 0, offset: 0 }]));
    expect(fetched.responses[0]?.partitions[0]?.errorCode).toBe(0);
    expect(fetched.responses[0]?.partitions[0]?.highWatermark).toBe(1);
    // The ACL on `other` is for another host.
    const other = await alice.request(FetchApi, 12, fetchRequest([{ topic: 'other', partition: 0, offset: 0 }]));
    expect(other.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  });

  it('shows only describable topics, with their authorized operations, and auto-creates with CREATE', async () => {
    const res = await alice.request(MetadataApi, 12, {
      topics: null,
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: true,
    });
    expect(res.topics.map((t) => t.name)).toEqual(['app-orders']);
    // ALL on the prefix: every topic operation (READ, WRITE, CREATE, DELETE, ALTER, DESCRIBE, DESCRIBE_CONFIGS,
    // ALTER_CONFIGS).
    expect(res.topics[0]?.topicAuthorizedOperations).toBe(
      [3, 4, 5, 6, 7, 8, 10, 11].reduce((a, op) => a | (1 << op), 0),
    );
    const created = await alice.request(MetadataApi, 12, {
      topics: [{ name: 'app-new', topicId: ZERO_UUID }],
      allowAutoTopicCreation: true,
      includeTopicAuthorizedOperations: false,
    });
    expect(created.topics.map((t) => [t.name, t.errorCode])).toEqual([['app-new', 0]]);
  });

  it('lets the principal join a group it may READ and commit offsets of topics it may READ', async () => {
    await findCoordinator(alice, 'alice-group');
    const join = await alice.request(JoinGroupApi, 9, joinBody('alice-group', '', { sessionTimeoutMs: 6000 }));
    expect(join.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
    const joined = await alice.request(JoinGroupApi, 9, joinBody('alice-group', join.memberId));
    expect(joined.errorCode).toBe(0);
    const commit = await alice.request(OffsetCommitApi, 8, {
      ...OffsetCommitApi.defaultRequest(),
      groupId: 'solo',
      generationIdOrMemberEpoch: -1,
      topics: [
        { name: 'app-orders', partitions: [{ partitionIndex: 0, committedOffset: 1, committedMetadata: null }] },
        { name: 'other', partitions: [{ partitionIndex: 0, committedOffset: 1, committedMetadata: null }] },
      ],
    });
    expect(commit.topics.map((t) => [t.name, t.partitions[0]?.errorCode]).sort()).toEqual([
      ['app-orders', 0],
      ['other', ErrorCode.TOPIC_AUTHORIZATION_FAILED],
    ]);
  });

  it('reports the group operations the ACLs allow in DescribeGroups and ConsumerGroupDescribe', async () => {
    const described = await alice.request(DescribeGroupsApi, 5, {
      groups: ['alice-group'],
      includeAuthorizedOperations: true,
    });
    // READ on the group, which implies DESCRIBE; not DELETE.
    expect(described.groups.map((g) => [g.errorCode, g.authorizedOperations])).toEqual([
      [0, (1 << READ) | (1 << DESCRIBE)],
    ]);
    const heartbeat = (topics: string[]) =>
      alice.request(ConsumerGroupHeartbeatApi, 0, {
        ...ConsumerGroupHeartbeatApi.defaultRequest(),
        groupId: 'alice-848',
        memberId: '',
        memberEpoch: 0,
        rebalanceTimeoutMs: 30_000,
        subscribedTopicNames: topics,
        topicPartitions: [],
      });
    // A DENY ALL on app-hidden covers DESCRIBE, which a subscription needs.
    expect((await heartbeat(['app-hidden'])).errorCode).toBe(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    expect((await heartbeat(['app-orders'])).errorCode).toBe(0);
    const described848 = await alice.request(ConsumerGroupDescribeApi, 0, {
      groupIds: ['alice-848'],
      includeAuthorizedOperations: true,
    });
    expect(described848.groups.map((g) => [g.errorCode, g.authorizedOperations])).toEqual([
      [0, (1 << READ) | (1 << DESCRIBE)],
    ]);
  });

  it('grants an idempotent producer id to a principal that may WRITE some topic', async () => {
    const idempotent = { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1, producerEpoch: -1 };
    expect((await alice.request(InitProducerIdApi, 4, idempotent)).errorCode).toBe(0);
    // A wildcard-principal ACL covers any user's transactional ids under the prefix.
    const coordinator = await alice.request(FindCoordinatorApi, 4, { keyType: 1, coordinatorKeys: ['tx-alice'] });
    expect(coordinator.coordinators?.map((c) => c.errorCode)).toEqual([0]);
    const txn = await alice.request(InitProducerIdApi, 4, { ...idempotent, transactionalId: 'tx-alice' });
    expect(txn.errorCode).toBe(0);
    const bob = await login(tb, 'bob');
    try {
      expect((await bob.request(InitProducerIdApi, 4, idempotent)).errorCode).toBe(
        ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
      );
    } finally {
      bob.destroy();
    }
  });
});

describe('without authorizer.class.name', () => {
  it('answers the ACL APIs SECURITY_DISABLED and allows everything', async () => {
    const tb = await startTestBroker({
      listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
      'sasl.enabled.mechanisms': 'PLAIN',
      'samsa.sasl.users': USERS,
    });
    const bob = await login(tb, 'bob');
    try {
      expect((await bob.request(DescribeAclsApi, 3, ANY_FILTER)).errorCode).toBe(ErrorCode.SECURITY_DISABLED);
      const created = await bob.request(CreateTopicsApi, 7, {
        topics: [{ name: 'free', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 5000,
        validateOnly: false,
      });
      expect(created.topics[0]?.errorCode).toBe(0);
    } finally {
      bob.destroy();
      await tb.dispose();
    }
  });
});

describe('StandardAuthorizer rules', () => {
  let tb: TestBroker;
  let admin: WireClient;
  let alice: WireClient;
  const describeTopic = async (client: WireClient, name: string) =>
    (
      await client.request(MetadataApi, 12, {
        topics: [{ name, topicId: ZERO_UUID }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: true,
      })
    ).topics[0];
  const describeConfigs = async (client: WireClient, name: string) =>
    (
      await client.request(DescribeConfigsApi, 4, {
        resources: [{ resourceType: 2, resourceName: name, configurationKeys: ['retention.ms'] }],
      })
    ).results[0]?.errorCode;

  beforeAll(async () => {
    tb = await startTestBroker(config({ 'allow.everyone.if.no.acl.found': true }));
    admin = await login(tb, 'admin');
    alice = await login(tb, 'alice');
    for (const name of ['open', 'read-only', 'deny-read', 'configs', 'others']) {
      const created = await admin.request(CreateTopicsApi, 7, {
        topics: [{ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 5000,
        validateOnly: false,
      });
      expect(created.topics[0]?.errorCode).toBe(0);
    }
    expect(
      await createAcls(admin, [
        { resourceType: TOPIC, resourceName: 'read-only', principal: 'User:alice', operation: READ },
        { resourceType: TOPIC, resourceName: 'deny-read', principal: 'User:alice', operation: DESCRIBE },
        {
          resourceType: TOPIC,
          resourceName: 'deny-read',
          principal: 'User:alice',
          operation: READ,
          permissionType: DENY,
        },
        { resourceType: TOPIC, resourceName: 'configs', principal: 'User:alice', operation: 11 },
        { resourceType: TOPIC, resourceName: 'others', principal: 'User:bob', operation: ALL },
      ]),
    ).toEqual([0, 0, 0, 0, 0]);
  });
  afterAll(async () => {
    admin.destroy();
    alice.destroy();
    await tb.dispose();
  });

  it('allows a resource no ACL covers when allow.everyone.if.no.acl.found is set', async () => {
    expect((await describeTopic(alice, 'open'))?.errorCode).toBe(0);
    // An ACL for another principal covers `others`, so the default no longer applies to it.
    expect((await describeTopic(alice, 'others'))?.errorCode).toBe(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  });

  it('lets READ imply DESCRIBE, and a DENY of READ leave DESCRIBE alone', async () => {
    const readOnly = await describeTopic(alice, 'read-only');
    expect(readOnly?.errorCode).toBe(0);
    // READ and DESCRIBE only.
    expect(readOnly?.topicAuthorizedOperations).toBe((1 << READ) | (1 << DESCRIBE));
    const denied = await describeTopic(alice, 'deny-read');
    expect(denied?.errorCode).toBe(0);
    expect(denied?.topicAuthorizedOperations).toBe(1 << DESCRIBE);
    const fetched = await alice.request(FetchApi, 12, fetchRequest([{ topic: 'deny-read', partition: 0, offset: 0 }]));
    expect(fetched.responses[0]?.partitions[0]?.errorCode).toBe(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  });

  it('lets ALTER_CONFIGS imply DESCRIBE_CONFIGS', async () => {
    expect(await describeConfigs(alice, 'configs')).toBe(0);
    expect(await describeConfigs(alice, 'read-only')).toBe(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  });
});
