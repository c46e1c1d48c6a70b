// Types for the parts of kafkajs 2.2.4's own protocol and network modules that helpers/kafkajs-wire.ts uses; kafkajs
// ships types for its public API only. Shapes are those of the modules' source (src/protocol/requests/*/v*/,
// src/protocol/recordBatch/v0/decoder.js, src/network/connection.js). The file has no top-level import or export, so
// the interface below is global; the module declarations use it.

/** What every `requests/<api>` module's `protocol({ version })(args)` returns. */
interface KafkajsProtocol<T> {
  readonly request: { readonly apiKey: number; readonly apiVersion: number; readonly apiName: string };
  readonly response: { decode(payload: Buffer): Promise<T>; parse(decoded: T): Promise<T> };
}

declare module 'kafkajs/src/loggers' {
  export function createLogger(options: {
    level: number;
    logCreator: (level: number) => (entry: unknown) => void;
  }): unknown;
}

declare module 'kafkajs/src/network/socketFactory' {
  function socketFactory(): unknown;
  export = socketFactory;
}

declare module 'kafkajs/src/network/connection' {
  class Connection {
    constructor(options: {
      host: string;
      port: number;
      logger: unknown;
      socketFactory: unknown;
      clientId?: string;
      requestTimeout: number;
      connectionTimeout: number;
    });
    connect(): Promise<void>;
    disconnect(): Promise<void>;
    /** Encodes the request, waits for its response and returns what `response.parse(response.decode(bytes))` gives. */
    send<T>(protocol: KafkajsProtocol<T>): Promise<T>;
  }
  export = Connection;
}

declare module 'kafkajs/src/protocol/requests/fetch' {
  export interface FetchArgs {
    readonly replicaId?: number;
    readonly isolationLevel: number;
    readonly maxWaitTime: number;
    readonly minBytes: number;
    readonly maxBytes: number;
    readonly topics: ReadonlyArray<{
      readonly topic: string;
      readonly partitions: ReadonlyArray<{
        readonly partition: number;
        readonly fetchOffset: string;
        readonly maxBytes: number;
      }>;
    }>;
  }

  /** What kafkajs's record batch decoder (v0, magic 2) puts in every record of a batch. */
  export interface BatchContext {
    readonly firstOffset: string;
    readonly firstTimestamp: string;
    readonly partitionLeaderEpoch: number;
    readonly inTransaction: boolean;
    readonly isControlBatch: boolean;
    readonly lastOffsetDelta: number;
    readonly producerId: string;
    readonly producerEpoch: number;
    readonly firstSequence: number;
    readonly maxTimestamp: string;
    /** 0 CreateTime, 1 LogAppendTime. */
    readonly timestampType: number;
  }

  export interface FetchedRecord {
    readonly magicByte: number;
    readonly offset: string;
    readonly timestamp: string;
    readonly key: Buffer | null;
    readonly value: Buffer | null;
    readonly isControlRecord: boolean;
    /** Absent for a legacy (magic 0/1) message set. */
    readonly batchContext?: BatchContext;
  }

  export interface FetchedPartition {
    readonly partition: number;
    readonly errorCode: number;
    readonly highWatermark: string;
    readonly lastStableOffset: string;
    readonly abortedTransactions: ReadonlyArray<{ readonly producerId: string; readonly firstOffset: string }>;
    /** Every record of every batch, control records included, in log order. */
    readonly messages: readonly FetchedRecord[];
  }

  export interface FetchResponse {
    readonly responses: ReadonlyArray<{ readonly topicName: string; readonly partitions: readonly FetchedPartition[] }>;
  }

  export const versions: string[];
  export function protocol(options: { version: number }): (args: FetchArgs) => KafkajsProtocol<FetchResponse>;
}

declare module 'kafkajs/src/protocol/requests/produce' {
  export interface ProduceArgs {
    readonly acks: number;
    readonly timeout: number;
    readonly transactionalId?: string | null;
    /** A kafkajs Long or a decimal string. */
    readonly producerId?: unknown;
    readonly producerEpoch?: number;
    readonly topicData: ReadonlyArray<{
      readonly topic: string;
      readonly partitions: ReadonlyArray<{
        readonly partition: number;
        readonly firstSequence?: number;
        readonly messages: ReadonlyArray<{
          readonly key?: Buffer | string | null;
          readonly value: Buffer | string | null;
          readonly timestamp?: number;
        }>;
      }>;
    }>;
  }

  export interface ProduceResponse {
    readonly topics: ReadonlyArray<{
      readonly topicName: string;
      readonly partitions: ReadonlyArray<{
        readonly partition: number;
        readonly errorCode: number;
        readonly baseOffset: string;
      }>;
    }>;
  }

  export const versions: string[];
  export function protocol(options: { version: number }): (args: ProduceArgs) => KafkajsProtocol<ProduceResponse>;
}

declare module 'kafkajs/src/protocol/requests/findCoordinator' {
  export interface FindCoordinatorArgs {
    readonly groupId: string;
    /** 0 group, 1 transaction. */
    readonly coordinatorType?: number;
  }

  export interface FindCoordinatorResponse {
    readonly errorCode: number;
    readonly coordinator: { readonly nodeId: number; readonly host: string; readonly port: number };
  }

  export const versions: string[];
  export function protocol(options: {
    version: number;
  }): (args: FindCoordinatorArgs) => KafkajsProtocol<FindCoordinatorResponse>;
}

declare module 'kafkajs/src/protocol/requests/alterConfigs' {
  export interface AlterConfigsArgs {
    readonly resources: ReadonlyArray<{
      readonly type: number;
      readonly name: string;
      readonly configEntries: ReadonlyArray<{ readonly name: string; readonly value: string | null }>;
    }>;
    readonly validateOnly?: boolean;
  }
  export interface AlterConfigsResponse {
    readonly throttleTime: number;
    readonly resources: Array<{
      errorCode: number;
      errorMessage: string | null;
      resourceType: number;
      resourceName: string;
    }>;
  }
  export function protocol(options: {
    version: number;
  }): (args: AlterConfigsArgs) => KafkajsProtocol<AlterConfigsResponse>;
}

declare module 'kafkajs/src/protocol/encoder' {
  class Encoder {
    writeInt16(value: number): Encoder;
    writeInt32(value: number): Encoder;
    writeString(value: string | null): Encoder;
    writeDouble(value: number): Encoder;
    writeBoolean(value: boolean): Encoder;
    /** int32 length, then the bytes. */
    writeBytes(value: Buffer): Encoder;
    writeArray(values: readonly Encoder[]): Encoder;
  }
  export = Encoder;
}

declare module 'kafkajs/src/protocol/decoder' {
  class Decoder {
    constructor(buffer: Buffer);
    readInt16(): number;
    readInt32(): number;
    readString(): string | null;
    readArray<T>(read: (d: Decoder) => T): T[];
  }
  export = Decoder;
}

declare module 'kafkajs/src/protocol/requests/produce/v7/response' {
  import type { ProduceResponse } from 'kafkajs/src/protocol/requests/produce';
  export function decode(payload: Buffer): Promise<ProduceResponse>;
}

declare module 'kafkajs/src/protocol/recordBatch/crc32C' {
  /** CRC32C (Castagnoli) of the buffer, unsigned. */
  function crc32C(buffer: Buffer): number;
  export = crc32C;
}
