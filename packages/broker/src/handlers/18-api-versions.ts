/**
 * ApiVersions. Lists every API this broker serves with the version range its handler declares (computed from
 * the registry, so nothing unserved is advertised). An API behind a switch is listed only while it is on: the share
 * group APIs (KIP-932) need share.version 1 (or group.share.enable), as Kafka's ApiVersionsResponse leaves them out.
 * - v1 adds throttle_time_ms; v2 responds before throttling (KIP-219).
 * - v3+ (KIP-511) is flexible and carries the client's software name and version, which must match
 *   `[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?`, else INVALID_REQUEST; valid values are recorded on the connection.
 *   The response header stays v0 even for flexible versions.
 * - An unsupported version is answered by dispatch with a v0 body: UNSUPPORTED_VERSION and only this API's range.
 * - v3+ carry feature levels (KIP-584, tagged fields): SupportedFeatures, FinalizedFeatures and their epoch, as
 *   Kafka 4 reports them (features.ts). v3 clients cannot read a minimum of 0 (KAFKA-17011): for them a feature
 *   supported from 0 is reported from 1, and one supported only at 0 is left out; v4 gets the ranges as they are.
 *   A finalized feature's minimum level is its level (v3 only).
 */
import { ApiVersionsApi, ErrorCode, type ApiVersionsRequest, type ApiVersionsResponse } from '@samsa/protocol';
import { KafkaError } from '../errors';
import { SUPPORTED_FEATURES } from '../features';
import { defineHandler } from './handler';

const SOFTWARE_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

export const apiVersionsHandler = defineHandler<ApiVersionsRequest, ApiVersionsResponse>({
  api: ApiVersionsApi,
  versions: { min: 0, max: 4 },
  handle(ctx, request) {
    if (ctx.apiVersion >= 3) {
      const name = request.clientSoftwareName ?? '';
      const version = request.clientSoftwareVersion ?? '';
      if (!SOFTWARE_PATTERN.test(name) || !SOFTWARE_PATTERN.test(version)) {
        throw new KafkaError('INVALID_REQUEST', `Invalid client software name '${name}' or version '${version}'`);
      }
      ctx.client.softwareName = name;
      ctx.client.softwareVersion = version;
      ctx.logger.debug({ clientSoftwareName: name, clientSoftwareVersion: version }, 'client software');
    }
    const features = ctx.cluster.features;
    const v3 = ctx.apiVersion < 4;
    return {
      ...ApiVersionsApi.defaultResponse(),
      errorCode: ErrorCode.NONE,
      apiKeys: ctx.supportedApis
        .filter((a) => a.enabled === undefined || a.enabled(ctx))
        .map((a) => ({ apiKey: a.apiKey, minVersion: a.minVersion, maxVersion: a.maxVersion })),
      throttleTimeMs: 0,
      supportedFeatures: SUPPORTED_FEATURES.filter((f) => !v3 || f.maxVersion > 0).map((f) => ({
        name: f.name,
        minVersion: v3 ? Math.max(1, f.minVersion) : f.minVersion,
        maxVersion: f.maxVersion,
      })),
      finalizedFeaturesEpoch: features.epoch,
      finalizedFeatures: features.finalized().map((f) => ({
        name: f.name,
        maxVersionLevel: f.level,
        minVersionLevel: f.level,
      })),
    };
  },
  errorResponse(_request, code) {
    return { ...ApiVersionsApi.defaultResponse(), errorCode: code, apiKeys: [] };
  },
});
