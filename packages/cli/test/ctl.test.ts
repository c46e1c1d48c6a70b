// `samsa ctl`: argument parsing into admin requests, then the commands against a real cluster's admin endpoint
// (in process through runCtl, and the built binary against a `samsa start` child), with the effect checked over
// the Kafka protocol by kafkajs.
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { parseCtl, runCtl } from '../src/ctl';
import { startCluster, type StartedCluster } from '../src/index';

const BIN = join(resolve(__dirname, '../../..'), 'packages/cli/dist/src/main.js');

class Sink {
  text = '';
  write(s: string): boolean {
    this.text += s;
    return true;
  }
}

async function ctl(c: StartedCluster, ...args: string[]): Promise<{ code: number; out: unknown; err: string }> {
  const out = new Sink();
  const err = new Sink();
  const code = await runCtl(['--admin', c.adminUrl as string, ...args], out, err, {});
  return { code, out: out.text === '' ? null : JSON.parse(out.text), err: err.text };
}

describe('samsa ctl: arguments', () => {
  it('maps commands to admin requests', () => {
    expect(parseCtl(['status'], {})).toEqual({
      admin: '127.0.0.1:9644',
      token: null,
      request: { method: 'GET', path: '/v1/cluster' },
    });
    expect(parseCtl(['--admin', 'h:1', 'broker', 'stop', '2'], {}).request).toEqual({
      method: 'POST',
      path: '/v1/brokers/2/stop',
    });
    expect(
      parseCtl(['error', '--api', 'Produce', '--error', 'NOT_LEADER_OR_FOLLOWER', '--count', '3', '--topic', 't'], {
        SAMSA_ADMIN: 'x:2',
      }),
    ).toEqual({
      admin: 'x:2',
      token: null,
      request: {
        method: 'POST',
        path: '/v1/faults/errors',
        body: { api: 'Produce', error: 'NOT_LEADER_OR_FOLLOWER', count: 3, topic: 't' },
      },
    });
    expect(parseCtl(['isr', 'my topic', '0', '1,2'], {}).request).toEqual({
      method: 'POST',
      path: '/v1/partitions/my%20topic/0/isr',
      body: { isr: [1, 2] },
    });
    expect(parseCtl(['log-dir', 'fail', '1', '/data/b'], {}).request).toEqual({
      method: 'POST',
      path: '/v1/brokers/1/log-dirs/fail',
      body: { dir: '/data/b' },
    });
    expect(() => parseCtl(['log-dir', 'fail', '1'], {})).toThrow('usage: samsa ctl log-dir fail <broker> <dir>');
    expect(parseCtl(['read-replica', 't', '0', '2'], {}).request).toEqual({
      method: 'POST',
      path: '/v1/partitions/t/0/preferred-read-replica',
      body: { broker: 2 },
    });
    expect(parseCtl(['read-replica', 't', '0', 'none'], {}).request.body).toEqual({ broker: null });
    expect(() => parseCtl(['read-replica', 't', '0'], {})).toThrow('usage: samsa ctl read-replica');
    expect(parseCtl(['cap', '--api', 'Fetch', '--max-version=4'], {}).request.body).toEqual({
      api: 'Fetch',
      maxVersion: 4,
    });
    expect(parseCtl(['requests', '--api', 'Fetch', '--client-id', 'c'], {}).request.path).toBe(
      '/v1/requests?api=Fetch&clientId=c',
    );
    expect(parseCtl(['compact'], {}).request).toEqual({ method: 'POST', path: '/v1/compact' });
    expect(parseCtl(['compact', 'my topic', '2'], {}).request).toEqual({
      method: 'POST',
      path: '/v1/topics/my%20topic/compact',
      body: { partition: 2 },
    });
    expect(parseCtl(['cleaner', 't', '0'], {}).request).toEqual({ method: 'GET', path: '/v1/partitions/t/0/cleaner' });
    expect(parseCtl(['telemetry'], {}).request).toEqual({ method: 'GET', path: '/v1/clients/telemetry' });
    expect(() => parseCtl(['broker', 'explode', '1'], {})).toThrow('usage: samsa ctl broker');
    expect(() => parseCtl(['latency', '--ms', 'soon'], {})).toThrow('--ms must be an integer');
    expect(() => parseCtl(['frobnicate'], {})).toThrow('unknown ctl command frobnicate');
  });

  it('takes the token from --token, else $SAMSA_ADMIN_TOKEN, and never puts it in the body', () => {
    expect(parseCtl(['status'], { SAMSA_ADMIN_TOKEN: 'from-env' }).token).toBe('from-env');
    expect(parseCtl(['--token', 'from-flag', 'status'], { SAMSA_ADMIN_TOKEN: 'from-env' }).token).toBe('from-flag');
    expect(parseCtl(['status'], { SAMSA_ADMIN_TOKEN: '' }).token).toBeNull();
    const cmd = parseCtl(['error', '--api', 'Fetch', '--error', '6', '--token=t0k'], {});
    expect(cmd).toEqual({
      admin: '127.0.0.1:9644',
      token: 't0k',
      request: { method: 'POST', path: '/v1/faults/errors', body: { api: 'Fetch', error: '6' } },
    });
  });
});

