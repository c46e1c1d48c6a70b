/**
 * DescribeAcls. The ACLs matching a filter, grouped by resource pattern, as Kafka's AclApis. Needs DESCRIBE on the
 * cluster (CLUSTER_AUTHORIZATION_FAILED); without an authorizer it answers SECURITY_DISABLED ("No Authorizer is
 * configured on the broker"). A filter with an UNKNOWN element closes the connection, as Kafka's request parsing does.
 * v1 adds the pattern type filter (KIP-290; v0 sees LITERAL ACLs only); v2 is flexible.
 */
import {
  DescribeAclsApi,
  ErrorCode,
  type DescribeAclsRequest,
  type DescribeAclsResource,
  type DescribeAclsResponse,
} from '@samsa/protocol';
import { KafkaError } from '../errors';
import { NO_AUTHORIZER_DESCRIBE, patternTypeFor, toFilter } from './acls';
import { allowsCluster, Op } from './authorize';
import { defineHandler, NO_RESPONSE } from './handler';

export const describeAclsHandler = defineHandler<DescribeAclsRequest, DescribeAclsResponse>({
  api: DescribeAclsApi,
  versions: { min: 0, max: 3 },
  handle(ctx, request) {
    const filter = toFilter(request);
    if (filter === null) {
      ctx.closeConnection('DescribeAcls filter contains UNKNOWN elements');
      return NO_RESPONSE;
    }
    if (ctx.authorizer === null) {
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.SECURITY_DISABLED,
        errorMessage: NO_AUTHORIZER_DESCRIBE,
        resources: [],
      };
    }
    if (!allowsCluster(ctx, Op.DESCRIBE))
      throw new KafkaError('CLUSTER_AUTHORIZATION_FAILED', 'Cluster authorization failed.');
    const resources = new Map<string, DescribeAclsResource>();
    for (const acl of ctx.authorizer.acls(filter)) {
      const key = JSON.stringify([acl.resourceType, acl.resourceName, acl.patternType]);
      let resource = resources.get(key);
      if (!resource) {
        resource = {
          resourceType: acl.resourceType,
          resourceName: acl.resourceName,
          ...patternTypeFor(acl, ctx.apiVersion),
          acls: [],
        };
        resources.set(key, resource);
      }
      resource.acls.push({
        principal: acl.principal,
        host: acl.host,
        operation: acl.operation,
        permissionType: acl.permissionType,
      });
    }
    return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, resources: [...resources.values()] };
  },
  errorResponse(_request, code, message) {
    return { throttleTimeMs: 0, errorCode: code, errorMessage: message, resources: [] };
  },
});
