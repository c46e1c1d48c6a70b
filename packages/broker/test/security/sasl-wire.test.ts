// The SASL exchange at the protocol level: Kafka's states and errors, the v0 handshake with raw tokens, SCRAM against
// credentials stored by AlterUserScramCredentials, OAUTHBEARER tokens, KIP-368 session lifetimes and re-authentication,
// and secrets kept out of the logs.
import { createHash, createHmac, generateKeyPairSync, pbkdf2Sync, randomBytes, sign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  AlterUserScramCredentialsApi,
  ApiVersionsApi,
  ErrorCode,
  MetadataApi,
  SaslAuthenticateApi,
  SaslHandshakeApi,
  ZERO_UUID,
} from '@samsa/protocol';
import { ConfigError, startBroker } from '../../src/index';
import { startTestBroker, waitFor, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

const METADATA = { topics: null, allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false };

async function handshake(client: WireClient, mechanism: string, version = 1) {
  return client.request(SaslHandshakeApi, version, { mechanism });
}

async function authenticate(client: WireClient, token: Buffer | string, version = 2) {
  return client.request(SaslAuthenticateApi, version, {
    authBytes: typeof token === 'string' ? Buffer.from(token, 'utf8') : token,
  });
}

function plainToken(user: string, password: string): Buffer {
  return Buffer.from(`\u0000${user}\u0000${password}`, 'utf8');
}

/** A SCRAM client (RFC 5802) for the test: two round trips, checking the server's signature. */
async function scramLogin(
  client: WireClient,
  mechanism: 'SCRAM-SHA-256' | 'SCRAM-SHA-512',
  user: string,
  password: string,
) {
  const hash = mechanism === 'SCRAM-SHA-256' ? 'sha256' : 'sha512';
  const clientNonce = randomBytes(16).toString('base64');
  const bare = `n=${user},r=${clientNonce}`;
  await handshake(client, mechanism);
  const first = await authenticate(client, `n,,${bare}`);
  if (first.errorCode !== 0) return first;
  const serverFirst = first.authBytes.toString('utf8');
  const fields = Object.fromEntries(serverFirst.split(',').map((kv) => [kv[0], kv.slice(2)]));
  const salted = pbkdf2Sync(
    password,
    Buffer.from(fields.s ?? '', 'base64'),
    Number(fields.i),
    hash === 'sha256' ? 32 : 64,
    hash,
  );
  const clientKey = createHmac(hash, salted).update('Client Key').digest();
  const storedKey = createHash(hash).update(clientKey).digest();
  const withoutProof = `c=biws,r=${fields.r}`;
  const authMessage = `${bare},${serverFirst},${withoutProof}`;
  const signature = createHmac(hash, storedKey).update(authMessage).digest();
  const proof = Buffer.from(clientKey.map((b, i) => b ^ (signature[i] as number)));
  const final = await authenticate(client, `${withoutProof},p=${proof.toString('base64')}`);
  if (final.errorCode === 0) {
    const serverKey = createHmac(hash, salted).update('Server Key').digest();
    const expected = createHmac(hash, serverKey).update(authMessage).digest('base64');
    expect(final.authBytes.toString('utf8')).toBe(`v=${expected}`);
  }
  return final;
}

function unsecuredJwt(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.`;
}

function oauthToken(jwt: string): string {
  return `n,,\u0001auth=Bearer ${jwt}\u0001\u0001`;
}

describe('SASL_PLAINTEXT listener', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({
      listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
      'samsa.storage': 'memory',
      'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
      'listener.name.sasl_plaintext.plain.sasl.jaas.config':
        'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret" user_admin="admin-secret" user_carol="carol-secret";',
      'samsa.sasl.users': 'dave:dave-secret',
      'samsa.scram.users': 'erin:erin-secret,SCRAM-SHA-512=[name=frank,password=frank-secret,iterations=8192]',
      'connection.failed.authentication.delay.ms': 0,
    });
    tb.broker.control.startRequestLog();
  });
  afterAll(async () => tb.dispose());

  it('ApiVersions, then SaslHandshake v1 and SaslAuthenticate with PLAIN users from JAAS and samsa.sasl.users', async () => {
    for (const [user, password] of [
      ['carol', 'carol-secret'],
      ['dave', 'dave-secret'],
    ] as const) {
      const client = await WireClient.connect(tb.broker.port);
      const versions = await client.request(ApiVersionsApi, 3, {
        clientSoftwareName: 'wire',
        clientSoftwareVersion: '1',
      });
      expect(versions.apiKeys.find((a) => a.apiKey === 36)).toEqual({ apiKey: 36, minVersion: 0, maxVersion: 2 });
      const hs = await handshake(client, 'PLAIN');
      expect(hs).toEqual({ errorCode: 0, mechanisms: ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] });
      const auth = await authenticate(client, plainToken(user, password));
      expect(auth).toEqual({ errorCode: 0, errorMessage: null, authBytes: Buffer.alloc(0), sessionLifetimeMs: 0 });
      const md = await client.request(MetadataApi, 12, METADATA);
      expect(md.brokers).toHaveLength(1);
      client.destroy();
      expect(tb.broker.control.requests({ api: 'Metadata', principal: `User:${user}` }).length).toBeGreaterThan(0);
    }
  });

  it('SaslHandshake v0 and raw tokens, as pre-KIP-152 clients send them', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const hs = await handshake(client, 'PLAIN', 0);
    expect(hs.errorCode).toBe(0);
    const token = plainToken('carol', 'carol-secret');
    const prefix = Buffer.alloc(4);
    prefix.writeInt32BE(token.length);
    const raw = client.nextRawFrame();
    client.sendRaw(Buffer.concat([prefix, token]));
    expect(await raw).toEqual(Buffer.from([0, 0, 0, 0]));
    const md = await client.request(MetadataApi, 1, { topics: null });
    expect(md.brokers).toHaveLength(1);
    client.destroy();
  });

  it('SCRAM-SHA-256 and -512 with credentials from samsa.scram.users, and from AlterUserScramCredentials', async () => {
    const erin = await WireClient.connect(tb.broker.port);
    expect((await scramLogin(erin, 'SCRAM-SHA-256', 'erin', 'erin-secret')).errorCode).toBe(0);
    const frank = await WireClient.connect(tb.broker.port);
    expect((await scramLogin(frank, 'SCRAM-SHA-512', 'frank', 'frank-secret')).errorCode).toBe(0);
    // An authenticated client stores a new credential; a fresh connection logs in with it.
    const salt = randomBytes(16);
    const saltedPassword = pbkdf2Sync('grace-secret', salt, 4096, 32, 'sha256');
    const altered = await erin.request(AlterUserScramCredentialsApi, 0, {
      deletions: [],
      upsertions: [{ name: 'grace', mechanism: 1, iterations: 4096, salt, saltedPassword }],
    });
    expect(altered.results).toEqual([{ user: 'grace', errorCode: 0, errorMessage: null }]);
    erin.destroy();
    frank.destroy();
    const grace = await WireClient.connect(tb.broker.port);
    expect((await scramLogin(grace, 'SCRAM-SHA-256', 'grace', 'grace-secret')).errorCode).toBe(0);
    grace.destroy();
  });

  it('a wrong password: SASL_AUTHENTICATION_FAILED with a message, then the connection closes with a log line', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await handshake(client, 'PLAIN');
    const auth = await authenticate(client, plainToken('carol', 'not-the-password'));
    expect(auth.errorCode).toBe(ErrorCode.SASL_AUTHENTICATION_FAILED);
    expect(auth.errorMessage).toBe('Authentication failed: Invalid username or password');
    await client.closed;
    await waitFor(() => tb.logs.some((l) => l.msg === 'closing connection: authentication failed'));
    const scram = await WireClient.connect(tb.broker.port);
    const failed = await scramLogin(scram, 'SCRAM-SHA-256', 'erin', 'wrong');
    expect(failed.errorCode).toBe(ErrorCode.SASL_AUTHENTICATION_FAILED);
    expect(failed.errorMessage).toBe(
      'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256',
    );
    await scram.closed;
  });

  it('an unknown mechanism: UNSUPPORTED_SASL_MECHANISM with the enabled list, then the connection closes', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const hs = await handshake(client, 'GSSAPI');
    expect(hs).toEqual({
      errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM,
      mechanisms: ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'],
    });
    await client.closed;
  });

  it('a request before the handshake closes the connection unanswered', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await expect(client.request(MetadataApi, 12, METADATA)).rejects.toThrow('connection closed');
    await waitFor(() =>
      tb.logs.some((l) => l.msg === 'closing connection: unexpected Metadata request during SASL handshake'),
    );
  });

  it('a request between handshake and authentication is answered ILLEGAL_SASL_STATE, then the connection closes', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await handshake(client, 'PLAIN');
    const md = await client.request(MetadataApi, 12, {
      topics: [{ name: 'x', topicId: ZERO_UUID }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: false,
    });
    expect(md.topics[0]?.errorCode).toBe(ErrorCode.ILLEGAL_SASL_STATE);
    await client.closed;
  });

  it('after authentication, SaslHandshake and SaslAuthenticate answer ILLEGAL_SASL_STATE (no session expiry)', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await handshake(client, 'PLAIN');
    expect((await authenticate(client, plainToken('carol', 'carol-secret'))).errorCode).toBe(0);
    expect((await handshake(client, 'PLAIN')).errorCode).toBe(ErrorCode.ILLEGAL_SASL_STATE);
    const again = await authenticate(client, plainToken('carol', 'carol-secret'));
    expect(again.errorCode).toBe(ErrorCode.ILLEGAL_SASL_STATE);
    expect(again.errorMessage).toBe('SaslAuthenticate request received after successful authentication');
    expect((await client.request(MetadataApi, 12, METADATA)).brokers).toHaveLength(1);
    client.destroy();
  });

  it('never logs a password', () => {
    const text = JSON.stringify(tb.logs);
    for (const secret of [
      'carol-secret',
      'dave-secret',
      'erin-secret',
      'frank-secret',
      'not-the-password',
      'admin-secret',
    ])
      expect(text).not.toContain(secret);
    expect(tb.logs.length).toBeGreaterThan(0);
  });
});

// Kafka answers a refused SaslHandshake at once and closes the connection connection.failed.authentication.delay.ms
// later (SaslServerAuthenticator sends the response, then fails; KafkaChannel delays the close), so a client reads the
// error before the connection ends; failed credentials are answered at the close (sendAuthenticationFailureResponse).
describe('the failed-authentication delay', () => {
  const DELAY_MS = 1000;
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({
      listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
      'samsa.storage': 'memory',
      'sasl.enabled.mechanisms': 'PLAIN',
      'samsa.sasl.users': 'dave:dave-secret',
      'connection.failed.authentication.delay.ms': DELAY_MS,
    });
  });
  afterAll(async () => tb.dispose());

  it('a refused handshake is answered at once; the connection closes after the delay', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const sent = performance.now();
    const hs = await handshake(client, 'GSSAPI');
    const answered = performance.now();
    expect(hs).toEqual({ errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms: ['PLAIN'] });
    expect(client.isClosed).toBe(false);
    await client.closed;
    const closed = performance.now();
    expect(closed - sent).toBeGreaterThanOrEqual(DELAY_MS - 20);
    // The answer came first and the connection stayed open for most of the delay after it.
    expect(closed - answered).toBeGreaterThanOrEqual(DELAY_MS / 2);
  });

  it('wrong credentials are answered after the delay, and the connection then closes', async () => {
    const client = await WireClient.connect(tb.broker.port);
    expect((await handshake(client, 'PLAIN')).errorCode).toBe(0);
    const sent = performance.now();
    const auth = await authenticate(client, plainToken('dave', 'wrong'));
    expect(auth.errorCode).toBe(ErrorCode.SASL_AUTHENTICATION_FAILED);
    expect(performance.now() - sent).toBeGreaterThanOrEqual(DELAY_MS - 20);
    await client.closed;
  });
});

describe('fault rules and the request log by principal and listener', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({
      listeners: 'PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0',
      'samsa.storage': 'memory',
      'sasl.enabled.mechanisms': 'PLAIN',
      'samsa.sasl.users': 'alice:alice-secret,bob:bob-secret',
    });
    tb.broker.control.startRequestLog();
  });
  afterAll(async () => tb.dispose());

  const saslPort = (): number => Number(tb.broker.listeners.SASL_PLAINTEXT?.split(':')[1]);

  async function loggedIn(user: string): Promise<WireClient> {
    const client = await WireClient.connect(saslPort());
    await handshake(client, 'PLAIN');
    expect((await authenticate(client, plainToken(user, `${user}-secret`))).errorCode).toBe(0);
    return client;
  }

  it('an error rule scoped to a principal fails only that principal, one scoped to a listener only that listener', async () => {
    const alice = await loggedIn('alice');
    const bob = await loggedIn('bob');
    const anonymous = await WireClient.connect(tb.broker.port);
    try {
      tb.broker.control.injectError({ api: 'Metadata', error: 'UNKNOWN_SERVER_ERROR', principal: 'User:alice' });
      const errorsOf = (md: { topics: { errorCode: number }[] }) => md.topics.map((t) => t.errorCode);
      const query = { ...METADATA, topics: [{ name: 't', topicId: ZERO_UUID }] };
      expect(errorsOf(await bob.request(MetadataApi, 12, query))).not.toContain(ErrorCode.UNKNOWN_SERVER_ERROR);
      expect(errorsOf(await anonymous.request(MetadataApi, 12, query))).not.toContain(ErrorCode.UNKNOWN_SERVER_ERROR);
      expect(errorsOf(await alice.request(MetadataApi, 12, query))).toEqual([ErrorCode.UNKNOWN_SERVER_ERROR]);

      tb.broker.control.injectError({ api: 'Metadata', error: 'UNKNOWN_SERVER_ERROR', listener: 'PLAINTEXT' });
      expect(errorsOf(await bob.request(MetadataApi, 12, query))).not.toContain(ErrorCode.UNKNOWN_SERVER_ERROR);
      expect(errorsOf(await anonymous.request(MetadataApi, 12, query))).toEqual([ErrorCode.UNKNOWN_SERVER_ERROR]);

      const faulted = tb.broker.control.requests({ api: 'Metadata' }).filter((e) => e.fault !== null);
      expect(faulted.map((e) => [e.principal, e.listener])).toEqual([
        ['User:alice', 'SASL_PLAINTEXT'],
        ['User:ANONYMOUS', 'PLAINTEXT'],
      ]);
      expect(tb.broker.control.requests({ api: 'Metadata', listener: 'SASL_PLAINTEXT' })).toHaveLength(3);
      expect(tb.broker.control.requests({ api: 'Metadata', principal: 'User:bob' })).toHaveLength(2);
    } finally {
      for (const c of [alice, bob, anonymous]) c.destroy();
    }
  });
});

describe('KIP-368 session lifetime and re-authentication', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({
      listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
      'samsa.storage': 'memory',
      'samsa.sasl.users': 'alice:alice-secret,bob:bob-secret',
      'samsa.scram.users': 'alice:alice-secret',
      'connections.max.reauth.ms': 1500,
      'connection.failed.authentication.delay.ms': 0,
    });
  });
  afterAll(async () => tb.dispose());

  it('reports the session lifetime, and closes a connection that outlives it without re-authenticating', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await handshake(client, 'PLAIN');
    const auth = await authenticate(client, plainToken('alice', 'alice-secret'));
    expect(auth.sessionLifetimeMs).toBe(1500);
    expect((await client.request(MetadataApi, 12, METADATA)).brokers).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1700));
    await expect(client.request(MetadataApi, 12, METADATA)).rejects.toThrow('connection closed');
    await waitFor(() => tb.logs.some((l) => String(l.msg).includes('SASL session expired')));
  });

  it('re-authenticates with the same mechanism and principal, and refuses a principal change', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await handshake(client, 'PLAIN');
    await authenticate(client, plainToken('alice', 'alice-secret'));
    await new Promise((r) => setTimeout(r, 1100));
    await handshake(client, 'PLAIN');
    const again = await authenticate(client, plainToken('alice', 'alice-secret'));
    expect(again.errorCode).toBe(0);
    expect(again.sessionLifetimeMs).toBe(1500);
    expect((await client.request(MetadataApi, 12, METADATA)).brokers).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1100));
    await handshake(client, 'PLAIN');
    const changed = await authenticate(client, plainToken('bob', 'bob-secret'));
    expect(changed.errorCode).toBe(ErrorCode.SASL_AUTHENTICATION_FAILED);
    expect(changed.errorMessage).toBe('Cannot change principals during re-authentication from User.alice: User.bob');
    await client.closed;
  });

  it('refuses a re-authentication with another mechanism', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await handshake(client, 'PLAIN');
    await authenticate(client, plainToken('alice', 'alice-secret'));
    await new Promise((r) => setTimeout(r, 1100));
    expect((await handshake(client, 'SCRAM-SHA-256')).errorCode).toBe(0);
    const refused = await authenticate(client, 'n,,n=alice,r=abc');
    expect(refused.errorCode).toBe(ErrorCode.SASL_AUTHENTICATION_FAILED);
    expect(refused.errorMessage).toBe(
      "SASL mechanism 'SCRAM-SHA-256' requested by client is not supported for re-authentication of mechanism 'PLAIN'",
    );
  });
});

describe('OAUTHBEARER', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({
      listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
      'samsa.storage': 'memory',
      'sasl.enabled.mechanisms': 'OAUTHBEARER',
      'listener.name.sasl_plaintext.oauthbearer.sasl.jaas.config':
        'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required unsecuredValidatorRequiredScope="kafka";',
      'connection.failed.authentication.delay.ms': 0,
    });
    tb.broker.control.startRequestLog();
  });
  afterAll(async () => tb.dispose());

  it('accepts an unsecured JWT: the principal is its sub, the session ends with the token', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await handshake(client, 'OAUTHBEARER');
    const exp = Math.floor(Date.now() / 1000) + 60;
    const auth = await authenticate(client, oauthToken(unsecuredJwt({ sub: 'svc-orders', exp, scope: ['kafka'] })));
    expect(auth.errorCode).toBe(0);
    expect(auth.sessionLifetimeMs).toBeGreaterThan(55_000);
    expect(auth.sessionLifetimeMs).toBeLessThanOrEqual(60_000);
    await client.request(MetadataApi, 12, METADATA);
    client.destroy();
    expect(tb.broker.control.requests({ principal: 'User:svc-orders' }).length).toBeGreaterThan(0);
  });

  it.each([
    ['an expired token', { sub: 'svc', exp: Math.floor(Date.now() / 1000) - 10, scope: 'kafka' }, 'invalid_token'],
    ['a token without exp', { sub: 'svc', scope: 'kafka' }, 'invalid_token'],
    ['a token without the required scope', { sub: 'svc', exp: 4102444800, scope: 'other' }, 'insufficient_scope'],
  ])("refuses %s with Kafka's JSON error, then fails after the client's %%x01", async (_what, claims, status) => {
    const client = await WireClient.connect(tb.broker.port);
    await handshake(client, 'OAUTHBEARER');
    const challenge = await authenticate(client, oauthToken(unsecuredJwt(claims)));
    expect(challenge.errorCode).toBe(0);
    expect(JSON.parse(challenge.authBytes.toString('utf8')).status).toBe(status);
    const failed = await authenticate(client, Buffer.from([1]));
    expect(failed.errorCode).toBe(ErrorCode.SASL_AUTHENTICATION_FAILED);
    expect(failed.errorMessage).toBe(challenge.authBytes.toString('utf8'));
    await client.closed;
  });
});

describe('OAUTHBEARER with a JWKS file', () => {
  let dir: string;
  let tb: TestBroker;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samsa-jwks-'));
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' };
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [jwk] }));
    tb = await startTestBroker({
      listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
      'samsa.storage': 'memory',
      'sasl.enabled.mechanisms': 'OAUTHBEARER',
      'listener.name.sasl_plaintext.oauthbearer.sasl.server.callback.handler.class':
        'org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler',
      'sasl.oauthbearer.jwks.endpoint.url': pathToFileURL(join(dir, 'jwks.json')).href,
      'sasl.oauthbearer.expected.audience': 'kafka',
      'connection.failed.authentication.delay.ms': 0,
    });
  });
  afterAll(async () => {
    await tb.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  function signed(claims: Record<string, unknown>, key = privateKey): string {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const input = `${part({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${part(claims)}`;
    return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
  }

  it('accepts a token signed by a key of the JWKS, and refuses a forged or unsigned one', async () => {
    const exp = Math.floor(Date.now() / 1000) + 300;
    const good = await WireClient.connect(tb.broker.port);
    await handshake(good, 'OAUTHBEARER');
    expect((await authenticate(good, oauthToken(signed({ sub: 'svc', exp, aud: 'kafka' })))).errorCode).toBe(0);
    good.destroy();
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    for (const jwt of [
      signed({ sub: 'svc', exp, aud: 'kafka' }, other),
      signed({ sub: 'svc', exp, aud: 'elsewhere' }),
      unsecuredJwt({ sub: 'svc', exp, aud: 'kafka' }),
    ]) {
      const client = await WireClient.connect(tb.broker.port);
      await handshake(client, 'OAUTHBEARER');
      const challenge = await authenticate(client, oauthToken(jwt));
      expect(JSON.parse(challenge.authBytes.toString('utf8')).status).toBe('invalid_token');
      client.destroy();
    }
  });
});

describe('SASL configuration', () => {
  it.each([
    [{ 'sasl.enabled.mechanisms': 'GSSAPI' }, /GSSAPI \(Kerberos\) is not served/],
    [{ 'sasl.enabled.mechanisms': 'PLAIN,DIGEST-MD5' }, /Unknown SASL mechanism DIGEST-MD5/],
    [
      { 'listener.name.sasl_plaintext.plain.sasl.jaas.config': 'PlainLoginModule required user_a="very-secret"' },
      /Invalid JAAS configuration/,
    ],
  ])('stops start-up on %o', async (bad, message) => {
    let err: unknown = null;
    try {
      const b = await startBroker({ listeners: 'SASL_PLAINTEXT://127.0.0.1:0', 'samsa.storage': 'memory', ...bad });
      await b.stop();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('very-secret');
  });
});
