// Every Kafka-facing command and its flags against a 3-broker cluster, so requests are routed to leaders and
// coordinators on different brokers. Commands run in this process with in-memory streams; what they did is checked
// through the protocol (kafkajs) or through another command.
import { startCluster, type StartedCluster } from '@samsa/broker';
import { Kafka, logLevel } from 'kafkajs';
import { rows, samsa } from './helpers/run-cli';

jest.setTimeout(60000);

let cluster: StartedCluster;
let kafka: Kafka;
let b: string[];

beforeAll(async () => {
  cluster = await startCluster({ brokers: 3 });
  b = ['--brokers', cluster.bootstrapServers];
  kafka = new Kafka({ brokers: cluster.bootstrapServers.split(','), logLevel: logLevel.NOTHING });
});
afterAll(() => cluster.stop());

describe('samsa topic', () => {
  test('create with partitions, replicas and configs; a second create fails unless --if-not-exists', async () => {
    const r = await samsa(['topic', 'create', 't-create', '-p', '4', '-r', '3', '-c', 'retention.ms=12345', ...b]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      ['TOPIC', 'STATUS', 'PARTITIONS', 'REPLICAS'],
      ['t-create', 'OK', '4', '3'],
    ]);
    const admin = kafka.admin();
    await admin.connect();
    const md = await admin.fetchTopicMetadata({ topics: ['t-create'] });
    expect(md.topics[0]?.partitions).toHaveLength(4);
    expect(md.topics[0]?.partitions.every((p) => p.replicas.length === 3)).toBe(true);
    const cfg = await admin.describeConfigs({
      resources: [{ type: 2, name: 't-create', configNames: ['retention.ms'] }],
      includeSynonyms: false,
    });
    expect(cfg.resources[0]?.configEntries[0]?.configValue).toBe('12345');
    await admin.disconnect();

    const again = await samsa(['topic', 'create', 't-create', ...b]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('TOPIC_ALREADY_EXISTS');
    const tolerant = await samsa(['topic', 'create', 't-create', '--if-not-exists', ...b]);
    expect(tolerant.code).toBe(0);
    expect(rows(tolerant.stdout)[1]?.[1]).toBe('EXISTS');
  });

  test('list hides internal topics unless --internal, filters with --regex, prints json', async () => {
    await samsa(['topic', 'create', 'list-a', 'list-b', 'other-c', '-p', '1', '-r', '1', ...b]);
    await samsa(['consume', 'list-a', '-g', 'list-group', '-e', ...b]);
    const plain = await samsa(['topic', 'list', ...b]);
    const names = rows(plain.stdout)
      .slice(1)
      .map((r) => r[0]);
    expect(names).toEqual(expect.arrayContaining(['list-a', 'list-b', 'other-c']));
    expect(names).not.toContain('__consumer_offsets');
    const internal = await samsa(['topic', 'list', '--internal', ...b]);
    expect(rows(internal.stdout).map((r) => r[0])).toContain('__consumer_offsets');
    const json = await samsa(['topic', 'list', '--regex', '^list-', '--format', 'json', ...b]);
    expect(JSON.parse(json.stdout)).toEqual([
      { name: 'list-a', partitions: 1, replicas: 1, internal: false },
      { name: 'list-b', partitions: 1, replicas: 1, internal: false },
    ]);
  });

  test('describe: leader, replicas, ISR, log start, high watermark, LSO and configs; yaml', async () => {
    await samsa(['topic', 'create', 't-describe', '-p', '2', '-r', '3', ...b]);
    const p = await samsa(['produce', 't-describe', '-p', '1', ...b], { stdin: 'a\nb\nc\n' });
    expect(p.code).toBe(0);
    const r = await samsa(['topic', 'describe', 't-describe', '--format', 'json', ...b]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as {
      partitions: {
        partition: number;
        leader: number;
        replicas: number[];
        isr: number[];
        highWatermark: number;
        lastStableOffset: number;
        logStartOffset: number;
      }[];
      configs: { name: string; source: string }[];
    };
    expect(d.partitions).toHaveLength(2);
    expect(d.partitions.map((x) => [x.partition, x.logStartOffset, x.highWatermark, x.lastStableOffset])).toEqual([
      [0, 0, 0, 0],
      [1, 0, 3, 3],
    ]);
    for (const x of d.partitions) {
      expect(x.replicas).toHaveLength(3);
      expect([...x.isr].sort()).toEqual([...x.replicas].sort());
      expect(x.replicas).toContain(x.leader);
    }
    expect(d.configs.length).toBeGreaterThan(0);
    expect(d.configs.find((c) => c.name === 'cleanup.policy')?.source).toBe('DEFAULT_CONFIG');
    const parts = await samsa(['topic', 'describe', 't-describe', '-p', ...b]);
    expect(rows(parts.stdout)[0]).toEqual([
      'PARTITION',
      'LEADER',
      'EPOCH',
      'REPLICAS',
      'ISR',
      'OFFLINE',
      'LOG-START',
      'HIGH-WATERMARK',
      'LSO',
      'SIZE',
    ]);
    const yaml = await samsa(['topic', 'describe', 't-describe', '--print-configs', '--format', 'yaml', ...b]);
    expect(yaml.stdout).toMatch(/^name: t-describe\n/);
    expect(yaml.stdout).toContain('- name: cleanup.policy');
    const missing = await samsa(['topic', 'describe', 'no-such-topic', ...b]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^samsa: no-such-topic: UNKNOWN_TOPIC_OR_PARTITION: /);
  });

  test('alter-config sets and deletes, add-partitions grows, trim-prefix moves the log start', async () => {
    await samsa(['topic', 'create', 't-alter', '-p', '1', '-r', '3', ...b]);
    expect((await samsa(['topic', 'alter-config', 't-alter', '--set', 'retention.ms=777', ...b])).code).toBe(0);
    let cfg = JSON.parse((await samsa(['topic', 'describe', 't-alter', '-c', '--format', 'json', ...b])).stdout) as {
      configs: { name: string; value: string; source: string }[];
    };
    expect(cfg.configs.find((c) => c.name === 'retention.ms')).toMatchObject({
      value: '777',
      source: 'DYNAMIC_TOPIC_CONFIG',
    });
    expect((await samsa(['topic', 'alter-config', 't-alter', '--delete', 'retention.ms', ...b])).code).toBe(0);
    cfg = JSON.parse((await samsa(['topic', 'describe', 't-alter', '-c', '--format', 'json', ...b])).stdout);
    expect(cfg.configs.find((c) => c.name === 'retention.ms')?.source).toBe('DEFAULT_CONFIG');

    const grow = await samsa(['topic', 'add-partitions', 't-alter', '-n', '2', ...b]);
    expect(grow.stdout).toBe('t-alter: 1 -> 3 partitions\n');
    const admin = kafka.admin();
    await admin.connect();
    expect((await admin.fetchTopicMetadata({ topics: ['t-alter'] })).topics[0]?.partitions).toHaveLength(3);

    await samsa(['produce', 't-alter', '-p', '0', ...b], { stdin: '1\n2\n3\n4\n5\n' });
    const trim = await samsa(['topic', 'trim-prefix', 't-alter', '-p', '0', '-o', '3', ...b]);
    expect(rows(trim.stdout)).toEqual([
      ['TOPIC', 'PARTITION', 'LOG-START-OFFSET'],
      ['t-alter', '0', '3'],
    ]);
    const offsets = await admin.fetchTopicOffsets('t-alter');
    expect(offsets.find((o) => o.partition === 0)).toMatchObject({ low: '3', high: '5' });
    await admin.disconnect();
    const bad = await samsa(['topic', 'alter-config', 't-alter', ...b]);
    expect(bad.code).toBe(2);
  });

  test('delete by name and by regex; a missing topic fails its row', async () => {
    await samsa(['topic', 'create', 'del-1', 'tmp-x', 'tmp-y', '-p', '1', '-r', '1', ...b]);
    const r = await samsa(['topic', 'delete', 'del-1', 'del-missing', ...b]);
    expect(r.code).toBe(1);
    const table = rows(r.stdout);
    expect(table.find((x) => x[0] === 'del-1')?.[1]).toBe('OK');
    expect(table.find((x) => x[0] === 'del-missing')?.[1]).toMatch(/^UNKNOWN_TOPIC_OR_PARTITION/);
    const re = await samsa(['topic', 'delete', '--regex', '^tmp-', '--format', 'json', ...b]);
    expect(re.code).toBe(0);
    expect((JSON.parse(re.stdout) as { topic: string }[]).map((x) => x.topic).sort()).toEqual(['tmp-x', 'tmp-y']);
    const left = rows((await samsa(['topic', 'list', ...b])).stdout).map((x) => x[0]);
    expect(left).not.toContain('tmp-x');
    expect(left).not.toContain('del-1');
  });
});

describe('samsa produce and consume', () => {
  test('lines with -k and -H; a %-format; JSON lines; each read back by kafkajs', async () => {
    await samsa(['topic', 'create', 'pc-1', '-p', '1', '-r', '3', ...b]);
    expect(
      (await samsa(['produce', 'pc-1', '-k', 'K', '-H', 'a=1', '-H', 'b=2', ...b], { stdin: 'v1\nv2\n' })).code,
    ).toBe(0);
    expect(
      (await samsa(['produce', 'pc-1', '-f', '%k|%h{%k=%v;}|%v\\n', ...b], { stdin: 'k3|x=9;|v3\nk4||v4\n' })).code,
    ).toBe(0);
    const json = [
      JSON.stringify({ key: 'k5', value: 'v5', headers: [{ key: 'j', value: 'J' }], timestamp: 1700000000000 }),
      JSON.stringify({ key: null, value: { nested: true } }),
      JSON.stringify({ key: '00ff', keyEncoding: 'hex', value: 'AAEC', valueEncoding: 'base64' }),
    ].join('\n');
    expect((await samsa(['produce', 'pc-1', '--format', 'json', ...b], { stdin: json })).code).toBe(0);

    const consumer = kafka.consumer({ groupId: 'pc-1-reader' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'pc-1', fromBeginning: true });
    const seen: { key: Buffer | null; value: Buffer | null; headers: Record<string, string>; timestamp: string }[] = [];
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
          seen.push({ key: message.key, value: message.value, headers, timestamp: message.timestamp });
          if (seen.length === 7) resolve();
        },
      });
    });
    await consumer.disconnect();
    expect(seen.map((m) => [m.key?.toString('hex') ?? null, m.value?.toString('utf8') ?? null])).toEqual([
      [Buffer.from('K').toString('hex'), 'v1'],
      [Buffer.from('K').toString('hex'), 'v2'],
      [Buffer.from('k3').toString('hex'), 'v3'],
      [Buffer.from('k4').toString('hex'), 'v4'],
      [Buffer.from('k5').toString('hex'), 'v5'],
      [null, '{"nested":true}'],
      ['00ff', Buffer.from([0, 1, 2]).toString('utf8')],
    ]);
    expect(seen[0]?.headers).toEqual({ a: '1', b: '2' });
    expect(seen[2]?.headers).toEqual({ x: '9' });
    expect(seen[3]?.headers).toEqual({});
    expect(seen[4]?.headers).toEqual({ j: 'J' });
    expect(seen[4]?.timestamp).toBe('1700000000000');
  });

  test('-p, --acks 0/1, each codec, --idempotent and --transactional-id all land; consume prints them', async () => {
    await samsa(['topic', 'create', 'pc-2', '-p', '3', '-r', '3', ...b]);
    const runs: string[][] = [
      ['-p', '2', '--acks', '1'],
      ['-p', '2', '--acks', '0'],
      ['-p', '2', '-z', 'gzip'],
      ['-p', '2', '-z', 'snappy'],
      ['-p', '2', '-z', 'lz4'],
      ['-p', '2', '-z', 'zstd', '--idempotent'],
      ['-p', '2', '--transactional-id', 'pc-2-txn'],
    ];
    for (const [i, flags] of runs.entries()) {
      const r = await samsa(['produce', 'pc-2', ...flags, ...b], { stdin: `r${i}a\nr${i}b\n` });
      expect([r.code, r.stderr]).toEqual([0, '']);
    }
    const out = await samsa(['consume', 'pc-2', '-p', '2', '-e', '-f', '%p %o %v\\n', '--read-committed', ...b]);
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines.map((l) => l.split(' ')[2])).toEqual(runs.flatMap((_, i) => [`r${i}a`, `r${i}b`]));
    expect(lines.every((l) => l.startsWith('2 '))).toBe(true);
  });

  test("a transactional produce that fails exits 1 with the error in Kafka's words", async () => {
    const r = await samsa(['produce', 'no-such-topic-txn', '--transactional-id', 'bad-txn', '--timeout', '2s', ...b], {
      stdin: 'x\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/UNKNOWN_TOPIC_OR_PARTITION/);
  });

  test('consume -o start|end|N|+N|-N|@time|@-duration, -n, -p, --json, --print-headers, binary, --pretty', async () => {
    await samsa(['topic', 'create', 'pc-3', '-p', '1', '-r', '3', ...b]);
    const stdin = Array.from({ length: 10 }, (_, i) =>
      JSON.stringify({ value: `m${i}`, timestamp: 1000000 + i * 1000 }),
    ).join('\n');
    expect((await samsa(['produce', 'pc-3', '--format', 'json', '-H', 'h=v', ...b], { stdin })).code).toBe(0);
    const values = async (...flags: string[]): Promise<string[]> => {
      const r = await samsa(['consume', 'pc-3', '-e', ...flags, ...b]);
      expect(r.stderr).toBe('');
      return r.stdout
        .trimEnd()
        .split('\n')
        .filter((l) => l !== '');
    };
    expect(await values()).toHaveLength(10);
    expect(await values('-o', 'end')).toEqual([]);
    expect(await values('-o', '7')).toEqual(['m7', 'm8', 'm9']);
    expect(await values('-o', '+8')).toEqual(['m8', 'm9']);
    expect(await values('-o', '-2')).toEqual(['m8', 'm9']);
    expect(await values('-o', '@1006000')).toEqual(['m6', 'm7', 'm8', 'm9']);
    expect(await values('-o', '@1970-01-01T00:16:48.000Z')).toEqual(['m8', 'm9']);
    expect(await values('-o', '@-1h')).toEqual([]);
    expect(await values('-n', '3')).toEqual(['m0', 'm1', 'm2']);
    expect(await values('-n', '1', '--print-headers')).toEqual(['h=v m0']);
    const json = await values('-o', '9', '--json');
    expect(JSON.parse(json[0] as string)).toEqual({
      topic: 'pc-3',
      partition: 0,
      offset: 9,
      timestamp: 1009000,
      key: null,
      value: 'm9',
      headers: [{ key: 'h', value: 'v' }],
    });
    const bad = await samsa(['consume', 'pc-3', '-p', '5', '-e', ...b]);
    expect(bad.code).toBe(1);

    await samsa(['topic', 'create', 'pc-bin', '-p', '1', '-r', '1', ...b]);
    const binary = JSON.stringify({ key: 'ff00', keyEncoding: 'hex', value: '{"a":1}' });
    await samsa(['produce', 'pc-bin', '--format', 'json', ...b], { stdin: binary });
    expect(await samsa(['consume', 'pc-bin', '-e', '-f', '%k\\n', ...b]).then((r) => r.stdout)).toBe('ff00\n');
    expect(
      await samsa(['consume', 'pc-bin', '-e', '-f', '%k\\n', '--binary', 'base64', ...b]).then((r) => r.stdout),
    ).toBe('/wA=\n');
    const raw = await samsa(['consume', 'pc-bin', '-e', '-f', '%k', '--binary', 'raw', ...b]);
    expect(raw.stdoutBytes.equals(Buffer.from([0xff, 0]))).toBe(true);
    expect((await samsa(['consume', 'pc-bin', '-e', '--pretty', ...b])).stdout).toBe('{\n  "a": 1\n}\n');
    const j = JSON.parse((await samsa(['consume', 'pc-bin', '-e', '--json', ...b])).stdout) as Record<string, unknown>;
    expect(j).toMatchObject({ key: 'ff00', keyEncoding: 'hex', value: '{"a":1}' });
  });

  test('consume -g joins the group, starts from its commits and commits what it printed', async () => {
    await samsa(['topic', 'create', 'pc-4', '-p', '2', '-r', '3', ...b]);
    await samsa(['produce', 'pc-4', '-p', '0', ...b], { stdin: 'a\nb\nc\n' });
    await samsa(['produce', 'pc-4', '-p', '1', ...b], { stdin: 'd\n' });
    const first = await samsa(['consume', 'pc-4', '-g', 'pc-4-group', '-n', '2', '-f', '%p%v\\n', ...b]);
    const firstLines = first.stdout.trimEnd().split('\n');
    expect(firstLines).toHaveLength(2);
    const second = await samsa(['consume', 'pc-4', '-g', 'pc-4-group', '-e', '-f', '%p%v\\n', ...b]);
    const all = [...firstLines, ...second.stdout.trimEnd().split('\n')].sort();
    expect(all).toEqual(['0a', '0b', '0c', '1d']);
    const admin = kafka.admin();
    await admin.connect();
    const committed = await admin.fetchOffsets({ groupId: 'pc-4-group', topics: ['pc-4'] });
    await admin.disconnect();
    expect(committed[0]?.partitions.map((p) => [p.partition, p.offset]).sort()).toEqual([
      [0, '3'],
      [1, '1'],
    ]);
  });
});

