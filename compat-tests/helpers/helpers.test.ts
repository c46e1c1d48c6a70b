// The harness itself: process runner, listening-line parser, and the CLI start-up
// failure path, which must report the child's output instead of hanging.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { listeningAddress, startTestBroker } from './broker';
import { ProcessTimeoutError, runProcess } from './process';

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

describe('listeningAddress', () => {
  test('reads host and port from the broker\'s "listening" log line', () => {
    expect(listeningAddress('{"level":30,"nodeId":1,"address":"127.0.0.1:40123","msg":"listening"}')).toEqual({
      host: '127.0.0.1',
      port: 40123,
    });
  });

  test.each([
    ['another message', '{"msg":"broker started","address":"127.0.0.1:1"}'],
    ['no address', '{"msg":"listening"}'],
    ['a port out of range', '{"msg":"listening","address":"127.0.0.1:70000"}'],
    ['no port', '{"msg":"listening","address":"localhost"}'],
    ['not JSON', 'listening on 127.0.0.1:9092'],
    ['JSON null', 'null'],
  ])('ignores a line with %s', (_why, line) => {
    expect(listeningAddress(line)).toBeNull();
  });
});

describe('startTestBroker in process mode', () => {
  test('a CLI that exits during start-up fails with its output and leaves no data directory', async () => {
    let error: Error | undefined;
    try {
      await startTestBroker({ mode: 'process', config: { listeners: 'not-a-listener' } });
    } catch (err) {
      error = err as Error;
    }
    expect(error?.message).toMatch(/exited before listening/);
    expect(error?.message).toMatch(/--- stderr ---\n\S/);
    const dir = /--log\.dirs (\S+)/.exec(error?.message ?? '')?.[1];
    expect(dir).toBeDefined();
    expect(existsSync(dir as string)).toBe(false);
  });

  test('stop() ends the child and removes its data directory', async () => {
    const broker = await startTestBroker({ mode: 'process' });
    expect(existsSync(broker.dataDir)).toBe(true);
    await broker.stop();
    expect(existsSync(broker.dataDir)).toBe(false);
    await expect(connectOnce(broker.host, broker.port)).rejects.toThrow(/ECONNREFUSED/);
  });
});
