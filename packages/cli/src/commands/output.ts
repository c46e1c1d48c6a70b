/**
 * Printing results: `--format text` (the default) is an aligned table with bold headers on a terminal and
 * tab-separated columns otherwise (no colour when NO_COLOR is set, https://no-color.org); `json` is one stable JSON
 * document (keys as documented per command, for scripts); `yaml` is the same document as YAML.
 */
import { Option } from 'commander';
import { stringify as toYaml } from 'yaml';
import type { CliIo } from './io';

export type OutputFormat = 'text' | 'json' | 'yaml';

export function formatOption(): Option {
  return new Option('--format <format>', 'output: text (a table), json or yaml')
    .choices(['text', 'json', 'yaml'])
    .default('text');
}

export function colours(io: CliIo): boolean {
  return io.stdout.isTTY === true && (io.env['NO_COLOR'] ?? '') === '' && io.env['TERM'] !== 'dumb';
}

const BOLD = (s: string): string => `\u001b[1m${s}\u001b[22m`;
const RED = (s: string): string => `\u001b[31m${s}\u001b[39m`;
const GREEN = (s: string): string => `\u001b[32m${s}\u001b[39m`;

/** Colours a status word (OK, an error name) when colours are on. */
export function status(io: CliIo, ok: boolean, text: string): string {
  if (!colours(io)) return text;
  return ok ? GREEN(text) : RED(text);
}

export type Cell = string | number | boolean | null | undefined;

/** Renders rows under headers: aligned on a terminal, tab-separated otherwise. */
export function table(io: CliIo, headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((r) => r.map((c) => (c === null || c === undefined ? '-' : String(c))));
  if (io.stdout.isTTY !== true) return [headers, ...text].map((r) => `${r.join('\t')}\n`).join('');
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((r) => visibleLength(r[i] ?? ''))));
  const line = (cells: readonly string[], head: boolean): string =>
    `${cells
      .map((c, i) => {
        const padded = c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - visibleLength(c)));
        return head && colours(io) ? BOLD(padded) : padded;
      })
      .join('  ')
      .trimEnd()}\n`;
  return line(headers, true) + text.map((r) => line(r, false)).join('');
}

/** `KEY  value` lines for a single object's fields. */
export function fields(io: CliIo, entries: readonly (readonly [string, Cell])[]): string {
  const width = Math.max(...entries.map(([k]) => k.length));
  return entries
    .map(([k, v]) => {
      const label = k.padEnd(width);
      return `${colours(io) ? BOLD(label) : label}  ${v === null || v === undefined ? '-' : String(v)}\n`;
    })
    .join('');
}

function visibleLength(s: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are not printed width
  return s.replace(/\u001b\[[0-9;]*m/g, '').length;
}

/** Prints `data` as JSON or YAML, or `text()` for the text format. */
export function print(io: CliIo, format: OutputFormat, data: unknown, text: () => string): void {
  if (format === 'json') io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else if (format === 'yaml') io.stdout.write(toYaml(data));
  else io.stdout.write(text());
}

export function section(io: CliIo, title: string): string {
  return colours(io) ? `${BOLD(title)}\n` : `${title}\n`;
}
