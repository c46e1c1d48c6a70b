/**
 * ACL bindings and filters as Kafka's `org.apache.kafka.common.acl` and `common.resource` define them: the wire codes
 * of ResourceType, PatternType, AclOperation and AclPermissionType, and AclBindingFilter's matching
 * (ResourcePatternFilter.matches, AccessControlEntryFilter.matches).
 */

/** The `authorizer.class.name` values that enable the authorizer. */
export const AUTHORIZER_CLASS_NAMES = [
  'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
  'kafka.security.authorizer.AclAuthorizer',
  'samsa',
] as const;

/** ResourceType codes. */
export const ResourceType = {
  UNKNOWN: 0,
  ANY: 1,
  TOPIC: 2,
  GROUP: 3,
  CLUSTER: 4,
  TRANSACTIONAL_ID: 5,
  DELEGATION_TOKEN: 6,
  USER: 7,
} as const;
export type ResourceTypeCode = (typeof ResourceType)[keyof typeof ResourceType];

/** PatternType codes (KIP-290). */
export const PatternType = { UNKNOWN: 0, ANY: 1, MATCH: 2, LITERAL: 3, PREFIXED: 4 } as const;

/** AclOperation codes. */
export const AclOperation = {
  UNKNOWN: 0,
  ANY: 1,
  ALL: 2,
  READ: 3,
  WRITE: 4,
  CREATE: 5,
  DELETE: 6,
  ALTER: 7,
  DESCRIBE: 8,
  CLUSTER_ACTION: 9,
  DESCRIBE_CONFIGS: 10,
  ALTER_CONFIGS: 11,
  IDEMPOTENT_WRITE: 12,
  CREATE_TOKENS: 13,
  DESCRIBE_TOKENS: 14,
} as const;
export type AclOperationCode = (typeof AclOperation)[keyof typeof AclOperation];

/** AclPermissionType codes. */
export const AclPermission = { UNKNOWN: 0, ANY: 1, DENY: 2, ALLOW: 3 } as const;

/** ResourcePattern.WILDCARD_RESOURCE and AclEntry.WILDCARD_HOST. */
export const WILDCARD = '*';
/** The one name a CLUSTER resource has (Resource.CLUSTER_NAME). */
export const CLUSTER_NAME = 'kafka-cluster';
/** AclEntry.WILDCARD_PRINCIPAL_STRING. */
export const WILDCARD_PRINCIPAL = 'User:*';

/** One ACL (Kafka's AclBinding): a resource pattern and an access control entry. */
export interface AclBinding {
  readonly resourceType: number;
  readonly resourceName: string;
  readonly patternType: number;
  readonly principal: string;
  readonly host: string;
  readonly operation: number;
  readonly permissionType: number;
}

/** AclBindingFilter: null names, principals and hosts match anything; ANY codes match any value. */
export interface AclFilter {
  readonly resourceType: number;
  readonly resourceName: string | null;
  readonly patternType: number;
  readonly principal: string | null;
  readonly host: string | null;
  readonly operation: number;
  readonly permissionType: number;
}

/** AclBindingFilter.matches. */
export function filterMatches(f: AclFilter, acl: AclBinding): boolean {
  return patternFilterMatches(f, acl) && entryFilterMatches(f, acl);
}

/** ResourcePatternFilter.matches: MATCH selects the patterns that would apply to the named resource. */
function patternFilterMatches(f: AclFilter, acl: AclBinding): boolean {
  if (f.resourceType !== ResourceType.ANY && f.resourceType !== acl.resourceType) return false;
  if (f.patternType !== PatternType.ANY && f.patternType !== PatternType.MATCH && f.patternType !== acl.patternType)
    return false;
  if (f.resourceName === null) return true;
  if (f.patternType === PatternType.ANY || f.patternType === acl.patternType)
    return f.resourceName === acl.resourceName;
  return acl.patternType === PatternType.LITERAL
    ? f.resourceName === acl.resourceName || acl.resourceName === WILDCARD
    : f.resourceName.startsWith(acl.resourceName);
}

/** AccessControlEntryFilter.matches. */
function entryFilterMatches(f: AclFilter, acl: AclBinding): boolean {
  return (
    (f.principal === null || f.principal === acl.principal) &&
    (f.host === null || f.host === acl.host) &&
    (f.operation === AclOperation.ANY || f.operation === acl.operation) &&
    (f.permissionType === AclPermission.ANY || f.permissionType === acl.permissionType)
  );
}

/** Whether a resource pattern applies to the named resource (LITERAL, the `*` wildcard, PREFIXED). */
export function patternCovers(acl: AclBinding, resourceName: string): boolean {
  if (acl.patternType === PatternType.PREFIXED) return resourceName.startsWith(acl.resourceName);
  return acl.resourceName === resourceName || acl.resourceName === WILDCARD;
}

/** A stable identity for an ACL (two equal bindings are one ACL, as in Kafka). */
export function aclKey(acl: AclBinding): string {
  return JSON.stringify([
    acl.resourceType,
    acl.resourceName,
    acl.patternType,
    acl.principal,
    acl.host,
    acl.operation,
    acl.permissionType,
  ]);
}

/** Whether a binding or filter holds an UNKNOWN (0) element, which Kafka's request parsing rejects. */
export function hasUnknownElement(e: {
  readonly resourceType: number;
  readonly patternType: number;
  readonly operation: number;
  readonly permissionType: number;
}): boolean {
  return (
    e.resourceType === ResourceType.UNKNOWN ||
    e.patternType === PatternType.UNKNOWN ||
    e.operation === AclOperation.UNKNOWN ||
    e.permissionType === AclPermission.UNKNOWN
  );
}

/** Codes outside Kafka's enums (a newer client's value) read as UNKNOWN, as `fromCode` does. */
export function knownResourceType(code: number): number {
  return code >= 0 && code <= ResourceType.USER ? code : ResourceType.UNKNOWN;
}
export function knownPatternType(code: number): number {
  return code >= 0 && code <= PatternType.PREFIXED ? code : PatternType.UNKNOWN;
}
export function knownOperation(code: number): number {
  return code >= 0 && code <= AclOperation.DESCRIBE_TOKENS ? code : AclOperation.UNKNOWN;
}
export function knownPermission(code: number): number {
  return code >= 0 && code <= AclPermission.ALLOW ? code : AclPermission.UNKNOWN;
}
