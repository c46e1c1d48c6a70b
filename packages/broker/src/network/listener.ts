/**
 * The TCP listener of one broker node. Binds the configured host and port (0 = ephemeral), registers the node in the
 * cluster with its advertised address once bound, logs `{ msg: 'listening', nodeId, address }` at info (harnesses
 * read that line to learn the port), and gives every accepted socket a `Connection`. `stop()` stops accepting,
 * lets each connection answer what it has in flight, then closes it.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from 'pino';
import type { BrokerNode, Cluster } from '../cluster';
import type { Dispatcher } from '../dispatch';
import type { BrokerGroups } from '../groups';
import type { BrokerTransactions } from '../transactions';
import type { BrokerTxnMarkers } from '../txn-markers';
import type { ApiRange } from '../handlers/handler';
import type { ReplicaManager } from '../replica-manager';
import { Connection } from './connection';

export interface ListenerOptions {
  readonly nodeId: number;
  readonly bindHost: string;
  readonly bindPort: number;
  /** Host advertised to clients; the advertised port is the bound one unless `advertisedPort` is set (> 0). */
  readonly advertisedHost: string;
  readonly advertisedPort: number;
  readonly rack: string | null;
  readonly maxRequestBytes: number;
  readonly cluster: Cluster;
  readonly dispatcher: Dispatcher;
  readonly supportedApis: readonly ApiRange[];
  readonly replicas: ReplicaManager;
  readonly groups?: BrokerGroups;
  readonly transactions?: BrokerTransactions;
  readonly txnMarkers?: BrokerTxnMarkers;
  readonly logger: Logger;
}

const DRAIN_TIMEOUT_MS = 5000;

export class Listener {
  readonly #opts: ListenerOptions;
  readonly #server: Server;
  readonly #connections = new Set<Connection>();
  #nextConnId = 0;
  #node: BrokerNode | null = null;
  /** The port bound by the first start; a restart after `halt()` binds it again, so clients find the broker back. */
  #boundPort: number | null = null;
  #errorLogged = false;

  constructor(opts: ListenerOptions) {
    this.#opts = opts;
    this.#server = createServer((socket) => this.#accept(socket));
  }

  get node(): BrokerNode {
    if (!this.#node) throw new Error(`listener of node ${this.#opts.nodeId} is not started`);
    return this.#node;
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  async start(): Promise<BrokerNode> {
    const { bindHost } = this.#opts;
    const bindPort = this.#boundPort ?? this.#opts.bindPort;
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      this.#server.once('error', onError);
      this.#server.listen({ host: bindHost === '' ? undefined : bindHost, port: bindPort }, () => {
        this.#server.off('error', onError);
        resolve();
      });
    });
    const address = this.#server.address();
    const boundPort = typeof address === 'object' && address !== null ? address.port : bindPort;
    this.#boundPort = boundPort;
    const port = this.#opts.advertisedPort > 0 ? this.#opts.advertisedPort : boundPort;
    this.#node = { nodeId: this.#opts.nodeId, host: this.#opts.advertisedHost, port, rack: this.#opts.rack };
    this.#opts.cluster.registerBroker(this.#node);
    if (!this.#errorLogged) {
      this.#errorLogged = true;
      this.#server.on('error', (err) => this.#opts.logger.error({ err, nodeId: this.#opts.nodeId }, 'listener error'));
    }
    this.#opts.logger.info({ nodeId: this.#opts.nodeId, address: `${this.#node.host}:${port}` }, 'listening');
    return this.#node;
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    await Promise.all([...this.#connections].map((c) => c.drain(DRAIN_TIMEOUT_MS)));
    await closed;
    this.#opts.cluster.unregisterBroker(this.#opts.nodeId);
  }

  /**
   * An abrupt stop, as when a broker process dies: stops accepting, destroys every connection without answering what
   * is in flight, and leaves the cluster's live brokers. `start()` binds the same port again.
   */
  async halt(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const c of this.#connections) c.close('broker stopped');
    this.#connections.clear();
    await closed;
    this.#opts.cluster.unregisterBroker(this.#opts.nodeId);
    this.#opts.logger.info({ nodeId: this.#opts.nodeId }, 'listener halted');
  }

  #accept(socket: Socket): void {
    if (!this.#node) {
      socket.destroy();
      return;
    }
    const conn = new Connection(this.#nextConnId++, socket, {
      cluster: this.#opts.cluster,
      node: this.#node,
      dispatcher: this.#opts.dispatcher,
      supportedApis: this.#opts.supportedApis,
      replicas: this.#opts.replicas,
      groups: this.#opts.groups,
      transactions: this.#opts.transactions,
      txnMarkers: this.#opts.txnMarkers,
      maxRequestBytes: this.#opts.maxRequestBytes,
      logger: this.#opts.logger.child({ nodeId: this.#opts.nodeId }),
    });
    this.#connections.add(conn);
    socket.once('close', () => this.#connections.delete(conn));
  }
}
