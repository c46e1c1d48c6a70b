// SSL listeners: keystores and truststores in Kafka's formats, client authentication and the principal it gives,
// protocol versions, and refusals that close one connection with a log line and leave every other one alone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MetadataApi } from '@samsa/protocol';
import { ConfigError, generateCertificates, startBroker, type ThrowawayCertificates } from '../../src/index';
import { startTestBroker, waitFor, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';

const METADATA = { topics: null, allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false };

let certs: ThrowawayCertificates;
let other: ThrowawayCertificates;
let dir: string;
beforeAll(() => {
  certs = generateCertificates({ clientName: 'alice' });
  // A second, unrelated CA: its client certificate chains to nothing the broker trusts.
  other = generateCertificates({ clientName: 'mallory' });
  dir = mkdtempSync(join(tmpdir(), 'samsa-tls-test-'));
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pemKeystore(extra: Record<string, string> = {}): Record<string, string> {
  return {
    listeners: 'SSL://127.0.0.1:0',
    'ssl.keystore.type': 'PEM',
    'ssl.keystore.certificate.chain': certs.broker.cert,
    'ssl.keystore.key': certs.broker.key,
    'ssl.truststore.type': 'PEM',
    'ssl.truststore.certificates': certs.ca.cert,
    ...extra,
  };
}

async function metadataOver(port: number, options: Parameters<typeof WireClient.connectTls>[1]) {
  const client = await WireClient.connectTls(port, { ca: certs.ca.cert, ...options });
  try {
    return await client.request(MetadataApi, 12, METADATA);
  } finally {
    client.destroy();
  }
}

async function startStopped(config: Record<string, string>): Promise<unknown> {
  try {
    const broker = await startBroker({ 'samsa.storage': 'memory', ...config });
    await broker.stop();
    return null;
  } catch (err) {
    return err;
  }
}

describe('SSL listener, PEM keystore, no client authentication', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({ ...pemKeystore(), 'samsa.storage': 'memory' });
  });
  afterAll(async () => tb.dispose());

  it('serves requests over TLS and advertises the SSL listener', async () => {
    const res = await metadataOver(tb.broker.port, {});
    expect(res.brokers).toEqual([{ nodeId: 1, host: '127.0.0.1', port: tb.broker.port, rack: null }]);
    expect(tb.broker.nodes[0]?.endpoints[0]?.securityProtocol).toBe('SSL');
  });

  it('verifies as localhost and 127.0.0.1 for a client checking host names', async () => {
    const client = await WireClient.connectTls(tb.broker.port, { ca: certs.ca.cert, servername: 'localhost' });
    client.destroy();
    await expect(WireClient.connectTls(tb.broker.port, { ca: other.ca.cert, servername: 'localhost' })).rejects.toThrow(
      /self.signed|unable to verify|certificate/i,
    );
  });

  it('closes a plaintext client with a log line and keeps serving TLS clients', async () => {
    const plain = await WireClient.connect(tb.broker.port);
    const answered = plain.request(MetadataApi, 12, METADATA);
    await expect(answered).rejects.toThrow('connection closed');
    const wrongVersion = (l: { msg: string; error?: unknown }) =>
      l.msg === 'closing connection: TLS handshake failed' && l.error === 'ERR_SSL_WRONG_VERSION_NUMBER';
    await waitFor(() => tb.logs.some(wrongVersion));
    const line = tb.logs.find(wrongVersion);
    expect(line?.listener).toBe('SSL');
    expect(String(line?.remote)).toMatch(/^127\.0\.0\.1:\d+$/);
    const res = await metadataOver(tb.broker.port, {});
    expect(res.brokers).toHaveLength(1);
  });

  it('a client certificate is ignored: the principal stays User:ANONYMOUS', async () => {
    tb.broker.control.startRequestLog();
    try {
      await metadataOver(tb.broker.port, { cert: certs.client.cert, key: certs.client.key });
      const entries = tb.broker.control.requests({ api: 'Metadata' });
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.at(-1)?.principal).toBe('User:ANONYMOUS');
      expect(entries.at(-1)?.listener).toBe('SSL');
    } finally {
      tb.broker.control.stopRequestLog();
      tb.broker.control.clearRequestLog();
    }
  });
});

