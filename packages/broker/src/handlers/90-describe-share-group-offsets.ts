/**
 * DescribeShareGroupOffsets (KIP-932). The share-partition start offset (SPSO) of a share group's topic partitions,
 * read from the share-partitions' persisted state (`__share_group_state`), as Kafka's GroupCoordinatorService reads
 * it through the persister's ReadShareGroupStateSummary.
 * - Per group: GROUP_AUTHORIZATION_FAILED without DESCRIBE on it, INVALID_GROUP_ID for an empty id, NOT_COORDINATOR on
 *   another broker, GROUP_ID_NOT_FOUND for an id no share group holds (a group whose share-partitions have a
 *   persisted state counts as one, its membership not being persisted).
 * - Per partition: TOPIC_AUTHORIZATION_FAILED without DESCRIBE on the topic, UNKNOWN_TOPIC_OR_PARTITION for an unknown
 *   topic or partition; a partition the group never read has start offset -1 (no state).
 * - Null topics: every share-partition of the group that has a state.
 * - Served at v1, as Kafka 4.1+ (v0 was the early-access version); UNSUPPORTED_VERSION while share groups are off.
 */
import {
  DescribeShareGroupOffsetsApi,
  ErrorCode,
  ZERO_UUID,
  type DescribeShareGroupOffsetsRequest,
  type DescribeShareGroupOffsetsResponse,
  type DescribeShareGroupOffsetsResponseGroup,
  type DescribeShareGroupOffsetsResponsePartition,
  type DescribeShareGroupOffsetsResponseTopic,
} from '@samsa/protocol';
import type { BrokerGroups } from '../groups';
import { toErrorCode, toErrorMessage } from '../errors';
import { allows, Op, ResourceType } from './authorize';
import { groupRequestInfo, groupsOf } from './group-context';
import { defineHandler, type RequestContext } from './handler';

export const describeShareGroupOffsetsHandler = defineHandler<
  DescribeShareGroupOffsetsRequest,
  DescribeShareGroupOffsetsResponse
>({
  api: DescribeShareGroupOffsetsApi,
  versions: { min: 1, max: 1 },
  enabled: (ctx) => ctx.groups?.shareEnabled() ?? false,
  handle(ctx, request) {
    const groups = groupsOf(ctx);
    const info = groupRequestInfo(groups, ctx);
    return {
      throttleTimeMs: 0,
      groups: request.groups.map((g): DescribeShareGroupOffsetsResponseGroup => {
        if (!allows(ctx, Op.DESCRIBE, ResourceType.GROUP, g.groupId))
          return failed(g.groupId, ErrorCode.GROUP_AUTHORIZATION_FAILED, 'Group authorization failed.');
        if (g.groupId === '') return failed(g.groupId, ErrorCode.INVALID_GROUP_ID, null);
        try {
          groups.routeShare(info, g.groupId);
          const stored = groups.shareState.partitionsOf(g.groupId);
          if (!groups.share.has(g.groupId) && stored.length === 0)
            return failed(g.groupId, ErrorCode.GROUP_ID_NOT_FOUND, `Group ${g.groupId} not found.`);
          const asked =
            g.topics === null
              ? byTopic(ctx, stored)
              : g.topics.map((t) => ({ name: t.topicName, partitions: t.partitions }));
          return {
            groupId: g.groupId,
            topics: asked.map((t) => describeTopic(ctx, groups, g.groupId, t.name, t.partitions)),
            errorCode: ErrorCode.NONE,
            errorMessage: null,
          };
        } catch (err) {
          return failed(g.groupId, toErrorCode(err), toErrorMessage(err));
        }
      }),
    };
  },
  errorResponse(request, code, message) {
    return { throttleTimeMs: 0, groups: request.groups.map((g) => failed(g.groupId, code, message)) };
  },
});

/** The stored share-partitions by topic name (topics deleted since are left out). */
function byTopic(ctx: RequestContext, stored: readonly [string, number][]): { name: string; partitions: number[] }[] {
  const out = new Map<string, number[]>();
  for (const [topicId, partition] of stored) {
    const topic = ctx.cluster.topicById(topicId);
    if (!topic) continue;
    const list = out.get(topic.name) ?? [];
    list.push(partition);
    out.set(topic.name, list);
  }
  return [...out].map(([name, partitions]) => ({ name, partitions: partitions.sort((a, b) => a - b) }));
}

function describeTopic(
  ctx: RequestContext,
  groups: BrokerGroups,
  groupId: string,
  name: string,
  partitions: readonly number[],
): DescribeShareGroupOffsetsResponseTopic {
  const topic = ctx.cluster.topicByName(name);
  const partitionError = (index: number, code: number, message: string) => ({
    partitionIndex: index,
    startOffset: -1,
    leaderEpoch: -1,
    errorCode: code,
    errorMessage: message,
  });
  if (!allows(ctx, Op.DESCRIBE, ResourceType.TOPIC, name))
    return {
      topicName: name,
      topicId: ZERO_UUID,
      partitions: partitions.map((p) =>
        partitionError(p, ErrorCode.TOPIC_AUTHORIZATION_FAILED, 'Topic authorization failed.'),
      ),
    };
  if (!topic)
    return {
      topicName: name,
      topicId: ZERO_UUID,
      partitions: partitions.map((p) =>
        partitionError(p, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'This server does not host this topic-partition.'),
      ),
    };
  return {
    topicName: name,
    topicId: topic.id,
    partitions: partitions.map((p): DescribeShareGroupOffsetsResponsePartition => {
      if (p < 0 || p >= topic.partitions.length)
        return partitionError(
          p,
          ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
          'This server does not host this topic-partition.',
        );
      const live = groups.sharePartitions.existing(groupId, topic.id, p);
      const state = groups.shareState.read(groupId, topic.id, p);
      const startOffset = live?.startOffset ?? state?.startOffset ?? -1;
      return {
        partitionIndex: p,
        startOffset,
        leaderEpoch: startOffset < 0 ? -1 : (groups.shareState.leaderEpochOf(groupId, topic.id, p) ?? 0),
        errorCode: ErrorCode.NONE,
        errorMessage: null,
      };
    }),
  };
}

function failed(groupId: string, code: number, message: string | null): DescribeShareGroupOffsetsResponseGroup {
  return { groupId, topics: [], errorCode: code, errorMessage: message };
}
