/**
 * Kafka's SslPrincipalMapper (`ssl.principal.mapping.rules`): a comma-separated list of rules tried in order on the
 * client certificate's subject (RFC 2253); the first that applies names the principal. `DEFAULT` takes the subject
 * as it is; `RULE:pattern/replacement/` applies when the Java regex `pattern` matches the whole subject and gives
 * the subject with the pattern replaced (`$1` ...), `/L` or `/U` lower- or upper-casing the result. A subject no rule
 * applies to is refused (Kafka's NoMatchingRule fails the handshake).
 */
import { ConfigError } from '../../config';

interface Rule {
  readonly text: string;
  apply(dn: string): string | null;
}

const RULE_PATTERN = String.raw`(DEFAULT)|RULE:((\\.|[^\\/])*)/((\\.|[^\\/])*)/([LU]?).*?|(.*?)`;
const RULE_SPLITTER = new RegExp(String.raw`\s*(${RULE_PATTERN})\s*(,\s*|$)`, 'y');

export class PrincipalMapper {
  readonly #rules: readonly Rule[];

  constructor(rules: string) {
    this.#rules = parseRules(rules);
  }

  /** The principal name of `dn`, or null when no rule applies. */
  name(dn: string): string | null {
    for (const rule of this.#rules) {
      const name = rule.apply(dn);
      if (name !== null) return name;
    }
    return null;
  }

  toString(): string {
    return this.#rules.map((r) => r.text).join(', ');
  }
}

function parseRules(text: string): Rule[] {
  const rules: Rule[] = [];
  const source = text.trim();
  RULE_SPLITTER.lastIndex = 0;
  while (RULE_SPLITTER.lastIndex < source.length) {
    const start = RULE_SPLITTER.lastIndex;
    const m = RULE_SPLITTER.exec(source);
    if (!m || RULE_SPLITTER.lastIndex === start) throw invalid(text, source.slice(start));
    if (m[2] !== undefined) rules.push(defaultRule());
    else if (m[3] !== undefined) rules.push(regexRule(text, m[1] as string, m[3], m[5] ?? '', m[7] ?? ''));
    else if ((m[8] ?? '') !== '') throw invalid(text, m[8] as string);
  }
  return rules;
}

function defaultRule(): Rule {
  return { text: 'DEFAULT', apply: (dn) => dn };
}

function regexRule(all: string, text: string, pattern: string, replacement: string, casing: string): Rule {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${pattern})$`);
  } catch {
    throw invalid(all, text);
  }
  const global = new RegExp(pattern, 'g');
  // Java's replaceAll takes $n and \x escapes; JS's replace takes $n too, so only the backslash escapes differ.
  const jsReplacement = replacement.replace(/\\(.)/g, (_m, c: string) => (c === '$' ? '$$' : c));
  return {
    text,
    apply(dn) {
      if (!re.test(dn)) return null;
      const out = dn.replace(global, jsReplacement);
      return casing === 'L' ? out.toLowerCase() : casing === 'U' ? out.toUpperCase() : out;
    },
  };
}

function invalid(all: string, rule: string): ConfigError {
  return new ConfigError('ssl.principal.mapping.rules', all, `Invalid rule: ${rule}`);
}
