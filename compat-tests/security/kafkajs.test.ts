// kafkajs against samsa's security listeners: SSL with a client certificate (mTLS), SASL PLAIN and SCRAM over
// SASL_SSL and SASL_PLAINTEXT, OAUTHBEARER with an unsecured JWT; each produces, consumes in a group and runs admin
// calls, and the refusals (wrong password, unknown mechanism, no client certificate) come back as kafkajs's errors.
import { readFileSync } from 'node:fs';
import { Kafka, logLevel, type KafkaConfig, type SASLOptions } from 'kafkajs';
import { PASSWORD, startSecureBroker, USER, type SecureBroker, type SecureListener } from '../helpers/secure-broker';

let broker: SecureBroker;
beforeAll(async () => {
  broker = await startSecureBroker();
}, 90_000);
afterAll(async () => broker?.stop());

function client(listener: SecureListener, extra: Partial<KafkaConfig>): Kafka {
  return new Kafka({
    clientId: 'kafkajs-security',
    brokers: [broker.listeners[listener]],
    logLevel: logLevel.NOTHING,
    retry: { retries: 1, initialRetryTime: 50 },
    ...extra,
  });
}

function unsecuredJwt(sub: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ sub, exp: Math.floor(Date.now() / 1000) + 600, iat: Math.floor(Date.now() / 1000) })}.`;
}

async function roundTrip(kafka: Kafka, topic: string): Promise<string[]> {
  const admin = kafka.admin();
  const producer = kafka.producer();
  const consumer = kafka.consumer({ groupId: `${topic}-group` });
  try {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    expect(await admin.listTopics()).toContain(topic);
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        { key: 'a', value: 'one' },
        { key: 'b', value: 'two' },
      ],
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const values: string[] = [];
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          values.push(String(message.value));
          if (values.length === 2) resolve();
        },
      });
    });
    await consumer.stop();
    const offsets = await admin.fetchOffsets({ groupId: `${topic}-group`, topics: [topic] });
    expect(offsets[0]?.partitions.reduce((n, p) => n + Math.max(0, Number(p.offset)), 0)).toBe(2);
    await admin.deleteTopics({ topics: [topic] });
    return values.sort();
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
    await admin.disconnect();
  }
}

async function connectError(kafka: Kafka): Promise<Error | null> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    return null;
  } catch (err) {
    return err as Error;
  } finally {
    await admin.disconnect();
  }
}

describe('kafkajs 2.2 security against samsa', () => {
  const ssl = () => ({ ca: [readFileSync(broker.ca, 'utf8')] });

  test.each([
    ['SASL_SSL', 'plain'],
    ['SASL_SSL', 'scram-sha-256'],
    ['SASL_SSL', 'scram-sha-512'],
    ['SASL_PLAINTEXT', 'scram-sha-256'],
  ] as const)(
    'security: %s %s produces, consumes in a group, commits and runs admin calls',
    async (listener, mechanism) => {
      const kafka = client(listener, {
        sasl: { mechanism, username: USER, password: PASSWORD } as SASLOptions,
        ...(listener === 'SASL_SSL' ? { ssl: ssl() } : {}),
      });
      expect(await roundTrip(kafka, `kafkajs-${listener}-${mechanism}`.toLowerCase())).toEqual(['one', 'two']);
    },
    60_000,
  );

  test('security: SSL with a client certificate (mTLS) produces, consumes in a group and runs admin calls', async () => {
    const kafka = client('MTLS', {
      ssl: { ...ssl(), cert: readFileSync(broker.clientCert, 'utf8'), key: readFileSync(broker.clientKey, 'utf8') },
    });
    expect(await roundTrip(kafka, 'kafkajs-mtls')).toEqual(['one', 'two']);
  }, 60_000);

  test('security: OAUTHBEARER with an unsecured JWT', async () => {
    const kafka = client('OAUTH', {
      sasl: { mechanism: 'oauthbearer', oauthBearerProvider: async () => ({ value: unsecuredJwt('svc-kafkajs') }) },
    });
    expect(await roundTrip(kafka, 'kafkajs-oauth')).toEqual(['one', 'two']);
  }, 60_000);

  test.each(['plain', 'scram-sha-512'] as const)('security: %s with a wrong password is refused', async (mechanism) => {
    const err = await connectError(
      client('SASL_SSL', { ssl: ssl(), sasl: { mechanism, username: USER, password: 'wrong' } as SASLOptions }),
    );
    expect(err?.name).toBe('KafkaJSSASLAuthenticationError');
    expect(err?.message).toMatch(
      mechanism === 'plain' ? /Invalid username or password/ : /invalid credentials with SASL mechanism SCRAM-SHA-512/,
    );
  });

  test('security: a mechanism the listener does not enable is refused with the enabled list', async () => {
    const err = await connectError(
      client('OAUTH', { sasl: { mechanism: 'plain', username: USER, password: PASSWORD } }),
    );
    expect(err?.message).toBe('The broker does not support the requested SASL mechanism');
  });

  test('security: the mTLS listener refuses a client without a certificate, and logs why', async () => {
    const err = await connectError(client('MTLS', { ssl: ssl() }));
    expect(err).not.toBeNull();
    expect(broker.logs()).toContain('closing connection: no client certificate (ssl.client.auth=required)');
  });

  test('security: a plaintext client on the TLS listener is closed, and the broker logs the failed handshake', async () => {
    const err = await connectError(
      client('SASL_SSL', { sasl: { mechanism: 'plain', username: USER, password: PASSWORD } }),
    );
    expect(err).not.toBeNull();
    expect(broker.logs()).toContain('closing connection: TLS handshake failed');
    expect(broker.logs()).not.toContain(PASSWORD);
  });
});
