/**
 * DeleteAcls. Removes the ACLs each filter matches and reports them per filter, as Kafka's AclApis (an ACL two
 * filters match is reported under the first). Needs ALTER on the cluster (CLUSTER_AUTHORIZATION_FAILED for every
 * filter); without an authorizer every filter answers SECURITY_DISABLED ("No Authorizer is configured."). A filter
 * with an UNKNOWN element closes the connection, as Kafka's request parsing does. v1 adds the pattern type filter
 * (KIP-290; v0 matches LITERAL ACLs only); v2 is flexible.
 */
import { DeleteAclsApi, ErrorCode, type DeleteAclsRequest, type DeleteAclsResponse } from '@samsa/protocol';
import { KafkaError } from '../errors';
import type { AclFilter } from '../security/acl';
import { NO_AUTHORIZER, patternTypeFor, toFilter } from './acls';
import { allowsCluster, Op } from './authorize';
import { defineHandler, NO_RESPONSE } from './handler';

export const deleteAclsHandler = defineHandler<DeleteAclsRequest, DeleteAclsResponse>({
  api: DeleteAclsApi,
  versions: { min: 0, max: 3 },
  handle(ctx, request) {
    const filters: AclFilter[] = [];
    for (const f of request.filters) {
      const filter = toFilter(f);
      if (filter === null) {
        ctx.closeConnection('DeleteAcls filters contain UNKNOWN elements');
        return NO_RESPONSE;
      }
      filters.push(filter);
    }
    if (ctx.authorizer === null) return filterResults(request, ErrorCode.SECURITY_DISABLED, NO_AUTHORIZER);
    if (!allowsCluster(ctx, Op.ALTER))
      throw new KafkaError('CLUSTER_AUTHORIZATION_FAILED', 'Cluster authorization failed.');
    const deleted = ctx.authorizer.deleteAcls(filters);
    return {
      throttleTimeMs: 0,
      filterResults: deleted.map((acls) => ({
        errorCode: 0,
        errorMessage: null,
        matchingAcls: acls.map((acl) => ({
          errorCode: 0,
          errorMessage: null,
          resourceType: acl.resourceType,
          resourceName: acl.resourceName,
          ...patternTypeFor(acl, ctx.apiVersion),
          principal: acl.principal,
          host: acl.host,
          operation: acl.operation,
          permissionType: acl.permissionType,
        })),
      })),
    };
  },
  errorResponse: filterResults,
});

/** DeleteAclsRequest.getErrorResponse: the same error for every filter, nothing matched. */
function filterResults(request: DeleteAclsRequest, code: number, message: string | null): DeleteAclsResponse {
  return {
    throttleTimeMs: 0,
    filterResults: request.filters.map(() => ({ errorCode: code, errorMessage: message, matchingAcls: [] })),
  };
}
