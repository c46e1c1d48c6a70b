/**
 * Command-line parsing for `samsa start`: `--config <file>` names a server.properties file; every other
 * `--<key> <value>` (or `--<key>=<value>`) is a server.properties key whose value overrides the file's.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface StartArgs {
  readonly command: 'start';
  readonly help: boolean;
  readonly configFile: string | null;
  readonly overrides: Readonly<Record<string, string>>;
}

export type ParsedArgs =
  | StartArgs
  | { readonly command: 'help' }
  | { readonly command: 'ctl'; readonly argv: readonly string[] };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { command: 'help' };
  if (command === 'ctl') return { command: 'ctl', argv: rest };
  if (command !== 'start') throw new UsageError(`unknown command ${command}; try: samsa start --help`);
  let help = false;
  let configFile: string | null = null;
  const overrides: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
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
    // `--brokers N`: N broker identities in this process (samsa.broker.count).
    else if (key === 'brokers') overrides['samsa.broker.count'] = value;
    else overrides[key] = value;
  }
  return { command: 'start', help, configFile, overrides };
}
