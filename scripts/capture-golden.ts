// Captures real request frames from real Kafka clients, for the golden-bytes tests
// in packages/protocol/test/golden/.
//
//   npx tsx scripts/capture-golden.ts                       # upstream: samsa, started in-process
//   npx tsx scripts/capture-golden.ts --upstream HOST:PORT  # upstream: any Kafka-protocol broker
//       [--upstream-label NAME]                             # recorded in the index (default "external broker")
//   options: --out DIR (default packages/protocol/test/golden/fixtures)
//            --clients kafkajs,kcat,confluent-kafka-python,kafka-python (default: all)
//
// A recording TCP proxy listens on an ephemeral loopback port and forwards every
// connection to the upstream broker. Each client runs in turn against the proxy; the
// proxy cuts the client->broker byte stream into size-prefixed frames and keeps the
// first frame of each (client, api key, api version) for ApiVersions, Metadata,
// CreateTopics, DeleteTopics and DescribeCluster. With samsa as upstream its
// `advertised.listeners` names the proxy, so connections a client opens after reading
// Metadata (kafkajs and librdkafka send CreateTopics to the controller that way) pass
// through it too; an external upstream advertises itself, so only the bootstrap
// connection is recorded.
//
// Output: DIR/<client>-<api>-v<N>.bin (the whole frame, int32 size prefix included)
// and DIR/index.json, one entry per fixture: file, client, clientVersion, apiKey, api,
// version, contains (the decoded header and body), upstream. Entries for fixtures not
// captured in this run are kept, so captures against different upstreams combine.
//
// The committed fixtures come from two runs. The first uses the librdkafka 2.0.2 mock
// cluster (../shared/peers/rdkafka-mock), which serves ApiVersions only up to v2, so
// librdkafka falls back from v3 to v0 and both frames are recorded:
//   M=$(mktemp -d)/mock && OUT=$M ../shared/peers/rdkafka-mock/build.sh && $M 1   # prints HOST:PORT
//   npx tsx scripts/capture-golden.ts --upstream HOST:PORT --upstream-label "librdkafka 2.0.2 mock cluster"
//   npx tsx scripts/capture-golden.ts                                             # then samsa
//
// Needs kcat, python3-confluent-kafka and python3-kafka (Debian, /usr/bin/python3).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { Reader, apiCodecs, decodeRequestHeader } from '@samsa/protocol';

const SYSTEM_PYTHON = '/usr/bin/python3';
const CLIENT_TIMEOUT_MS = 30_000;

type ClientName = 'kafkajs' | 'kcat' | 'confluent-kafka-python' | 'kafka-python';
const ALL_CLIENTS: readonly ClientName[] = ['kafkajs', 'kcat', 'confluent-kafka-python', 'kafka-python'];

/** The APIs worth a fixture, by key: file stem and the request it names. */
const RECORDED_APIS: ReadonlyMap<number, string> = new Map([
  [3, 'metadata'],
  [18, 'api-versions'],
  [19, 'create-topics'],
  [20, 'delete-topics'],
  [60, 'describe-cluster'],
]);

/** The topic each client is made to create or look up. */
const TOPICS = {
  kafkajs: 'golden-kafkajs',
  kcat: 'golden-kafkajs',
  'confluent-kafka-python': 'golden-confluent',
  'kafka-python': 'golden-kafka-python',
} as const;

interface CapturedFrame {
  readonly client: ClientName;
  readonly apiKey: number;
  readonly version: number;
  readonly frame: Buffer;
}

interface IndexEntry {
  readonly file: string;
  readonly client: ClientName;
  readonly clientVersion: string;
  readonly apiKey: number;
  readonly api: string;
  readonly version: number;
  readonly contains: string;
  /** What answered the client: "samsa", or the --upstream-label of an external broker. */
  readonly upstream: string;
}

/** Forwards connections to `upstream`, recording client->broker frames under the current client's name. */
class RecordingProxy {
  readonly frames: CapturedFrame[] = [];
  current: ClientName | null = null;
  upstream: { host: string; port: number } | null = null;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();

  constructor() {
    this.#server = createServer((client) => this.#accept(client));
  }

