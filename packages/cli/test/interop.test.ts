// Records cross between the CLI and other clients byte for byte: what `samsa produce` writes (keys, headers, binary
// values, every codec) is what kcat (librdkafka) and kafkajs read, and what kcat writes with every codec is what
// `samsa consume` prints. kcat comes from Debian (`apt-get install kcat`, installed by .ci/run).
import { spawn } from 'node:child_process';
import { startCluster, type StartedCluster } from '@samsa/broker';
import { Kafka, logLevel } from 'kafkajs';
import { samsa } from './helpers/run-cli';

jest.setTimeout(90000);

const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

let cluster: StartedCluster;
let b: string[];

beforeAll(async () => {
  cluster = await startCluster({ brokers: 3 });
  b = ['--brokers', cluster.bootstrapServers];
});
afterAll(() => cluster.stop());

interface Rec {
  key: Buffer | null;
  value: Buffer;
  headers: Record<string, string>;
}

/** Keys, headers and values, some not UTF-8. */
function fixtures(codec: string): Rec[] {
  return [
    { key: Buffer.from(`k-${codec}`), value: Buffer.from(`text value ${codec}`), headers: { h1: 'one', h2: 'two' } },
    { key: Buffer.from([0xff, 0x00, 0x7f]), value: Buffer.from([0, 1, 2, 0xfe, 0xff, 10, 13]), headers: {} },
    { key: null, value: Buffer.from('é ✓ 漢字'.repeat(50)), headers: { only: 'header' } },
  ];
}

function asJsonLine(r: Rec): string {
  return JSON.stringify({
    key: r.key === null ? null : r.key.toString('base64'),
    ...(r.key === null ? {} : { keyEncoding: 'base64' }),
    value: r.value.toString('base64'),
    valueEncoding: 'base64',
    headers: Object.entries(r.headers).map(([key, value]) => ({ key, value })),
  });
}

/** Runs kcat (asynchronously: the brokers answer from this process's event loop). */
function kcat(args: string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('kcat', ['-b', cluster.bootstrapServers, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`kcat ${args.join(' ')} exited ${code}: ${err}`));
    });
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}

/** Parses kcat output written with -f '%K|%S|%k%s\n': key length (-1 for null), value length, then the bytes. */
function parseKcat(out: Buffer): { key: Buffer | null; value: Buffer }[] {
  const recs: { key: Buffer | null; value: Buffer }[] = [];
  let pos = 0;
  while (pos < out.length) {
    const bar1 = out.indexOf('|', pos);
    const bar2 = out.indexOf('|', bar1 + 1);
    const kLen = Number(out.toString('utf8', pos, bar1));
    const vLen = Number(out.toString('utf8', bar1 + 1, bar2));
    let at = bar2 + 1;
    const key = kLen < 0 ? null : out.subarray(at, at + kLen);
    at += Math.max(kLen, 0);
    recs.push({ key, value: out.subarray(at, at + vLen) });
    pos = at + vLen + 1;
  }
  return recs;
}

describe('samsa produce -> kcat and kafkajs', () => {
  test.each(CODECS)('codec %s: keys, headers and binary values arrive byte for byte', async (codec) => {
    const topic = `to-kcat-${codec}`;
    expect((await samsa(['topic', 'create', topic, '-p', '1', '-r', '3', ...b])).code).toBe(0);
    const recs = fixtures(codec);
    const p = await samsa(['produce', topic, '--format', 'json', '-z', codec, ...b], {
      stdin: recs.map(asJsonLine).join('\n'),
    });
    expect([p.code, p.stderr]).toEqual([0, '']);

    const viaKcat = parseKcat(await kcat(['-C', '-t', topic, '-e', '-q', '-f', '%K|%S|%k%s\n']));
    expect(viaKcat).toHaveLength(recs.length);
    viaKcat.forEach((r, i) => {
      expect(r.key === null ? null : r.key.toString('hex')).toBe(recs[i]?.key?.toString('hex') ?? null);
      expect(r.value.toString('hex')).toBe(recs[i]?.value.toString('hex'));
    });
    const headers = (await kcat(['-C', '-t', topic, '-e', '-q', '-f', '%h\n'])).toString('utf8').trimEnd().split('\n');
    expect(headers).toEqual(['h1=one,h2=two', '', 'only=header']);

    // kafkajs reads gzip itself; its other codecs are plugins outside this workspace (compat-tests/kafkajs has them).
    if (codec !== 'none' && codec !== 'gzip') return;
    const kafka = new Kafka({ brokers: cluster.bootstrapServers.split(','), logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `kafkajs-${codec}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const seen: Rec[] = [];
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          const h: Record<string, string> = {};
          for (const [k, v] of Object.entries(message.headers ?? {})) h[k] = String(v);
          seen.push({ key: message.key, value: message.value as Buffer, headers: h });
          if (seen.length === recs.length) resolve();
        },
      });
    });
    await consumer.disconnect();
    expect(seen.map((r) => [r.key?.toString('hex') ?? null, r.value.toString('hex'), r.headers])).toEqual(
      recs.map((r) => [r.key?.toString('hex') ?? null, r.value.toString('hex'), r.headers]),
    );
  });
});

describe('kcat produce -> samsa consume', () => {
  test.each(CODECS)('codec %s: keys, headers and binary values read back byte for byte', async (codec) => {
    const topic = `from-kcat-${codec}`;
    expect((await samsa(['topic', 'create', topic, '-p', '1', '-r', '3', ...b])).code).toBe(0);
    const recs = fixtures(codec).filter((r) => r.key !== null);
    // One kcat run per record: -H sets the headers of all the records of a run.
    for (const r of recs) {
      const headerArgs = Object.entries(r.headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]);
      const input = Buffer.concat([r.key as Buffer, Buffer.from('#KEY#'), r.value]);
      await kcat(['-P', '-t', topic, '-z', codec, '-K', '#KEY#', '-D', '#END#', ...headerArgs], input);
    }
    const out = await samsa(['consume', topic, '-e', '--json', '--binary', 'base64', ...b]);
    expect(out.code).toBe(0);
    const lines = out.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(recs.length);
    const bytes = (text: unknown, encoding: unknown): string =>
      Buffer.from(String(text), encoding === 'base64' ? 'base64' : 'utf8').toString('hex');
    lines.forEach((l, i) => {
      expect(bytes(l['key'], l['keyEncoding'])).toBe(recs[i]?.key?.toString('hex'));
      expect(bytes(l['value'], l['valueEncoding'])).toBe(recs[i]?.value.toString('hex'));
      const h = Object.fromEntries((l['headers'] as { key: string; value: string }[]).map((x) => [x.key, x.value]));
      expect(h).toEqual(recs[i]?.headers);
    });
  });
});
