// A stand-in for a generated ApiCodec that loads the codec's module the first time a message is encoded or decoded.
// The generated index exports these, so a process compiles only the codecs of the APIs it serves or calls, and only
// once they are used: the 88 codec modules are over a megabyte of code, and compiling them was most of a broker's
// start-up time. What a codec says about itself (key, versions, header versions) is given up front, so building
// the handler registry or reading a request header loads nothing.
import type { ApiCodec } from './api-codec';

export type CodecDescription = Pick<
  ApiCodec<unknown, unknown>,
  | 'apiKey'
  | 'name'
  | 'validVersions'
  | 'firstFlexibleVersion'
  | 'deprecatedVersions'
  | 'latestVersionUnstable'
  | 'listeners'
  | 'sensitiveFields'
  | 'requestHeaderVersion'
  | 'responseHeaderVersion'
>;

export function lazyCodec<Req, Res>(description: CodecDescription, load: () => ApiCodec<Req, Res>): ApiCodec<Req, Res> {
  let loaded: ApiCodec<Req, Res> | undefined;
  const codec = (): ApiCodec<Req, Res> => (loaded ??= load());
  return {
    ...description,
    decodeRequest: (reader, version) => codec().decodeRequest(reader, version),
    encodeRequest: (writer, version, message) => codec().encodeRequest(writer, version, message),
    decodeResponse: (reader, version) => codec().decodeResponse(reader, version),
    encodeResponse: (writer, version, message) => codec().encodeResponse(writer, version, message),
    defaultRequest: () => codec().defaultRequest(),
    defaultResponse: () => codec().defaultResponse(),
  };
}
