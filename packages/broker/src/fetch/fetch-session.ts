/**
 * Incremental fetch sessions (KIP-227), after Kafka's FetchSession.scala.
 *
 * A fetch request carries (session id, epoch). Epoch -1 is a full fetch without a session; epoch 0 is a full fetch
 * that asks for a new session (any session id it names is closed first); any other epoch continues session `id` and
 * must equal the session's epoch (FETCH_SESSION_ID_NOT_FOUND / INVALID_FETCH_SESSION_EPOCH otherwise). A session
 * remembers every partition's fetch parameters, so an incremental request lists only partitions that changed or are
 * added (and forgotten ones), and its response lists only partitions with news: records, a moved high watermark or
 * log start offset, an error, a diverging epoch. Partitions that returned data move to the end of the session's
 * order, so a response-size limit rotates fairly. Sessions from Fetch v13+ are keyed by topic id, older ones by name;
 * mixing them is FETCH_SESSION_TOPIC_ID_ERROR.
 *
 * The cache holds at most `max.incremental.fetch.session.cache.slots` sessions. When full, a new session may evict a
 * session unused for longer than the eviction age, else the least valuable session that is older than the eviction
 * age and smaller than the new one (FetchSessionCache.tryEvict); failing both, the fetch is answered without a
 * session (id 0), which clients accept.
 */
import { randomInt } from 'node:crypto';
import { ErrorCode } from '@samsa/protocol';

export const INVALID_SESSION_ID = 0;
export const INITIAL_EPOCH = 0;
export const FINAL_EPOCH = -1;

/** FetchMetadata.nextEpoch. */
export function nextEpoch(epoch: number): number {
  if (epoch < 0) return FINAL_EPOCH;
  if (epoch === 0x7fffffff) return 1;
  return epoch + 1;
}

/** A partition as a fetch request names it: by topic id from v13 (topic = its name when known), by name before. */
export interface FetchKey {
  readonly topic: string | null;
  readonly topicId: string;
  readonly partition: number;
}

export interface FetchPartitionParams {
  readonly fetchOffset: number;
  readonly maxBytes: number;
  readonly currentLeaderEpoch: number;
  readonly lastFetchedEpoch: number;
  readonly logStartOffset: number;
}

export interface RequestedPartition extends FetchKey {
  readonly params: FetchPartitionParams;
}

/** What the session logic needs to know about one partition's answer. */
export interface PartitionOutcome {
  readonly errorCode: number;
  readonly highWatermark: number;
  readonly logStartOffset: number;
  readonly recordBytes: number;
  readonly preferredReadReplica: number;
  readonly diverging: boolean;
}

export interface ResponseEntry<D extends PartitionOutcome> {
  readonly key: FetchKey;
  readonly data: D;
}

export interface ContextResponse<D extends PartitionOutcome> {
  readonly errorCode: number;
  readonly sessionId: number;
  readonly entries: readonly ResponseEntry<D>[];
}

export interface FetchContext {
  readonly kind: 'error' | 'sessionless' | 'full' | 'incremental';
  /** The partitions to read, in order. */
  readonly partitions: readonly RequestedPartition[];
  /** Turns the answers for `partitions` (plus any erroneous ones) into the response, updating the session. */
  respond<D extends PartitionOutcome>(entries: readonly ResponseEntry<D>[], now: number): ContextResponse<D>;
}

export interface NewContextRequest {
  readonly version: number;
  readonly sessionId: number;
  readonly epoch: number;
  readonly fetchData: readonly RequestedPartition[];
  readonly toForget: readonly FetchKey[];
  readonly now: number;
  /** Resolves a topic id to its current name (id-keyed sessions fill in names that were unknown). */
  readonly topicName: (topicId: string) => string | null;
}

class CachedPartition {
  topic: string | null;
  readonly topicId: string;
  readonly partition: number;
  params: FetchPartitionParams;
  highWatermark: number;
  localLogStartOffset: number;

