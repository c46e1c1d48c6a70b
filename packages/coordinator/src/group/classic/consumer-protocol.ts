/**
 * The consumer embedded protocol (protocol type "consumer", Kafka's ConsumerProtocol): the subscription a classic
 * consumer puts in JoinGroup and the assignment SyncGroup hands it. The coordinator reads subscribed topics
 * (OffsetDelete's GROUP_SUBSCRIBED_TO_TOPIC, offset expiry): every version of ConsumerProtocolSubscription starts
 * with `version int16, topics [string]`, so reading that prefix works for all of them, as Kafka does by parsing
 * with v0. The online migration to KIP-848 also reads whole subscriptions (owned partitions, rack) and writes
 * assignments for classic members of consumer groups.
 */
import { Reader, Writer } from '@samsa/protocol';

export const CONSUMER_PROTOCOL_TYPE = 'consumer';

/** The subscribed topics, or null when the metadata does not parse. */
export function subscribedTopics(metadata: Buffer): string[] | null {
  try {
    const r = new Reader(metadata, 0);
    r.int16();
    const n = r.int32();
    if (n < 0 || n * 2 > r.remaining) return null;
    const topics: string[] = [];
    for (let i = 0; i < n; i++) topics.push(r.string());
    return topics;
  } catch {
    return null;
  }
}

/** ConsumerProtocolSubscription v0-3 (Kafka's ConsumerProtocol): what a classic consumer puts in JoinGroup. */
export interface ConsumerProtocolSubscription {
  readonly version: number;
  readonly topics: readonly string[];
  readonly userData: Buffer | null;
  /** v1+: the partitions the member owns (cooperative rebalancing). */
  readonly ownedPartitions: readonly { readonly topic: string; readonly partitions: readonly number[] }[];
  /** v2+, -1 otherwise. */
  readonly generationId: number;
  /** v3+. */
  readonly rackId: string | null;
}

/** The highest subscription and assignment version known; newer ones are read as this one, as Kafka does. */
export const CONSUMER_PROTOCOL_MAX_VERSION = 3;

/** Parses a subscription; throws on malformed bytes. */
export function parseSubscription(metadata: Buffer): ConsumerProtocolSubscription {
  const r = new Reader(metadata, 0);
  const raw = r.int16();
  if (raw < 0) throw new RangeError(`bad consumer protocol subscription version ${raw}`);
  const version = Math.min(raw, CONSUMER_PROTOCOL_MAX_VERSION);
  const n = r.int32();
  if (n < 0 || n * 2 > r.remaining) throw new RangeError('bad consumer protocol topic count');
  const topics: string[] = [];
  for (let i = 0; i < n; i++) topics.push(r.string());
  const userData = r.nullableBytes();
  const ownedPartitions: { topic: string; partitions: number[] }[] = [];
  let generationId = -1;
  let rackId: string | null = null;
  if (version >= 1) {
    const m = r.int32();
    if (m < 0 || m * 2 > r.remaining) throw new RangeError('bad consumer protocol owned partitions');
    for (let i = 0; i < m; i++) {
      const topic = r.string();
      const k = r.int32();
      if (k < 0 || k * 4 > r.remaining) throw new RangeError('bad consumer protocol owned partitions');
      const partitions: number[] = [];
      for (let j = 0; j < k; j++) partitions.push(r.int32());
      ownedPartitions.push({ topic, partitions });
    }
  }
  if (version >= 2) generationId = r.int32();
  if (version >= 3) rackId = r.nullableString();
  return {
    version,
    topics,
    userData: userData === null ? null : Buffer.from(userData),
    ownedPartitions,
    generationId,
    rackId,
  };
}

/** The version a subscription was written at (its first two bytes), capped to the highest known. */
export function subscriptionVersion(metadata: Buffer): number {
  if (metadata.length < 2) return 0;
  return Math.max(0, Math.min(metadata.readInt16BE(0), CONSUMER_PROTOCOL_MAX_VERSION));
}

/** ConsumerProtocolAssignment (same fields in v0-3): what SyncGroup hands a classic consumer. */
export function serializeAssignment(
  partitions: readonly { readonly topic: string; readonly partitions: readonly number[] }[],
  version: number,
  userData: Buffer | null = null,
): Buffer {
  const w = new Writer(64);
  w.int16(version);
  w.int32(partitions.length);
  for (const tp of partitions) {
    w.string(tp.topic);
    w.int32(tp.partitions.length);
    for (const p of tp.partitions) w.int32(p);
  }
  w.nullableBytes(userData);
  return w.toBuffer();
}

/** Parses a ConsumerProtocolAssignment (any version); throws on malformed bytes. */
export function parseAssignment(bytes: Buffer): { topic: string; partitions: number[] }[] {
  if (bytes.length === 0) return [];
  const r = new Reader(bytes, 0);
  r.int16();
  const n = r.int32();
  if (n < 0 || n * 2 > r.remaining) throw new RangeError('bad consumer protocol assignment');
  const out: { topic: string; partitions: number[] }[] = [];
  for (let i = 0; i < n; i++) {
    const topic = r.string();
    const k = r.int32();
    if (k < 0 || k * 4 > r.remaining) throw new RangeError('bad consumer protocol assignment');
    const partitions: number[] = [];
    for (let j = 0; j < k; j++) partitions.push(r.int32());
    out.push({ topic, partitions });
  }
  return out;
}
