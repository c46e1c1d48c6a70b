// TLS and SASL costs, each against a baseline in the same run (`npm run bench tls`):
// - produce (1 KB records in 1 MB batches, acks=1) and fetch (1 MiB responses of 16 KB batches) over samsa's SSL
//   listener, against the raw TLS sink / source: a Node server behind the same TLS that only moves the bytes (the
//   ceiling for any Node broker over TLS). samsa keeps the log in memory here (a fresh process for each produce
//   run), so the figures are about the transport, not the disk; the plaintext rows give the same runs without TLS.
// - the cost of opening an authenticated connection: connect + ApiVersions, then SaslHandshake and SaslAuthenticate
//   (PLAIN, SCRAM-SHA-256 with 4096 iterations), one connection after another, against a plain connect + ApiVersions;
//   and a TLS connect + ApiVersions likewise. The SCRAM row includes the client's own PBKDF2, as a client pays it.
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { report } from './harness';
import { FrameCutter, openSocket, type LoadResult, type Target } from './load/generator';
import { createTopic, samsaCerts, startSamsa, startTcpBaseline, type RunningServer } from './load/servers';
import { KB, MB, QUICK, TOPIC, fetchRun, fill, produceRun, sharedBatch, type ProduceShape } from './load/scenarios';
import { produceFrame } from './load/wire';

const mbps = (r: LoadResult): number => r.responseBytes / r.seconds / 1e6;
const CONNECTIONS = QUICK ? 100 : 300;
const USER = 'bench';
const PASSWORD = 'bench-secret';

function tlsTarget(port: number, ca: Buffer): Target {
  return { port, tls: { ca, servername: 'localhost' } };
}

/** The port of `server`'s listener `name` (the "listening" line names every listener). */
function portOf(server: RunningServer, name: string): number {
  const address = server.listeners?.[name];
  if (!address) throw new Error(`samsa did not report its ${name} listener`);
  return Number(address.slice(address.lastIndexOf(':') + 1));
}

/** samsa on memory storage with a PLAINTEXT and an SSL listener (the certificates of `samsa certs`). */
function startSecureSamsa(certs: string, extra: Record<string, string> = {}): Promise<RunningServer> {
  return startSamsa({
    config: {
      listeners: 'PLAINTEXT://127.0.0.1:0,SSL://127.0.0.1:0',
      'samsa.storage': 'memory',
      'ssl.keystore.type': 'PEM',
      'ssl.keystore.location': join(certs, 'broker-keystore.pem'),
      ...extra,
    },
  });
}

/** A fresh samsa (memory storage holds every byte produced) with its topic, for one produce run on `listener`. */
async function produceOnFresh(certs: string, listener: 'SSL' | 'PLAINTEXT', shape: ProduceShape) {
  const ca = readFileSync(join(certs, 'ca.pem'));
  const samsa = await startSecureSamsa(certs);
  try {
    await createTopic(samsa.port, TOPIC, 1);
    return await produceRun(listener === 'SSL' ? tlsTarget(portOf(samsa, 'SSL'), ca) : samsa.port, shape);
  } finally {
    await samsa.stop();
  }
}

async function produceThroughput(certs: string): Promise<void> {
  const ca = readFileSync(join(certs, 'ca.pem'));
  for (const connections of [1, 4]) {
    const group = `produce 1 KB records, 1 MB batches, acks=1, ${connections} conn`;
    const shape: ProduceShape = { valueBytes: KB, batchBytes: MB, acks: 1, connections };
    const sink = await startTcpBaseline('sink', 0, certs);
    const base = await produceRun(tlsTarget(sink.port, ca), shape).finally(() => sink.stop());
    const overTls = await produceOnFresh(certs, 'SSL', shape);
    const plain = await produceOnFresh(certs, 'PLAINTEXT', shape);
    const sinkFigure = { name: 'raw TLS sink', value: base.mbPerSecond };
    report({ group, name: sinkFigure.name, value: sinkFigure.value, unit: 'MB/s' });
    const tlsFigure = { name: 'samsa over TLS', value: overTls.mbPerSecond };
    report({ group, name: tlsFigure.name, value: tlsFigure.value, unit: 'MB/s', baseline: sinkFigure });
    report({ group, name: 'samsa plaintext', value: plain.mbPerSecond, unit: 'MB/s', baseline: tlsFigure });
  }
}

