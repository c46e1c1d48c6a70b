// Checks protocol-specs/ two ways:
//  1. self-consistency (always): file names, version ranges, tags, type references, the error table;
//  2. conformance (when ../shared/reference/kafka-messages exists): every API, field and common struct
//     carries the same wire facts as Kafka's message definitions — names, order, types, versions,
//     nullable/tagged versions, tags, defaults and flags.
// Used by packages/protocol/test/conformance.test.ts and runnable on its own:
//
//   npx tsx scripts/check-specs.ts [referenceDir]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ApiSpec, SpecField, SpecMessage, Versions } from './gen-protocol';
import { inVersions, loadSpec, moduleStem, parseVersions, repoRoot, specFiles, specsDir } from './gen-protocol';
import { stripComments } from './import-specs';

export interface CheckResult {
  /** Spec files examined. */
  checked: number;
  /** Whether Kafka's reference definitions were found (conformance only runs then). */
  referenceFound: boolean;
  referenceDir: string;
  problems: string[];
}

type JsonObject = Record<string, unknown>;

/** Wire facts compared field by field against the reference. */
const COMPARED_KEYS = [
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
const OUR_KEYS = new Set<string>([...COMPARED_KEYS, 'fields', 'int64', 'sensitive']);
const PRIMITIVE = /^(\[\])?(int8|int16|int32|int64|uint16|uint32|float64|bool|string|bytes|records|uuid)$/;

export function defaultReferenceDir(): string {
  return resolve(repoRoot, '..', 'shared', 'reference', 'kafka-messages');
}

const empty = (r: Versions): boolean => r.max < r.min;
const within = (inner: Versions, outer: Versions): boolean =>
  empty(inner) || (inner.min >= outer.min && inner.max <= outer.max);

function checkFieldsSelf(
  where: string,
  fields: SpecField[],
  flexible: Versions,
  structNames: Set<string>,
  problems: string[],
): void {
  const tags = new Set<number>();
  const names = new Set<string>();
  for (const f of fields) {
    const at = `${where}.${f.name}`;
    for (const key of Object.keys(f)) if (!OUR_KEYS.has(key)) problems.push(`${at}: unexpected key ${key}`);
    if (names.has(f.name)) problems.push(`${at}: duplicate field name`);
    names.add(f.name);
    try {
      const versions = parseVersions(f.versions);
      const tagged = parseVersions(f.taggedVersions);
      const nullable = parseVersions(f.nullableVersions);
      if (!within(tagged, versions)) problems.push(`${at}: taggedVersions outside versions`);
      if (!empty(tagged) && !within(tagged, flexible)) problems.push(`${at}: tagged in a non-flexible version`);
      if (!empty(tagged) && f.tag === undefined) problems.push(`${at}: taggedVersions without a tag`);
      if (f.tag !== undefined && empty(tagged)) problems.push(`${at}: tag without taggedVersions`);
      if (f.default === 'null' && empty(nullable)) problems.push(`${at}: null default on a non-nullable field`);
    } catch (e) {
      problems.push(`${at}: ${(e as Error).message}`);
      continue;
    }
    if (f.tag !== undefined) {
      if (tags.has(f.tag)) problems.push(`${at}: duplicate tag ${f.tag}`);
      tags.add(f.tag);
    }
    if (f.int64 !== undefined && !(f.type === 'int64' || f.type === '[]int64'))
      problems.push(`${at}: int64 annotation on ${f.type}`);
    const base = f.type.replace(/^\[\]/, '');
    if (f.fields) checkFieldsSelf(at, f.fields, flexible, structNames, problems);
    else if (!PRIMITIVE.test(f.type) && !structNames.has(base)) problems.push(`${at}: unknown type ${f.type}`);
  }
}

function checkSelf(file: string, spec: ApiSpec, problems: string[]): void {
  if (`${moduleStem(spec)}.json` !== file) problems.push(`${file}: file name should be ${moduleStem(spec)}.json`);
  for (const key of Object.keys(spec)) {
    if (!['apiKey', 'name', 'request', 'response', 'commonStructs'].includes(key))
      problems.push(`${file}: unexpected key ${key}`);
  }
  if (spec.request.validVersions !== spec.response.validVersions)
    problems.push(`${file}: request and response validVersions differ`);
  for (const side of ['request', 'response'] as const) {
    const msg: SpecMessage = spec[side];
    const valid = parseVersions(msg.validVersions);
    const flexible = parseVersions(msg.flexibleVersions);
    if (empty(valid) || valid.max === Infinity)
      problems.push(`${file} ${side}: validVersions must be a closed, non-empty range`);
    if (!empty(flexible) && flexible.max !== Infinity)
      problems.push(`${file} ${side}: flexibleVersions must be open-ended`);
    const common = new Set((spec.commonStructs ?? []).filter((c) => c.message === side).map((c) => c.name));
    checkFieldsSelf(`${file} ${side}`, msg.fields, flexible, common, problems);
    for (const c of spec.commonStructs ?? []) {
      if (c.message === side) checkFieldsSelf(`${file} ${c.name}`, c.fields, flexible, common, problems);
    }
    if (!inVersions(valid, valid.min)) problems.push(`${file} ${side}: empty validVersions`);
    if (msg.referenceValidVersions !== undefined && msg.referenceValidVersions !== 'none') {
      const known = parseVersions(msg.referenceValidVersions);
      if (empty(known) || known.min !== valid.min || known.max >= valid.max)
        problems.push(`${file} ${side}: referenceValidVersions must be a prefix of validVersions`);
    }
  }
}

function checkErrorCodes(problems: string[]): void {
  const path = join(specsDir, 'error-codes.json');
  if (!existsSync(path)) {
    problems.push('error-codes.json is missing');
    return;
  }
  const codes = JSON.parse(readFileSync(path, 'utf8')) as {
    code: number;
    name: string;
    retriable: boolean;
    message: string;
  }[];
  const seenCodes = new Set<number>();
  const seenNames = new Set<string>();
  for (const c of codes) {
    if (seenCodes.has(c.code)) problems.push(`error-codes.json: duplicate code ${c.code}`);
    if (seenNames.has(c.name)) problems.push(`error-codes.json: duplicate name ${c.name}`);
    if (!/^[A-Z][A-Z0-9_]*$/.test(c.name)) problems.push(`error-codes.json: bad name ${c.name}`);
    if (typeof c.retriable !== 'boolean' || typeof c.message !== 'string')
      problems.push(`error-codes.json: ${c.name} is incomplete`);
    seenCodes.add(c.code);
    seenNames.add(c.name);
  }
  for (let code = -1; code <= Math.max(...seenCodes); code++) {
    if (!seenCodes.has(code)) problems.push(`error-codes.json: code ${code} is missing`);
  }
}

const VERSION_KEYS = new Set<string>(['versions', 'nullableVersions', 'taggedVersions']);

/** A version range as the snapshot sees it: cut to the versions it has ("0" and "0+" agree when it has only 0). */
function cutTo(range: unknown, known: Versions | null): unknown {
  if (known === null || typeof range !== 'string') return range;
  const r = parseVersions(range);
  const min = Math.max(r.min, known.min);
  const max = Math.min(r.max, known.max);
  return max < min ? 'none' : `${min}-${max}`;
}

function compareFields(
  where: string,
  ours: SpecField[],
  theirs: JsonObject[],
  problems: string[],
  known: Versions | null = null,
): void {
  const ourNames = ours.map((f) => f.name).join(',');
  const theirNames = theirs.map((f) => String(f.name)).join(',');
  if (ourNames !== theirNames) {
    problems.push(`${where}: fields [${ourNames}] differ from the reference [${theirNames}]`);
    return;
  }
  ours.forEach((f, i) => {
    const ref = theirs[i];
    for (const key of COMPARED_KEYS) {
      const cut = VERSION_KEYS.has(key);
      const a = cut ? cutTo((f as unknown as JsonObject)[key], known) : (f as unknown as JsonObject)[key];
      const b = cut ? cutTo(ref[key], known) : ref[key];
      if (a !== b)
        problems.push(`${where}.${f.name}: ${key} is ${JSON.stringify(a)}, reference has ${JSON.stringify(b)}`);
    }
    const nested = (ref.fields ?? []) as JsonObject[];
    if (f.fields || ref.fields) compareFields(`${where}.${f.name}`, f.fields ?? [], nested, problems, known);
  });
}

function compareMessage(
  file: string,
  side: 'request' | 'response',
  spec: ApiSpec,
  ref: JsonObject,
  problems: string[],
): void {
  const where = `${file} ${side}`;
  if (ref.apiKey !== spec.apiKey) problems.push(`${where}: apiKey ${spec.apiKey}, reference has ${String(ref.apiKey)}`);
  const msg = spec[side];
  // A spec ahead of the snapshot (versions from a later Kafka release) is compared on the versions the snapshot has.
  const known = msg.referenceValidVersions === undefined ? null : parseVersions(msg.referenceValidVersions);
  const inReference = (fields: SpecField[]): SpecField[] =>
    known === null
      ? fields
      : fields
          .filter((f) => parseVersions(f.versions).min <= known.max)
          .map((f) => (f.fields ? { ...f, fields: inReference(f.fields) } : f));
  const compared = { ...msg, validVersions: msg.referenceValidVersions ?? msg.validVersions };
  // The snapshot's latestVersionUnstable speaks of its own latest version, which a spec ahead of it has moved past
  // (KIP-932's APIs were unstable at v0 and are stable from v1).
  const keys = ['validVersions', 'flexibleVersions', 'deprecatedVersions', 'latestVersionUnstable'] as const;
  for (const key of known === null ? keys : keys.filter((k) => k !== 'latestVersionUnstable')) {
    if (compared[key] !== ref[key])
      problems.push(`${where}: ${key} is ${JSON.stringify(compared[key])}, reference has ${JSON.stringify(ref[key])}`);
  }
  compareFields(where, inReference(msg.fields), (ref.fields ?? []) as JsonObject[], problems, known);
  const ours = (spec.commonStructs ?? [])
    .filter((c) => c.message === side)
    .map((c) => ({ ...c, fields: inReference(c.fields) }));
  const theirs = (ref.commonStructs ?? []) as JsonObject[];
  const a = ours.map((c) => c.name).join(',');
  const b = theirs.map((c) => String(c.name)).join(',');
  if (a !== b) problems.push(`${where}: commonStructs [${a}] differ from the reference [${b}]`);
  else {
    ours.forEach((c, i) => {
      if (c.versions !== theirs[i].versions) problems.push(`${where} ${c.name}: versions differ from the reference`);
      compareFields(`${where} ${c.name}`, c.fields, (theirs[i].fields ?? []) as JsonObject[], problems, known);
    });
  }
}

export function checkSpecs(referenceDir: string = defaultReferenceDir()): CheckResult {
  const problems: string[] = [];
  const referenceFound = existsSync(referenceDir);
  const files = specFiles();
  const keys = new Set<number>();
  for (const file of files) {
    let spec: ApiSpec;
    try {
      spec = loadSpec(file);
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message}`);
      continue;
    }
    if (keys.has(spec.apiKey)) problems.push(`${file}: duplicate api key ${spec.apiKey}`);
    keys.add(spec.apiKey);
    checkSelf(file, spec, problems);
    if (!referenceFound) continue;
    // An API the snapshot does not have yet (from a later Kafka release) is checked for self-consistency only.
    if (spec.request.referenceValidVersions === 'none' && spec.response.referenceValidVersions === 'none') continue;
    for (const side of ['request', 'response'] as const) {
      const refPath = join(referenceDir, `${spec.name}${side === 'request' ? 'Request' : 'Response'}.json`);
      if (!existsSync(refPath)) {
        problems.push(`${file}: no reference ${refPath}`);
        continue;
      }
      const ref = JSON.parse(stripComments(readFileSync(refPath, 'utf8'))) as JsonObject;
      compareMessage(file, side, spec, ref, problems);
    }
  }
  checkErrorCodes(problems);
  return { checked: files.length, referenceFound, referenceDir, problems };
}

function main(): void {
  const result = checkSpecs(process.argv[2] ? resolve(process.argv[2]) : defaultReferenceDir());
  if (!result.referenceFound) console.log(`reference ${result.referenceDir} not found: checked self-consistency only`);
  for (const p of result.problems) console.error(p);
  console.log(`${result.checked} specs checked, ${result.problems.length} problems`);
  process.exit(result.problems.length > 0 ? 1 : 0);
}

if (require.main === module) main();
