/**
 * ACLs (KIP-140): DescribeAcls, CreateAcls and DeleteAcls with Kafka's enum ids for resource types, pattern types,
 * operations and permissions. A broker without an authorizer answers SECURITY_DISABLED, which comes back as a
 * BrokerError like any other.
 */
import { CreateAclsApi, DeleteAclsApi, DescribeAclsApi } from '@samsa/protocol';
import type { KafkaClient } from './client';
import { throwIfError } from './errors';

/** Kafka's ResourceType, PatternType, AclOperation and AclPermissionType ids, by lower-case name. */
export const RESOURCE_TYPES: Readonly<Record<string, number>> = {
  any: 1,
  topic: 2,
  group: 3,
  cluster: 4,
  transactional_id: 5,
  delegation_token: 6,
  user: 7,
};
export const PATTERN_TYPES: Readonly<Record<string, number>> = { any: 1, match: 2, literal: 3, prefixed: 4 };
export const OPERATIONS: Readonly<Record<string, number>> = {
  any: 1,
  all: 2,
  read: 3,
  write: 4,
  create: 5,
  delete: 6,
  alter: 7,
  describe: 8,
  cluster_action: 9,
  describe_configs: 10,
  alter_configs: 11,
  idempotent_write: 12,
  create_tokens: 13,
  describe_tokens: 14,
};
export const PERMISSIONS: Readonly<Record<string, number>> = { any: 1, deny: 2, allow: 3 };

export interface AclBinding {
  readonly resourceType: string;
  readonly resourceName: string;
  readonly patternType: string;
  readonly principal: string;
  readonly host: string;
  readonly operation: string;
  readonly permission: string;
}

export interface AclFilter {
  readonly resourceType: string;
  readonly resourceName: string | null;
  readonly patternType: string;
  readonly principal: string | null;
  readonly host: string | null;
  readonly operation: string;
  readonly permission: string;
}

function nameOf(table: Readonly<Record<string, number>>, id: number): string {
  return Object.entries(table).find(([, v]) => v === id)?.[0] ?? String(id);
}

function idOf(table: Readonly<Record<string, number>>, name: string, what: string): number {
  const id = table[name.toLowerCase().replace(/-/g, '_')];
  if (id === undefined) throw new Error(`unknown ${what} ${name}; one of: ${Object.keys(table).join(', ')}`);
  return id;
}

function filterFields(f: AclFilter): {
  resourceTypeFilter: number;
  resourceNameFilter: string | null;
  patternTypeFilter: number;
  principalFilter: string | null;
  hostFilter: string | null;
  operation: number;
  permissionType: number;
} {
  return {
    resourceTypeFilter: idOf(RESOURCE_TYPES, f.resourceType, 'resource type'),
    resourceNameFilter: f.resourceName,
    patternTypeFilter: idOf(PATTERN_TYPES, f.patternType, 'pattern type'),
    principalFilter: f.principal,
    hostFilter: f.host,
    operation: idOf(OPERATIONS, f.operation, 'operation'),
    permissionType: idOf(PERMISSIONS, f.permission, 'permission'),
  };
}

export async function describeAcls(client: KafkaClient, filter: AclFilter): Promise<AclBinding[]> {
  return client.retrying(async () => {
    const conn = await client.anyConnection();
    const fields = filterFields(filter);
    const { response } = await conn.send(
      DescribeAclsApi,
      (v) => ({
        resourceTypeFilter: fields.resourceTypeFilter,
        resourceNameFilter: fields.resourceNameFilter,
        ...(v >= 1 ? { patternTypeFilter: fields.patternTypeFilter } : {}),
        principalFilter: fields.principalFilter,
        hostFilter: fields.hostFilter,
        operation: fields.operation,
        permissionType: fields.permissionType,
      }),
      { min: 1 },
    );
    throwIfError(response.errorCode, response.errorMessage, conn.broker, 'DescribeAcls');
    return response.resources.flatMap((r) =>
      r.acls.map((a) => ({
        resourceType: nameOf(RESOURCE_TYPES, r.resourceType),
        resourceName: r.resourceName,
        patternType: nameOf(PATTERN_TYPES, r.patternType ?? 3),
        principal: a.principal,
        host: a.host,
        operation: nameOf(OPERATIONS, a.operation),
        permission: nameOf(PERMISSIONS, a.permissionType),
      })),
    );
  });
}

export async function createAcls(client: KafkaClient, bindings: readonly AclBinding[]): Promise<void> {
  await client.retrying(async () => {
    const conn = await client.anyConnection();
    const { response } = await conn.send(
      CreateAclsApi,
      () => ({
        creations: bindings.map((b) => ({
          resourceType: idOf(RESOURCE_TYPES, b.resourceType, 'resource type'),
          resourceName: b.resourceName,
          resourcePatternType: idOf(PATTERN_TYPES, b.patternType, 'pattern type'),
          principal: b.principal,
          host: b.host,
          operation: idOf(OPERATIONS, b.operation, 'operation'),
          permissionType: idOf(PERMISSIONS, b.permission, 'permission'),
        })),
      }),
      { min: 1 },
    );
    for (const r of response.results) throwIfError(r.errorCode, r.errorMessage, conn.broker, 'CreateAcls');
  });
}

export async function deleteAcls(client: KafkaClient, filter: AclFilter): Promise<AclBinding[]> {
  return client.retrying(async () => {
    const conn = await client.anyConnection();
    const fields = filterFields(filter);
    const { response } = await conn.send(DeleteAclsApi, () => ({ filters: [fields] }), { min: 1 });
    const out: AclBinding[] = [];
    for (const r of response.filterResults) {
      throwIfError(r.errorCode, r.errorMessage, conn.broker, 'DeleteAcls');
      for (const m of r.matchingAcls) {
        throwIfError(m.errorCode, m.errorMessage, conn.broker, 'DeleteAcls');
        out.push({
          resourceType: nameOf(RESOURCE_TYPES, m.resourceType),
          resourceName: m.resourceName,
          patternType: nameOf(PATTERN_TYPES, m.patternType ?? 3),
          principal: m.principal,
          host: m.host,
          operation: nameOf(OPERATIONS, m.operation),
          permission: nameOf(PERMISSIONS, m.permissionType),
        });
      }
    }
    return out;
  });
}
