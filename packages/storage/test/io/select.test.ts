import pino from 'pino';
import { Writable } from 'node:stream';
import { FallbackSegmentIO, MemorySegmentIO, NativeSegmentIO, selectSegmentIO, loadNativeBinding } from '../../src';
import { setCrc32cImplementation, crc32cImplementationName } from '@samsa/protocol';
import { nativeAvailable } from '../helpers/backends';

function capture(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('selectSegmentIO', () => {
  afterEach(() => setCrc32cImplementation(null));

  it('the native binding loads under CI', () => {
    if (process.env.CI) expect(nativeAvailable).toBe(true);
    expect(typeof nativeAvailable).toBe('boolean');
  });

  it('picks native when the binding loads (and routes CRC32C to it), else the fallback with one warning', () => {
    const { logger, lines } = capture();
    const io = selectSegmentIO('auto', logger);
    if (nativeAvailable) {
      expect(io).toBeInstanceOf(NativeSegmentIO);
      expect(crc32cImplementationName()).toMatch(/^native-/);
      expect(lines).toHaveLength(0);
    } else {
      expect(io).toBeInstanceOf(FallbackSegmentIO);
      expect(lines).toHaveLength(1);
    }
  });

  it('SAMSA_NATIVE=0 forces the fallback and logs the reason once', () => {
    const saved = process.env.SAMSA_NATIVE;
    process.env.SAMSA_NATIVE = '0';
    try {
      expect(loadNativeBinding().binding).toBeNull();
      const { logger, lines } = capture();
      expect(selectSegmentIO('auto', logger)).toBeInstanceOf(FallbackSegmentIO);
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]).msg).toBe(
        'native storage module not available (SAMSA_NATIVE=0); using the TypeScript fallback',
      );
      expect(() => selectSegmentIO('native', logger)).toThrow(/not available/);
    } finally {
      if (saved === undefined) delete process.env.SAMSA_NATIVE;
      else process.env.SAMSA_NATIVE = saved;
    }
  });

  it('memory and fallback on request', () => {
    const { logger } = capture();
    expect(selectSegmentIO('memory', logger)).toBeInstanceOf(MemorySegmentIO);
    expect(selectSegmentIO('fallback', logger)).toBeInstanceOf(FallbackSegmentIO);
  });
});