  listen(): Promise<number> {
    return new Promise((done, fail) => {
      this.#server.once('error', fail);
      this.#server.listen(0, '127.0.0.1', () => {
        const address = this.#server.address();
        if (address === null || typeof address === 'string') fail(new Error('proxy has no TCP address'));
        else done(address.port);
      });
    });
  }

  close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    return new Promise((done) => this.#server.close(() => done()));
  }

  #accept(client: Socket): void {
    const upstream = this.upstream;
    const label = this.current;
    if (upstream === null || label === null) {
      client.destroy();
      return;
    }
    const server = createConnection(upstream.port, upstream.host);
    for (const socket of [client, server]) {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        server.destroy();
      });
    }
    server.pipe(client);
    let pending = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      server.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4 && pending.length >= 4 + pending.readInt32BE(0)) {
        const size = pending.readInt32BE(0);
        const frame = Buffer.from(pending.subarray(0, 4 + size));
        pending = pending.subarray(4 + size);
        if (size >= 4)
          this.frames.push({ client: label, apiKey: frame.readInt16BE(4), version: frame.readInt16BE(6), frame });
      }
    });
    client.on('end', () => server.end());
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = address !== null && typeof address === 'object' ? address.port : 0;
      probe.close(() => (port > 0 ? done(port) : fail(new Error('no free port'))));
    });
  });
}

