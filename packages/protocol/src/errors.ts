// Errors raised by the protocol layer. Decoding never crashes on bad input: every malformed frame
// becomes a ProtocolDecodeError (or a subclass) that the broker maps to INVALID_REQUEST / CORRUPT_MESSAGE
// or a closed connection. Encoding a message a version cannot carry raises UnsupportedFieldError,
// as Kafka's generated writers do.

/** Bytes that cannot be decoded: truncated, negative or absurd lengths, out-of-range values. */
export class ProtocolDecodeError extends Error {
  /** Byte offset in the frame where decoding failed. */
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(`${message} (at byte ${offset})`);
    this.name = 'ProtocolDecodeError';
    this.offset = offset;
  }
}

/** An API version the codec does not define (decode or encode). */
export class UnsupportedVersionError extends Error {
  readonly apiKey: number;
  readonly version: number;

  constructor(apiName: string, apiKey: number, version: number) {
    super(`${apiName} (key ${apiKey}) has no version ${version}`);
    this.name = 'UnsupportedVersionError';
    this.apiKey = apiKey;
    this.version = version;
  }
}

/** A value that cannot be written: a null where the version is not nullable, an int64 outside the safe range, ... */
export class ProtocolEncodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolEncodeError';
  }
}

/** A non-default value in a field the target version lacks, when the field is not ignorable. */
export class UnsupportedFieldError extends ProtocolEncodeError {
  readonly field: string;
  readonly version: number;

  constructor(field: string, version: number) {
    super(`field ${field} is not supported in version ${version}`);
    this.name = 'UnsupportedFieldError';
    this.field = field;
    this.version = version;
  }
}