describe('mTLS (ssl.client.auth=required)', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({ ...pemKeystore({ 'ssl.client.auth': 'required' }), 'samsa.storage': 'memory' });
    tb.broker.control.startRequestLog();
  });
  afterAll(async () => tb.dispose());

  it('takes the principal from the client certificate subject (DEFAULT rule: the RFC 2253 name)', async () => {
    await metadataOver(tb.broker.port, { cert: certs.client.cert, key: certs.client.key });
    const entries = tb.broker.control.requests({ principal: 'User:CN=alice' });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]?.api).toBe('Metadata');
  });

  it.each([
    ['no client certificate', () => ({}), 'closing connection: no client certificate (ssl.client.auth=required)'],
    [
      'an untrusted client certificate',
      () => ({ cert: other.client.cert, key: other.client.key }),
      'closing connection: client certificate not trusted',
    ],
  ])('refuses %s with a log line, other clients unaffected', async (_what, clientCert, message) => {
    const before = tb.logs.filter((l) => l.msg === message).length;
    await expect(metadataOver(tb.broker.port, clientCert())).rejects.toThrow();
    await waitFor(() => tb.logs.filter((l) => l.msg === message).length > before);
    const res = await metadataOver(tb.broker.port, { cert: certs.client.cert, key: certs.client.key });
    expect(res.brokers).toHaveLength(1);
  });

  it('refuses an expired client certificate', async () => {
    const expired = generateCertificates({ clientDays: -2 });
    const broker = await startTestBroker({
      ...pemKeystore({
        'ssl.client.auth': 'required',
        'ssl.keystore.certificate.chain': expired.broker.cert,
        'ssl.keystore.key': expired.broker.key,
        'ssl.truststore.certificates': expired.ca.cert,
      }),
      'samsa.storage': 'memory',
    });
    try {
      const client = WireClient.connectTls(broker.broker.port, {
        ca: expired.ca.cert,
        cert: expired.client.cert,
        key: expired.client.key,
      }).then(async (c) => {
        try {
          return await c.request(MetadataApi, 12, METADATA);
        } finally {
          c.destroy();
        }
      });
      await expect(client).rejects.toThrow();
      const refused = (l: { msg: string }) => l.msg === 'closing connection: client certificate not trusted';
      await waitFor(() => broker.logs.some(refused));
      expect(broker.logs.find(refused)?.error).toBe('CERT_HAS_EXPIRED');
    } finally {
      await broker.dispose();
    }
  });
});

describe('ssl.client.auth=requested and ssl.principal.mapping.rules', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({
      ...pemKeystore({
        'ssl.client.auth': 'requested',
        'ssl.principal.mapping.rules': 'RULE:^CN=(.*?)$/$1-user/U,DEFAULT',
      }),
      'samsa.storage': 'memory',
    });
    tb.broker.control.startRequestLog();
  });
  afterAll(async () => tb.dispose());

  it('maps a presented certificate through the rules', async () => {
    await metadataOver(tb.broker.port, { cert: certs.client.cert, key: certs.client.key });
    expect(tb.broker.control.requests({ principal: 'User:ALICE-USER' }).length).toBeGreaterThan(0);
  });

  it('lets a client without a certificate in as User:ANONYMOUS', async () => {
    await metadataOver(tb.broker.port, {});
    expect(tb.broker.control.requests({ principal: 'User:ANONYMOUS' }).length).toBeGreaterThan(0);
  });

  it('refuses a certificate that does not verify, with a log line', async () => {
    const client = await WireClient.connectTls(tb.broker.port, {
      ca: certs.ca.cert,
      cert: other.client.cert,
      key: other.client.key,
    }).catch(() => null);
    if (client) await client.closed;
    await waitFor(() => tb.logs.some((l) => l.msg === 'closing connection: client certificate not trusted'));
  });
});

