// The binding under test, and the rule for when it is absent: in CI (process.env.CI set)
// its absence is a failure; elsewhere each suite says why it is null and runs nothing else.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NativeBinding } from '@samsa/native';
import native = require('@samsa/native');

export const binding: NativeBinding | null = native;

export const MODULE_FILE = join(__dirname, '..', 'samsa_native.node');

/** Why `require('@samsa/native')` returned null. */
export function whyUnavailable(): string {
  if (process.env.SAMSA_NATIVE === '0') return 'SAMSA_NATIVE=0 is set';
  if (!existsSync(MODULE_FILE)) return `${MODULE_FILE} is missing (npm run build:native needs cargo)`;
  try {
    require(MODULE_FILE);
    return 'it loads now';
  } catch (err) {
    return `loading failed: ${(err as Error).message}`;
  }
}

/** `describe` over the loaded binding (see the header for the absent case). */
export function describeNative(title: string, body: (n: NativeBinding) => void): void {
  describe(title, () => {
    if (binding) {
      body(binding);
    } else if (process.env.CI) {
      it('has the native module built in CI', () => {
        expect(binding).not.toBeNull();
      });
    } else {
      it('is not available here; only the reason is checked', () => {
        const reason = whyUnavailable();
        console.warn(`@samsa/native is null (${reason}); native tests not run`);
        expect(reason).not.toBe('it loads now');
      });
    }
  });
}

/** A fresh temporary directory per suite, removed afterwards. */
export function tempDir(prefix: string): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `samsa-native-${prefix}-`));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** Deterministic pseudo-random bytes. */
export function pseudoRandomBytes(length: number, seed: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = s & 0xff;
  }
  return out;
}

/** The fields of the errors the module throws (fs-shaped for system errors). */
export interface ThrownError {
  name: string;
  message: string;
  code?: string;
  errno?: number;
  syscall?: string;
  path?: string;
}

/**
 * What `fn` threw; fails when it returns. Errors come from the main realm, so tests
 * compare `name` rather than `instanceof`, which jest's sandbox would defeat.
 */
export function thrownBy(fn: () => unknown): ThrownError {
  try {
    fn();
  } catch (err) {
    return err as ThrownError;
  }
  throw new Error('expected a throw');
}
