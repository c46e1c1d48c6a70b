/**
 * The web console's server side: the page and its assets, and the JSON the page reads (`/api/...`), answered from
 * the cluster through @samsa/client as any Kafka tool would, plus, inside a samsa process, broker states, metrics
 * and the live request log. The fault panel posts to the admin endpoint's own control routes (`/v1/...`), which sit
 * on the same origin. It is an `AdminMount`: behind the admin endpoint's guard when samsa serves it, behind the
 * same guard on a server of its own for `samsa console --brokers` (standalone.ts).
 *
 *   GET    /                                  the page (and /assets/app.js, /assets/app.css)
 *   GET    /api/info                          mode (samsa or kafka), bootstrap servers, API and error names
 *   GET    /api/overview                      cluster id, brokers and states, topic, partition, URP and offline counts
 *   GET    /api/throughput                    bytes and records per second over the last minutes
 *   GET    /api/brokers                       brokers and every partition: leader, epoch, replicas, ISR, offsets
 *   GET    /api/topics                        topics with partitions, replication, size and record counts
 *   POST   /api/topics                        {"name", "partitions"?, "replicationFactor"?, "configs"?}
 *   GET    /api/topics/{t}                    partitions and configs
 *   DELETE /api/topics/{t}
 *   POST   /api/topics/{t}/configs            {"set"?: {k: v}, "delete"?: [k]}
 *   POST   /api/topics/{t}/partitions         {"count"}: the new total
 *   GET    /api/topics/{t}/records?from=&partitions=&offset=&timestamp=&cursor=&limit=&filter=&markers=
 *   POST   /api/topics/{t}/records            {"key"?, "value", "headers"?, "partition"?, "encoding"?}
 *   GET    /api/topics/{t}/tail?partitions=&filter=&markers=     Server-Sent Events: `records`
 *   GET    /api/groups                        groups with state, type, members and total lag
 *   GET    /api/groups/{g}                    members, assignments, offsets and lag, and the lag's recent history
 *   POST   /api/groups/{g}/reset              {"to": "start"|"end"|"timestamp"|"offset", "timestamp"?, "offset"?, "topic"?}
 *   GET    /api/requests/stream?broker=&api=&clientId=           samsa: Server-Sent Events of the request log
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { KafkaClient, Producer, type ClientOptions } from '@samsa/client';
import { ApiKey, ErrorCode } from '@samsa/protocol';
import { Assets, findAssetsDir } from './assets';
import { clusterSnapshot, overview } from './cluster-view';
import { openEventStream } from './events';
import { groupDetail, listGroupRows, resetOffsets } from './groups-view';
import { History } from './history';
import { dispatch, HttpError, intField, route, STREAMED, type Route } from './http';
import { browse, parseBrowseQuery, produceOne, tail } from './messages';
import type { SamsaSide } from './samsa-side';
import { addPartitions, alterTopicConfigs, createTopic, deleteTopic, listTopics, topicDetail } from './topics-view';

/** The client id of the console's own requests (a request log can leave them out). */
export const CONSOLE_CLIENT_ID = 'samsa-console';

export interface ConsoleLogger {
  error(obj: object, msg: string): void;
}

export interface ConsoleOptions {
  /** How to reach the cluster: bootstrap servers, TLS, SASL. */
  readonly client: ClientOptions;
  /** The samsa process the console runs in: broker states, metrics, request log, and the fault panel. */
  readonly samsa?: SamsaSide | null;
  /** The built page; default: found beside this code (assets.ts). */
  readonly assetsDir?: string;
  /** How often the charts' history is sampled while the page is in use (default 2000 ms). */
  readonly sampleIntervalMs?: number;
  readonly logger?: ConsoleLogger;
}

export class ConsoleApp {
  readonly #client: KafkaClient;
  readonly #clientOptions: ClientOptions;
  readonly #side: SamsaSide | null;
  readonly #assets: Assets;
  readonly #history: History;
  readonly #routes: Route[];
  readonly #logger: ConsoleLogger | null;
  readonly #streams = new Set<{ close(): void }>();
  #producer: Producer | null = null;

  constructor(options: ConsoleOptions) {
    const dir = options.assetsDir ?? findAssetsDir();
    if (dir === null) throw new Error('the web console is not built: run npm run build');
    this.#assets = new Assets(dir);
    this.#clientOptions = { retries: 3, requestTimeoutMs: 10000, ...options.client, clientId: CONSOLE_CLIENT_ID };
    this.#client = new KafkaClient(this.#clientOptions);
    this.#side = options.samsa ?? null;
    this.#history = new History(this.#client, this.#side, options.sampleIntervalMs ?? 2000);
    this.#logger = options.logger ?? null;
    this.#routes = this.#table();
  }

  /** The built page's bytes, plain and gzipped. */
  get assetSizes(): { plain: number; gzipped: number } {
    return this.#assets.sizes;
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      this.#history.touch();
      return dispatch(this.#routes, req, res, url, (err) => this.#logger?.error({ err }, 'console request failed'));
    }
    return this.#assets.serve(req, res, path);
  }

