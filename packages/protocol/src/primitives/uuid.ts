// Kafka UUIDs: 16 bytes on the wire; in text, 22 characters of unpadded base64url (Kafka's
// Uuid.toString). The all-zero UUID means "no id" (topic ids before KIP-516, unset member ids).
import { randomBytes } from 'node:crypto';

/** A Kafka UUID in Kafka's text form: 22 characters of unpadded base64url. */
export type Uuid = string;

export const ZERO_UUID: Uuid = 'AAAAAAAAAAAAAAAAAAAAAA';
export const UUID_BYTES = 16;

const TEXT_FORM = /^[A-Za-z0-9_-]{21}[AQgw]$/;

/** True when `text` is a canonical 22-character Kafka UUID (the last character carries only 2 bits). */
export function isUuid(text: string): boolean {
  return TEXT_FORM.test(text);
}

export function uuidToBytes(text: Uuid): Buffer {
  if (!isUuid(text)) throw new TypeError(`not a Kafka UUID: ${JSON.stringify(text)}`);
  return Buffer.from(text, 'base64url');
}

export function uuidFromBytes(buf: Buffer, offset = 0): Uuid {
  // the zero id is the common case (requests by topic name); skip the base64 conversion
  if (buf.readBigUInt64BE(offset) === 0n && buf.readBigUInt64BE(offset + 8) === 0n) return ZERO_UUID;
  return buf.toString('base64url', offset, offset + UUID_BYTES);
}

/** A random version-4 UUID. Kafka never hands out ids whose text starts with '-' (they would look like CLI flags). */
export function randomUuid(): Uuid {
  for (;;) {
    const bytes = randomBytes(UUID_BYTES);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const text = uuidFromBytes(bytes);
    if (text !== ZERO_UUID && !text.startsWith('-')) return text;
  }
}
