// A samsa broker with every security setting the compat `security` suites drive, started as a user would: the
// throwaway certificates come from `samsa certs --out DIR`, and `samsa start` gets Kafka's keys as flags. Listeners:
//   SASL_PLAINTEXT  PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
//   SASL_SSL        the same over TLS
//   MTLS            SSL with ssl.client.auth=required (principal User:CN=client)
//   OAUTH           SASL_PLAINTEXT with OAUTHBEARER only (Kafka's unsecured JWT validation)
// Users: alice / alice-secret (PLAIN and SCRAM). Failed authentications answer after 10 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runProcess } from './process';
import { startSamsa, type SamsaProcess } from './samsa-process';

const SAMSA_BIN = resolve(__dirname, '..', '..', 'node_modules', '.bin', 'samsa');

export const USER = 'alice';
export const PASSWORD = 'alice-secret';

export type SecureListener = 'SASL_PLAINTEXT' | 'SASL_SSL' | 'MTLS' | 'OAUTH';

export interface SecureBroker {
  /** `host:port` of each listener. */
  readonly listeners: Readonly<Record<SecureListener, string>>;
  /** The directory `samsa certs` wrote: ca.pem, client.pem, client.key, ... */
  readonly certs: string;
  readonly ca: string;
  readonly clientCert: string;
  readonly clientKey: string;
  /** The broker's stdout so far (JSON log lines), to check what it logged. */
  logs(): string;
  stop(): Promise<void>;
}

export async function startSecureBroker(extra: Record<string, string | number> = {}): Promise<SecureBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-secure-'));
  const certs = join(dir, 'certs');
  const made = await runProcess(SAMSA_BIN, ['certs', '--out', certs], { timeoutMs: 60_000 });
  if (made.code !== 0) throw new Error(`samsa certs failed\n${made.stderr}`);
  let samsa: SamsaProcess;
  try {
    samsa = await startSamsa({
      listeners: 'SASL_PLAINTEXT://127.0.0.1:0,SASL_SSL://127.0.0.1:0,MTLS://127.0.0.1:0,OAUTH://127.0.0.1:0',
      'listener.security.protocol.map': 'SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL,MTLS:SSL,OAUTH:SASL_PLAINTEXT',
      'log.dirs': join(dir, 'data'),
      'samsa.storage': 'memory',
      'ssl.keystore.type': 'PEM',
      'ssl.keystore.location': join(certs, 'broker-keystore.pem'),
      'ssl.truststore.type': 'PEM',
      'ssl.truststore.location': join(certs, 'ca.pem'),
      'listener.name.mtls.ssl.client.auth': 'required',
      'listener.name.oauth.sasl.enabled.mechanisms': 'OAUTHBEARER',
      'samsa.sasl.users': `${USER}:${PASSWORD}`,
      'samsa.scram.users': `${USER}:${PASSWORD}`,
      'connection.failed.authentication.delay.ms': 10,
      'group.initial.rebalance.delay.ms': 0,
      'offsets.topic.num.partitions': 3,
      'transaction.state.log.num.partitions': 3,
      'transaction.state.log.min.isr': 1,
      ...extra,
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const broker = samsa.brokers[0];
  const listener = (name: SecureListener): string => {
    const address = broker?.listeners[name];
    if (address === undefined) throw new Error(`samsa did not report the ${name} listener`);
    return address;
  };
  return {
    listeners: {
      SASL_PLAINTEXT: listener('SASL_PLAINTEXT'),
      SASL_SSL: listener('SASL_SSL'),
      MTLS: listener('MTLS'),
      OAUTH: listener('OAUTH'),
    },
    certs,
    ca: join(certs, 'ca.pem'),
    clientCert: join(certs, 'client.pem'),
    clientKey: join(certs, 'client.key'),
    logs: () => samsa.output().stdout,
    async stop() {
      try {
        await samsa.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
