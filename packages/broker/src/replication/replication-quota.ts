/**
 * Replication throttles (KIP-73), as Kafka's ReplicationQuotaManager: each broker identity has a leader quota
 * (`leader.replication.throttled.rate`, bytes/s it serves to throttled followers) and a follower quota
 * (`follower.replication.throttled.rate`, bytes/s it copies into throttled replicas), both dynamic broker configs read
 * at every fetch. Which replicas are throttled is the topic's `leader.replication.throttled.replicas` /
 * `follower.replication.throttled.replicas`: `partition:broker` entries (a partition is throttled on the broker named
 * beside it, TopicConfigHandler.parseThrottledPartitions) or `*` for every partition on every broker. Only replicas
 * outside the ISR are held back (ReplicaManager.shouldLeaderThrottle, ReplicaFetcherThread.shouldFollowerThrottle),
 * and only while the measured rate is over the bound; the bytes of throttled replicas are recorded either way.
 *
 * The rate is Kafka's `Rate` over `replication.quota.window.num` samples of `replication.quota.window.size.seconds`:
 * the bytes of the live samples over their elapsed time, counted as at least num - 1 whole windows.
 */
import type { Cluster } from '../cluster';
import type { ReplicaPartition } from '../replica/replica-partition';

export type QuotaSide = 'leader' | 'follower';

const RATE_KEY = {
  leader: 'leader.replication.throttled.rate',
  follower: 'follower.replication.throttled.rate',
} as const;

const REPLICAS_KEY = {
  leader: 'leader.replication.throttled.replicas',
  follower: 'follower.replication.throttled.replicas',
} as const;

/** Kafka's SampledStat + Rate: `num` samples of `windowMs`, the oldest dropped once num windows old. */
export class SampledRate {
  readonly #num: number;
  readonly #windowMs: number;
  #samples: { start: number; bytes: number }[] = [];

  constructor(num: number, windowMs: number) {
    this.#num = Math.max(1, num);
    this.#windowMs = Math.max(1, windowMs);
  }

  record(bytes: number, now: number): void {
    this.#purge(now);
    const last = this.#samples[this.#samples.length - 1];
    if (last === undefined || now - last.start >= this.#windowMs) {
      this.#samples.push({ start: now, bytes });
      if (this.#samples.length > this.#num) this.#samples.shift();
    } else {
      last.bytes += bytes;
    }
  }

  /** Bytes per second (Rate.measure with windowSize). */
  measure(now: number): number {
    this.#purge(now);
    const oldest = this.#samples[0];
    if (oldest === undefined) return 0;
    let total = 0;
    for (const s of this.#samples) total += s.bytes;
    let elapsed = now - oldest.start;
    const full = Math.floor(elapsed / this.#windowMs);
    if (full < this.#num - 1) elapsed += (this.#num - 1 - full) * this.#windowMs;
    return total / (elapsed / 1000);
  }

  #purge(now: number): void {
    const maxAge = this.#num * this.#windowMs;
    while (this.#samples.length > 0 && now - (this.#samples[0] as { start: number }).start >= maxAge)
      this.#samples.shift();
  }
}

export class ReplicationQuotas {
  readonly #cluster: Cluster;
  readonly #clock: () => number;
  readonly #num: number;
  readonly #windowMs: number;
  readonly #rates = new Map<string, SampledRate>();
  /** Parsed throttled-replica lists by their text: `*`, or the `partition:broker` pairs. */
  readonly #parsed = new Map<string, '*' | ReadonlySet<string>>();

  constructor(cluster: Cluster, clock: () => number, windowNum: number, windowSizeMs: number) {
    this.#cluster = cluster;
    this.#clock = clock;
    this.#num = windowNum;
    this.#windowMs = windowSizeMs;
  }

  /** Whether the topic config marks `p` throttled on `side` for broker `nodeId` (ReplicationQuotaManager.isThrottled). */
  isThrottled(side: QuotaSide, p: ReplicaPartition, nodeId: number): boolean {
    const text = p.topic.configs[REPLICAS_KEY[side]];
    if (text === undefined || text.trim() === '') return false;
    const list = this.#parse(text);
    return list === '*' || list.has(`${p.index}:${nodeId}`);
  }

  /** Whether broker `nodeId`'s quota on `side` is over its rate now (ReplicationQuotaManager.isQuotaExceeded). */
  isQuotaExceeded(side: QuotaSide, nodeId: number): boolean {
    const bound = this.#bound(side, nodeId);
    if (!Number.isFinite(bound)) return false;
    return this.#rate(side, nodeId).measure(this.#clock()) > bound;
  }

  record(side: QuotaSide, nodeId: number, bytes: number): void {
    if (bytes > 0) this.#rate(side, nodeId).record(bytes, this.#clock());
  }

  /** Bytes/s of broker `nodeId`'s quota: its dynamic config, the cluster-wide default, server.properties; none = ∞. */
  #bound(side: QuotaSide, nodeId: number): number {
    const key = RATE_KEY[side];
    const layers = this.#cluster.brokerConfigLayers(nodeId);
    const raw = layers.dynamicBroker[key] ?? layers.dynamicDefault[key] ?? layers.staticConfig.get(key);
    const bound = raw === undefined ? Number.NaN : Number(raw);
    // Long.MAX_VALUE (the default) is no bound.
    return Number.isFinite(bound) && bound < Number.MAX_SAFE_INTEGER ? bound : Number.POSITIVE_INFINITY;
  }

  #rate(side: QuotaSide, nodeId: number): SampledRate {
    const key = `${side}:${nodeId}`;
    let rate = this.#rates.get(key);
    if (!rate) this.#rates.set(key, (rate = new SampledRate(this.#num, this.#windowMs)));
    return rate;
  }

  #parse(text: string): '*' | ReadonlySet<string> {
    let list = this.#parsed.get(text);
    if (list === undefined) {
      const items = text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      list = items.length === 1 && items[0] === '*' ? '*' : new Set(items);
      if (this.#parsed.size > 1000) this.#parsed.clear();
      this.#parsed.set(text, list);
    }
    return list;
  }
}
