/** The client facts KIP-714 subscriptions match on (ClientMetricsInstanceMetadata), from a request's context. */
import type { TelemetryClient } from '../telemetry/client-telemetry';
import type { ClientInfo } from './handler';

export function telemetryClient(client: ClientInfo): TelemetryClient {
  const colon = client.remoteAddress.lastIndexOf(':');
  return {
    clientId: client.clientId,
    softwareName: client.softwareName,
    softwareVersion: client.softwareVersion,
    sourceAddress: client.remoteHost,
    sourcePort: colon >= 0 ? client.remoteAddress.slice(colon + 1) : '',
  };
}
