/**
 * One connection to one broker: TCP or TLS (node:tls), ApiVersions first (KIP-35, KIP-511), then SASL when asked
 * (SaslHandshake v1 + SaslAuthenticate, KIP-152), then requests pipelined by correlation id. Each request is sent at
 * the highest version both sides serve, within the caller's range; a request without an answer within the timeout
 * fails with a ConnectionError and closes the connection, as Kafka's NetworkClient does.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions as TlsOptions } from 'node:tls';
import {
  ApiVersionsApi,
  decodeResponseHeader,
  encodeRequestHeader,
  ErrorCode,
  Reader,
  SaslAuthenticateApi,
  SaslHandshakeApi,
  Writer,
  type ApiCodec,
} from '@samsa/protocol';
import { BrokerError, ConnectionError, errorFromCode, UnsupportedApiError, type BrokerAddress } from './errors';
import { saslExchange, type SaslOptions } from './sasl';
import { clientMaxVersion } from './versions';

export interface ConnectionOptions {
  readonly clientId: string;
  /** How long a connect (TCP, TLS, ApiVersions and SASL together) or a request may take. */
  readonly requestTimeoutMs: number;
  /** TLS options for node:tls (ca, cert, key, servername, rejectUnauthorized); absent: plaintext. */
  readonly tls?: TlsOptions;
  readonly sasl?: SaslOptions;
  /** Reported in ApiVersions v3+ (KIP-511). */
  readonly softwareName?: string;
  readonly softwareVersion?: string;
}

export interface VersionRange {
  readonly min: number;
  readonly max: number;
}

