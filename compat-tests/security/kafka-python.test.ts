// kafka-python 2.0.2 against samsa's security listeners: SSL with a client certificate (mTLS), SASL PLAIN and
// SCRAM-SHA-256/512 over SASL_SSL; admin, produce, consume in a group with a commit; and the errors kafka-python
// raises for a wrong password and a mechanism the listener does not enable.
import { join } from 'node:path';
import { describeWithClient } from '../helpers/clients';
import { runPythonJson } from '../helpers/python';
import { PASSWORD, startSecureBroker, USER, type SecureBroker } from '../helpers/secure-broker';

jest.setTimeout(90_000);

let broker: SecureBroker;
beforeAll(async () => {
  broker = await startSecureBroker();
}, 90_000);
afterAll(async () => broker?.stop());

const script = join(__dirname, 'py', 'kafka_python_secure.py');

function sasl(mechanism: string, password = PASSWORD): Record<string, string> {
  return {
    bootstrap_servers: broker.listeners.SASL_SSL,
    security_protocol: 'SASL_SSL',
    ssl_cafile: broker.ca,
    sasl_mechanism: mechanism,
    sasl_plain_username: USER,
    sasl_plain_password: password,
  };
}

describeWithClient('kafka-python', 'kafka-python 2.0 security against samsa', () => {
  test.each(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'])(
    'security: SASL_SSL %s: admin, produce, consume in a group and commit',
    async (mechanism) => {
      const result = await runPythonJson<{ ok: boolean; values: string[]; committed: number }>(script, [
        JSON.stringify({ config: sasl(mechanism), topic: `kafka-python-${mechanism.toLowerCase()}` }),
      ]);
      expect(result).toEqual({ ok: true, values: ['one', 'two'], committed: 2 });
    },
  );

  test('security: SSL with a client certificate (mTLS): admin, produce, consume in a group and commit', async () => {
    const config = {
      bootstrap_servers: broker.listeners.MTLS,
      security_protocol: 'SSL',
      ssl_cafile: broker.ca,
      ssl_certfile: broker.clientCert,
      ssl_keyfile: broker.clientKey,
    };
    const result = await runPythonJson<{ ok: boolean; values: string[] }>(script, [
      JSON.stringify({ config, topic: 'kafka-python-mtls' }),
    ]);
    expect(result).toMatchObject({ ok: true, values: ['one', 'two'] });
  });

  // kafka-python 2.0 authenticates with SaslHandshake v0 and raw tokens, which carry no error: on a wrong password the
  // broker closes the connection (as Kafka does), kafka-python logs the closed connection while authenticating and its
  // bootstrap raises NoBrokersAvailable. A mechanism the listener does not enable is refused earlier, by the
  // handshake's UNSUPPORTED_SASL_MECHANISM (33), which kafka-python logs before giving up the same way.
  test.each([
    [
      'PLAIN with a wrong password',
      () => sasl('PLAIN', 'wrong'),
      /<authenticating>.*(Connection reset|socket disconnected)/,
    ],
    [
      'SCRAM with a wrong password',
      () => sasl('SCRAM-SHA-256', 'wrong'),
      /<authenticating>.*(Connection reset|socket disconnected)/,
    ],
    [
      'a mechanism the listener does not enable',
      () => ({ ...sasl('PLAIN'), bootstrap_servers: broker.listeners.OAUTH, security_protocol: 'SASL_PLAINTEXT' }),
      /<authenticating>.*\[Error 33\] UnsupportedSaslMechanismError/,
    ],
  ])('security: %s is refused', async (_what, config, logged) => {
    const result = await runPythonJson<{ ok: boolean; error: string; log: string[] }>(script, [
      JSON.stringify({ config: config(), topic: 'never', expect_failure: true }),
    ]);
    expect(result.ok).toBe(false);
    expect(result.error).toBe('NoBrokersAvailable: NoBrokersAvailable');
    expect(result.log.join('\n')).toMatch(logged);
  });
});
