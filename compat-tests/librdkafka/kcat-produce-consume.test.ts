// kcat 1.7.1 (librdkafka 2.0.2) producing and consuming against samsa: every
// codec kcat has (-z), keys (-K), headers (-H), NULL values (-Z), start offsets
// (-o beginning | end | N | -N | s@ts), -c/-e, the -f format tokens and the three
// acks settings. Records are read back with kcat itself, and the stored batch
// headers are checked to keep the producer's codec.
import type { Admin } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { kcat, kcatConsume, type KcatRecord } from '../helpers/kcat';
import { storedBatches } from '../helpers/stored-batches';
import { runProcess } from '../helpers/process';

// Real clients start processes and wait on the network; each test gets a minute.
jest.setTimeout(60_000);

const CODEC_IDS = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;
type Codec = keyof typeof CODEC_IDS;
const CODECS = Object.keys(CODEC_IDS) as Codec[];

const text = (b: Buffer | null): string | null => (b === null ? null : b.toString('utf8'));
const simple = (records: readonly KcatRecord[]) =>
  records.map((r) => ({
    offset: r.offset,
    key: text(r.key),
    value: text(r.value),
    headers: r.headers.map(([n, v]) => [n, text(v)]),
  }));

describeWithClient('kcat', 'kcat -P / -C against samsa', () => {
  let broker: TestBroker;
  let admin: Admin;
  const produce = (topic: string, lines: readonly string[], ...flags: string[]): Promise<string> =>
    kcat(['-b', broker.bootstrap, '-P', '-t', topic, ...flags], lines.map((l) => `${l}\n`).join(''));

  beforeAll(async () => {
    broker = await startTestBroker();
    admin = await connectAdmin('compat-kcat-setup', [broker.bootstrap]);
    await admin.createTopics({
      topics: [
        ...CODECS.flatMap((codec) => [`kcat-codec-${codec}`, `kcat-magic0-${codec}`]).map((topic) => ({
          topic,
          numPartitions: 1,
        })),
        ...['nulls', 'offsets', 'latest', 'format', 'acks-0', 'acks-1', 'acks-all'].map((name) => ({
          topic: `kcat-${name}`,
          numPartitions: 1,
        })),
        { topic: 'kcat-three', numPartitions: 3 },
      ],
    });
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test.each(CODECS)(
    'codecs: -z %s: keys (-K), headers (-H) and values come back byte for byte, batches keep the codec',
    async (codec) => {
      const topic = `kcat-codec-${codec}`;
      const long = `compressible ${codec} `.repeat(200);
      const lines = [
        `k1\tvalue héllo ☃ 🚀 ${codec}`,
        `no delimiter so no key ${codec}`,
        `\tempty key ${codec}`,
        `k4\t`,
        `k5\t${long}`,
      ];
      await produce(
        topic,
        lines,
        '-p',
        '0',
        '-K',
        '\t',
        '-H',
        'trace=abc',
        '-H',
        'trace=def',
        '-H',
        'empty=',
        '-H',
        'ünï=✓',
        ...(codec === 'none' ? [] : ['-z', codec]),
      );

      const headers = [
        ['trace', 'abc'],
        ['trace', 'def'],
        ['empty', ''],
        ['ünï', '✓'],
      ];
      const read = await kcatConsume(broker.bootstrap, topic, 0, 'beginning');
      expect(simple(read)).toEqual([
        { offset: 0, key: 'k1', value: `value héllo ☃ 🚀 ${codec}`, headers },
        { offset: 1, key: null, value: `no delimiter so no key ${codec}`, headers },
        { offset: 2, key: '', value: `empty key ${codec}`, headers },
        { offset: 3, key: 'k4', value: '', headers },
        { offset: 4, key: 'k5', value: long, headers },
      ]);
      expect(read.every((r) => r.timestampType === 'create')).toBe(true);

      // librdkafka sends a batch uncompressed when compressing would not shrink it, and how the lines fall into batches
      // depends on timing: every batch is magic 2 in the codec or uncompressed, and the batch holding the long
      // repetitive value (offset 4) always shrinks, so it is stored in the codec.
      const stored = await storedBatches(broker.bootstrap, topic, 0);
      expect(stored.reduce((n, b) => n + b.recordCount, 0)).toBe(lines.length);
      expect(stored.every((b) => b.magic === 2 && (b.codec === CODEC_IDS[codec] || b.codec === 0))).toBe(true);
      expect(stored.find((b) => b.baseOffset <= 4 && b.lastOffset >= 4)?.codec).toBe(CODEC_IDS[codec]);
    },
  );

  // With ApiVersion requests off and a 0.9.0 fallback, librdkafka speaks Produce v1 / Fetch v1 with magic 0 message
  // sets, and frames LZ4 the pre-KIP-57 way (header checksum over the wrong bytes), which Kafka accepts for magic 0.
  test.each(CODECS.filter((c) => c !== 'zstd'))(
    'codecs: broker.version.fallback=0.9.0 (magic 0), -z %s: stored as v2 batches with that codec, read back by old and new fetchers',
    async (codec) => {
      const topic = `kcat-magic0-${codec}`;
      const legacy = ['-X', 'api.version.request=false', '-X', 'broker.version.fallback=0.9.0'];
      const lines = Array.from({ length: 30 }, (_, i) => `k${i}\t${`magic 0 ${codec} record ${i} `.repeat(10)}`);
      await produce(topic, lines, '-p', '0', '-K', '\t', ...(codec === 'none' ? [] : ['-z', codec]), ...legacy);
      const expected = lines.map((l, offset) => ({
        offset,
        key: l.split('\t')[0],
        value: l.split('\t')[1],
        headers: [],
      }));

      const modern = await kcatConsume(broker.bootstrap, topic, 0, 'beginning');
      expect(simple(modern)).toEqual(expected);
      // Magic 0 has no timestamps: Kafka stores -1.
      expect(modern.map((r) => r.timestamp)).toEqual(lines.map(() => -1));
      expect(simple(await kcatConsume(broker.bootstrap, topic, 0, 'beginning', legacy))).toEqual(expected);

      const stored = await storedBatches(broker.bootstrap, topic, 0);
      expect(stored.reduce((n, b) => n + b.recordCount, 0)).toBe(lines.length);
      expect(stored.map((b) => [b.magic, b.codec])).toEqual(stored.map(() => [2, CODEC_IDS[codec]]));
    },
  );

  test('records: -Z sends empty values as NULL (tombstones), and -C -Z / %S show them as NULL / -1', async () => {
    await produce('kcat-nulls', ['tomb\t', 'live\tv', '\t'], '-p', '0', '-K', '\t', '-Z');
    const read = await kcatConsume(broker.bootstrap, 'kcat-nulls', 0, 'beginning');
    expect(simple(read)).toEqual([
      { offset: 0, key: 'tomb', value: null, headers: [] },
      { offset: 1, key: 'live', value: 'v', headers: [] },
      { offset: 2, key: null, value: null, headers: [] },
    ]);
    const formatted = await kcat([
      '-b',
      broker.bootstrap,
      '-C',
      '-t',
      'kcat-nulls',
      '-p',
      '0',
      '-o',
      'beginning',
      '-e',
      '-q',
      '-Z',
      '-f',
      '%o:%K:%S:%k:%s\n',
    ]);
    expect(formatted).toBe('0:4:-1:tomb:NULL\n1:4:1:live:v\n2:-1:-1:NULL:NULL\n');
  });

  describe('start offsets', () => {
    let all: KcatRecord[];

    beforeAll(async () => {
      // Three separate runs, so the runs' timestamps are ordered: run N+1 starts after run N has exited.
      for (const run of [1, 2, 3]) {
        await produce(
          'kcat-offsets',
          [0, 1, 2, 3].map((i) => `r${run}-${i}`),
          '-p',
          '0',
        );
      }
      all = await kcatConsume(broker.bootstrap, 'kcat-offsets', 0, 'beginning');
    });

    test('produce-consume: -o beginning reads every record in offset order', () => {
      expect(all.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(all.map((r) => text(r.value))).toEqual(
        [1, 2, 3].flatMap((run) => [0, 1, 2, 3].map((i) => `r${run}-${i}`)),
      );
    });

    test('produce-consume: -o <offset> starts at that offset', async () => {
      expect((await kcatConsume(broker.bootstrap, 'kcat-offsets', 0, '5')).map((r) => r.offset)).toEqual([
        5, 6, 7, 8, 9, 10, 11,
      ]);
    });

    test('produce-consume: -o -<n> starts n records before the end', async () => {
      expect((await kcatConsume(broker.bootstrap, 'kcat-offsets', 0, '-3')).map((r) => r.offset)).toEqual([9, 10, 11]);
    });

    test('offsets-by-time: -o s@<ts> starts at the first record whose timestamp is at or after ts (ListOffsets by time)', async () => {
      const second = all[4];
      expect(second?.timestamp).toBeGreaterThan(all[3]?.timestamp ?? Infinity);
      const ts = second?.timestamp ?? 0;
      const expected = all.slice(all.findIndex((r) => r.timestamp >= ts)).map((r) => r.offset);
      expect(expected[0]).toBe(4);
      expect((await kcatConsume(broker.bootstrap, 'kcat-offsets', 0, `s@${ts}`)).map((r) => r.offset)).toEqual(
        expected,
      );
      // One millisecond later still lands on a record of run 2 or later, never before offset 4.
      const later = await kcatConsume(broker.bootstrap, 'kcat-offsets', 0, `s@${ts + 1}`);
      expect(later[0]?.offset).toBeGreaterThanOrEqual(4);
      expect(later.map((r) => r.offset)).toEqual(
        all.filter((r) => r.offset >= (later[0]?.offset ?? 12)).map((r) => r.offset),
      );
    });

    test('offsets-by-time: -o s@<ts> after the last record reads nothing', async () => {
      const last = all[all.length - 1]?.timestamp ?? 0;
      expect(await kcatConsume(broker.bootstrap, 'kcat-offsets', 0, `s@${last + 60_000}`)).toEqual([]);
    });

    test('produce-consume: -o end -e exits at once with nothing; -c limits the count', async () => {
      expect(await kcatConsume(broker.bootstrap, 'kcat-offsets', 0, 'end')).toEqual([]);
      expect(
        (await kcatConsume(broker.bootstrap, 'kcat-offsets', 0, 'beginning', ['-c', '2'])).map((r) => r.offset),
      ).toEqual([0, 1]);
    });
  });

  test('produce-consume: -o end (no -e) waits for and receives a record produced after it started', async () => {
    await produce('kcat-latest', ['before-1', 'before-2'], '-p', '0');
    const consumer = runProcess(
      'kcat',
      ['-b', broker.bootstrap, '-C', '-t', 'kcat-latest', '-p', '0', '-o', 'end', '-c', '1', '-J', '-q'],
      { timeoutMs: 30_000 },
    );
    let finished = false;
    void consumer.finally(() => (finished = true)).catch(() => undefined);
    // kcat resolves "end" asynchronously: keep producing until it has read one record.
    for (let i = 0; !finished && i < 50; i++) {
      await produce('kcat-latest', [`after-${i}`], '-p', '0');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const result = await consumer;
    expect(result.code).toBe(0);
    const [record] = JSON.parse(`[${result.stdout.trim().split('\n').join(',')}]`) as Array<{
      offset: number;
      payload: string;
    }>;
    expect(record?.payload).toMatch(/^after-\d+$/);
    expect(record?.offset).toBe(2 + Number(record?.payload.slice('after-'.length)));
  });

  test('records: -f prints topic, partition, offset, timestamp, key and value lengths, key, value and headers', async () => {
    await produce('kcat-format', ['the-key\tthe value'], '-p', '0', '-K', '\t', '-H', 'a=1', '-H', 'b=two');
    const [json] = await kcatConsume(broker.bootstrap, 'kcat-format', 0, 'beginning');
    const out = await kcat([
      '-b',
      broker.bootstrap,
      '-C',
      '-t',
      'kcat-format',
      '-p',
      '0',
      '-o',
      'beginning',
      '-e',
      '-q',
      '-f',
      '%t|%p|%o|%T|%K|%k|%S|%s|%h\n',
    ]);
    expect(out).toBe(`kcat-format|0|0|${json?.timestamp}|7|the-key|9|the value|a=1,b=two\n`);
    expect(Math.abs((json?.timestamp ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  test('produce-consume: -p writes to and reads from the named partition of a 3-partition topic', async () => {
    await produce('kcat-three', ['on-2-a', 'on-2-b'], '-p', '2');
    await produce('kcat-three', ['on-0'], '-p', '0');
    expect(
      (await kcatConsume(broker.bootstrap, 'kcat-three', 2, 'beginning')).map((r) => [
        r.partition,
        r.offset,
        text(r.value),
      ]),
    ).toEqual([
      [2, 0, 'on-2-a'],
      [2, 1, 'on-2-b'],
    ]);
    expect(await kcatConsume(broker.bootstrap, 'kcat-three', 1, 'beginning')).toEqual([]);
    expect((await kcatConsume(broker.bootstrap, 'kcat-three', 0, 'beginning')).map((r) => text(r.value))).toEqual([
      'on-0',
    ]);
  });

  test.each([
    ['0', 'kcat-acks-0'],
    ['1', 'kcat-acks-1'],
    ['all', 'kcat-acks-all'],
  ])('produce-consume: acks=%s: every record is stored', async (acks, topic) => {
    const lines = Array.from({ length: 20 }, (_, i) => `acks ${acks} record ${i}`);
    await produce(topic, lines, '-p', '0', '-X', `acks=${acks}`);
    // With acks=0 kcat exits once the request is written, possibly before the broker has appended it.
    let read: KcatRecord[] = [];
    for (let attempt = 0; attempt < 25 && read.length < lines.length; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 200));
      read = await kcatConsume(broker.bootstrap, topic, 0, 'beginning');
    }
    expect(read.map((r) => text(r.value))).toEqual(lines);
  });
});
