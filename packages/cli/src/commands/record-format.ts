/**
 * Record formats, as rpk's and kcat's `-f`: text with directives, read by `produce` and written by `consume`.
 *
 *   %t topic   %p partition   %o offset   %e leader epoch   %T timestamp (ms)   %k key   %v value
 *   %K key length   %V value length   %H header count   %h{...} the headers, each printed (or read) with the
 *   text in braces, where %k and %v are the header's key and value   %% a percent sign; \n \t \r \\ escapes
 *
 * Reading: each directive's text runs up to the literal text that follows it; a format that does not end in literal
 * text ends with a newline. `json` is one JSON object per line instead (see jsonRecord).
 */
import type { ConsumedRecord, RecordHeader } from '@samsa/client';

export type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'field'; readonly field: string }
  | { readonly kind: 'headers'; readonly inner: readonly Token[] };

const FIELDS = new Set(['t', 'p', 'o', 'e', 'T', 'k', 'v', 'K', 'V', 'H']);

export function parseFormat(format: string): Token[] {
  const [tokens, end] = parseTokens(format, 0, false);
  if (end !== format.length) throw new Error(`unexpected '}' at ${end} in format`);
  return tokens;
}

function parseTokens(format: string, start: number, inBraces: boolean): [Token[], number] {
  const tokens: Token[] = [];
  let literal = '';
  const flush = (): void => {
    if (literal !== '') tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };
  let i = start;
  while (i < format.length) {
    const c = format[i] as string;
    if (c === '}' && inBraces) {
      flush();
      return [tokens, i];
    }
    if (c === '\\' && i + 1 < format.length) {
      const n = format[i + 1] as string;
      literal += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n === '0' ? '\0' : n;
      i += 2;
      continue;
    }
    if (c === '%' && i + 1 < format.length) {
      const d = format[i + 1] as string;
      if (d === '%') {
        literal += '%';
        i += 2;
        continue;
      }
      if (d === 'h' && format[i + 2] === '{') {
        if (inBraces) throw new Error('%h{...} cannot nest');
        flush();
        const [inner, close] = parseTokens(format, i + 3, true);
        if (format[close] !== '}') throw new Error("%h{ without its '}'");
        tokens.push({ kind: 'headers', inner });
        i = close + 1;
        continue;
      }
      if (!FIELDS.has(d)) throw new Error(`unknown directive %${d} in format`);
      flush();
      tokens.push({ kind: 'field', field: d });
      i += 2;
      continue;
    }
    literal += c;
    i++;
  }
  if (inBraces) throw new Error("%h{ without its '}'");
  flush();
  return [tokens, i];
}

export type BinaryEncoding = 'hex' | 'base64' | 'raw';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as UTF-8 text when they are valid UTF-8, else in the chosen encoding. */
export function bytesText(
  b: Buffer | null,
  binary: BinaryEncoding,
): { text: string | null; encoding: 'utf8' | BinaryEncoding } {
  if (b === null) return { text: null, encoding: 'utf8' };
  try {
    return { text: UTF8.decode(b), encoding: 'utf8' };
  } catch {
    if (binary === 'raw') return { text: b.toString('latin1'), encoding: 'raw' };
    return { text: b.toString(binary), encoding: binary };
  }
}

export interface WriteOptions {
  readonly binary: BinaryEncoding;
  readonly pretty: boolean;
}

function valueText(b: Buffer | null, options: WriteOptions): string {
  if (b === null) return '';
  const { text, encoding } = bytesText(b, options.binary);
  if (text !== null && encoding === 'utf8' && options.pretty) {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      return text;
    }
  }
  return text ?? '';
}

