/**
 * AlterClientQuotas (KIP-546). Sets and removes client quotas (producer_byte_rate, consumer_byte_rate,
 * request_percentage, controller_mutation_rate for user/client-id entities; connection_creation_rate for ip
 * entities) as Kafka's ClientQuotaControlManager does, each entry answered on its own with INVALID_REQUEST and
 * Kafka's message for an empty or unknown entity type, a bad combination, an unresolvable ip, a repeated entity or
 * key, an unknown key or a fractional value for a LONG key. Stored in the cluster metadata document `client-quotas`
 * unless validate_only. producer_byte_rate, consumer_byte_rate and request_percentage apply from the next request
 * on (quotas/request-quota.ts); controller_mutation_rate and connection_creation_rate are stored only. v1 is flexible.
 * - Needs ALTER_CONFIGS on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  AlterClientQuotasApi,
  ErrorCode,
  type AlterClientQuotasRequest,
  type AlterClientQuotasResponse,
} from '@samsa/protocol';
import { lookup } from 'node:dns/promises';
import { isIpLiteral, QuotaEntityType } from '../quotas/client-quotas';
import { Op, requireCluster } from './authorize';
import { defineHandler } from './handler';

export const alterClientQuotasHandler = defineHandler<AlterClientQuotasRequest, AlterClientQuotasResponse>({
  api: AlterClientQuotasApi,
  versions: { min: 0, max: 1 },
  async handle(ctx, request) {
    requireCluster(ctx, Op.ALTER_CONFIGS);
    const resolvable = await resolveHosts(request);
    const results = ctx.cluster.clientQuotas.alter(
      request.entries.map((e) => ({
        entity: e.entity,
        ops: e.ops.map((op) => ({ key: op.key, value: op.remove ? null : op.value })),
      })),
      request.validateOnly,
      (host) => resolvable.has(host),
    );
    if (!request.validateOnly && results.some((r) => r === null))
      ctx.logger.info({ entries: results.filter((r) => r === null).length }, 'client quotas altered');
    return {
      throttleTimeMs: 0,
      entries: request.entries.map((e, i) => {
        const failure = results[i] ?? null;
        return {
          errorCode: failure ? ErrorCode[failure.name] : ErrorCode.NONE,
          errorMessage: failure?.message ?? null,
          entity: e.entity.map((d) => ({ entityType: d.entityType, entityName: d.entityName })),
        };
      }),
    };
  },
  errorResponse(request, code, message) {
    return {
      throttleTimeMs: 0,
      entries: request.entries.map((e) => ({
        errorCode: code,
        errorMessage: message,
        entity: e.entity.map((d) => ({ entityType: d.entityType, entityName: d.entityName })),
      })),
    };
  },
});

/** The ip entity names that are addresses or resolve (Kafka's InetAddress.getByName). */
async function resolveHosts(request: AlterClientQuotasRequest): Promise<Set<string>> {
  const names = new Set<string>();
  for (const e of request.entries) {
    for (const d of e.entity) if (d.entityType === QuotaEntityType.IP && d.entityName) names.add(d.entityName);
  }
  const ok = new Set<string>();
  await Promise.all(
    [...names].map(async (name) => {
      if (isIpLiteral(name)) ok.add(name);
      else if (
        await lookup(name).then(
          () => true,
          () => false,
        )
      )
        ok.add(name);
    }),
  );
  return ok;
}
