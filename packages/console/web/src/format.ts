/** How numbers, sizes, times and record bytes read on the page. */

const NUMBER = new Intl.NumberFormat('en');

export function num(n: number | null | undefined): string {
  return n === null || n === undefined || n < 0 ? '–' : NUMBER.format(n);
}

export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined || n < 0) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

export function rate(n: number | null | undefined, unit: string): string {
  if (n === null || n === undefined) return '–';
  return unit === 'B' ? `${bytes(Math.round(n))}/s` : `${NUMBER.format(Math.round(n))} ${unit}/s`;
}

export function time(ms: number): string {
  if (ms < 0) return '–';
  const d = new Date(ms);
  const pad = (x: number, w = 2): string => String(x).padStart(w, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as text, or null when they are not UTF-8 or hold control characters other than whitespace. */
export function utf8(data: Uint8Array): string | null {
  try {
    const text = STRICT_UTF8.decode(data);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: binary data shows as hex, not as control characters
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

export function hex(data: Uint8Array): string {
  const parts: string[] = [];
  for (const b of data) parts.push(b.toString(16).padStart(2, '0'));
  return parts.join(' ');
}

export type Shown =
  | { kind: 'null' }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'hex'; text: string };

export type Format = 'auto' | 'text' | 'json' | 'hex';

/** A key or value as the chosen format shows it (auto: JSON when it parses, else text when UTF-8, else hex). */
export function show(b64: string | null, format: Format): Shown {
  if (b64 === null) return { kind: 'null' };
  const data = fromBase64(b64);
  if (format === 'hex') return { kind: 'hex', text: hex(data) };
  const text = utf8(data);
  if (text === null) return { kind: 'hex', text: hex(data) };
  if (format === 'text') return { kind: 'text', text };
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || format === 'json') {
    try {
      return { kind: 'json', value: JSON.parse(text) };
    } catch {
      // not JSON: shown as text
    }
  }
  return { kind: 'text', text };
}

/** `key=value` lines into an object (blank lines and `#` comments skipped). */
export function keyValueLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const eq = t.indexOf('=');
    if (eq <= 0) throw new Error(`expected key=value, got ${t}`);
    out[t.slice(0, eq).trim()] = t.slice(eq + 1).trim();
  }
  return out;
}
