/**
 * CreateAcls. samsa has no authorizer, so, as Kafka's AclApis does without one, every creation answers
 * SECURITY_DISABLED ("No Authorizer is configured.") and nothing is stored. A creation with an UNKNOWN element closes
 * the connection, as Kafka's request parsing does. v1 adds the resource pattern type (KIP-290); v2 is flexible.
 */
import { CreateAclsApi, ErrorCode, type CreateAclsRequest, type CreateAclsResponse } from '@samsa/protocol';
import { hasUnknownElement, NO_AUTHORIZER } from './acls';
import { defineHandler, NO_RESPONSE } from './handler';

export const createAclsHandler = defineHandler<CreateAclsRequest, CreateAclsResponse>({
  api: CreateAclsApi,
  versions: { min: 0, max: 3 },
  handle(ctx, request) {
    const unknown = request.creations.some((c) =>
      hasUnknownElement({
        resourceType: c.resourceType,
        patternType: c.resourcePatternType,
        operation: c.operation,
        permissionType: c.permissionType,
      }),
    );
    if (unknown) {
      ctx.closeConnection('CreateAcls creations contain UNKNOWN elements');
      return NO_RESPONSE;
    }
    return results(request, ErrorCode.SECURITY_DISABLED, NO_AUTHORIZER);
  },
  errorResponse: results,
});

/** CreateAclsRequest.getErrorResponse: the same error for every creation. */
function results(request: CreateAclsRequest, code: number, message: string | null): CreateAclsResponse {
  return { throttleTimeMs: 0, results: request.creations.map(() => ({ errorCode: code, errorMessage: message })) };
}
