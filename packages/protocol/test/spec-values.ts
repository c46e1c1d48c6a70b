// Builds messages straight from protocol-specs/*.json (independently of the generator): for a version,
// every field present in it gets a non-default value (arrays of two, nested structs, tagged fields set,
// some nullable fields null); absent fields get Kafka's default, which is what a decoder fills in.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Field {
  name: string;
  type: string;
  versions: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  default?: string | number | boolean;
  int64?: 'bigint';
  fields?: Field[];
}

export interface Spec {
  apiKey: number;
  name: string;
  request: { validVersions: string; flexibleVersions: string; fields: Field[] };
  response: { validVersions: string; flexibleVersions: string; fields: Field[] };
  commonStructs?: { name: string; message: 'request' | 'response'; fields: Field[] }[];
}

export const specsDir = resolve(__dirname, '../../../protocol-specs');

export function loadSpecs(): Spec[] {
  return readdirSync(specsDir)
    .filter((f) => /^\d\d-.*\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(specsDir, f), 'utf8')) as Spec);
}

export function versionsOf(text: string | undefined): [number, number] {
  if (text === undefined || text === 'none') return [0, -1];
  if (text.endsWith('+')) return [Number(text.slice(0, -1)), Infinity];
  const [a, b] = text.split('-');
  return [Number(a), Number(b ?? a)];
}

export const has = (text: string | undefined, v: number): boolean => {
  const [min, max] = versionsOf(text);
  return v >= min && v <= max;
};

const key = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

function uuidFor(seed: number): string {
  const b = Buffer.alloc(16);
  b.writeUInt32BE((0x9e3779b1 ^ seed) >>> 0, 0);
  b.writeUInt32BE(seed * 7919, 12);
  b[15] = 1;
  return b.toString('base64url');
}

export class ValueBuilder {
  #seed = 1;
  readonly #common: Map<string, Field[]>;

  constructor(spec: Spec, side: 'request' | 'response') {
    this.#common = new Map((spec.commonStructs ?? []).filter((c) => c.message === side).map((c) => [c.name, c.fields]));
  }

  struct(fields: Field[], v: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of fields) out[key(f.name)] = has(f.versions, v) ? this.#value(f, v) : this.defaultOf(f, v);
    return out;
  }

  #fieldsOf(f: Field): Field[] {
    const fields = f.fields ?? this.#common.get(f.type.replace(/^\[\]/, ''));
    if (!fields) throw new Error(`no struct for ${f.type}`);
    return fields;
  }

  #value(f: Field, v: number): unknown {
    const n = this.#seed++;
    // every third nullable field is null, to exercise the null encodings
    if (has(f.nullableVersions, v) && n % 3 === 0) return null;
    if (f.type.startsWith('[]')) {
      const elem = { ...f, type: f.type.slice(2), nullableVersions: undefined };
      return [this.#scalar(elem, v, n), this.#scalar(elem, v, n + 1000)];
    }
    return this.#scalar(f, v, n);
  }

  #scalar(f: Field, v: number, n: number): unknown {
    switch (f.type) {
      case 'int8':
        return (n % 100) + 2;
      case 'int16':
        return 1000 + (n % 30000);
      case 'uint16':
        return 60000 + (n % 1000);
      case 'int32':
        return 100000 + n;
      case 'uint32':
        return 4000000000 + n;
      case 'int64':
        return f.int64 === 'bigint' ? 9000000000000000000n + BigInt(n) : 2 ** 40 + n;
      case 'float64':
        return n + 0.5;
      case 'bool':
        return f.default !== true && f.default !== 'true';
      case 'string':
        return `s${n}-é`;
      case 'uuid':
        return uuidFor(n);
      case 'bytes':
        return Buffer.from(`bytes-${n}`);
      case 'records':
        return Buffer.from(`records-${n}`.repeat(3));
      default:
        return this.struct(this.#fieldsOf(f), v);
    }
  }

  defaultOf(f: Field, v: number): unknown {
    const d = f.default;
    if (f.type.startsWith('[]')) return d === 'null' ? null : [];
    switch (f.type) {
      case 'bool':
        return d === true || d === 'true';
      case 'string':
        return d === 'null' ? null : typeof d === 'string' ? d : '';
      case 'uuid':
        return 'AAAAAAAAAAAAAAAAAAAAAA';
      case 'bytes':
        return d === 'null' ? null : Buffer.alloc(0);
      case 'records':
        return null;
      case 'int8':
      case 'int16':
      case 'uint16':
      case 'int32':
      case 'uint32':
      case 'int64':
      case 'float64': {
        const num =
          d === undefined || d === ''
            ? 0
            : typeof d === 'string' && d.startsWith('0x')
              ? Number.parseInt(d, 16)
              : Number(d);
        return f.type === 'int64' && f.int64 === 'bigint' ? BigInt(num) : num;
      }
      default:
        if (d === 'null') return null;
        return this.struct(
          this.#fieldsOf(f).map((c) => ({ ...c, versions: 'none' })),
          v,
        );
    }
  }
}
