// A multi-broker samsa for a compat test: `samsa start --brokers N` in one child process, every identity on an
// ephemeral loopback port, with the HTTP admin endpoint on another, driven through `SamsaAdmin` (`cluster.control`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SamsaAdmin } from './samsa-admin';
import { startSamsa, type ListeningBroker, type SamsaFlags, type SamsaProcess } from './samsa-process';

/**
 * The defaults samsa's `startCluster()` applies for test suites, as Kafka's own test harnesses do: no initial
 * rebalance delay (Kafka's 3 s would eat most of a test's timeout at every first group join), 5 partitions per
 * internal topic instead of 50, and a transaction log that accepts writes with one replica in sync. `samsa start`
 * keeps Kafka's defaults, so they are passed as flags.
 */
export const TEST_CLUSTER_DEFAULTS: Readonly<Record<string, number>> = {
  'group.initial.rebalance.delay.ms': 0,
  'offsets.topic.num.partitions': 5,
  'transaction.state.log.num.partitions': 5,
  'transaction.state.log.min.isr': 1,
};

/**
 * Replica fetches of at most 4 KiB, retried after 50 ms, and a two-window replication quota: a replication throttle
 * (`follower.replication.throttled.rate`) shows within a second, so a throttled reassignment is seen in progress.
 */
export const QUICK_THROTTLE_CONFIG: Readonly<Record<string, number>> = {
  'replica.fetch.max.bytes': 4096,
  'replica.fetch.backoff.ms': 50,
  'replication.quota.window.num': 2,
};

export interface TestClusterOptions {
  /** Broker identities, node ids 1 upward. Default 1. */
  readonly brokers?: number;
  /** Any server.properties keys, over `TEST_CLUSTER_DEFAULTS`. */
  readonly config?: SamsaFlags;
  /** 'memory' (default): nothing touches the disk. 'disk': `dataDir`, or a temporary directory `stop()` removes. */
  readonly storage?: 'memory' | 'disk';
  /** Disk storage on this existing directory, which `stop()` leaves in place: a later cluster starts on its data. */
  readonly dataDir?: string;
  /** Default 20 s. */
  readonly startTimeoutMs?: number;
}

export interface TestCluster {
  /** `host:port,host:port,...`: what a client takes as its bootstrap list. */
  readonly bootstrapServers: string;
  readonly brokers: readonly ListeningBroker[];
  readonly clusterId: string;
  /** `http://host:port` of the admin endpoint. */
  readonly adminUrl: string;
  /** The admin endpoint's control operations: broker stop/start/pause, leader moves, faults, the request log. */
  readonly control: SamsaAdmin;
  /** SIGTERM and wait for exit code 0; removes the data directory the harness created. */
  stop(): Promise<void>;
}

export async function startTestCluster(options: TestClusterOptions = {}): Promise<TestCluster> {
  const storage = options.dataDir === undefined ? (options.storage ?? 'memory') : 'disk';
  const owned = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'samsa-compat-cluster-'));
  const removeOwned = (): void => {
    if (owned) rmSync(dataDir, { recursive: true, force: true });
  };
  let samsa: SamsaProcess;
  try {
    samsa = await startSamsa(
      {
        listeners: 'PLAINTEXT://127.0.0.1:0',
        'log.dirs': dataDir,
        'samsa.storage': storage,
        brokers: options.brokers ?? 1,
        'samsa.admin.listener': '127.0.0.1:0',
        ...TEST_CLUSTER_DEFAULTS,
        ...options.config,
      },
      options.startTimeoutMs,
    );
  } catch (err) {
    removeOwned();
    throw err;
  }
  const { adminUrl } = samsa;
  if (adminUrl === null) {
    await samsa.kill();
    removeOwned();
    throw new Error(`samsa logged no "admin listening" line\ncommand: ${samsa.command}`);
  }
  return {
    bootstrapServers: samsa.brokers.map((b) => `${b.host}:${b.port}`).join(','),
    brokers: samsa.brokers,
    clusterId: samsa.clusterId,
    adminUrl,
    control: new SamsaAdmin(adminUrl),
    async stop() {
      try {
        await samsa.stop();
      } finally {
        removeOwned();
      }
    },
  };
}
