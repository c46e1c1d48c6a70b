/**
 * DescribeUserScramCredentials (KIP-554). The mechanisms and iteration counts of the SCRAM credentials stored by
 * AlterUserScramCredentials (never salts or keys), as Kafka's ScramImage.describe answers: null or empty `users`
 * lists every user with a credential; a user named twice answers DUPLICATE_RESOURCE and a user without one
 * RESOURCE_NOT_FOUND, each with Kafka's message. v0 is flexible.
 * - Needs DESCRIBE on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  DescribeUserScramCredentialsApi,
  ErrorCode,
  type DescribeUserScramCredentialsRequest,
  type DescribeUserScramCredentialsResponse,
} from '@samsa/protocol';
import { Op, requireCluster } from './authorize';
import { defineHandler } from './handler';

export const describeUserScramCredentialsHandler = defineHandler<
  DescribeUserScramCredentialsRequest,
  DescribeUserScramCredentialsResponse
>({
  api: DescribeUserScramCredentialsApi,
  versions: { min: 0, max: 0 },
  handle(ctx, request) {
    requireCluster(ctx, Op.DESCRIBE);
    const results = ctx.cluster.scramCredentials.describe(
      request.users === null ? null : request.users.map((u) => u.name),
    );
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      results: results.map((r) => ({
        user: r.user,
        errorCode: r.error ? ErrorCode[r.error.name] : ErrorCode.NONE,
        errorMessage: r.error?.message ?? null,
        credentialInfos: r.credentials.map((c) => ({ mechanism: c.mechanism, iterations: c.iterations })),
      })),
    };
  },
  errorResponse(_request, code, message) {
    return { throttleTimeMs: 0, errorCode: code, errorMessage: message, results: [] };
  },
});
