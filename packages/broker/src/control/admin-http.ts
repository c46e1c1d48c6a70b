/**
 * The HTTP admin endpoint (`samsa.admin.listener`): probes for process supervisors, Prometheus metrics, and the
 * control API as JSON over HTTP, so tests in any language (and `samsa ctl`) can drive faults. Requests pass
 * `AdminGuard` first (Host, Origin, bearer token, JSON content type: 403 / 401 / 415). Routes answer JSON (but
 * /metrics); errors are `{ "error": message }` with 400 (bad input), 404 (unknown route, broker, partition or
 * fault) or 409 (refused by the cluster, with `kafkaError`, e.g. INELIGIBLE_REPLICA). Routes (documented with curl
 * examples in the broker README):
 *
 *   GET    /healthz                                      200 while the process runs
 *   GET    /readyz                                       200 when every listener is up and the coordinators loaded,
 *                                                        503 with the reasons otherwise
 *   GET    /metrics                                      Prometheus text format (metrics/registry.ts)
 *   GET    /v1/cluster                                   cluster id, controller, brokers and their state
 *   POST   /v1/brokers/{id}/{stop|start|pause|resume}
 *   POST   /v1/brokers/{id}/log-dirs/fail               {"dir": "/data/b"}: the log dir fails as a dead disk would
 *   GET    /v1/partitions/{topic}/{p}                    leader, epoch, replicas, ISR, high watermark, log ends
 *   POST   /v1/partitions/{topic}/{p}/leader             {"broker": 2}
 *   POST   /v1/partitions/{topic}/{p}/isr                {"isr": [1, 2]}
 *   POST   /v1/partitions/{topic}/{p}/leaderless
 *   POST   /v1/partitions/{topic}/{p}/preferred-read-replica  {"broker": 2} or {"broker": null} (KIP-392)
 *   POST   /v1/topics/{topic}/compact                   {"partition"?}: a log cleaner pass now, what it removed
 *   GET    /v1/partitions/{topic}/{p}/cleaner            the log cleaner's state of each replica
 *   POST   /v1/compact                                  the same on every compacted topic
 *   GET    /v1/clients/telemetry                         client instances (KIP-714) and the metrics they pushed last
 *   GET    /v1/faults                                    every fault, with hits and what is left
 *   POST   /v1/faults/errors                             {"api", "error", "count"?, "probability"?, "broker"?, "topic"?, "partition"?}
 *   POST   /v1/faults/drops                              {"api"?, "count"?, "probability"?, "broker"?, "topic"?, "partition"?}
 *   POST   /v1/faults/latency                            {"ms", "api"?, "broker"?}
 *   POST   /v1/faults/holds                              {"api"?, "broker"?, "topic"?, "partition"?}
 *   POST   /v1/faults/holds/{id}/release
 *   POST   /v1/faults/api-versions                       {"api", "maxVersion", "broker"?}
 *   DELETE /v1/faults/{id}
 *   DELETE /v1/faults                                    everything: faults, pauses, stopped brokers
 *   GET    /v1/requests?broker=&api=&clientId=&principal=&listener=&afterSeq= the request log
 *   POST   /v1/requests/start                            {"limit"?}
 *   POST   /v1/requests/stop
 *   DELETE /v1/requests
 *
 * A request no route answers goes, once the guard has passed it, to the `AdminMount` when one is attached
 * (`mount()`): the web console (@samsa/console) serves its page, assets and JSON there.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { KafkaError } from '../errors';
import type { BrokerMetrics } from '../metrics/registry';
import { AdminGuard, isLoopback, isWildcard } from './admin-guard';
import type { ClusterControl } from './cluster-control';
import { ControlInputError, ControlNotFoundError } from './names';
import type { Readiness } from './readiness';

const MAX_BODY_BYTES = 64 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A route's answer with a status of its own (a route that returns anything else answers 200 with it as JSON). */
class Reply {
  constructor(
    readonly status: number,
    readonly payload: unknown,
  ) {}
}

/** A route's answer that is not JSON. */
class TextReply {
  constructor(
    readonly contentType: string,
    readonly text: string,
  ) {}
}

type Json = Record<string, unknown>;
type Route = (body: Json, params: string[], query: URLSearchParams) => unknown;

/** What the endpoint hands a request that none of its routes answers, after the guard: the web console. */
export interface AdminMount {
  /** Answers the request and resolves true, or resolves false when the path is not its own (404). */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Called when the endpoint stops. */
  close(): Promise<void>;
}

export interface AdminHttpOptions {
  readonly control: ClusterControl;
  readonly logger: Logger;
  /** What `/readyz` reports. */
  readonly readiness: () => Readiness;
  /** What `/metrics` prints. */
  readonly metrics: BrokerMetrics;
  /** `samsa.admin.token`: the bearer token every route but the probes needs; null for none. */
  readonly token: string | null;
}

export class AdminHttpServer {
  readonly #control: ClusterControl;
  readonly #logger: Logger;
  readonly #readiness: () => Readiness;
  readonly #metrics: BrokerMetrics;
  readonly #token: string | null;
  readonly #server: Server;
  readonly #routes: [method: string, pattern: RegExp, route: Route][];
  #address: { host: string; port: number } | null = null;
  #guard: AdminGuard | null = null;
  #mount: AdminMount | null = null;

