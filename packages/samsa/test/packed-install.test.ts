// The package as a user gets it: `npm run pack`, then `npm install <tarball>` into a fresh project outside the
// repository with no C compiler and no cargo on PATH, then the binary, the jest and vitest presets, ESM and CommonJS
// imports (with the web console's page served from the package) and a strict type check, each driven by kafkajs over
// the wire.
//
// It needs the npm registry (the project installs kafkajs, jest, vitest and typescript from it). When the registry
// cannot be reached the suite is skipped with a message, except under CI, where that is a failure.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';

const ROOT = resolve(__dirname, '../../..');
/** What the fresh project installs next to samsa, as a user's test suite would. */
const PROJECT_DEPENDENCIES = ['kafkajs@2', 'jest@30', 'vitest@3', 'typescript@5', '@types/node@20'];
/** The only programs on the project's PATH: Node and npm, and the shell npm runs scripts with. No cc, no cargo. */
const TOOLS = ['node', 'npm', 'npx', 'sh', 'env'];

function registryReachable(): boolean {
  const ping = spawnSync('npm', ['ping'], { stdio: 'ignore', timeout: 30_000 });
  return ping.error === undefined && ping.status === 0;
}

function describeWithRegistry(title: string, fn: () => void): void {
  if (registryReachable()) {
    describe(title, fn);
    return;
  }
  const message = 'the npm registry cannot be reached (npm ping failed); the packed-install test needs it';
  if (process.env['CI']) {
    describe(title, () => {
      test('the npm registry must be reachable in CI', () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`Skipping "${title}": ${message}`);
  describe.skip(title, fn);
}

/** A directory holding only the tools above, as links to the real ones. */
function minimalPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-tools-'));
  for (const tool of TOOLS) {
    const found =
      tool === 'node'
        ? process.execPath
        : spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    if (found === '') throw new Error(`${tool} not found on this machine`);
    symlinkSync(found, join(dir, tool));
  }
  return dir;
}

/** The JSON a check script prints after 'RESULT ' (the broker's own log lines surround it). */
function resultLine(output: string): string {
  const line = output.split('\n').find((l) => l.startsWith('RESULT '));
  if (line === undefined) throw new Error(`no RESULT line in:\n${output}`);
  return line.slice('RESULT '.length);
}

interface Result {
  readonly status: number | null;
  readonly output: string;
}

describeWithRegistry('the packed samsa package, installed into a fresh project without a compiler', () => {
  let project: string;
  let toolsDir: string;
  let env: NodeJS.ProcessEnv;
  let version: string;

  /** Runs a command in the project with the stripped PATH; resolves with its exit status and all its output. */
  function inProject(command: string, args: string[], timeoutMs = 180_000): Promise<Result> {
    return new Promise((resolvePromise) => {
      const child = spawn(command, args, { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('close', (status) => {
        clearTimeout(timer);
        resolvePromise({ status, output });
      });
    });
  }

  function file(path: string, text: string): void {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }

  beforeAll(async () => {
    const pack = spawnSync('npm', ['run', '--silent', 'pack'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    if (pack.status !== 0) throw new Error(`npm run pack failed:\n${pack.stdout}\n${pack.stderr}`);
    const tarball = /^(\S+\.tgz):/m.exec(pack.stdout)?.[1];
    if (tarball === undefined || !existsSync(tarball))
      throw new Error(`no tarball in the output of npm run pack:\n${pack.stdout}`);
    version = (JSON.parse(readFileSync(join(ROOT, 'packages/samsa/package.json'), 'utf8')) as { version: string })
      .version;

    project = mkdtempSync(join(tmpdir(), 'samsa-install-'));
    toolsDir = minimalPath();
    env = { HOME: process.env['HOME'], PATH: toolsDir, CI: 'true', NO_COLOR: '1', npm_config_update_notifier: 'false' };
    file('package.json', JSON.stringify({ name: 'samsa-install-check', version: '1.0.0', private: true }, null, 2));
    const install = await inProject(
      'npm',
      ['install', '--no-audit', '--no-fund', tarball, ...PROJECT_DEPENDENCIES],
      480_000,
    );
    if (install.status !== 0) throw new Error(`npm install failed:\n${install.output}`);
  }, 900_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
    if (toolsDir) rmSync(toolsDir, { recursive: true, force: true });
  });

  test('the PATH the project uses has neither a C compiler nor cargo', () => {
    for (const tool of ['cc', 'gcc', 'g++', 'cargo', 'make']) {
      expect(spawnSync('sh', ['-c', `command -v ${tool}`], { env }).status).not.toBe(0);
    }
    expect(spawnSync('sh', ['-c', 'command -v node'], { env }).status).toBe(0);
  });

  test('npx samsa --version prints the package version; the package carries its README and license', async () => {
    const result = await inProject('npx', ['samsa', '--version']);
    expect(result.status).toBe(0);
    expect(result.output.trim()).toBe(version);
    const installed = join(project, 'node_modules/samsa');
    expect(readFileSync(join(installed, 'README.md'), 'utf8')).toContain('npm i -D samsa');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toContain('Apache License');
  });

  test('npx samsa start serves kafkajs on an ephemeral port with the prebuilt native storage, and stops on SIGTERM', async () => {
    const dataDir = join(project, 'data');
    // A process group of its own: npx runs the broker as its child, and SIGTERM goes to both, as a terminal's would.
    const child: ChildProcess = spawn(
      'npx',
      ['samsa', 'start', '--listeners', 'PLAINTEXT://127.0.0.1:0', '--log.dirs', dataDir],
      {
        cwd: project,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    const lines: Record<string, unknown>[] = [];
    let partial = '';
    child.stdout!.on('data', (d: Buffer) => {
      const parts = (partial + d.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
    });
    // 'close': every holder of the pipes, the broker under npx included, has exited.
    const closed = new Promise<void>((res) => child.once('close', () => res()));
    try {
      const deadline = Date.now() + 20_000;
      while (!lines.some((l) => l['msg'] === 'listening') && Date.now() < deadline)
        await new Promise((res) => setTimeout(res, 25));
      const listening = lines.find((l) => l['msg'] === 'listening');
      expect(listening?.['address']).toMatch(/^127\.0\.0\.1:\d+$/);
      // The Rust module shipped in the package, not the TypeScript fallback: nothing was compiled on install.
      expect(lines.find((l) => l['msg'] === 'log manager started')?.['io']).toBe('native');

      const kafka = new Kafka({ brokers: [listening?.['address'] as string], logLevel: logLevel.NOTHING });
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic: 'installed', messages: [{ key: 'k', value: 'from an installed samsa' }] });
      await producer.disconnect();
      const consumer = kafka.consumer({ groupId: 'installed-check' });
      await consumer.connect();
      await consumer.subscribe({ topic: 'installed', fromBeginning: true });
      const value = await new Promise<string>((res) => {
        void consumer.run({ eachMessage: async ({ message }) => res(message.value?.toString() ?? '') });
      });
      await consumer.disconnect();
      expect(value).toBe('from an installed samsa');
    } finally {
      process.kill(-(child.pid as number), 'SIGTERM');
    }
    await closed;
    // The broker's own last line says it stopped cleanly (npx itself dies of the signal).
    expect(lines.at(-1)?.['msg']).toBe('stopped');
  }, 60_000);

  test('a jest project using the samsa/jest preset produces and consumes in a consumer group', async () => {
    file('jest.config.js', "module.exports = { preset: 'samsa/jest', testEnvironment: 'node' };\n");
    file(
      'jest.pair.config.js',
      [
        "module.exports = { globalSetup: 'samsa/jest/setup', globalTeardown: 'samsa/jest/teardown', testEnvironment: 'node',",
        '  globals: { samsa: { brokers: 3 } } };',
        '',
      ].join('\n'),
    );
    file(
      '__tests__/kafka.test.js',
      `
const { Kafka, logLevel } = require('kafkajs');

// jest's default 5 s timeout: a first consumer group must not wait out Kafka's 3 s initial rebalance delay.
test('the cluster from the preset round-trips a record through a consumer group', async () => {
  const brokers = process.env.KAFKA_BROKERS.split(',');
  expect(process.env.SAMSA_ADMIN).toMatch(/^http:\\/\\/127\\.0\\.0\\.1:\\d+$/);
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const cluster = await admin.describeCluster();
  console.log('brokers=' + cluster.brokers.length);
  await admin.createTopics({ topics: [{ topic: 'jest-preset', numPartitions: 2 }] });
  await admin.disconnect();
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic: 'jest-preset', messages: [{ key: 'a', value: 'one' }, { key: 'b', value: 'two' }] });
  await producer.disconnect();
  // A short fetch wait: kafkajs's disconnect waits for the fetch in flight (5 s by default).
  const consumer = kafka.consumer({ groupId: 'jest-preset-group', maxWaitTimeInMs: 200 });
  await consumer.connect();
  await consumer.subscribe({ topic: 'jest-preset', fromBeginning: true });
  const seen = [];
  await new Promise((resolve) => {
    consumer.run({ eachMessage: async ({ message }) => { seen.push(message.value.toString()); if (seen.length === 2) resolve(); } });
  });
  await consumer.disconnect();
  expect(seen.sort()).toEqual(['one', 'two']);
});
`,
    );
    const preset = await inProject('npx', ['jest', '--ci', '--verbose', '--config', 'jest.config.js']);
    expect(preset.output).toContain('1 passed');
    expect(preset.output).toContain('brokers=1');
    expect(preset.status).toBe(0);
    const pair = await inProject('npx', ['jest', '--ci', '--verbose', '--config', 'jest.pair.config.js']);
    expect(pair.output).toContain('1 passed');
    expect(pair.output).toContain('brokers=3');
    expect(pair.status).toBe(0);
  }, 120_000);

  test('a vitest project using samsa/vitest reads the cluster with inject()', async () => {
    file(
      'vitest.config.mjs',
      "export default { test: { globalSetup: ['samsa/vitest'], include: ['vitest/**/*.test.mjs'] } };\n",
    );
    file(
      'vitest/kafka.test.mjs',
      `
import { expect, inject, test } from 'vitest';
import kafkajs from 'kafkajs';

test('the cluster from samsa/vitest round-trips a record', async () => {
  const brokers = inject('kafkaBrokers').split(',');
  expect(inject('samsaAdmin')).toMatch(/^http:\\/\\/127\\.0\\.0\\.1:\\d+$/);
  const kafka = new kafkajs.Kafka({ brokers, logLevel: kafkajs.logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic: 'vitest-preset', messages: [{ value: 'hello vitest' }] });
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId: 'vitest-preset-group', maxWaitTimeInMs: 200 });
  await consumer.connect();
  await consumer.subscribe({ topic: 'vitest-preset', fromBeginning: true });
  const value = await new Promise((resolve) => {
    consumer.run({ eachMessage: async ({ message }) => resolve(message.value.toString()) });
  });
  await consumer.disconnect();
  expect(value).toBe('hello vitest');
});
`,
    );
    const result = await inProject('npx', ['vitest', 'run', '--config', 'vitest.config.mjs']);
    expect(result.output).toMatch(/Tests\s+1 passed/);
    expect(result.status).toBe(0);
  }, 120_000);

  test('ESM import and CommonJS require both start a cluster, and the web console serves the page the package ships', async () => {
    file(
      'esm-check.mjs',
      `
import { startCluster, ClusterControl } from 'samsa';
import samsaDefault from 'samsa';
const cluster = await startCluster({ brokers: 2, console: true });
// The web console's page and script, from the assets the package ships.
const page = await fetch(cluster.consoleUrl);
const html = await page.text();
const script = await fetch(new URL('/assets/app.js', cluster.consoleUrl));
const js = await script.text();
console.log('RESULT ' + JSON.stringify({ brokers: cluster.brokers.length, control: cluster.control instanceof ClusterControl, same: samsaDefault.startCluster === startCluster,
  console: [page.status, html.includes('/assets/app.js'), script.status, script.headers.get('content-type'), js.length > 10000] }));
await cluster.stop();
`,
    );
    file(
      'cjs-check.cjs',
      `
const { startBroker } = require('samsa');
startBroker({ listeners: 'PLAINTEXT://127.0.0.1:0', 'samsa.storage': 'memory', 'log.dirs': 'unused' }, {})
  .then(async (b) => { console.log('RESULT ' + JSON.stringify({ port: b.port })); await b.stop(); });
`,
    );
    const esm = await inProject('node', ['esm-check.mjs']);
    expect(esm.status).toBe(0);
    expect(JSON.parse(resultLine(esm.output))).toEqual({
      brokers: 2,
      control: true,
      same: true,
      console: [200, true, 200, expect.stringMatching(/^text\/javascript/), true],
    });
    const cjs = await inProject('node', ['cjs-check.cjs']);
    expect(cjs.status).toBe(0);
    expect((JSON.parse(resultLine(cjs.output)) as { port: number }).port).toBeGreaterThan(0);
  }, 60_000);

  test('tsc --strict type-checks code against the package types, and rejects wrong uses', async () => {
    file(
      'tsconfig.json',
      JSON.stringify(
        {
          compilerOptions: {
            strict: true,
            noEmit: true,
            module: 'node16',
            moduleResolution: 'node16',
            target: 'es2022',
            types: ['node'],
          },
          files: ['types/check.mts', 'types/check.cts', 'types/jest-setup.cts', 'types/vitest-setup.mts'],
        },
        null,
        2,
      ),
    );
    file(
      'types/check.mts',
      `
import { startCluster, type StartedCluster, type ClusterOptions, type FaultInfo } from 'samsa';
const options: ClusterOptions = { brokers: 3, config: { 'num.partitions': 3 }, admin: true };
const cluster: StartedCluster = await startCluster(options);
const fault: FaultInfo = cluster.control.injectError({ api: 'Produce', error: 'NOT_LEADER_OR_FOLLOWER', count: 2 });
const servers: string = cluster.bootstrapServers;
console.log(fault.id, servers, cluster.adminUrl?.length);
await cluster.control.stopBroker(2);
await cluster.stop();
// @ts-expect-error brokers is a number
await startCluster({ brokers: 'three' });
// @ts-expect-error the control API has no such method
cluster.control.explode();
`,
    );
    file(
      'types/check.cts',
      `
import { startBroker, type RunningBroker } from 'samsa';
async function run(): Promise<number> {
  const broker: RunningBroker = await startBroker({ listeners: 'PLAINTEXT://127.0.0.1:0' });
  await broker.stop();
  return broker.port;
}
void run();
`,
    );
    file(
      'types/jest-setup.cts',
      `
import { createGlobalSetup, globalTeardown } from 'samsa/jest';
export const setup = createGlobalSetup({ brokers: 2 });
export const teardown: () => Promise<void> = globalTeardown;
`,
    );
    file(
      'types/vitest-setup.mts',
      `
import { inject } from 'vitest';
import { createGlobalSetup } from 'samsa/vitest';
export default createGlobalSetup({ brokers: 1 });
export const brokers: string = inject('kafkaBrokers');
`,
    );
    const result = await inProject('npx', ['tsc', '-p', 'tsconfig.json']);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});
