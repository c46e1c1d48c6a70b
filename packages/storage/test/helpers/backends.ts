// The backends every storage test runs against. The native one joins when its binding loads;
// under CI it must load.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { setCrc32cImplementation } from '@samsa/protocol';
import {
  FallbackSegmentIO,
  FaultyFs,
  MemorySegmentIO,
  NativeSegmentIO,
  loadNativeBinding,
  useNativeCrc32c,
  type BackendOptions,
  type SegmentIO,
} from '../../src';

export interface Backend {
  name: string;
  /** Whether files live on the real disk (cross-backend and file-cutting tests). */
  onDisk: boolean;
  make(options?: BackendOptions): { io: SegmentIO; root: string; cleanup: () => void };
}

export const silentLogger = pino({ level: 'silent' });

const native = loadNativeBinding();
// Under CI every suite runs on the native backend too (unless SAMSA_NATIVE=0 asks for the fallback
// alone), so a binding that fails to load fails them all.
if (process.env.CI && process.env.SAMSA_NATIVE !== '0' && !native.binding)
  throw new Error(`CI needs the native storage backend, which did not load: ${native.reason}`);

export const nativeAvailable = native.binding !== null;

function tempRoot(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'samsa-storage-'));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function nativeIO(options?: BackendOptions): NativeSegmentIO {
  if (!native.binding) throw new Error(`native binding unavailable: ${native.reason}`);
  return new NativeSegmentIO(native.binding, options);
}

export const backends: Backend[] = [
  { name: 'fallback', onDisk: true, make: (o) => ({ io: new FallbackSegmentIO(o), ...tempRoot() }) },
  {
    name: 'memory',
    onDisk: false,
    make: (o) => ({ io: new MemorySegmentIO(o), root: '/mem', cleanup: () => undefined }),
  },
  ...(native.binding
    ? [{ name: 'native', onDisk: true, make: (o?: BackendOptions) => ({ io: nativeIO(o), ...tempRoot() }) }]
    : []),
];

/** Faulty wrappers over each backend, for fault and crash tests. */
export const faultyBackends = backends.map((b) => ({
  name: `faulty(${b.name})`,
  onDisk: b.onDisk,
  make: (o?: BackendOptions) => {
    const made = b.make(o);
    return { ...made, io: new FaultyFs(made.io) as FaultyFs };
  },
}));

/** Uses the native CRC32C when available (what a broker does), restoring the portable one after. */
export function withNativeCrc(): void {
  beforeAll(() => {
    if (native.binding) useNativeCrc32c(native.binding);
  });
  afterAll(() => setCrc32cImplementation(null));
}

/** A logger whose lines (parsed) are kept, for asserting what storage logged. */
export function captureLogger(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}