describe('keystore and truststore formats', () => {
  it('reads PKCS12 keystores and truststores from files (and a PKCS12 file under the JKS default type)', async () => {
    writeFileSync(join(dir, 'broker.p12'), certs.brokerP12);
    writeFileSync(join(dir, 'truststore.p12'), certs.truststoreP12);
    for (const type of ['PKCS12', undefined]) {
      const tb = await startTestBroker({
        listeners: 'SSL://127.0.0.1:0',
        ...(type ? { 'ssl.keystore.type': type, 'ssl.truststore.type': type } : {}),
        'ssl.keystore.location': join(dir, 'broker.p12'),
        'ssl.keystore.password': certs.password,
        'ssl.truststore.location': join(dir, 'truststore.p12'),
        'ssl.truststore.password': certs.password,
        'ssl.client.auth': 'required',
        'samsa.storage': 'memory',
      });
      try {
        const res = await metadataOver(tb.broker.port, { cert: certs.client.cert, key: certs.client.key });
        expect(res.brokers).toHaveLength(1);
      } finally {
        await tb.dispose();
      }
    }
  });

  it('reads a PEM keystore file holding the key and the chain, with an encrypted key', async () => {
    const { createPrivateKey } = await import('node:crypto');
    const encrypted = createPrivateKey(certs.broker.key).export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'key-secret',
    });
    writeFileSync(join(dir, 'broker-keystore.pem'), `${encrypted}${certs.broker.cert}`);
    writeFileSync(join(dir, 'ca.pem'), certs.ca.cert);
    const tb = await startTestBroker({
      listeners: 'SSL://127.0.0.1:0',
      'ssl.keystore.type': 'PEM',
      'ssl.keystore.location': join(dir, 'broker-keystore.pem'),
      'ssl.key.password': 'key-secret',
      'ssl.truststore.type': 'PEM',
      'ssl.truststore.location': join(dir, 'ca.pem'),
      'samsa.storage': 'memory',
    });
    try {
      expect((await metadataOver(tb.broker.port, {})).brokers).toHaveLength(1);
    } finally {
      await tb.dispose();
    }
  });

  it('accepts PEM values whose line breaks were lost in a properties file', async () => {
    const oneLine = (pem: string) => pem.replace(/\n/g, ' ');
    const tb = await startTestBroker({
      ...pemKeystore({
        'ssl.keystore.certificate.chain': oneLine(certs.broker.cert),
        'ssl.keystore.key': oneLine(certs.broker.key),
      }),
      'samsa.storage': 'memory',
    });
    try {
      expect((await metadataOver(tb.broker.port, {})).brokers).toHaveLength(1);
    } finally {
      await tb.dispose();
    }
  });

  it('refuses a JKS keystore with the keytool command that converts it', async () => {
    const jks = Buffer.concat([Buffer.from([0xfe, 0xed, 0xfe, 0xed]), Buffer.alloc(60)]);
    writeFileSync(join(dir, 'broker.jks'), jks);
    const err = await startStopped({
      listeners: 'SSL://127.0.0.1:0',
      'ssl.keystore.location': join(dir, 'broker.jks'),
      'ssl.keystore.password': 'changeit',
    });
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain('keytool -importkeystore');
    expect((err as Error).message).toContain('ssl.keystore.type=PKCS12');
    expect((err as Error).message).not.toContain('changeit');
  });

  it.each([
    [{ 'ssl.keystore.key': 'not a key' }, /ssl.keystore.key/],
    [{ 'ssl.cipher.suites': 'TLS_NO_SUCH_SUITE' }, /ssl.cipher.suites/],
    [{ 'ssl.principal.mapping.rules': 'RULE:^CN=(.*$/$1/' }, /ssl.principal.mapping.rules/],
  ])('stops start-up on a bad setting: %o', async (bad, message) => {
    const err = await startStopped(pemKeystore(bad));
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('PRIVATE KEY');
  });

  it('refuses a wrong keystore password without showing it', async () => {
    writeFileSync(join(dir, 'broker2.p12'), certs.brokerP12);
    const err = await startStopped({
      listeners: 'SSL://127.0.0.1:0',
      'ssl.keystore.type': 'PKCS12',
      'ssl.keystore.location': join(dir, 'broker2.p12'),
      'ssl.keystore.password': 'wrong-password-123',
    });
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain('ssl.keystore.password');
    expect((err as Error).message).not.toContain('wrong-password-123');
  });
});

