/**
 * The protocol fuzzer (test/fuzz/engine.ts), bounded for `npm test`: fixed seeds, every served API and version fuzzed
 * at least once, then frames drawn at random. `npm run fuzz -- --minutes N` runs the same for longer.
 */
import { HandlerRegistry } from '../src/handlers/index';
import { emptyReport, fuzzBroker } from './fuzz/engine';

jest.setTimeout(120_000);

describe('fuzzed frames', () => {
  it.each([1, 2])(
    'seed %i: answered or closed, another client unaffected, every stored batch readable',
    async (seed) => {
      const report = await fuzzBroker({ seed, runs: 150, pendingMs: 1000 }, emptyReport());
      // Every API and version the broker serves was sent mutated at least once.
      const served = new HandlerRegistry()
        .handlers()
        .flatMap((h) =>
          Array.from({ length: h.versions.max - h.versions.min + 1 }, (_, i) => `${h.api.name} v${h.versions.min + i}`),
        );
      expect(served.length).toBeGreaterThan(200);
      expect(served.filter((v) => !report.byApi.has(v))).toEqual([]);
      expect(report.frames).toBeGreaterThan(served.length);
      expect(report.outcomes.answered).toBeGreaterThan(0);
      expect(report.outcomes.closed).toBeGreaterThan(0);
      expect(report.healthChecks).toBeGreaterThan(1);
      expect(report.storedBatches).toBeGreaterThan(0);
      expect(report.failures).toEqual([]);
    },
  );
});
