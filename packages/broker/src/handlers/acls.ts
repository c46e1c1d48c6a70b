/**
 * What the ACL handlers (DescribeAcls, CreateAcls, DeleteAcls) share, as Kafka's AclApis: without an authorizer every
 * ACL request answers SECURITY_DISABLED. Before that, Kafka's request classes reject a filter or binding holding an
 * UNKNOWN resource type, pattern type, operation or permission type (or a code this version of Kafka does not know)
 * while parsing, which closes the connection (`DescribeAclsRequest.normalizeAndValidate`, `CreateAclsRequest.validate`,
 * `DeleteAclsRequest`); so does a binding to create with an ANY or MATCH element (ResourcePattern's and
 * AccessControlEntry's constructors refuse them).
 */
import {
  AclOperation,
  AclPermission,
  hasUnknownElement,
  knownOperation,
  knownPatternType,
  knownPermission,
  knownResourceType,
  PatternType,
  ResourceType,
  type AclBinding,
  type AclFilter,
} from '../security/acl';

/** AclApis' messages when no authorizer is configured. */
export const NO_AUTHORIZER_DESCRIBE = 'No Authorizer is configured on the broker';
export const NO_AUTHORIZER = 'No Authorizer is configured.';

interface WireFilter {
  readonly resourceTypeFilter: number;
  readonly resourceNameFilter: string | null;
  readonly patternTypeFilter?: number;
  readonly principalFilter: string | null;
  readonly hostFilter: string | null;
  readonly operation: number;
  readonly permissionType: number;
}

interface WireCreation {
  readonly resourceType: number;
  readonly resourceName: string;
  readonly resourcePatternType?: number;
  readonly principal: string;
  readonly host: string;
  readonly operation: number;
  readonly permissionType: number;
}

/** A request filter as an AclFilter, or null when Kafka's parsing would refuse it. v0 filters LITERAL patterns. */
export function toFilter(f: WireFilter): AclFilter | null {
  const filter: AclFilter = {
    resourceType: knownResourceType(f.resourceTypeFilter),
    resourceName: f.resourceNameFilter,
    patternType: knownPatternType(f.patternTypeFilter ?? PatternType.LITERAL),
    principal: f.principalFilter,
    host: f.hostFilter,
    operation: knownOperation(f.operation),
    permissionType: knownPermission(f.permissionType),
  };
  return hasUnknownElement(filter) ? null : filter;
}

/** A creation as an AclBinding, or null when Kafka's parsing would refuse it. v0 creates LITERAL patterns. */
export function toBinding(c: WireCreation): AclBinding | null {
  const binding: AclBinding = {
    resourceType: knownResourceType(c.resourceType),
    resourceName: c.resourceName,
    patternType: knownPatternType(c.resourcePatternType ?? PatternType.LITERAL),
    principal: c.principal,
    host: c.host,
    operation: knownOperation(c.operation),
    permissionType: knownPermission(c.permissionType),
  };
  const anyOrMatch =
    binding.resourceType === ResourceType.ANY ||
    binding.patternType === PatternType.ANY ||
    binding.patternType === PatternType.MATCH ||
    binding.operation === AclOperation.ANY ||
    binding.permissionType === AclPermission.ANY;
  return hasUnknownElement(binding) || anyOrMatch ? null : binding;
}

/** Responses before v1 carry no pattern type, so only LITERAL ACLs can be described or reported in them. */
export function patternTypeFor(acl: AclBinding, apiVersion: number): { patternType?: number } {
  return apiVersion >= 1 ? { patternType: acl.patternType } : {};
}
