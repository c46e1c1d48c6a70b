/**
 * The highest version of each API the client sends: the codec's own maximum, except where a later version changes
 * what the client must send (topic ids in Fetch v13+, the inter-broker batched form of AddPartitionsToTxn v4+,
 * KIP-890). A broker that serves less gets the highest version it advertises (see BrokerConnection.send).
 */
import { AddPartitionsToTxnApi, FetchApi, type ApiCodec } from '@samsa/protocol';

const CAPS: ReadonlyMap<number, number> = new Map([
  [FetchApi.apiKey, 12],
  [AddPartitionsToTxnApi.apiKey, 3],
]);

export function clientMaxVersion(codec: ApiCodec<unknown, unknown>): number {
  return Math.min(codec.validVersions.max, CAPS.get(codec.apiKey) ?? Number.MAX_SAFE_INTEGER);
}
