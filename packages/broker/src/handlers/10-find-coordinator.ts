/**
 * FindCoordinator. Names the broker that coordinates a group (key type 0) or a transactional id (key type 1,
 * v1+): the leader of the key's partition of `__consumer_offsets` or `__transaction_state`, chosen with Kafka's hash
 * so keys map to the same partitions as on Kafka.
 * - The internal topic is created on the first lookup (Kafka answers COORDINATOR_NOT_AVAILABLE while it creates
 *   it; here creation is synchronous, so the first answer already names the coordinator).
 * - Key type 2 (v6+, KIP-932) names the share coordinator of a share-partition key `groupId:topicId:partition`: the
 *   leader of the key's partition of `__share_group_state`. Below v6, or with a key that is not a share-partition
 *   key, it is INVALID_REQUEST; while share groups are off, COORDINATOR_NOT_AVAILABLE (no share coordinator runs).
 * - An unknown key type fails with INVALID_REQUEST. From v4 the error is each key's, so a request with no keys gets
 *   an empty list.
 * - The coordinator is named by its address on the listener the request came in on.
 * - v1 adds throttle time and an error message; v3 is flexible; v4+ batch several keys (KIP-699), each with its
 *   own error.
 * - DESCRIBE on the group (GROUP_AUTHORIZATION_FAILED) or the transactional id (TRANSACTIONAL_ID_AUTHORIZATION_FAILED),
 *   per key from v4, as KafkaApis.handleFindCoordinatorRequest; CLUSTER_ACTION on the cluster for a share key
 *   (CLUSTER_AUTHORIZATION_FAILED: only brokers ask for the share coordinator).
 */
import {
  ErrorCode,
  FindCoordinatorApi,
  type Coordinator,
  type FindCoordinatorRequest,
  type FindCoordinatorResponse,
} from '@samsa/protocol';
import { addressOn, type BrokerNode } from '../broker-node';
import { KafkaError, toErrorCode, toErrorMessage } from '../errors';
import { parseSharePartitionKey } from '../share/share-partition-key';
import { groupsOf } from './group-context';
import { Op, requireCluster, requireGroup, requireTransactionalId } from './authorize';
import { defineHandler, type RequestContext } from './handler';

const KeyType = { GROUP: 0, TRANSACTION: 1, SHARE: 2 } as const;

export const findCoordinatorHandler = defineHandler<FindCoordinatorRequest, FindCoordinatorResponse>({
  api: FindCoordinatorApi,
  versions: { min: 0, max: 6 },
  handle(ctx, request) {
    const keyType = ctx.apiVersion >= 1 ? (request.keyType ?? KeyType.GROUP) : KeyType.GROUP;
    if (keyType !== KeyType.GROUP && keyType !== KeyType.TRANSACTION && keyType !== KeyType.SHARE)
      throw new KafkaError('INVALID_REQUEST', `Unknown coordinator type received: ${keyType}`);
    // KafkaApis.getCoordinator: the share coordinator is asked for from v6 on.
    if (keyType === KeyType.SHARE && ctx.apiVersion < 6)
      throw new KafkaError('INVALID_REQUEST', 'The share coordinator is looked up from FindCoordinator v6.');
    if (ctx.apiVersion >= 4) {
      return {
        throttleTimeMs: 0,
        coordinators: (request.coordinatorKeys ?? []).map((key) => lookUp(ctx, key, keyType)),
      };
    }
    const c = lookUp(ctx, request.key ?? '', keyType);
    return {
      throttleTimeMs: 0,
      errorCode: c.errorCode,
      errorMessage: c.errorMessage,
      nodeId: c.nodeId,
      host: c.host,
      port: c.port,
    };
  },
  // FindCoordinatorRequest.getErrorResponse: v4+ answers per key (no key, no entry), older versions in the top level.
  errorResponse(request, code, message, apiVersion) {
    if (apiVersion >= 4) {
      return {
        throttleTimeMs: 0,
        coordinators: (request.coordinatorKeys ?? []).map((key) => failed(key, code, message)),
      };
    }
    return { throttleTimeMs: 0, errorCode: code, errorMessage: message, nodeId: -1, host: '', port: -1 };
  },
});

function lookUp(ctx: RequestContext, key: string, keyType: number): Coordinator {
  try {
    if (keyType === KeyType.SHARE) requireCluster(ctx, Op.CLUSTER_ACTION);
    else if (keyType === KeyType.GROUP) requireGroup(ctx, Op.DESCRIBE, key);
    else requireTransactionalId(ctx, Op.DESCRIBE, key);
    const node =
      keyType === KeyType.GROUP
        ? groupsOf(ctx).coordinatorOf(key)
        : keyType === KeyType.SHARE
          ? shareCoordinator(ctx, key)
          : transactionCoordinator(ctx, key);
    // The coordinator's address on the listener the request came in on.
    const address = node ? addressOn(node, ctx.auth.listenerName) : null;
    if (!address) return failed(key, ErrorCode.COORDINATOR_NOT_AVAILABLE, 'The coordinator is not available.');
    return {
      key,
      nodeId: address.nodeId,
      host: address.host,
      port: address.port,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
    };
  } catch (err) {
    return failed(key, toErrorCode(err), toErrorMessage(err));
  }
}

/**
 * The leader of the share-partition key's `__share_group_state` partition (the topic is created when missing).
 * A key that is not `groupId:topicId:partition` is INVALID_REQUEST (SharePartitionKey.validate); while share groups
 * are off no share coordinator runs (COORDINATOR_NOT_AVAILABLE).
 */
function shareCoordinator(ctx: RequestContext, key: string): BrokerNode | null {
  const groups = groupsOf(ctx);
  if (!parseSharePartitionKey(key)) throw new KafkaError('INVALID_REQUEST', `Invalid share coordinator key: ${key}`);
  if (!groups.shareEnabled()) throw new KafkaError('COORDINATOR_NOT_AVAILABLE', 'Share groups are not enabled.');
  return groups.shareCoordinatorOf(key);
}

/** The leader of the transactional id's `__transaction_state` partition (the topic is created when missing). */
function transactionCoordinator(ctx: RequestContext, transactionalId: string): BrokerNode | null {
  if (!ctx.transactions)
    throw new KafkaError('COORDINATOR_NOT_AVAILABLE', 'this broker runs no transaction coordinator');
  return ctx.transactions.coordinatorOf(transactionalId);
}

function failed(key: string, code: number, message: string | null): Coordinator {
  return { key, nodeId: -1, host: '', port: -1, errorCode: code, errorMessage: message };
}