async function fetchThroughput(certs: string): Promise<void> {
  const ca = readFileSync(join(certs, 'ca.pem'));
  const samsa = await startSecureSamsa(certs);
  try {
    await createTopic(samsa.port, TOPIC, 1);
    const { batch, records } = sharedBatch(1000, 16 * KB);
    const log = { batches: QUICK ? 1024 : 4096, recordsPerBatch: records, batchBytes: batch.length };
    await fill(samsa.port, produceFrame(TOPIC, 0, 1, 0, batch), log.batches);
    const ssl = tlsTarget(portOf(samsa, 'SSL'), ca);
    for (const connections of [1, 4]) {
      const group = `fetch 1 MiB responses of 16 KB batches, 4 in flight, ${connections} conn`;
      const overTls = await fetchRun(ssl, log, 64, connections);
      const source = await startTcpBaseline('source', Math.round(overTls.responseBytes / overTls.requests), certs);
      const base = await fetchRun(tlsTarget(source.port, ca), log, 64, connections).finally(() => source.stop());
      const plain = await fetchRun(samsa.port, log, 64, connections);
      const sourceFigure = { name: 'raw TLS source', value: mbps(base) };
      report({ group, name: sourceFigure.name, value: sourceFigure.value, unit: 'MB/s' });
      const tlsFigure = { name: 'samsa over TLS', value: mbps(overTls) };
      report({ group, name: tlsFigure.name, value: tlsFigure.value, unit: 'MB/s', baseline: sourceFigure });
      report({ group, name: 'samsa plaintext', value: mbps(plain), unit: 'MB/s', baseline: tlsFigure });
    }
  } finally {
    await samsa.stop();
  }
}

// --- connection set-up ---------------------------------------------------------------------------------------------

function request(apiKey: number, version: number, correlationId: number, body: Buffer): Buffer {
  const clientId = Buffer.from('bench');
  const head = Buffer.alloc(4 + 8 + 2 + clientId.length);
  head.writeInt32BE(head.length - 4 + body.length, 0);
  head.writeInt16BE(apiKey, 4);
  head.writeInt16BE(version, 6);
  head.writeInt32BE(correlationId, 8);
  head.writeInt16BE(clientId.length, 12);
  clientId.copy(head, 14);
  return Buffer.concat([head, body]);
}

const str = (s: string): Buffer => {
  const b = Buffer.alloc(2 + Buffer.byteLength(s));
  b.writeInt16BE(b.length - 2, 0);
  b.write(s, 2);
  return b;
};
const bytes = (data: Buffer): Buffer => {
  const b = Buffer.alloc(4 + data.length);
  b.writeInt32BE(data.length, 0);
  data.copy(b, 4);
  return b;
};

/** A connection that answers request/response pairs in order. */
async function connection(target: Target): Promise<{ call(frame: Buffer): Promise<Buffer>; close(): void }> {
  const socket = await openSocket(target);
  const waiting: ((body: Buffer) => void)[] = [];
  const cutter = new FrameCutter((body) => waiting.shift()?.(body));
  socket.on('data', (c: Buffer) => cutter.push(c));
  return {
    call(frame) {
      return new Promise((resolve) => {
        waiting.push(resolve);
        socket.write(frame);
      });
    },
    close: () => socket.destroy(),
  };
}

