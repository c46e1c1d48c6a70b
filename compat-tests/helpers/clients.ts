// Detects the external Kafka clients the compat suites drive, and decides what a
// suite does when one is missing: in CI a missing client is a failure (CI must
// install it); on a developer machine the suite is skipped with a message naming
// the exact install command. This is the only place a compat test may skip.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** Debian's client libraries import only under the system interpreter, not a pyenv `python3` on PATH. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export type ExternalClient =
  | 'kcat'
  | 'confluent-kafka-python'
  | 'kafka-python'
  | 'sarama'
  | 'kafka-go'
  | 'confluent-kafka-go'
  | 'librdkafka-c'
  | 'burrow'
  | 'node-rdkafka'
  | 'confluent-kafka-javascript'
  | 'kafka-node'
  | 'librdkafka-tools';

/** Debian's Go libraries live here; the Go programs build against them in GOPATH mode, offline. */
export const DEBIAN_GOPATH = '/usr/share/gocode';

const APT = 'apt-get install -y --no-install-recommends';

/** The native and legacy Node clients live in their own package, outside the root workspaces. */
export const NODE_CLIENTS_DIR = resolve(__dirname, '..', 'clients');
/** librdkafka 2.12's example programs, built by node-rdkafka's install of its bundled librdkafka. */
export const LIBRDKAFKA_EXAMPLES_DIR = join(
  NODE_CLIENTS_DIR,
  'node_modules',
  'node-rdkafka',
  'deps',
  'librdkafka',
  'examples',
);
/** The librdkafka 2.12 example tools the librdkafka-tools suite runs. */
export const LIBRDKAFKA_TOOLS = [
  'rdkafka_performance',
  'idempotent_producer',
  'transactions',
  'describe_cluster',
  'list_consumer_groups',
  'describe_consumer_groups',
  'list_consumer_group_offsets',
  'alter_consumer_group_offsets',
  'delete_records',
  'incremental_alter_configs',
  'elect_leaders',
  'user_scram',
] as const;
const NODE_CLIENTS_INSTALL = '(cd compat-tests/clients && CKJS_LINKING=dynamic npm ci --no-audit --no-fund)';

/** A Node client is usable when it loads from compat-tests/clients (a native one also loads its librdkafka). */
function nodeProbe(name: string): ClientProbe {
  const script = `require(require('node:module').createRequire(${JSON.stringify(join(NODE_CLIENTS_DIR, 'package.json'))}).resolve(${JSON.stringify(name)}))`;
  return { command: process.execPath, args: ['-e', script], install: NODE_CLIENTS_INSTALL };
}

/** A Go library is usable when the toolchain runs and Debian's -dev package put its source under the GOPATH. */
function goProbe(importPath: string, pkg: string): ClientProbe {
  return {
    command: 'sh',
    args: ['-c', `go version && test -d ${DEBIAN_GOPATH}/src/${importPath}`],
    install: `${APT} golang-go ${pkg}`,
  };
}

interface ClientProbe {
  readonly command: string;
  readonly args: readonly string[];
  readonly install: string;
}

const PROBES: Readonly<Record<ExternalClient, ClientProbe>> = {
  kcat: { command: 'kcat', args: ['-V'], install: 'apt-get install -y --no-install-recommends kcat' },
  'confluent-kafka-python': {
    command: SYSTEM_PYTHON,
    args: ['-c', 'import confluent_kafka'],
    install: 'apt-get install -y --no-install-recommends python3-confluent-kafka',
  },
  'kafka-python': {
    command: SYSTEM_PYTHON,
    args: ['-c', 'import kafka'],
    install: 'apt-get install -y --no-install-recommends python3-kafka',
  },
  sarama: goProbe('github.com/Shopify/sarama', 'golang-github-shopify-sarama-dev'),
  'kafka-go': goProbe('github.com/segmentio/kafka-go', 'golang-github-segmentio-kafka-go-dev'),
  'confluent-kafka-go': goProbe(
    'github.com/confluentinc/confluent-kafka-go/kafka',
    'golang-github-confluentinc-confluent-kafka-go-dev',
  ),
  'librdkafka-c': {
    command: 'sh',
    args: ['-c', 'cc --version && pkg-config --exists rdkafka'],
    install: `${APT} gcc pkg-config librdkafka-dev`,
  },
  // Burrow 1.2.1 needs a ZooKeeper, which the test starts on loopback.
  burrow: {
    command: 'sh',
    args: ['-c', 'test -x /usr/bin/Burrow && test -x /usr/share/zookeeper/bin/zkServer.sh'],
    install: `${APT} burrow zookeeper`,
  },
  'node-rdkafka': nodeProbe('node-rdkafka'),
  'confluent-kafka-javascript': nodeProbe('@confluentinc/kafka-javascript'),
  'kafka-node': nodeProbe('kafka-node'),
  'librdkafka-tools': {
    command: 'sh',
    args: [
      '-c',
      `cd ${JSON.stringify(LIBRDKAFKA_EXAMPLES_DIR)} && for t in ${LIBRDKAFKA_TOOLS.join(' ')}; do test -x "$t" || exit 1; done`,
    ],
    install: NODE_CLIENTS_INSTALL,
  },
};

const detected = new Map<ExternalClient, boolean>();

export function isClientInstalled(client: ExternalClient): boolean {
  let present = detected.get(client);
  if (present === undefined) {
    const probe = PROBES[client];
    // Synchronous: jest collects describe blocks synchronously.
    const result = spawnSync(probe.command, probe.args, { stdio: 'ignore', timeout: 15_000 });
    present = result.error === undefined && result.status === 0;
    detected.set(client, present);
  }
  return present;
}

export function installCommand(client: ExternalClient): string {
  return PROBES[client].install;
}

export function describeWithClient(client: ExternalClient, title: string, fn: () => void): void {
  if (isClientInstalled(client)) {
    describe(title, fn);
    return;
  }
  const message = `${client} is not installed; install it with: ${installCommand(client)}`;
  if (process.env.CI) {
    describe(title, () => {
      test(`install: ${client} must be installed in CI`, () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`Skipping "${title}": ${message}`);
  describe.skip(title, fn);
}

/** describeWithClient for a suite that needs several external clients at once. */
export function describeWithClients(clients: readonly ExternalClient[], title: string, fn: () => void): void {
  const missing = clients.filter((c) => !isClientInstalled(c));
  if (missing.length === 0) {
    describe(title, fn);
    return;
  }
  const message = `${missing.join(', ')} not installed; install with: ${missing.map(installCommand).join(' && ')}`;
  if (process.env.CI) {
    describe(title, () => {
      test(`install: ${missing.join(', ')} must be installed in CI`, () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`Skipping "${title}": ${message}`);
  describe.skip(title, fn);
}
