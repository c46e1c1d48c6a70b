/**
 * The authorizer: Kafka's StandardAuthorizer (`org.apache.kafka.metadata.authorizer.StandardAuthorizerData`) over
 * the cluster's ACLs. Enabled by `authorizer.class.name` (Kafka's StandardAuthorizer, the older AclAuthorizer, or
 * `samsa`: all the same semantics here); without it there is no authorizer, every request is allowed and the ACL APIs
 * answer SECURITY_DISABLED.
 *
 * A decision: a principal in `super.users` is allowed everything; otherwise the ACLs whose pattern covers the resource
 * (LITERAL name, LITERAL `*`, PREFIXED) and whose principal (or `User:*`) and host (or `*`) match are consulted; a
 * matching DENY wins over any ALLOW; an ALLOW of READ, WRITE, DELETE or ALTER implies DESCRIBE, one of ALTER_CONFIGS
 * implies DESCRIBE_CONFIGS, ALL covers every operation. When no ACL at all covers the resource,
 * `allow.everyone.if.no.acl.found` decides (default false: denied).
 */
import type { BrokerConfig } from '../config';
import {
  AclOperation,
  AclPermission,
  PatternType,
  patternCovers,
  ResourceType,
  WILDCARD,
  WILDCARD_PRINCIPAL,
  type AclBinding,
  type AclFilter,
  type AclOperationCode,
  type ResourceTypeCode,
} from './acl';
import type { AclFailure, AclStore } from './acl-store';

/** Who is asking (Kafka's AuthorizableRequestContext): the session's principal and the client's IP address. */
export interface Requester {
  readonly principal: string;
  readonly host: string;
}

/** What handlers ask of the authorizer, and what the ACL APIs manage through it (Kafka's Authorizer interface). */
export interface Authorizer {
  authorize(who: Requester, operation: AclOperationCode, resourceType: ResourceTypeCode, name: string): boolean;
  /** Authorizer.authorizeByResourceType: may the principal perform `operation` on some resource of the type? */
  authorizeByResourceType(who: Requester, operation: AclOperationCode, resourceType: ResourceTypeCode): boolean;
  createAcls(bindings: readonly AclBinding[]): (AclFailure | null)[];
  deleteAcls(filters: readonly AclFilter[]): AclBinding[][];
  acls(filter: AclFilter): AclBinding[];
}

const IMPLIES_DESCRIBE: ReadonlySet<number> = new Set([
  AclOperation.DESCRIBE,
  AclOperation.READ,
  AclOperation.WRITE,
  AclOperation.DELETE,
  AclOperation.ALTER,
]);
const IMPLIES_DESCRIBE_CONFIGS: ReadonlySet<number> = new Set([
  AclOperation.DESCRIBE_CONFIGS,
  AclOperation.ALTER_CONFIGS,
]);

/** The authorizer `authorizer.class.name` asks for, or null when the key is unset. */
export function createAuthorizer(config: BrokerConfig, store: AclStore): Authorizer | null {
  if (config.string('authorizer.class.name') === '') return null;
  const superUsers = new Set(
    (config.stringOrNull('super.users') ?? '')
      .split(';')
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
  );
  return new StandardAuthorizer(store, superUsers, config.bool('allow.everyone.if.no.acl.found'));
}

class StandardAuthorizer implements Authorizer {
  readonly #store: AclStore;
  readonly #superUsers: ReadonlySet<string>;
  readonly #allowIfNoAcl: boolean;
  /** The ACLs by resource type, rebuilt when they change. */
  #byType = new Map<number, AclBinding[]>();

  constructor(store: AclStore, superUsers: ReadonlySet<string>, allowIfNoAcl: boolean) {
    this.#store = store;
    this.#superUsers = superUsers;
    this.#allowIfNoAcl = allowIfNoAcl;
    this.#index();
    store.onChange(() => this.#index());
  }

  #index(): void {
    const byType = new Map<number, AclBinding[]>();
    for (const acl of this.#store.all) {
      const list = byType.get(acl.resourceType) ?? [];
      list.push(acl);
      byType.set(acl.resourceType, list);
    }
    this.#byType = byType;
  }

