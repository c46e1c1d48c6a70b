/**
 * Where a record goes when no partition is given: a keyed record to murmur2(key) mod partitions, as Kafka's
 * BuiltInPartitioner (Utils.murmur2, Utils.toPositive) and kafkajs's default partitioner do, so the same key lands in
 * the same partition whichever of them wrote it; a record without a key to the next partition in turn.
 */

/** Kafka's Utils.murmur2: MurmurHash2, seed 0x9747b28c, over the key's bytes. */
export function murmur2(data: Buffer): number {
  const length = data.length;
  const seed = 0x9747b28c;
  const m = 0x5bd1e995;
  const r = 24;
  let h = seed ^ length;
  const length4 = length >> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k =
      ((data[i4] as number) & 0xff) +
      (((data[i4 + 1] as number) & 0xff) << 8) +
      (((data[i4 + 2] as number) & 0xff) << 16) +
      (((data[i4 + 3] as number) & 0xff) << 24);
    k = Math.imul(k, m);
    k ^= k >>> r;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }
  const rest = length & 3;
  const tail = length & ~3;
  if (rest === 3) h ^= ((data[tail + 2] as number) & 0xff) << 16;
  if (rest >= 2) h ^= ((data[tail + 1] as number) & 0xff) << 8;
  if (rest >= 1) {
    h ^= (data[tail] as number) & 0xff;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's Utils.toPositive. */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

export class Partitioner {
  #next = 0;

  partition(key: Buffer | null | undefined, partitions: number): number {
    if (key !== null && key !== undefined) return toPositive(murmur2(key)) % partitions;
    const p = this.#next % partitions;
    this.#next = (this.#next + 1) % partitions;
    return p;
  }
}
