/**
 * DeleteAcls. samsa has no authorizer, so, as Kafka's AclApis does without one, every filter answers
 * SECURITY_DISABLED ("No Authorizer is configured.") with no matching ACLs. A filter with an UNKNOWN element closes
 * the connection, as Kafka's request parsing does. v1 adds the pattern type filter (KIP-290); v2 is flexible.
 */
import { DeleteAclsApi, ErrorCode, type DeleteAclsRequest, type DeleteAclsResponse } from '@samsa/protocol';
import { hasUnknownElement, NO_AUTHORIZER } from './acls';
import { defineHandler, NO_RESPONSE } from './handler';

export const deleteAclsHandler = defineHandler<DeleteAclsRequest, DeleteAclsResponse>({
  api: DeleteAclsApi,
  versions: { min: 0, max: 3 },
  handle(ctx, request) {
    const unknown = request.filters.some((f) =>
      hasUnknownElement({
        resourceType: f.resourceTypeFilter,
        patternType: f.patternTypeFilter,
        operation: f.operation,
        permissionType: f.permissionType,
      }),
    );
    if (unknown) {
      ctx.closeConnection('DeleteAcls filters contain UNKNOWN elements');
      return NO_RESPONSE;
    }
    return filterResults(request, ErrorCode.SECURITY_DISABLED, NO_AUTHORIZER);
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