describe('protocols, ciphers and host names', () => {
  it('ssl.enabled.protocols=TLSv1.3 refuses a TLS 1.2 client', async () => {
    const tb = await startTestBroker({
      ...pemKeystore({ 'ssl.enabled.protocols': 'TLSv1.3' }),
      'samsa.storage': 'memory',
    });
    try {
      await expect(metadataOver(tb.broker.port, { maxVersion: 'TLSv1.2' })).rejects.toThrow();
      expect((await metadataOver(tb.broker.port, { minVersion: 'TLSv1.3' })).brokers).toHaveLength(1);
    } finally {
      await tb.dispose();
    }
  });

  it('ssl.cipher.suites takes IANA names, as Java does', async () => {
    const tb = await startTestBroker({
      ...pemKeystore({
        'ssl.enabled.protocols': 'TLSv1.2',
        'ssl.cipher.suites': 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
      }),
      'samsa.storage': 'memory',
    });
    try {
      const client = await WireClient.connectTls(tb.broker.port, { ca: certs.ca.cert });
      client.destroy();
      await expect(
        WireClient.connectTls(tb.broker.port, { ca: certs.ca.cert, ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' }),
      ).rejects.toThrow();
    } finally {
      await tb.dispose();
    }
  });

  it('warns when the certificate does not name the advertised host', async () => {
    const tb = await startTestBroker({
      ...pemKeystore({ 'advertised.listeners': 'SSL://kafka.example:0' }),
      'samsa.storage': 'memory',
    });
    try {
      const warning = tb.logs.find((l) =>
        String(l.msg).startsWith('the TLS certificate does not name the advertised host'),
      );
      expect(warning?.host).toBe('kafka.example');
      expect(tb.logs.some((l) => JSON.stringify(l).includes('PRIVATE KEY'))).toBe(false);
    } finally {
      await tb.dispose();
    }
  });
});

describe('startCluster({ tls: true })', () => {
  it('opens an SSL listener with throwaway certificates that kafkajs produces to and consumes from', async () => {
    const { Kafka, logLevel } = await import('kafkajs');
    const { startCluster } = await import('../../src/index');
    const cluster = await startCluster({ tls: true, config: { 'ssl.client.auth': 'required' } });
    const tls = cluster.tls;
    if (!tls) throw new Error('no TLS material');
    const kafka = new Kafka({
      brokers: cluster.bootstrapServers.split(','),
      ssl: { ca: [tls.ca], cert: tls.cert, key: tls.key },
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    const consumer = kafka.consumer({ groupId: 'tls-group' });
    try {
      expect(Object.keys(cluster.listeners)).toEqual(['SSL']);
      await producer.connect();
      await producer.send({ topic: 'tls-topic', messages: [{ key: 'k', value: 'over TLS' }] });
      await consumer.connect();
      await consumer.subscribe({ topic: 'tls-topic', fromBeginning: true });
      const received = await new Promise<string>((resolve) => {
        void consumer.run({ eachMessage: async ({ message }) => resolve(String(message.value)) });
      });
      expect(received).toBe('over TLS');
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
      await cluster.stop();
    }
  }, 30_000);
});
