/**
 * `startCluster()`: a whole cluster for a test suite in one call. N brokers (default 1) on ephemeral loopback ports,
 * memory storage unless told otherwise (`storage: 'disk'` uses a fresh temporary directory, removed by `stop()`,
 * or `dataDir`), a silent logger, and the control API at hand; `admin: true` also opens the HTTP admin endpoint on
 * an ephemeral port for tests in other languages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import type { RawConfig } from '../config';
import { startBroker, type RunningBroker, type StartOptions } from '../index';
import type { ClusterControl } from './cluster-control';

export interface ClusterOptions {
  /** Broker identities, node ids `node.id` (default 1) upward, each with its own listener. Default 1. */
  readonly brokers?: number;
  /** Any server.properties keys (`num.partitions`, `default.replication.factor`, `min.insync.replicas`, ...). */
  readonly config?: RawConfig;
  /** 'memory' (default): nothing touches the disk. 'disk': `dataDir`, or a temporary directory `stop()` removes. */
  readonly storage?: 'memory' | 'disk';
  /** Data directory for disk storage; kept by `stop()`, so a later cluster can start on it. */
  readonly dataDir?: string;
  /** Opens the HTTP admin endpoint: true for an ephemeral loopback port, or a `host:port`. Default off. */
  readonly admin?: boolean | string;
  /** Broker logs (default: silent). */
  readonly logger?: Logger;
  readonly clock?: StartOptions['clock'];
  readonly coordinatorScheduler?: StartOptions['coordinatorScheduler'];
}

export interface ClusterBroker {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
}

export interface StartedCluster {
  /** `host:port,host:port,...`: what a client takes as its bootstrap list. */
  readonly bootstrapServers: string;
  readonly brokers: readonly ClusterBroker[];
  readonly clusterId: string;
  /** Faults, broker stop/start/pause, leader moves, the request log. */
  readonly control: ClusterControl;
  /** `http://host:port` of the admin endpoint, when `admin` was asked for. */
  readonly adminUrl: string | null;
  /** The running broker process object (cluster state, partitions, coordinators). */
  readonly broker: RunningBroker;
  stop(): Promise<void>;
}

export async function startCluster(options: ClusterOptions = {}): Promise<StartedCluster> {
  const storage = options.storage ?? 'memory';
  const ownedDir =
    storage === 'disk' && options.dataDir === undefined ? mkdtempSync(join(tmpdir(), 'samsa-cluster-')) : null;
  const dataDir = options.dataDir ?? ownedDir ?? join(tmpdir(), 'samsa-memory');
  const admin = options.admin === true ? '127.0.0.1:0' : typeof options.admin === 'string' ? options.admin : null;
  const config: Record<string, string | number | boolean> = {
    listeners: 'PLAINTEXT://127.0.0.1:0',
    'log.dirs': dataDir,
    'samsa.storage': storage,
    'samsa.broker.count': options.brokers ?? 1,
    ...(admin !== null ? { 'samsa.admin.listener': admin } : {}),
    ...options.config,
  };
  let broker: RunningBroker;
  try {
    broker = await startBroker(config, {
      logger: options.logger ?? pino({ level: 'silent' }),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.coordinatorScheduler ? { coordinatorScheduler: options.coordinatorScheduler } : {}),
    });
  } catch (err) {
    if (ownedDir) rmSync(ownedDir, { recursive: true, force: true });
    throw err;
  }
  return {
    bootstrapServers: broker.bootstrapServers,
    brokers: broker.nodes.map((n) => ({ nodeId: n.nodeId, host: n.host, port: n.port })),
    clusterId: broker.clusterId,
    control: broker.control,
    adminUrl: broker.adminUrl,
    broker,
    async stop() {
      try {
        await broker.stop();
      } finally {
        if (ownedDir) rmSync(ownedDir, { recursive: true, force: true });
      }
    },
  };
}
