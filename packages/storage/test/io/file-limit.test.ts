// The open-file limit at start-up: the soft limit is raised to the hard one through the native module, and the
// default budget of storage descriptors is 3/4 of the limit less a reserve for sockets.
import { readFileSync } from 'node:fs';
import type { NativeBinding } from '@samsa/native';
import { defaultMaxOpenFiles, loadNativeBinding, MIN_MAX_OPEN_FILES, raiseFileLimit } from '../../src';

function procSoftLimit(): number {
  const m = /^Max open files\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
  return m?.[1] === 'unlimited' ? Infinity : Number(m?.[1]);
}

describe('open-file limit', () => {
  it('derives the default budget from the soft limit, keeping a reserve for sockets', () => {
    expect(defaultMaxOpenFiles(256)).toBe(160);
    expect(defaultMaxOpenFiles(1024)).toBe(640);
    expect(defaultMaxOpenFiles(4096)).toBe(2560);
    expect(defaultMaxOpenFiles(20000)).toBe(13976);
    expect(defaultMaxOpenFiles(32)).toBe(MIN_MAX_OPEN_FILES);
    expect(defaultMaxOpenFiles(Infinity)).toBe(785408);
    for (const limit of [64, 100, 256, 1000, 1024, 4096, 65536, 1 << 20]) {
      const budget = defaultMaxOpenFiles(limit);
      expect(budget).toBeLessThanOrEqual(Math.floor((limit * 3) / 4));
      expect(limit - budget).toBeGreaterThanOrEqual(32);
    }
  });

  it('raises the soft limit to the hard one through the native module', () => {
    const calls: number[] = [];
    let soft = 256;
    const fake = {
      getFileLimit: () => ({ soft, hard: 4096 }),
      setFileLimit: (n: number) => {
        calls.push(n);
        soft = n;
      },
    } as unknown as NativeBinding;
    expect(raiseFileLimit(fake)).toEqual({ soft: 4096, hard: 4096, raisedFrom: 256, source: 'getrlimit' });
    expect(calls).toEqual([4096]);
    expect(raiseFileLimit(fake)).toEqual({ soft: 4096, hard: 4096, raisedFrom: null, source: 'getrlimit' });
    expect(calls).toEqual([4096]);
  });

  it('keeps the limit when raising is refused', () => {
    const fake = {
      getFileLimit: () => ({ soft: 1024, hard: Infinity }),
      setFileLimit: () => {
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      },
    } as unknown as NativeBinding;
    expect(raiseFileLimit(fake)).toEqual({ soft: 1024, hard: Infinity, raisedFrom: null, source: 'getrlimit' });
  });

  it('reads the limit from /proc without the native module', () => {
    const limit = raiseFileLimit(null);
    expect(limit.source).toBe('/proc/self/limits');
    expect(limit.soft).toBe(procSoftLimit());
  });

  it("raises this process's soft limit for real (native module)", () => {
    const { binding: native, reason } = loadNativeBinding();
    if (native === null) {
      // Without the module (SAMSA_NATIVE=0, no cargo) only the reason is checked; CI always has it.
      expect(process.env.CI && process.env.SAMSA_NATIVE !== '0' ? 'missing in CI' : reason).not.toBe('missing in CI');
      return;
    }
    const { soft, hard } = native.getFileLimit();
    try {
      native.setFileLimit(Math.min(soft, 512));
      expect(procSoftLimit()).toBe(Math.min(soft, 512));
      const raised = raiseFileLimit(native);
      expect(procSoftLimit()).toBe(hard);
      expect(raised).toEqual({
        soft: hard,
        hard,
        raisedFrom: hard === Math.min(soft, 512) ? null : Math.min(soft, 512),
        source: 'getrlimit',
      });
    } finally {
      native.setFileLimit(soft);
    }
  });
});