  constructor(key: FetchKey, params: FetchPartitionParams, highWatermark = -1, localLogStartOffset = -1) {
    this.topic = key.topic;
    this.topicId = key.topicId;
    this.partition = key.partition;
    this.params = params;
    this.highWatermark = highWatermark;
    this.localLogStartOffset = localLogStartOffset;
  }

  /** CachedPartition.maybeUpdateResponseData. */
  mustRespond(o: PartitionOutcome, update: boolean): boolean {
    let must = o.recordBytes > 0;
    if (this.highWatermark !== o.highWatermark) {
      must = true;
      if (update) this.highWatermark = o.highWatermark;
    }
    if (this.localLogStartOffset !== o.logStartOffset) {
      must = true;
      if (update) this.localLogStartOffset = o.logStartOffset;
    }
    if (o.preferredReadReplica !== -1) must = true;
    if (o.errorCode !== ErrorCode.NONE) {
      // Forget the high watermark, so the partition is sent again once the error is gone.
      if (update) this.highWatermark = -1;
      must = true;
    }
    if (o.diverging) must = true;
    return must;
  }
}

export class FetchSession {
  readonly id: number;
  readonly usesTopicIds: boolean;
  readonly creationMs: number;
  lastUsedMs: number;
  epoch: number;
  /** Insertion order is the session's partition order. */
  readonly partitions = new Map<string, CachedPartition>();
  /** Eligibility computed at the last touch (FetchSessionCache.touch). */
  evictableByAll = false;
  cachedSize = 0;

  constructor(id: number, usesTopicIds: boolean, now: number) {
    this.id = id;
    this.usesTopicIds = usesTopicIds;
    this.creationMs = now;
    this.lastUsedMs = now;
    this.epoch = nextEpoch(INITIAL_EPOCH);
  }

  keyOf(key: FetchKey): string {
    return this.usesTopicIds ? `${key.topicId}/${key.partition}` : `${key.topic ?? ''}/${key.partition}`;
  }
}

export class FetchSessionCache {
  readonly #maxEntries: number;
  readonly #evictionMs: number;
  readonly #sessions = new Map<number, FetchSession>();
  #evictions = 0;