interface Pending {
  readonly resolve: (frame: Buffer) => void;
  readonly reject: (err: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** Kafka's response to ApiVersions at a version it does not serve is a v0 body with UNSUPPORTED_VERSION (KIP-511). */
const API_VERSIONS_FALLBACK = 0;

export class BrokerConnection {
  readonly broker: BrokerAddress;
  readonly #socket: Socket;
  readonly #options: ConnectionOptions;
  readonly #pending = new Map<number, Pending>();
  #versions = new Map<number, VersionRange>();
  #nextCorrelationId = 1;
  #chunks: Buffer[] = [];
  #buffered = 0;
  /** Size of the frame being received, -1 before its size prefix is read. */
  #frameSize = -1;
  #closedError: Error | null = null;

  private constructor(broker: BrokerAddress, socket: Socket, options: ConnectionOptions) {
    this.broker = broker;
    this.#socket = socket;
    this.#options = options;
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('error', (err) => this.#fail(new ConnectionError(broker, err.message, true, { cause: err })));
    socket.on('close', () => this.#fail(new ConnectionError(broker, 'connection closed by the broker')));
  }

  /** Connects, negotiates API versions and authenticates; rejects within the request timeout. */
  static async open(broker: BrokerAddress, options: ConnectionOptions): Promise<BrokerConnection> {
    const socket = await openSocket(broker, options);
    const conn = new BrokerConnection(broker, socket, options);
    try {
      await conn.#negotiate();
      if (options.sasl !== undefined) await conn.#authenticate(options.sasl);
    } catch (err) {
      conn.close();
      throw err;
    }
    return conn;
  }

  get closed(): boolean {
    return this.#closedError !== null;
  }

  /** The versions of an API both sides serve, or null when the broker does not serve it. */
  versions(codec: ApiCodec<unknown, unknown>): VersionRange | null {
    const broker = this.#versions.get(codec.apiKey);
    if (broker === undefined) return null;
    const max = Math.min(broker.max, clientMaxVersion(codec));
    const min = Math.max(broker.min, codec.validVersions.min);
    return min <= max ? { min, max } : null;
  }

  /**
   * Sends one request at the highest version in `range` the broker serves; `build` fills the body for that version.
   * Resolves with the decoded response and the version used.
   */
  async send<Req, Res>(
    codec: ApiCodec<Req, Res>,
    build: (version: number) => Req,
    range: Partial<VersionRange> = {},
  ): Promise<{ response: Res; version: number }> {
    const both = this.versions(codec as ApiCodec<unknown, unknown>);
    const min = Math.max(range.min ?? 0, both?.min ?? 0);
    const max = Math.min(range.max ?? Number.MAX_SAFE_INTEGER, both?.max ?? -1);
    if (both === null || min > max)
      throw new UnsupportedApiError(
        this.broker,
        codec.name,
        range.min === undefined ? '' : `v${range.min}${range.max === undefined ? '+' : `-${range.max}`}`,
      );
    const version = max;
    const frame = await this.#roundTrip(codec, version, build(version));
    return { response: this.#decode(codec, version, frame), version };
  }

  /**
   * Sends a request that gets no answer (Produce with acks=0: Kafka's broker sends none), resolving once written.
   */
  async fire<Req>(
    codec: ApiCodec<Req, unknown>,
    build: (version: number) => Req,
    range: Partial<VersionRange> = {},
  ): Promise<number> {
    if (this.#closedError !== null) throw this.#closedError;
    const both = this.versions(codec as ApiCodec<unknown, unknown>);
    const version = Math.min(range.max ?? Number.MAX_SAFE_INTEGER, both?.max ?? -1);
    if (both === null || version < Math.max(range.min ?? 0, both.min))
      throw new UnsupportedApiError(this.broker, codec.name, `v${range.min ?? 0}+`);
    const { buffers } = this.#frame(codec, version, build(version));
    await new Promise<void>((resolve, reject) => {
      buffers.forEach((b, i) =>
        this.#socket.write(b, i === buffers.length - 1 ? (err) => (err ? reject(err) : resolve()) : undefined),
      );
    });
    return version;
  }

  close(): void {
    this.#fail(new ConnectionError(this.broker, 'connection closed'));
    this.#socket.destroy();
  }

  async #negotiate(): Promise<void> {
    const wanted = clientMaxVersion(ApiVersionsApi);
    const body = {
      clientSoftwareName: this.#options.softwareName ?? 'samsa-client',
      clientSoftwareVersion: this.#options.softwareVersion ?? '0.0.0',
    };
    const frame = await this.#roundTrip(ApiVersionsApi, wanted, wanted >= 3 ? body : {});
    let response: ReturnType<typeof ApiVersionsApi.decodeResponse>;
    try {
      response = this.#decode(ApiVersionsApi, wanted, frame);
    } catch {
      response = this.#decode(ApiVersionsApi, API_VERSIONS_FALLBACK, frame);
    }
    if (response.errorCode === ErrorCode.UNSUPPORTED_VERSION) {
      const theirs = response.apiKeys.find((k) => k.apiKey === ApiVersionsApi.apiKey)?.maxVersion ?? 0;
      const retry = await this.#roundTrip(ApiVersionsApi, theirs, theirs >= 3 ? body : {});
      response = this.#decode(ApiVersionsApi, theirs, retry);
    }
    const err = errorFromCode(response.errorCode, null, this.broker, 'ApiVersions');
    if (err !== null) throw err;
    this.#versions = new Map(response.apiKeys.map((k) => [k.apiKey, { min: k.minVersion, max: k.maxVersion }]));
  }

  async #authenticate(sasl: SaslOptions): Promise<void> {
    const handshake = await this.send(SaslHandshakeApi, () => ({ mechanism: sasl.mechanism }), { min: 1 }).catch(
      (err: unknown) => {
        if (err instanceof UnsupportedApiError)
          throw new ConnectionError(this.broker, 'the broker does not offer SASL on this listener', false);
        throw err;
      },
    );
    if (handshake.response.errorCode !== ErrorCode.NONE) {
      const err = errorFromCode(handshake.response.errorCode, null, this.broker, 'SASL');
      const offered = handshake.response.mechanisms.join(', ') || 'none';
      throw new ConnectionError(
        this.broker,
        `${err?.errorName ?? 'SASL'}: ${sasl.mechanism} is not enabled (the broker offers: ${offered})`,
        false,
      );
    }
    const exchange = saslExchange(sasl);
    let message: Buffer | null = exchange.start();
    while (message !== null) {
      const authBytes: Buffer = message;
      const { response } = await this.send(SaslAuthenticateApi, () => ({ authBytes }));
      if (response.errorCode !== ErrorCode.NONE) {
        const err = errorFromCode(response.errorCode, response.errorMessage, this.broker, 'SASL');
        throw new ConnectionError(this.broker, err instanceof BrokerError ? err.describe() : 'SASL failed', false);
      }
      message = exchange.next(response.authBytes);
    }
  }

  #frame<Req>(codec: ApiCodec<Req, unknown>, version: number, body: Req): { buffers: Buffer[]; correlationId: number } {
    const correlationId = this.#nextCorrelationId++;
    const w = new Writer();
    const at = w.reserveInt32();
    encodeRequestHeader(
      w,
      { apiKey: codec.apiKey, apiVersion: version, correlationId, clientId: this.#options.clientId },
      codec.requestHeaderVersion(version),
    );
    codec.encodeRequest(w, version, body);
    w.setInt32At(at, w.byteLength - 4);
    return { buffers: w.toBuffers(), correlationId };
  }

  #roundTrip<Req>(codec: ApiCodec<Req, unknown>, version: number, body: Req): Promise<Buffer> {
    if (this.#closedError !== null) return Promise.reject(this.#closedError);
    const { buffers, correlationId } = this.#frame(codec, version, body);
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        const err = new ConnectionError(
          this.broker,
          `no answer to ${codec.name} within ${this.#options.requestTimeoutMs} ms`,
        );
        this.#fail(err);
        this.#socket.destroy();
      }, this.#options.requestTimeoutMs);
      this.#pending.set(correlationId, { resolve, reject, timer });
      for (const b of buffers) this.#socket.write(b);
    });
  }

  #decode<Res>(codec: ApiCodec<unknown, Res>, version: number, frame: Buffer): Res {
    const r = new Reader(frame, 0);
    decodeResponseHeader(r, codec.responseHeaderVersion(version));
    return codec.decodeResponse(r, version);
  }