describe('samsa ctl against a cluster with samsa.admin.token', () => {
  const token = 'ctl-T0ken.value';
  let c: StartedCluster;
  beforeAll(async () => {
    c = await startCluster({ brokers: 2, admin: true, config: { 'samsa.admin.token': token } });
  });
  afterAll(async () => c.stop());

  async function run(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const out = new Sink();
    const err = new Sink();
    const code = await runCtl(['--admin', c.adminUrl as string, ...args], out, err, env);
    return { code, out: out.text, err: err.text };
  }

  it('is refused without the token or with a wrong one, and does not echo it', async () => {
    const none = await run({}, 'broker', 'stop', '2');
    expect(none.code).toBe(1);
    expect(none.err).toContain('401');
    const wrong = await run({ SAMSA_ADMIN_TOKEN: 'not-the-token' }, 'status');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('401');
    expect(wrong.err).not.toContain('not-the-token');
    expect(c.control.brokers().map((b) => b.state)).toEqual(['running', 'running']);
  });

  it('sends the token from $SAMSA_ADMIN_TOKEN or --token, and writes as JSON', async () => {
    const stopped = await run({ SAMSA_ADMIN_TOKEN: token }, 'broker', 'stop', '2');
    expect(stopped.code).toBe(0);
    expect(JSON.parse(stopped.out)).toMatchObject({ brokers: [{ state: 'running' }, { state: 'stopped' }] });
    const status = await run({}, '--token', token, 'status');
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({
      brokers: [
        { nodeId: 1, state: 'running' },
        { nodeId: 2, state: 'stopped' },
      ],
    });
    expect((await run({ SAMSA_ADMIN_TOKEN: token }, 'clear')).code).toBe(0);
    expect(c.control.brokers().map((b) => b.state)).toEqual(['running', 'running']);
  });
});

