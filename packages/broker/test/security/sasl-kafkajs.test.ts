// SASL with kafkajs over the real protocol: PLAIN and both SCRAM mechanisms over SASL_PLAINTEXT and SASL_SSL, the
// principal each authenticated connection carries, and the errors kafkajs reports for bad credentials or mechanisms.
import { Kafka, logLevel, type SASLOptions } from 'kafkajs';
import { startCluster, type StartedCluster } from '../../src/index';

const USERS = { alice: 'alice-secret', bob: 'b0b:with:colons' };

function kafka(cluster: StartedCluster, listener: string, sasl: SASLOptions, ssl = false): Kafka {
  return new Kafka({
    clientId: 'sasl-test',
    brokers: (cluster.listeners[listener] ?? '').split(','),
    sasl,
    ...(ssl && cluster.tls ? { ssl: { ca: [cluster.tls.ca] } } : {}),
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  });
}

describe('SASL with kafkajs', () => {
  let cluster: StartedCluster;
  beforeAll(async () => {
    cluster = await startCluster({
      tls: true,
      users: USERS,
      listeners: ['SASL_PLAINTEXT', 'SASL_SSL'],
      config: { 'connection.failed.authentication.delay.ms': 10 },
    });
    cluster.control.startRequestLog();
  }, 30_000);
  afterAll(async () => cluster.stop());

  it.each([
    ['SASL_PLAINTEXT', 'plain', false],
    ['SASL_PLAINTEXT', 'scram-sha-256', false],
    ['SASL_SSL', 'scram-sha-512', true],
    ['SASL_SSL', 'plain', true],
  ] as const)(
    '%s %s: produce, consume in a group and admin as the authenticated user',
    async (listener, mechanism, ssl) => {
      const client = kafka(cluster, listener, { mechanism, username: 'bob', password: USERS.bob } as SASLOptions, ssl);
      const topic = `sasl-${listener}-${mechanism}`.toLowerCase();
      const admin = client.admin();
      const producer = client.producer();
      const consumer = client.consumer({ groupId: `${topic}-group` });
      try {
        await admin.connect();
        await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
        await producer.connect();
        await producer.send({ topic, messages: [{ value: `${mechanism} works` }] });
        await consumer.connect();
        await consumer.subscribe({ topic, fromBeginning: true });
        const value = await new Promise<string>((resolve) => {
          void consumer.run({ eachMessage: async ({ message }) => resolve(String(message.value)) });
        });
        expect(value).toBe(`${mechanism} works`);
        const produced = cluster.control.requests({ api: 'Produce', listener });
        expect(produced.length).toBeGreaterThan(0);
        expect(produced.every((e) => e.principal === 'User:bob')).toBe(true);
      } finally {
        await consumer.disconnect();
        await producer.disconnect();
        await admin.disconnect();
      }
    },
    30_000,
  );

  it.each(['plain', 'scram-sha-256', 'scram-sha-512'] as const)(
    '%s with a wrong password fails with SASL_AUTHENTICATION_FAILED',
    async (mechanism) => {
      const admin = kafka(cluster, 'SASL_PLAINTEXT', { mechanism, username: 'alice', password: 'wrong' }).admin();
      const failure = await admin.connect().then(
        () => null,
        (err: Error & { type?: string }) => err,
      );
      await admin.disconnect();
      expect(failure?.name).toBe('KafkaJSSASLAuthenticationError');
      expect(failure?.message).toMatch(
        mechanism === 'plain'
          ? /Authentication failed: Invalid username or password/
          : /invalid credentials with SASL mechanism SCRAM-SHA-/,
      );
    },
  );

  it('an unknown user fails like a wrong password, without saying whether the user exists', async () => {
    const admin = kafka(cluster, 'SASL_PLAINTEXT', {
      mechanism: 'scram-sha-256',
      username: 'nobody',
      password: 'x',
    }).admin();
    const failure = await admin.connect().then(
      () => null,
      (err: Error) => err,
    );
    await admin.disconnect();
    expect(failure?.message).toContain(
      'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256',
    );
  });

  it('a mechanism the listener does not enable fails with UNSUPPORTED_SASL_MECHANISM', async () => {
    const admin = kafka(cluster, 'SASL_PLAINTEXT', {
      mechanism: 'oauthbearer',
      oauthBearerProvider: async () => ({ value: 'x.y.' }),
    }).admin();
    const failure = await admin.connect().then(
      () => null,
      (err: Error) => err,
    );
    await admin.disconnect();
    expect(failure?.message).toBe('The broker does not support the requested SASL mechanism');
  });
});
