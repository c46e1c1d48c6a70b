/**
 * A minimal Kafka client for tests, built on the generated codecs: encodes a request with the header version the
 * codec prescribes, reads size-prefixed responses in order and decodes them with the response header version.
 * Also sends raw bytes, to test how the broker treats malformed input.
 */
import { connect, type Socket } from 'node:net';
import { connect as connectTls, type ConnectionOptions } from 'node:tls';
import { decodeResponseHeader, encodeRequestHeader, Reader, Writer, type ApiCodec } from '@samsa/protocol';

interface Pending {
  readonly correlationId: number;
  readonly resolve: (frame: Buffer) => void;
  readonly reject: (err: Error) => void;
}

export class WireClient {
  readonly #socket: Socket;
  #buffer: Buffer = Buffer.alloc(0);
  readonly #pending: Pending[] = [];
  /** Takers of the next frames as raw bytes (size prefix included): SASL v0 tokens have no response header. */
  readonly #rawTakers: ((frame: Buffer) => void)[] = [];
  #nextCorrelationId = 1;
  readonly closed: Promise<void>;
  #isClosed = false;

  private constructor(socket: Socket) {
    this.#socket = socket;
    this.closed = new Promise((resolve) =>
      socket.once('close', () => {
        this.#isClosed = true;
        for (const p of this.#pending.splice(0)) p.reject(new Error('connection closed'));
        resolve();
      }),
    );
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
  }

  static connect(port: number, host = '127.0.0.1'): Promise<WireClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host }, () => {
        socket.off('error', reject);
        resolve(new WireClient(socket));
      });
      socket.once('error', reject);
    });
  }

  /** A TLS connection: resolves once the handshake completed, rejects when it fails. */
  static connectTls(port: number, options: ConnectionOptions, host = '127.0.0.1'): Promise<WireClient> {
    return new Promise((resolve, reject) => {
      const socket = connectTls({ port, host, servername: 'localhost', ...options }, () => {
        socket.off('error', reject);
        resolve(new WireClient(socket));
      });
      socket.once('error', reject);
    });
  }

  get isClosed(): boolean {
    return this.#isClosed;
  }

  /** Sends a request and resolves with the decoded response body. */
  async request<Req, Res>(
    codec: ApiCodec<Req, Res>,
    version: number,
    body: Req,
    clientId: string | null = 'wire-client',
  ): Promise<Res> {
    const { frame, correlationId } = this.encode(codec, version, body, clientId);
    const response = this.#expect(correlationId);
    this.#socket.write(frame);
    return this.decode(codec, version, await response);
  }

  /** Encodes a full frame (size prefix included). */
  encode<Req>(
    codec: ApiCodec<Req, unknown>,
    version: number,
    body: Req,
    clientId: string | null = 'wire-client',
  ): { frame: Buffer; correlationId: number } {
    const correlationId = this.#nextCorrelationId++;
    const w = new Writer();
    const at = w.reserveInt32();
    encodeRequestHeader(
      w,
      { apiKey: codec.apiKey, apiVersion: version, correlationId, clientId },
      codec.requestHeaderVersion(version),
    );
    codec.encodeRequest(w, version, body);
    w.setInt32At(at, w.byteLength - 4);
    return { frame: w.toBuffer(), correlationId };
  }

  /** Decodes a response frame (without size prefix) and checks its correlation id. */
  decode<Res>(codec: ApiCodec<unknown, Res>, version: number, frame: Buffer): Res {
    const r = new Reader(frame, 0);
    decodeResponseHeader(r, codec.responseHeaderVersion(version));
    const res = codec.decodeResponse(r, version);
    if (r.remaining !== 0) throw new Error(`${r.remaining} trailing bytes after ${codec.name} v${version} response`);
    return res;
  }

  /** Writes raw bytes; if `correlationId` is given, resolves with the raw response frame for it. */
  sendRaw(bytes: Buffer, correlationId?: number): Promise<Buffer> | undefined {
    const p = correlationId === undefined ? undefined : this.#expect(correlationId);
    this.#socket.write(bytes);
    return p;
  }

  /** Registers interest in the next response, which must carry `correlationId`. */
  #expect(correlationId: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      if (this.#isClosed) reject(new Error('connection closed'));
      else this.#pending.push({ correlationId, resolve, reject });
    });
  }

  /** The next frame the broker sends, size prefix included, whatever it holds (a raw SASL token). */
  nextRawFrame(): Promise<Buffer> {
    return new Promise((resolve) => this.#rawTakers.push(resolve));
  }

  /** Raw frames in arrival order, for tests that pipeline with sendRaw. */
  nextCorrelationId(): number {
    return this.#nextCorrelationId++;
  }

  end(): void {
    this.#socket.end();
  }

  destroy(): void {
    this.#socket.destroy();
  }

  #onData(chunk: Buffer): void {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    while (this.#buffer.length >= 4) {
      const size = this.#buffer.readInt32BE(0);
      if (this.#buffer.length < 4 + size) break;
      const frame = this.#buffer.subarray(4, 4 + size);
      const whole = this.#buffer.subarray(0, 4 + size);
      this.#buffer = this.#buffer.subarray(4 + size);
      const taker = this.#rawTakers.shift();
      if (taker) {
        taker(whole);
        continue;
      }
      const pending = this.#pending.shift();
      if (!pending) throw new Error('unexpected response');
      const got = frame.readInt32BE(0);
      if (got !== pending.correlationId)
        pending.reject(new Error(`correlation id ${got}, expected ${pending.correlationId}`));
      else pending.resolve(frame);
    }
  }
}
