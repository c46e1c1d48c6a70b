/**
 * SCRAM credentials (KIP-554), kept as Kafka's controller keeps them (ScramControlManager): per user and mechanism
 * the salt, the iteration count, and the stored key and server key derived from the client's salted password
 * (RFC 5802: StoredKey = H(HMAC(SaltedPassword, "Client Key")), ServerKey = HMAC(SaltedPassword, "Server Key")).
 * Neither the password nor the salted password is kept. The credentials are persisted as the cluster metadata
 * document `scram-credentials` (`__cluster_metadata/scram-credentials.json`):
 *   { "version": 1, "credentials": [ { "user", "mechanism": 1|2, "iterations", "salt", "storedKey", "serverKey" } ] }
 * with the byte fields in base64. Nothing authenticates against them yet (no SASL listener).
 */
import { createHash, createHmac } from 'node:crypto';
import type { ErrorName } from '../errors';
import { TopicStoreError, type TopicStore } from '../topics/topic-store';

const DOCUMENT = 'scram-credentials';

/** org.apache.kafka.clients.admin.ScramMechanism: type ids on the wire and their hash. */
export const ScramMechanism = {
  UNKNOWN: 0,
  SCRAM_SHA_256: 1,
  SCRAM_SHA_512: 2,
} as const;

const HASH_BY_MECHANISM: Readonly<Record<number, string>> = {
  [ScramMechanism.SCRAM_SHA_256]: 'sha256',
  [ScramMechanism.SCRAM_SHA_512]: 'sha512',
};

/** ScramMechanism.minIterations (both mechanisms) and ScramControlManager.MAX_ITERATIONS. */
export const SCRAM_MIN_ITERATIONS = 4096;
export const SCRAM_MAX_ITERATIONS = 16384;

export interface ScramCredential {
  readonly iterations: number;
  readonly salt: Buffer;
  readonly storedKey: Buffer;
  readonly serverKey: Buffer;
}

export interface ScramUpsertion {
  readonly name: string;
  readonly mechanism: number;
  readonly iterations: number;
  readonly salt: Buffer;
  readonly saltedPassword: Buffer;
}

export interface ScramDeletion {
  readonly name: string;
  readonly mechanism: number;
}

/** One user's outcome: `error` null on success. */
export interface ScramAlterResult {
  readonly user: string;
  readonly error: { readonly name: ErrorName; readonly message: string } | null;
}

export interface ScramDescribeResult {
  readonly user: string;
  readonly error: { readonly name: ErrorName; readonly message: string } | null;
  readonly credentials: readonly { readonly mechanism: number; readonly iterations: number }[];
}

type Failure = { readonly name: ErrorName; readonly message: string };

const DUPLICATE_ALTERATION: Failure = {
  name: 'DUPLICATE_RESOURCE',
  message: 'A user credential cannot be altered twice in the same request',
};

export class ScramCredentialStore {
  readonly #store: TopicStore;
  /** user → mechanism type → credential. */
  #credentials: Map<string, Map<number, ScramCredential>>;

  constructor(store: TopicStore) {
    this.#store = store;
    this.#credentials = parseDocument(store.loadDocument(DOCUMENT));
  }

  get(user: string, mechanism: number): ScramCredential | undefined {
    return this.#credentials.get(user)?.get(mechanism);
  }

