/**
 * ApiVersions: v0-4. Lists every API this broker serves with the version range its handler declares (computed from
 * the registry, so nothing unserved is advertised).
 * - v1 adds throttle_time_ms; v2 responds before throttling (KIP-219).
 * - v3+ (KIP-511) is flexible and carries the client's software name and version, which must match
 *   `[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?`, else INVALID_REQUEST; valid values are recorded on the connection.
 *   The response header stays v0 even for flexible versions.
 * - An unsupported version is answered by dispatch with a v0 body: UNSUPPORTED_VERSION and only this API's range.
 * - Feature fields (v3+ tagged) are left empty: no feature levels are advertised.
 */
import { ApiVersionsApi, ErrorCode, type ApiVersionsRequest, type ApiVersionsResponse } from '@samsa/protocol';
import { KafkaError } from '../errors';
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
    return {
      ...ApiVersionsApi.defaultResponse(),
      errorCode: ErrorCode.NONE,
      apiKeys: ctx.supportedApis.map((a) => ({ apiKey: a.apiKey, minVersion: a.minVersion, maxVersion: a.maxVersion })),
      throttleTimeMs: 0,
    };
  },
  errorResponse(_request, code) {
    return { ...ApiVersionsApi.defaultResponse(), errorCode: code, apiKeys: [] };
  },
});
