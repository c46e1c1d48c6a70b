/**
 * CreateAcls. Creates ACLs, each answered on its own as Kafka's AclApis and AclControlManager do (INVALID_REQUEST for
 * a CLUSTER resource not named `kafka-cluster`, an empty resource name, a principal without `type:`); an ACL equal to
 * an existing one is created once. Needs ALTER on the cluster (CLUSTER_AUTHORIZATION_FAILED for every creation);
 * without an authorizer every creation answers SECURITY_DISABLED ("No Authorizer is configured."). A creation with an
 * UNKNOWN, ANY or MATCH element closes the connection, as Kafka's request parsing does. v1 adds the resource pattern
 * type (KIP-290); v2 is flexible.
 */
import { CreateAclsApi, ErrorCode, type CreateAclsRequest, type CreateAclsResponse } from '@samsa/protocol';
import { KafkaError } from '../errors';
import type { AclBinding } from '../security/acl';
import { NO_AUTHORIZER, toBinding } from './acls';
import { allowsCluster, Op } from './authorize';
import { defineHandler, NO_RESPONSE } from './handler';

export const createAclsHandler = defineHandler<CreateAclsRequest, CreateAclsResponse>({
  api: CreateAclsApi,
  versions: { min: 0, max: 3 },
  handle(ctx, request) {
    const bindings: AclBinding[] = [];
    for (const c of request.creations) {
      const binding = toBinding(c);
      if (binding === null) {
        ctx.closeConnection('CreateAcls creations contain UNKNOWN elements');
        return NO_RESPONSE;
      }
      bindings.push(binding);
    }
    if (ctx.authorizer === null) return results(request, ErrorCode.SECURITY_DISABLED, NO_AUTHORIZER);
    if (!allowsCluster(ctx, Op.ALTER))
      throw new KafkaError('CLUSTER_AUTHORIZATION_FAILED', 'Cluster authorization failed.');
    const outcomes = ctx.authorizer.createAcls(bindings);
    return {
      throttleTimeMs: 0,
      results: outcomes.map((failure) =>
        failure === null
          ? { errorCode: 0, errorMessage: null }
          : { errorCode: ErrorCode[failure.name], errorMessage: failure.message },
      ),
    };
  },
  errorResponse: results,
});

/** CreateAclsRequest.getErrorResponse: the same error for every creation. */
function results(request: CreateAclsRequest, code: number, message: string | null): CreateAclsResponse {
  return { throttleTimeMs: 0, results: request.creations.map(() => ({ errorCode: code, errorMessage: message })) };
}
