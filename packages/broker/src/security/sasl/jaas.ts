/**
 * Kafka's `sasl.jaas.config` value (JAAS syntax, one login module): `<LoginModule class> <flag> key="value" ...;`.
 * The broker reads the options of the listener's per-mechanism entry: PlainLoginModule's `user_<name>="<password>"`
 * users, OAuthBearerLoginModule's `unsecuredValidator*` options. Values may be quoted (with `\` escapes) or bare.
 */
import { ConfigError } from '../../config';

export interface JaasEntry {
  readonly loginModule: string;
  readonly flag: string;
  readonly options: ReadonlyMap<string, string>;
}

const TOKEN = /\s*("(?:[^"\\]|\\.)*"|[^\s=;"]+|=|;)/y;

export function parseJaasConfig(key: string, text: string): JaasEntry {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const source = text.trim();
  while (TOKEN.lastIndex < source.length) {
    const m = TOKEN.exec(source);
    if (!m) throw bad(key, 'unexpected character');
    tokens.push(m[1] as string);
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
  }
  const [loginModule, flag, ...rest] = tokens;
  if (!loginModule || !flag || !/^(required|requisite|sufficient|optional)$/i.test(flag))
    throw bad(key, 'expected <LoginModule> <required|requisite|sufficient|optional> option="value" ...;');
  if (rest.at(-1) !== ';') throw bad(key, 'the login module entry must end with ;');
  if (rest.slice(0, -1).includes(';')) throw bad(key, 'only one login module may be configured');
  const options = new Map<string, string>();
  const body = rest.slice(0, -1);
  for (let i = 0; i < body.length; i += 3) {
    const name = body[i];
    const value = body[i + 2];
    if (name === undefined || body[i + 1] !== '=' || value === undefined || name.startsWith('"'))
      throw bad(key, 'options must be name="value" pairs');
    options.set(name, value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value);
  }
  return { loginModule, flag, options };
}

function bad(key: string, reason: string): ConfigError {
  // The value holds passwords: never repeat it.
  return new ConfigError(key, '[hidden]', `Invalid JAAS configuration: ${reason}`);
}