/** SaslAuthenticate v1 response body after the correlation id: error code, message, auth bytes. */
function authBytes(body: Buffer): Buffer {
  const error = body.readInt16BE(4);
  if (error !== 0) throw new Error(`SaslAuthenticate failed with error ${error}`);
  const messageLength = body.readInt16BE(6);
  const at = 8 + Math.max(0, messageLength);
  return body.subarray(at + 4, at + 4 + body.readInt32BE(at));
}

async function authenticate(c: Awaited<ReturnType<typeof connection>>, mechanism: string): Promise<void> {
  const handshake = await c.call(request(17, 1, 2, str(mechanism)));
  if (handshake.readInt16BE(4) !== 0) throw new Error(`SaslHandshake failed with ${handshake.readInt16BE(4)}`);
  if (mechanism === 'PLAIN') {
    authBytes(await c.call(request(36, 1, 3, bytes(Buffer.from(`\u0000${USER}\u0000${PASSWORD}`)))));
    return;
  }
  const nonce = randomBytes(18).toString('base64');
  const bare = `n=${USER},r=${nonce}`;
  const serverFirst = authBytes(await c.call(request(36, 1, 3, bytes(Buffer.from(`n,,${bare}`))))).toString();
  const f = Object.fromEntries(serverFirst.split(',').map((kv) => [kv[0], kv.slice(2)]));
  const salted = pbkdf2Sync(PASSWORD, Buffer.from(f.s ?? '', 'base64'), Number(f.i), 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const stored = createHash('sha256').update(clientKey).digest();
  const withoutProof = `c=biws,r=${f.r}`;
  const signature = createHmac('sha256', stored).update(`${bare},${serverFirst},${withoutProof}`).digest();
  const proof = Buffer.from(clientKey.map((b, i) => b ^ (signature[i] as number))).toString('base64');
  authBytes(await c.call(request(36, 1, 4, bytes(Buffer.from(`${withoutProof},p=${proof}`)))));
}

/** Opens `CONNECTIONS` connections one after the other, each set up with `setup`; ms per connection. */
async function perConnection(target: Target, setup: (c: Awaited<ReturnType<typeof connection>>) => Promise<void>) {
  const run = async (n: number): Promise<number> => {
    const started = performance.now();
    for (let i = 0; i < n; i++) {
      const c = await connection(target);
      await c.call(request(18, 0, 1, Buffer.alloc(0)));
      await setup(c);
      c.close();
    }
    return (performance.now() - started) / n;
  };
  await run(20);
  return run(CONNECTIONS);
}

async function setupCost(certs: string): Promise<void> {
  const ca = readFileSync(join(certs, 'ca.pem'));
  const samsa = await startSecureSamsa(certs, {
    listeners: 'PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0,SSL://127.0.0.1:0',
    'samsa.sasl.users': `${USER}:${PASSWORD}`,
    'samsa.scram.users': `${USER}:${PASSWORD}`,
  });
  try {
    const group = `connection set-up, one after another (${CONNECTIONS} connections)`;
    const plain = await perConnection(samsa.port, async () => undefined);
    const base = { name: 'connect + ApiVersions', value: plain };
    report({ group, name: base.name, value: plain, unit: 'ms/conn' });
    for (const mechanism of ['PLAIN', 'SCRAM-SHA-256']) {
      const ms = await perConnection(portOf(samsa, 'SASL_PLAINTEXT'), (c) => authenticate(c, mechanism));
      report({ group, name: `+ SASL ${mechanism}`, value: ms, unit: 'ms/conn', baseline: base });
    }
    const tls = await perConnection(tlsTarget(portOf(samsa, 'SSL'), ca), async () => undefined);
    report({ group, name: 'TLS connect + ApiVersions', value: tls, unit: 'ms/conn', baseline: base });
  } finally {
    await samsa.stop();
  }
}

async function main(): Promise<void> {
  const certs = samsaCerts();
  await produceThroughput(certs);
  await fetchThroughput(certs);
  await setupCost(certs);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