  constructor(options: AdminHttpOptions) {
    this.#control = options.control;
    this.#logger = options.logger;
    this.#readiness = options.readiness;
    this.#metrics = options.metrics;
    this.#token = options.token;
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
    this.#guard = new AdminGuard(host, this.#address.port, this.#token);
    this.#logger.info({ address: this.url, auth: this.#token === null ? 'none' : 'bearer token' }, 'admin listening');
    if (!isLoopback(host)) {
      const unprotected =
        this.#token === null ? ', without samsa.admin.token: anyone who can reach it can stop brokers' : '';
      this.#logger.warn({ address: this.url }, `admin endpoint bound to a non-loopback address${unprotected}`);
    }
    if (isWildcard(host)) {
      this.#logger.warn(
        { address: this.url },
        'admin endpoint bound to a wildcard address accepts any Host header; only samsa.admin.token protects it from DNS rebinding',
      );
    }
    return this.url;
  }

  /** Attaches the handler of every request no route answers (one at a time). */
  mount(mount: AdminMount): void {
    if (this.#mount !== null) throw new Error('the admin endpoint has a mount already');
    this.#mount = mount;
  }

  async stop(): Promise<void> {
    await this.#mount?.close();
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
      const refusal = (this.#guard as AdminGuard).check(req.method ?? '', path, req.headers);
      if (refusal !== null) {
        // Not a word of the request (token, host, origin) goes back or into the log.
        req.resume();
        send(
          res,
          refusal.status,
          'application/json',
          JSON.stringify({ error: refusal.message }),
          // Basic too, so a browser asks for the token (as the password) before it loads the console; one header
          // per scheme, as browsers read them.
          refusal.status === 401
            ? { 'www-authenticate': ['Bearer realm="samsa-admin"', 'Basic realm="samsa-admin"'] }
            : {},
        );
        return;
      }
      const found = this.#routes.find(([method, pattern]) => method === req.method && pattern.test(path));
      if (!found) {
        if (this.#mount !== null && (await this.#mount.handle(req, res, url))) return;
        throw new HttpError(404, `no route ${req.method} ${url.pathname}`);
      }
      const body = await readJson(req);
      const params = (found[1].exec(path) ?? []).slice(1).map((p) => decodeURIComponent(p));
      const answer = (await found[2](body, params, url.searchParams)) ?? { ok: true };
      if (answer instanceof TextReply) {
        send(res, 200, answer.contentType, answer.text);
        return;
      }
      if (answer instanceof Reply) [status, payload] = [answer.status, answer.payload];
      else payload = answer;
    } catch (err) {
      [status, payload] = errorPayload(err);
      if (status === 500) this.#logger.error({ err }, 'admin request failed');
    }
    send(res, status, 'application/json', JSON.stringify(payload));
  }

  #table(): [string, RegExp, Route][] {
    const c = this.#control;
    const seg = '([^/]+)';
    return [
      ['GET', /^\/healthz$/, () => ({ status: 'ok' })],
      [
        'GET',
        /^\/readyz$/,
        () => {
          const { ready, reasons } = this.#readiness();
          return ready ? { status: 'ready' } : new Reply(503, { status: 'not ready', reasons });
        },
      ],
      ['GET', /^\/metrics$/, async () => new TextReply(this.#metrics.contentType, await this.#metrics.text())],
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
        'POST',
        new RegExp(`^/v1/brokers/${seg}/log-dirs/fail$`),
        (b, [id]) => c.failLogDir(int(id, 'broker id'), b['dir'] as string),
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
      [
        'POST',
        new RegExp(`^/v1/partitions/${seg}/${seg}/preferred-read-replica$`),
        (b, [t, p]) =>
          c.setPreferredReadReplica(
            t as string,
            int(p, 'partition'),
            b['broker'] === null ? null : num(b['broker'], 'broker'),
          ),
      ],
      [
        'POST',
        new RegExp(`^/v1/topics/${seg}/compact$`),
        async (b, [t]) => ({
          results: await c.compact(
            t as string,
            b['partition'] === undefined ? undefined : num(b['partition'], 'partition'),
          ),
        }),
      ],
      ['POST', /^\/v1\/compact$/, async () => ({ results: await c.compact() })],
      [
        'GET',
        new RegExp(`^/v1/partitions/${seg}/${seg}/cleaner$`),
        (_b, [t, p]) => ({ replicas: c.cleanerState(t as string, int(p, 'partition')) }),
      ],
      ['GET', new RegExp(`^/v1/groups/${seg}$`), (_b, [g]) => c.describeConsumerGroup(g as string)],
      ['GET', /^\/v1\/clients\/telemetry$/, () => ({ clients: c.clientTelemetry() })],
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
            ...(q.has('principal') ? { principal: q.get('principal') as string } : {}),
            ...(q.has('listener') ? { listener: q.get('listener') as string } : {}),
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

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  text: string,
  extra: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, {
    ...extra,
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function errorPayload(err: unknown): [number, Json] {
  if (err instanceof HttpError) return [err.status, { error: err.message }];
  if (err instanceof ControlInputError) return [400, { error: err.message }];
  if (err instanceof ControlNotFoundError) return [404, { error: err.message }];
  if (err instanceof KafkaError) return [409, { error: err.message, kafkaError: err.errorName }];
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
