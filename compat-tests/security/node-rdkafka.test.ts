// node-rdkafka 3.6.1 (librdkafka 2.12) and the classic API of @confluentinc/kafka-javascript 1.10.1 (librdkafka
// 2.15) against samsa's security listeners, through js/rdkafka-secure.js in child processes: SASL_SSL with PLAIN and
// SCRAM-SHA-256/512, SSL with a client certificate (mTLS) and OAUTHBEARER with librdkafka's unsecured JWT, each
// with AdminClient topic creation and deletion, a producer, a consumer group committing each record and the
// committed offset read back; and the refusals librdkafka reports for a wrong password, a mechanism the listener
// does not enable and a missing client certificate.
import { join } from 'node:path';
import { describeWithClient, type ExternalClient } from '../helpers/clients';
import { runProcess } from '../helpers/process';
import { PASSWORD, startSecureBroker, USER, type SecureBroker, type SecureListener } from '../helpers/secure-broker';

jest.setTimeout(120_000);

const DRIVER = join(__dirname, 'js', 'rdkafka-secure.js');

let broker: SecureBroker;
beforeAll(async () => {
  broker = await startSecureBroker();
}, 90_000);
afterAll(async () => broker?.stop());

type Kind = 'plain' | 'scram-256' | 'scram-512' | 'mtls' | 'oauth';
type Settings = Record<string, string>;

function settings(listener: SecureListener, kind: Kind): Settings {
  const s: Settings = { 'bootstrap.servers': broker.listeners[listener] };
  if (listener === 'SASL_SSL' || listener === 'MTLS') s['ssl.ca.location'] = broker.ca;
  if (kind === 'mtls') {
    s['security.protocol'] = 'ssl';
    s['ssl.certificate.location'] = broker.clientCert;
    s['ssl.key.location'] = broker.clientKey;
  } else if (kind === 'oauth') {
    s['security.protocol'] = 'sasl_plaintext';
    s['sasl.mechanisms'] = 'OAUTHBEARER';
    s['enable.sasl.oauthbearer.unsecure.jwt'] = 'true';
    s['sasl.oauthbearer.config'] = 'principal=svc-node';
  } else {
    s['security.protocol'] = listener === 'SASL_SSL' ? 'sasl_ssl' : 'sasl_plaintext';
    s['sasl.mechanisms'] = kind === 'plain' ? 'PLAIN' : kind === 'scram-256' ? 'SCRAM-SHA-256' : 'SCRAM-SHA-512';
    s['sasl.username'] = USER;
    s['sasl.password'] = PASSWORD;
  }
  return s;
}

async function drive<T>(spec: object): Promise<T> {
  const result = await runProcess(process.execPath, [DRIVER, JSON.stringify(spec)], { timeoutMs: 90_000 });
  if (result.code !== 0) throw new Error(`rdkafka-secure.js exited with ${result.code}\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as T;
}

const CASES = [
  ['SASL_SSL', 'plain'],
  ['SASL_SSL', 'scram-256'],
  ['SASL_SSL', 'scram-512'],
  ['MTLS', 'mtls'],
  ['OAUTH', 'oauth'],
] as const;

const CLIENTS: ReadonlyArray<[ExternalClient, string, string]> = [
  ['node-rdkafka', 'node-rdkafka', 'node-rdkafka 3.6 security against samsa'],
  [
    'confluent-kafka-javascript',
    '@confluentinc/kafka-javascript',
    '@confluentinc/kafka-javascript 1.10 (classic API) security against samsa',
  ],
];

for (const [client, module, title] of CLIENTS) {
  describeWithClient(client, title, () => {
    const prefix = module === 'node-rdkafka' ? 'rdk' : 'ckjs';

    test.each(CASES)('security: %s %s: admin, produce, consume in a group with a commit', async (listener, kind) => {
      const result = await drive({
        module,
        config: settings(listener, kind),
        topic: `${prefix}-${listener}-${kind}`.toLowerCase(),
      });
      expect(result).toEqual({ ok: true, values: ['one', 'two'], committed: 2 });
    });

    test.each([
      [
        'a wrong password',
        () => ({ ...settings('SASL_SSL', 'scram-256'), 'sasl.password': 'wrong' }),
        /invalid credentials with SASL mechanism SCRAM-SHA-256/,
      ],
      [
        'a mechanism the listener does not enable',
        () => ({ ...settings('SASL_PLAINTEXT', 'plain'), 'bootstrap.servers': broker.listeners.OAUTH }),
        /(Unsupported SASL mechanism|not supported by broker).*OAUTHBEARER/i,
      ],
      [
        'a missing client certificate',
        () => ({
          'bootstrap.servers': broker.listeners.MTLS,
          'security.protocol': 'ssl',
          'ssl.ca.location': broker.ca,
        }),
        /.+/,
      ],
    ])('security: %s is refused', async (what, config, message) => {
      const result = await drive<{ ok: boolean; errors: string[] }>({
        module,
        config: config(),
        topic: 'never',
        expect_failure: true,
      });
      expect(result.ok).toBe(false);
      expect(result.errors.join('\n')).toMatch(message);
      if (what === 'a missing client certificate')
        expect(broker.logs()).toContain('closing connection: no client certificate (ssl.client.auth=required)');
    });
  });
}
