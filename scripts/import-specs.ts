// One-off extractor: reads Kafka's message definitions (../shared/reference/kafka-messages, JSON with
// comments) and writes protocol-specs/NN-<kebab-api>.json in samsa's own shape, keeping only the wire
// facts (no prose). After import the specs are ours: the generator reads only protocol-specs/.
//
//   npx tsx scripts/import-specs.ts [referenceDir]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const repoRoot = resolve(__dirname, '..');
const referenceDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'reference', 'kafka-messages'));
const specsDir = join(repoRoot, 'protocol-specs');

/** Field keys carried over, in the order they are written. */
const FIELD_KEYS = [
  'name',
  'type',
  'versions',
  'nullableVersions',
  'taggedVersions',
  'tag',
  'default',
  'ignorable',
  'entityType',
  'mapKey',
  'zeroCopy',
  'flexibleVersions',
] as const;
const MESSAGE_KEYS = [
  'validVersions',
  'deprecatedVersions',
  'flexibleVersions',
  'latestVersionUnstable',
  'listeners',
] as const;

/** Byte fields carrying credentials or tokens: logs redact them. */
const SENSITIVE = new Set([
  'SaslAuthenticateRequest.AuthBytes',
  'SaslAuthenticateResponse.AuthBytes',
  'AlterUserScramCredentialsRequest.Salt',
  'AlterUserScramCredentialsRequest.SaltedPassword',
  'CreateDelegationTokenResponse.Hmac',
  'DescribeDelegationTokenResponse.Hmac',
  'RenewDelegationTokenRequest.Hmac',
  'ExpireDelegationTokenRequest.Hmac',
]);
/** int64 fields whose values may legitimately exceed 2^53 (timestamps Kafka derives from Long.MAX_VALUE). */
const BIGINT = new Set([
  'CreateDelegationTokenRequest.MaxLifetimeMs',
  'CreateDelegationTokenResponse.ExpiryTimestampMs',
  'CreateDelegationTokenResponse.MaxTimestampMs',
  'DescribeDelegationTokenResponse.ExpiryTimestamp',
  'DescribeDelegationTokenResponse.MaxTimestamp',
  'RenewDelegationTokenResponse.ExpiryTimestampMs',
  'ExpireDelegationTokenResponse.ExpiryTimestampMs',
]);

/** Removes `//` comments outside string literals. */
export function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else {
      out += c;
    }
  }
  return out;
}

function convertFields(message: string, fields: Json | undefined): JsonObject[] {
  if (!Array.isArray(fields)) return [];
  return fields.map((raw) => {
    const f = raw as JsonObject;
    const out: JsonObject = {};
    for (const key of FIELD_KEYS) if (f[key] !== undefined) out[key] = f[key];
    const qualified = `${message}.${String(f.name)}`;
    if (BIGINT.has(qualified)) out.int64 = 'bigint';
    if (SENSITIVE.has(qualified)) out.sensitive = true;
    if (f.fields !== undefined) out.fields = convertFields(message, f.fields);
    return out;
  });
}

function convertMessage(j: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of MESSAGE_KEYS) if (j[key] !== undefined) out[key] = j[key];
  out.fields = convertFields(String(j.name), j.fields);
  return out;
}

function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

function main(): void {
  const byKey = new Map<number, { request?: JsonObject; response?: JsonObject }>();
  for (const file of readdirSync(referenceDir).sort()) {
    const m = /^(.*)(Request|Response)\.json$/.exec(file);
    if (!m) continue;
    const j = JSON.parse(stripComments(readFileSync(join(referenceDir, file), 'utf8'))) as JsonObject;
    if (typeof j.apiKey !== 'number' || (j.type !== 'request' && j.type !== 'response')) continue;
    const entry = byKey.get(j.apiKey) ?? {};
    entry[j.type] = j;
    byKey.set(j.apiKey, entry);
  }
  let written = 0;
  for (const [apiKey, { request, response }] of [...byKey].sort((a, b) => a[0] - b[0])) {
    if (!request || !response) throw new Error(`api key ${apiKey}: request or response missing`);
    const name = String(request.name).replace(/Request$/, '');
    const spec: JsonObject = { apiKey, name, request: convertMessage(request), response: convertMessage(response) };
    const common: JsonObject[] = [];
    for (const [which, msg] of [
      ['request', request],
      ['response', response],
    ] as const) {
      for (const raw of (msg.commonStructs ?? []) as JsonObject[]) {
        common.push({
          name: raw.name,
          message: which,
          versions: raw.versions,
          fields: convertFields(String(msg.name), raw.fields),
        });
      }
    }
    if (common.length > 0) spec.commonStructs = common;
    const file = `${String(apiKey).padStart(2, '0')}-${kebab(name)}.json`;
    writeFileSync(join(specsDir, file), `${JSON.stringify(spec, null, 2)}\n`);
    written++;
  }
  console.log(`wrote ${written} specs to ${specsDir}`);
}

if (require.main === module) main();
