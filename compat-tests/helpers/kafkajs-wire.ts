// Single Kafka requests at a chosen version, for what no client API exposes: kafkajs's own request encoders and
// response decoders (kafkajs/src/protocol/requests/...) over its own network Connection, so compat tests never carry
// a codec of samsa's. Responses are decoded but not parsed: an error code stays data for the test to assert on,
// instead of becoming kafkajs's exception.
import { logLevel } from 'kafkajs';
import { createLogger } from 'kafkajs/src/loggers';
import Connection from 'kafkajs/src/network/connection';
import socketFactory from 'kafkajs/src/network/socketFactory';
import { protocol as fetchProtocol, type FetchArgs, type FetchResponse } from 'kafkajs/src/protocol/requests/fetch';
import {
  protocol as findCoordinatorProtocol,
  type FindCoordinatorArgs,
  type FindCoordinatorResponse,
} from 'kafkajs/src/protocol/requests/findCoordinator';
import {
  protocol as produceProtocol,
  type ProduceArgs,
  type ProduceResponse,
} from 'kafkajs/src/protocol/requests/produce';
import Decoder from 'kafkajs/src/protocol/decoder';
import Encoder from 'kafkajs/src/protocol/encoder';
import {
  protocol as alterConfigsProtocol,
  type AlterConfigsArgs,
  type AlterConfigsResponse,
} from 'kafkajs/src/protocol/requests/alterConfigs';
import { decode as decodeProduceV7 } from 'kafkajs/src/protocol/requests/produce/v7/response';
import { registerKafkajsCodecs } from './kafkajs';

export type { BatchContext, FetchedPartition, FetchedRecord, FetchResponse } from 'kafkajs/src/protocol/requests/fetch';
export type { FindCoordinatorResponse } from 'kafkajs/src/protocol/requests/findCoordinator';
export type { ProduceResponse } from 'kafkajs/src/protocol/requests/produce';
export type { AlterConfigsResponse } from 'kafkajs/src/protocol/requests/alterConfigs';

/** One request, with its response decoded by kafkajs and handed back as it is (no error turned into an exception). */
async function send<T>(address: string, protocol: KafkajsProtocol<T>, timeoutMs: number): Promise<T> {
  // Compressed batches in a Fetch answer decode through the codecs kafkajs has registered.
  registerKafkajsCodecs();
  const colon = address.lastIndexOf(':');
  const connection = new Connection({
    host: address.slice(0, colon),
    port: Number(address.slice(colon + 1)),
    logger: createLogger({ level: logLevel.NOTHING, logCreator: () => () => undefined }),
    socketFactory: socketFactory(),
    clientId: 'compat-kafkajs-wire',
    requestTimeout: timeoutMs,
    connectionTimeout: timeoutMs,
  });
  await connection.connect();
  try {
    return await connection.send({
      request: protocol.request,
      response: { decode: protocol.response.decode, parse: async (decoded: T) => decoded },
    });
  } finally {
    await connection.disconnect();
  }
}

export function fetchRequest(
  address: string,
  version: number,
  args: FetchArgs,
  timeoutMs = 15_000,
): Promise<FetchResponse> {
  return send(address, fetchProtocol({ version })(args), timeoutMs);
}

export function produceRequest(
  address: string,
  version: number,
  args: ProduceArgs,
  timeoutMs = 15_000,
): Promise<ProduceResponse> {
  return send(address, produceProtocol({ version })(args), timeoutMs);
}

/**
 * Produce v7 (the first version allowing zstd, KIP-110) carrying record sets exactly as given, since no client encodes
 * a malformed batch: the request is assembled with kafkajs's Encoder and its response decoded by kafkajs's Produce v7
 * decoder, one error code per partition.
 */
export function produceRawRequest(
  address: string,
  topic: string,
  partitions: readonly { readonly partition: number; readonly records: Buffer }[],
  acks = -1,
  timeoutMs = 15_000,
): Promise<ProduceResponse> {
  const protocol: KafkajsProtocol<ProduceResponse> = {
    request: {
      apiKey: 0,
      apiVersion: 7,
      apiName: 'Produce',
      expectResponse: () => true,
      encode: async () =>
        new Encoder()
          .writeString(null)
          .writeInt16(acks)
          .writeInt32(timeoutMs)
          .writeArray([
            new Encoder()
              .writeString(topic)
              .writeArray(partitions.map((p) => new Encoder().writeInt32(p.partition).writeBytes(p.records))),
          ]),
    } as KafkajsProtocol<ProduceResponse>['request'],
    response: { decode: decodeProduceV7, parse: async (decoded) => decoded },
  };
  return send(address, protocol, timeoutMs);
}

export function findCoordinatorRequest(
  address: string,
  version: number,
  args: FindCoordinatorArgs,
  timeoutMs = 15_000,
): Promise<FindCoordinatorResponse> {
  return send(address, findCoordinatorProtocol({ version })(args), timeoutMs);
}

/** One quota to set (a value) or remove (null) on one entity: [entity type, entity name or null for the default]. */
export interface ClientQuotaChange {
  readonly entity: readonly (readonly [string, string | null])[];
  readonly key: string;
  readonly value: number | null;
}

/**
 * AlterClientQuotas v0 (KIP-546), which kafkajs has no API for: assembled with kafkajs's Encoder, the response read
 * with its Decoder; resolves with each entry's error code.
 */
export function alterClientQuotasRequest(
  address: string,
  changes: readonly ClientQuotaChange[],
  timeoutMs = 15_000,
): Promise<number[]> {
  const protocol: KafkajsProtocol<number[]> = {
    request: {
      apiKey: 49,
      apiVersion: 0,
      apiName: 'AlterClientQuotas',
      expectResponse: () => true,
      encode: async () =>
        new Encoder()
          .writeArray(
            changes.map((c) =>
              new Encoder()
                .writeArray(c.entity.map(([type, name]) => new Encoder().writeString(type).writeString(name)))
                .writeArray([
                  new Encoder()
                    .writeString(c.key)
                    .writeDouble(c.value ?? 0)
                    .writeBoolean(c.value === null),
                ]),
            ),
          )
          .writeBoolean(false),
    } as KafkajsProtocol<number[]>['request'],
    response: {
      decode: async (payload) => {
        const d = new Decoder(payload);
        d.readInt32(); // throttle_time_ms
        return d.readArray((e) => {
          const code = e.readInt16();
          e.readString(); // error_message
          e.readArray((x) => [x.readString(), x.readString()]);
          return code;
        });
      },
      parse: async (decoded) => decoded,
    },
  };
  return send(address, protocol, timeoutMs);
}

/**
 * AlterConfigs with any resource type: kafkajs's admin client only takes the types it knows (topic, broker,
 * broker logger), not CLIENT_METRICS (16, KIP-714).
 */
export function alterConfigsRequest(
  address: string,
  version: number,
  args: AlterConfigsArgs,
  timeoutMs = 15_000,
): Promise<AlterConfigsResponse> {
  return send(address, alterConfigsProtocol({ version })(args), timeoutMs);
}