  #onData(chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    while (this.#buffered >= 4) {
      // Join the chunks once per frame, when all of it is there (a large fetch answer arrives in many chunks).
      if (this.#frameSize < 0) {
        const first = this.#chunks[0] as Buffer;
        this.#frameSize = (first.length >= 4 ? first : Buffer.concat(this.#chunks, this.#buffered)).readInt32BE(0);
      }
      if (this.#buffered < 4 + this.#frameSize) return;
      const all = this.#chunks.length === 1 ? (this.#chunks[0] as Buffer) : Buffer.concat(this.#chunks, this.#buffered);
      const frame = all.subarray(4, 4 + this.#frameSize);
      const rest = all.subarray(4 + this.#frameSize);
      this.#chunks = rest.length > 0 ? [rest] : [];
      this.#buffered = rest.length;
      this.#frameSize = -1;
      const correlationId = frame.readInt32BE(0);
      const pending = this.#pending.get(correlationId);
      if (pending === undefined) {
        this.#fail(new ConnectionError(this.broker, `answer with unknown correlation id ${correlationId}`));
        this.#socket.destroy();
        return;
      }
      this.#pending.delete(correlationId);
      clearTimeout(pending.timer);
      pending.resolve(frame);
    }
  }

  #fail(err: Error): void {
    if (this.#closedError === null) this.#closedError = err;
    for (const p of this.#pending.values()) {
      clearTimeout(p.timer);
      p.reject(this.#closedError);
    }
    this.#pending.clear();
  }
}

function openSocket(broker: BrokerAddress, options: ConnectionOptions): Promise<Socket> {
  return new Promise<Socket>((resolve, reject) => {
    const tls = options.tls;
    const socket =
      tls === undefined
        ? netConnect({ host: broker.host, port: broker.port })
        : tlsConnect({
            servername: isIp(broker.host) ? undefined : broker.host,
            ...tls,
            host: broker.host,
            port: broker.port,
          });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new ConnectionError(broker, `cannot connect within ${options.requestTimeoutMs} ms`));
    }, options.requestTimeoutMs);
    const onError = (err: NodeJS.ErrnoException): void => {
      clearTimeout(timer);
      socket.destroy();
      const tlsFailure = tls !== undefined && err.code !== 'ECONNREFUSED' && err.code !== 'ECONNRESET';
      reject(new ConnectionError(broker, `cannot connect: ${err.message}`, !tlsFailure, { cause: err }));
    };
    socket.once('error', onError);
    socket.once(tls === undefined ? 'connect' : 'secureConnect', () => {
      clearTimeout(timer);
      socket.off('error', onError);
      socket.setNoDelay(true);
      resolve(socket);
    });
  });
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}