describe('samsa group', () => {
  test('list with --states; describe lag equals kafkajs fetchOffsets and fetchTopicOffsets', async () => {
    await samsa(['topic', 'create', 'g-lag', '-p', '3', '-r', '3', ...b]);
    for (const p of [0, 1, 2]) await samsa(['produce', 'g-lag', '-p', String(p), ...b], { stdin: 'x\n'.repeat(5 + p) });
    const admin = kafka.admin();
    await admin.connect();
    await admin.setOffsets({
      groupId: 'g-lag-group',
      topic: 'g-lag',
      partitions: [
        { partition: 0, offset: '1' },
        { partition: 1, offset: '6' },
      ],
    });
    const committed = (await admin.fetchOffsets({ groupId: 'g-lag-group', topics: ['g-lag'] }))[0]?.partitions ?? [];
    const ends = await admin.fetchTopicOffsets('g-lag');
    await admin.disconnect();
    const expected = committed
      .filter((c) => Number(c.offset) >= 0)
      .map((c) => ({
        partition: c.partition,
        lag: Number(ends.find((e) => e.partition === c.partition)?.high) - Number(c.offset),
      }));
    expect(expected.length).toBe(2);

    const r = await samsa(['group', 'describe', 'g-lag-group', '--format', 'json', ...b]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as {
      state: string;
      totalLag: number;
      partitions: { partition: number; lag: number }[];
    };
    expect(d.state).toBe('Empty');
    expect(d.partitions.map((p) => ({ partition: p.partition, lag: p.lag }))).toEqual(expected);
    expect(d.totalLag).toBe(expected.reduce((s, e) => s + e.lag, 0));

    const listed = await samsa(['group', 'list', '--states', 'Empty', '--format', 'json', ...b]);
    expect((JSON.parse(listed.stdout) as { groupId: string }[]).map((g) => g.groupId)).toContain('g-lag-group');
    const stable = await samsa(['group', 'list', '--states', 'Stable', '--format', 'json', ...b]);
    expect((JSON.parse(stable.stdout) as { groupId: string }[]).map((g) => g.groupId)).not.toContain('g-lag-group');
  });

  test('describe shows members with client id, host and assignment', async () => {
    await samsa(['topic', 'create', 'g-members', '-p', '2', '-r', '3', ...b]);
    const consumer = kafka.consumer({ groupId: 'g-members-group' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'g-members', fromBeginning: true });
    let joined!: () => void;
    const isJoined = new Promise<void>((r) => {
      joined = r;
    });
    consumer.on(consumer.events.GROUP_JOIN, () => joined());
    await consumer.run({ eachMessage: async () => undefined });
    await isJoined;
    try {
      const r = await samsa(['group', 'describe', 'g-members-group', '--format', 'json', ...b]);
      const d = JSON.parse(r.stdout) as {
        state: string;
        members: { clientId: string; host: string; assignment: { topic: string; partition: number }[] }[];
      };
      expect(d.state).toBe('Stable');
      expect(d.members).toHaveLength(1);
      expect(d.members[0]?.clientId).toBe('kafkajs');
      expect(d.members[0]?.host).toMatch(/127\.0\.0\.1/);
      expect(d.members[0]?.assignment).toEqual([
        { topic: 'g-members', partition: 0 },
        { topic: 'g-members', partition: 1 },
      ]);
      const seek = await samsa(['group', 'seek', 'g-members-group', '--to', 'start', '--topics', 'g-members', ...b]);
      expect(seek.code).toBe(1);
      expect(seek.stderr).toMatch(/has 1 member\(s\) \(state Stable\)/);
    } finally {
      await consumer.disconnect();
    }
  });

  test('seek --to start|end|OFFSET|@timestamp, --dry-run; timestamp matches ListOffsets by time', async () => {
    await samsa(['topic', 'create', 'g-seek', '-p', '2', '-r', '3', ...b]);
    const stdin = Array.from({ length: 6 }, (_, i) =>
      JSON.stringify({ value: `s${i}`, partition: i % 2, timestamp: 5000 + i * 100 }),
    ).join('\n');
    await samsa(['produce', 'g-seek', '--format', 'json', ...b], { stdin });
    const at = async (...flags: string[]): Promise<[number, number][]> => {
      const r = await samsa([
        'group',
        'seek',
        'g-seek-group',
        '--topics',
        'g-seek',
        '--format',
        'json',
        ...flags,
        ...b,
      ]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      return (JSON.parse(r.stdout) as { partition: number; newOffset: number }[]).map((x) => [
        x.partition,
        x.newOffset,
      ]);
    };
    expect(await at('--to', 'end')).toEqual([
      [0, 3],
      [1, 3],
    ]);
    expect(await at('--to', 'start')).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(await at('--to', '2', '-p', '1')).toEqual([[1, 2]]);
    const admin = kafka.admin();
    await admin.connect();
    const byTime = await admin.fetchTopicOffsetsByTimestamp('g-seek', 5250);
    expect(await at('--to', '@5250')).toEqual(byTime.map((o) => [o.partition, Number(o.offset)]));
    expect(byTime.map((o) => Number(o.offset))).toEqual([2, 1]);
    expect(await at('--to', 'end', '--dry-run')).toEqual([
      [0, 3],
      [1, 3],
    ]);
    const committed = (await admin.fetchOffsets({ groupId: 'g-seek-group', topics: ['g-seek'] }))[0]?.partitions;
    await admin.disconnect();
    expect(committed?.map((p) => [p.partition, Number(p.offset)]).sort()).toEqual([
      [0, 2],
      [1, 1],
    ]);
    const noGroup = await samsa(['group', 'seek', 'g-never', '--to', 'start', ...b]);
    expect(noGroup.code).toBe(1);
    expect(noGroup.stderr).toMatch(/no committed offsets/);
  });

  test('offset-delete and delete', async () => {
    await samsa(['topic', 'create', 'g-del', '-p', '1', '-r', '3', ...b]);
    await samsa(['group', 'seek', 'g-del-group', '--to', 'start', '--topics', 'g-del', ...b]);
    const od = await samsa(['group', 'offset-delete', 'g-del-group', '--topic', 'g-del', ...b]);
    expect(rows(od.stdout)).toEqual([
      ['TOPIC', 'PARTITION', 'STATUS'],
      ['g-del', '0', 'OK'],
    ]);
    const admin = kafka.admin();
    await admin.connect();
    expect((await admin.fetchOffsets({ groupId: 'g-del-group', topics: ['g-del'] }))[0]?.partitions[0]?.offset).toBe(
      '-1',
    );
    await admin.setOffsets({ groupId: 'g-del-group', topic: 'g-del', partitions: [{ partition: 0, offset: '0' }] });
    const del = await samsa(['group', 'delete', 'g-del-group', 'g-never-existed', ...b]);
    expect(del.code).toBe(1);
    const t = rows(del.stdout);
    expect(t.find((r) => r[0] === 'g-del-group')?.[1]).toBe('OK');
    expect(t.find((r) => r[0] === 'g-never-existed')?.[1]).toMatch(/^GROUP_ID_NOT_FOUND/);
    expect((await admin.listGroups()).groups.map((g) => g.groupId)).not.toContain('g-del-group');
    await admin.disconnect();
  });
});

describe('samsa cluster and acl', () => {
  test('info names the cluster, the controller and the three brokers', async () => {
    const r = await samsa(['cluster', 'info', '--format', 'json', ...b]);
    const d = JSON.parse(r.stdout) as {
      clusterId: string;
      controller: number;
      brokers: { id: number; host: string; port: number }[];
    };
    expect(d.brokers.map((x) => `${x.host}:${x.port}`).join(',')).toBe(cluster.bootstrapServers);
    expect(d.brokers.map((x) => x.id)).toContain(d.controller);
    expect(d.clusterId.length).toBeGreaterThan(0);
  });

  test('health: healthy exits 0; a stopped broker leaves partitions under-replicated and exits 1', async () => {
    await samsa(['topic', 'create', 'c-health', '-p', '3', '-r', '3', ...b]);
    const ok = await samsa(['cluster', 'health', '--format', 'json', ...b]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      healthy: true,
      underReplicatedPartitions: [],
      offlinePartitions: [],
    });
    await cluster.control.stopBroker(3);
    try {
      const bad = await samsa(['cluster', 'health', '--format', 'json', ...b]);
      expect(bad.code).toBe(1);
      const d = JSON.parse(bad.stdout) as { healthy: boolean; underReplicatedPartitions: string[] };
      expect(d.healthy).toBe(false);
      expect(d.underReplicatedPartitions).toEqual(expect.arrayContaining(['c-health/0', 'c-health/1', 'c-health/2']));
    } finally {
      await cluster.control.startBroker(3);
    }
  });

  test('config get and set a dynamic broker config', async () => {
    const set = await samsa(['cluster', 'config', 'set', 'log.retention.ms=4242', '--broker', '2', ...b]);
    expect([set.code, set.stderr]).toEqual([0, '']);
    const get = await samsa([
      'cluster',
      'config',
      'get',
      'log.retention.ms',
      '--broker',
      '2',
      '--format',
      'json',
      ...b,
    ]);
    expect(JSON.parse(get.stdout)).toEqual([
      { name: 'log.retention.ms', value: '4242', source: 'DYNAMIC_BROKER_CONFIG', readOnly: false },
    ]);
    await samsa(['cluster', 'config', 'set', '--broker', '2', '-d', 'log.retention.ms', ...b]);
    const back = await samsa([
      'cluster',
      'config',
      'get',
      'log.retention.ms',
      '--broker',
      '2',
      '--format',
      'json',
      ...b,
    ]);
    expect((JSON.parse(back.stdout) as { source: string }[])[0]?.source).not.toBe('DYNAMIC_BROKER_CONFIG');
  });

  test('acl list, create and delete explain SECURITY_DISABLED', async () => {
    for (const argv of [
      ['acl', 'list'],
      [
        'acl',
        'create',
        '--principal',
        'User:alice',
        '--operation',
        'read',
        '--resource-type',
        'topic',
        '--resource-name',
        'x',
      ],
      ['acl', 'delete', '--principal', 'User:alice'],
    ]) {
      const r = await samsa([...argv, ...b]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^samsa: \w+Acls: SECURITY_DISABLED: No Authorizer is configured.* \(.+\): the broker has no authorizer/,
      );
    }
  });
});

describe('errors and usage', () => {
  test('a bad flag exits 2 with the usage line; an unreachable broker says so within the timeout', async () => {
    const bad = await samsa(['topic', 'create', 'x', '--partitons', '3', ...b]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option '--partitons'/);
    expect(bad.stderr).toContain('Usage: samsa topic create [options] <names...>');
    const notInt = await samsa(['topic', 'create', 'x', '-p', 'three', ...b]);
    expect(notInt.code).toBe(2);
    expect(notInt.stderr).toContain('expected an integer, got three');
    const help = await samsa(['consume', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--read-committed');
    const down = await samsa(['topic', 'list', '--brokers', '127.0.0.1:1', '--timeout', '2s']);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/^samsa: 127\.0\.0\.1:1: no broker reachable \(tried 127\.0\.0\.1:1\)/);
  });

  test('$SAMSA_BROKERS is the default bootstrap list', async () => {
    const r = await samsa(['cluster', 'info', '--format', 'json'], {
      env: { SAMSA_BROKERS: cluster.bootstrapServers },
    });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { brokers: unknown[] }).brokers).toHaveLength(3);
  });
});