  /**
   * ScramControlManager.alterCredentials: a user named twice (in deletions, upsertions or both) fails with
   * DUPLICATE_RESOURCE; every other user is validated on its own and the valid changes are applied together and
   * persisted. Results list the successful users, then the failed ones, each once.
   */
  alter(deletions: readonly ScramDeletion[], upsertions: readonly ScramUpsertion[]): ScramAlterResult[] {
    const errors = new Map<string, Failure>();
    const deletes = new Map<string, ScramDeletion>();
    const upserts = new Map<string, ScramUpsertion>();
    for (const d of deletions) {
      if (errors.has(d.name)) continue;
      if (deletes.delete(d.name)) {
        errors.set(d.name, DUPLICATE_ALTERATION);
        continue;
      }
      const failure = this.#validateDeletion(d);
      if (failure) errors.set(d.name, failure);
      else deletes.set(d.name, d);
    }
    for (const u of upsertions) {
      if (errors.has(u.name)) continue;
      if (deletes.delete(u.name) || upserts.delete(u.name)) {
        errors.set(u.name, DUPLICATE_ALTERATION);
        continue;
      }
      const failure = validateUpsertion(u);
      if (failure) errors.set(u.name, failure);
      else upserts.set(u.name, u);
    }
    if (deletes.size > 0 || upserts.size > 0) {
      const next = new Map([...this.#credentials].map(([user, byMechanism]) => [user, new Map(byMechanism)]));
      for (const d of deletes.values()) {
        const byMechanism = next.get(d.name);
        byMechanism?.delete(d.mechanism);
        if (byMechanism?.size === 0) next.delete(d.name);
      }
      for (const u of upserts.values()) {
        let byMechanism = next.get(u.name);
        if (!byMechanism) next.set(u.name, (byMechanism = new Map()));
        byMechanism.set(u.mechanism, deriveCredential(u));
      }
      // Persist first: if the write fails, memory still matches what is on disk.
      this.#store.saveDocument(DOCUMENT, toDocument(next));
      this.#credentials = next;
    }
    return [
      ...[...deletes.keys(), ...upserts.keys()].map((user) => ({ user, error: null })),
      ...[...errors].map(([user, error]) => ({ user, error })),
    ];
  }

  /**
   * ScramImage.describe: null or empty `users` = every user with a credential; a user named twice answers
   * DUPLICATE_RESOURCE, a user without credentials RESOURCE_NOT_FOUND. Mechanisms are listed by type.
   */
  describe(users: readonly string[] | null): ScramDescribeResult[] {
    const requested = new Map<string, boolean>();
    if (users === null || users.length === 0) {
      for (const user of this.#credentials.keys()) requested.set(user, false);
    } else {
      for (const user of users) requested.set(user, requested.has(user));
    }
    return [...requested].map(([user, duplicate]) => {
      if (duplicate) {
        return {
          user,
          error: {
            name: 'DUPLICATE_RESOURCE',
            message: `Cannot describe SCRAM credentials for the same user twice in a single request: ${user}`,
          },
          credentials: [],
        };
      }
      const byMechanism = this.#credentials.get(user);
      if (!byMechanism || byMechanism.size === 0) {
        return {
          user,
          error: {
            name: 'RESOURCE_NOT_FOUND',
            message: `Attempt to describe a user credential that does not exist: ${user}`,
          },
          credentials: [],
        };
      }
      const credentials = [...byMechanism]
        .sort(([a], [b]) => a - b)
        .map(([mechanism, c]) => ({ mechanism, iterations: c.iterations }));
      return { user, error: null, credentials };
    });
  }

  #validateDeletion(d: ScramDeletion): Failure | null {
    const failure = validateUserAndMechanism(d.name, d.mechanism);
    if (failure) return failure;
    if (!this.get(d.name, d.mechanism))
      return { name: 'RESOURCE_NOT_FOUND', message: 'Attempt to delete a user credential that does not exist' };
    return null;
  }
}

function validateUserAndMechanism(user: string, mechanism: number): Failure | null {
  if (user.length === 0) return { name: 'UNACCEPTABLE_CREDENTIAL', message: 'Username must not be empty' };
  if (HASH_BY_MECHANISM[mechanism] === undefined)
    return { name: 'UNSUPPORTED_SASL_MECHANISM', message: 'Unknown SCRAM mechanism' };
  return null;
}

function validateUpsertion(u: ScramUpsertion): Failure | null {
  const failure = validateUserAndMechanism(u.name, u.mechanism);
  if (failure) return failure;
  if (u.iterations < SCRAM_MIN_ITERATIONS) return { name: 'UNACCEPTABLE_CREDENTIAL', message: 'Too few iterations' };
  if (u.iterations > SCRAM_MAX_ITERATIONS) return { name: 'UNACCEPTABLE_CREDENTIAL', message: 'Too many iterations' };
  return null;
}

/** ScramFormatter.storedKey(clientKey(saltedPassword)) and serverKey(saltedPassword). */
function deriveCredential(u: ScramUpsertion): ScramCredential {
  const hash = HASH_BY_MECHANISM[u.mechanism] as string;
  const clientKey = createHmac(hash, u.saltedPassword).update('Client Key').digest();
  return {
    iterations: u.iterations,
    salt: Buffer.from(u.salt),
    storedKey: createHash(hash).update(clientKey).digest(),
    serverKey: createHmac(hash, u.saltedPassword).update('Server Key').digest(),
  };
}

function toDocument(credentials: ReadonlyMap<string, ReadonlyMap<number, ScramCredential>>): unknown {
  const list: unknown[] = [];
  for (const [user, byMechanism] of credentials) {
    for (const [mechanism, c] of byMechanism) {
      list.push({
        user,
        mechanism,
        iterations: c.iterations,
        salt: c.salt.toString('base64'),
        storedKey: c.storedKey.toString('base64'),
        serverKey: c.serverKey.toString('base64'),
      });
    }
  }
  return { version: 1, credentials: list };
}

function parseDocument(doc: unknown): Map<string, Map<number, ScramCredential>> {
  const out = new Map<string, Map<number, ScramCredential>>();
  if (doc === undefined) return out;
  const o = doc as { version?: unknown; credentials?: unknown } | null;
  if (o === null || typeof o !== 'object' || o.version !== 1 || !Array.isArray(o.credentials)) {
    throw new TopicStoreError(`${DOCUMENT}.json is not a version 1 SCRAM credential document`);
  }
  for (const entry of o.credentials as unknown[]) {
    const e = entry as Record<string, unknown> | null;
    const ok =
      e !== null &&
      typeof e === 'object' &&
      typeof e['user'] === 'string' &&
      typeof e['mechanism'] === 'number' &&
      HASH_BY_MECHANISM[e['mechanism']] !== undefined &&
      Number.isInteger(e['iterations']) &&
      typeof e['salt'] === 'string' &&
      typeof e['storedKey'] === 'string' &&
      typeof e['serverKey'] === 'string';
    if (!ok) throw new TopicStoreError(`${DOCUMENT}.json: bad credential entry`);
    const user = e['user'] as string;
    let byMechanism = out.get(user);
    if (!byMechanism) out.set(user, (byMechanism = new Map()));
    byMechanism.set(e['mechanism'] as number, {
      iterations: e['iterations'] as number,
      salt: Buffer.from(e['salt'] as string, 'base64'),
      storedKey: Buffer.from(e['storedKey'] as string, 'base64'),
      serverKey: Buffer.from(e['serverKey'] as string, 'base64'),
    });
  }
  return out;
}
