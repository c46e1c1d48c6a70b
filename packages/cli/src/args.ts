/**
 * Command-line parsing for `samsa`. `start`: `--config <file>` names a server.properties file, `--brokers N` and
 * `--log-level L` are samsa's own flags (and `--console`, which takes no value), and every other `--<key> <value>` (or `--<key>=<value>`) is a
 * server.properties key whose value overrides the file's. Which keys exist is checked by `unknownFlagMessage`, once
 * the key table is at hand: a misspelt flag is a usage error (a misspelt key in a file stays a warning, as in Kafka).
 */
import { closest, distance } from 'fastest-levenshtein';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** pino's levels, the values `--log-level` and `SAMSA_LOG_LEVEL` take. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface StartArgs {
  readonly command: 'start';
  readonly help: boolean;
  readonly configFile: string | null;
  readonly logLevel: LogLevel | null;
  readonly overrides: Readonly<Record<string, string>>;
  /** `--console`: the web console on the admin endpoint (turned on at 127.0.0.1:9644 unless configured). */
  readonly console: boolean;
}

export type ParsedArgs =
  | StartArgs
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'ctl'; readonly argv: readonly string[] }
  | { readonly command: 'certs'; readonly argv: readonly string[] }
  /** topic, produce, consume, group, cluster, acl: parsed by commands/program.ts. */
  | { readonly command: 'kafka'; readonly argv: readonly string[] };

/** The commands that talk to a Kafka cluster (commands/program.ts). */
export const KAFKA_COMMANDS: readonly string[] = ['topic', 'produce', 'consume', 'group', 'cluster', 'acl', 'console'];

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { command: 'help' };
  if (command === '--version' || command === '-v' || command === 'version') return { command: 'version' };
  if (command === 'ctl') return { command: 'ctl', argv: rest };
  if (command === 'certs') return { command: 'certs', argv: rest };
  if (KAFKA_COMMANDS.includes(command)) return { command: 'kafka', argv };
  if (command !== 'start') throw new UsageError(`unknown command ${command}; try: samsa --help`);
  let help = false;
  let console = false;
  let configFile: string | null = null;
  let logLevel: LogLevel | null = null;
  const overrides: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--console') {
      console = true;
      continue;
    }
    if (!arg.startsWith('--') || arg.length === 2)
      throw new UsageError(`unexpected argument ${arg}; options look like --<key> <value>`);
    const eq = arg.indexOf('=');
    const key = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = rest[i + 1];
      if (next === undefined) throw new UsageError(`missing value for --${key}`);
      value = next;
      i++;
    }
    if (key === 'config') configFile = value;
    else if (key === 'log-level') logLevel = parseLogLevel(value, '--log-level');
    // `--brokers N`: N broker identities in this process (samsa.broker.count).
    else if (key === 'brokers') overrides['samsa.broker.count'] = value;
    else overrides[key] = value;
  }
  return { command: 'start', help, configFile, logLevel, overrides, console };
}

export function parseLogLevel(value: string, source: string): LogLevel {
  const level = value.trim().toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new UsageError(`${source} must be one of ${LOG_LEVELS.join(', ')}, got ${value}`);
  }
  return level as LogLevel;
}

/**
 * The usage error for the first flag that names no key, with the closest known flag as a suggestion when one is near
 * enough to be a typo; null when every flag is known.
 */
export function unknownFlagMessage(flags: readonly string[], known: readonly string[]): string | null {
  const knownSet = new Set(known);
  const unknown = flags.find((flag) => !knownSet.has(flag));
  if (unknown === undefined) return null;
  const candidates = [...known, 'brokers', 'config', 'log-level', 'console'];
  const suggestion = closest(unknown, candidates);
  // Up to a third of the flag's length in edits still reads as a typo (`listners`, `num.partition`, `log.dir`).
  const near = distance(unknown, suggestion) <= Math.max(2, Math.floor(unknown.length / 3));
  return `unknown option --${unknown}${near ? `; did you mean --${suggestion}?` : ''} (samsa start --help lists every key)`;
}
