// Generates packages/protocol/src/generated/ from protocol-specs/ (one TypeScript module per API, plus
// api-keys.ts, error-codes.ts and index.ts). Output is deterministic; `--check` compares instead of
// writing, names stale files and exits 1.
//
//   npx tsx scripts/gen-protocol.ts [--check]
//
// Per message the generator emits one interface (all versions), one decode and one encode function per
// distinct wire layout (versions whose code is identical share a function), and tables indexed by
// version. Nested structs get the same treatment, each version's code straight-line.
//
// protocol-specs/internal/*.json describe the records of internal topics (__consumer_offsets): a key and a value
// message, each written after an int16 version prefix. They generate generated/internal/<name>.ts with the same
// per-version codecs and an InternalRecordCodec.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// ---------------------------------------------------------------------------------------------------------
// Spec model (shared with check-specs.ts and the tests)

export interface SpecField {
  name: string;
  type: string;
  versions: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  default?: string | number | boolean;
  ignorable?: boolean;
  entityType?: string;
  mapKey?: boolean;
  zeroCopy?: boolean;
  flexibleVersions?: string;
  /** Our annotation: decode this int64 as bigint (full range) instead of number. */
  int64?: 'bigint';
  /** Our annotation: credentials or tokens, redacted from logs. */
  sensitive?: boolean;
  fields?: SpecField[];
}

export interface SpecMessage {
  validVersions: string;
  deprecatedVersions?: string;
  flexibleVersions: string;
  latestVersionUnstable?: boolean;
  /**
   * Our annotation: the versions Kafka's reference snapshot defines, when this spec already serves later ones
   * (taken from a newer Kafka release). Conformance compares only those versions and the fields they carry; `none`
   * on both sides marks an API the snapshot does not have at all.
   */
  referenceValidVersions?: string;
  listeners?: string[];
  fields: SpecField[];
}

export interface SpecCommonStruct {
  name: string;
  message: 'request' | 'response';
  versions: string;
  fields: SpecField[];
}

export interface ApiSpec {
  apiKey: number;
  name: string;
  request: SpecMessage;
  response: SpecMessage;
  commonStructs?: SpecCommonStruct[];
}

export interface Versions {
  readonly min: number;
  /** Infinity for an open range ("3+"); max < min for "none". */
  readonly max: number;
}

export const NO_VERSIONS: Versions = { min: 0, max: -1 };

export function parseVersions(text: string | undefined): Versions {
  if (text === undefined || text === 'none') return NO_VERSIONS;
  const open = /^(\d+)\+$/.exec(text);
  if (open) return { min: Number(open[1]), max: Infinity };
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  if (/^\d+$/.test(text)) return { min: Number(text), max: Number(text) };
  throw new Error(`bad version range ${JSON.stringify(text)}`);
}

export const inVersions = (r: Versions, v: number): boolean => v >= r.min && v <= r.max;

export const repoRoot = resolve(__dirname, '..');
export const specsDir = join(repoRoot, 'protocol-specs');
const outDir = join(repoRoot, 'packages', 'protocol', 'src', 'generated');
export const internalSpecsDir = join(specsDir, 'internal');

export function specFiles(): string[] {
  return readdirSync(specsDir)
    .filter((f) => /^\d\d-[a-z0-9-]+\.json$/.test(f))
    .sort();
}

export function loadSpec(file: string): ApiSpec {
  return JSON.parse(readFileSync(join(specsDir, file), 'utf8')) as ApiSpec;
}

export const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

const PRIMITIVES = new Set([
  'int8',
  'int16',
  'int32',
  'int64',
  'uint16',
  'uint32',
  'float64',
  'bool',
  'string',
  'bytes',
  'records',
  'uuid',
]);

// ---------------------------------------------------------------------------------------------------------
// Resolved model

interface FieldType {
  array: boolean;
  /** Primitive name, or the struct for struct types. */
  prim?: string;
  struct?: StructDef;
}

interface FieldDef {
  spec: SpecField;
  key: string;
  type: FieldType;
  versions: Versions;
  nullable: Versions;
  tagged: Versions;
  bigint: boolean;
  /** Present in every version of the enclosing struct. */
  required: boolean;
}

interface StructDef {
  kafkaName: string;
  tsName: string;
  fields: FieldDef[];
  /** Hull of the versions in which the struct can appear. */
  range: { min: number; max: number };
  needsDefaultFactory: boolean;
  needsIsDefault: boolean;
}

interface MessageModel {
  side: 'request' | 'response';
  root: StructDef;
  valid: Versions;
  flexible: Versions;
}

const RESERVED = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'let',
  'static',
  'yield',
  'await',
  'r',
  'w',
  'm',
  'i',
]);
const local = (key: string): string => (RESERVED.has(key) ? `${key}_` : key);

