// CRC32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of v2 record batches.
// The portable implementation is slicing-by-8 over eight 256-entry tables; a faster one (the
// native SSE4.2/ARMv8 routine) can be plugged in with setCrc32cImplementation, and every caller
// goes through crc32c() so the switch is global.

/** crc32c(buf, start, end) over buf[start, end); returns the unsigned 32-bit checksum. */
export type Crc32cFunction = (buf: Buffer, start: number, end: number) => number;

const POLY = 0x82f63b78;
const TABLES: Uint32Array[] = [];

function buildTables(): void {
  const t0 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
    t0[n] = c >>> 0;
  }
  TABLES.push(t0);
  for (let t = 1; t < 8; t++) {
    const prev = TABLES[t - 1];
    const next = new Uint32Array(256);
    for (let n = 0; n < 256; n++) next[n] = ((prev[n] >>> 8) ^ t0[prev[n] & 0xff]) >>> 0;
    TABLES.push(next);
  }
}
buildTables();

/** Portable slicing-by-8 CRC32C. */
export function crc32cPortable(buf: Buffer, start: number, end: number): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES;
  let crc = 0xffffffff;
  let i = start;
  const stop8 = end - ((end - start) & 7);
  while (i < stop8) {
    const a = (buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24)) ^ crc;
    crc =
      t7[a & 0xff] ^
      t6[(a >>> 8) & 0xff] ^
      t5[(a >>> 16) & 0xff] ^
      t4[a >>> 24] ^
      t3[buf[i + 4]] ^
      t2[buf[i + 5]] ^
      t1[buf[i + 6]] ^
      t0[buf[i + 7]];
    i += 8;
  }
  while (i < end) crc = t0[(crc ^ buf[i++]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

let active: Crc32cFunction = crc32cPortable;
let activeName = 'portable';

/** CRC32C of buf[start, end) with the current implementation. */
export function crc32c(buf: Buffer, start = 0, end = buf.length): number {
  return active(buf, start, end);
}

/** Replaces the implementation (e.g. with the native one); pass null to restore the portable one. */
export function setCrc32cImplementation(fn: Crc32cFunction | null, name = 'custom'): void {
  active = fn ?? crc32cPortable;
  activeName = fn ? name : 'portable';
}

/** Name of the implementation in use, for start-up logs. */
export function crc32cImplementationName(): string {
  return activeName;
}
