import { ApiVersionsApi, HeartbeatApi, MetadataApi, type ApiCodec } from '@samsa/protocol';
import { HANDLERS, HandlerRegistry, type HandlerEntry } from '../../src/handlers/index';
import type { AnyHandler } from '../../src/handlers/handler';
import { heartbeatHandler } from '../../src/handlers/12-heartbeat';

/** The API keys the broker serves: 0-3, 8-16, 18-33, 35, 37, 42-51, 60, 61, 65, 66. */
const SERVED = [
  0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 35, 37,
  42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 60, 61, 65, 66,
];

function countingEntry(
  api: ApiCodec<unknown, unknown>,
  min: number,
  max: number,
  handler: AnyHandler,
): HandlerEntry & { loads: number } {
  const e = {
    api,
    versions: { min, max },
    loads: 0,
    load(): AnyHandler {
      e.loads++;
      return handler;
    },
  };
  return e;
}

describe('handler registry', () => {
  it('registers every served API once', () => {
    expect(HANDLERS.map((h) => h.api.apiKey).sort((a, b) => a - b)).toEqual(SERVED);
    expect(new HandlerRegistry().supportedApis().map((a) => a.apiKey)).toEqual(SERVED);
  });

  it.each(HANDLERS.map((h) => [h.api.name, h] as const))(
    '%s: the loaded handler serves the declared codec and range, within the spec',
    (_name, entry) => {
      const handler = new HandlerRegistry([entry]).get(entry.api.apiKey);
      expect(handler).toBeDefined();
      expect(handler?.api.apiKey).toBe(entry.api.apiKey);
      expect(handler?.versions).toEqual(entry.versions);
      expect(handler?.versions.min).toBeGreaterThanOrEqual(entry.api.validVersions.min);
      expect(handler?.versions.max).toBeLessThanOrEqual(entry.api.validVersions.max);
    },
  );

  it('lists the ranges without loading a handler, loads one on first use and keeps it', () => {
    const entry = countingEntry(HeartbeatApi as ApiCodec<unknown, unknown>, 0, 4, heartbeatHandler as AnyHandler);
    const registry = new HandlerRegistry([entry]);
    expect(registry.supportedApis()).toEqual([{ apiKey: HeartbeatApi.apiKey, minVersion: 0, maxVersion: 4 }]);
    expect(entry.loads).toBe(0);
    expect(registry.get(HeartbeatApi.apiKey)).toBe(heartbeatHandler);
    expect(registry.get(HeartbeatApi.apiKey)).toBe(heartbeatHandler);
    expect(entry.loads).toBe(1);
    expect(registry.get(MetadataApi.apiKey)).toBeUndefined();
  });

  it('refuses an entry claiming versions its codec does not define', () => {
    const max = ApiVersionsApi.validVersions.max + 1;
    const entry = countingEntry(ApiVersionsApi as ApiCodec<unknown, unknown>, 0, max, heartbeatHandler as AnyHandler);
    expect(() => new HandlerRegistry([entry])).toThrow(
      `ApiVersions handler serves v0-${max}, outside the spec's v0-${max - 1}`,
    );
  });

  it('refuses two handlers for one key', () => {
    const a = countingEntry(HeartbeatApi as ApiCodec<unknown, unknown>, 0, 4, heartbeatHandler as AnyHandler);
    expect(() => new HandlerRegistry([a, heartbeatHandler as AnyHandler])).toThrow(
      `two handlers for API key ${HeartbeatApi.apiKey}`,
    );
  });

  it('refuses a loaded handler whose range differs from the declared one', () => {
    const entry = countingEntry(HeartbeatApi as ApiCodec<unknown, unknown>, 0, 3, heartbeatHandler as AnyHandler);
    const registry = new HandlerRegistry([entry]);
    expect(registry.supportedApis()[0]?.maxVersion).toBe(3);
    expect(() => registry.get(HeartbeatApi.apiKey)).toThrow(
      'Heartbeat handler serves v0-4 but the registry declares Heartbeat v0-3',
    );
  });
});