function buildModels(spec: ApiSpec, names?: { request: string; response: string }): MessageModel[] {
  const messageNames = names ?? { request: `${spec.name}Request`, response: `${spec.name}Response` };
  // Struct names used on each side, to find collisions within the file.
  const namesBySide = { request: new Set<string>(), response: new Set<string>() };
  const collect = (side: 'request' | 'response', fields: SpecField[]): void => {
    for (const f of fields) {
      if (f.fields) {
        namesBySide[side].add(f.type.replace(/^\[\]/, ''));
        collect(side, f.fields);
      }
    }
  };
  collect('request', spec.request.fields);
  collect('response', spec.response.fields);
  for (const c of spec.commonStructs ?? []) {
    namesBySide[c.message].add(c.name);
    collect(c.message, c.fields);
  }
  const reserved = new Set([
    messageNames.request,
    messageNames.response,
    `${spec.name}Api`,
    'ApiCodec',
    'RecordsData',
    'Uuid',
    'Reader',
    'Writer',
    'Buffer',
  ]);
  const tsNameFor = (side: 'request' | 'response', kafkaName: string): string => {
    const other = side === 'request' ? 'response' : 'request';
    const collides = namesBySide[other].has(kafkaName) || reserved.has(kafkaName);
    return collides ? `${messageNames[side]}${kafkaName}` : kafkaName;
  };

  return (['request', 'response'] as const).map((side) => {
    const msg = spec[side];
    const valid = parseVersions(msg.validVersions);
    const structs = new Map<string, StructDef>();
    const common = new Map((spec.commonStructs ?? []).filter((c) => c.message === side).map((c) => [c.name, c]));

    const resolveStruct = (kafkaName: string, fields: SpecField[], range: Versions): StructDef => {
      let def = structs.get(kafkaName);
      if (!def) {
        def = {
          kafkaName,
          tsName: tsNameFor(side, kafkaName),
          fields: [],
          range: { min: range.min, max: range.max },
          needsDefaultFactory: false,
          needsIsDefault: false,
        };
        structs.set(kafkaName, def);
        def.fields = resolveFields(fields, range);
      } else {
        def.range.min = Math.min(def.range.min, range.min);
        def.range.max = Math.max(def.range.max, range.max);
      }
      return def;
    };

    const resolveFields = (fields: SpecField[], parent: Versions): FieldDef[] =>
      fields.map((f) => {
        const versions = parseVersions(f.versions);
        const within: Versions = { min: Math.max(versions.min, parent.min), max: Math.min(versions.max, parent.max) };
        const array = f.type.startsWith('[]');
        const base = array ? f.type.slice(2) : f.type;
        const type: FieldType = { array };
        if (PRIMITIVES.has(base)) type.prim = base;
        else if (f.fields) type.struct = resolveStruct(base, f.fields, within);
        else {
          const c = common.get(base);
          if (!c) throw new Error(`${spec.name} ${side}: unknown type ${f.type} of ${f.name}`);
          type.struct = resolveStruct(base, c.fields, within);
        }
        return {
          spec: f,
          key: camel(f.name),
          type,
          versions,
          nullable: parseVersions(f.nullableVersions),
          tagged: parseVersions(f.taggedVersions),
          bigint: f.int64 === 'bigint',
          required: versions.min <= parent.min && versions.max >= parent.max,
        };
      });

    const root: StructDef = {
      kafkaName: messageNames[side],
      tsName: messageNames[side],
      fields: [],
      range: { min: valid.min, max: valid.max },
      needsDefaultFactory: true,
      needsIsDefault: false,
    };
    root.fields = resolveFields(msg.fields, valid);
    return { side, root, valid, flexible: parseVersions(msg.flexibleVersions) };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Code emission helpers

class Imports {
  readonly used = new Set<string>();
  use(name: string): string {
    this.used.add(name);
    return name;
  }
}

function tsType(f: FieldDef): string {
  let t: string;
  if (f.type.struct) t = f.type.struct.tsName;
  else {
    switch (f.type.prim) {
      case 'bool':
        t = 'boolean';
        break;
      case 'string':
        t = 'string';
        break;
      case 'bytes':
        t = 'Buffer';
        break;
      case 'records':
        return 'RecordsData';
      case 'uuid':
        t = 'Uuid';
        break;
      case 'int64':
        t = f.bigint ? 'bigint' : 'number';
        break;
      default:
        t = 'number';
    }
  }
  const nullable = f.nullable.max >= f.nullable.min;
  if (f.type.array) t = `${t}[]`;
  return nullable ? `${t} | null` : t;
}

function parseNumberDefault(d: string | number | boolean | undefined): number | bigint | undefined {
  if (d === undefined || d === '') return undefined;
  if (typeof d === 'number') return d;
  if (typeof d === 'string' && /^-?0x[0-9a-f]+$/i.test(d)) return Number.parseInt(d, 16);
  return Number(d);
}

/** Kafka's default for a field, as a TS expression. */
function defaultExpr(f: FieldDef, imports: Imports): string {
  const d = f.spec.default;
  if (f.type.array) return d === 'null' ? 'null' : '[]';
  if (f.type.struct) {
    if (d === 'null') return 'null';
    f.type.struct.needsDefaultFactory = true;
    return `default${f.type.struct.tsName}()`;
  }
  switch (f.type.prim) {
    case 'bool':
      return String(d === true || d === 'true');
    case 'string':
      if (d === 'null') return 'null';
      return quote(typeof d === 'string' ? d : '');
    case 'bytes':
      return d === 'null' ? 'null' : imports.use('EMPTY_BUFFER');
    case 'records':
      return 'null';
    case 'uuid':
      return imports.use('ZERO_UUID');
    case 'int64': {
      const n = parseNumberDefault(d) ?? 0;
      return f.bigint ? `${String(n)}n` : String(n);
    }
    default:
      return String(parseNumberDefault(d) ?? 0);
  }
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Expression: true when `v` differs from the field's default. */
function nonDefaultExpr(f: FieldDef, v: string, imports: Imports): string {
  const d = f.spec.default;
  if (f.type.array || f.type.prim === 'bytes') {
    return d === 'null' ? `${v} !== null` : `(${v} === null || ${v}.length !== 0)`;
  }
  if (f.type.prim === 'records') return `${v} !== null`;
  if (f.type.struct) {
    if (d === 'null') return `${v} !== null`;
    f.type.struct.needsIsDefault = true;
    const nullable = f.nullable.max >= f.nullable.min;
    return nullable
      ? `(${v} === null || !is${f.type.struct.tsName}Default(${v}))`
      : `!is${f.type.struct.tsName}Default(${v})`;
  }
  return `${v} !== ${defaultExpr(f, imports)}`;
}

const MIN_SIZE: Record<string, [number, number]> = {
  // [classic, compact]
  int8: [1, 1],
  bool: [1, 1],
  int16: [2, 2],
  uint16: [2, 2],
  int32: [4, 4],
  uint32: [4, 4],
  int64: [8, 8],
  float64: [8, 8],
  uuid: [16, 16],
  string: [2, 1],
  bytes: [4, 1],
  records: [4, 1],
};

class Emitter {
  readonly imports = new Imports();
  /** Function bodies already emitted, keyed by body text, to share identical layouts across versions. */
  readonly #bodies = new Map<string, string>();
  readonly #memo = new Map<string, string>();
  readonly functions: string[] = [];
  readonly #apiName: string;

  constructor(apiName: string) {
    this.#apiName = apiName;
  }

  #register(
    kind: 'decode' | 'encode',
    s: StructDef,
    v: number,
    signature: (name: string) => string,
    body: string[],
  ): string {
    const text = body.join('\n');
    const key = `${kind}:${s.tsName}:${text}`;
    const existing = this.#bodies.get(key);
    if (existing) return existing;
    const name = `${kind}${s.tsName}V${v}`;
    this.#bodies.set(key, name);
    this.functions.push(
      body.length === 0 ? `${signature(name)} {}` : [`${signature(name)} {`, ...body, '}'].join('\n'),
    );
    return name;
  }

  decoder(s: StructDef, v: number, flexible: boolean): string {
    const memoKey = `d:${s.tsName}:${v}`;
    const memo = this.#memo.get(memoKey);
    if (memo) return memo;
    const lines: string[] = [];
    const values: string[] = [];
    let counter = 0;
    for (const f of s.fields) {
      if (!inVersions(f.versions, v) || inVersions(f.tagged, v)) {
        values.push(`${f.key}: ${defaultExpr(f, this.imports)}`);
        continue;
      }
      const name = local(f.key);
      counter = this.#decodeInto(lines, f, v, flexible, name, 'const', '  ', counter);
      values.push(name === f.key ? f.key : `${f.key}: ${name}`);
    }
    const tagged = s.fields.filter((f) => inVersions(f.versions, v) && inVersions(f.tagged, v));
    const literal = this.#objectLiteral(
      values,
      '  ',
      flexible ? `  const m: ${s.tsName} = `.length : '  return '.length,
    );
    if (flexible) {
      lines.push(`  const m: ${s.tsName} = ${literal};`);
      if (tagged.length === 0) {
        lines.push('  r.skipTaggedFields();');
      } else {
        lines.push('  const tagCount = r.uvarint();');
        lines.push('  for (let t = 0; t < tagCount; t++) {');
        lines.push('    const tag = r.uvarint();');
        lines.push('    const size = r.uvarint();');
        lines.push('    const end = r.offset + size;');
        lines.push('    switch (tag) {');
        for (const f of tagged) {
          lines.push(`      case ${f.spec.tag}: {`);
          counter = this.#decodeInto(lines, f, v, true, 'value', 'const', '        ', counter);
          lines.push(`        m.${f.key} = value;`);
          lines.push('        break;');
          lines.push('      }');
        }
        lines.push('      default:');
        lines.push('        r.skip(size);');
        lines.push('    }');
        lines.push(`    if (r.offset > end) r.fail('tagged field overran its size');`);
        lines.push('    r.offset = end;');
        lines.push('  }');
      }
      lines.push('  return m;');
    } else {
      lines.push(`  return ${literal};`);
    }
    const usesReader = lines.some((l) => /\br\./.test(l) || /\(r\)/.test(l));
    this.imports.use('Reader');
    const name = this.#register(
      'decode',
      s,
      v,
      (n) => `function ${n}(${usesReader ? 'r' : '_r'}: Reader): ${s.tsName}`,
      lines,
    );
    this.#memo.set(memoKey, name);
    return name;
  }

  #objectLiteral(values: string[], indent: string, prefixLength = 0): string {
    if (values.length === 0) return '{}';
    const flat = `{ ${values.join(', ')} }`;
    if (flat.length + prefixLength + 1 <= 140) return flat;
    return `{\n${values.map((x) => `${indent}  ${x},`).join('\n')}\n${indent}}`;
  }

  /** Reads one value of field `f` into a new variable `target`. */
  #decodeInto(
    lines: string[],
    f: FieldDef,
    v: number,
    flexible: boolean,
    target: string,
    kw: string,
    ind: string,
    counter: number,
  ): number {
    const nullable = inVersions(f.nullable, v);
    if (!f.type.array) {
      lines.push(`${ind}${kw} ${target} = ${this.#scalarRead(f, v, flexible, nullable)};`);
      return counter;
    }
    const n = `n${counter}`;
    const minSize = this.#elementMinSize(f, v, flexible);
    lines.push(`${ind}const ${n} = ${flexible ? 'r.compactArrayLength' : 'r.arrayLength'}(${minSize});`);
    const elem = this.#scalarRead(f, v, flexible, false);
    const elemType = tsType({ ...f, nullable: NO_VERSIONS, type: { ...f.type, array: false } });
    if (nullable) {
      lines.push(`${ind}let ${target}: ${elemType}[] | null = null;`);
      lines.push(`${ind}if (${n} >= 0) {`);
      lines.push(`${ind}  ${target} = [];`);
      lines.push(`${ind}  for (let i = 0; i < ${n}; i++) ${target}.push(${elem});`);
      lines.push(`${ind}}`);
    } else {
      lines.push(`${ind}if (${n} < 0) r.fail('null in non-nullable array ${f.spec.name}');`);
      lines.push(`${ind}const ${target}: ${elemType}[] = [];`);
      lines.push(`${ind}for (let i = 0; i < ${n}; i++) ${target}.push(${elem});`);
    }
    return counter + 1;
  }

  #elementMinSize(f: FieldDef, v: number, flexible: boolean): number {
    if (f.type.prim) return MIN_SIZE[f.type.prim][flexible ? 1 : 0];
    const s = f.type.struct as StructDef;
    let size = flexible ? 1 : 0;
    for (const c of s.fields) {
      if (!inVersions(c.versions, v) || inVersions(c.tagged, v)) continue;
      if (c.type.array) size += flexible ? 1 : 4;
      else if (c.type.prim) size += MIN_SIZE[c.type.prim][flexible ? 1 : 0];
      else size += 1;
    }
    return size;
  }

  #scalarRead(f: FieldDef, v: number, flexible: boolean, nullable: boolean): string {
    if (f.type.struct) {
      const fn = this.decoder(f.type.struct, v, flexible);
      return nullable ? `r.int8() < 0 ? null : ${fn}(r)` : `${fn}(r)`;
    }
    switch (f.type.prim) {
      case 'int64':
        return f.bigint ? 'r.int64BigInt()' : 'r.int64()';
      case 'string':
        if (flexible) return nullable ? 'r.compactNullableString()' : 'r.compactString()';
        return nullable ? 'r.nullableString()' : 'r.string()';
      case 'bytes':
        if (flexible) return nullable ? 'r.compactNullableBytes()' : 'r.compactBytes()';
        return nullable ? 'r.nullableBytes()' : 'r.bytes()';
      case 'records':
        return `r.records(${flexible})`;
      default:
        return `r.${f.type.prim}()`;
    }
  }

  encoder(s: StructDef, v: number, flexible: boolean): string {
    const memoKey = `e:${s.tsName}:${v}`;
    const memo = this.#memo.get(memoKey);
    if (memo) return memo;
    const lines: string[] = [];
    const tagged: FieldDef[] = [];
    for (const f of s.fields) {
      if (!inVersions(f.versions, v)) {
        if (!f.spec.ignorable) {
          const get = `m.${f.key}`;
          const cond = f.required
            ? nonDefaultExpr(f, get, this.imports)
            : `${get} !== undefined && ${nonDefaultExpr(f, get, this.imports)}`;
          this.imports.use('UnsupportedFieldError');
          const flat = `  if (${cond}) throw new UnsupportedFieldError('${s.kafkaName}.${f.spec.name}', ${v});`;
          if (flat.length <= 140) lines.push(flat);
          else
            lines.push(
              `  if (${cond}) {`,
              `    throw new UnsupportedFieldError('${s.kafkaName}.${f.spec.name}', ${v});`,
              '  }',
            );
        }
        continue;
      }
      if (inVersions(f.tagged, v)) {
        tagged.push(f);
        continue;
      }
      this.#encodeField(lines, f, v, flexible, this.#valueOf(f), '  ');
    }
    if (flexible) {
      if (tagged.length === 0) lines.push('  w.uvarint(0);');
      else {
        const sorted = [...tagged].sort((a, b) => (a.spec.tag ?? 0) - (b.spec.tag ?? 0));
        const conds = sorted.map((f) => {
          const get = `m.${f.key}`;
          return f.required
            ? nonDefaultExpr(f, get, this.imports)
            : `${get} !== undefined && ${nonDefaultExpr(f, get, this.imports)}`;
        });
        lines.push('  let tagCount = 0;');
        sorted.forEach((_f, i) => lines.push(`  const tagged${i} = ${conds[i]};`, `  if (tagged${i}) tagCount++;`));
        lines.push('  w.uvarint(tagCount);');
        sorted.forEach((f, i) => {
          this.imports.use('writeTaggedField');
          lines.push(`  if (tagged${i}) {`);
          lines.push(`    writeTaggedField(w, ${f.spec.tag}, (tw) => {`);
          const inner: string[] = [];
          this.#encodeField(inner, f, v, true, `m.${f.key}${f.required ? '' : '!'}`, '      ');
          lines.push(...inner.map((l) => l.replace(/\bw\./g, 'tw.').replace(/\(w, /g, '(tw, ')));
          lines.push('    });');
          lines.push('  }');
        });
      }
    }
    this.imports.use('Writer');
    const usesM = lines.some((l) => /\bm\./.test(l));
    const usesW = lines.some((l) => /\bw\./.test(l) || /\(w[,)]/.test(l));
    const name = this.#register(
      'encode',
      s,
      v,
      (n) => `function ${n}(${usesW ? 'w' : '_w'}: Writer, ${usesM ? 'm' : '_m'}: ${s.tsName}): void`,
      lines,
    );
    this.#memo.set(memoKey, name);
    return name;
  }

  #valueOf(f: FieldDef): string {
    if (f.required) return `m.${f.key}`;
    const d = defaultExpr(f, this.imports);
    return `m.${f.key} === undefined ? ${d} : m.${f.key}`;
  }

  #encodeField(lines: string[], f: FieldDef, v: number, flexible: boolean, value: string, ind: string): void {
    const nullable = inVersions(f.nullable, v);
    const typeNullable = f.nullable.max >= f.nullable.min;
    if (!f.type.array) {
      if (f.type.struct) {
        const fn = this.encoder(f.type.struct, v, flexible);
        if (nullable) {
          lines.push(`${ind}{`, `${ind}  const s = ${value};`);
          lines.push(
            `${ind}  if (s === null) w.int8(-1);`,
            `${ind}  else {`,
            `${ind}    w.int8(1);`,
            `${ind}    ${fn}(w, s);`,
          );
          lines.push(`${ind}  }`, `${ind}}`);
        } else if (typeNullable) {
          lines.push(`${ind}{`, `${ind}  const s = ${value};`);
          this.imports.use('ProtocolEncodeError');
          lines.push(
            `${ind}  if (s === null) throw new ProtocolEncodeError('${f.spec.name} is not nullable in version ${v}');`,
          );
          lines.push(`${ind}  ${fn}(w, s);`, `${ind}}`);
        } else lines.push(`${ind}${fn}(w, ${value});`);
        return;
      }
      lines.push(`${ind}${this.#scalarWrite(f, v, flexible, nullable, value)};`);
      return;
    }
    lines.push(`${ind}{`, `${ind}  const a = ${value};`);
    const elem = f.type.struct
      ? `${this.encoder(f.type.struct, v, flexible)}(w, a[i])`
      : this.#scalarWrite(f, v, flexible, false, 'a[i]');
    const body = [
      `${flexible ? 'w.compactArrayLength' : 'w.arrayLength'}(a.length);`,
      `for (let i = 0; i < a.length; i++) ${elem};`,
    ];
    if (typeNullable && nullable) {
      lines.push(`${ind}  if (a === null) ${flexible ? 'w.uvarint(0)' : 'w.int32(-1)'};`, `${ind}  else {`);
      lines.push(...body.map((l) => `${ind}    ${l}`), `${ind}  }`);
    } else {
      if (typeNullable) {
        this.imports.use('ProtocolEncodeError');
        lines.push(
          `${ind}  if (a === null) throw new ProtocolEncodeError('${f.spec.name} is not nullable in version ${v}');`,
        );
      }
      lines.push(...body.map((l) => `${ind}  ${l}`));
    }
    lines.push(`${ind}}`);
  }

  #scalarWrite(f: FieldDef, _v: number, flexible: boolean, nullable: boolean, value: string): string {
    switch (f.type.prim) {
      case 'int64':
        return f.bigint ? `w.int64BigInt(${value})` : `w.int64(${value})`;
      case 'string':
        if (flexible) return nullable ? `w.compactNullableString(${value})` : `w.compactString(${value})`;
        return nullable ? `w.nullableString(${value})` : `w.string(${value})`;
      case 'bytes':
        if (flexible) return nullable ? `w.compactNullableBytes(${value})` : `w.compactBytes(${value})`;
        return nullable ? `w.nullableBytes(${value})` : `w.bytes(${value})`;
      case 'records':
        return `w.records(${value}, ${flexible})`;
      default:
        return `w.${f.type.prim}(${value})`;
    }
  }

  /** `defaultX()` factories and `isXDefault()` predicates, for the structs that need them. */
  helpers(structs: StructDef[]): string[] {
    const out: string[] = [];
    // Factories can pull in more factories; iterate to a fixed point.
    let changed = true;
    const done = new Set<string>();
    while (changed) {
      changed = false;
      for (const s of structs) {
        if (s.needsDefaultFactory && !done.has(`d:${s.tsName}`)) {
          done.add(`d:${s.tsName}`);
          changed = true;
          const values = s.fields.map((f) => `${f.key}: ${defaultExpr(f, this.imports)}`);
          out.push(
            `function default${s.tsName}(): ${s.tsName} {\n  return ${this.#objectLiteral(values, '  ', 9)};\n}`,
          );
        }
        if (s.needsIsDefault && !done.has(`i:${s.tsName}`)) {
          done.add(`i:${s.tsName}`);
          changed = true;
          const conds = s.fields.map((f) => {
            const get = `s.${f.key}`;
            const nd = nonDefaultExpr(f, get, this.imports);
            return f.required ? `!(${nd})` : `(${get} === undefined || !(${nd}))`;
          });
          const body = conds.length === 0 ? 'true' : conds.join(' &&\n    ');
          out.push(
            `function is${s.tsName}Default(${conds.length === 0 ? '_s' : 's'}: ${s.tsName}): boolean {\n  return ${body};\n}`,
          );
        }
      }
    }
    return out;
  }

  get apiName(): string {
    return this.#apiName;
  }
}

