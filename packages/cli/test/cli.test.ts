import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'packages/cli/dist/src/main.js');

interface Run {
  readonly child: ChildProcess;
  readonly stdout: string[];
  stderr: string;
  readonly exit: Promise<number | null>;
}

function run(args: string[], cwd: string, entry = BIN): Run {
  return watch(spawn(process.execPath, [entry, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** Collects a child's stdout lines and stderr, and its exit code. */
function watch(child: ChildProcess): Run {
  const result: Run = {
    child,
    stdout: [],
    stderr: '',
    exit: new Promise((res) => child.once('exit', (code) => res(code))),
  };
  let partial = '';
  child.stdout!.on('data', (d: Buffer) => {
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    result.stdout.push(...lines);
  });
  child.stderr!.on('data', (d: Buffer) => {
    result.stderr += d.toString();
  });
  return result;
}

async function waitForLine(
  r: Run,
  predicate: (json: Record<string, unknown>) => boolean,
  timeoutMs = 10000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const line of r.stdout) {
      try {
        const json = JSON.parse(line) as Record<string, unknown>;
        if (predicate(json)) return json;
      } catch {
        // not a JSON line
      }
    }
    if (Date.now() > deadline)
      throw new Error(`no matching line; stdout:\n${r.stdout.join('\n')}\nstderr:\n${r.stderr}`);
    await new Promise((res) => setTimeout(res, 25));
  }
}

describe('samsa CLI', () => {
  let dir: string;
  beforeAll(() => {
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-b', 'packages/cli'], { cwd: ROOT, stdio: 'pipe' });
  }, 120000);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samsa-cli-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 with a clear message on a bad value', async () => {
    const r = run(['start', '--num.partitions', 'zero', '--log.dirs', join(dir, 'data')], dir);
    expect(await r.exit).toBe(2);
    expect(r.stderr).toMatch(/Invalid value zero for configuration num.partitions/);
  });

  it('exits 2 on an unknown command and on an unreadable config file', async () => {
    expect(await run(['launch'], dir).exit).toBe(2);
    const r = run(['start', '--config', join(dir, 'missing.properties')], dir);
    expect(await r.exit).toBe(2);
    expect(r.stderr).toMatch(/cannot read config file/);
  });

  it('prints the version of the package on --version', async () => {
    const r = run(['--version'], dir);
    expect(await r.exit).toBe(0);
    const version = (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string })
      .version;
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.stdout.join('\n').trim()).toBe(version);
  });

  it('refuses a misspelt flag with a suggestion and exit code 2, before starting anything', async () => {
    const r = run(['start', '--listners', 'PLAINTEXT://127.0.0.1:0', '--log.dirs', join(dir, 'data')], dir);
    expect(await r.exit).toBe(2);
    expect(r.stderr).toContain('unknown option --listners; did you mean --listeners?');
    expect(r.stdout.join('')).toBe('');
  });

  it('--log-level warn keeps the info lines out, SAMSA_LOG_LEVEL=debug lets debug lines in, a bad level is a usage error', async () => {
    const quiet = run(
      [
        'start',
        '--log-level',
        'warn',
        '--listeners',
        'PLAINTEXT://127.0.0.1:0',
        '--samsa.storage',
        'memory',
        '--log.dirs',
        join(dir, 'd1'),
      ],
      dir,
    );
    const verbose = watch(
      spawn(
        process.execPath,
        [
          BIN,
          'start',
          '--listeners',
          'PLAINTEXT://127.0.0.1:0',
          '--samsa.storage',
          'memory',
          '--log.dirs',
          join(dir, 'd2'),
        ],
        {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, SAMSA_LOG_LEVEL: 'debug' },
        },
      ),
    );
    try {
      const ready = await waitForLine(verbose, (j) => j['msg'] === 'listening');
      // A connection is logged at debug level.
      const [host, port] = (ready['address'] as string).split(':');
      const socket = connect(Number(port), host);
      await waitForLine(verbose, (j) => j['level'] === 20 && j['msg'] === 'connection accepted');
      socket.destroy();
    } finally {
      verbose.child.kill('SIGTERM');
      await new Promise((res) => setTimeout(res, 500));
      quiet.child.kill('SIGTERM');
    }
    expect(await verbose.exit).toBe(0);
    expect(await quiet.exit).toBe(0);
    // At warn, nothing below warn is written while the broker starts and stops.
    const quietLines = quiet.stdout.filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { level: number });
    expect(quietLines.filter((l) => l.level < 40)).toEqual([]);
    const bad = run(['start', '--log-level', 'loud'], dir);
    expect(await bad.exit).toBe(2);
    expect(bad.stderr).toContain('--log-level must be one of');
  }, 30000);

  it('prints every key on --help', async () => {
    const r = run(['start', '--help'], dir);
    expect(await r.exit).toBe(0);
    const out = r.stdout.join('\n');
    expect(out).toMatch(/--auto\.create\.topics\.enable\s+.*\[true\]/);
    expect(out).toMatch(/--socket\.request\.max\.bytes\s+.*\[104857600\]/);
  });

  it('starts, warns on unknown keys in the file, applies file then flags, serves clients, and stops on SIGTERM with topics persisted', async () => {
    const config = join(dir, 'server.properties');
    // An unknown key in the file is a warning, as in Kafka (an unknown flag is a usage error, tested above).
    writeFileSync(
      config,
      [
        '# test config',
        'num.partitions=2',
        'bogus.key=x',
        `log.dirs=${join(dir, 'ignored')}`,
        'listeners=PLAINTEXT://127.0.0.1:0',
      ].join('\n'),
    );
    const dataDir = join(dir, 'data');
    const r = run(['start', '--config', config, '--log.dirs', dataDir, '--num.partitions', '5'], dir);
    const ready = await waitForLine(r, (j) => j['msg'] === 'listening');
    expect(ready['nodeId']).toBe(1);
    expect(ready['address']).toMatch(/^127\.0\.0\.1:\d+$/);
    await waitForLine(r, (j) => j['level'] === 40 && j['key'] === 'bogus.key');

    const admin = new Kafka({ brokers: [ready['address'] as string], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'from-cli' }] });
    const md = await admin.fetchTopicMetadata({ topics: ['from-cli'] });
    expect(md.topics[0]!.partitions).toHaveLength(5);
    await admin.disconnect();

    r.child.kill('SIGTERM');
    expect(await r.exit).toBe(0);
    const stored = JSON.parse(readFileSync(join(dataDir, '__cluster_metadata', 'topics.json'), 'utf8')) as {
      topics: { name: string }[];
    };
    expect(stored.topics.map((t) => t.name)).toEqual(['from-cli']);
    expect(readFileSync(join(dataDir, 'meta.properties'), 'utf8')).toMatch(/^cluster\.id=/m);
  }, 30000);

  it('start --console serves the web console on the admin endpoint and logs its URL; `samsa console` serves it for a cluster it reaches over Kafka only', async () => {
    const broker = run(
      [
        'start',
        '--console',
        '--listeners',
        'PLAINTEXT://127.0.0.1:0',
        '--samsa.admin.listener',
        '127.0.0.1:0',
        '--log.dirs',
        join(dir, 'data'),
      ],
      dir,
    );
    let standalone: Run | null = null;
    try {
      const address = (await waitForLine(broker, (j) => j['msg'] === 'listening'))['address'] as string;
      const url = (await waitForLine(broker, (j) => String(j['msg']).startsWith('web console at')))['url'] as string;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('app.js');
      expect(await (await fetch(`${url}api/info`)).json()).toMatchObject({ mode: 'samsa', faults: true });

      standalone = run(['console', '--brokers', address, '--port', '0'], dir);
      const deadline = Date.now() + 10000;
      let printed: RegExpExecArray | null = null;
      while (printed === null && Date.now() < deadline) {
        printed = /^samsa console for (\S+) at (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(standalone.stdout.join('\n'));
        if (printed === null) await new Promise((res) => setTimeout(res, 25));
      }
      expect(printed?.[1]).toBe(address);
      const own = printed?.[2] as string;
      expect(await (await fetch(`${own}api/info`)).json()).toMatchObject({ mode: 'kafka', faults: false });
      const overview = (await (await fetch(`${own}api/overview`)).json()) as { brokers: unknown[] };
      expect(overview.brokers).toHaveLength(1);
      standalone.child.kill('SIGINT');
      expect(await standalone.exit).toBe(0);
      standalone = null;
    } finally {
      standalone?.child.kill('SIGKILL');
      broker.child.kill('SIGTERM');
    }
    expect(await broker.exit).toBe(0);
  }, 30000);

  it('stops gracefully, exit 0, on a SIGTERM sent while it starts and on one sent the moment it logs "broker started"', async () => {
    for (const trigger of ['log manager started', 'broker started']) {
      const child = spawn(
        process.execPath,
        [BIN, 'start', '--listeners', 'PLAINTEXT://127.0.0.1:0', '--log.dirs', join(dir, trigger.replace(/ /g, '-'))],
        {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const r = watch(child);
      // Sent from the data handler itself, with no delay, as a supervisor reacting to the line would.
      let sent = false;
      child.stdout!.on('data', (d: Buffer) => {
        if (!sent && d.toString().includes(`"msg":"${trigger}"`)) {
          sent = true;
          child.kill('SIGTERM');
        }
      });
      expect(await r.exit).toBe(0);
      expect(sent).toBe(true);
      await waitForLine(r, (j) => j['msg'] === 'stopped');
    }
  }, 30000);

  it('the root `npm start` script starts a broker (later flags override its fixed listener) and stops on SIGINT', async () => {
    const child = spawn(
      'npm',
      ['start', '--silent', '--', '--listeners', 'PLAINTEXT://127.0.0.1:0', '--log.dirs', join(dir, 'data')],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    const r = watch(child);
    await waitForLine(r, (j) => j['msg'] === 'listening');
    // The signal goes to the whole process group, as a terminal's Ctrl-C does; npm itself dies of it,
    // so the broker's clean stop is read from its own last log line.
    process.kill(-(child.pid as number), 'SIGINT');
    // 'close' waits for every holder of the pipes, the broker process included.
    await new Promise((res) => child.once('close', res));
    const last = r.stdout
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .at(-1);
    expect(last?.['msg']).toBe('stopped');
  }, 30000);
});
