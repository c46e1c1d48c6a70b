/**
 * The handler registry: one handler per API key. ApiVersions is computed from it, so the broker advertises exactly
 * the version ranges its handlers declare. A handler may not claim versions its codec does not define.
 */
import { apiVersionsHandler } from './18-api-versions';
import { createTopicsHandler } from './19-create-topics';
import { deleteTopicsHandler } from './20-delete-topics';
import { describeClusterHandler } from './60-describe-cluster';
import { metadataHandler } from './03-metadata';
import type { AnyHandler, ApiRange } from './handler';

export const HANDLERS: readonly AnyHandler[] = [
  metadataHandler as AnyHandler,
  apiVersionsHandler as AnyHandler,
  createTopicsHandler as AnyHandler,
  deleteTopicsHandler as AnyHandler,
  describeClusterHandler as AnyHandler,
];

export class HandlerRegistry {
  readonly #byKey = new Map<number, AnyHandler>();

  constructor(handlers: readonly AnyHandler[] = HANDLERS) {
    for (const h of handlers) {
      const valid = h.api.validVersions;
      if (h.versions.min < valid.min || h.versions.max > valid.max || h.versions.min > h.versions.max) {
        throw new RangeError(`${h.api.name} handler serves v${h.versions.min}-${h.versions.max}, outside the spec's v${valid.min}-${valid.max}`);
      }
      if (this.#byKey.has(h.api.apiKey)) throw new RangeError(`two handlers for API key ${h.api.apiKey}`);
      this.#byKey.set(h.api.apiKey, h);
    }
  }

  get(apiKey: number): AnyHandler | undefined {
    return this.#byKey.get(apiKey);
  }

  /** Every served API with its range, ordered by key: the ApiVersions answer. */
  supportedApis(): ApiRange[] {
    return [...this.#byKey.values()]
      .map((h) => ({ apiKey: h.api.apiKey, minVersion: h.versions.min, maxVersion: h.versions.max }))
      .sort((a, b) => a.apiKey - b.apiKey);
  }
}