describe('samsa ctl against a cluster', () => {
  let c: StartedCluster;
  beforeAll(async () => {
    c = await startCluster({ brokers: 2, admin: true, config: { 'num.partitions': 1 } });
  });
  afterAll(async () => c.stop());

  it('injects a Produce error that kafkajs retries through, lists and clears it', async () => {
    const injected = await ctl(c, 'error', '--api', 'Produce', '--error', 'NOT_LEADER_OR_FOLLOWER', '--count', '2');
    expect(injected).toMatchObject({ code: 0, out: { kind: 'error', api: 'Produce', remaining: 2 } });
    const kafka = new Kafka({
      brokers: c.bootstrapServers.split(','),
      logLevel: logLevel.NOTHING,
      retry: { retries: 5, initialRetryTime: 20 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'ctl-t', numPartitions: 1 }] });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'ctl-t', messages: [{ value: 'v' }] });
    await producer.disconnect();
    // Both injected failures were used up by the producer's attempts.
    expect((await ctl(c, 'faults')).out).toMatchObject({ faults: [] });
    expect(c.broker.replicas.log('ctl-t', 0)?.logEndOffset).toBe(1);

    await ctl(c, 'latency', '--ms', '10', '--broker', '1');
    const listed = (await ctl(c, 'faults')).out as { faults: { kind: string; ms: number }[] };
    expect(listed.faults).toEqual([expect.objectContaining({ kind: 'latency', ms: 10, broker: 1 })]);
    expect((await ctl(c, 'clear')).code).toBe(0);
    expect(((await ctl(c, 'faults')).out as { faults: unknown[] }).faults).toEqual([]);
  });

  it('compacts a topic and shows its cleaner state', async () => {
    const kafka = new Kafka({ brokers: c.bootstrapServers.split(','), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic: 'ctl-c', numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }],
    });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    for (let i = 0; i < 5; i++) await producer.send({ topic: 'ctl-c', messages: [{ key: 'k', value: `v${i}` }] });
    await producer.disconnect();
    const compacted = await ctl(c, 'compact', 'ctl-c');
    expect(compacted).toMatchObject({
      code: 0,
      out: { results: [{ topic: 'ctl-c', partition: 0, recordsRead: 5, recordsRemoved: 4, endOffset: 5 }] },
    });
    expect((await ctl(c, 'cleaner', 'ctl-c', '0')).out).toMatchObject({
      replicas: [{ compacted: true, firstDirtyOffset: 5, passes: 1, recordsRemoved: 4 }],
    });
    const refused = await ctl(c, 'compact', 'ctl-t');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('is not compacted');
  });

  it('stops and starts a broker', async () => {
    // POSTs without a body: ctl still sends them as JSON, or the endpoint answers 415.
    expect((await ctl(c, 'broker', 'stop', '2')).out).toMatchObject({
      brokers: [{ state: 'running' }, { state: 'stopped' }],
    });
    expect((await ctl(c, 'status')).out).toMatchObject({
      controllerId: 1,
      brokers: [{ nodeId: 1 }, { nodeId: 2, state: 'stopped' }],
    });
    expect((await ctl(c, 'broker', 'start', '2')).out).toMatchObject({
      brokers: [{ state: 'running' }, { state: 'running' }],
    });
  });

  it('refuses to fail a log dir that is not in log.dirs', async () => {
    const refused = await ctl(c, 'log-dir', 'fail', '1', '/not/a/log/dir');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('no log dir /not/a/log/dir in log.dirs');
  });

  it('reports refusals on stderr with exit 1, usage errors with exit 2', async () => {
    const bad = await ctl(c, 'error', '--api', 'Produce', '--error', 'NOPE');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('400');
    expect(bad.err).toContain('unknown error NOPE');
    expect((await ctl(c, 'broker')).code).toBe(2);
    const unreachable = new Sink();
    expect(await runCtl(['--admin', '127.0.0.1:1', 'status'], new Sink(), unreachable, {})).toBe(1);
    expect(unreachable.text).toContain('cannot reach the admin endpoint');
  });

  it('without an admin endpoint running, says how to start one', async () => {
    // A port that was free a moment ago: nothing listens there, so the connection is refused.
    const probe = createServer();
    await new Promise<void>((res) => probe.listen(0, '127.0.0.1', () => res()));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((res) => probe.close(res));
    const err = new Sink();
    expect(await runCtl(['status'], new Sink(), err, { SAMSA_ADMIN: `127.0.0.1:${port}` })).toBe(1);
    expect(err.text).toContain(`cannot reach the admin endpoint at http://127.0.0.1:${port}: connect ECONNREFUSED`);
    expect(err.text).toContain('samsa start --samsa.admin.listener 127.0.0.1:9644');
    expect(err.text).toContain('startCluster({ admin: true })');
    expect(err.text).toContain('--admin host:port or $SAMSA_ADMIN');
  });
});

describe('samsa ctl binary', () => {
  it('drives `samsa start --samsa.admin.listener` from another process', async () => {
    const token = 'bin-T0ken';
    const broker = spawn(
      process.execPath,
      [
        BIN,
        'start',
        '--listeners',
        'PLAINTEXT://127.0.0.1:0',
        '--samsa.storage',
        'memory',
        '--samsa.admin.listener',
        '127.0.0.1:0',
        '--samsa.admin.token',
        token,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let logged = '';
    try {
      const adminUrl = await new Promise<string>((resolveUrl, reject) => {
        let buf = '';
        broker.stdout.on('data', (d: Buffer) => {
          logged += d.toString();
          buf += d.toString();
          const m = /"msg":"admin listening".*?"address":"([^"]+)"|"address":"([^"]+)".*?"msg":"admin listening"/.exec(
            buf,
          );
          if (m) resolveUrl((m[1] ?? m[2]) as string);
        });
        broker.once('exit', (code) => reject(new Error(`broker exited ${code}`)));
      });
      const out = await new Promise<{ code: number | null; stdout: string }>((done) => {
        const child = spawn(process.execPath, [BIN, 'ctl', 'broker', 'pause', '1'], {
          env: { ...process.env, SAMSA_ADMIN: adminUrl, SAMSA_ADMIN_TOKEN: token },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
        });
        child.once('exit', (code) => done({ code, stdout }));
      });
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual({ brokers: [expect.objectContaining({ nodeId: 1, state: 'paused' })] });
    } finally {
      broker.kill('SIGTERM');
      await new Promise((r) => broker.once('exit', r));
    }
    expect(logged).toContain('admin listening');
    expect(logged).not.toContain(token);
  });
});
