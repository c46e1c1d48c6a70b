/**
 * The authorization checks handlers make, as Kafka's AuthHelper does: one question to the request's authorizer per
 * (operation, resource). Without an authorizer every check passes. The requester is the session's principal and the
 * client's IP address (an IPv4-mapped IPv6 address reads as the IPv4 one, as Java's getHostAddress gives it).
 */
import {
  AclOperation as Op,
  CLUSTER_NAME,
  ResourceType,
  type AclOperationCode,
  type ResourceTypeCode,
} from '../security/acl';
import { KafkaError } from '../errors';
import { SUPPORTED_OPERATIONS, type Requester } from '../security/authorizer';
import type { RequestContext } from './handler';

export { AclOperation as Op, ResourceType } from '../security/acl';

/** The bitfield value meaning "not requested" (KIP-430). */
export const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;

type AuthContext = Pick<RequestContext, 'auth' | 'client' | 'authorizer'>;

export function requester(ctx: AuthContext): Requester {
  const host = ctx.client.remoteHost;
  return { principal: ctx.auth.principal, host: host.startsWith('::ffff:') ? host.slice(7) : host };
}

/** AuthHelper.authorize: may the client perform `operation` on the named resource? */
export function allows(ctx: AuthContext, operation: AclOperationCode, type: ResourceTypeCode, name: string): boolean {
  return ctx.authorizer === null || ctx.authorizer.authorize(requester(ctx), operation, type, name);
}

/** `operation` on the cluster resource (`kafka-cluster`). */
export function allowsCluster(ctx: AuthContext, operation: AclOperationCode): boolean {
  return allows(ctx, operation, ResourceType.CLUSTER, CLUSTER_NAME);
}

/** AuthHelper.authorizeByResourceType: `operation` on some resource of the type. */
export function allowsSomeOfType(ctx: AuthContext, operation: AclOperationCode, type: ResourceTypeCode): boolean {
  return ctx.authorizer === null || ctx.authorizer.authorizeByResourceType(requester(ctx), operation, type);
}

/** AuthHelper.filterByAuthorized: the names the client may perform `operation` on. */
export function authorizedNames(
  ctx: AuthContext,
  operation: AclOperationCode,
  type: ResourceTypeCode,
  names: Iterable<string>,
): Set<string> {
  const out = new Set<string>();
  for (const name of names) if (allows(ctx, operation, type, name)) out.add(name);
  return out;
}

/**
 * AuthHelper.authorizedOperations (KIP-430): the bitfield of the operations the resource type supports that the client
 * may perform on the resource (bit n = AclOperation code n); with no authorizer, all of them.
 */
export function authorizedOperations(ctx: AuthContext, type: ResourceTypeCode, name: string): number {
  let bits = 0;
  for (const op of SUPPORTED_OPERATIONS[type] ?? []) if (allows(ctx, op, type, name)) bits |= 1 << op;
  return bits;
}

/** Cluster authorized operations as Metadata and DescribeCluster answer them: 0 without DESCRIBE on the cluster. */
export function clusterAuthorizedOperations(ctx: AuthContext, requested: boolean): number {
  if (!requested) return AUTHORIZED_OPERATIONS_OMITTED;
  return allowsCluster(ctx, Op.DESCRIBE) ? authorizedOperations(ctx, ResourceType.CLUSTER, CLUSTER_NAME) : 0;
}

/** Fails the whole request with GROUP_AUTHORIZATION_FAILED unless `operation` on the group is allowed. */
export function requireGroup(ctx: AuthContext, operation: AclOperationCode, groupId: string): void {
  if (!allows(ctx, operation, ResourceType.GROUP, groupId))
    throw new KafkaError('GROUP_AUTHORIZATION_FAILED', 'Group authorization failed.');
}

/** Fails the whole request with CLUSTER_AUTHORIZATION_FAILED unless `operation` on the cluster is allowed. */
export function requireCluster(ctx: AuthContext, operation: AclOperationCode): void {
  if (!allowsCluster(ctx, operation))
    throw new KafkaError('CLUSTER_AUTHORIZATION_FAILED', 'Cluster authorization failed.');
}

/** Fails the whole request with TRANSACTIONAL_ID_AUTHORIZATION_FAILED unless `operation` on the id is allowed. */
export function requireTransactionalId(ctx: AuthContext, operation: AclOperationCode, id: string): void {
  if (!allows(ctx, operation, ResourceType.TRANSACTIONAL_ID, id))
    throw new KafkaError('TRANSACTIONAL_ID_AUTHORIZATION_FAILED', 'Transactional Id authorization failed.');
}
