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
import type { SecurityProtocol } from './broker-node';
import type { RawConfig } from './config';
import { generateCertificates, type ThrowawayCertificates } from './security/tls/throwaway-certs';
import { startBroker, type RunningBroker, type StartOptions } from './start-broker';
import type { ClusterControl } from './control/cluster-control';

/**
 * Defaults `startCluster` applies under `options.config`, as Kafka's own test harnesses do (KafkaServerTestHarness,
 * Streams' EmbeddedKafkaCluster) and the testcontainers Kafka modules: no initial rebalance delay (Kafka's 3 s would
 * eat most of a test's default 5 s timeout at every first group join), 5 partitions for each internal topic instead
 * of 50 (a tenth of the coordinator partitions to create and load), and a transaction log that accepts writes with
 * one replica in sync, so stopping a broker in a test does not block transactions. `samsa start` keeps Kafka's
 * defaults.
 */
export const TEST_CLUSTER_DEFAULTS: Readonly<Record<string, number>> = {
  'group.initial.rebalance.delay.ms': 0,
  'offsets.topic.num.partitions': 5,
  'transaction.state.log.num.partitions': 5,
  'transaction.state.log.min.isr': 1,
};

/** A client listener `startCluster` opens: a security protocol (named after it) or a custom name. */
export type ClusterListener = SecurityProtocol | { readonly name: string; readonly protocol: SecurityProtocol };

export interface ClusterOptions {
  /** Broker identities, node ids `node.id` (default 1) upward, each with its own listeners. Default 1. */
  readonly brokers?: number;
  /** Rack of each broker identity, in node id order (`samsa.broker.racks`); one per broker. Default: none. */
  readonly racks?: readonly string[];
  /**
   * The client listeners, each on an ephemeral loopback port of every identity, in order (the first gives
   * `bootstrapServers`). Default: one PLAINTEXT listener. `config.listeners` overrides this.
   */
  readonly listeners?: readonly ClusterListener[];
  /**
   * TLS with throwaway certificates (a CA, a broker certificate for localhost/127.0.0.1, a client certificate), made
   * once per process: TLS listeners present the broker certificate and trust the CA (so `ssl.client.auth` in
   * `config` can require the client certificate), and `cluster.tls` hands the PEMs to clients. Without `listeners`,
   * the one listener is SSL.
   */
  readonly tls?: boolean;
  /**
   * SASL users (`{ alice: 'secret' }`): PLAIN users and SCRAM-SHA-256/512 credentials of every SASL listener
   * (`samsa.sasl.users`, `samsa.scram.users`). Without `listeners`, the one listener is SASL_PLAINTEXT, or SASL_SSL
   * with `tls`.
   */
  readonly users?: Readonly<Record<string, string>>;
  /**
   * Any server.properties keys (`num.partitions`, `default.replication.factor`, `min.insync.replicas`, ...), over
   * `TEST_CLUSTER_DEFAULTS`.
   */
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

export interface ClusterTls {
  /** The CA certificate: what a client trusts (kafkajs `ssl.ca`, librdkafka `ssl.ca.location`). */
  readonly ca: string;
  /** A client certificate signed by the CA (subject `CN=client`, principal `User:CN=client`) with its chain. */
  readonly cert: string;
  /** The client certificate's private key (unencrypted PKCS#8). */
  readonly key: string;
}

export interface ClusterBroker {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  readonly rack: string | null;
}

export interface StartedCluster {
  /** `host:port,host:port,...`: what a client takes as its bootstrap list (the first listener's). */
  readonly bootstrapServers: string;
  /** The bootstrap list of each listener, by name (`cluster.listeners.SASL_SSL`). */
  readonly listeners: Readonly<Record<string, string>>;
  /** With `tls: true`: the CA to trust and the client certificate and key (PEM), for clients. */
  readonly tls: ClusterTls | null;
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
  const certs = options.tls === true ? processCertificates() : null;
  const config: Record<string, string | number | boolean> = {
    ...listenerConfig(options.listeners ?? [defaultListener(certs !== null, options.users !== undefined)]),
    ...(options.users ? userConfig(options.users) : {}),
    ...(certs
      ? {
          'ssl.keystore.type': 'PEM',
          'ssl.keystore.certificate.chain': certs.broker.cert,
          'ssl.keystore.key': certs.broker.key,
          'ssl.truststore.type': 'PEM',
          'ssl.truststore.certificates': certs.ca.cert,
        }
      : {}),
    'log.dirs': dataDir,
    'samsa.storage': storage,
    'samsa.broker.count': options.brokers ?? 1,
    ...(options.racks !== undefined ? { 'samsa.broker.racks': options.racks.join(',') } : {}),
    ...(admin !== null ? { 'samsa.admin.listener': admin } : {}),
    ...TEST_CLUSTER_DEFAULTS,
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
    listeners: broker.listeners,
    tls: certs ? { ca: certs.ca.cert, cert: certs.client.cert, key: certs.client.key } : null,
    brokers: broker.nodes.map((n) => ({ nodeId: n.nodeId, host: n.host, port: n.port, rack: n.rack })),
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

/** `listeners` and `listener.security.protocol.map` for the listeners asked for, all on ephemeral loopback ports. */
function listenerConfig(listeners: readonly ClusterListener[]): Record<string, string> {
  if (listeners.length === 0) throw new Error('startCluster: listeners must name at least one listener');
  const named = listeners.map((l) => (typeof l === 'string' ? { name: l, protocol: l } : l));
  return {
    listeners: named.map((l) => `${l.name}://127.0.0.1:0`).join(','),
    'listener.security.protocol.map': named.map((l) => `${l.name}:${l.protocol}`).join(','),
  };
}

let throwaway: ThrowawayCertificates | null = null;

/** One set of throwaway certificates per process: making RSA keys costs most of a second. */
function processCertificates(): ThrowawayCertificates {
  throwaway ??= generateCertificates();
  return throwaway;
}

function defaultListener(tls: boolean, sasl: boolean): SecurityProtocol {
  if (sasl) return tls ? 'SASL_SSL' : 'SASL_PLAINTEXT';
  return tls ? 'SSL' : 'PLAINTEXT';
}

function userConfig(users: Readonly<Record<string, string>>): Record<string, string> {
  const entries = Object.entries(users);
  for (const [name, password] of entries) {
    if (name === '' || name.includes(':') || name.includes(',') || password === '' || password.includes(','))
      throw new Error('startCluster: users need non-empty names without : or , and passwords without ,');
  }
  const list = entries.map(([name, password]) => `${name}:${password}`).join(',');
  return { 'samsa.sasl.users': list, 'samsa.scram.users': list };
}
