/**
 * UpdateFeatures (KIP-584). Finalizes feature levels cluster-wide: `group.version` 0 turns the KIP-848 consumer
 * protocol off (ConsumerGroupHeartbeat answers UNSUPPORTED_VERSION), 1 turns it on; the finalized-features epoch
 * grows with every change and ApiVersions reports the new levels at once.
 * - Each update is checked as Kafka's FeatureControlManager does: an unknown feature or a level outside the supported
 *   range is INVALID_UPDATE_VERSION, a lower level needs a downgrade (v0 AllowDowngrade, v1+ UpgradeType 2 or 3),
 *   `metadata.version` never goes down; a feature named twice is INVALID_REQUEST. One failed update fails the
 *   request and nothing changes.
 * - v1 adds UpgradeType and ValidateOnly; v2 answers with the top-level error only (no per-feature results).
 * - Served by every broker identity (Kafka forwards it to the controller).
 * - Needs ALTER on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import { ErrorCode, UpdateFeaturesApi, type UpdateFeaturesRequest, type UpdateFeaturesResponse } from '@samsa/protocol';
import { FeatureUpdateError } from '../features';
import { Op, requireCluster } from './authorize';
import { defineHandler } from './handler';

/** Kafka's FeatureUpdate.UpgradeType. */
const UPGRADE = 1;

export const updateFeaturesHandler = defineHandler<UpdateFeaturesRequest, UpdateFeaturesResponse>({
  api: UpdateFeaturesApi,
  versions: { min: 0, max: 2 },
  handle(ctx, request) {
    requireCluster(ctx, Op.ALTER);
    const features = ctx.cluster.features;
    const answer = (code: number, message: string | null): UpdateFeaturesResponse => ({
      throttleTimeMs: 0,
      errorCode: code,
      errorMessage: message,
      ...(ctx.apiVersion < 2
        ? {
            results: request.featureUpdates.map((u) => ({
              feature: u.feature,
              errorCode: code,
              errorMessage: message,
            })),
          }
        : {}),
    });
    const names = request.featureUpdates.map((u) => u.feature);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate !== undefined)
      return answer(ErrorCode.INVALID_REQUEST, `Feature ${duplicate} appears more than once in the request.`);
    const updates = request.featureUpdates.map((u) => ({ name: u.feature, level: u.maxVersionLevel }));
    try {
      request.featureUpdates.forEach((u, i) => {
        const downgrade = ctx.apiVersion === 0 ? u.allowDowngrade === true : (u.upgradeType ?? UPGRADE) !== UPGRADE;
        features.validate(updates[i] as { name: string; level: number }, downgrade);
      });
    } catch (err) {
      if (err instanceof FeatureUpdateError) return answer(ErrorCode[err.errorName], err.message);
      throw err;
    }
    if (!(ctx.apiVersion >= 1 && request.validateOnly === true)) {
      features.apply(updates);
      ctx.logger.info({ updates, epoch: features.epoch }, 'feature levels updated');
    }
    return answer(ErrorCode.NONE, null);
  },
  errorResponse(request, code, message) {
    return {
      throttleTimeMs: 0,
      errorCode: code,
      errorMessage: message,
      results: request.featureUpdates.map((u) => ({ feature: u.feature, errorCode: code, errorMessage: message })),
    };
  },
});
