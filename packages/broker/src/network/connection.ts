/**
 * One client connection on one broker node: socket chunks → `FrameReader` → the `FrameProcessor` (the request path)
 * → `ResponseQueue` → socket. The connection moves frames only: it knows nothing of APIs, handlers or services. It
 * is the request path's `ClientSession` for its client (address, client id, security state, logger, close), and logs
 * through a pino child `{conn, clientId}` (re-derived when the client id changes). Anything wrong with the bytes
 * this client sends closes this connection only, with a log line saying why. Reading pauses while the socket's
 * write buffer is full, so a client that does not read its responses cannot make the broker buffer without bound,
 * and while the request path has muted the client (`pauseReadsFor`, a quota throttle): frames already cut from the
 * socket then wait, in order, until the time is up.
 */
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { BrokerNode } from '../broker-node';
import type { AuthState, ClientInfo, ClientSession } from '../client-session';
import type { FrameProcessor } from './frame-processor';
import { FrameReader } from './frame-reader';
import { ResponseQueue } from './response-queue';

/** How long a connection closed after its responses waits for the client to take them before it is destroyed. */
const DRAIN_FORCE_MS = 5000;
/** setTimeout's longest delay; a longer throttle re-arms the timer. */
const MAX_TIMER_MS = 0x7fffffff;

export interface ConnectionOptions {
  readonly node: BrokerNode;
  /** The security state the transport established (listener, protocol, a client certificate's principal). */
  readonly auth: AuthState;
  readonly processor: FrameProcessor;
  readonly maxRequestBytes: number;
  readonly logger: Logger;
}

export class Connection implements ClientSession {
  readonly connectionId: number;
  readonly node: BrokerNode;
  readonly client: ClientInfo;
  #auth: AuthState;
  readonly #socket: Socket;
  readonly #options: ConnectionOptions;
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
  /** Reading stopped until the socket's write buffer drains. */
  #waitingForDrain = false;
  /** `performance.now()` until which no request is read (a quota throttle). */
  #readsPausedUntil = 0;
  #resumeTimer: NodeJS.Timeout | null = null;
  /** Requests in flight that hold reads (holdReads). */
  #readHolds = 0;
  /** Frames received while reads are paused, processed in order once they resume. */
  readonly #held: Buffer[] = [];
  readonly #closedPromise: Promise<void>;

  constructor(id: number, socket: Socket, options: ConnectionOptions) {
    this.connectionId = id;
    this.node = options.node;
    this.#socket = socket;
    this.#options = options;
    this.#auth = options.auth;
    this.client = {
      clientId: null,
      softwareName: null,
      softwareVersion: null,
      remoteAddress: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`,
      remoteHost: socket.remoteAddress ?? '?',
    };
    this.#logger = options.logger.child({ conn: id, clientId: null });
    this.#queue = new ResponseQueue((buffers) => this.#write(buffers));
    this.#frames = new FrameReader(options.maxRequestBytes, {
      frame: (payload) => this.#onFrame(payload),
      invalidSize: (size, max) => this.close('invalid request size', { size, maxBytes: max }),
    });
    this.#closedPromise = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#frames.push(chunk));
    socket.on('drain', () => {
      this.#waitingForDrain = false;
      if (!this.#draining && !this.#closed && !this.#readsPaused()) socket.resume();
    });
    socket.on('error', (err) => this.#logger.debug({ err: err.message }, 'socket error'));
    socket.on('close', () => {
      this.#closed = true;
      if (this.#resumeTimer) clearTimeout(this.#resumeTimer);
      this.#held.length = 0;
      this.#queue.abandon();
      this.#logger.debug({ pendingBytes: this.#frames.bufferedBytes }, 'connection closed');
    });
    this.#logger.debug({ remote: this.client.remoteAddress }, 'connection accepted');
  }

  get logger(): Logger {
    return this.#logger;
  }

  get auth(): AuthState {
    return this.#auth;
  }

  authenticated(auth: AuthState): void {
    this.#auth = auth;
  }

  noteClientId(clientId: string | null): void {
    if (clientId === this.#loggedClientId) return;
    this.#loggedClientId = clientId;
    this.client.clientId = clientId;
    this.#logger = this.#options.logger.child({ conn: this.connectionId, clientId });
  }

  readonly closeAfterResponses = (reason: string, details: Record<string, unknown> = {}): void => {
    if (this.#closingAfterResponses || this.#closed) return;
    this.#closingAfterResponses = true;
    // Called while a frame is processed, before its response slot is taken: wait for that slot too, then let the
    // written responses reach the client (end, not destroy) before the socket goes.
    process.nextTick(() => {
      void this.#queue.idle().then(() => this.#endAfterWrites(reason, details));
    });
  };

  /** Closes the connection at once, logging the reason (a protocol violation by the client). */
  close(reason: string, details: Record<string, unknown> = {}): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#logger.warn({ ...details, remote: this.client.remoteAddress }, `closing connection: ${reason}`);
    this.#queue.abandon();
    this.#socket.destroy();
  }

  #endAfterWrites(reason: string, details: Record<string, unknown>): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#logger.warn({ ...details, remote: this.client.remoteAddress }, `closing connection: ${reason}`);
    this.#socket.end();
    setTimeout(() => this.#socket.destroy(), DRAIN_FORCE_MS).unref();
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

  pauseReadsFor(ms: number): void {
    if (this.#closed || !(ms > 0)) return;
    const until = performance.now() + ms;
    if (until <= this.#readsPausedUntil) return;
    this.#readsPausedUntil = until;
    this.#socket.pause();
    if (this.#resumeTimer) clearTimeout(this.#resumeTimer);
    this.#resumeTimer = setTimeout(this.#resumeReads, Math.min(ms, MAX_TIMER_MS));
  }

  holdReads(): () => void {
    this.#readHolds++;
    this.#socket.pause();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#readHolds--;
      if (this.#readHolds === 0 && this.#resumeTimer === null) this.#resumeReads();
    };
  }

  #readsPaused(): boolean {
    return this.#readHolds > 0 || performance.now() < this.#readsPausedUntil;
  }

  readonly #resumeReads = (): void => {
    this.#resumeTimer = null;
    if (this.#closed || this.#readHolds > 0) return;
    const left = this.#readsPausedUntil - performance.now();
    if (left > 0) {
      // A timer may fire a little early: the client stays muted for the whole time.
      this.#resumeTimer = setTimeout(this.#resumeReads, Math.min(Math.ceil(left), MAX_TIMER_MS));
      return;
    }
    while (this.#held.length > 0 && !this.#readsPaused() && !this.#closed) {
      this.#process(this.#held.shift() as Buffer);
    }
    if (!this.#readsPaused() && !this.#draining && !this.#closed && !this.#waitingForDrain) this.#socket.resume();
  };

  #onFrame(payload: Buffer): void {
    if (this.#closed || this.#draining || this.#closingAfterResponses) return;
    if (this.#held.length > 0 || this.#readsPaused()) {
      this.#held.push(payload);
      return;
    }
    this.#process(payload);
  }

  #process(payload: Buffer): void {
    if (this.#closed || this.#draining || this.#closingAfterResponses) return;
    const outcome = this.#options.processor.process(payload, this);
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
      this.#waitingForDrain = true;
      this.#socket.pause();
    }
  };
}
