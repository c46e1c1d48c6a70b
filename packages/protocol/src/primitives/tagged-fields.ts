// Tagged-field sections (KIP-482), present at the end of every struct in flexible versions:
//   uvarint count, then per field: uvarint tag, uvarint size, `size` bytes of value
// Tags are written in ascending order. Readers skip tags they do not know; writers emit only
// fields that differ from their default, so an all-default section is the single byte 0x00.
import type { Reader } from './reader';
import { Writer } from './writer';

/** One raw tagged field: its tag and a view of its value bytes. */
export interface RawTaggedField {
  readonly tag: number;
  readonly data: Buffer;
}

/** Reads a whole section without interpreting any tag (values are views of the frame). */
export function readRawTaggedFields(reader: Reader): RawTaggedField[] {
  const count = reader.uvarint();
  const fields: RawTaggedField[] = [];
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const tag = reader.uvarint();
    if (tag <= previous) reader.fail(`tagged fields out of order: ${tag} after ${previous}`);
    previous = tag;
    const size = reader.uvarint();
    const start = reader.offset;
    reader.skip(size);
    fields.push({ tag, data: reader.buf.subarray(start, start + size) });
  }
  return fields;
}

/** Skips a whole section. */
export function skipTaggedFields(reader: Reader): void {
  reader.skipTaggedFields();
}

/** Writes an empty section (the single byte 0x00). */
export function writeEmptyTaggedFields(writer: Writer): void {
  writer.uvarint(0);
}

/** Writes one field of a section: tag, size, then whatever `encode` writes. */
export function writeTaggedField(writer: Writer, tag: number, encode: (w: Writer) => void): void {
  const body = new Writer(64);
  encode(body);
  writer.uvarint(tag);
  writer.uvarint(body.byteLength);
  writer.append(body);
}

/** Writes a section from raw fields (sorted by tag). */
export function writeRawTaggedFields(writer: Writer, fields: readonly RawTaggedField[]): void {
  const sorted = [...fields].sort((a, b) => a.tag - b.tag);
  writer.uvarint(sorted.length);
  for (const f of sorted) {
    writer.uvarint(f.tag);
    writer.uvarint(f.data.length);
    writer.raw(f.data);
  }
}
