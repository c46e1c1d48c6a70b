/**
 * A KIP-848 consumer group member driven over the wire, as a Kafka 4 consumer does: ConsumerGroupHeartbeat with
 * epoch 0 to join, heartbeats (reporting what it owns) until the coordinator has assigned it partitions and then on
 * its heartbeat interval, offsets committed with OffsetCommit v9 under its member id and epoch, epoch -1 to leave.
 */
import { KafkaClient, throwIfError } from '@samsa/client';
import { ConsumerGroupHeartbeatApi, OffsetCommitApi, randomUuid, type Uuid } from '@samsa/protocol';

export class Kip848Member {
  readonly memberId = randomUuid();
  memberEpoch = 0;
  #owned: { topicId: Uuid; partitions: number[] }[] = [];
  #timer: NodeJS.Timeout | null = null;
  readonly #client: KafkaClient;

  private constructor(
    bootstrap: string,
    readonly groupId: string,
    readonly topics: string[],
    readonly clientId: string,
  ) {
    this.#client = new KafkaClient({ brokers: bootstrap.split(','), clientId });
  }

  /** Joins and heartbeats until the member owns partitions; it then keeps heartbeating until `leave()`. */
  static async join(bootstrap: string, groupId: string, topics: string[], clientId: string): Promise<Kip848Member> {
    const m = new Kip848Member(bootstrap, groupId, topics, clientId);
    for (let round = 0; round < 100 && m.#owned.length === 0; round++) {
      if (round > 0) await new Promise((r) => setTimeout(r, 100));
      await m.heartbeat();
    }
    if (m.#owned.length === 0) throw new Error(`${groupId}: no assignment after 100 heartbeats`);
    m.#timer = setInterval(() => void m.heartbeat().catch(() => undefined), 1000);
    return m;
  }

  async heartbeat(leaving = false): Promise<void> {
    const joining = this.memberEpoch === 0;
    const nodeId = await this.#client.coordinator(this.groupId);
    const { response, broker } = await this.#client.sendTo(nodeId, ConsumerGroupHeartbeatApi, (v) => ({
      groupId: this.groupId,
      memberId: this.memberId,
      memberEpoch: leaving ? -1 : this.memberEpoch,
      instanceId: null,
      rackId: null,
      rebalanceTimeoutMs: joining ? 30000 : -1,
      subscribedTopicNames: joining ? this.topics : null,
      ...(v >= 1 ? { subscribedTopicRegex: null } : {}),
      serverAssignor: joining ? 'uniform' : null,
      topicPartitions: joining ? [] : leaving ? null : this.#owned,
    }));
    throwIfError(response.errorCode, response.errorMessage, broker, this.groupId);
    if (leaving) return;
    this.memberEpoch = response.memberEpoch;
    if (response.assignment !== null)
      this.#owned = response.assignment.topicPartitions.map((t) => ({ topicId: t.topicId, partitions: t.partitions }));
  }

  /** OffsetCommit v9+ (KIP-848): the member's id and epoch, which the coordinator checks. */
  async commit(offsets: { topic: string; partition: number; offset: number }[]): Promise<number> {
    const nodeId = await this.#client.coordinator(this.groupId);
    const topics = [...new Set(offsets.map((o) => o.topic))];
    const { response, version, broker } = await this.#client.sendTo(
      nodeId,
      OffsetCommitApi,
      () => ({
        groupId: this.groupId,
        generationIdOrMemberEpoch: this.memberEpoch,
        memberId: this.memberId,
        groupInstanceId: null,
        topics: topics.map((name) => ({
          name,
          partitions: offsets
            .filter((o) => o.topic === name)
            .map((o) => ({
              partitionIndex: o.partition,
              committedOffset: o.offset,
              committedLeaderEpoch: -1,
              committedMetadata: '',
            })),
        })),
      }),
      { min: 9 },
    );
    for (const t of response.topics)
      for (const p of t.partitions) throwIfError(p.errorCode, null, broker, `${t.name}/${p.partitionIndex}`);
    return version;
  }

  async leave(): Promise<void> {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    try {
      await this.heartbeat(true);
    } finally {
      this.#client.close();
    }
  }
}