function allStructs(root: StructDef): StructDef[] {
  const seen = new Map<string, StructDef>();
  const walk = (s: StructDef): void => {
    if (seen.has(s.tsName)) return;
    seen.set(s.tsName, s);
    for (const f of s.fields) if (f.type.struct) walk(f.type.struct);
  };
  walk(root);
  return [...seen.values()];
}

function interfaceFor(s: StructDef): string {
  const lines = s.fields.map((f) => `  ${f.key}${f.required ? '' : '?'}: ${tsType(f)};`);
  return lines.length === 0
    ? `export interface ${s.tsName} {}`
    : `export interface ${s.tsName} {\n${lines.join('\n')}\n}`;
}

function sensitivePaths(prefix: string, s: StructDef, out: string[], seen: Set<string>): void {
  if (seen.has(s.tsName)) return;
  seen.add(s.tsName);
  for (const f of s.fields) {
    if (f.spec.sensitive) out.push(`${prefix}${f.key}`);
    if (f.type.struct) sensitivePaths(`${prefix}${f.key}${f.type.array ? '[*]' : ''}.`, f.type.struct, out, seen);
  }
}

function wrapList(prefix: string, items: string[], suffix: string): string {
  const flat = `${prefix}${items.join(', ')}${suffix}`;
  if (flat.length <= 140) return flat;
  const lines: string[] = [prefix.trimEnd()];
  let line = '  ';
  for (const item of items) {
    if (line.length + item.length + 2 > 140) {
      lines.push(line.trimEnd());
      line = '  ';
    }
    line += `${item}, `;
  }
  lines.push(line.trimEnd());
  lines.push(suffix.trimStart());
  return lines.join('\n');
}

