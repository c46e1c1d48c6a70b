// The shape every generated API module exports (generated/NN-<api>.ts). The
// broker only ever talks to codecs through this interface.
import type { Reader } from './primitives/reader';
import type { Writer } from './primitives/writer';

export interface VersionRange {
  readonly min: number;
  readonly max: number;
}

export interface ApiCodec<Req, Res> {
  readonly apiKey: number;
  /** Kafka's API name without the Request/Response suffix, e.g. "Metadata". */
  readonly name: string;
  /** Versions the spec defines (request and response share them). */
  readonly validVersions: VersionRange;
  /** First flexible version, or null when no version is flexible. */
  readonly firstFlexibleVersion: number | null;
  /** Request header version for an API version: 1, or 2 for flexible versions (0 only for ControlledShutdown v0). */
  requestHeaderVersion(version: number): 0 | 1 | 2;
  /** Response header version: 0, or 1 for flexible versions; ApiVersions is always 0 (KIP-511). */
  responseHeaderVersion(version: number): 0 | 1;
  decodeRequest(reader: Reader, version: number): Req;
  encodeRequest(writer: Writer, version: number, message: Req): void;
  decodeResponse(reader: Reader, version: number): Res;
  encodeResponse(writer: Writer, version: number, message: Res): void;
  /** Versions Kafka marks deprecated (KIP-896), or null. */
  readonly deprecatedVersions?: VersionRange | null;
  /** True when Kafka does not advertise the highest version by default (`latestVersionUnstable`). */
  readonly latestVersionUnstable?: boolean;
  /** Kafka listener kinds that serve the API: "broker", "controller", "zkBroker". */
  readonly listeners?: readonly string[];
  /** Paths of credential fields to redact in logs, e.g. "request.authBytes", "response.tokens[*].hmac". */
  readonly sensitiveFields?: readonly string[];
  /** A message with every field at Kafka's default. */
  defaultRequest(): Req;
  defaultResponse(): Res;
}

export type { RecordsData } from './primitives/writer';
export type { Uuid } from './primitives/uuid';
