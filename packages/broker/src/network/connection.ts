/**
 * One client connection on one broker node: socket chunks → `FrameReader` → `Dispatcher` → `ResponseQueue` → socket.
 * Logs through a pino child `{conn, clientId}` (re-derived when the client id changes). Anything wrong with the bytes
 * this client sends closes this connection only, with a log line saying why. Reading pauses while the socket's
 * write buffer is full, so a client that does not read its responses cannot make the broker buffer without bound.
 */
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { BrokerNode, Cluster } from '../cluster';
import type { Dispatcher } from '../dispatch';
import type { BrokerGroups } from '../groups';
import type { BrokerTransactions } from '../transactions';
import type { BrokerTxnMarkers } from '../txn-markers';
import type { ApiRange, ClientInfo, RequestContext } from '../handlers/handler';
import type { ReplicaManager } from '../replica-manager';
import { FrameReader } from './frame-reader';
import { ResponseQueue } from './response-queue';

export interface ConnectionDeps {
  readonly cluster: Cluster;
  readonly node: BrokerNode;
  readonly dispatcher: Dispatcher;
  readonly supportedApis: readonly ApiRange[];
  readonly replicas: ReplicaManager;
  readonly groups?: BrokerGroups;
  readonly transactions?: BrokerTransactions;
  readonly txnMarkers?: BrokerTxnMarkers;
  readonly maxRequestBytes: number;
  readonly logger: Logger;
}

export class Connection {
  readonly id: number;
  readonly client: ClientInfo;
  readonly #socket: Socket;
  readonly #deps: ConnectionDeps;
  readonly #frames: FrameReader;
  readonly #queue: ResponseQueue;
  #logger: Logger;
  #loggedClientId: string | null = null;
  #closed = false;
  #draining = false;
  /** Set by closeConnection: no more requests are read, and the socket closes once earlier responses are out. */
  #closingAfterResponses = false;
  /** The socket is corked until the end of this turn of the event loop (see #write). */
  #corked = false;
  /** A write this turn found the socket's buffer full: stop reading once it is uncorked. */
  #writeBufferFull = false;
  readonly #closedPromise: Promise<void>;
  readonly #closeAfterResponses = (reason: string): void => {
    if (this.#closingAfterResponses || this.#closed) return;
    this.#closingAfterResponses = true;
    void this.#queue.idle().then(() => this.close(reason));
  };

  constructor(id: number, socket: Socket, deps: ConnectionDeps) {
    this.id = id;
    this.#socket = socket;
    this.#deps = deps;
    this.client = {
      clientId: null,
      softwareName: null,
      softwareVersion: null,
      remoteAddress: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`,
    };
    this.#logger = deps.logger.child({ conn: id, clientId: null });
    this.#queue = new ResponseQueue((buffers) => this.#write(buffers));
    this.#frames = new FrameReader(deps.maxRequestBytes, {
      frame: (payload) => this.#onFrame(payload),
      invalidSize: (size, max) => this.close('invalid request size', { size, maxBytes: max }),
    });
    this.#closedPromise = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#frames.push(chunk));
    socket.on('drain', () => {
      if (!this.#draining && !this.#closed) socket.resume();
    });
    socket.on('error', (err) => this.#logger.debug({ err: err.message }, 'socket error'));
    socket.on('close', () => {
      this.#closed = true;
      this.#queue.abandon();
      this.#logger.debug({ pendingBytes: this.#frames.bufferedBytes }, 'connection closed');
    });
    this.#logger.debug({ remote: this.client.remoteAddress }, 'connection accepted');
  }

  get logger(): Logger {
    return this.#logger;
  }

  /** Closes the connection at once, logging the reason (a protocol violation by the client). */
  close(reason: string, details: Record<string, unknown> = {}): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#logger.warn({ ...details, remote: this.client.remoteAddress }, `closing connection: ${reason}`);
    this.#queue.abandon();
    this.#socket.destroy();
  }

  /** Graceful stop: read no more requests, answer those in flight, then close. */
  async drain(timeoutMs: number): Promise<void> {
    if (this.#closed) return;
    this.#draining = true;
    this.#socket.pause();
    const timer = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
    await Promise.race([this.#queue.idle(), timer]);
    if (!this.#closed) {
      this.#closed = true;
      this.#socket.end();
      const forced = setTimeout(() => this.#socket.destroy(), timeoutMs);
      forced.unref();
      await this.#closedPromise;
      clearTimeout(forced);
    }
  }

  #onFrame(payload: Buffer): void {
    if (this.#closed || this.#draining || this.#closingAfterResponses) return;
    const outcome = this.#deps.dispatcher.dispatch(payload, (apiVersion, correlationId, clientId) =>
      this.#context(apiVersion, correlationId, clientId),
    );
    if (outcome.kind === 'close') {
      this.close(outcome.reason, outcome.details);
      return;
    }
    const seq = this.#queue.reserve();
    outcome.response.then(
      (buffers) => this.#queue.complete(seq, buffers),
      (err: unknown) => this.close('response failed', { err: err instanceof Error ? err.message : String(err) }),
    );
  }

  #context(apiVersion: number, correlationId: number, clientId: string | null): RequestContext {
    if (clientId !== this.#loggedClientId) {
      this.#loggedClientId = clientId;
      this.client.clientId = clientId;
      this.#logger = this.#deps.logger.child({ conn: this.id, clientId });
    }
    return {
      cluster: this.#deps.cluster,
      node: this.#deps.node,
      apiVersion,
      correlationId,
      client: this.client,
      logger: this.#logger,
      supportedApis: this.#deps.supportedApis,
      replicas: this.#deps.replicas,
      groups: this.#deps.groups,
      transactions: this.#deps.transactions,
      txnMarkers: this.#deps.txnMarkers,
      closeConnection: this.#closeAfterResponses,
    };
  }

  #write(buffers: readonly Buffer[]): void {
    if (this.#closed && !this.#draining) return;
    if (this.#socket.destroyed) return;
    // Responses completed in the same turn of the event loop (pipelined requests read from one chunk) leave in one
    // writev: the socket stays corked until the queued callbacks of this turn have run.
    if (!this.#corked) {
      this.#corked = true;
      this.#socket.cork();
      process.nextTick(this.#uncork);
    }
    for (const b of buffers) if (!this.#socket.write(b)) this.#writeBufferFull = true;
  }

  readonly #uncork = (): void => {
    this.#corked = false;
    if (this.#socket.destroyed) return;
    this.#socket.uncork();
    if (this.#writeBufferFull) {
      this.#writeBufferFull = false;
      this.#socket.pause();
    }
  };
}
