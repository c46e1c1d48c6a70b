/**
 * Share sessions (KIP-932; Kafka's ShareSessionCache): per group member, the share-partitions it fetches and the
 * epoch its next ShareFetch or ShareAcknowledge must carry. Epoch 0 opens a session (replacing one the member had),
 * -1 closes it; any other epoch must be the session's next one (INVALID_SHARE_SESSION_EPOCH), of an existing session
 * (SHARE_SESSION_NOT_FOUND). At most group.share.max.share.sessions sessions exist (SHARE_SESSION_LIMIT_REACHED).
 */
import { KafkaError } from '../errors';

export interface SharePartitionKey {
  readonly topicId: string;
  readonly partition: number;
}

export interface ShareSession {
  readonly groupId: string;
  readonly memberId: string;
  /** The epoch the next request must carry. */
  epoch: number;
  /** `topicId:partition` -> the partition. */
  readonly partitions: Map<string, SharePartitionKey>;
}

const INITIAL_EPOCH = 0;
const FINAL_EPOCH = -1;

export const partitionKey = (p: SharePartitionKey): string => `${p.topicId}:${p.partition}`;

export class ShareSessions {
  readonly #max: number;
  readonly #sessions = new Map<string, ShareSession>();

  constructor(maxSessions: number) {
    this.#max = maxSessions;
  }

  get size(): number {
    return this.#sessions.size;
  }

  /**
   * The session a request with `epoch` works in, after the epoch checks: a new one for 0, the existing one
   * (its epoch advanced) otherwise. `opens` is false for ShareAcknowledge, which cannot open a session.
   */
  begin(groupId: string, memberId: string, epoch: number, opens: boolean): ShareSession {
    const key = `${groupId}\u0000${memberId}`;
    if (epoch === INITIAL_EPOCH) {
      if (!opens) throw new KafkaError('INVALID_SHARE_SESSION_EPOCH', 'A share session cannot be opened here.');
      if (!this.#sessions.has(key) && this.#sessions.size >= this.#max)
        throw new KafkaError('SHARE_SESSION_LIMIT_REACHED', 'The share session limit has been reached.');
      const session: ShareSession = { groupId, memberId, epoch: 1, partitions: new Map() };
      this.#sessions.set(key, session);
      return session;
    }
    const session = this.#sessions.get(key);
    if (session === undefined)
      throw new KafkaError('SHARE_SESSION_NOT_FOUND', `no share session for member ${memberId} of group ${groupId}`);
    if (epoch === FINAL_EPOCH) {
      this.#sessions.delete(key);
      return session;
    }
    if (epoch !== session.epoch)
      throw new KafkaError(
        'INVALID_SHARE_SESSION_EPOCH',
        `expected share session epoch ${session.epoch}, got ${epoch}`,
      );
    session.epoch = session.epoch === 2_147_483_647 ? 1 : session.epoch + 1;
    return session;
  }

  /** Drops the member's session (it left the group). */
  remove(groupId: string, memberId: string): void {
    this.#sessions.delete(`${groupId}\u0000${memberId}`);
  }
}
