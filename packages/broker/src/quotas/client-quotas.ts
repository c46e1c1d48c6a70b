/**
 * Client quotas (KIP-546): stored and described as Kafka's ClientQuotaControlManager and ClientQuotasImage do; the
 * quota managers (quota-manager.ts) read them from here on every request, so an alteration applies at once. An entity is a set of (type, name) pairs over `user`, `client-id` and `ip`, a null name
 * meaning that type's default entity. Persisted as the cluster metadata document `client-quotas`
 * (`__cluster_metadata/client-quotas.json`):
 *   { "version": 1, "entities": [ { "entity": { "user": "alice", "client-id": null }, "quotas": { key: number } } ] }
 * An entity whose last quota is removed disappears.
 */
import { isIP } from 'node:net';
import { KafkaError, type ErrorName } from '../errors';
import { TopicStoreError, type TopicStore } from '../topics/topic-store';

const DOCUMENT = 'client-quotas';

/** ClientQuotaEntity's entity types. */
export const QuotaEntityType = { USER: 'user', CLIENT_ID: 'client-id', IP: 'ip' } as const;

/** ClientQuotaFilterComponent match types (DescribeClientQuotasRequest). */
export const QuotaMatchType = { EXACT: 0, DEFAULT: 1, SPECIFIED: 2 } as const;

/** QuotaConfigs: the keys each entity kind takes and how their values are checked. */
const USER_CLIENT_KEYS: Readonly<Record<string, 'long' | 'double'>> = {
  producer_byte_rate: 'long',
  consumer_byte_rate: 'long',
  request_percentage: 'double',
  controller_mutation_rate: 'double',
};
const IP_KEYS: Readonly<Record<string, 'long' | 'double'>> = { connection_creation_rate: 'long' };

export type QuotaEntity = ReadonlyMap<string, string | null>;

export interface QuotaEntry {
  readonly entity: QuotaEntity;
  readonly quotas: ReadonlyMap<string, number>;
}

export interface QuotaAlteration {
  readonly entity: readonly { readonly entityType: string; readonly entityName: string | null }[];
  /** value null = remove the key. */
  readonly ops: readonly { readonly key: string; readonly value: number | null }[];
}

export interface QuotaFilterComponent {
  readonly entityType: string;
  readonly matchType: number;
  readonly match: string | null;
}

type Failure = { readonly name: ErrorName; readonly message: string };

export class ClientQuotaStore {
  readonly #store: TopicStore;
  /** Canonical entity key → entry. */
  #entries: Map<string, QuotaEntry>;
  #generation = 0;

  constructor(store: TopicStore) {
    this.#store = store;
    this.#entries = parseDocument(store.loadDocument(DOCUMENT));
  }

