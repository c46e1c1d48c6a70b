/**
 * Recent history for the charts: produce and fetch throughput (samsa: its own per-topic byte and record counters;
 * another Kafka: records per second from the sum of the high watermarks, its bytes are not on the protocol), and
 * the total lag of the groups a page has looked at lately. Sampled every `intervalMs` while the page is in use
 * (a request within the last five minutes), so an idle console costs the cluster nothing; the last ten minutes kept.
 */
import type { KafkaClient } from '@samsa/client';
import { clusterSnapshot } from './cluster-view';
import { groupDetail } from './groups-view';
import { trafficTotals, type SamsaSide } from './samsa-side';

const KEEP_MS = 10 * 60_000;
const IDLE_AFTER_MS = 5 * 60_000;

export interface ThroughputSample {
  readonly time: number;
  /** Per second over the interval before `time`; null where the cluster does not tell. */
  readonly bytesIn: number | null;
  readonly bytesOut: number | null;
  readonly recordsIn: number | null;
}

export interface LagSample {
  readonly time: number;
  readonly lag: number;
}

interface Totals {
  readonly time: number;
  readonly bytesIn: number | null;
  readonly bytesOut: number | null;
  readonly recordsIn: number;
}

export class History {
  readonly #client: KafkaClient;
  readonly #side: SamsaSide | null;
  readonly #intervalMs: number;
  readonly #throughput: ThroughputSample[] = [];
  readonly #lag = new Map<string, LagSample[]>();
  /** Group id → when a page last asked for it. */
  readonly #watched = new Map<string, number>();
  #last: Totals | null = null;
  #lastUse = 0;
  #timer: NodeJS.Timeout | null = null;
  #sampling = false;

  constructor(client: KafkaClient, side: SamsaSide | null, intervalMs: number) {
    this.#client = client;
    this.#side = side;
    this.#intervalMs = intervalMs;
  }

  /** A page asked for something: sampling goes on (and starts, the first time). */
  touch(): void {
    this.#lastUse = Date.now();
    if (this.#timer === null) {
      this.#timer = setInterval(() => void this.sample(), this.#intervalMs);
      this.#timer.unref();
      void this.sample();
    }
  }

  watchGroup(groupId: string): void {
    this.#watched.set(groupId, Date.now());
  }

  throughput(): ThroughputSample[] {
    return [...this.#throughput];
  }

  lag(groupId: string): LagSample[] {
    return [...(this.#lag.get(groupId) ?? [])];
  }

  /** Records the current lag of a group (a page that just read it gives it here, no second request). */
  recordLag(groupId: string, lag: number): void {
    const list = this.#lag.get(groupId) ?? [];
    list.push({ time: Date.now(), lag });
    this.#lag.set(groupId, trim(list));
  }

  async sample(): Promise<void> {
    const now = Date.now();
    if (now - this.#lastUse > IDLE_AFTER_MS) {
      this.stop();
      this.#last = null;
      return;
    }
    if (this.#sampling) return;
    this.#sampling = true;
    try {
      await Promise.all([this.#sampleThroughput(), this.#sampleLag()]);
    } finally {
      this.#sampling = false;
    }
  }

  stop(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
  }

  async #sampleThroughput(): Promise<void> {
    let totals: Totals;
    try {
      if (this.#side !== null) {
        const t = await trafficTotals(this.#side);
        totals = { time: Date.now(), ...t };
      } else {
        const snap = await clusterSnapshot(this.#client, null, true);
        let recordsIn = 0;
        for (const p of snap.partitions) if (!p.internal && p.highWatermark > 0) recordsIn += p.highWatermark;
        totals = { time: Date.now(), bytesIn: null, bytesOut: null, recordsIn };
      }
    } catch {
      return;
    }
    const last = this.#last;
    this.#last = totals;
    if (last === null) return;
    const seconds = (totals.time - last.time) / 1000;
    if (seconds <= 0) return;
    const rate = (now: number | null, before: number | null): number | null =>
      now === null || before === null ? null : Math.max(0, (now - before) / seconds);
    this.#throughput.push({
      time: totals.time,
      bytesIn: rate(totals.bytesIn, last.bytesIn),
      bytesOut: rate(totals.bytesOut, last.bytesOut),
      recordsIn: rate(totals.recordsIn, last.recordsIn),
    });
    const kept = trim(this.#throughput);
    this.#throughput.splice(0, this.#throughput.length - kept.length);
  }

  async #sampleLag(): Promise<void> {
    const now = Date.now();
    for (const [groupId, seen] of this.#watched) {
      if (now - seen > IDLE_AFTER_MS) {
        this.#watched.delete(groupId);
        continue;
      }
      try {
        this.recordLag(groupId, (await groupDetail(this.#client, groupId)).totalLag);
      } catch {
        // The group went, or its coordinator moved: the next sample tries again.
      }
    }
  }
}

function trim<T extends { time: number }>(list: T[]): T[] {
  const from = Date.now() - KEEP_MS;
  const first = list.findIndex((s) => s.time >= from);
  return first <= 0 ? list : list.slice(first);
}
