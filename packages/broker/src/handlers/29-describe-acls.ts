/**
 * DescribeAcls. samsa has no authorizer, so, as Kafka's AclApis does without one, every request answers
 * SECURITY_DISABLED ("No Authorizer is configured on the broker") with no resources. A filter with an UNKNOWN element
 * closes the connection, as Kafka's request parsing does. v1 adds the pattern type filter (KIP-290); v2 is flexible.
 */
import { DescribeAclsApi, ErrorCode, type DescribeAclsRequest, type DescribeAclsResponse } from '@samsa/protocol';
import { hasUnknownElement, NO_AUTHORIZER_DESCRIBE } from './acls';
import { defineHandler, NO_RESPONSE } from './handler';

export const describeAclsHandler = defineHandler<DescribeAclsRequest, DescribeAclsResponse>({
  api: DescribeAclsApi,
  versions: { min: 0, max: 3 },
  handle(ctx, request) {
    const elements = {
      resourceType: request.resourceTypeFilter,
      patternType: request.patternTypeFilter,
      operation: request.operation,
      permissionType: request.permissionType,
    };
    if (hasUnknownElement(elements)) {
      ctx.closeConnection('DescribeAcls filter contains UNKNOWN elements');
      return NO_RESPONSE;
    }
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.SECURITY_DISABLED,
      errorMessage: NO_AUTHORIZER_DESCRIBE,
      resources: [],
    };
  },
  errorResponse(_request, code, message) {
    return { throttleTimeMs: 0, errorCode: code, errorMessage: message, resources: [] };
  },
});