/** One record written with the format; `raw` binary keeps the bytes. */
export function formatRecord(tokens: readonly Token[], r: ConsumedRecord, options: WriteOptions): Buffer {
  const parts: Buffer[] = [];
  const put = (s: string): void => {
    parts.push(Buffer.from(s, 'utf8'));
  };
  const bytes = (b: Buffer | null): void => {
    if (b !== null && options.binary === 'raw' && bytesText(b, 'raw').encoding === 'raw') parts.push(b);
    else put(valueText(b, options));
  };
  const write = (list: readonly Token[], header: RecordHeader | null): void => {
    for (const t of list) {
      if (t.kind === 'literal') put(t.text);
      else if (t.kind === 'headers') for (const h of r.headers) write(t.inner, h);
      else if (header !== null && t.field === 'k') put(header.key);
      else if (header !== null && t.field === 'v') bytes(header.value);
      else if (t.field === 't') put(r.topic);
      else if (t.field === 'p') put(String(r.partition));
      else if (t.field === 'o') put(String(r.offset));
      else if (t.field === 'e') put(String(r.leaderEpoch));
      else if (t.field === 'T') put(String(r.timestamp));
      else if (t.field === 'k') bytes(r.key);
      else if (t.field === 'v') bytes(r.value);
      else if (t.field === 'K') put(String(r.key?.length ?? -1));
      else if (t.field === 'V') put(String(r.value?.length ?? -1));
      else if (t.field === 'H') put(String(r.headers.length));
    }
  };
  write(tokens, null);
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
}

/** The JSON form of a record (consume --json, produce --format json): bytes as text, or encoded and marked. */
export function jsonRecord(r: ConsumedRecord, options: WriteOptions): Record<string, unknown> {
  const binary = options.binary === 'raw' ? 'base64' : options.binary;
  const key = bytesText(r.key, binary);
  const value = bytesText(r.value, binary);
  let parsedValue: unknown = value.text;
  if (options.pretty && value.encoding === 'utf8' && value.text !== null) {
    try {
      parsedValue = JSON.parse(value.text);
    } catch {
      parsedValue = value.text;
    }
  }
  return {
    topic: r.topic,
    partition: r.partition,
    offset: r.offset,
    timestamp: r.timestamp,
    key: key.text,
    ...(key.encoding !== 'utf8' ? { keyEncoding: key.encoding } : {}),
    value: parsedValue,
    ...(value.encoding !== 'utf8' ? { valueEncoding: value.encoding } : {}),
    headers: r.headers.map((h) => {
      const v = bytesText(h.value, binary);
      return { key: h.key, value: v.text, ...(v.encoding !== 'utf8' ? { valueEncoding: v.encoding } : {}) };
    }),
  };
}

/** A record read from input. */
export interface InputRecord {
  topic?: string;
  partition?: number;
  timestamp?: number;
  key?: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}

function decodeText(text: string | null | undefined, encoding: unknown): Buffer | null {
  if (text === null || text === undefined) return null;
  if (encoding === 'hex' || encoding === 'base64') return Buffer.from(text, encoding);
  return Buffer.from(text, 'utf8');
}

/** One line of JSON input: {key, value, headers, partition, timestamp} (value: a string, or any JSON, kept as JSON). */
export function parseJsonRecord(line: string): InputRecord {
  const o = JSON.parse(line) as Record<string, unknown>;
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new Error('expected a JSON object');
  const value =
    typeof o['value'] === 'string' || o['value'] === null || o['value'] === undefined
      ? decodeText(o['value'] as string | null | undefined, o['valueEncoding'])
      : Buffer.from(JSON.stringify(o['value']), 'utf8');
  const headers: RecordHeader[] = [];
  const h = o['headers'];
  if (Array.isArray(h)) {
    for (const e of h as { key: string; value: string | null; valueEncoding?: string }[])
      headers.push({ key: String(e.key), value: decodeText(e.value, e.valueEncoding) });
  } else if (h !== null && typeof h === 'object') {
    for (const [k, v] of Object.entries(h as Record<string, unknown>))
      headers.push({ key: k, value: v === null ? null : Buffer.from(String(v), 'utf8') });
  }
  return {
    ...(typeof o['topic'] === 'string' ? { topic: o['topic'] } : {}),
    ...(typeof o['partition'] === 'number' ? { partition: o['partition'] } : {}),
    ...(typeof o['timestamp'] === 'number' ? { timestamp: o['timestamp'] } : {}),
    ...(o['key'] !== undefined ? { key: decodeText(o['key'] as string | null, o['keyEncoding']) } : {}),
    value,
    headers,
  };
}

