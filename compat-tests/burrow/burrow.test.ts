// Burrow 1.2.1 (Debian `burrow`, with its vendored sarama) monitoring samsa: Burrow reads topic metadata and
// partition end offsets from the broker and learns groups and their commits by consuming
// `__consumer_offsets`, so this checks that samsa's offsets topic is readable, record for record, in Kafka's
// format. Burrow 1.2.1 cannot start without ZooKeeper, so the test runs Debian's ZooKeeper on a loopback
// ephemeral port (admin server off) and Burrow's HTTP API on another.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';

jest.setTimeout(120_000);

const ZK_SERVER = '/usr/share/zookeeper/bin/zkServer.sh';
const BURROW = '/usr/bin/Burrow';

/** A free loopback port: bound, read, released. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Whether ZooKeeper serves clients: its `srvr` command (the one four-letter word ZooKeeper 3.8 allows by default)
 * answers with the server's mode only once it takes sessions; a port that merely accepts is not enough (a client
 * connecting earlier has its session closed, and Burrow gives up).
 */
function zooKeeperServes(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write('srvr'));
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('data', (d: Buffer) => (answer += d.toString()));
    socket.once('close', () => resolve(/^Mode: /m.test(answer)));
    socket.once('error', () => resolve(false));
  });
}

interface Started {
  readonly child: ChildProcess;
  output: string;
}

