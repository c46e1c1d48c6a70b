// Branded numeric types, so an offset is never passed where a position, epoch or timestamp is
// expected. Offsets are int64 in Kafka; here they are numbers checked to be safe integers.

export type Offset = number & { readonly __brand: 'Offset' };
export type LeaderEpoch = number & { readonly __brand: 'LeaderEpoch' };
/** Byte position inside a segment file. */
export type FilePosition = number & { readonly __brand: 'FilePosition' };

export function asOffset(n: number): Offset {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`invalid offset ${n}`);
  return n as Offset;
}

export function asLeaderEpoch(n: number): LeaderEpoch {
  if (!Number.isInteger(n) || n < -1 || n > 0x7fffffff) throw new RangeError(`invalid leader epoch ${n}`);
  return n as LeaderEpoch;
}

/** Invariant check that survives production builds: a broken invariant is a bug, never bad input. */
export function invariant(condition: boolean, message: string): asserts condition {
  if (!condition) fail(message);
}

/**
 * A broken invariant. Hot paths write `if (!cond) fail(`...`)` rather than invariant(cond, `...`),
 * so the message is only built when the check fails.
 */
export function fail(message: string): never {
  throw new Error(`storage invariant violated: ${message}`);
}

/** Kafka's file naming: the base offset as 20 zero-padded digits. */
export function offsetFileName(baseOffset: number, suffix: string): string {
  return `${String(baseOffset).padStart(20, '0')}${suffix}`;
}
