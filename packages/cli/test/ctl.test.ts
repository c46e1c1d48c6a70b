// `samsa ctl`: argument parsing into admin requests, then the commands against a real cluster's admin endpoint
// (in process through runCtl, and the built binary against a `samsa start` child), with the effect checked over
// the Kafka protocol by kafkajs.
import { spawn } from 'node:child_process';
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
    expect(parseCtl(['cap', '--api', 'Fetch', '--max-version=4'], {}).request.body).toEqual({
      api: 'Fetch',
      maxVersion: 4,
    });
    expect(parseCtl(['requests', '--api', 'Fetch', '--client-id', 'c'], {}).request.path).toBe(
      '/v1/requests?api=Fetch&clientId=c',
    );
    expect(() => parseCtl(['broker', 'explode', '1'], {})).toThrow('usage: samsa ctl broker');
    expect(() => parseCtl(['latency', '--ms', 'soon'], {})).toThrow('--ms must be an integer');
    expect(() => parseCtl(['frobnicate'], {})).toThrow('unknown ctl command frobnicate');
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

  it('stops and starts a broker', async () => {
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
});

describe('samsa ctl binary', () => {
  it('drives `samsa start --samsa.admin.listener` from another process', async () => {
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
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const adminUrl = await new Promise<string>((resolveUrl, reject) => {
        let buf = '';
        broker.stdout.on('data', (d: Buffer) => {
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
          env: { ...process.env, SAMSA_ADMIN: adminUrl },
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
  });
});
