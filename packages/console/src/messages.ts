/**
 * The message browser: a page of records from chosen partitions of a topic, from the beginning, the newest, an
 * offset, a time (ListOffsets by timestamp, KIP-79) or a cursor (the previous page's end), filtered by text; a live
 * tail; and producing one record. Records go to the page with keys, values and header values in base64 (the page
 * renders them as UTF-8, JSON or hex).
 *
 * By default the browser reads as a read_committed consumer does: aborted records and transaction markers are left
 * out, and reading stops at the last stable offset. Asked to show them (`markers`), it reads at read_uncommitted
 * with the markers, and labels each transactional record by the marker that ends its transaction in what was read
 * (Kafka's COMMIT or ABORT control record of the same producer): `committed`, `aborted`, or `open` when no marker
 * was read (the transaction is still open, or its marker lies past the page).
 */
import {
  Fetcher,
  KafkaClient,
  offsetsForTimes,
  type Producer,
  type ClientOptions,
  type ConsumedRecord,
  type TopicPartition,
} from '@samsa/client';
import type { EventStream } from './events';
import { HttpError, intField, type Json, optionalString } from './http';
import { partitionOffsets, tpKey } from './offsets';

/** Bytes of a key or value sent to the page; longer ones are cut (the page says so). */
const MAX_SHOWN_BYTES = 64 * 1024;
/** Records read for one page at most, matching or not, so a filter on a large topic answers. */
const MAX_SCANNED = 50_000;
const MAX_PAGE = 500;

export interface RecordView {
  readonly partition: number;
  readonly offset: number;
  readonly timestamp: number;
  readonly timestampType: string;
  /** base64, null for a null key / value. */
  readonly key: string | null;
  readonly value: string | null;
  readonly keySize: number;
  readonly valueSize: number;
  readonly truncated: boolean;
  readonly headers: { key: string; value: string | null }[];
  readonly leaderEpoch: number;
  readonly producerId: number;
  readonly transactional: boolean;
  readonly control?: 'COMMIT' | 'ABORT';
  readonly txn?: 'committed' | 'aborted' | 'open';
}

export type StartFrom = 'beginning' | 'newest' | 'offset' | 'timestamp' | 'cursor';

export interface BrowseQuery {
  readonly partitions: readonly number[] | null;
  readonly from: StartFrom;
  readonly offset?: number;
  readonly timestamp?: number;
  /** partition → offset, for `from: 'cursor'`. */
  readonly cursor?: ReadonlyMap<number, number>;
  readonly limit: number;
  readonly filter: string;
  readonly markers: boolean;
}

export interface BrowseResult {
  readonly records: RecordView[];
  /** Where the next page starts, per partition (`from=cursor&cursor=...`). */
  readonly cursor: Record<string, number>;
  /** Each partition's log start and end (the high watermark; the last stable offset at read_committed). */
  readonly ranges: Record<string, { start: number; end: number }>;
  readonly scanned: number;
  /** False when the scan stopped at its limit before reaching the end of every partition. */
  readonly complete: boolean;
}

export function parseBrowseQuery(q: URLSearchParams): BrowseQuery {
  const from = (q.get('from') ?? 'beginning') as StartFrom;
  if (!['beginning', 'newest', 'offset', 'timestamp', 'cursor'].includes(from))
    throw new HttpError(400, 'from must be beginning, newest, offset, timestamp or cursor');
  const partitions = q.get('partitions');
  const cursor = new Map<number, number>();
  for (const part of (q.get('cursor') ?? '').split(',').filter((s) => s !== '')) {
    const m = /^(\d+):(\d+)$/.exec(part);
    if (m === null) throw new HttpError(400, 'cursor must be partition:offset,...');
    cursor.set(Number(m[1]), Number(m[2]));
  }
  return {
    partitions:
      partitions === null || partitions === ''
        ? null
        : partitions.split(',').map((p) => intField(p.trim(), 'partitions', 0)),
    from,
    ...(from === 'offset' ? { offset: intField(q.get('offset'), 'offset', 0) } : {}),
    ...(from === 'timestamp' ? { timestamp: intField(q.get('timestamp'), 'timestamp', 0) } : {}),
    ...(from === 'cursor' ? { cursor } : {}),
    limit: Math.min(MAX_PAGE, q.has('limit') ? intField(q.get('limit'), 'limit', 1) : 50),
    filter: (q.get('filter') ?? '').toLowerCase(),
    markers: q.get('markers') === '1' || q.get('markers') === 'true',
  };
}

function b64(buf: Buffer | null): string | null {
  if (buf === null) return null;
  return buf.subarray(0, MAX_SHOWN_BYTES).toString('base64');
}

