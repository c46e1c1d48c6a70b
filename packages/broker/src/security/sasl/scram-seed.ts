/**
 * `samsa.scram.users`: SCRAM credentials stored at start, as Kafka's `kafka-storage format --add-scram` seeds them:
 * `user:password` entries (both SCRAM-SHA-256 and SCRAM-SHA-512, 4096 iterations) or Kafka's form
 * `SCRAM-SHA-256=[name=alice,password=secret,iterations=8192]`, comma separated. Each replaces the stored credential
 * of its user and mechanism (the salted password is derived with PBKDF2 and a fresh salt; the password is not kept).
 */
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { ConfigError } from '../../config';
import {
  ScramMechanism,
  SCRAM_MIN_ITERATIONS,
  type ScramCredentialStore,
  type ScramUpsertion,
} from '../scram-credentials';

const KEY = 'samsa.scram.users';
const MECHANISMS: Readonly<Record<string, { type: number; hash: string; bytes: number }>> = {
  'SCRAM-SHA-256': { type: ScramMechanism.SCRAM_SHA_256, hash: 'sha256', bytes: 32 },
  'SCRAM-SHA-512': { type: ScramMechanism.SCRAM_SHA_512, hash: 'sha512', bytes: 64 },
};

export function seedScramCredentials(text: string | null, store: ScramCredentialStore): number {
  if (text === null || text.trim() === '') return 0;
  const upsertions: ScramUpsertion[] = [];
  for (const entry of splitEntries(text)) {
    const kafka = /^(SCRAM-SHA-(?:256|512))=\[(.*)\]$/i.exec(entry);
    if (kafka) {
      const fields = new Map<string, string>();
      for (const part of (kafka[2] as string).split(',')) {
        const eq = part.indexOf('=');
        if (eq <= 0) throw bad('expected name=..., password=... inside [ ]');
        fields.set(
          part.slice(0, eq).trim(),
          part
            .slice(eq + 1)
            .trim()
            .replace(/^"|"$/g, ''),
        );
      }
      const name = fields.get('name');
      const password = fields.get('password');
      if (!name || password === undefined) throw bad('each entry needs name= and password=');
      const iterations = fields.has('iterations') ? Number(fields.get('iterations')) : SCRAM_MIN_ITERATIONS;
      if (!Number.isInteger(iterations)) throw bad('iterations must be an integer');
      upsertions.push(upsertion(name, password, (kafka[1] as string).toUpperCase(), iterations));
      continue;
    }
    const colon = entry.indexOf(':');
    if (colon <= 0 || colon === entry.length - 1)
      throw bad('expected user:password or SCRAM-SHA-256=[name=...,password=...]');
    const name = entry.slice(0, colon);
    const password = entry.slice(colon + 1);
    for (const mechanism of Object.keys(MECHANISMS))
      upsertions.push(upsertion(name, password, mechanism, SCRAM_MIN_ITERATIONS));
  }
  // One user may be seeded for both mechanisms: the store takes one alteration per user and request.
  const byMechanism = new Map<number, ScramUpsertion[]>();
  for (const u of upsertions) byMechanism.set(u.mechanism, [...(byMechanism.get(u.mechanism) ?? []), u]);
  for (const batch of byMechanism.values()) {
    const last = new Map(batch.map((u) => [u.name, u]));
    for (const result of store.alter([], [...last.values()]))
      if (result.error) throw bad(`${result.user}: ${result.error.message}`);
  }
  return upsertions.length;
}

function upsertion(name: string, password: string, mechanism: string, iterations: number): ScramUpsertion {
  const spec = MECHANISMS[mechanism];
  if (!spec) throw bad(`unknown mechanism ${mechanism}`);
  const salt = randomBytes(32);
  const saltedPassword = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, spec.bytes, spec.hash);
  return { name, mechanism: spec.type, iterations, salt, saltedPassword };
}

/** Commas separate entries, except inside `[ ]`. */
function splitEntries(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '[') depth++;
    if (c === ']') depth = Math.max(0, depth - 1);
    if (c === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  out.push(current.trim());
  return out.filter((e) => e !== '');
}

function bad(reason: string): ConfigError {
  return new ConfigError(KEY, '[hidden]', reason);
}
