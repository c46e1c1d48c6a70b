/**
 * The listeners of one broker identity: one TCP (or TLS) server per configured listener (`listeners`), each binding
 * its host and port (0 = ephemeral). Once every one is bound the node is registered in the cluster with the address
 * each advertises, and one line `{ msg: 'listening', nodeId, address, listeners }` is logged at info (`address` is the
 * first listener's; harnesses read that line to learn the ports). Every accepted socket gets a `Connection` whose
 * frames go to its listener's processor.
 *
 * A TLS listener's connections exist only once their handshake completed: a failed handshake (a plaintext client on
 * a TLS port, no common protocol or cipher) closes that socket with a log line and affects nothing else, and so does
 * a client certificate the listener refuses once the handshake is done (missing while required, untrusted,
 * expired): Node's TLS verifies the peer only after the handshake, so the check is made here, where it can be
 * logged, rather than by an alert.
 *
 * `stop()` stops accepting, lets each connection answer what it has in flight, then closes it; `halt()` drops them.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket, type TlsOptions } from 'node:tls';
import type { X509Certificate } from 'node:crypto';
import type { Logger } from 'pino';
import type { BrokerEndpoint, BrokerNode } from '../broker-node';
import type { AuthState, SecurityProtocol } from '../client-session';
import { Connection } from './connection';
import type { BrokerRegistry, FrameProcessor } from './frame-processor';

/** What a TLS listener applies to each handshake, and how it names the client it completed with. */
export interface TlsEndpoint {
  /** Node's TLS server options: secure context (keys, certificates, trust), protocols, ciphers, client auth. */
  readonly options: TlsOptions;
  /**
   * The principal of a connection whose handshake completed: from the client certificate (`peer`, null when none
   * was presented; `verified` whether it chains to the trust store, else OpenSSL's `verifyError` code), or
   * `{ refuse }` saying why it is closed.
   */
  principal(
    peer: X509Certificate | null,
    verified: boolean,
    verifyError: string | null,
  ): { readonly principal: string } | { readonly refuse: string; readonly error?: string };
}

export interface EndpointOptions {
  readonly listener: string;
  readonly securityProtocol: SecurityProtocol;
  readonly bindHost: string;
  readonly bindPort: number;
  /** Host advertised to clients; the advertised port is the bound one unless `advertisedPort` is set (> 0). */
  readonly advertisedHost: string;
  readonly advertisedPort: number;
  /** TLS (SSL and SASL_SSL listeners); null: plain TCP. */
  readonly tls: TlsEndpoint | null;
  /** Where each frame of this listener's connections goes (the request path). */
  readonly processor: FrameProcessor;
}

export interface ListenerOptions {
  readonly nodeId: number;
  readonly rack: string | null;
  /** At least one; the first is the identity's default address. */
  readonly endpoints: readonly EndpointOptions[];
  readonly maxRequestBytes: number;
  /** Where the node is registered as live once bound (the cluster). */
  readonly brokers: BrokerRegistry;
  readonly logger: Logger;
}

const DRAIN_TIMEOUT_MS = 5000;

interface BoundEndpoint {
  readonly options: EndpointOptions;
  readonly server: Server;
  /** The port bound by the first start; a restart after `halt()` binds it again, so clients find the broker back. */
  boundPort: number | null;
  errorLogged: boolean;
}

export class Listener {
  readonly #opts: ListenerOptions;
  readonly #endpoints: BoundEndpoint[];
  readonly #connections = new Set<Connection>();
  #nextConnId = 0;
  #node: BrokerNode | null = null;

