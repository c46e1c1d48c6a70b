// `samsa certs --out DIR`: the files it writes verify with openssl, the broker.properties it writes serves an SSL
// listener a verifying client connects to, and the client settings it prints point at those files.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from 'node:tls';

const BIN = join(resolve(__dirname, '../../..'), 'packages/cli/dist/src/main.js');

describe('samsa certs', () => {
  let dir: string;
  let stdout: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'samsa-certs-'));
    stdout = execFileSync(process.execPath, [BIN, 'certs', '--out', join(dir, 'certs'), '--host', 'kafka.test'], {
      encoding: 'utf8',
    });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a CA, broker and client certificates that openssl verifies, keys readable by the owner only', () => {
    const out = join(dir, 'certs');
    const verified = execFileSync('openssl', ['verify', '-CAfile', 'ca.pem', 'broker.pem', 'client.pem'], {
      cwd: out,
      encoding: 'utf8',
    });
    expect(verified).toBe('broker.pem: OK\nclient.pem: OK\n');
    const sans = execFileSync('openssl', ['x509', '-in', 'broker.pem', '-noout', '-ext', 'subjectAltName'], {
      cwd: out,
      encoding: 'utf8',
    });
    expect(sans).toContain('DNS:localhost');
    expect(sans).toContain('DNS:kafka.test');
    expect(sans).toContain('IP Address:127.0.0.1');
    for (const secret of ['broker.key', 'client.key', 'broker.p12', 'client.p12'])
      expect(statSync(join(out, secret)).mode & 0o077).toBe(0);
    const p12 = execFileSync(
      'openssl',
      ['pkcs12', '-in', 'client.p12', '-passin', 'pass:samsa-changeit', '-nokeys', '-clcerts'],
      { cwd: out, encoding: 'utf8' },
    );
    expect(p12).toContain('subject=CN = client');
  });

  it('prints the settings of kafkajs, librdkafka and Java clients', () => {
    const ca = join(dir, 'certs', 'ca.pem');
    expect(stdout).toContain('kafkajs:');
    expect(stdout).toContain(`ssl.ca.location=${ca}`);
    expect(stdout).toContain(`ssl.truststore.location=${ca}`);
    expect(stdout).toContain(`samsa start --config ${join(dir, 'certs', 'broker.properties')}`);
  });

  it('refuses a directory that already holds certificates', () => {
    let status = 0;
    try {
      execFileSync(process.execPath, [BIN, 'certs', '--out', join(dir, 'certs')], { stdio: 'pipe' });
    } catch (err) {
      status = (err as { status: number }).status;
    }
    expect(status).toBe(1);
  });

  it('its broker.properties starts an SSL listener that a client verifying localhost connects to', async () => {
    const props = join(dir, 'certs', 'broker.properties');
    const child = spawn(
      process.execPath,
      [BIN, 'start', '--config', props, '--listeners', 'SSL://127.0.0.1:0', '--samsa.storage', 'memory'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const port = await new Promise<number>((resolvePort, reject) => {
        let text = '';
        child.stdout.on('data', (d: Buffer) => {
          text += d.toString();
          for (const line of text.split('\n')) {
            if (!line.includes('"msg":"listening"')) continue;
            const address = String((JSON.parse(line) as { address: string }).address);
            resolvePort(Number(address.slice(address.lastIndexOf(':') + 1)));
          }
        });
        child.once('exit', (code) => reject(new Error(`samsa exited ${code}`)));
      });
      const authorized = await new Promise<boolean>((resolveTls, reject) => {
        const socket = connect(
          { host: '127.0.0.1', port, servername: 'localhost', ca: readFileSync(join(dir, 'certs', 'ca.pem')) },
          () => {
            resolveTls(socket.authorized);
            socket.destroy();
          },
        );
        socket.once('error', reject);
      });
      expect(authorized).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});
