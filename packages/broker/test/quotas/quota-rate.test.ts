/**
 * The quota rate against Kafka's Rate/SampledStat arithmetic on a clock the test moves: the first windows count as
 * empty, later ones by their real span, and windows idle for the whole quota window are dropped.
 */
import { QuotaRate } from '../../src/quotas/quota-rate';

describe('QuotaRate (Kafka Rate over a WindowedSum)', () => {
  const windows = { samples: 11, windowMs: 1000 };

  it('spreads a first value over samples - 1 windows', () => {
    const rate = new QuotaRate(windows);
    rate.record(1000, 50_000);
    expect(rate.windowSize(50_000)).toBe(10_000);
    expect(rate.measure(50_000)).toBeCloseTo(100, 9);
  });

  it('counts the real span once more than samples - 1 windows have passed', () => {
    const rate = new QuotaRate(windows);
    rate.record(1000, 0);
    rate.record(1000, 5500);
    // 5 full windows so far: 5 empty ones are assumed before them.
    expect(rate.windowSize(5500)).toBe(10_500);
    expect(rate.measure(5500)).toBeCloseTo(2000 / 10.5, 9);
    for (let t = 6000; t <= 10_000; t += 1000) rate.record(0, t);
    // 10 full windows since the oldest: the real span.
    expect(rate.windowSize(10_500)).toBe(10_500);
    rate.record(0, 11_000);
    rate.record(0, 12_000);
    // The first window's last event is now a whole quota window old: it is reset, and the oldest live window is the
    // one opened at 5500 (6 full windows + 4 assumed empty).
    expect(rate.windowSize(12_000)).toBe(10_500);
    expect(rate.measure(12_000)).toBeCloseTo(1000 / 10.5, 9);
  });

  it('drops windows idle for the whole quota window', () => {
    const rate = new QuotaRate(windows);
    rate.record(5000, 0);
    expect(rate.measure(10_999)).toBeGreaterThan(0);
    expect(rate.measure(11_000)).toBe(0);
  });

  it('takes back a value recorded negative (unrecord)', () => {
    const rate = new QuotaRate(windows);
    rate.record(3000, 0);
    rate.record(-3000, 10);
    expect(rate.measure(10)).toBe(0);
  });
});