  constructor(maxEntries: number, evictionMs: number) {
    this.#maxEntries = maxEntries;
    this.#evictionMs = evictionMs;
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Sessions evicted to make room so far. */
  get evictions(): number {
    return this.#evictions;
  }

  get(id: number): FetchSession | undefined {
    return this.#sessions.get(id);
  }

  remove(id: number): boolean {
    return this.#sessions.delete(id);
  }

  /** FetchManager.newContext. */
  newContext(req: NewContextRequest): FetchContext {
    const isFull = req.epoch === INITIAL_EPOCH || req.epoch === FINAL_EPOCH;
    if (isFull) {
      if (req.sessionId !== INVALID_SESSION_ID) this.remove(req.sessionId);
      if (req.epoch === FINAL_EPOCH) return sessionless(req.fetchData);
      return this.#full(req.fetchData, req.version >= 13);
    }
    const session = this.#sessions.get(req.sessionId);
    if (!session) return errorContext(ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
    if (session.epoch !== req.epoch) return errorContext(ErrorCode.INVALID_FETCH_SESSION_EPOCH);
    if (session.usesTopicIds !== req.version >= 13) return errorContext(ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR);
    for (const p of req.fetchData) {
      const key = session.keyOf(p);
      const cached = session.partitions.get(key);
      if (cached) cached.params = p.params;
      else session.partitions.set(key, new CachedPartition(p, p.params));
    }
    for (const f of req.toForget) session.partitions.delete(session.keyOf(f));
    if (session.partitions.size === 0) {
      this.remove(session.id);
      return sessionless(req.fetchData);
    }
    this.#touch(session, req.now);
    session.epoch = nextEpoch(session.epoch);
    return this.#incremental(session, req.epoch, req.topicName);
  }

  #full(fetchData: readonly RequestedPartition[], usesTopicIds: boolean): FetchContext {
    return {
      kind: 'full',
      partitions: fetchData,
      respond: (entries, now) => {
        const id = this.#maybeCreateSession(now, entries.length, usesTopicIds, (session) => {
          const params = new Map(fetchData.map((p) => [session.keyOf(p), p.params]));
          for (const e of entries) {
            const key = session.keyOf(e.key);
            const p = params.get(key);
            if (p)
              session.partitions.set(key, new CachedPartition(e.key, p, e.data.highWatermark, e.data.logStartOffset));
          }
        });
        return { errorCode: ErrorCode.NONE, sessionId: id, entries };
      },
    };
  }

  #incremental(session: FetchSession, requestEpoch: number, topicName: (id: string) => string | null): FetchContext {
    const partitions: RequestedPartition[] = [];
    for (const c of session.partitions.values()) {
      if (session.usesTopicIds && c.topic === null) c.topic = topicName(c.topicId);
      partitions.push({ topic: c.topic, topicId: c.topicId, partition: c.partition, params: c.params });
    }
    return {
      kind: 'incremental',
      partitions,
      respond: (entries) => {
        // Another request for this session ran in between: this one is stale.
        if (session.epoch !== nextEpoch(requestEpoch))
          return { errorCode: ErrorCode.INVALID_FETCH_SESSION_EPOCH, sessionId: session.id, entries: [] };
        const kept = entries.filter((e) => {
          const key = session.keyOf(e.key);
          const cached = session.partitions.get(key);
          if (!cached) return true;
          const must = cached.mustRespond(e.data, true);
          if (must && e.data.recordBytes > 0) {
            session.partitions.delete(key);
            session.partitions.set(key, cached);
          }
          return must;
        });
        return { errorCode: ErrorCode.NONE, sessionId: session.id, entries: kept };
      },
    };
  }

  #maybeCreateSession(now: number, size: number, usesTopicIds: boolean, fill: (s: FetchSession) => void): number {
    if (this.#maxEntries <= 0) return INVALID_SESSION_ID;
    if (this.#sessions.size >= this.#maxEntries && !this.#tryEvict(size, now)) return INVALID_SESSION_ID;
    const session = new FetchSession(this.#newSessionId(), usesTopicIds, now);
    fill(session);
    this.#sessions.set(session.id, session);
    this.#touch(session, now);
    return session.id;
  }

  /** A stale session goes first; else the smallest evictable one, if the new session is bigger (ties keep the old). */
  #tryEvict(newSize: number, now: number): boolean {
    let oldest: FetchSession | null = null;
    for (const s of this.#sessions.values()) {
      if (!oldest || s.lastUsedMs < oldest.lastUsedMs || (s.lastUsedMs === oldest.lastUsedMs && s.id < oldest.id))
        oldest = s;
    }
    if (!oldest) return false;
    if (now - oldest.lastUsedMs > this.#evictionMs) {
      this.remove(oldest.id);
      this.#evictions++;
      return true;
    }
    let least: FetchSession | null = null;
    for (const s of this.#sessions.values()) {
      if (!s.evictableByAll) continue;
      if (!least || s.cachedSize < least.cachedSize || (s.cachedSize === least.cachedSize && s.id < least.id))
        least = s;
    }
    if (!least || newSize <= least.cachedSize) return false;
    this.remove(least.id);
    this.#evictions++;
    return true;
  }

  #touch(session: FetchSession, now: number): void {
    session.lastUsedMs = now;
    session.cachedSize = session.partitions.size;
    session.evictableByAll = now - session.creationMs > this.#evictionMs;
  }

  #newSessionId(): number {
    for (;;) {
      const id = randomInt(1, 0x7fffffff);
      if (!this.#sessions.has(id)) return id;
    }
  }
}

function sessionless(fetchData: readonly RequestedPartition[]): FetchContext {
  return {
    kind: 'sessionless',
    partitions: fetchData,
    respond: (entries) => ({ errorCode: ErrorCode.NONE, sessionId: INVALID_SESSION_ID, entries }),
  };
}

function errorContext(errorCode: number): FetchContext {
  return {
    kind: 'error',
    partitions: [],
    respond: () => ({ errorCode, sessionId: INVALID_SESSION_ID, entries: [] }),
  };
}
