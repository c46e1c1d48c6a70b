/**
 * What the ACL handlers (DescribeAcls, CreateAcls, DeleteAcls) share. samsa has no authorizer, so Kafka's AclApis
 * answers every ACL request with SECURITY_DISABLED. Before that, Kafka's request classes reject a filter or binding
 * holding an UNKNOWN (0) resource type, pattern type, operation or permission type while parsing, which closes the
 * connection (`DescribeAclsRequest.normalizeAndValidate`, `CreateAclsRequest.validate`, `DeleteAclsRequest`).
 */

/** AclApis' messages when no authorizer is configured. */
export const NO_AUTHORIZER_DESCRIBE = 'No Authorizer is configured on the broker';
export const NO_AUTHORIZER = 'No Authorizer is configured.';

/** The UNKNOWN code of ResourceType, PatternType, AclOperation and AclPermissionType. */
const UNKNOWN = 0;

export interface AclElements {
  readonly resourceType: number;
  readonly patternType: number | undefined;
  readonly operation: number;
  readonly permissionType: number;
}

export function hasUnknownElement(e: AclElements): boolean {
  return (
    e.resourceType === UNKNOWN || e.patternType === UNKNOWN || e.operation === UNKNOWN || e.permissionType === UNKNOWN
  );
}