  async close(): Promise<void> {
    this.#history.stop();
    for (const s of this.#streams) s.close();
    this.#client.close();
  }

  #producerOf(): Producer {
    this.#producer ??= new Producer(this.#client, { acks: -1 });
    return this.#producer;
  }

  #table(): Route[] {
    const client = this.#client;
    const side = this.#side;
    return [
      route('GET', '/api/info', () => ({
        mode: side === null ? 'kafka' : 'samsa',
        faults: side !== null,
        bootstrap: this.#clientOptions.brokers.join(','),
        clientId: CONSOLE_CLIENT_ID,
        apis: Object.keys(ApiKey),
        errors: Object.keys(ErrorCode).filter((e) => e !== 'NONE'),
        requestLog: side === null ? null : { enabled: side.control.list().requestLog.enabled },
      })),
      route('GET', '/api/overview', () => overview(client, side)),
      route('GET', '/api/throughput', () => ({ samples: this.#history.throughput() })),
      route('GET', '/api/brokers', () => clusterSnapshot(client, side, true)),
      route('GET', '/api/topics', async () => ({ topics: await listTopics(client, side) })),
      route('POST', '/api/topics', async ({ body }) => createTopic(client, await body())),
      route('GET', '/api/topics/:t', ({ params }) => topicDetail(client, side, params[0] as string)),
      route('DELETE', '/api/topics/:t', async ({ params }) => {
        await deleteTopic(client, params[0] as string);
        return { deleted: params[0] };
      }),
      route('POST', '/api/topics/:t/configs', async ({ params, body }) => {
        await alterTopicConfigs(client, params[0] as string, await body());
        return topicDetail(client, side, params[0] as string);
      }),
      route('POST', '/api/topics/:t/partitions', async ({ params, body }) => {
        await addPartitions(client, params[0] as string, await body());
        return topicDetail(client, side, params[0] as string);
      }),
      route('GET', '/api/topics/:t/records', ({ params, query }) =>
        browse(client, params[0] as string, parseBrowseQuery(query)),
      ),
      route('POST', '/api/topics/:t/records', async ({ params, body }) =>
        produceOne(this.#producerOf(), params[0] as string, await body()),
      ),
      route('GET', '/api/topics/:t/tail', async ({ req, res, params, query }) => {
        const q = parseBrowseQuery(query);
        const stream = openEventStream(req, res);
        this.#streams.add(stream);
        void stream.done.then(() => this.#streams.delete(stream));
        void tail(this.#clientOptions, params[0] as string, q.partitions, q.filter, q.markers, stream);
        return STREAMED;
      }),
      route('GET', '/api/groups', async () => ({ groups: await listGroupRows(client) })),
      route('GET', '/api/groups/:g', async ({ params }) => {
        const groupId = params[0] as string;
        this.#history.watchGroup(groupId);
        const detail = await groupDetail(client, groupId);
        this.#history.recordLag(groupId, detail.totalLag);
        return { ...detail, lagHistory: this.#history.lag(groupId) };
      }),
      route('POST', '/api/groups/:g/reset', async ({ params, body }) =>
        resetOffsets(client, params[0] as string, await body()),
      ),
      route('GET', '/api/requests/stream', ({ req, res, query }) => {
        if (side === null) throw new HttpError(404, 'the request log is samsa only');
        const filter = {
          ...(query.get('broker') ? { broker: intField(query.get('broker'), 'broker') } : {}),
          ...(query.get('api') ? { api: query.get('api') as string } : {}),
          ...(query.get('clientId') ? { clientId: query.get('clientId') as string } : {}),
        };
        // Checked before the stream opens, so a bad filter is a 400, not a broken stream.
        side.control.requests({ ...filter, afterSeq: Number.MAX_SAFE_INTEGER });
        const stream = openEventStream(req, res);
        this.#streams.add(stream);
        // Each entry is sent when it arrives and again when it completes (its duration, and the fault that touched it).
        let lastSeq = -1;
        const open = new Set<number>();
        let enabled: boolean | null = null;
        const push = (): void => {
          const state = side.control.list().requestLog.enabled;
          if (state !== enabled) stream.send('state', { enabled: (enabled = state) });
          const from = open.size > 0 ? Math.min(lastSeq, ...open) - 1 : lastSeq;
          const entries = side.control.requests({ ...filter, afterSeq: from });
          const first = entries[0]?.seq ?? lastSeq + 1;
          for (const seq of open) if (seq < first) open.delete(seq); // left the log before completing
          const out = [];
          for (const e of lastSeq < 0 ? entries.slice(-500) : entries) {
            if (e.seq > lastSeq) {
              out.push(e);
              if (e.durationMs === null) open.add(e.seq);
            } else if (open.has(e.seq) && e.durationMs !== null) {
              out.push(e);
              open.delete(e.seq);
            }
          }
          lastSeq = Math.max(lastSeq, entries.at(-1)?.seq ?? lastSeq);
          if (out.length > 0) stream.send('requests', out);
        };
        push();
        const timer = setInterval(push, 250);
        void stream.done.then(() => {
          clearInterval(timer);
          this.#streams.delete(stream);
        });
        return STREAMED;
      }),
    ];
  }
}
