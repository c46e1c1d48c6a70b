/**
 * The valid frames the fuzzer mutates: for every API the broker serves and every version it serves, the request
 * with every field at its default, and a plausible one built from protocol-specs/ (every field the version has,
 * filled with values that reach real state: the fuzz topics, partition 0-2, a group, a transactional id). Produce
 * also gets record batches of every codec it may carry at that version (magic 0/1 message sets below v3), so the
 * mutations reach the produce validator. Each seed remembers where its record batches sit in the frame.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CompressionType,
  Writer,
  ZERO_UUID,
  buildRecordBatch,
  compressBatch,
  encodeRequestHeader,
  writeLegacyMessage,
  type ApiCodec,
  type CompressionCodec,
} from '@samsa/protocol';
import type { AnyHandler } from '../../src/handlers/handler';

/** Correlation id of every fuzzed frame; the probe that follows it uses another. */
export const FUZZ_CORRELATION_ID = 0x0f0f0f0f;

export interface Seed {
  readonly api: string;
  readonly apiKey: number;
  readonly version: number;
  /** What the seed holds: `defaults`, `plausible`, `records gzip`, ... */
  readonly label: string;
  /** The whole frame, size prefix included. */
  readonly frame: Buffer;
  /** Where the frame's v2 record batches are (byte ranges), for mutations that re-sign what they change. */
  readonly batches: readonly { readonly start: number; readonly end: number }[];
}

export interface SeedTopics {
  /** Topics produce, fetch and lookups name. */
  readonly data: readonly string[];
  /** The topic requests that delete or reconfigure name, so the data topics stay. */
  readonly scratch: string;
  readonly group: string;
  readonly transactionalId: string;
}

interface Field {
  readonly name: string;
  readonly type: string;
  readonly versions: string;
  readonly nullableVersions?: string;
  readonly default?: string | number | boolean;
  readonly int64?: 'bigint';
  readonly entityType?: string;
  readonly fields?: readonly Field[];
}

interface Spec {
  readonly apiKey: number;
  readonly request: { readonly fields: readonly Field[] };
  readonly commonStructs?: readonly { name: string; message: 'request' | 'response'; fields: readonly Field[] }[];
}

const SPECS_DIR = resolve(__dirname, '../../../../protocol-specs');

function loadSpecs(): Map<number, Spec> {
  const out = new Map<number, Spec>();
  for (const f of readdirSync(SPECS_DIR).filter((n) => /^\d\d-.*\.json$/.test(n))) {
    const spec = JSON.parse(readFileSync(join(SPECS_DIR, f), 'utf8')) as Spec;
    out.set(spec.apiKey, spec);
  }
  return out;
}

function has(text: string | undefined, v: number): boolean {
  if (text === undefined || text === 'none') return false;
  if (text.endsWith('+')) return v >= Number(text.slice(0, -1));
  const [a, b] = text.split('-');
  return v >= Number(a) && v <= Number(b ?? a);
}

/** APIs whose requests delete or reconfigure: they name the scratch topic, never the data topics. */
const DESTRUCTIVE = new Set([19, 20, 21, 33, 37, 42, 43, 44, 45, 47]);

const key = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** Builds a plausible request for one API and version from its spec. */
class Plausible {
  readonly #common: Map<string, readonly Field[]>;
  readonly #topics: SeedTopics;
  readonly #destructive: boolean;
  readonly #records: Buffer | null;
  #n = 0;

  constructor(spec: Spec, topics: SeedTopics, records: Buffer | null) {
    this.#common = new Map(
      (spec.commonStructs ?? []).filter((c) => c.message === 'request').map((c) => [c.name, c.fields]),
    );
    this.#topics = topics;
    this.#destructive = DESTRUCTIVE.has(spec.apiKey);
    this.#records = records;
  }

  struct(fields: readonly Field[], v: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of fields) if (has(f.versions, v)) out[key(f.name)] = this.#value(f, v);
    return out;
  }

  #value(f: Field, v: number): unknown {
    if (f.type.startsWith('[]')) return [this.#scalar({ ...f, type: f.type.slice(2) }, v)];
    return this.#scalar(f, v);
  }

  #topic(): string {
    if (this.#destructive) return this.#topics.scratch;
    return this.#topics.data[this.#n++ % this.#topics.data.length] as string;
  }

  #scalar(f: Field, v: number): unknown {
    const name = f.name;
    switch (f.type) {
      case 'int8':
        return /ResourceType/.test(name) ? 2 : 0;
      case 'int16':
        return /Acks/.test(name) ? 1 : /Epoch/.test(name) ? -1 : 0;
      case 'int32':
        if (/Partition|Index/.test(name)) return this.#n++ % 3;
        if (/MaxBytes/.test(name)) return 1 << 20;
        if (/^TimeoutMs$/.test(name)) return 1000;
        if (/SessionTimeout/.test(name)) return 10_000;
        if (/RebalanceTimeout/.test(name)) return 100;
        if (/NumPartitions|ReplicationFactor|Count|MaxNumOffsets/.test(name)) return 1;
        if (/Epoch|GenerationId|BrokerId|ReplicaId|NodeId|LeaderId|SessionId/.test(name)) return -1;
        return 0;
      case 'int64': {
        const n = /Offset|Sequence/.test(name) && !/LogStart/.test(name) ? 0 : -1;
        return f.int64 === 'bigint' ? BigInt(n) : n;
      }
      case 'uint16':
      case 'uint32':
      case 'float64':
        return 0;
      case 'bool':
        return f.default === true || f.default === 'true';
      case 'string':
        switch (f.entityType) {
          case 'topicName':
            return this.#topic();
          case 'groupId':
            return this.#topics.group;
          case 'transactionalId':
            return has(f.nullableVersions, v) && /Produce/.test(name) ? null : this.#topics.transactionalId;
        }
        if (/TransactionalId/.test(name) && has(f.nullableVersions, v)) return null;
        if (/ResourceName|TopicName/.test(name)) return this.#topic();
        if (/ProtocolType/.test(name)) return 'consumer';
        if (/MemberId|GroupInstanceId/.test(name)) return has(f.nullableVersions, v) ? null : '';
        if (/ConfigName|^Name$/.test(name) && /Config/.test(f.type + name)) return 'retention.ms';
        return 'fuzz';
      case 'uuid':
        return ZERO_UUID;
      case 'bytes':
        return Buffer.from('fuzz');
      case 'records':
        return this.#records;
      default: {
        const fields = f.fields ?? this.#common.get(f.type);
        if (!fields) throw new Error(`no struct for ${f.type}`);
        return this.struct(fields, v);
      }
    }
  }
}

