/**
 * Reads the topics of a consumer-protocol subscription (protocol type "consumer"), which the coordinator needs to
 * know which topics a group is subscribed to (OffsetDelete's GROUP_SUBSCRIBED_TO_TOPIC, offset expiry). Every
 * version of ConsumerProtocolSubscription starts with `version int16, topics [string]`, so reading that prefix
 * works for all of them, as Kafka does by parsing with v0.
 */
import { Reader } from '@samsa/protocol';

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
