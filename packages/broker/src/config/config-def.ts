/**
 * Typed configuration keys in the manner of Kafka's ConfigDef: each key has a type, a default (as the string Kafka
 * would print), an optional validator and a one-line meaning. Values arrive as strings (properties files, CLI flags,
 * CreateTopics configs) or as JS scalars (embedding API) and are parsed per type; a bad value is a `ConfigError`.
 *
 * `long` values are range-checked as 64-bit integers (Long.MAX_VALUE is a common "never" default) and then carried as
 * `number`; values beyond 2^53 only ever mean "effectively infinite", so the precision loss is harmless.
 */
/** `password`: a string that is never shown (DescribeConfigs answers null, errors say [hidden]), as in Kafka. */
export type ConfigType = 'int' | 'short' | 'long' | 'double' | 'boolean' | 'string' | 'list' | 'password';
export type ConfigValue = number | boolean | string | readonly string[] | null;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly key: string,
    readonly value: unknown,
    reason: string,
  ) {
    super(`Invalid value ${String(value)} for configuration ${key}: ${reason}`);
  }
}

export type Validator = (key: string, value: ConfigValue) => void;

export interface ConfigKey {
  readonly name: string;
  readonly type: ConfigType;
  /** Kafka's default in string form, or null when the key has no default. */
  readonly default: string | null;
  readonly validator?: Validator;
  readonly doc: string;
}

export const LONG_MAX = '9223372036854775807';
export const INT_MAX = 2147483647;

const INT_RANGE: Record<'int' | 'short' | 'long', readonly [bigint, bigint]> = {
  short: [-32768n, 32767n],
  int: [-2147483648n, 2147483647n],
  long: [-9223372036854775808n, 9223372036854775807n],
};

export function atLeast(min: number): Validator {
  return (key, value) => {
    if (typeof value === 'number' && value < min) throw new ConfigError(key, value, `Value must be at least ${min}`);
  };
}

export function between(min: number, max: number): Validator {
  return (key, value) => {
    if (typeof value === 'number' && (value < min || value > max)) {
      throw new ConfigError(key, value, `Value must be no less than ${min} and no more than ${max}`);
    }
  };
}

export function oneOf(...allowed: string[]): Validator {
  return (key, value) => {
    if (typeof value === 'string' && !allowed.includes(value)) {
      throw new ConfigError(key, value, `String must be one of: ${allowed.join(', ')}`);
    }
  };
}

/** Kafka's CaseInsensitiveValidString. */
export function oneOfIgnoringCase(...allowed: string[]): Validator {
  return (key, value) => {
    if (typeof value === 'string' && !allowed.includes(value.toLowerCase())) {
      throw new ConfigError(key, value, `String must be one of (case insensitive): ${allowed.join(', ')}`);
    }
  };
}

/** A non-empty list of the allowed values, each at most once (Kafka's ValidList.in / anyNonDuplicateValues). */
export function nonEmptyDistinctListOf(...allowed: string[]): Validator {
  return (key, value) => {
    if (!Array.isArray(value)) return;
    const items = value as readonly string[];
    if (items.length === 0) throw new ConfigError(key, value, 'empty list is not allowed');
    if (new Set(items).size !== items.length) throw new ConfigError(key, value, 'values must not be duplicated');
    listOf(...allowed)(key, value);
  };
}

/** What a sensitive value is replaced with in error messages (Kafka's Password.HIDDEN). */
export const HIDDEN = '[hidden]';

/** A secret sent in an HTTP header: visible ASCII, no spaces. The message never repeats the value. */
export function headerToken(): Validator {
  return (key, value) => {
    if (typeof value === 'string' && !/^[\x21-\x7e]+$/.test(value)) {
      throw new ConfigError(key, HIDDEN, 'must be visible ASCII characters without spaces');
    }
  };
}

export function listOf(...allowed: string[]): Validator {
  return (key, value) => {
    if (!Array.isArray(value)) return;
    for (const item of value as readonly string[]) {
      if (!allowed.includes(item))
        throw new ConfigError(key, value, `Invalid value ${item}; must be one of: [${allowed.join(', ')}]`);
    }
  };
}

/** Parses a raw value to the key's type and runs its validator. `null`/`undefined` yield the default. */
export function parseConfigValue(key: ConfigKey, raw: unknown): ConfigValue {
  const source = raw === undefined || raw === null ? key.default : raw;
  if (source === null) return null;
  const value = coerce(key, source);
  key.validator?.(key.name, value);
  return value;
}

function coerce(key: ConfigKey, raw: unknown): ConfigValue {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (key.type) {
    case 'int':
    case 'short':
    case 'long': {
      const s = typeof text === 'number' ? String(text) : text;
      if (typeof s !== 'string' || !/^[+-]?\d+$/.test(s) || !inRange(BigInt(s), INT_RANGE[key.type])) {
        throw new ConfigError(key.name, raw, `Not a number of type ${key.type.toUpperCase()}`);
      }
      const big = BigInt(s);
      return Number(big);
    }
    case 'double': {
      const n = typeof text === 'number' ? text : typeof text === 'string' && text !== '' ? Number(text) : NaN;
      if (!Number.isFinite(n)) throw new ConfigError(key.name, raw, 'Not a number of type DOUBLE');
      return n;
    }
    case 'boolean': {
      if (typeof text === 'boolean') return text;
      if (typeof text === 'string' && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
      throw new ConfigError(key.name, raw, 'Expected value to be either true or false');
    }
    case 'string':
      if (typeof text === 'string' || typeof text === 'number' || typeof text === 'boolean') return String(text);
      throw new ConfigError(key.name, raw, 'Expected value to be a string');
    case 'password':
      if (typeof text === 'string' || typeof text === 'number') return String(text);
      throw new ConfigError(key.name, HIDDEN, 'Expected value to be a string');
    case 'list': {
      if (Array.isArray(text)) return text.map((v) => String(v).trim()).filter((v) => v !== '');
      if (typeof text !== 'string') throw new ConfigError(key.name, raw, 'Expected a comma separated list');
      return text === ''
        ? []
        : text
            .split(',')
            .map((v) => v.trim())
            .filter((v) => v !== '');
    }
  }
}

function inRange(value: bigint, [lo, hi]: readonly [bigint, bigint]): boolean {
  return value >= lo && value <= hi;
}

/** The string form Kafka reports for a value (lists comma-joined). */
export function formatConfigValue(value: ConfigValue): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** Validates a raw value and returns the canonical string Kafka would store and report (exact for 64-bit values). */
export function canonicalConfigString(key: ConfigKey, raw: unknown): string | null {
  const value = parseConfigValue(key, raw);
  if (value === null) return null;
  if (key.type === 'int' || key.type === 'short' || key.type === 'long') {
    const source = raw === undefined || raw === null ? key.default : raw;
    return BigInt(String(source).trim()).toString();
  }
  return formatConfigValue(value);
}
