// The harness itself: process runner, the reading of samsa's start-up log lines, the `samsa start` failure path
// (which must report the child's output instead of hanging), and a cluster's identities as its admin endpoint lists
// them.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { startTestBroker } from './broker';
import { startTestCluster } from './cluster';
import { ProcessTimeoutError, runProcess } from './process';
import { samsaLogEvent } from './samsa-process';

function connectOnce(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () => {
      socket.destroy();
      resolve();
    });
    socket.on('error', reject);
  });
}

describe('runProcess', () => {
  test('returns exit code, stdout and stderr, feeding stdin', async () => {
    const result = await runProcess(
      process.execPath,
      ['-e', 'process.stdin.pipe(process.stdout); console.error("to stderr"); process.exitCode = 3'],
      {
        input: 'from stdin',
      },
    );
    expect(result).toEqual({ code: 3, stdout: 'from stdin', stderr: 'to stderr\n' });
  });

  test('kills a process that outlives its timeout and rejects with its output so far', async () => {
    const started = Date.now();
    const run = runProcess(process.execPath, ['-e', 'console.log("begun"); setTimeout(() => {}, 60000)'], {
      timeoutMs: 500,
    });
    await expect(run).rejects.toBeInstanceOf(ProcessTimeoutError);
    await expect(run).rejects.toThrow(/begun/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('rejects when the command does not exist', async () => {
    await expect(runProcess('/nonexistent/command', [])).rejects.toThrow(/ENOENT/);
  });
});

describe('samsaLogEvent', () => {
  test('reads node id, host and port from a broker identity\'s "listening" line', () => {
    expect(samsaLogEvent('{"level":30,"nodeId":2,"address":"127.0.0.1:40123","msg":"listening"}')).toEqual({
      kind: 'listening',
      broker: { nodeId: 2, host: '127.0.0.1', port: 40123, listeners: {} },
    });
  });

  test('reads the address of each listener', () => {
    const line =
      '{"level":30,"nodeId":1,"address":"127.0.0.1:9092","listeners":{"PLAINTEXT":"127.0.0.1:9092","SASL_SSL":"127.0.0.1:9093"},"msg":"listening"}';
    expect(samsaLogEvent(line)).toEqual({
      kind: 'listening',
      broker: {
        nodeId: 1,
        host: '127.0.0.1',
        port: 9092,
        listeners: { PLAINTEXT: '127.0.0.1:9092', SASL_SSL: '127.0.0.1:9093' },
      },
    });
  });

  test('reads the admin endpoint\'s URL and the cluster id of "broker started"', () => {
    expect(
      samsaLogEvent('{"level":30,"address":"http://127.0.0.1:41451","auth":"none","msg":"admin listening"}'),
    ).toEqual({
      kind: 'admin',
      url: 'http://127.0.0.1:41451',
    });
    expect(
      samsaLogEvent('{"level":30,"clusterId":"bqeVhcE-TOeidMsgt-rxKw","nodes":[1,2,3],"msg":"broker started"}'),
    ).toEqual({
      kind: 'started',
      clusterId: 'bqeVhcE-TOeidMsgt-rxKw',
    });
  });

  test.each([
    ['another message', '{"msg":"log manager started","address":"127.0.0.1:1"}'],
    ['no address', '{"msg":"listening","nodeId":1}'],
    ['no node id', '{"msg":"listening","address":"127.0.0.1:9092"}'],
    ['a port out of range', '{"msg":"listening","nodeId":1,"address":"127.0.0.1:70000"}'],
    ['no port', '{"msg":"listening","nodeId":1,"address":"localhost"}'],
    ['an admin address that is no URL', '{"msg":"admin listening","address":"127.0.0.1:9644"}'],
    ['not JSON', 'listening on 127.0.0.1:9092'],
    ['JSON null', 'null'],
  ])('ignores a line with %s', (_why, line) => {
    expect(samsaLogEvent(line)).toBeNull();
  });
});

describe('startTestBroker', () => {
  test('a samsa that exits during start-up fails with its output and leaves no data directory', async () => {
    let error: Error | undefined;
    try {
      await startTestBroker({ config: { listeners: 'not-a-listener' } });
    } catch (err) {
      error = err as Error;
    }
    expect(error?.message).toMatch(/exited before it started/);
    expect(error?.message).toMatch(/--- stderr ---\n\S/);
    const dir = /--log\.dirs (\S+)/.exec(error?.message ?? '')?.[1];
    expect(dir).toBeDefined();
    expect(existsSync(dir as string)).toBe(false);
  });

  test('stop() ends the child and removes its data directory', async () => {
    const broker = await startTestBroker();
    expect(existsSync(broker.dataDir)).toBe(true);
    await broker.stop();
    expect(existsSync(broker.dataDir)).toBe(false);
    await expect(connectOnce(broker.host, broker.port)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('startTestCluster', () => {
  test('every broker identity the process logged is one the admin endpoint lists, running', async () => {
    const cluster = await startTestCluster({ brokers: 3 });
    try {
      expect(cluster.brokers.map((b) => b.nodeId)).toEqual([1, 2, 3]);
      const state = await cluster.control.cluster();
      expect(state.clusterId).toBe(cluster.clusterId);
      expect(state.brokers).toEqual(
        cluster.brokers.map(({ nodeId, host, port }) => ({ nodeId, host, port, state: 'running' })),
      );
      for (const b of cluster.brokers) expect(b.listeners).toEqual({ PLAINTEXT: `${b.host}:${b.port}` });
      for (const b of cluster.brokers) await connectOnce(b.host, b.port);
    } finally {
      await cluster.stop();
    }
  });
});
