// The connection flags against brokers that need them: TLS verified with --tls-ca, client certificates (mTLS), and
// SASL PLAIN / SCRAM over SASL_SSL with the password from a flag or $SAMSA_PASSWORD. What the commands did is checked
// through another command and through the broker's request log, which records each request's principal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster, type StartedCluster } from '@samsa/broker';
import { rows, samsa } from './helpers/run-cli';

jest.setTimeout(60000);

const USERS = { alice: 'alice-secret', bob: 'b0b-s3cret' };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'samsa-cli-tls-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pemFiles(cluster: StartedCluster, prefix: string): { ca: string; cert: string; key: string } {
  const tls = cluster.tls;
  if (tls === null) throw new Error('the cluster was started without tls');
  const files = {
    ca: join(dir, `${prefix}-ca.pem`),
    cert: join(dir, `${prefix}-cert.pem`),
    key: join(dir, `${prefix}-key.pem`),
  };
  writeFileSync(files.ca, tls.ca);
  writeFileSync(files.cert, tls.cert);
  writeFileSync(files.key, tls.key);
  return files;
}

describe('SASL_SSL', () => {
  let cluster: StartedCluster;
  let ca: string;
  let b: string[];
  beforeAll(async () => {
    cluster = await startCluster({
      tls: true,
      users: USERS,
      listeners: ['SASL_SSL'],
      config: { 'connection.failed.authentication.delay.ms': 10 },
    });
    cluster.control.startRequestLog();
    ca = pemFiles(cluster, 'sasl').ca;
    b = ['--brokers', cluster.listeners['SASL_SSL'] ?? '', '--tls-ca', ca];
  });
  afterAll(() => cluster.stop());

  test.each([
    ['SCRAM-SHA-256', 'env'],
    ['SCRAM-SHA-512', 'flag'],
    ['PLAIN', 'env'],
  ] as const)('%s with the password from %s: create, produce and consume as the user', async (mechanism, from) => {
    const topic = `secure-${mechanism}`.toLowerCase();
    const auth = [
      '--sasl-mechanism',
      mechanism,
      '--user',
      'bob',
      ...(from === 'flag' ? ['--password', USERS.bob] : []),
    ];
    const env = from === 'env' ? { SAMSA_PASSWORD: USERS.bob } : {};
    const created = await samsa(['topic', 'create', topic, '-p', '1', '-r', '1', ...b, ...auth], { env });
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const produced = await samsa(['produce', topic, ...b, ...auth], { env, stdin: 'one\ntwo\n' });
    expect(produced.code).toBe(0);
    const consumed = await samsa(['consume', topic, '-e', '--format', 'json', ...b, ...auth], { env });
    expect(consumed.code).toBe(0);
    const values = consumed.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { value: string }).value);
    expect(values).toEqual(['one', 'two']);
    const requests = cluster.control.requests({ api: 'Produce', listener: 'SASL_SSL' });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((e) => e.principal === 'User:bob')).toBe(true);
  });

  test('a wrong password fails in Kafka words, exit 1, and the password is never printed', async () => {
    const r = await samsa(['topic', 'list', ...b, '--sasl-mechanism', 'SCRAM-SHA-256', '--user', 'alice'], {
      env: { SAMSA_PASSWORD: 'not-alices-password' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SASL_AUTHENTICATION_FAILED|[Aa]uthentication failed/);
    expect(r.stderr + r.stdout).not.toContain('not-alices-password');
  });

  test('without a password, and with a user but no mechanism, the flags are refused with exit 2', async () => {
    const noPassword = await samsa(['topic', 'list', ...b, '--sasl-mechanism', 'PLAIN', '--user', 'bob']);
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('$SAMSA_PASSWORD or --password');
    const noMechanism = await samsa(['topic', 'list', ...b, '--user', 'bob', '--password', 'x']);
    expect(noMechanism.code).toBe(2);
    expect(noMechanism.stderr).toContain('--user needs --sasl-mechanism');
  });

  test('a broker certificate no trusted CA signed is refused; --tls-insecure connects anyway', async () => {
    const auth = ['--sasl-mechanism', 'PLAIN', '--user', 'bob', '--password', USERS.bob];
    const brokers = ['--brokers', cluster.listeners['SASL_SSL'] ?? ''];
    // --tls alone verifies against the system's CAs, which did not sign the cluster's throwaway certificate.
    const untrusted = await samsa(['topic', 'list', ...brokers, '--tls', '--timeout', '5s', ...auth]);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(/certificate/i);
    await samsa(['topic', 'create', 'insecure-visible', '-p', '1', '-r', '1', ...b, ...auth]);
    const insecure = await samsa(['topic', 'list', ...brokers, '--tls-insecure', '--format', 'json', ...auth]);
    expect(insecure.stderr).toBe('');
    expect(insecure.code).toBe(0);
    const names = (JSON.parse(insecure.stdout) as { name: string }[]).map((t) => t.name);
    expect(names).toContain('insecure-visible');
  });
});

describe('SSL with ssl.client.auth=required (mTLS)', () => {
  let cluster: StartedCluster;
  let files: { ca: string; cert: string; key: string };
  beforeAll(async () => {
    cluster = await startCluster({ tls: true, listeners: ['SSL'], config: { 'ssl.client.auth': 'required' } });
    cluster.control.startRequestLog();
    files = pemFiles(cluster, 'mtls');
  });
  afterAll(() => cluster.stop());

  test('--tls-cert and --tls-key authenticate the command; the principal is the certificate subject', async () => {
    const b = ['--brokers', cluster.listeners['SSL'] ?? '', '--tls-ca', files.ca];
    const created = await samsa([
      'topic',
      'create',
      'mtls-topic',
      '-p',
      '2',
      '-r',
      '1',
      ...b,
      '--tls-cert',
      files.cert,
      '--tls-key',
      files.key,
    ]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const listed = await samsa(['topic', 'list', ...b, '--tls-cert', files.cert, '--tls-key', files.key]);
    expect(rows(listed.stdout).map((r) => r[0])).toContain('mtls-topic');
    const requests = cluster.control.requests({ api: 'CreateTopics', listener: 'SSL' });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((e) => typeof e.principal === 'string' && e.principal.startsWith('User:CN='))).toBe(true);

    const noCert = await samsa(['topic', 'list', ...b, '--timeout', '5s']);
    expect(noCert.code).toBe(1);
    expect(noCert.stdout).toBe('');
  });
});