/**
 * Reads records from a stream of bytes with a format. `next(data, offset, eof)` returns the record at `offset` and
 * where the next starts, or null when more input is needed (or at the end of the input).
 */
export class FormatReader {
  readonly #tokens: readonly Token[];

  constructor(tokens: readonly Token[]) {
    const last = tokens.at(-1);
    this.#tokens = last?.kind === 'literal' ? tokens : [...tokens, { kind: 'literal', text: '\n' }];
  }

  next(data: Buffer, offset: number, eof: boolean): { record: InputRecord; end: number } | null {
    if (offset >= data.length) return null;
    const record: InputRecord = { value: null, headers: [] };
    const end = this.#read(this.#tokens, data, offset, eof, record, null);
    return end === null ? null : { record, end };
  }

  #read(
    tokens: readonly Token[],
    data: Buffer,
    start: number,
    eof: boolean,
    record: InputRecord,
    header: { key: string; value: Buffer | null } | null,
  ): number | null {
    let pos = start;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const following = tokens[i + 1];
      if (t.kind === 'literal') {
        const lit = Buffer.from(t.text, 'utf8');
        if (data.length - pos < lit.length) {
          // The last literal may be missing at the very end of the input (a last line without its newline).
          if (eof && i === tokens.length - 1 && header === null && pos === data.length) return pos;
          if (!eof) return null;
          throw new FormatError(`expected ${JSON.stringify(t.text)} at byte ${pos}`);
        }
        if (!data.subarray(pos, pos + lit.length).equals(lit))
          throw new FormatError(`expected ${JSON.stringify(t.text)} at byte ${pos}`);
        pos += lit.length;
        continue;
      }
      if (t.kind === 'headers') {
        const stop = following?.kind === 'literal' ? Buffer.from(following.text, 'utf8') : null;
        for (;;) {
          if (stop !== null && data.length - pos >= stop.length && data.subarray(pos, pos + stop.length).equals(stop))
            break;
          if (pos >= data.length) {
            if (!eof) return null;
            break;
          }
          const h = { key: '', value: null as Buffer | null };
          const next = this.#read(t.inner, data, pos, eof, record, h);
          if (next === null) return null;
          if (next === pos) break;
          record.headers.push(h);
          pos = next;
        }
        continue;
      }
      if (following !== undefined && following.kind !== 'literal')
        throw new FormatError('two directives in a row: put literal text between them');
      let end: number;
      if (following === undefined) end = data.length;
      else {
        const at = data.indexOf(Buffer.from(following.text, 'utf8'), pos);
        if (at < 0) {
          if (!eof) return null;
          if (i + 1 !== tokens.length - 1 || header !== null)
            throw new FormatError(`expected ${JSON.stringify(following.text)} after byte ${pos}`);
          end = data.length;
        } else end = at;
      }
      const text = data.subarray(pos, end);
      assign(t.field, text, record, header);
      pos = end;
    }
    return pos;
  }
}

export class FormatError extends Error {
  override name = 'FormatError';
}

function assign(
  field: string,
  text: Buffer,
  record: InputRecord,
  header: { key: string; value: Buffer | null } | null,
): void {
  const s = (): string => text.toString('utf8');
  const num = (what: string): number => {
    if (!/^-?\d+$/.test(s())) throw new FormatError(`${what} must be an integer, got ${JSON.stringify(s())}`);
    return Number(s());
  };
  if (header !== null && field === 'k') header.key = s();
  else if (header !== null && field === 'v') header.value = Buffer.from(text);
  else if (field === 'k') record.key = Buffer.from(text);
  else if (field === 'v') record.value = Buffer.from(text);
  else if (field === 't') record.topic = s();
  else if (field === 'p') record.partition = num('%p');
  else if (field === 'T') record.timestamp = num('%T');
  // %o %e %K %V %H are output-only: read and ignored.
}
