/** Wire helpers for client telemetry tests (KIP-714): subscriptions through IncrementalAlterConfigs. */
import { ErrorCode, IncrementalAlterConfigsApi } from '@samsa/protocol';
import type { WireClient } from './wire-client';

export const CLIENT_METRICS = 16;

/** Sets a CLIENT_METRICS subscription's keys (SET each) and expects success. */
export async function subscribe(client: WireClient, name: string, configs: Record<string, string>): Promise<void> {
  const res = await client.request(IncrementalAlterConfigsApi, 1, {
    resources: [
      {
        resourceType: CLIENT_METRICS,
        resourceName: name,
        configs: Object.entries(configs).map(([k, v]) => ({ name: k, configOperation: 0, value: v })),
      },
    ],
    validateOnly: false,
  });
  expect(res.responses[0]!.errorCode).toBe(ErrorCode.NONE);
}
