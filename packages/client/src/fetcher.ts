/**
 * Reads assigned partitions from given offsets: each `poll()` sends one Fetch per leader (v4-v12, sessions off:
 * session id 0, epoch -1, KIP-227's full fetch every time) for its partitions and returns their records, in offset
 * order per partition. A partition whose leader moved is refreshed and asked of the new leader on the next poll; an
 * offset out of range is reset to the log start when before it, else to the end, as auto.offset.reset would.
 */
import { FetchApi } from '@samsa/protocol';
import type { KafkaClient } from './client';
import { errorFromCode, isRetriable } from './errors';
import { EARLIEST, LATEST, listOffsets, type IsolationLevel, type TopicPartition } from './offsets';
import { decodeRecordSet, type ConsumedRecord } from './records';

export interface FetcherOptions {
  readonly isolation?: IsolationLevel;
  /** How long a broker may hold a fetch with nothing to return (default 500, Kafka's fetch.max.wait.ms). */
  readonly maxWaitMs?: number;
  /** Per partition (default 1 MiB, max.partition.fetch.bytes) and per response (default 50 MiB, fetch.max.bytes). */
  readonly partitionMaxBytes?: number;
  readonly maxBytes?: number;
  /** Return transaction markers as records with `control` set (see records.ts). */
  readonly includeControl?: boolean;
}

export interface PartitionState extends TopicPartition {
  offset: number;
  /** High watermark (or last stable offset at read_committed) from the last answer; -1 before one. */
  end: number;
  logStartOffset: number;
}

export interface PollResult {
  readonly records: ConsumedRecord[];
}

const key = (topic: string, partition: number): string => `${topic}\0${partition}`;

export class Fetcher {
  readonly #client: KafkaClient;
  readonly #options: FetcherOptions;
  readonly #state = new Map<string, PartitionState>();

  constructor(client: KafkaClient, options: FetcherOptions = {}) {
    this.#client = client;
    this.#options = options;
  }

  assign(topic: string, partition: number, offset: number): void {
    this.#state.set(key(topic, partition), { topic, partition, offset, end: -1, logStartOffset: -1 });
  }

  unassign(topic: string, partition: number): void {
    this.#state.delete(key(topic, partition));
  }

  get assignment(): readonly PartitionState[] {
    return [...this.#state.values()];
  }

  /** Whether every assigned partition's position has reached its end as of the last answer. */
  atEnd(): boolean {
    for (const s of this.#state.values()) if (s.end < 0 || s.offset < s.end) return false;
    return true;
  }

  async poll(): Promise<PollResult> {
    const byLeader = new Map<number, PartitionState[]>();
    for (const s of this.#state.values()) {
      let leader: number;
      try {
        leader = await this.#client.leaderOf(s.topic, s.partition);
      } catch (err) {
        if (!isRetriable(err)) throw err;
        await this.#client.topic(s.topic, true).catch(() => undefined);
        continue;
      }
      byLeader.set(leader, [...(byLeader.get(leader) ?? []), s]);
    }
    const answers = await Promise.all([...byLeader].map(([leader, states]) => this.#fetchFrom(leader, states)));
    return { records: answers.flat() };
  }

  async #fetchFrom(leader: number, states: readonly PartitionState[]): Promise<ConsumedRecord[]> {
    const readCommitted = this.#options.isolation === 'read_committed';
    const topics = new Map<string, PartitionState[]>();
    for (const s of states) topics.set(s.topic, [...(topics.get(s.topic) ?? []), s]);
    let answer: Awaited<ReturnType<KafkaClient['sendTo']>> & { response: ReturnType<typeof FetchApi.decodeResponse> };
    try {
      answer = await this.#client.sendTo(
        leader,
        FetchApi,
        (v) => ({
          ...(v <= 14 ? { replicaId: -1 } : {}),
          maxWaitMs: this.#options.maxWaitMs ?? 500,
          minBytes: 1,
          maxBytes: this.#options.maxBytes ?? 50 * 1024 * 1024,
          isolationLevel: readCommitted ? 1 : 0,
          ...(v >= 7 ? { sessionId: 0, sessionEpoch: -1, forgottenTopicsData: [] } : {}),
          ...(v >= 11 ? { rackId: '' } : {}),
          topics: [...topics].map(([topic, list]) => ({
            topic,
            partitions: list.map((s) => ({
              partition: s.partition,
              ...(v >= 9 ? { currentLeaderEpoch: -1 } : {}),
              fetchOffset: s.offset,
              ...(v >= 5 ? { logStartOffset: -1 } : {}),
              partitionMaxBytes: this.#options.partitionMaxBytes ?? 1024 * 1024,
            })),
          })),
        }),
        { min: 4 },
      );
    } catch (err) {
      if (!isRetriable(err)) throw err;
      await this.#client.metadata([...topics.keys()]).catch(() => undefined);
      return [];
    }
    const { response, broker } = answer;
    const topLevel = errorFromCode(response.errorCode ?? 0, null, broker, 'Fetch');
    if (topLevel !== null) throw topLevel;
    const out: ConsumedRecord[] = [];
    let stale = false;
    for (const t of response.responses) {
      const topic = t.topic ?? '';
      for (const p of t.partitions) {
        const s = this.#state.get(key(topic, p.partitionIndex));
        if (s === undefined) continue;
        const err = errorFromCode(p.errorCode, null, broker, `${topic}/${p.partitionIndex}`);
        if (err !== null) {
          if (err.errorName === 'OFFSET_OUT_OF_RANGE') await this.#reset(s);
          else if (isRetriable(err)) stale = true;
          else throw err;
          continue;
        }
        s.end = readCommitted ? (p.lastStableOffset ?? p.highWatermark) : p.highWatermark;
        s.logStartOffset = p.logStartOffset ?? -1;
        const decoded = await decodeRecordSet(topic, p.partitionIndex, p.records as Buffer | null, {
          fromOffset: s.offset,
          aborted: readCommitted ? (p.abortedTransactions ?? []) : null,
          control: this.#options.includeControl === true,
        });
        for (const r of decoded.records) out.push(r);
        // Past control and aborted batches too, but never past the end the broker reported.
        s.offset = Math.max(s.offset, Math.min(decoded.nextOffset, Math.max(s.end, s.offset)));
        if (decoded.records.length > 0) s.offset = Math.max(s.offset, (decoded.records.at(-1)?.offset ?? 0) + 1);
      }
    }
    if (stale) await this.#client.metadata([...topics.keys()]).catch(() => undefined);
    return out;
  }

  async #reset(s: PartitionState): Promise<void> {
    const tp = [{ topic: s.topic, partition: s.partition }];
    const [start] = await listOffsets(this.#client, tp, EARLIEST);
    const [end] = await listOffsets(this.#client, tp, LATEST);
    s.offset = start !== undefined && s.offset < start.offset ? start.offset : (end?.offset ?? s.offset);
  }
}
