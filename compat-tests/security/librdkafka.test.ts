// librdkafka clients (kcat 1.7.1 and confluent-kafka-python 1.7.0, both on librdkafka 2.0.2) against samsa's
// security listeners: SASL_SSL with PLAIN and SCRAM, SSL with a client certificate (mTLS), OAUTHBEARER with
// librdkafka's unsecured JWT, and the refusals librdkafka reports for a wrong password, a mechanism the listener
// does not enable and a missing client certificate.
import { join } from 'node:path';
import { describeWithClient } from '../helpers/clients';
import { runProcess } from '../helpers/process';
import { runPythonJson } from '../helpers/python';
import { PASSWORD, startSecureBroker, USER, type SecureBroker, type SecureListener } from '../helpers/secure-broker';

jest.setTimeout(90_000);

let broker: SecureBroker;
beforeAll(async () => {
  broker = await startSecureBroker();
}, 90_000);
afterAll(async () => broker?.stop());

type Settings = Record<string, string>;

function settings(listener: SecureListener, kind: 'plain' | 'scram-256' | 'scram-512' | 'mtls' | 'oauth'): Settings {
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
    s['sasl.oauthbearer.config'] = 'principal=svc-librdkafka';
  } else {
    s['security.protocol'] = listener === 'SASL_SSL' ? 'sasl_ssl' : 'sasl_plaintext';
    s['sasl.mechanisms'] = kind === 'plain' ? 'PLAIN' : kind === 'scram-256' ? 'SCRAM-SHA-256' : 'SCRAM-SHA-512';
    s['sasl.username'] = USER;
    s['sasl.password'] = PASSWORD;
  }
  return s;
}

const X = (s: Settings): string[] =>
  Object.entries(s).flatMap(([k, v]) => (k === 'bootstrap.servers' ? ['-b', v] : ['-X', `${k}=${v}`]));

async function kcat(args: readonly string[], input?: string) {
  return runProcess('kcat', args, { timeoutMs: 40_000, ...(input !== undefined ? { input } : {}) });
}

const CASES = [
  ['SASL_SSL', 'plain'],
  ['SASL_SSL', 'scram-256'],
  ['SASL_SSL', 'scram-512'],
  ['MTLS', 'mtls'],
  ['OAUTH', 'oauth'],
] as const;

describeWithClient('kcat', 'kcat 1.7 security against samsa', () => {
  test.each(CASES)('security: %s %s lists metadata, produces and consumes in a group', async (listener, kind) => {
    const s = settings(listener, kind);
    const topic = `kcat-${listener}-${kind}`.toLowerCase();
    const listed = await kcat([...X(s), '-L', '-J', '-m', '15']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).brokers).toHaveLength(1);
    const produced = await kcat(
      [...X(s), '-P', '-t', topic, '-X', 'topic.metadata.refresh.interval.ms=200'],
      'one\ntwo\n',
    );
    expect(produced.code).toBe(0);
    const consumed = await kcat([...X(s), '-G', `${topic}-group`, '-o', 'beginning', '-c', '2', '-f', '%s\n', topic]);
    expect(consumed.code).toBe(0);
    expect(consumed.stdout.trim().split('\n').sort()).toEqual(['one', 'two']);
  });

  test("security: a wrong password is refused with the broker's message", async () => {
    const s = { ...settings('SASL_SSL', 'plain'), 'sasl.password': 'wrong' };
    const listed = await kcat([...X(s), '-L', '-m', '5']);
    expect(listed.code).not.toBe(0);
    expect(listed.stderr).toContain('Authentication failed: Invalid username or password');
  });

  test("security: SCRAM with a wrong password is refused with Kafka's invalid-credentials message", async () => {
    const s = { ...settings('SASL_SSL', 'scram-512'), 'sasl.password': 'wrong' };
    const listed = await kcat([...X(s), '-L', '-m', '5']);
    expect(listed.code).not.toBe(0);
    expect(listed.stderr).toContain('invalid credentials with SASL mechanism SCRAM-SHA-512');
  });

  test('security: a mechanism the listener does not enable is refused with the enabled list', async () => {
    const s = { ...settings('SASL_PLAINTEXT', 'plain'), 'bootstrap.servers': broker.listeners.OAUTH };
    const listed = await kcat([...X(s), '-L', '-m', '5']);
    expect(listed.code).not.toBe(0);
    expect(listed.stderr).toMatch(/Broker: Request not valid|Unsupported SASL mechanism|not supported by broker/i);
    expect(listed.stderr).toContain('OAUTHBEARER');
  });

  test('security: the mTLS listener refuses a client without a certificate', async () => {
    const s: Settings = {
      'bootstrap.servers': broker.listeners.MTLS,
      'security.protocol': 'ssl',
      'ssl.ca.location': broker.ca,
    };
    const listed = await kcat([...X(s), '-L', '-m', '5']);
    expect(listed.code).not.toBe(0);
    expect(broker.logs()).toContain('closing connection: no client certificate (ssl.client.auth=required)');
  });
});

describeWithClient('confluent-kafka-python', 'confluent-kafka-python 1.7 security against samsa', () => {
  const script = join(__dirname, 'py', 'confluent_secure.py');

  test.each(CASES)('security: %s %s: admin, produce, consume in a group and commit', async (listener, kind) => {
    const topic = `confluent-${listener}-${kind}`.toLowerCase();
    const result = await runPythonJson<{ ok: boolean; values: string[]; committed: number }>(script, [
      JSON.stringify({ config: settings(listener, kind), topic }),
    ]);
    expect(result).toMatchObject({ ok: true, values: ['one', 'two'], committed: 2 });
  });

  test.each([
    [
      'a wrong password',
      () => ({ ...settings('SASL_SSL', 'scram-256'), 'sasl.password': 'wrong' }),
      /invalid credentials with SASL mechanism SCRAM-SHA-256/,
    ],
    [
      'a missing client certificate',
      () => ({ 'bootstrap.servers': broker.listeners.MTLS, 'security.protocol': 'ssl', 'ssl.ca.location': broker.ca }),
      /.+/,
    ],
  ])('security: %s is refused', async (_what, config, message) => {
    const result = await runPythonJson<{ ok: boolean; errors: string[] }>(script, [
      JSON.stringify({ config: config(), topic: 'never', expect_failure: true }),
    ]);
    expect(result.ok).toBe(false);
    expect(result.errors.join('\n')).toMatch(message);
  });
});
