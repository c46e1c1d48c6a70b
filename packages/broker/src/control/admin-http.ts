/**
 * The HTTP admin endpoint (`samsa.admin.listener`): the control API as JSON over HTTP, so tests in any language
 * (and `samsa ctl`) can drive faults. Every route answers JSON; errors are `{ "error": message }` with 400 (bad
 * input), 404 (unknown route, broker, partition or fault) or 409 (refused by the cluster, with `kafkaError`, e.g.
 * INELIGIBLE_REPLICA). Routes (documented with curl examples in the broker README):
 *
 *   GET    /v1/cluster                                   cluster id, controller, brokers and their state
 *   POST   /v1/brokers/{id}/{stop|start|pause|resume}
 *   GET    /v1/partitions/{topic}/{p}                    leader, epoch, replicas, ISR, high watermark, log ends
 *   POST   /v1/partitions/{topic}/{p}/leader             {"broker": 2}
 *   POST   /v1/partitions/{topic}/{p}/isr                {"isr": [1, 2]}
 *   POST   /v1/partitions/{topic}/{p}/leaderless
 *   GET    /v1/faults                                    every fault, with hits and what is left
 *   POST   /v1/faults/errors                             {"api", "error", "count"?, "probability"?, "broker"?, "topic"?, "partition"?}
 *   POST   /v1/faults/drops                              {"api"?, "count"?, "probability"?, "broker"?, "topic"?, "partition"?}
 *   POST   /v1/faults/latency                            {"ms", "api"?, "broker"?}
 *   POST   /v1/faults/holds                              {"api"?, "broker"?, "topic"?, "partition"?}
 *   POST   /v1/faults/holds/{id}/release
 *   POST   /v1/faults/api-versions                       {"api", "maxVersion", "broker"?}
 *   DELETE /v1/faults/{id}
 *   DELETE /v1/faults                                    everything: faults, pauses, stopped brokers
 *   GET    /v1/requests?broker=&api=&clientId=&afterSeq= the request log
 *   POST   /v1/requests/start                            {"limit"?}
 *   POST   /v1/requests/stop
 *   DELETE /v1/requests
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { KafkaError } from '../errors';
import type { ClusterControl } from './cluster-control';
import { ControlInputError, ControlNotFoundError } from './names';

const MAX_BODY_BYTES = 64 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;
type Route = (body: Json, params: string[], query: URLSearchParams) => unknown;

export class AdminHttpServer {
  readonly #control: ClusterControl;
  readonly #logger: Logger;
  readonly #server: Server;
  readonly #routes: [method: string, pattern: RegExp, route: Route][];
  #address: { host: string; port: number } | null = null;

  constructor(control: ClusterControl, logger: Logger) {
    this.#control = control;
    this.#logger = logger;
    // node:http loads only for a broker with an admin endpoint: it is two milliseconds of every start-up otherwise.
    const { createServer } = require('node:http') as typeof import('node:http');
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#routes = this.#table();
  }

  /** `http://host:port` once listening. */
  get url(): string {
    if (!this.#address) throw new Error('admin endpoint is not listening');
    return `http://${this.#address.host.includes(':') ? `[${this.#address.host}]` : this.#address.host}:${this.#address.port}`;
  }

  async start(host: string, port: number): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen({ host, port }, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    const address = this.#server.address();
    this.#address = { host, port: typeof address === 'object' && address !== null ? address.port : port };
    this.#logger.info({ address: this.url }, 'admin listening');
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let status = 200;
    let payload: unknown;
    try {
      const url = new URL(req.url ?? '/', 'http://admin');
      const path = url.pathname.replace(/\/+$/, '');
      const body = await readJson(req);
      const found = this.#routes.find(([method, pattern]) => method === req.method && pattern.test(path));
      if (!found) throw new HttpError(404, `no route ${req.method} ${url.pathname}`);
      const params = (found[1].exec(path) ?? []).slice(1).map((p) => decodeURIComponent(p));
      payload = (await found[2](body, params, url.searchParams)) ?? { ok: true };
    } catch (err) {
      [status, payload] = errorPayload(err);
      if (status === 500) this.#logger.error({ err }, 'admin request failed');
    }
    const text = JSON.stringify(payload);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  #table(): [string, RegExp, Route][] {
    const c = this.#control;
    const seg = '([^/]+)';
    return [
      [
        'GET',
        /^\/v1\/cluster$/,
        () => ({ clusterId: c.clusterId, controllerId: c.controllerId, brokers: c.brokers() }),
      ],
      [
        'POST',
        new RegExp(`^/v1/brokers/${seg}/(stop|start|pause|resume)$`),
        async (_b, [id, op]) => {
          const nodeId = int(id, 'broker id');
          if (op === 'stop') await c.stopBroker(nodeId);
          else if (op === 'start') await c.startBroker(nodeId);
          else if (op === 'pause') c.pauseBroker(nodeId);
          else c.resumeBroker(nodeId);
          return { brokers: c.brokers() };
        },
      ],
      [
        'GET',
        new RegExp(`^/v1/partitions/${seg}/${seg}$`),
        (_b, [t, p]) => c.describePartition(t as string, int(p, 'partition')),
      ],
      [
        'POST',
        new RegExp(`^/v1/partitions/${seg}/${seg}/leader$`),
        (b, [t, p]) => c.moveLeader(t as string, int(p, 'partition'), num(b['broker'], 'broker')),
      ],
      [
        'POST',
        new RegExp(`^/v1/partitions/${seg}/${seg}/isr$`),
        (b, [t, p]) => c.setIsr(t as string, int(p, 'partition'), b['isr'] as number[]),
      ],
      [
        'POST',
        new RegExp(`^/v1/partitions/${seg}/${seg}/leaderless$`),
        (_b, [t, p]) => c.setLeaderless(t as string, int(p, 'partition')),
      ],
      ['GET', /^\/v1\/faults$/, () => ({ faults: c.faults(), brokers: c.brokers() })],
      ['POST', /^\/v1\/faults\/errors$/, (b) => c.injectError(b as never)],
      ['POST', /^\/v1\/faults\/drops$/, (b) => c.dropConnections(b as never)],
      ['POST', /^\/v1\/faults\/latency$/, (b) => c.addLatency(b as never)],
      ['POST', /^\/v1\/faults\/holds$/, (b) => c.hold(b as never)],
      ['POST', new RegExp(`^/v1/faults/holds/${seg}/release$`), (_b, [id]) => ({ released: c.release(id as string) })],
      ['POST', /^\/v1\/faults\/api-versions$/, (b) => c.capApiVersion(b as never)],
      ['DELETE', new RegExp(`^/v1/faults/${seg}$`), (_b, [id]) => c.remove(id as string)],
      [
        'DELETE',
        /^\/v1\/faults$/,
        async () => {
          await c.clear();
          return { brokers: c.brokers(), faults: c.faults() };
        },
      ],
      [
        'GET',
        /^\/v1\/requests$/,
        (_b, _p, q) => ({
          requests: c.requests({
            ...(q.has('broker') ? { broker: int(q.get('broker'), 'broker') } : {}),
            ...(q.has('api') ? { api: q.get('api') as string } : {}),
            ...(q.has('clientId') ? { clientId: q.get('clientId') as string } : {}),
            ...(q.has('afterSeq') ? { afterSeq: int(q.get('afterSeq'), 'afterSeq') } : {}),
          }),
        }),
      ],
      [
        'POST',
        /^\/v1\/requests\/start$/,
        (b) => c.startRequestLog(b['limit'] === undefined ? undefined : num(b['limit'], 'limit')),
      ],
      ['POST', /^\/v1\/requests\/stop$/, () => c.stopRequestLog()],
      ['DELETE', /^\/v1\/requests$/, () => c.clearRequestLog()],
    ];
  }
}

function errorPayload(err: unknown): [number, Json] {
  if (err instanceof HttpError) return [err.status, { error: err.message }];
  if (err instanceof ControlInputError) return [400, { error: err.message }];
  if (err instanceof ControlNotFoundError) return [404, { error: err.message }];
  if (err instanceof KafkaError) return [409, { error: err.message, kafkaError: err.errorName }];
  if (typeof err === 'object' && err !== null && 'kafkaErrorName' in err) {
    return [
      409,
      {
        error: err instanceof Error ? err.message : String(err),
        kafkaError: String((err as { kafkaErrorName: unknown }).kafkaErrorName),
      },
    ];
  }
  return [500, { error: err instanceof Error ? err.message : String(err) }];
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  if (size === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new HttpError(400, 'request body must be a JSON object');
  return parsed as Json;
}

function int(text: string | null | undefined, what: string): number {
  if (text === null || text === undefined || !/^-?\d+$/.test(text))
    throw new ControlInputError(`${what} must be an integer`);
  return Number(text);
}

function num(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new ControlInputError(`${what} must be an integer`);
  return value;
}