export function recordView(r: ConsumedRecord): RecordView {
  return {
    partition: r.partition,
    offset: r.offset,
    timestamp: r.timestamp,
    timestampType: r.timestampType,
    key: b64(r.key),
    value: b64(r.value),
    keySize: r.key?.length ?? -1,
    valueSize: r.value?.length ?? -1,
    truncated: (r.key?.length ?? 0) > MAX_SHOWN_BYTES || (r.value?.length ?? 0) > MAX_SHOWN_BYTES,
    headers: r.headers.map((h) => ({ key: h.key, value: b64(h.value) })),
    leaderEpoch: r.leaderEpoch,
    producerId: r.producerId,
    transactional: r.transactional,
    ...(r.control !== undefined ? { control: r.control } : {}),
  };
}

/** Case-insensitive text in the key, the value or a header. Markers never match a filter. */
export function matches(r: ConsumedRecord, filter: string): boolean {
  if (filter === '') return true;
  if (r.control !== undefined) return false;
  const has = (b: Buffer | null): boolean => b?.toString('utf8').toLowerCase().includes(filter) ?? false;
  return has(r.key) || has(r.value) || r.headers.some((h) => h.key.toLowerCase().includes(filter) || has(h.value));
}

/** Labels one partition's transactional records (in offset order) by the marker that ends their transaction. */
export function labelTransactions(records: RecordView[]): RecordView[] {
  const pending = new Map<number, number[]>();
  const labels = new Map<number, 'committed' | 'aborted' | 'open'>();
  records.forEach((r, i) => {
    if (r.control !== undefined) {
      for (const j of pending.get(r.producerId) ?? []) labels.set(j, r.control === 'COMMIT' ? 'committed' : 'aborted');
      pending.delete(r.producerId);
    } else if (r.transactional) {
      pending.set(r.producerId, [...(pending.get(r.producerId) ?? []), i]);
    }
  });
  for (const list of pending.values()) for (const j of list) labels.set(j, 'open');
  return records.map((r, i) => (labels.has(i) ? { ...r, txn: labels.get(i) } : r));
}

async function partitionsOf(client: KafkaClient, topic: string, wanted: readonly number[] | null): Promise<number[]> {
  const info = await client.topic(topic, true);
  const all = info.partitions.map((p) => p.partition);
  if (wanted === null) return all;
  const missing = wanted.filter((p) => !all.includes(p));
  if (missing.length > 0) throw new HttpError(404, `${topic} has no partition ${missing.join(', ')}`);
  return [...wanted];
}

export async function browse(client: KafkaClient, topic: string, q: BrowseQuery): Promise<BrowseResult> {
  const partitions = await partitionsOf(client, topic, q.partitions);
  const tps: TopicPartition[] = partitions.map((partition) => ({ topic, partition }));
  const offsets = await partitionOffsets(client, tps, { lastStable: !q.markers });
  const ranges: Record<string, { start: number; end: number }> = {};
  const starts = new Map<number, number>();
  const byTime =
    q.from === 'timestamp'
      ? new Map(
          (await offsetsForTimes(client, tps, q.timestamp as number)).map((o) => [o.partition, o.offset] as const),
        )
      : null;
  for (const p of partitions) {
    const o = offsets.get(tpKey(topic, p));
    if (o === undefined) continue; // no leader: nothing can be read from it now
    const end = q.markers ? o.highWatermark : o.lastStable >= 0 ? o.lastStable : o.highWatermark;
    ranges[p] = { start: o.logStart, end };
    const clamp = (n: number): number => Math.max(o.logStart, Math.min(n, end));
    const start =
      q.from === 'beginning'
        ? o.logStart
        : q.from === 'newest'
          ? clamp(end - q.limit)
          : q.from === 'offset'
            ? clamp(q.offset as number)
            : q.from === 'timestamp'
              ? clamp(byTime?.get(p) ?? end)
              : clamp(q.cursor?.get(p) ?? end);
    starts.set(p, start);
  }

  const fetcher = new Fetcher(client, {
    isolation: q.markers ? 'read_uncommitted' : 'read_committed',
    includeControl: q.markers,
    maxWaitMs: 0,
    partitionMaxBytes: 1024 * 1024,
  });
  const read = new Map<number, ConsumedRecord[]>();
  const position = new Map<number, number>();
  for (const [p, start] of starts) {
    position.set(p, start);
    read.set(p, []);
    if (start < (ranges[p]?.end ?? 0)) fetcher.assign(topic, p, start);
  }
  let scanned = 0;
  let matched = 0;
  // The newest page reads every partition to its end; any other stops once a page is found.
  const enough = (): boolean => q.from !== 'newest' && matched >= q.limit;
  let idle = 0;
  while (fetcher.assignment.length > 0 && !enough() && scanned < MAX_SCANNED && idle < 20) {
    const { records } = await fetcher.poll();
    idle = records.length === 0 ? idle + 1 : 0;
    for (const r of records) {
      const end = ranges[r.partition]?.end ?? 0;
      if (r.offset >= end) continue;
      scanned++;
      read.get(r.partition)?.push(r);
      if (matches(r, q.filter)) matched++;
    }
    for (const s of fetcher.assignment) {
      position.set(s.partition, s.offset);
      if (s.offset >= (ranges[s.partition]?.end ?? 0) || (s.end >= 0 && s.offset >= s.end))
        fetcher.unassign(topic, s.partition);
    }
  }
  const complete = fetcher.assignment.length === 0 || enough();

  // Every matching record, labelled per partition, then one page of them in time order.
  const candidates: RecordView[] = [];
  for (const [, records] of read) {
    const views = records.filter((r) => matches(r, q.filter)).map(recordView);
    candidates.push(...(q.markers ? labelTransactions(views) : views));
  }
  candidates.sort((a, b) => a.timestamp - b.timestamp || a.partition - b.partition || a.offset - b.offset);
  const page = q.from === 'newest' ? candidates.slice(-q.limit) : candidates.slice(0, q.limit);
  const cursor: Record<string, number> = {};
  for (const p of starts.keys()) cursor[p] = position.get(p) as number;
  if (q.from !== 'newest') {
    // A partition's records left off this page are read again by the next one.
    for (const r of candidates.slice(q.limit)) cursor[r.partition] = Math.min(cursor[r.partition] as number, r.offset);
  }
  return { records: page, cursor, ranges, scanned, complete };
}

