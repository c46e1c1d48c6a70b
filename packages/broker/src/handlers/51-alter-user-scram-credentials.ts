/**
 * AlterUserScramCredentials (KIP-554). Upserts and deletes SCRAM-SHA-256/512 credentials as Kafka's
 * ScramControlManager does: the client sends the salted password, the broker keeps the salt, iteration count and
 * the derived stored and server keys (cluster metadata document `scram-credentials`). Per user: DUPLICATE_RESOURCE
 * when named twice in one request, UNACCEPTABLE_CREDENTIAL for an empty name or iterations outside 4096..16384,
 * UNSUPPORTED_SASL_MECHANISM for an unknown mechanism, RESOURCE_NOT_FOUND when deleting a credential that does not
 * exist. Valid changes are applied even when other users in the request fail. v0 is flexible.
 * - Needs ALTER on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  AlterUserScramCredentialsApi,
  ErrorCode,
  type AlterUserScramCredentialsRequest,
  type AlterUserScramCredentialsResponse,
} from '@samsa/protocol';
import { Op, requireCluster } from './authorize';
import { defineHandler } from './handler';

export const alterUserScramCredentialsHandler = defineHandler<
  AlterUserScramCredentialsRequest,
  AlterUserScramCredentialsResponse
>({
  api: AlterUserScramCredentialsApi,
  versions: { min: 0, max: 0 },
  handle(ctx, request) {
    requireCluster(ctx, Op.ALTER);
    const results = ctx.cluster.scramCredentials.alter(request.deletions, request.upsertions);
    const changed = results.filter((r) => r.error === null).map((r) => r.user);
    if (changed.length > 0) ctx.logger.info({ users: changed }, 'SCRAM credentials altered');
    return {
      throttleTimeMs: 0,
      results: results.map((r) => ({
        user: r.user,
        errorCode: r.error ? ErrorCode[r.error.name] : ErrorCode.NONE,
        errorMessage: r.error?.message ?? null,
      })),
    };
  },
  errorResponse(request, code, message) {
    const users = new Set([...request.deletions.map((d) => d.name), ...request.upsertions.map((u) => u.name)]);
    return { throttleTimeMs: 0, results: [...users].map((user) => ({ user, errorCode: code, errorMessage: message })) };
  },
});
