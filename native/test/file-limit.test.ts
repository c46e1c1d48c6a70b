// RLIMIT_NOFILE through the module: the limits read back as /proc reports them, and the soft
// limit moves within the hard one (raised at broker start-up to the hard limit).
import { readFileSync } from 'node:fs';
import { describeNative, thrownBy } from './binding';

/** Max open files (soft, hard) from /proc/self/limits. */
function procLimits(): { soft: number; hard: number } {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  const [soft, hard] = (line ?? '').slice('Max open files'.length).trim().split(/\s+/);
  const num = (v: string | undefined): number => (v === 'unlimited' ? Infinity : Number(v));
  return { soft: num(soft), hard: num(hard) };
}

describeNative('open-file limit', (native) => {
  it('reads the soft and hard limits the kernel enforces', () => {
    expect(native.getFileLimit()).toEqual(procLimits());
  });

  it('lowers and raises the soft limit within the hard one', () => {
    const { soft, hard } = native.getFileLimit();
    try {
      native.setFileLimit(Math.min(soft, 1000) - 1);
      expect(procLimits().soft).toBe(Math.min(soft, 1000) - 1);
      native.setFileLimit(hard);
      expect(native.getFileLimit()).toEqual({ soft: hard, hard });
    } finally {
      native.setFileLimit(soft);
    }
    expect(native.getFileLimit().soft).toBe(soft);
  });

  it('refuses a soft limit past the hard one, and bad arguments', () => {
    const { hard } = native.getFileLimit();
    if (Number.isFinite(hard))
      expect(thrownBy(() => native.setFileLimit(hard + 1))).toMatchObject({ code: 'EINVAL', syscall: 'setrlimit' });
    expect(thrownBy(() => native.setFileLimit(-1)).name).toBe('RangeError');
    expect(thrownBy(() => native.setFileLimit('9' as unknown as number)).name).toBe('TypeError');
  });
});