  constructor(opts: ListenerOptions) {
    if (opts.endpoints.length === 0) throw new Error(`broker ${opts.nodeId} has no listener`);
    this.#opts = opts;
    this.#endpoints = opts.endpoints.map((options) => ({
      options,
      server: this.#createServer(options),
      boundPort: null,
      errorLogged: false,
    }));
  }

  get node(): BrokerNode {
    if (!this.#node) throw new Error(`listener of node ${this.#opts.nodeId} is not started`);
    return this.#node;
  }

  /** True while every listener accepts connections (false before start, after stop or halt). */
  get listening(): boolean {
    return this.#endpoints.every((e) => e.server.listening);
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  async start(): Promise<BrokerNode> {
    const endpoints: BrokerEndpoint[] = [];
    try {
      for (const e of this.#endpoints) endpoints.push(await this.#bind(e));
    } catch (err) {
      await Promise.all(this.#endpoints.map((e) => closeServer(e.server)));
      throw err;
    }
    const first = endpoints[0] as BrokerEndpoint;
    this.#node = { nodeId: this.#opts.nodeId, host: first.host, port: first.port, rack: this.#opts.rack, endpoints };
    this.#opts.brokers.registerBroker(this.#node);
    this.#opts.logger.info(
      {
        nodeId: this.#opts.nodeId,
        address: `${first.host}:${first.port}`,
        listeners: Object.fromEntries(endpoints.map((e) => [e.listener, `${e.host}:${e.port}`])),
      },
      'listening',
    );
    return this.#node;
  }

  async stop(): Promise<void> {
    const closed = Promise.all(this.#endpoints.map((e) => closeServer(e.server)));
    await Promise.all([...this.#connections].map((c) => c.drain(DRAIN_TIMEOUT_MS)));
    await closed;
    this.#opts.brokers.unregisterBroker(this.#opts.nodeId);
  }

  /**
   * An abrupt stop, as when a broker process dies: stops accepting, destroys every connection without answering what
   * is in flight, and leaves the cluster's live brokers. `start()` binds the same ports again.
   */
  async halt(): Promise<void> {
    const closed = Promise.all(this.#endpoints.map((e) => closeServer(e.server)));
    for (const c of this.#connections) c.close('broker stopped');
    this.#connections.clear();
    await closed;
    this.#opts.brokers.unregisterBroker(this.#opts.nodeId);
    this.#opts.logger.info({ nodeId: this.#opts.nodeId }, 'listener halted');
  }

  async #bind(e: BoundEndpoint): Promise<BrokerEndpoint> {
    const { bindHost, bindPort } = e.options;
    const port = e.boundPort ?? bindPort;
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      e.server.once('error', onError);
      e.server.listen({ host: bindHost === '' ? undefined : bindHost, port }, () => {
        e.server.off('error', onError);
        resolve();
      });
    });
    const address = e.server.address();
    e.boundPort = typeof address === 'object' && address !== null ? address.port : port;
    if (!e.errorLogged) {
      e.errorLogged = true;
      e.server.on('error', (err) =>
        this.#opts.logger.error({ err, nodeId: this.#opts.nodeId, listener: e.options.listener }, 'listener error'),
      );
    }
    return {
      listener: e.options.listener,
      securityProtocol: e.options.securityProtocol,
      host: e.options.advertisedHost,
      port: e.options.advertisedPort > 0 ? e.options.advertisedPort : e.boundPort,
    };
  }

  #createServer(options: EndpointOptions): Server {
    const { tls } = options;
    if (tls === null) return createServer((socket) => this.#accept(socket, options, null));
    const server = createTlsServer(tls.options, (socket) => {
      const peer = socket.getPeerX509Certificate() ?? null;
      const verifyError = socket.authorizationError === undefined ? null : String(socket.authorizationError);
      const decision = tls.principal(peer, socket.authorized, verifyError);
      if ('refuse' in decision) {
        this.#logRefusal(options, socket, decision.refuse, decision.error);
        socket.destroy();
        return;
      }
      this.#accept(socket, options, decision.principal);
    });
    // A handshake that fails never becomes a connection: one line says who and why.
    server.on('tlsClientError', (err: Error & { code?: string }, socket: TLSSocket) => {
      this.#logRefusal(options, socket, 'TLS handshake failed', err.code ?? err.message);
      socket.destroy();
    });
    return server;
  }

  #logRefusal(options: EndpointOptions, socket: Socket, reason: string, error?: string): void {
    this.#opts.logger.warn(
      {
        nodeId: this.#opts.nodeId,
        listener: options.listener,
        remote: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`,
        ...(error !== undefined ? { error } : {}),
      },
      `closing connection: ${reason}`,
    );
  }

  #accept(socket: Socket, options: EndpointOptions, principal: string | null): void {
    if (!this.#node) {
      socket.destroy();
      return;
    }
    const auth: AuthState = {
      principal: principal ?? 'User:ANONYMOUS',
      securityProtocol: options.securityProtocol,
      listenerName: options.listener,
      saslMechanism: null,
    };
    const conn = new Connection(this.#nextConnId++, socket, {
      node: this.#node,
      auth,
      processor: options.processor,
      maxRequestBytes: this.#opts.maxRequestBytes,
      logger: this.#opts.logger.child({ nodeId: this.#opts.nodeId }),
    });
    this.#connections.add(conn);
    socket.once('close', () => this.#connections.delete(conn));
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
  });
}