  /**
   * ClientQuotaControlManager.alterClientQuotas: each alteration is validated on its own (entity types and their
   * combination, duplicate keys, known keys, integral values for LONG keys) and answered with its own error; valid
   * ones are applied and persisted together unless `validateOnly`. `resolvable` says whether an ip entity's name is an
   * address or a resolvable host (Kafka's InetAddress.getByName).
   */
  alter(
    alterations: readonly QuotaAlteration[],
    validateOnly: boolean,
    resolvable: (host: string) => boolean,
  ): (Failure | null)[] {
    const results: (Failure | null)[] = [];
    const seen = new Set<string>();
    const next = new Map(this.#entries);
    for (const a of alterations) {
      const checked = checkEntity(a.entity, resolvable);
      if ('failure' in checked) {
        results.push(checked.failure);
        continue;
      }
      const { entity, keys } = checked;
      const key = entityKey(entity);
      const label = describeEntity(entity);
      if (seen.has(key)) {
        results.push({ name: 'INVALID_REQUEST', message: `Ignoring duplicate entity ${label}` });
        continue;
      }
      seen.add(key);
      const changes = new Map<string, number | null>();
      let failure: Failure | null = null;
      for (const op of a.ops) {
        if (changes.has(op.key)) {
          failure = {
            name: 'INVALID_REQUEST',
            message: `Duplicate quota key ${op.key} not updating quota for this entity ${label}`,
          };
          break;
        }
        changes.set(op.key, op.value);
        if (op.value !== null) failure = checkValue(keys, op.key, op.value);
        if (failure) break;
      }
      if (failure) {
        results.push(failure);
        continue;
      }
      const quotas = new Map(next.get(key)?.quotas ?? []);
      for (const [k, v] of changes) {
        if (v === null) quotas.delete(k);
        else quotas.set(k, v);
      }
      if (quotas.size === 0) next.delete(key);
      else next.set(key, { entity, quotas });
      results.push(null);
    }
    if (!validateOnly) {
      // Persist first: if the write fails, memory still matches what is on disk.
      this.#store.saveDocument(DOCUMENT, toDocument(next));
      this.#entries = next;
      this.#generation++;
    }
    return results;
  }

  /** Bumped whenever stored quotas change: what is resolved from them may be cached until it moves. */
  get generation(): number {
    return this.#generation;
  }

  /**
   * The value of `key` on the entity made of exactly these components: `undefined` leaves the type out, `null` is
   * that type's default entity. Undefined when that entity does not set the key.
   */
  quota(key: string, user: string | null | undefined, clientId: string | null | undefined): number | undefined {
    const entity = new Map<string, string | null>();
    if (user !== undefined) entity.set(QuotaEntityType.USER, user);
    if (clientId !== undefined) entity.set(QuotaEntityType.CLIENT_ID, clientId);
    return this.#entries.get(entityKey(entity))?.quotas.get(key);
  }

  /** Whether any entity sets `key`. */
  hasKey(key: string): boolean {
    for (const e of this.#entries.values()) if (e.quotas.has(key)) return true;
    return false;
  }

  /**
   * ClientQuotasImage.describe: the entries matching every filter component (EXACT = that name, DEFAULT = the default
   * entity, SPECIFIED = any name of that type); with `strict`, entities with other types are left out. A malformed
   * filter throws KafkaError (INVALID_REQUEST, or UNSUPPORTED_VERSION for an unknown type or match type).
   */
  describe(components: readonly QuotaFilterComponent[], strict: boolean): QuotaEntry[] {
    const exact = new Map<string, string | null>();
    const specified = new Set<string>();
    for (const c of components) {
      if (c.entityType.length === 0) throw new KafkaError('INVALID_REQUEST', 'Invalid empty entity type.');
      if (exact.has(c.entityType) || specified.has(c.entityType)) {
        throw new KafkaError(
          'INVALID_REQUEST',
          `Entity type ${c.entityType} cannot appear more than once in the filter.`,
        );
      }
      if (!isEntityType(c.entityType))
        throw new KafkaError('UNSUPPORTED_VERSION', `Unsupported entity type ${c.entityType}`);
      switch (c.matchType) {
        case QuotaMatchType.EXACT:
          if (c.match === null)
            throw new KafkaError(
              'INVALID_REQUEST',
              'Request specified MATCH_TYPE_EXACT, but set match string to null.',
            );
          exact.set(c.entityType, c.match);
          break;
        case QuotaMatchType.DEFAULT:
          if (c.match !== null)
            throw new KafkaError(
              'INVALID_REQUEST',
              'Request specified MATCH_TYPE_DEFAULT, but also specified a match string.',
            );
          exact.set(c.entityType, null);
          break;
        case QuotaMatchType.SPECIFIED:
          if (c.match !== null)
            throw new KafkaError(
              'INVALID_REQUEST',
              'Request specified MATCH_TYPE_SPECIFIED, but also specified a match string.',
            );
          specified.add(c.entityType);
          break;
        default:
          throw new KafkaError('UNSUPPORTED_VERSION', `Unknown match type ${c.matchType}`);
      }
    }
    const uses = (t: string): boolean => exact.has(t) || specified.has(t);
    if (uses(QuotaEntityType.IP) && (uses(QuotaEntityType.USER) || uses(QuotaEntityType.CLIENT_ID))) {
      throw new KafkaError(
        'INVALID_REQUEST',
        'Invalid entity filter component combination. IP filter component should not be used with user or clientId filter component.',
      );
    }
    return [...this.#entries.values()].filter((e) => {
      if (strict && e.entity.size !== exact.size + specified.size) return false;
      for (const [type, name] of exact) {
        if (!e.entity.has(type) || e.entity.get(type) !== name) return false;
      }
      for (const type of specified) {
        if (!e.entity.has(type)) return false;
      }
      return true;
    });
  }
}

function isEntityType(t: string): boolean {
  return t === QuotaEntityType.USER || t === QuotaEntityType.CLIENT_ID || t === QuotaEntityType.IP;
}

/** ClientQuotaControlManager.validateEntity + configKeysForEntityType. */
function checkEntity(
  pairs: QuotaAlteration['entity'],
  resolvable: (host: string) => boolean,
): { entity: QuotaEntity; keys: Readonly<Record<string, 'long' | 'double'>> } | { failure: Failure } {
  if (pairs.length === 0) return { failure: { name: 'INVALID_REQUEST', message: 'Invalid empty client quota entity' } };
  const entity = new Map<string, string | null>();
  for (const { entityType, entityName } of pairs) {
    if (entity.has(entityType)) {
      return {
        failure: {
          name: 'INVALID_REQUEST',
          message: `Invalid empty client quota entity, duplicate entity entry ${entityType}`,
        },
      };
    }
    if (!isEntityType(entityType))
      return { failure: { name: 'INVALID_REQUEST', message: `Unhandled client quota entity type: ${entityType}` } };
    entity.set(entityType, entityName);
    if (entityName !== null && entityName.length === 0)
      return { failure: { name: 'INVALID_REQUEST', message: `Empty ${entityType} not supported` } };
  }
  const hasUser = entity.has(QuotaEntityType.USER);
  const hasClient = entity.has(QuotaEntityType.CLIENT_ID);
  const ip = entity.get(QuotaEntityType.IP);
  if (entity.has(QuotaEntityType.IP)) {
    if (hasUser || hasClient)
      return { failure: { name: 'INVALID_REQUEST', message: 'Invalid empty client quota entity' } };
    if (ip !== null && ip !== undefined && !resolvable(ip)) {
      return { failure: { name: 'INVALID_REQUEST', message: `${ip} is not a valid IP or resolvable host.` } };
    }
    return { entity, keys: IP_KEYS };
  }
  return { entity, keys: USER_CLIENT_KEYS };
}

/** ClientQuotaControlManager.validateQuotaKeyValue. */
function checkValue(keys: Readonly<Record<string, 'long' | 'double'>>, key: string, value: number): Failure | null {
  const type = Object.hasOwn(keys, key) ? keys[key] : undefined;
  if (type === undefined) return { name: 'INVALID_REQUEST', message: `Invalid configuration key ${key}` };
  if (!Number.isFinite(value))
    return { name: 'INVALID_REQUEST', message: `Configuration ${key} must be a finite value` };
  if (type === 'long') {
    const epsilon = 1e-6;
    if (Math.abs(Math.trunc(value + epsilon) - value) > epsilon)
      return { name: 'INVALID_REQUEST', message: `Configuration ${key} must be a Long value` };
  }
  return null;
}

/** Whether a name is an IP literal; the handler widens this with a DNS lookup. */
export function isIpLiteral(name: string): boolean {
  return isIP(name) !== 0;
}

function entityKey(entity: QuotaEntity): string {
  return JSON.stringify([...entity].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** ClientQuotaEntity.toString. */
function describeEntity(entity: QuotaEntity): string {
  return `ClientQuotaEntity(entries={${[...entity].map(([t, n]) => `${t}=${n}`).join(', ')}})`;
}

function toDocument(entries: ReadonlyMap<string, QuotaEntry>): unknown {
  return {
    version: 1,
    entities: [...entries.values()].map((e) => ({
      entity: Object.fromEntries(e.entity),
      quotas: Object.fromEntries(e.quotas),
    })),
  };
}

function parseDocument(doc: unknown): Map<string, QuotaEntry> {
  const out = new Map<string, QuotaEntry>();
  if (doc === undefined) return out;
  const o = doc as { version?: unknown; entities?: unknown } | null;
  if (o === null || typeof o !== 'object' || o.version !== 1 || !Array.isArray(o.entities)) {
    throw new TopicStoreError(`${DOCUMENT}.json is not a version 1 client quota document`);
  }
  for (const raw of o.entities as unknown[]) {
    const e = raw as { entity?: unknown; quotas?: unknown } | null;
    const entityOk =
      e !== null &&
      typeof e === 'object' &&
      typeof e.entity === 'object' &&
      e.entity !== null &&
      Object.entries(e.entity).every(([t, n]) => isEntityType(t) && (n === null || typeof n === 'string'));
    const quotasOk =
      entityOk &&
      typeof e.quotas === 'object' &&
      e.quotas !== null &&
      Object.values(e.quotas).every((v) => typeof v === 'number');
    if (!quotasOk) throw new TopicStoreError(`${DOCUMENT}.json: bad quota entry`);
    const entity = new Map(Object.entries(e.entity as Record<string, string | null>));
    out.set(entityKey(entity), { entity, quotas: new Map(Object.entries(e.quotas as Record<string, number>)) });
  }
  return out;
}
