/**
 * SyncGroup. After a join phase, the leader sends every member's assignment and each member receives its own,
 * byte for byte. Followers' requests are parked until the leader's assignment is written to `__consumer_offsets`;
 * assignments sent by a follower are ignored, as in Kafka.
 * - REBALANCE_IN_PROGRESS while members are (re)joining; UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, FENCED_INSTANCE_ID;
 *   INCONSISTENT_GROUP_PROTOCOL for a protocol type or name that is not the group's (v5+ must send both).
 * - v1 adds throttle time; v3 group instance id (KIP-345); v4 is flexible; v5 protocol type and name (KIP-559).
 * - A classic member of a KIP-848 consumer group gets the partitions the coordinator assigned it, as a
 *   ConsumerProtocolAssignment at its subscription's version; REBALANCE_IN_PROGRESS when it must rejoin first.
 * - A share group's id (KIP-932): UNKNOWN_MEMBER_ID, as GroupMetadataManager answers for a group of another type.
 * - READ on the group (GROUP_AUTHORIZATION_FAILED), as KafkaApis checks.
 */
import { SyncGroupApi, type SyncGroupRequest, type SyncGroupResponse } from '@samsa/protocol';
import { KafkaError } from '../errors';
import { groupRequestInfo, groupsOf } from './group-context';
import { Op, requireGroup } from './authorize';
import { defineHandler } from './handler';

export const syncGroupHandler = defineHandler<SyncGroupRequest, SyncGroupResponse>({
  api: SyncGroupApi,
  versions: { min: 0, max: 5 },
  async handle(ctx, request) {
    const groups = groupsOf(ctx);
    requireGroup(ctx, Op.READ, request.groupId);
    const info = groupRequestInfo(groups, ctx);
    // A share group (KIP-932) holds the id: GroupMetadataManager.classicGroupSync answers UNKNOWN_MEMBER_ID.
    if (groups.isShareGroupHere(info, request.groupId))
      throw new KafkaError('UNKNOWN_MEMBER_ID', `Group ${request.groupId} is not a classic group.`);
    const response = await groups.service.syncGroup(info, request);
    return { ...response, throttleTimeMs: 0 };
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) };
  },
});
