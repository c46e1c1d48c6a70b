// @platformatic/kafka 1.35 against samsa's security listeners: SASL PLAIN and SCRAM-SHA-256/512 over SASL_SSL and
// SSL with a client certificate (mTLS): Admin topic creation, produce, a consumer group that commits, the group's
// offsets; and the errors it reports for a wrong password and a mechanism the listener does not enable.
import { join } from 'node:path';
import { runProcess } from '../helpers/process';
import { PASSWORD, startSecureBroker, USER, type SecureBroker } from '../helpers/secure-broker';

jest.setTimeout(90_000);

const DRIVER = join(__dirname, 'js', 'platformatic-secure.mjs');

let broker: SecureBroker;
beforeAll(async () => {
  broker = await startSecureBroker();
}, 90_000);
afterAll(async () => broker?.stop());

async function drive<T>(spec: object): Promise<T> {
  const result = await runProcess(process.execPath, [DRIVER, JSON.stringify(spec)], { timeoutMs: 60_000 });
  if (result.code !== 0) throw new Error(`platformatic-secure.mjs exited with ${result.code}\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as T;
}

describe('@platformatic/kafka 1.35 security against samsa', () => {
  test.each(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'])(
    'security: SASL_SSL %s: admin, produce, consume in a group and commit',
    async (mechanism) => {
      const result = await drive({
        bootstrap: broker.listeners.SASL_SSL,
        topic: `platformatic-${mechanism.toLowerCase()}`,
        sasl: { mechanism, username: USER, password: PASSWORD },
        tls: { ca: broker.ca },
      });
      expect(result).toEqual({ ok: true, values: ['one', 'two'], committed: 2 });
    },
  );

  test('security: SSL with a client certificate (mTLS): admin, produce, consume in a group and commit', async () => {
    const result = await drive({
      bootstrap: broker.listeners.MTLS,
      topic: 'platformatic-mtls',
      sasl: null,
      tls: { ca: broker.ca, cert: broker.clientCert, key: broker.clientKey },
    });
    expect(result).toEqual({ ok: true, values: ['one', 'two'], committed: 2 });
  });

  test.each([
    [
      'a wrong password',
      () => ({ mechanism: 'SCRAM-SHA-512', username: USER, password: 'wrong' }),
      'SASL_SSL',
      /Received response with error while executing API SaslAuthenticate\(v2\)\nError: SASL authentication failed\./,
    ],
    [
      'a mechanism the listener does not enable',
      () => ({ mechanism: 'PLAIN', username: USER, password: PASSWORD }),
      'OAUTH',
      /SaslHandshake\(v1\)\nError: The broker does not support the requested SASL mechanism\./,
    ],
  ] as const)('security: %s is refused', async (_what, sasl, listener, error) => {
    const result = await drive<{ ok: boolean; error: string }>({
      bootstrap: broker.listeners[listener],
      topic: 'never',
      sasl: sasl(),
      tls: listener === 'SASL_SSL' ? { ca: broker.ca } : null,
      expect_failure: true,
    });
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(error);
  });
});