export function moduleStem(spec: ApiSpec): string {
  return `${String(spec.apiKey).padStart(2, '0')}-${spec.name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()}`;
}

function generateApiModule(
  file: string,
  spec: ApiSpec,
): { code: string; exports: { name: string; type: boolean }[]; description: string[] } {
  const models = buildModels(spec);
  const em = new Emitter(spec.name);
  const [req, res] = models;
  const valid = req.valid;
  if (valid.max === Infinity) throw new Error(`${file}: validVersions must be closed`);
  const tables: string[] = [];
  for (const model of models) {
    const decs: string[] = [];
    const encs: string[] = [];
    for (let v = 0; v <= valid.max; v++) {
      if (v < model.valid.min || v > model.valid.max) {
        decs.push('undefined');
        encs.push('undefined');
        continue;
      }
      const flexible = inVersions(model.flexible, v);
      decs.push(em.decoder(model.root, v, flexible));
      encs.push(em.encoder(model.root, v, flexible));
    }
    const t = model.root.tsName;
    tables.push(
      wrapList(`const ${model.side}Decoders: ReadonlyArray<((r: Reader) => ${t}) | undefined> = [`, decs, '];'),
    );
    tables.push(
      wrapList(
        `const ${model.side}Encoders: ReadonlyArray<((w: Writer, m: ${t}) => void) | undefined> = [`,
        encs,
        '];',
      ),
    );
  }
  const structs = [...allStructs(req.root), ...allStructs(res.root)];
  const helpers = em.helpers(structs);

  const firstFlexible = req.flexible.max >= req.flexible.min ? req.flexible.min : null;
  const flexCheck = firstFlexible === null ? null : `version >= ${firstFlexible}`;
  const reqHeader =
    spec.apiKey === 7
      ? `(version) => (version === 0 ? 0 : ${flexCheck ? `${flexCheck} ? 2 : 1` : '1'})`
      : flexCheck
        ? `(version) => (${flexCheck} ? 2 : 1)`
        : '() => 1';
  // KIP-511: the ApiVersions response header stays v0 so any client can read it.
  const resHeader = spec.apiKey === 18 || !flexCheck ? '() => 0' : `(version) => (${flexCheck} ? 1 : 0)`;
  const sensitive: string[] = [];
  sensitivePaths('request.', req.root, sensitive, new Set());
  sensitivePaths('response.', res.root, sensitive, new Set());
  const deprecated = parseVersions(spec.request.deprecatedVersions);

  em.imports.use('UnsupportedVersionError');
  const apiConst = `${spec.name}Api`;
  const R = req.root.tsName;
  const S = res.root.tsName;
  // What an ApiCodec says about itself without its codecs; the index repeats it so lazyCodec answers without loading.
  const description = [
    `  apiKey: ${spec.apiKey},`,
    `  name: '${spec.name}',`,
    `  validVersions: { min: ${valid.min}, max: ${valid.max} },`,
    `  firstFlexibleVersion: ${firstFlexible},`,
    `  deprecatedVersions: ${deprecated.max >= deprecated.min ? `{ min: ${deprecated.min}, max: ${deprecated.max} }` : 'null'},`,
    `  latestVersionUnstable: ${spec.request.latestVersionUnstable === true},`,
    `  listeners: [${(spec.request.listeners ?? []).map(quote).join(', ')}],`,
    `  sensitiveFields: [${sensitive.map(quote).join(', ')}],`,
    `  requestHeaderVersion: ${reqHeader},`,
    `  responseHeaderVersion: ${resHeader},`,
  ];
  const codec = [
    `export const ${apiConst}: ApiCodec<${R}, ${S}> = {`,
    ...description,
    `  decodeRequest(reader: Reader, version: number): ${R} {`,
    '    const decode = requestDecoders[version];',
    `    if (decode === undefined) throw new UnsupportedVersionError('${spec.name}', ${spec.apiKey}, version);`,
    '    return decode(reader);',
    '  },',
    `  encodeRequest(writer: Writer, version: number, message: ${R}): void {`,
    '    const encode = requestEncoders[version];',
    `    if (encode === undefined) throw new UnsupportedVersionError('${spec.name}', ${spec.apiKey}, version);`,
    '    encode(writer, message);',
    '  },',
    `  decodeResponse(reader: Reader, version: number): ${S} {`,
    '    const decode = responseDecoders[version];',
    `    if (decode === undefined) throw new UnsupportedVersionError('${spec.name}', ${spec.apiKey}, version);`,
    '    return decode(reader);',
    '  },',
    `  encodeResponse(writer: Writer, version: number, message: ${S}): void {`,
    '    const encode = responseEncoders[version];',
    `    if (encode === undefined) throw new UnsupportedVersionError('${spec.name}', ${spec.apiKey}, version);`,
    '    encode(writer, message);',
    '  },',
    `  defaultRequest: default${R},`,
    `  defaultResponse: default${S},`,
    '};',
  ].join('\n');

  const used = em.imports.used;
  const importLines: string[] = [];
  const typeImports = ['ApiCodec'];
  const allText = structs.map(interfaceFor).join('\n');
  if (allText.includes('RecordsData')) typeImports.push('RecordsData');
  if (allText.includes('Uuid')) typeImports.push('Uuid');
  importLines.push(`import type { ${typeImports.join(', ')} } from '../api-codec';`);
  const errs = ['ProtocolEncodeError', 'UnsupportedFieldError', 'UnsupportedVersionError'].filter((n) => used.has(n));
  importLines.push(`import { ${errs.join(', ')} } from '../errors';`);
  if (used.has('EMPTY_BUFFER')) importLines.push(`import { EMPTY_BUFFER } from '../primitives/reader';`);
  importLines.push(`import type { Reader } from '../primitives/reader';`);
  if (used.has('writeTaggedField')) importLines.push(`import { writeTaggedField } from '../primitives/tagged-fields';`);
  if (used.has('ZERO_UUID')) importLines.push(`import { ZERO_UUID } from '../primitives/uuid';`);
  importLines.push(`import type { Writer } from '../primitives/writer';`);

  const interfaces = structs.map(interfaceFor);

  const code = [
    `// Generated from protocol-specs/${file} by scripts/gen-protocol.ts. Do not edit.`,
    `// ${spec.name} (key ${spec.apiKey}), versions ${valid.min}-${valid.max}` +
      (firstFlexible === null ? ', never flexible.' : `, flexible from v${firstFlexible}.`),
    '',
    ...importLines,
    '',
    interfaces.join('\n\n'),
    '',
    helpers.join('\n\n'),
    '',
    em.functions.join('\n\n'),
    '',
    tables.join('\n'),
    '',
    codec,
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  const exports = [...structs.map((s) => ({ name: s.tsName, type: true })), { name: apiConst, type: false }];
  return { code, exports, description };
}

// ---------------------------------------------------------------------------------------------------------
// Internal topic records

interface InternalSide extends SpecMessage {
  commonStructs?: { name: string; versions: string; fields: SpecField[] }[];
}

export interface InternalRecordSpec {
  name: string;
  /** The key version prefix written for this record (Kafka's coordinator record type). */
  recordType: number;
  /** Every key version prefix that denotes this record when read (legacy ones included). */
  readRecordTypes: number[];
  description?: string;
  key: InternalSide;
  value: InternalSide;
}

export function internalSpecFiles(): string[] {
  if (!existsSync(internalSpecsDir)) return [];
  return readdirSync(internalSpecsDir)
    .filter((f) => /^[a-z0-9-]+\.json$/.test(f))
    .sort();
}

export function loadInternalSpec(file: string): InternalRecordSpec {
  return JSON.parse(readFileSync(join(internalSpecsDir, file), 'utf8')) as InternalRecordSpec;
}

function generateInternalModule(file: string, spec: InternalRecordSpec): { code: string; name: string } {
  // The key and value are modelled as the two sides of a message pair, so the per-version emitters are shared.
  const asApi: ApiSpec = {
    apiKey: spec.recordType,
    name: spec.name,
    request: spec.key,
    response: spec.value,
    commonStructs: [
      ...(spec.key.commonStructs ?? []).map((c) => ({ ...c, message: 'request' as const })),
      ...(spec.value.commonStructs ?? []).map((c) => ({ ...c, message: 'response' as const })),
    ],
  };
  const models = buildModels(asApi, { request: `${spec.name}Key`, response: `${spec.name}Value` });
  const em = new Emitter(spec.name);
  const tables: string[] = [];
  const ranges: Versions[] = [];
  for (const model of models) {
    if (model.valid.max === Infinity) throw new Error(`internal/${file}: validVersions must be closed`);
    ranges.push(model.valid);
    const decs: string[] = [];
    const encs: string[] = [];
    for (let v = 0; v <= model.valid.max; v++) {
      if (v < model.valid.min) {
        decs.push('undefined');
        encs.push('undefined');
        continue;
      }
      const flexible = inVersions(model.flexible, v);
      decs.push(em.decoder(model.root, v, flexible));
      encs.push(em.encoder(model.root, v, flexible));
    }
    const t = model.root.tsName;
    const side = model.side === 'request' ? 'key' : 'value';
    tables.push(wrapList(`const ${side}Decoders: ReadonlyArray<((r: Reader) => ${t}) | undefined> = [`, decs, '];'));
    tables.push(
      wrapList(`const ${side}Encoders: ReadonlyArray<((w: Writer, m: ${t}) => void) | undefined> = [`, encs, '];'),
    );
  }
  const [key, value] = models;
  const structs = [...allStructs(key.root), ...allStructs(value.root)];
  const helpers = em.helpers(structs);
  em.imports.use('UnsupportedVersionError');
  const K = key.root.tsName;
  const V = value.root.tsName;
  const codecName = `${spec.name}Record`;
  // Long record names do not fit the declaration on one line: its type arguments go on lines of their own.
  const head = `export const ${codecName}: InternalRecordCodec<${K}, ${V}> = {`;
  const codec = [
    head.length <= 120 ? head : `export const ${codecName}: InternalRecordCodec<\n  ${K},\n  ${V}\n> = {`,
    `  name: '${spec.name}',`,
    `  recordType: ${spec.recordType},`,
    `  readRecordTypes: [${spec.readRecordTypes.join(', ')}],`,
    `  keyVersions: { min: ${ranges[0].min}, max: ${ranges[0].max} },`,
    `  valueVersions: { min: ${ranges[1].min}, max: ${ranges[1].max} },`,
    `  decodeKey(reader: Reader, version: number): ${K} {`,
    '    const decode = keyDecoders[version];',
    `    if (decode === undefined) throw new UnsupportedVersionError('${K}', ${spec.recordType}, version);`,
    '    return decode(reader);',
    '  },',
    `  encodeKey(writer: Writer, version: number, message: ${K}): void {`,
    '    const encode = keyEncoders[version];',
    `    if (encode === undefined) throw new UnsupportedVersionError('${K}', ${spec.recordType}, version);`,
    '    encode(writer, message);',
    '  },',
    `  decodeValue(reader: Reader, version: number): ${V} {`,
    '    const decode = valueDecoders[version];',
    `    if (decode === undefined) throw new UnsupportedVersionError('${V}', ${spec.recordType}, version);`,
    '    return decode(reader);',
    '  },',
    `  encodeValue(writer: Writer, version: number, message: ${V}): void {`,
    '    const encode = valueEncoders[version];',
    `    if (encode === undefined) throw new UnsupportedVersionError('${V}', ${spec.recordType}, version);`,
    '    encode(writer, message);',
    '  },',
    `  defaultKey: default${K},`,
    `  defaultValue: default${V},`,
    '};',
  ].join('\n');

  const used = em.imports.used;
  const importLines: string[] = [];
  const allText = structs.map(interfaceFor).join('\n');
  const typeImports = allText.includes('Uuid') ? ['Uuid'] : [];
  if (typeImports.length > 0) importLines.push(`import type { ${typeImports.join(', ')} } from '../../api-codec';`);
  const errs = ['ProtocolEncodeError', 'UnsupportedFieldError', 'UnsupportedVersionError'].filter((n) => used.has(n));
  importLines.push(`import { ${errs.join(', ')} } from '../../errors';`);
  if (used.has('EMPTY_BUFFER')) importLines.push(`import { EMPTY_BUFFER } from '../../primitives/reader';`);
  importLines.push(`import type { Reader } from '../../primitives/reader';`);
  if (used.has('writeTaggedField'))
    importLines.push(`import { writeTaggedField } from '../../primitives/tagged-fields';`);
  if (used.has('ZERO_UUID')) importLines.push(`import { ZERO_UUID } from '../../primitives/uuid';`);
  importLines.push(`import type { Writer } from '../../primitives/writer';`);
  importLines.push(`import type { InternalRecordCodec } from './codec';`);
  // Keys are never flexible in Kafka; the value's flexibility is noted in the banner.
  const vflex =
    value.flexible.max >= value.flexible.min ? `, flexible from v${value.flexible.min}` : ', never flexible';
  const code = [
    `// Generated from protocol-specs/internal/${file} by scripts/gen-protocol.ts. Do not edit.`,
    `// ${spec.name} record (type ${spec.recordType}): key v${ranges[0].min}-${ranges[0].max}, value v${ranges[1].min}-${ranges[1].max}${vflex}.`,
    '',
    ...importLines,
    '',
    structs.map(interfaceFor).join('\n\n'),
    '',
    helpers.join('\n\n'),
    '',
    em.functions.join('\n\n'),
    '',
    tables.join('\n'),
    '',
    codec,
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return { code, name: codecName };
}

function generateInternalCodecType(): string {
  return [
    '// Generated by scripts/gen-protocol.ts. Do not edit.',
    '// The shape of an internal topic record codec: an int16 version prefixes both the key and the value.',
    '',
    "import type { Reader } from '../../primitives/reader';",
    "import type { Writer } from '../../primitives/writer';",
    '',
    'export interface InternalRecordCodec<K, V> {',
    '  readonly name: string;',
    '  /** The key version prefix written for this record. */',
    '  readonly recordType: number;',
    '  /** Every key version prefix read as this record (legacy ones included). */',
    '  readonly readRecordTypes: readonly number[];',
    '  readonly keyVersions: { readonly min: number; readonly max: number };',
    '  readonly valueVersions: { readonly min: number; readonly max: number };',
    '  decodeKey(reader: Reader, version: number): K;',
    '  encodeKey(writer: Writer, version: number, message: K): void;',
    '  decodeValue(reader: Reader, version: number): V;',
    '  encodeValue(writer: Writer, version: number, message: V): void;',
    '  defaultKey(): K;',
    '  defaultValue(): V;',
    '}',
    '',
  ].join('\n');
}

function generateInternalIndex(modules: { stem: string; name: string }[]): string {
  const lines = ['// Generated from protocol-specs/internal/*.json by scripts/gen-protocol.ts. Do not edit.', ''];
  lines.push("export type { InternalRecordCodec } from './codec';");
  for (const m of modules) lines.push(`export * from './${m.stem}';`);
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Shared modules

interface ErrorCodeSpec {
  code: number;
  name: string;
  retriable: boolean;
  message: string;
}

function generateErrorCodes(): string {
  const codes = JSON.parse(readFileSync(join(specsDir, 'error-codes.json'), 'utf8')) as ErrorCodeSpec[];
  const lines = [
    '// Generated from protocol-specs/error-codes.json by scripts/gen-protocol.ts. Do not edit.',
    "// Kafka's error codes with Kafka's names; `retriable` follows Kafka's RetriableException hierarchy.",
    '',
    'export const ErrorCode = {',
    ...codes.map((c) => `  ${c.name}: ${c.code},`),
    '} as const;',
    '',
    'export type ErrorCodeName = keyof typeof ErrorCode;',
    '',
    'export interface ErrorInfo {',
    '  readonly code: number;',
    '  readonly name: ErrorCodeName;',
    '  readonly retriable: boolean;',
    '  readonly message: string;',
    '}',
    '',
    '/** code, name, retriable, message */',
    'const TABLE: ReadonlyArray<readonly [number, ErrorCodeName, boolean, string]> = [',
    ...codes.map((c) => {
      const flat = `  [${c.code}, '${c.name}', ${c.retriable}, ${quote(c.message)}],`;
      if (flat.length <= 140) return flat;
      return `  [\n    ${c.code},\n    '${c.name}',\n    ${c.retriable},\n    ${quote(c.message)},\n  ],`;
    }),
    '];',
    '',
    'const ERRORS: ReadonlyMap<number, ErrorInfo> = new Map(',
    '  TABLE.map(([code, name, retriable, message]): [number, ErrorInfo] => [code, { code, name, retriable, message }]),',
    ');',
    '',
    '/** Name, retriability and a short description of a code, or undefined for a code Kafka does not define. */',
    'export function errorInfo(code: number): ErrorInfo | undefined {',
    '  return ERRORS.get(code);',
    '}',
    '',
  ];
  return lines.join('\n');
}

function generateApiKeys(specs: ApiSpec[]): string {
  return [
    '// Generated from protocol-specs/*.json by scripts/gen-protocol.ts. Do not edit.',
    '',
    'export const ApiKey = {',
    ...specs.map((s) => `  ${s.name}: ${s.apiKey},`),
    '} as const;',
    '',
    'export type ApiKeyName = keyof typeof ApiKey;',
    '',
    'const NAMES: ReadonlyMap<number, ApiKeyName> = new Map<number, ApiKeyName>([',
    ...specs.map((s) => `  [${s.apiKey}, '${s.name}'],`),
    ']);',
    '',
    "/** Kafka's API name for a key, or undefined for a key samsa has no spec for. */",
    'export function apiName(key: number): ApiKeyName | undefined {',
    '  return NAMES.get(key);',
    '}',
    '',
  ].join('\n');
}

function generateIndex(
  modules: { stem: string; spec: ApiSpec; exports: { name: string; type: boolean }[]; description: string[] }[],
  internal: boolean,
): string {
  // Struct names repeat across APIs (Topic, Partition, ...), so only names unique across all modules are
  // re-exported flat; every module is also reachable as a namespace (`MetadataMessages.MetadataRequestTopic`).
  const count = new Map<string, number>();
  for (const m of modules) for (const e of m.exports) count.set(e.name, (count.get(e.name) ?? 0) + 1);
  // Each codec is exported as a lazyCodec stand-in that requires its module on first use, so a process compiles only
  // the codecs it uses; the per-API namespaces are type-only for the same reason.
  const lines = [
    '// Generated from protocol-specs/*.json by scripts/gen-protocol.ts. Do not edit.',
    '',
    "import type { ApiCodec } from '../api-codec';",
    "import { lazyCodec } from '../lazy-codec';",
  ];
  for (const m of modules) lines.push(`import type * as M${m.spec.apiKey} from './${m.stem}';`);
  lines.push('', "export * from './api-keys';", "export * from './error-codes';");
  if (internal) lines.push("export * as InternalRecords from './internal/index';");
  for (const m of modules) {
    const unique = m.exports.filter((e) => count.get(e.name) === 1);
    const types = unique.filter((e) => e.type).map((e) => e.name);
    if (types.length > 0) lines.push(wrapList('export type { ', types, ` } from './${m.stem}';`));
    const api = `${m.spec.name}Api`;
    const mod = `M${m.spec.apiKey}`;
    lines.push(`export const ${api}: typeof ${mod}.${api} = lazyCodec({`, ...m.description);
    lines.push(`}, () => (require('./${m.stem}') as typeof ${mod}).${api});`);
    lines.push(`export type * as ${m.spec.name}Messages from './${m.stem}';`);
  }
  lines.push('', '/** Every generated codec by API key. */');
  lines.push(
    'export const apiCodecs: ReadonlyMap<number, ApiCodec<unknown, unknown>> = new Map<number, ApiCodec<unknown, unknown>>([',
  );
  for (const m of modules) lines.push(`  [${m.spec.apiKey}, ${m.spec.name}Api as ApiCodec<unknown, unknown>],`);
  lines.push(']);', '');
  return lines.join('\n');
}

export function generateAll(): Map<string, string> {
  const out = new Map<string, string>();
  const specs: ApiSpec[] = [];
  const modules: { stem: string; spec: ApiSpec; exports: { name: string; type: boolean }[]; description: string[] }[] =
    [];
  for (const file of specFiles()) {
    const spec = loadSpec(file);
    const stem = moduleStem(spec);
    if (`${stem}.json` !== file) throw new Error(`${file}: expected file name ${stem}.json`);
    const { code, exports, description } = generateApiModule(file, spec);
    out.set(`${stem}.ts`, code);
    specs.push(spec);
    modules.push({ stem, spec, exports, description });
  }
  out.set('api-keys.ts', generateApiKeys(specs));
  out.set('error-codes.ts', generateErrorCodes());
  const internal: { stem: string; name: string }[] = [];
  for (const file of internalSpecFiles()) {
    const stem = file.replace(/\.json$/, '');
    const { code, name } = generateInternalModule(file, loadInternalSpec(file));
    out.set(`internal/${stem}.ts`, code);
    internal.push({ stem, name });
  }
  if (internal.length > 0) {
    out.set('internal/codec.ts', generateInternalCodecType());
    out.set('internal/index.ts', generateInternalIndex(internal));
  }
  out.set('index.ts', generateIndex(modules, internal.length > 0));
  const long: string[] = [];
  for (const [name, code] of out) {
    code.split('\n').forEach((line, i) => {
      if (line.length > 140) long.push(`${name}:${i + 1} is ${line.length} columns: ${line.trim().slice(0, 60)}`);
    });
  }
  if (long.length > 0) throw new Error(`lines over 140 columns:\n  ${long.slice(0, 30).join('\n  ')}`);
  return out;
}

function main(): void {
  const check = process.argv.includes('--check');
  const files = generateAll();
  if (check) {
    const stale: string[] = [];
    for (const [name, code] of files) {
      const path = join(outDir, name);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== code) stale.push(name);
    }
    const expected = new Set(files.keys());
    for (const sub of ['', 'internal/']) {
      const dir = join(outDir, sub);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir))
        if (name.endsWith('.ts') && !expected.has(`${sub}${name}`)) stale.push(`${sub}${name} (not generated)`);
    }
    if (stale.length > 0) {
      console.error(`generated code is stale; run npm run gen:\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`generated code is up to date (${files.size} files)`);
    return;
  }
  mkdirSync(join(outDir, 'internal'), { recursive: true });
  for (const [name, code] of files) {
    const path = join(outDir, name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== code) writeFileSync(path, code);
  }
  console.log(`wrote ${files.size} files to ${outDir}`);
}

if (require.main === module) main();