function startDaemon(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Started {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const started: Started = { child, output: '' };
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (started.output += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (started.output += s));
  return started;
}

/** SIGTERM, then SIGKILL after 3 s: Burrow and ZooKeeper can take their time to stop. */
async function stopDaemon(daemon: Started | undefined): Promise<void> {
  if (daemon === undefined || daemon.child.exitCode !== null || daemon.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => daemon.child.once('exit', () => resolve()));
  daemon.child.kill('SIGTERM');
  const forced = setTimeout(() => daemon.child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(forced);
}

async function getJson<T>(url: string): Promise<T | null> {
  try {
    const res = await fetch(url);
    return res.ok ? ((await res.json()) as T) : null;
  } catch {
    return null;
  }
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  daemons: readonly Started[],
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`${what} within ${timeoutMs} ms\n${daemons.map((d) => d.output.slice(-4000)).join('\n-----\n')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface LagPartition {
  readonly topic: string;
  readonly partition: number;
  readonly end: { offset: number } | null;
  readonly current_lag: number;
}

interface LagStatus {
  readonly status: { group: string; status: string; partitions: LagPartition[]; totallag: number };
}

describeWithClient('burrow', 'burrow 1.2.1 against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;
  let dir: string;
  let zk: Started | undefined;
  let burrow: Started | undefined;
  let api: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samsa-compat-burrow-'));
    broker = await startTestBroker({ config: { 'group.initial.rebalance.delay.ms': 0 } });
    const kafka = new Kafka({ clientId: 'compat-burrow', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'watched', numPartitions: 2 }] });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'watched',
      messages: Array.from({ length: 10 }, (_, i) => ({ value: `w${i}`, partition: i % 2 })),
    });
    await producer.disconnect();
    // One group consumes everything (lag 0); another has committed part of each partition.
    const consumer = kafka.consumer({ groupId: 'burrow-caught-up', maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'watched', fromBeginning: true });
    let seen = 0;
    await consumer.run({ eachMessage: async () => void seen++ });
    const committed = async (): Promise<boolean> => {
      const [offsets] = await admin.fetchOffsets({ groupId: 'burrow-caught-up', topics: ['watched'] });
      return seen === 10 && (offsets?.partitions ?? []).every((p) => p.offset === '5');
    };
    await waitFor('kafkajs did not consume and commit', committed, [], 20_000);
    await consumer.disconnect();
    await admin.setOffsets({
      groupId: 'burrow-behind',
      topic: 'watched',
      partitions: [
        { partition: 0, offset: '2' },
        { partition: 1, offset: '5' },
      ],
    });

    const zkPort = await freePort();
    writeFileSync(
      join(dir, 'zoo.cfg'),
      [
        `dataDir=${join(dir, 'zk-data')}`,
        `clientPort=${zkPort}`,
        'clientPortAddress=127.0.0.1',
        'admin.enableServer=false',
        'tickTime=2000',
        'initLimit=5',
        'syncLimit=2',
        '',
      ].join('\n'),
    );
    // The cfg path is an argument: with only ZOOCFGDIR set, zkServer.sh would read /etc/zookeeper/conf.
    zk = startDaemon(ZK_SERVER, ['start-foreground', join(dir, 'zoo.cfg')], dir, { ...process.env, ZOO_LOG_DIR: dir });
    await waitFor('ZooKeeper did not serve', () => zooKeeperServes(zkPort), [zk]);

    const httpPort = await freePort();
    api = `http://127.0.0.1:${httpPort}/v3/kafka/local`;
    writeFileSync(
      join(dir, 'burrow.toml'),
      `[general]
pidfile="${join(dir, 'burrow.pid')}"
[logging]
level="info"
[zookeeper]
servers=["127.0.0.1:${zkPort}"]
timeout=6
root-path="/burrow"
[client-profile.samsa]
client-id="burrow-compat"
kafka-version="1.0.0"
[cluster.local]
class-name="kafka"
servers=["${broker.bootstrap}"]
client-profile="samsa"
topic-refresh=2
offset-refresh=1
[consumer.local]
class-name="kafka"
cluster="local"
servers=["${broker.bootstrap}"]
client-profile="samsa"
offsets-topic="__consumer_offsets"
start-latest=false
[httpserver.default]
address="127.0.0.1:${httpPort}"
[storage.default]
class-name="inmemory"
workers=2
intervals=10
expire-group=604800
min-distance=1
[evaluator.default]
class-name="caching"
expire-cache=1
`,
    );
    burrow = startDaemon(BURROW, ['-config-dir', dir], dir);
    await waitFor('Burrow did not serve its HTTP API', () => getJson(`${api}/topic`), [zk, burrow]);
  });

  afterAll(async () => {
    await stopDaemon(burrow);
    await stopDaemon(zk);
    await admin?.disconnect();
    await broker?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('monitoring: lists the topics with their partitions end offsets', async () => {
    const topics = await waitFor(
      'Burrow did not list the topic',
      async () => (await getJson<{ topics: string[] }>(`${api}/topic`))?.topics.includes('watched'),
      [zk!, burrow!],
    );
    expect(topics).toBe(true);
    const detail = await waitFor(
      'Burrow had no offsets for the topic',
      () => getJson<{ offsets: number[] }>(`${api}/topic/watched`),
      [zk!, burrow!],
    );
    expect(detail.offsets).toEqual([5, 5]);
  });

  test('monitoring: learns the consumer groups from __consumer_offsets', async () => {
    const consumers = await waitFor('Burrow did not list both groups', async () => {
      const list = (await getJson<{ consumers: string[] }>(`${api}/consumer`))?.consumers ?? [];
      return list.includes('burrow-caught-up') && list.includes('burrow-behind') ? list : null;
    }, [zk!, burrow!]);
    expect(consumers).toEqual(expect.arrayContaining(['burrow-caught-up', 'burrow-behind']));
  });

  test('monitoring: reports each group lag from the committed offsets and the end offsets', async () => {
    const lagOf = (group: string): Promise<LagStatus> =>
      waitFor(`Burrow had no lag for ${group}`, async () => {
        const lag = await getJson<LagStatus>(`${api}/consumer/${group}/lag`);
        return lag !== null && lag.status.partitions.length === 2 && lag.status.partitions.every((p) => p.end !== null)
          ? lag
          : null;
      }, [zk!, burrow!]);
    const behind = await lagOf('burrow-behind');
    expect(behind.status.partitions.map((p) => [p.topic, p.partition, p.end?.offset, p.current_lag]).sort()).toEqual([
      ['watched', 0, 2, 3],
      ['watched', 1, 5, 0],
    ]);
    expect(behind.status.totallag).toBe(3);
    const caughtUp = await lagOf('burrow-caught-up');
    expect(caughtUp.status.partitions.map((p) => [p.partition, p.end?.offset, p.current_lag]).sort()).toEqual([
      [0, 5, 0],
      [1, 5, 0],
    ]);
    expect(caughtUp.status.totallag).toBe(0);
  });
});
