/**
 * The ACLs of the cluster, kept as Kafka's AclControlManager keeps them: creations validated one by one (AclApis'
 * CLUSTER name and empty name checks, then AclControlManager.validateNewAcl), an ACL equal to an existing one is
 * created once, deletions by filter. Persisted as the cluster metadata document `acls`
 * (`__cluster_metadata/acls.json`), so every broker identity of the process sees the same ACLs and they survive a
 * restart: `{ "version": 1, "acls": [ { resourceType, resourceName, patternType, principal, host, operation,
 * permissionType } ] }` with Kafka's codes.
 */
import type { ErrorName } from '../errors';
import { TopicStoreError, type TopicStore } from '../topics/topic-store';
import {
  AclOperation,
  AclPermission,
  aclKey,
  CLUSTER_NAME,
  filterMatches,
  PatternType,
  ResourceType,
  type AclBinding,
  type AclFilter,
} from './acl';

const DOCUMENT = 'acls';

export interface AclFailure {
  readonly name: ErrorName;
  readonly message: string;
}

export class AclStore {
  readonly #store: TopicStore;
  /** aclKey → binding, in creation order. */
  #acls: Map<string, AclBinding>;
  readonly #listeners = new Set<() => void>();

  constructor(store: TopicStore) {
    this.#store = store;
    this.#acls = parseDocument(store.loadDocument(DOCUMENT));
  }

  get all(): readonly AclBinding[] {
    return [...this.#acls.values()];
  }

  /** Called after every change (the authorizer rebuilds its index). */
  onChange(listener: () => void): void {
    this.#listeners.add(listener);
  }

  /** CreateAcls: one result per binding, null when created (or already present). */
  create(bindings: readonly AclBinding[]): (AclFailure | null)[] {
    const next = new Map(this.#acls);
    const results = bindings.map((b) => {
      const failure = validateNewAcl(b);
      if (failure === null) next.set(aclKey(b), { ...b });
      return failure;
    });
    this.#replace(next);
    return results;
  }

  /**
   * DeleteAcls: the ACLs each filter matched and removed. An ACL two filters match is reported under the first one
   * only, as AclControlManager.deleteAcls removes it once.
   */
  delete(filters: readonly AclFilter[]): AclBinding[][] {
    const next = new Map(this.#acls);
    const results = filters.map((f) => {
      const removed: AclBinding[] = [];
      for (const [key, acl] of next) {
        if (!filterMatches(f, acl)) continue;
        removed.push(acl);
        next.delete(key);
      }
      return removed;
    });
    this.#replace(next);
    return results;
  }

  /** DescribeAcls: every ACL the filter matches. */
  describe(filter: AclFilter): AclBinding[] {
    return this.all.filter((acl) => filterMatches(filter, acl));
  }

  #replace(next: Map<string, AclBinding>): void {
    if (next.size === this.#acls.size && [...next.keys()].every((k) => this.#acls.has(k))) return;
    // Persist first: if the write fails, memory still matches what is on disk.
    this.#store.saveDocument(DOCUMENT, { version: 1, acls: [...next.values()] });
    this.#acls = next;
    for (const listener of this.#listeners) listener();
  }
}

/** AclApis.handleCreateAcls' checks, then AclControlManager.validateNewAcl. */
function validateNewAcl(b: AclBinding): AclFailure | null {
  const invalid = (message: string): AclFailure => ({ name: 'INVALID_REQUEST', message });
  if (b.resourceType === ResourceType.CLUSTER && b.resourceName !== CLUSTER_NAME)
    return invalid(`The only valid name for the CLUSTER resource is ${CLUSTER_NAME}`);
  if (b.resourceName.length === 0) return invalid('Invalid empty resource name');
  if (b.resourceType === ResourceType.UNKNOWN || b.resourceType === ResourceType.ANY)
    return invalid(`Invalid resource type ${b.resourceType}`);
  if (b.patternType !== PatternType.LITERAL && b.patternType !== PatternType.PREFIXED)
    return invalid(`Invalid pattern type ${b.patternType}`);
  if (b.operation === AclOperation.UNKNOWN || b.operation === AclOperation.ANY)
    return invalid(`Invalid operation ${b.operation}`);
  if (b.permissionType !== AclPermission.ALLOW && b.permissionType !== AclPermission.DENY)
    return invalid(`Invalid permission type ${b.permissionType}`);
  if (!b.principal.includes(':'))
    return invalid(
      `Could not parse principal from \`${b.principal}\` (no colon is present separating the principal type from the principal name)`,
    );
  return null;
}

function parseDocument(doc: unknown): Map<string, AclBinding> {
  const out = new Map<string, AclBinding>();
  if (doc === undefined) return out;
  const o = doc as { version?: unknown; acls?: unknown };
  if (typeof doc !== 'object' || doc === null || o.version !== 1 || !Array.isArray(o.acls))
    throw new TopicStoreError('Malformed ACL document');
  for (const a of o.acls as unknown[]) {
    if (!isBinding(a)) throw new TopicStoreError('Malformed ACL in the ACL document');
    out.set(aclKey(a), a);
  }
  return out;
}

function isBinding(v: unknown): v is AclBinding {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    ['resourceType', 'patternType', 'operation', 'permissionType'].every((k) => Number.isInteger(o[k])) &&
    ['resourceName', 'principal', 'host'].every((k) => typeof o[k] === 'string')
  );
}