/** Runs a client without blocking the event loop: the proxy it talks to lives in this process. */
function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), CLIENT_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      fail(new Error(`${command}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) console.warn(`${command} exited with ${code ?? signal}:\n${`${stdout}${stderr}`.trim()}`);
      done(stdout.trim());
    });
  });
}

async function driveKafkajs(bootstrap: string): Promise<void> {
  const kafka = new Kafka({
    clientId: 'golden-kafkajs',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: [{ topic: TOPICS.kafkajs, numPartitions: 3, replicationFactor: 1 }],
      timeout: 5000,
    });
    await admin.fetchTopicMetadata({ topics: [TOPICS.kafkajs] });
    await admin.describeCluster();
    await admin.deleteTopics({ topics: [TOPICS.kafkajs], timeout: 5000 });
  } catch (err) {
    console.warn(`kafkajs: ${(err as Error).message}`);
  } finally {
    await admin.disconnect();
  }
}

async function driveKcat(bootstrap: string): Promise<void> {
  await run('kcat', ['-b', bootstrap, '-X', 'client.id=golden-kcat', '-L', '-t', TOPICS.kcat, '-m', '10']);
}

const CONFLUENT_SCRIPT = `
import sys
from confluent_kafka.admin import AdminClient, NewTopic
admin = AdminClient({'bootstrap.servers': sys.argv[1], 'client.id': 'golden-confluent'})
topic = NewTopic(sys.argv[2], num_partitions=2, replication_factor=1, config={'cleanup.policy': 'compact'})
for name, future in admin.create_topics([topic], operation_timeout=5).items():
    try:
        future.result(15)
    except Exception as err:
        print('create_topics', name, err, file=sys.stderr)
admin.list_topics(timeout=10)
`;

async function driveConfluent(bootstrap: string): Promise<void> {
  await run(SYSTEM_PYTHON, ['-c', CONFLUENT_SCRIPT, bootstrap, TOPICS['confluent-kafka-python']]);
}

const KAFKA_PYTHON_SCRIPT = `
import sys
from kafka.admin import KafkaAdminClient, NewTopic
admin = KafkaAdminClient(bootstrap_servers=[sys.argv[1]], client_id='golden-kafka-python', request_timeout_ms=10000)
try:
    admin.create_topics([NewTopic(name=sys.argv[2], num_partitions=1, replication_factor=1)])
    admin.list_topics()
finally:
    admin.close()
`;

async function driveKafkaPython(bootstrap: string): Promise<void> {
  await run(SYSTEM_PYTHON, ['-c', KAFKA_PYTHON_SCRIPT, bootstrap, TOPICS['kafka-python']]);
}

async function clientVersion(client: ClientName): Promise<string> {
  switch (client) {
    case 'kafkajs':
      return (JSON.parse(readFileSync(require.resolve('kafkajs/package.json'), 'utf8')) as { version: string }).version;
    case 'kcat': {
      const match = /Version (\S+) .*librdkafka (\S+)/.exec(await run('kcat', ['-V']));
      return match === null ? 'unknown' : `${match[1]} (librdkafka ${match[2]})`;
    }
    case 'confluent-kafka-python':
      return run(SYSTEM_PYTHON, [
        '-c',
        "import confluent_kafka as c; print(c.version()[0] + ' (librdkafka ' + c.libversion()[0] + ')')",
      ]);
    case 'kafka-python':
      return run(SYSTEM_PYTHON, ['-c', 'import kafka; print(kafka.__version__)']);
  }
}

/** A readable account of the frame, decoded with samsa's codecs; a frame they cannot read says so. */
function describeFixture(frame: Buffer): string {
  try {
    const reader = new Reader(frame, 4);
    const header = decodeRequestHeader(reader);
    const codec = apiCodecs.get(header.apiKey);
    if (codec === undefined) return 'request for an API without a codec';
    const body = codec.decodeRequest(reader, header.apiVersion);
    return `${codec.name} v${header.apiVersion}, client id ${JSON.stringify(header.clientId)}: ${JSON.stringify(body)}`;
  } catch (err) {
    console.warn(`cannot decode a captured frame: ${(err as Error).message}`);
    return 'request the codecs could not decode when it was captured';
  }
}

interface CaptureOptions {
  readonly upstream: string | null;
  readonly upstreamLabel: string;
  readonly out: string;
  readonly clients: readonly ClientName[];
}

function parseArgs(argv: readonly string[]): CaptureOptions {
  let upstream: string | null = null;
  let upstreamLabel: string | null = null;
  let out = resolve(__dirname, '../packages/protocol/test/golden/fixtures');
  let clients: readonly ClientName[] = ALL_CLIENTS;
  for (let i = 0; i < argv.length; i += 2) {
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`missing value for ${argv[i]}`);
    if (argv[i] === '--upstream') upstream = value;
    else if (argv[i] === '--upstream-label') upstreamLabel = value;
    else if (argv[i] === '--out') out = resolve(value);
    else if (argv[i] === '--clients') {
      clients = value.split(',').map((name) => {
        if (!(ALL_CLIENTS as readonly string[]).includes(name)) throw new Error(`unknown client ${name}`);
        return name as ClientName;
      });
    } else throw new Error(`unknown option ${argv[i]}`);
  }
  return { upstream, upstreamLabel: upstreamLabel ?? (upstream === null ? 'samsa' : 'external broker'), out, clients };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const proxy = new RecordingProxy();
  const proxyPort = await proxy.listen();
  const bootstrap = `127.0.0.1:${proxyPort}`;
  let stopUpstream: () => Promise<void> = async () => undefined;

  if (options.upstream === null) {
    // Loaded only here, so capturing from an external upstream needs no built broker.
    const { startBroker } = await import('@samsa/broker');
    const dataDir = mkdtempSync(join(tmpdir(), 'samsa-golden-'));
    // The broker reports its advertised (proxy) address, so it gets a port chosen here to reach it by.
    const brokerPort = await freePort();
    const broker = await startBroker(
      {
        listeners: `PLAINTEXT://127.0.0.1:${brokerPort}`,
        'advertised.listeners': `PLAINTEXT://${bootstrap}`,
        'log.dirs': dataDir,
      },
      { logger: pino({ level: process.env.SAMSA_LOG_LEVEL ?? 'warn' }) },
    );
    proxy.upstream = { host: '127.0.0.1', port: brokerPort };
    stopUpstream = async () => {
      await broker.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  } else {
    const colon = options.upstream.lastIndexOf(':');
    proxy.upstream = { host: options.upstream.slice(0, colon), port: Number(options.upstream.slice(colon + 1)) };
  }

  const drivers: Record<ClientName, (bootstrap: string) => Promise<void>> = {
    kafkajs: driveKafkajs,
    kcat: driveKcat,
    'confluent-kafka-python': driveConfluent,
    'kafka-python': driveKafkaPython,
  };
  try {
    for (const client of options.clients) {
      proxy.current = client;
      console.log(`capturing ${client}`);
      await drivers[client](bootstrap);
      // Let the last frames of the connection reach the proxy before the label moves on.
      await new Promise((done) => setTimeout(done, 200));
    }
  } finally {
    proxy.current = null;
    await proxy.close();
    await stopUpstream();
  }

  mkdirSync(options.out, { recursive: true });
  const indexFile = join(options.out, 'index.json');
  const entries = new Map<string, IndexEntry>();
  if (existsSync(indexFile)) {
    for (const entry of JSON.parse(readFileSync(indexFile, 'utf8')) as IndexEntry[]) entries.set(entry.file, entry);
  }
  const versions = new Map<ClientName, string>();
  const written = new Set<string>();
  for (const { client, apiKey, version, frame } of proxy.frames) {
    const api = RECORDED_APIS.get(apiKey);
    if (api === undefined) continue;
    const file = `${client}-${api}-v${version}.bin`;
    if (written.has(file)) continue;
    written.add(file);
    if (!versions.has(client)) versions.set(client, await clientVersion(client));
    writeFileSync(join(options.out, file), frame);
    entries.set(file, {
      file,
      client,
      clientVersion: versions.get(client) ?? 'unknown',
      apiKey,
      api,
      version,
      contains: describeFixture(frame),
      upstream: options.upstreamLabel,
    });
    console.log(`  ${file} (${frame.length} bytes)`);
  }
  const sorted = [...entries.values()].sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(indexFile, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`${written.size} fixtures written to ${options.out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
