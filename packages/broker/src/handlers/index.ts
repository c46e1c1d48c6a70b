/**
 * The handler registry: one handler per API key. ApiVersions is computed from it, so the broker advertises exactly
 * the version ranges its handlers declare. A handler may not claim versions its codec does not define.
 */
import { produceHandler } from './00-produce';
import { fetchHandler } from './01-fetch';
import { listOffsetsHandler } from './02-list-offsets';
import { offsetCommitHandler } from './08-offset-commit';
import { offsetFetchHandler } from './09-offset-fetch';
import { findCoordinatorHandler } from './10-find-coordinator';
import { joinGroupHandler } from './11-join-group';
import { heartbeatHandler } from './12-heartbeat';
import { leaveGroupHandler } from './13-leave-group';
import { syncGroupHandler } from './14-sync-group';
import { describeGroupsHandler } from './15-describe-groups';
import { listGroupsHandler } from './16-list-groups';
import { apiVersionsHandler } from './18-api-versions';
import { createTopicsHandler } from './19-create-topics';
import { deleteTopicsHandler } from './20-delete-topics';
import { initProducerIdHandler } from './22-init-producer-id';
import { offsetForLeaderEpochHandler } from './23-offset-for-leader-epoch';
import { deleteGroupsHandler } from './42-delete-groups';
import { offsetDeleteHandler } from './47-offset-delete';
import { describeClusterHandler } from './60-describe-cluster';
import { metadataHandler } from './03-metadata';
import type { AnyHandler, ApiRange } from './handler';

export const HANDLERS: readonly AnyHandler[] = [
  produceHandler as AnyHandler,
  fetchHandler as AnyHandler,
  listOffsetsHandler as AnyHandler,
  metadataHandler as AnyHandler,
  offsetCommitHandler as AnyHandler,
  offsetFetchHandler as AnyHandler,
  findCoordinatorHandler as AnyHandler,
  joinGroupHandler as AnyHandler,
  heartbeatHandler as AnyHandler,
  leaveGroupHandler as AnyHandler,
  syncGroupHandler as AnyHandler,
  describeGroupsHandler as AnyHandler,
  listGroupsHandler as AnyHandler,
  apiVersionsHandler as AnyHandler,
  createTopicsHandler as AnyHandler,
  deleteTopicsHandler as AnyHandler,
  initProducerIdHandler as AnyHandler,
  offsetForLeaderEpochHandler as AnyHandler,
  deleteGroupsHandler as AnyHandler,
  offsetDeleteHandler as AnyHandler,
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
