/**
 * The share coordinator's key (Kafka's SharePartitionKey): `groupId:topicId:partition`, the group id possibly holding
 * colons itself, so the topic id and the partition are the last two fields. FindCoordinator key type 2 and the share
 * group state records name a share-partition with it.
 */
import { isUuid } from '@samsa/protocol';

export interface SharePartitionKey {
  readonly groupId: string;
  readonly topicId: string;
  readonly partition: number;
}

/** The key's fields, or null when it is not a share-partition key (Kafka's SharePartitionKey.validate refuses it). */
export function parseSharePartitionKey(key: string): SharePartitionKey | null {
  const last = key.lastIndexOf(':');
  const middle = last > 0 ? key.lastIndexOf(':', last - 1) : -1;
  if (middle <= 0) return null;
  const groupId = key.slice(0, middle);
  const topicId = key.slice(middle + 1, last);
  const partitionText = key.slice(last + 1);
  if (!isUuid(topicId) || !/^\d{1,10}$/.test(partitionText)) return null;
  const partition = Number(partitionText);
  if (partition > 0x7fffffff) return null;
  return { groupId, topicId, partition };
}

/** SharePartitionKey.asCoordinatorKey. */
export function sharePartitionKey(groupId: string, topicId: string, partition: number): string {
  return `${groupId}:${topicId}:${partition}`;
}
