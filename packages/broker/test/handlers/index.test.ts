// The handler registry against the handlers themselves: every handler file serves the API its name carries, each
// key once, within its codec's versions, and ApiVersions advertises exactly the declared ranges.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApiKey, ApiVersionsApi, HeartbeatApi, type ApiCodec } from '@samsa/protocol';
import { HANDLER_MODULES, HandlerRegistry } from '../../src/handlers/index';
import { defineHandler, type AnyHandler } from '../../src/handlers/handler';
import { heartbeatHandler } from '../../src/handlers/12-heartbeat';

const HANDLER_DIR = join(__dirname, '../../src/handlers');

/** `NN-<api>.ts` → NN: the handler files, by the API key in their names. */
const HANDLER_FILE_KEYS = readdirSync(HANDLER_DIR)
  .filter((f) => /^\d\d-[a-z-]+\.ts$/.test(f))
  .map((f) => Number(f.slice(0, 2)))
  .sort((a, b) => a - b);

describe('handler registry', () => {
  const registry = new HandlerRegistry();

  it('serves one handler per handler file, each under the API key of its file name', () => {
    expect(HANDLER_FILE_KEYS.length).toBeGreaterThan(40);
    expect(HANDLER_MODULES).toHaveLength(HANDLER_FILE_KEYS.length);
    expect(registry.handlers().map((h) => h.api.apiKey)).toEqual(HANDLER_FILE_KEYS);
  });

  it('advertises exactly the ranges the handlers declare, ordered by key', () => {
    expect(registry.supportedApis()).toEqual(
      registry.handlers().map((h) => ({
        apiKey: h.api.apiKey,
        minVersion: h.versions.min,
        maxVersion: h.versions.max,
        ...(h.enabled ? { enabled: h.enabled } : {}),
      })),
    );
  });

  it.each(new HandlerRegistry().handlers().map((h) => [h.api.name, h] as const))(
    '%s: a range within its codec, under its own name',
    (name, handler) => {
      expect(ApiKey[name as keyof typeof ApiKey]).toBe(handler.api.apiKey);
      expect(registry.get(handler.api.apiKey)).toBe(handler);
      expect(handler.versions.min).toBeGreaterThanOrEqual(handler.api.validVersions.min);
      expect(handler.versions.max).toBeLessThanOrEqual(handler.api.validVersions.max);
      expect(handler.versions.min).toBeLessThanOrEqual(handler.versions.max);
    },
  );

  it('loads the handler modules on first use, once', () => {
    let loads = 0;
    const lazy = new HandlerRegistry([
      () => {
        loads++;
        return heartbeatHandler as AnyHandler;
      },
    ]);
    expect(loads).toBe(0);
    expect(lazy.get(HeartbeatApi.apiKey)).toBe(heartbeatHandler);
    expect(lazy.supportedApis()).toEqual([{ apiKey: HeartbeatApi.apiKey, minVersion: 0, maxVersion: 4 }]);
    expect(lazy.get(ApiVersionsApi.apiKey)).toBeUndefined();
    expect(loads).toBe(1);
  });

  it('refuses a handler claiming versions its codec does not define', () => {
    const max = ApiVersionsApi.validVersions.max + 1;
    const tooNew = defineHandler({
      ...(heartbeatHandler as AnyHandler),
      api: ApiVersionsApi as ApiCodec<unknown, unknown>,
      versions: { min: 0, max },
    });
    expect(() => new HandlerRegistry([tooNew]).supportedApis()).toThrow(
      `ApiVersions handler serves v0-${max}, outside the spec's v0-${max - 1}`,
    );
  });

  it('refuses two handlers for one key', () => {
    const twice = new HandlerRegistry([heartbeatHandler as AnyHandler, () => heartbeatHandler as AnyHandler]);
    expect(() => twice.get(HeartbeatApi.apiKey)).toThrow(`two handlers for API key ${HeartbeatApi.apiKey}`);
  });
});