  authorize(who: Requester, operation: AclOperationCode, resourceType: ResourceTypeCode, name: string): boolean {
    if (this.#superUsers.has(who.principal)) return true;
    let hasResourceAcls = false;
    let allowed = false;
    for (const acl of this.#byType.get(resourceType) ?? []) {
      if (!patternCovers(acl, name)) continue;
      hasResourceAcls = true;
      const result = findResult(who, operation, acl);
      if (result === 'deny') return false;
      if (result === 'allow') allowed = true;
    }
    return allowed || (!hasResourceAcls && this.#allowIfNoAcl);
  }

  /**
   * Kafka's default Authorizer.authorizeByResourceType: allowed when a name-independent check passes (super users,
   * the no-ACL default), or when some ALLOW ACL of the type for this principal and host is not dominated by a DENY
   * (a LITERAL deny of the same name, a PREFIXED deny of a prefix of it); a DENY on `*` denies.
   */
  authorizeByResourceType(who: Requester, operation: AclOperationCode, resourceType: ResourceTypeCode): boolean {
    if (this.authorize(who, operation, resourceType, 'hardcode')) return true;
    const denyLiteral = new Set<string>();
    const denyPrefixed = new Set<string>();
    const allows: AclBinding[] = [];
    for (const acl of this.#byType.get(resourceType) ?? []) {
      if (acl.host !== WILDCARD && acl.host !== who.host) continue;
      if (acl.principal !== who.principal && acl.principal !== WILDCARD_PRINCIPAL) continue;
      if (acl.operation !== operation && acl.operation !== AclOperation.ALL) continue;
      if (acl.permissionType === AclPermission.DENY) {
        if (acl.patternType === PatternType.LITERAL && acl.resourceName === WILDCARD) return false;
        (acl.patternType === PatternType.LITERAL ? denyLiteral : denyPrefixed).add(acl.resourceName);
      } else if (acl.permissionType === AclPermission.ALLOW) {
        if (acl.patternType === PatternType.LITERAL && acl.resourceName === WILDCARD) return true;
        allows.push(acl);
      }
    }
    return allows.some((acl) => {
      if (acl.patternType === PatternType.LITERAL && denyLiteral.has(acl.resourceName)) return false;
      for (let i = 1; i <= acl.resourceName.length; i++) {
        if (denyPrefixed.has(acl.resourceName.slice(0, i))) return false;
      }
      return true;
    });
  }

  createAcls(bindings: readonly AclBinding[]): (AclFailure | null)[] {
    return this.#store.create(bindings);
  }

  deleteAcls(filters: readonly AclFilter[]): AclBinding[][] {
    return this.#store.delete(filters);
  }

  acls(filter: AclFilter): AclBinding[] {
    return this.#store.describe(filter);
  }
}

/** StandardAuthorizerData.findResult: what one ACL (whose pattern covers the resource) says, or null. */
function findResult(who: Requester, operation: number, acl: AclBinding): 'allow' | 'deny' | null {
  if (acl.principal !== who.principal && acl.principal !== WILDCARD_PRINCIPAL) return null;
  if (acl.host !== WILDCARD && acl.host !== who.host) return null;
  if (acl.operation !== AclOperation.ALL) {
    if (acl.permissionType === AclPermission.ALLOW) {
      if (operation === AclOperation.DESCRIBE) {
        if (!IMPLIES_DESCRIBE.has(acl.operation)) return null;
      } else if (operation === AclOperation.DESCRIBE_CONFIGS) {
        if (!IMPLIES_DESCRIBE_CONFIGS.has(acl.operation)) return null;
      } else if (operation !== acl.operation) return null;
    } else if (operation !== acl.operation) return null;
  }
  return acl.permissionType === AclPermission.ALLOW ? 'allow' : 'deny';
}

/** The operations each resource type supports, for authorized-operations bitfields (KIP-430). */
export const SUPPORTED_OPERATIONS: Readonly<Partial<Record<ResourceTypeCode, readonly AclOperationCode[]>>> = {
  [ResourceType.TOPIC]: [
    AclOperation.READ,
    AclOperation.WRITE,
    AclOperation.CREATE,
    AclOperation.DESCRIBE,
    AclOperation.DELETE,
    AclOperation.ALTER,
    AclOperation.DESCRIBE_CONFIGS,
    AclOperation.ALTER_CONFIGS,
  ],
  [ResourceType.CLUSTER]: [
    AclOperation.CREATE,
    AclOperation.CLUSTER_ACTION,
    AclOperation.DESCRIBE_CONFIGS,
    AclOperation.ALTER_CONFIGS,
    AclOperation.IDEMPOTENT_WRITE,
    AclOperation.ALTER,
    AclOperation.DESCRIBE,
  ],
  // Group configs are not served, so DESCRIBE_CONFIGS and ALTER_CONFIGS are left out.
  [ResourceType.GROUP]: [AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DELETE],
};