/** Streams new records of the partitions (all when null) until the stream closes; its own connections, since a
 *  long-polling Fetch holds back the answers after it on a connection (Kafka answers a connection in order). */
export async function tail(
  clientOptions: ClientOptions,
  topic: string,
  wanted: readonly number[] | null,
  filter: string,
  markers: boolean,
  stream: EventStream,
): Promise<void> {
  const client = new KafkaClient({ ...clientOptions, clientId: 'samsa-console-tail' });
  void stream.done.then(() => client.close());
  try {
    const partitions = await partitionsOf(client, topic, wanted);
    const offsets = await partitionOffsets(
      client,
      partitions.map((partition) => ({ topic, partition })),
      { lastStable: false },
    );
    const fetcher = new Fetcher(client, {
      isolation: markers ? 'read_uncommitted' : 'read_committed',
      includeControl: markers,
      maxWaitMs: 500,
    });
    for (const p of partitions) fetcher.assign(topic, p, offsets.get(tpKey(topic, p))?.highWatermark ?? 0);
    stream.send('ready', { partitions });
    while (!stream.closed) {
      try {
        const { records } = await fetcher.poll();
        const shown = records.filter((r) => matches(r, filter)).map(recordView);
        if (shown.length > 0) stream.send('records', shown);
        // A poll with no partition to ask (leaders moving) would spin: wait a moment.
        if (records.length === 0 && fetcher.assignment.length === 0) await sleep(250);
      } catch (err) {
        if (stream.closed) break;
        stream.send('problem', { error: err instanceof Error ? err.message : String(err) });
        await sleep(1000);
      }
    }
  } catch (err) {
    stream.send('problem', { error: err instanceof Error ? err.message : String(err) });
    stream.close();
  } finally {
    client.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function bytesOf(value: unknown, encoding: 'utf8' | 'base64', name: string): Buffer | null {
  const text = optionalString(value, name);
  return text === null ? null : Buffer.from(text, encoding);
}

/** One record, `{"key"?, "value", "headers"?: [{"key","value"}], "partition"?, "encoding"?: "utf8"|"base64"}`. */
export async function produceOne(
  producer: Producer,
  topic: string,
  body: Json,
): Promise<{ partition: number; offset: number }> {
  const encoding = body['encoding'] === 'base64' ? 'base64' : 'utf8';
  const headersIn = body['headers'] ?? [];
  if (!Array.isArray(headersIn)) throw new HttpError(400, 'headers must be a list of {key, value}');
  const headers = headersIn.map((h: unknown, i) => {
    const header = (h ?? {}) as Json;
    if (typeof header['key'] !== 'string' || header['key'] === '')
      throw new HttpError(400, `headers[${i}].key must be a non-empty string`);
    return { key: header['key'], value: bytesOf(header['value'], encoding, `headers[${i}].value`) };
  });
  const partition =
    body['partition'] === undefined || body['partition'] === null
      ? undefined
      : intField(body['partition'], 'partition', 0);
  const sent = producer.send(topic, {
    key: bytesOf(body['key'], encoding, 'key'),
    value: bytesOf(body['value'], encoding, 'value'),
    headers,
    ...(partition !== undefined ? { partition } : {}),
  });
  await producer.flush();
  const { partition: p, offset } = await sent;
  return { partition: p, offset };
}
