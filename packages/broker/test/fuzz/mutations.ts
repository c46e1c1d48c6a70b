/**
 * How the fuzzer damages a valid frame, as fast-check arbitraries (so every run is reproducible from its seed, and
 * values lean to the edges: 0, -1, the largest counts): bit flips, truncations (the size prefix kept consistent, so
 * the broker reads a whole, shorter frame), 16- and 32-bit values written over lengths and counts, varints that
 * never end, a huge or negative size prefix; and, inside a seed's record batches, changed payload bytes (compressed
 * payloads included), varints that never end and edge values in the header, each batch re-signed with a valid CRC
 * so the damage reaches the record-level checks instead of stopping at the CRC.
 */
import fc from 'fast-check';
import { BATCH_HEADER_SIZE, updateBatchCrc } from '@samsa/protocol';
import type { Seed } from './seeds';

/** Size prefix (4) + api key, version and correlation id (8): mutations mostly land after these. */
const FIXED_HEADER = 12;

/** A position as a fraction of the range it lands in, so one value fits frames of any length. */
const where = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const INT32_EDGES = [0, 1, -1, -2, 0x7fffffff, -0x80000000, 0x7ffffff0, 0x00ffffff, 255, 65_536];
const INT16_EDGES = [0, 1, -1, -2, 0x7fff, -0x8000, 0xff];

export type Mutation =
  | { readonly kind: 'bit-flip'; readonly at: readonly number[]; readonly bit: number }
  | { readonly kind: 'truncate'; readonly keep: number }
  | { readonly kind: 'int32'; readonly at: number; readonly value: number }
  | { readonly kind: 'int16'; readonly at: number; readonly value: number }
  | { readonly kind: 'varint-overflow'; readonly at: number; readonly run: number }
  | { readonly kind: 'frame-size'; readonly value: number }
  | { readonly kind: 'batch-bytes'; readonly at: readonly number[]; readonly value: number }
  | { readonly kind: 'batch-varint-overflow'; readonly at: number; readonly run: number }
  | {
      readonly kind: 'batch-header';
      readonly field: 'count' | 'lastOffsetDelta' | 'declared' | 'attributes';
      readonly value: number;
    };

const frameMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('bit-flip' as const),
    at: fc.array(where, { minLength: 1, maxLength: 4 }),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), keep: where }),
  fc.record({ kind: fc.constant('int32' as const), at: where, value: fc.constantFrom(...INT32_EDGES) }),
  fc.record({ kind: fc.constant('int16' as const), at: where, value: fc.constantFrom(...INT16_EDGES) }),
  fc.record({ kind: fc.constant('varint-overflow' as const), at: where, run: fc.integer({ min: 5, max: 12 }) }),
  fc.record({ kind: fc.constant('frame-size' as const), value: fc.constantFrom(0x7fffffff, 200 << 20, -1, -5) }),
);

const batchMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('batch-bytes' as const),
    at: fc.array(where, { minLength: 1, maxLength: 3 }),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('batch-varint-overflow' as const), at: where, run: fc.integer({ min: 5, max: 12 }) }),
  fc.record({
    kind: fc.constant('batch-header' as const),
    field: fc.constantFrom('count' as const, 'lastOffsetDelta' as const, 'declared' as const, 'attributes' as const),
    value: fc.constantFrom(...INT32_EDGES, 2, 3, 4, 5, 7),
  }),
);

/** The mutations that fit `seed`: batch mutations only where it carries v2 batches, and then half the time. */
export function mutationFor(seed: Seed): fc.Arbitrary<Mutation> {
  return seed.batches.length > 0 ? fc.oneof(frameMutation, batchMutation) : frameMutation;
}

/** A copy of the seed's frame with the mutation applied. */
export function applyMutation(seed: Seed, m: Mutation): Buffer {
  const frame = Buffer.from(seed.frame);
  const body = (f: number): number => FIXED_HEADER + Math.floor(f * Math.max(1, frame.length - FIXED_HEADER));
  const inFrame = (f: number): number => Math.min(frame.length - 1, body(f));
  switch (m.kind) {
    case 'bit-flip':
      for (const f of m.at) frame[inFrame(f)] ^= 1 << m.bit;
      return frame;
    case 'truncate': {
      const cut = frame.subarray(0, Math.max(8, body(m.keep)));
      cut.writeInt32BE(cut.length - 4, 0);
      return cut;
    }
    case 'int32': {
      const at = Math.min(frame.length - 4, body(m.at));
      if (at >= 4) frame.writeInt32BE(m.value | 0, at);
      return frame;
    }
    case 'int16': {
      const at = Math.min(frame.length - 2, body(m.at));
      if (at >= 4) frame.writeInt16BE((m.value << 16) >> 16, at);
      return frame;
    }
    case 'varint-overflow': {
      const at = inFrame(m.at);
      frame.fill(0xff, at, Math.min(frame.length, at + m.run));
      return frame;
    }
    case 'frame-size':
      frame.writeInt32BE(m.value | 0, 0);
      return frame;
    default:
      return mutateBatch(seed, frame, m);
  }
}

/** A mutation inside the seed's first record batch, which is then re-signed (CRC32C recomputed). */
function mutateBatch(seed: Seed, frame: Buffer, m: Mutation): Buffer {
  const b = seed.batches[0];
  if (b === undefined) return frame;
  const records = b.start + BATCH_HEADER_SIZE;
  const span = Math.max(1, b.end - records);
  const at = (f: number): number => records + Math.min(span - 1, Math.floor(f * span));
  switch (m.kind) {
    case 'batch-bytes':
      for (const f of m.at) frame[at(f)] = m.value;
      break;
    case 'batch-varint-overflow':
      frame.fill(0xff, at(m.at), Math.min(b.end, at(m.at) + m.run));
      break;
    case 'batch-header':
      if (m.field === 'count') frame.writeInt32BE(m.value | 0, b.start + 57);
      else if (m.field === 'lastOffsetDelta') frame.writeInt32BE(m.value | 0, b.start + 23);
      else if (m.field === 'declared') {
        // Count and last offset delta agreeing with each other, not with the records: a huge declared count.
        frame.writeInt32BE(m.value | 0, b.start + 57);
        frame.writeInt32BE((m.value - 1) | 0, b.start + 23);
      } else
        frame.writeInt16BE((((m.value & 0x7) | (frame.readInt16BE(b.start + 21) & ~0x7)) << 16) >> 16, b.start + 21);
      break;
    default:
      return frame;
  }
  updateBatchCrc(frame, b.start);
  return frame;
}

/** A short name for reports: the kind, plus the field a batch-header mutation changes. */
export function mutationName(m: Mutation): string {
  return m.kind === 'batch-header' ? `batch-header ${m.field}` : m.kind;
}