/** A frame: size prefix, request header (the codec's version of it), body. */
export function encodeFrame(api: ApiCodec<unknown, unknown>, version: number, body: unknown): Buffer {
  const w = new Writer();
  const at = w.reserveInt32();
  encodeRequestHeader(
    w,
    { apiKey: api.apiKey, apiVersion: version, correlationId: FUZZ_CORRELATION_ID, clientId: 'fuzz' },
    api.requestHeaderVersion(version),
  );
  api.encodeRequest(w, version, body);
  w.setInt32At(at, w.byteLength - 4);
  return w.toBuffer();
}

const NOW = Date.now();

/** A v2 batch of three records (keys, values, a header, a null key), compressed with `codec`. */
async function batch(codec: CompressionCodec): Promise<Buffer> {
  const plain = buildRecordBatch({
    baseTimestamp: NOW,
    records: [
      { key: Buffer.from('k0'), value: Buffer.from('a value to fuzz '.repeat(4)), timestamp: NOW },
      { key: null, value: Buffer.from('v1'), timestamp: NOW + 1, headers: [{ key: 'h', value: Buffer.from('hv') }] },
      { key: Buffer.from('k2'), value: null, timestamp: NOW + 2 },
    ],
  });
  return codec === CompressionType.none ? plain : compressBatch(plain, codec);
}

/** A magic 0/1 message set of two messages (Produce v0-2). */
function legacySet(magic: 0 | 1): Buffer {
  return Buffer.concat(
    [0, 1].map((i) =>
      writeLegacyMessage({
        offset: i,
        magic,
        attributes: 0,
        timestamp: magic === 1 ? NOW : -1,
        key: Buffer.from(`k${i}`),
        value: Buffer.from(`legacy ${i}`),
      }),
    ),
  );
}

/** Record batches (v2) found in `frame`: where `records` sits, if it is there. */
function locate(frame: Buffer, records: Buffer | null): { start: number; end: number }[] {
  if (records === null || records.length < 61 || records[16] !== 2) return [];
  const start = frame.indexOf(records);
  return start < 0 ? [] : [{ start, end: start + records.length }];
}

/** Every seed frame for the handlers' APIs and versions. */
export async function buildSeeds(handlers: readonly AnyHandler[], topics: SeedTopics): Promise<Seed[]> {
  const specs = loadSpecs();
  const seeds: Seed[] = [];
  const produceRecords: { label: string; records: Buffer; minVersion: number; maxVersion: number }[] = [];
  for (const [label, codec] of [
    ['none', CompressionType.none],
    ['gzip', CompressionType.gzip],
    ['snappy', CompressionType.snappy],
    ['lz4', CompressionType.lz4],
    ['zstd', CompressionType.zstd],
  ] as const) {
    produceRecords.push({
      label: `records ${label}`,
      records: await batch(codec),
      minVersion: codec === 4 ? 7 : 0,
      maxVersion: 99,
    });
  }
  produceRecords.push({ label: 'records magic 0', records: legacySet(0), minVersion: 0, maxVersion: 2 });
  produceRecords.push({ label: 'records magic 1', records: legacySet(1), minVersion: 0, maxVersion: 2 });
  const add = (h: AnyHandler, version: number, label: string, body: unknown, records: Buffer | null): void => {
    let frame: Buffer;
    try {
      frame = encodeFrame(h.api, version, body);
    } catch {
      return; // a value this version cannot carry: the other seeds cover it
    }
    seeds.push({ api: h.api.name, apiKey: h.api.apiKey, version, label, frame, batches: locate(frame, records) });
  };
  for (const h of handlers) {
    const spec = specs.get(h.api.apiKey);
    for (let version = h.versions.min; version <= h.versions.max; version++) {
      add(h, version, 'defaults', h.api.defaultRequest(), null);
      if (!spec) continue;
      if (h.api.apiKey === 0) {
        for (const r of produceRecords) {
          if (version < r.minVersion || version > r.maxVersion) continue;
          add(
            h,
            version,
            r.label,
            new Plausible(spec, topics, r.records).struct(spec.request.fields, version),
            r.records,
          );
        }
      } else {
        add(h, version, 'plausible', new Plausible(spec, topics, null).struct(spec.request.fields, version), null);
      }
    }
  }
  return seeds;
}
