// kafkajs against a samsa started with authorizer.class.name: a super user creates ACLs with kafkajs's own admin API
// (createAcls, describeAcls, deleteAcls), and another user's produce, consume, group join and commit, topic creation
// and deletion, and transactions fail with Kafka's authorization errors until an ACL allows them.
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  Kafka,
  logLevel,
  ResourcePatternTypes,
} from 'kafkajs';
import { startSecureBroker, type SecureBroker } from '../helpers/secure-broker';

let broker: SecureBroker;
beforeAll(async () => {
  broker = await startSecureBroker({
    'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'super.users': 'User:admin',
    'samsa.sasl.users': 'admin:admin-secret,carol:carol-secret,dave:dave-secret',
  });
}, 90_000);
afterAll(async () => broker?.stop());

function client(user: 'admin' | 'carol' | 'dave'): Kafka {
  return new Kafka({
    clientId: `kafkajs-acl-${user}`,
    brokers: [broker.listeners.SASL_PLAINTEXT],
    sasl: { mechanism: 'plain', username: user, password: `${user}-secret` },
    logLevel: logLevel.NOTHING,
    retry: { retries: 0, initialRetryTime: 50 },
  });
}

/** The Kafka error names (kafkajs's `type`) anywhere in an error, its causes and aggregated errors. */
function errorTypes(err: unknown, out: string[] = []): string[] {
  if (err === null || typeof err !== 'object') return out;
  const e = err as { type?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (typeof e.type === 'string') out.push(e.type);
  errorTypes(e.cause, out);
  errorTypes(e.originalError, out);
  if (Array.isArray(e.errors)) for (const x of e.errors) errorTypes(x, out);
  return out;
}

async function failure(work: () => Promise<unknown>): Promise<string[]> {
  try {
    await work();
  } catch (err) {
    return errorTypes(err);
  }
  return ['(no error)'];
}

const acl = (
  resourceType: AclResourceTypes,
  resourceName: string,
  operation: AclOperationTypes,
  resourcePatternType = ResourcePatternTypes.LITERAL,
  principal = 'User:carol',
) => ({
  resourceType,
  resourceName,
  resourcePatternType,
  principal,
  host: '*',
  operation,
  permissionType: AclPermissionTypes.ALLOW,
});

describe('kafkajs 2.2 with ACLs', () => {
  const admin = () => client('admin').admin();

  async function grant(...acls: ReturnType<typeof acl>[]): Promise<void> {
    const a = admin();
    await a.connect();
    try {
      await a.createAcls({ acl: acls });
    } finally {
      await a.disconnect();
    }
  }

  beforeAll(async () => {
    const a = admin();
    await a.connect();
    try {
      await a.createTopics({
        topics: [
          { topic: 'acl-orders', numPartitions: 1 },
          { topic: 'acl-feed', numPartitions: 1 },
        ],
      });
    } finally {
      await a.disconnect();
    }
    const producer = client('admin').producer();
    await producer.connect();
    try {
      await producer.send({ topic: 'acl-feed', messages: [{ value: 'one' }] });
    } finally {
      await producer.disconnect();
    }
  });

  test('security: ACLs are created, described and deleted through the admin API', async () => {
    const a = admin();
    await a.connect();
    try {
      await a.createAcls({ acl: [acl(AclResourceTypes.TOPIC, 'scratch', AclOperationTypes.READ)] });
      const described = await a.describeAcls({
        resourceType: AclResourceTypes.TOPIC,
        resourceName: 'scratch',
        resourcePatternType: ResourcePatternTypes.LITERAL,
        principal: 'User:carol',
        host: '*',
        operation: AclOperationTypes.ANY,
        permissionType: AclPermissionTypes.ANY,
      });
      expect(described.resources.map((r) => [r.resourceName, r.acls.map((x) => x.operation)])).toEqual([
        ['scratch', [AclOperationTypes.READ]],
      ]);
      const deleted = await a.deleteAcls({
        filters: [
          {
            resourceType: AclResourceTypes.TOPIC,
            resourceName: 'scratch',
            resourcePatternType: ResourcePatternTypes.LITERAL,
            principal: 'User:carol',
            host: '*',
            operation: AclOperationTypes.ANY,
            permissionType: AclPermissionTypes.ANY,
          },
        ],
      });
      expect(deleted.filterResponses[0]?.matchingAcls.map((m) => m.resourceName)).toEqual(['scratch']);
    } finally {
      await a.disconnect();
    }
  });

  test('security: produce is refused without WRITE and accepted with it', async () => {
    const send = async () => {
      const producer = client('carol').producer();
      await producer.connect();
      try {
        await producer.send({ topic: 'acl-orders', messages: [{ value: 'one' }] });
      } finally {
        await producer.disconnect();
      }
    };
    expect(await failure(send)).toContain('TOPIC_AUTHORIZATION_FAILED');
    await grant(acl(AclResourceTypes.TOPIC, 'acl-', AclOperationTypes.WRITE, ResourcePatternTypes.PREFIXED));
    expect(await failure(send)).toEqual(['(no error)']);
  }, 60_000);

  test('security: a group consumer needs the group and READ on the topic, then consumes and commits', async () => {
    const consume = async (): Promise<string[]> => {
      const consumer = client('carol').consumer({ groupId: 'acl-group', retry: { retries: 0 } });
      await consumer.connect();
      try {
        await consumer.subscribe({ topic: 'acl-feed', fromBeginning: true });
        const values: string[] = [];
        await new Promise<void>((resolve, reject) => {
          consumer.on(consumer.events.CRASH, (e) => reject(e.payload.error));
          void consumer
            .run({
              eachMessage: async ({ message }) => {
                values.push(String(message.value));
                resolve();
              },
            })
            .catch(reject);
        });
        return values;
      } finally {
        await consumer.disconnect();
      }
    };
    await grant(acl(AclResourceTypes.TOPIC, 'acl-feed', AclOperationTypes.DESCRIBE));
    // FindCoordinator answers GROUP_AUTHORIZATION_FAILED, which kafkajs reports as finding no coordinator.
    const noGroup = await consume().then(
      () => null,
      (err: Error) => err.name,
    );
    expect(noGroup).toBe('KafkaJSGroupCoordinatorNotFound');
    // DESCRIBE finds the coordinator; JoinGroup needs READ.
    await grant(acl(AclResourceTypes.GROUP, 'acl-group', AclOperationTypes.DESCRIBE));
    expect(await failure(consume)).toContain('GROUP_AUTHORIZATION_FAILED');
    await grant(acl(AclResourceTypes.GROUP, 'acl-group', AclOperationTypes.READ));
    expect(await failure(consume)).toContain('TOPIC_AUTHORIZATION_FAILED');
    await grant(acl(AclResourceTypes.TOPIC, 'acl-feed', AclOperationTypes.READ));
    expect(await consume()).toEqual(['one']);
    const a = admin();
    await a.connect();
    try {
      await a.listTopics();
      const offsets = await a.fetchOffsets({ groupId: 'acl-group', topics: ['acl-feed'] });
      expect(offsets[0]?.partitions.map((p) => p.offset)).toEqual(['1']);
    } finally {
      await a.disconnect();
    }
  }, 60_000);

  test('security: topic creation needs CREATE and deletion DELETE', async () => {
    const a = client('carol').admin();
    await a.connect();
    try {
      const create = () => a.createTopics({ topics: [{ topic: 'acl-new', numPartitions: 1 }] });
      expect(await failure(create)).toContain('TOPIC_AUTHORIZATION_FAILED');
      await grant(acl(AclResourceTypes.TOPIC, 'acl-new', AclOperationTypes.CREATE));
      expect(await create()).toBe(true);
      const remove = () => a.deleteTopics({ topics: ['acl-new'] });
      expect(await failure(remove)).toContain('TOPIC_AUTHORIZATION_FAILED');
      await grant(acl(AclResourceTypes.TOPIC, 'acl-new', AclOperationTypes.DELETE));
      expect(await failure(remove)).toEqual(['(no error)']);
    } finally {
      await a.disconnect();
    }
  }, 60_000);

  test('security: an idempotent producer needs WRITE on some topic, a transactional one WRITE on its id', async () => {
    const transact = async () => {
      const producer = client('dave').producer({
        transactionalId: 'acl-tx',
        idempotent: true,
        maxInFlightRequests: 1,
        retry: { retries: 1 },
      });
      await producer.connect();
      try {
        const txn = await producer.transaction();
        await txn.send({ topic: 'acl-orders', messages: [{ value: 'in-txn' }] });
        await txn.commit();
      } finally {
        await producer.disconnect();
      }
    };
    // kafkajs's idempotent connect asks for a producer id without the transactional id first.
    expect(await failure(transact)).toContain('CLUSTER_AUTHORIZATION_FAILED');
    const dave = (type: AclResourceTypes, name: string, op = AclOperationTypes.WRITE) =>
      acl(type, name, op, ResourcePatternTypes.LITERAL, 'User:dave');
    await grant(dave(AclResourceTypes.TOPIC, 'acl-orders'));
    // Without DESCRIBE on the id FindCoordinator fails, which kafkajs reports as finding no coordinator; with it,
    // InitProducerId needs WRITE.
    const noCoordinator = await transact().then(
      () => null,
      (err: Error) => err.name,
    );
    expect(noCoordinator).toBe('KafkaJSGroupCoordinatorNotFound');
    await grant(dave(AclResourceTypes.TRANSACTIONAL_ID, 'acl-tx', AclOperationTypes.DESCRIBE));
    expect(await failure(transact)).toContain('TRANSACTIONAL_ID_AUTHORIZATION_FAILED');
    await grant(dave(AclResourceTypes.TRANSACTIONAL_ID, 'acl-tx'));
    expect(await failure(transact)).toEqual(['(no error)']);
  }, 60_000);
});
