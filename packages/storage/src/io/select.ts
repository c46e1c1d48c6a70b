// Chooses the segment I/O backend at broker start: the native module when it loads, else the
// node:fs fallback (with one warning line), or memory when asked for. SAMSA_NATIVE=0 makes the
// loader return null, which forces the fallback.

import type { Logger } from 'pino';
import type { NativeBinding } from '@samsa/native';
import { setCrc32cImplementation } from '@samsa/protocol';
import { FallbackSegmentIO } from './fallback';
import { MemorySegmentIO } from './memory';
import { NativeSegmentIO } from './native';
import type { BackendOptions, SegmentIO } from './segment-io';

export type StorageKind = 'auto' | 'native' | 'fallback' | 'memory';

/** The native binding, or null with the reason it is unavailable. */
export function loadNativeBinding(): { binding: NativeBinding | null; reason: string } {
  if (process.env.SAMSA_NATIVE === '0') return { binding: null, reason: 'SAMSA_NATIVE=0' };
  try {
    const binding = require('@samsa/native') as NativeBinding | null;
    return binding ? { binding, reason: 'loaded' } : { binding: null, reason: 'compiled module not found' };
  } catch (err) {
    return { binding: null, reason: (err as Error).message };
  }
}

/** Routes CRC32C through the native implementation when the binding is present. */
export function useNativeCrc32c(binding: NativeBinding): void {
  setCrc32cImplementation(
    (buf, start, end) => binding.crc32c(buf, start, end - start),
    `native-${binding.crc32cImpl()}`,
  );
}

export function selectSegmentIO(kind: StorageKind, logger: Logger, options: BackendOptions = {}): SegmentIO {
  if (kind === 'memory') {
    // The checksum does not depend on where the log lives; keep the fast one when it is there.
    const { binding } = loadNativeBinding();
    if (binding) useNativeCrc32c(binding);
    return new MemorySegmentIO(options);
  }
  if (kind === 'fallback') return new FallbackSegmentIO(options);
  const { binding, reason } = loadNativeBinding();
  if (binding) {
    useNativeCrc32c(binding);
    return new NativeSegmentIO(binding, options);
  }
  if (kind === 'native') throw new Error(`native storage module not available (${reason})`);
  logger.warn(`native storage module not available (${reason}); using the TypeScript fallback`);
  return new FallbackSegmentIO(options);
}
