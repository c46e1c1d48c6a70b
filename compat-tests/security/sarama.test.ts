// sarama 1.22 against samsa's security listeners: SASL/PLAIN over SASL_SSL (sarama's one built-in mechanism) and
// SSL with a client certificate (mTLS); each creates a topic, produces, consumes in a group that commits, and reads
// the group's offsets back; a wrong password and a missing client certificate are refused.
import { describeWithClient } from '../helpers/clients';
import { goBinary, goOptions, runGoJson, sarama } from '../helpers/go';
import { textRecords } from '../helpers/records';
import { PASSWORD, startSecureBroker, USER, type SecureBroker } from '../helpers/secure-broker';

jest.setTimeout(120_000);

interface AdminResult<T = unknown> {
  readonly result: T;
  readonly error: { code: number; message: string } | null;
}

let broker: SecureBroker;
beforeAll(async () => {
  await goBinary('sarama');
  broker = await startSecureBroker();
}, 300_000);
afterAll(async () => broker?.stop());

type Security = Readonly<Record<string, string>>;

async function roundTrip(bootstrap: string, topic: string, security: Security): Promise<void> {
  const opts = { version: '2.1.0', ...security };
  const admin = <T>(op: string, args: object) =>
    runGoJson<AdminResult<T>>('sarama', [bootstrap, 'admin', op, JSON.stringify(args), ...goOptions(opts)]);
  expect((await admin('create-topic', { topic, partitions: 1, replication: 1 })).error).toBeNull();
  const delivered = await sarama.produce(bootstrap, topic, textRecords(topic, 0).slice(0, 3), opts);
  expect(delivered).toHaveLength(3);
  const group = await runGoJson<{ records: [number, number, string][] }>('sarama', [
    bootstrap,
    'group',
    `${topic}-group`,
    topic,
    ...goOptions({ ...opts, idle_ms: 1500 }),
  ]);
  expect(group.records).toHaveLength(3);
  const offsets = await admin<Record<string, number>>('group-offsets', { group: `${topic}-group`, topic, parts: [0] });
  expect(offsets.result['0']).toBe(3);
  expect(Object.keys((await admin<Record<string, number>>('list-topics', {})).result)).toContain(topic);
}

async function metadataFailure(bootstrap: string, security: Security): Promise<string> {
  try {
    await runGoJson('sarama', [bootstrap, 'metadata', ...goOptions({ version: '2.1.0', ...security })]);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

describeWithClient('sarama', 'sarama 1.22 security against samsa', () => {
  test('security: SASL_SSL PLAIN creates a topic, produces, consumes in a group and commits', async () => {
    await roundTrip(broker.listeners.SASL_SSL, 'sarama-sasl-ssl', {
      tls_ca: broker.ca,
      sasl_user: USER,
      sasl_password: PASSWORD,
    });
  });

  test('security: SSL with a client certificate (mTLS) creates a topic, produces, consumes in a group and commits', async () => {
    await roundTrip(broker.listeners.MTLS, 'sarama-mtls', {
      tls_ca: broker.ca,
      tls_cert: broker.clientCert,
      tls_key: broker.clientKey,
    });
  });

  test("security: a wrong password is refused with sarama's SASL error", async () => {
    const message = await metadataFailure(broker.listeners.SASL_SSL, {
      tls_ca: broker.ca,
      sasl_user: USER,
      sasl_password: 'wrong',
    });
    expect(message).toContain('kafka server: SASL Authentication failed.');
  });

  test('security: the mTLS listener refuses a client without a certificate', async () => {
    const message = await metadataFailure(broker.listeners.MTLS, { tls_ca: broker.ca });
    expect(message).toMatch(/run out of available brokers|EOF|connection reset|broken pipe/);
    expect(broker.logs()).toContain('closing connection: no client certificate (ssl.client.auth=required)');
  });
});
