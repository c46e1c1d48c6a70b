// The CLI is not samsa-specific: against librdkafka's mock cluster (../shared/peers/rdkafka-mock, 3 brokers, built
// into bench-results/ by the benchmarks' helper), the subset the mock serves works: metadata (Metadata v0-2, no
// DescribeCluster), produce and consume. The mock serves no CreateTopics, so the topic is created at its start.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { samsa } from './helpers/run-cli';

jest.setTimeout(120000);

interface Servers {
  mockBinary(): { path: string } | { error: string };
}
// The benchmarks' helper builds the mock once (a relative require, as the package benchmarks load their harness).
const { mockBinary } = require(resolve(__dirname, '../../../scripts/bench/load/servers')) as Servers;

let mock: ChildProcess;
let b: string[];

beforeAll(async () => {
  const built = mockBinary();
  if ('error' in built) throw new Error(built.error);
  mock = spawn(built.path, ['-b', '3', '-t', 'mock-topic:3:3'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const bootstrap = await new Promise<string>((ok, fail) => {
    let text = '';
    mock.stdout?.on('data', (d: Buffer) => {
      text += d.toString();
      const line = text.split('\n')[0];
      if (text.includes('\n') && line !== undefined) ok(line.trim());
    });
    mock.once('exit', (code) => fail(new Error(`mock exited ${code}`)));
  });
  b = ['--brokers', bootstrap];
});

afterAll(async () => {
  const exited = new Promise((r) => mock.once('exit', r));
  mock.kill('SIGTERM');
  await exited;
});

test("cluster info and topic list/describe read the mock's metadata", async () => {
  const info = await samsa(['cluster', 'info', '--format', 'json', ...b]);
  expect([info.code, info.stderr]).toEqual([0, '']);
  expect((JSON.parse(info.stdout) as { brokers: unknown[] }).brokers).toHaveLength(3);
  const list = await samsa(['topic', 'list', '--format', 'json', ...b]);
  expect(JSON.parse(list.stdout)).toEqual([{ name: 'mock-topic', partitions: 3, replicas: 3, internal: false }]);
  const d = await samsa(['topic', 'describe', 'mock-topic', '-p', '--format', 'json', ...b]);
  expect(d.code).toBe(0);
  expect((JSON.parse(d.stdout) as { partitions: unknown[] }).partitions).toHaveLength(3);
});

test('produce with keys, headers and a codec, then consume them back', async () => {
  const stdin = ['a 1', 'b 2', 'c 3', 'd 4'].join('\n');
  const p = await samsa(['produce', 'mock-topic', '-f', '%k %v\\n', '-H', 'from=samsa', '-z', 'gzip', ...b], { stdin });
  expect([p.code, p.stderr]).toEqual([0, '']);
  const c = await samsa(['consume', 'mock-topic', '-e', '-f', '%k=%v %h{%k:%v}\\n', ...b]);
  expect(c.code).toBe(0);
  expect(c.stdout.trimEnd().split('\n').sort()).toEqual([
    'a=1 from:samsa',
    'b=2 from:samsa',
    'c=3 from:samsa',
    'd=4 from:samsa',
  ]);
});
