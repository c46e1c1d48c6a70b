/**
 * `samsa certs --out DIR`: throwaway TLS material for development (a CA, a broker certificate for localhost,
 * 127.0.0.1 and ::1 plus any `--host`, a client certificate), written as PEM and PKCS12 files with a
 * `broker.properties` that serves them on an SSL listener, and the client settings for kafkajs, librdkafka and Java
 * printed to stdout. The keys are unencrypted and the PKCS12 password is printed: for tests only.
 */
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCertificates } from '@samsa/broker';

const USAGE = `samsa certs --out DIR [--host NAME]... [--client-name NAME] [--days N] [--password P]

Writes a throwaway CA, a broker certificate (localhost, 127.0.0.1, ::1 and each --host) and a client certificate
(CN=client unless --client-name) into DIR, as PEM (ca.pem, broker.pem, broker.key, client.pem, client.key) and
PKCS12 (broker.p12, client.p12, truststore.p12; password samsa-changeit unless --password), with a
broker.properties for an SSL listener, and prints the client settings for kafkajs, librdkafka and Java.
`;

export function runCerts(argv: readonly string[]): number {
  let out: string | null = null;
  let clientName = 'client';
  let days = 365;
  let password = 'samsa-changeit';
  const hosts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (value === undefined || value.startsWith('--')) return usage(`${flag ?? ''} needs a value`);
    i++;
    if (flag === '--out') out = value;
    else if (flag === '--host') hosts.push(value);
    else if (flag === '--client-name') clientName = value;
    else if (flag === '--password') password = value;
    else if (flag === '--days') {
      days = Number(value);
      if (!Number.isInteger(days) || days < 1) return usage('--days must be a positive integer');
    } else return usage(`unknown option ${flag ?? ''}`);
  }
  if (out === null) return usage('--out DIR is required');
  const dir = resolve(out);
  if (existsSync(join(dir, 'ca.pem'))) {
    process.stderr.write(`samsa certs: ${dir} already holds certificates (ca.pem); choose an empty directory\n`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  const certs = generateCertificates({ hosts, clientName, days, password });
  const files: Record<string, string | Buffer> = {
    'ca.pem': certs.ca.cert,
    'ca.key': certs.ca.key,
    'broker.pem': certs.broker.cert,
    'broker.key': certs.broker.key,
    'broker.p12': certs.brokerP12,
    'client.pem': certs.client.cert,
    'client.key': certs.client.key,
    'client.p12': certs.clientP12,
    'truststore.p12': certs.truststoreP12,
    'broker.properties': [
      '# An SSL listener with the throwaway certificates: samsa start --config broker.properties',
      'listeners=SSL://127.0.0.1:9093',
      'ssl.keystore.type=PEM',
      `ssl.keystore.location=${join(dir, 'broker-keystore.pem')}`,
      'ssl.truststore.type=PEM',
      `ssl.truststore.location=${join(dir, 'ca.pem')}`,
      '# ssl.client.auth=required   # mTLS: clients present client.pem',
      '',
    ].join('\n'),
    'broker-keystore.pem': certs.broker.key + certs.broker.cert,
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content);
    if (name.endsWith('.key') || name.endsWith('.p12') || name === 'broker-keystore.pem')
      chmodSync(join(dir, name), 0o600);
  }
  process.stdout.write(settings(dir, password));
  return 0;
}

function settings(dir: string, password: string): string {
  const f = (name: string) => join(dir, name);
  return `Throwaway certificates written to ${dir} (for development and tests only).

Broker:  samsa start --config ${f('broker.properties')}

kafkajs:
  new Kafka({ brokers: ['localhost:9093'], ssl: {
    ca: [fs.readFileSync('${f('ca.pem')}', 'utf8')],
    // mTLS: cert: fs.readFileSync('${f('client.pem')}', 'utf8'), key: fs.readFileSync('${f('client.key')}', 'utf8'),
  } })

librdkafka (kcat, confluent-kafka-python, node-rdkafka, ...):
  security.protocol=ssl
  ssl.ca.location=${f('ca.pem')}
  # mTLS: ssl.certificate.location=${f('client.pem')}
  #       ssl.key.location=${f('client.key')}

Java (Kafka clients 2.7+):
  security.protocol=SSL
  ssl.truststore.type=PEM
  ssl.truststore.location=${f('ca.pem')}
  # mTLS: ssl.keystore.type=PKCS12
  #       ssl.keystore.location=${f('client.p12')}
  #       ssl.keystore.password=${password}
`;
}

function usage(message: string): number {
  process.stderr.write(`samsa certs: ${message}\n\n${USAGE}`);
  return 2;
}
