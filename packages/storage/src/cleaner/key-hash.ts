// The 128-bit key hash of the cleaner's offset map. Kafka's SkimpyOffsetMap keeps the MD5 of each key; node's MD5
// costs an object and a Buffer per call (about 2 us a key), which would make hashing most of a pass. This is
// MurmurHash3's x86 128-bit function (Austin Appleby, public domain), allocation free, seeded at random per process
// so that which keys collide is not the same from one run to the next. As with MD5 in Kafka, two keys whose hashes
// collide count as one key; at 128 bits that needs about 2^64 distinct keys by chance.

import { randomInt } from 'node:crypto';

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

/** The seed of this process. */
export const KEY_HASH_SEED = randomInt(0, 0x7fffffff);

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const mix1 = (k: number): number => Math.imul(rotl(Math.imul(k, C1), 15), C2);
const mix2 = (k: number): number => Math.imul(rotl(Math.imul(k, C2), 16), C3);
const mix3 = (k: number): number => Math.imul(rotl(Math.imul(k, C3), 17), C4);
const mix4 = (k: number): number => Math.imul(rotl(Math.imul(k, C4), 18), C1);

const word = (b: Buffer, i: number): number => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);

/** Writes the 128-bit hash of buf[start, end) into out[0..3]. */
export function hashKey(buf: Buffer, start: number, end: number, seed: number, out: Int32Array): void {
  const len = end - start;
  let h1 = seed | 0;
  let h2 = h1;
  let h3 = h1;
  let h4 = h1;
  let i = start;
  for (const blocksEnd = start + (len & ~15); i < blocksEnd; i += 16) {
    h1 ^= mix1(word(buf, i));
    h1 = (Math.imul((rotl(h1, 19) + h2) | 0, 5) + 0x561ccd1b) | 0;
    h2 ^= mix2(word(buf, i + 4));
    h2 = (Math.imul((rotl(h2, 17) + h3) | 0, 5) + 0x0bcaa747) | 0;
    h3 ^= mix3(word(buf, i + 8));
    h3 = (Math.imul((rotl(h3, 15) + h4) | 0, 5) + 0x96cd1c35) | 0;
    h4 ^= mix4(word(buf, i + 12));
    h4 = (Math.imul((rotl(h4, 13) + h1) | 0, 5) + 0x32ac3b17) | 0;
  }
  const rem = len & 15;
  if (rem > 0) {
    let k1 = 0;
    let k2 = 0;
    let k3 = 0;
    let k4 = 0;
    for (let j = 0; j < rem; j++) {
      const byte = buf[i + j] << ((j & 3) * 8);
      if (j < 4) k1 ^= byte;
      else if (j < 8) k2 ^= byte;
      else if (j < 12) k3 ^= byte;
      else k4 ^= byte;
    }
    if (rem > 12) h4 ^= mix4(k4);
    if (rem > 8) h3 ^= mix3(k3);
    if (rem > 4) h2 ^= mix2(k2);
    h1 ^= mix1(k1);
  }
  h1 ^= len;
  h2 ^= len;
  h3 ^= len;
  h4 ^= len;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  out[0] = h1;
  out[1] = (h2 + h1) | 0;
  out[2] = (h3 + h1) | 0;
  out[3] = (h4 + h1) | 0;
}
