/**
 * Java `.properties` parsing, as `java.util.Properties.load` reads a file:
 * - a line whose first non-blank character is `#` or `!` is a comment;
 * - the key ends at the first unescaped `=`, `:` or whitespace; blanks around the separator are dropped;
 * - a line ending in an odd number of backslashes continues on the next line (leading blanks of that line dropped);
 * - escapes: `\t \n \r \f \\ \uXXXX`, and a backslash before any other character yields that character.
 * Later keys override earlier ones. Returns entries in file order.
 */
export class PropertiesSyntaxError extends Error {
  override readonly name = 'PropertiesSyntaxError';
}

export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = stripLeading(lines[i] ?? '');
    if (line === '' || line[0] === '#' || line[0] === '!') continue;
    while (endsWithContinuation(line) && i + 1 < lines.length) {
      line = line.slice(0, -1) + stripLeading(lines[++i] ?? '');
    }
    if (endsWithContinuation(line)) line = line.slice(0, -1);
    const [rawKey, rawValue] = splitKeyValue(line);
    out.set(unescapeValue(rawKey, i + 1), unescapeValue(rawValue, i + 1));
  }
  return out;
}

function stripLeading(s: string): string {
  return s.replace(/^[ \t\f]+/, '');
}

function endsWithContinuation(s: string): boolean {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

function splitKeyValue(line: string): [string, string] {
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '=' || c === ':' || c === ' ' || c === '\t' || c === '\f') break;
    i++;
  }
  const key = line.slice(0, Math.min(i, line.length));
  let j = i;
  while (j < line.length && (line[j] === ' ' || line[j] === '\t' || line[j] === '\f')) j++;
  if (j < line.length && (line[j] === '=' || line[j] === ':')) j++;
  while (j < line.length && (line[j] === ' ' || line[j] === '\t' || line[j] === '\f')) j++;
  return [key, line.slice(j)];
}

function unescapeValue(s: string, lineNo: number): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = s[++i];
    if (n === undefined) break;
    switch (n) {
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 'f':
        out += '\f';
        break;
      case 'u': {
        const hex = s.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new PropertiesSyntaxError(`line ${lineNo}: malformed \\uxxxx escape`);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
        break;
      }
      default:
        out += n;
    }
  }
  return out;
}
