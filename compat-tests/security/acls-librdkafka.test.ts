// confluent-kafka-python 1.7 (librdkafka 2.0.2) against a samsa started with authorizer.class.name: ACLs are created
// with kafkajs's admin API as the super user (confluent-kafka-python 1.7 has no ACL admin calls), and the Python
// client's produce, group consumption with a commit, topic creation and deletion and transactions report Kafka's
// authorization errors until an ACL allows them.
import { join } from 'node:path';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  Kafka,
  logLevel,
  ResourcePatternTypes,
} from 'kafkajs';
import { describeWithClient } from '../helpers/clients';
import { runPythonJson } from '../helpers/python';
import { startSecureBroker, type SecureBroker } from '../helpers/secure-broker';

jest.setTimeout(120_000);

let broker: SecureBroker;
beforeAll(async () => {
  broker = await startSecureBroker({
    'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer',
    'super.users': 'User:admin',
    'samsa.sasl.users': 'admin:admin-secret,erin:erin-secret',
  });
}, 90_000);
afterAll(async () => broker?.stop());

const script = join(__dirname, 'py', 'confluent_acls.py');

interface Outcome {
  ok: boolean;
  errors: string[];
  values: string[];
}

function run(action: string, extra: Record<string, string> = {}): Promise<Outcome> {
  const config = {
    'bootstrap.servers': broker.listeners.SASL_PLAINTEXT,
    'security.protocol': 'sasl_plaintext',
    'sasl.mechanisms': 'PLAIN',
    'sasl.username': 'erin',
    'sasl.password': 'erin-secret',
  };
  return runPythonJson<Outcome>(script, [JSON.stringify({ config, action, ...extra })], 60_000);
}

async function asAdmin<T>(work: (kafka: Kafka) => Promise<T>): Promise<T> {
  const kafka = new Kafka({
    clientId: 'acl-admin',
    brokers: [broker.listeners.SASL_PLAINTEXT],
    sasl: { mechanism: 'plain', username: 'admin', password: 'admin-secret' },
    logLevel: logLevel.NOTHING,
  });
  return work(kafka);
}

async function grant(resourceType: AclResourceTypes, resourceName: string, operation: AclOperationTypes) {
  await asAdmin(async (kafka) => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createAcls({
        acl: [
          {
            resourceType,
            resourceName,
            resourcePatternType: ResourcePatternTypes.LITERAL,
            principal: 'User:erin',
            host: '*',
            operation,
            permissionType: AclPermissionTypes.ALLOW,
          },
        ],
      });
    } finally {
      await admin.disconnect();
    }
  });
}

describeWithClient('confluent-kafka-python', 'confluent-kafka-python 1.7 with ACLs', () => {
  beforeAll(async () => {
    await asAdmin(async (kafka) => {
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'py-feed', numPartitions: 1 }] });
      await admin.disconnect();
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic: 'py-feed', messages: [{ value: 'one' }] });
      await producer.disconnect();
    });
  });

  test('security: produce is refused without WRITE and accepted with it', async () => {
    expect((await run('produce', { topic: 'py-feed' })).errors).toContain('TOPIC_AUTHORIZATION_FAILED');
    await grant(AclResourceTypes.TOPIC, 'py-feed', AclOperationTypes.WRITE);
    expect(await run('produce', { topic: 'py-feed' })).toMatchObject({ ok: true, errors: [] });
  });

  test('security: a group consumer needs READ on the group and the topic, then consumes and commits', async () => {
    const consume = () => run('consume', { topic: 'py-feed', group: 'py-group' });
    await grant(AclResourceTypes.TOPIC, 'py-feed', AclOperationTypes.DESCRIBE);
    expect((await consume()).errors).toContain('GROUP_AUTHORIZATION_FAILED');
    await grant(AclResourceTypes.GROUP, 'py-group', AclOperationTypes.READ);
    expect((await consume()).errors).toContain('TOPIC_AUTHORIZATION_FAILED');
    await grant(AclResourceTypes.TOPIC, 'py-feed', AclOperationTypes.READ);
    const consumed = await consume();
    expect(consumed).toMatchObject({ ok: true, errors: [] });
    expect(consumed.values[0]).toBe('one');
    const committed = await asAdmin(async (kafka) => {
      const admin = kafka.admin();
      await admin.connect();
      try {
        await admin.listTopics();
        return await admin.fetchOffsets({ groupId: 'py-group', topics: ['py-feed'] });
      } finally {
        await admin.disconnect();
      }
    });
    expect(committed[0]?.partitions.map((p) => p.offset)).toEqual(['1']);
  });

  test('security: topic creation needs CREATE and deletion DELETE', async () => {
    expect((await run('create_topic', { topic: 'py-new' })).errors).toContain('TOPIC_AUTHORIZATION_FAILED');
    await grant(AclResourceTypes.TOPIC, 'py-new', AclOperationTypes.CREATE);
    expect(await run('create_topic', { topic: 'py-new' })).toMatchObject({ ok: true });
    expect((await run('delete_topic', { topic: 'py-new' })).errors).toContain('TOPIC_AUTHORIZATION_FAILED');
    await grant(AclResourceTypes.TOPIC, 'py-new', AclOperationTypes.DELETE);
    expect(await run('delete_topic', { topic: 'py-new' })).toMatchObject({ ok: true });
  });

  test('security: transactions need WRITE on the transactional id', async () => {
    const transact = () => run('transaction', { topic: 'py-feed', transactional_id: 'py-tx' });
    expect((await transact()).errors).toContain('TRANSACTIONAL_ID_AUTHORIZATION_FAILED');
    await grant(AclResourceTypes.TRANSACTIONAL_ID, 'py-tx', AclOperationTypes.WRITE);
    expect(await transact()).toMatchObject({ ok: true, errors: [] });
  });
});
