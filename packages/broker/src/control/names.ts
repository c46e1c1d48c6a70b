/**
 * Names accepted wherever the control API takes an API or an error: Kafka's API names (`Produce`, `Fetch`, ...) or
 * keys, and Kafka's error names (`NOT_LEADER_OR_FOLLOWER`) or codes. Unknown ones are a `ControlInputError`.
 */
import { ApiKey, ErrorCode, errorInfo, isErrorName } from '@samsa/protocol';

export type { ErrorName } from '@samsa/protocol';
export type ApiName = keyof typeof ApiKey;

/** Bad input to a control operation (unknown name, out-of-range value); the HTTP endpoint answers it with 400. */
export class ControlInputError extends Error {
  override readonly name = 'ControlInputError';
}

/** Bad target of a control operation (unknown broker or fault); the HTTP endpoint answers it with 404. */
export class ControlNotFoundError extends Error {
  override readonly name = 'ControlNotFoundError';
}

const API_NAME_BY_KEY: ReadonlyMap<number, string> = new Map(Object.entries(ApiKey).map(([name, key]) => [key, name]));
const API_KEY_BY_LOWER_NAME: ReadonlyMap<string, number> = new Map(
  Object.entries(ApiKey).map(([name, key]) => [name.toLowerCase(), key]),
);

export function resolveApiKey(api: number | string): number {
  if (typeof api === 'number' || /^\d+$/.test(api)) {
    const key = Number(api);
    if (!API_NAME_BY_KEY.has(key)) throw new ControlInputError(`unknown API key ${api}`);
    return key;
  }
  const key = API_KEY_BY_LOWER_NAME.get(api.toLowerCase());
  if (key === undefined) throw new ControlInputError(`unknown API ${api}`);
  return key;
}

export function apiName(key: number): string {
  return API_NAME_BY_KEY.get(key) ?? `api-${key}`;
}

export function resolveErrorCode(error: number | string): number {
  if (typeof error === 'number' || /^-?\d+$/.test(error)) {
    const code = Number(error);
    if (errorInfo(code) === undefined) throw new ControlInputError(`unknown error code ${error}`);
    return code;
  }
  const name = error.toUpperCase();
  if (!isErrorName(name)) throw new ControlInputError(`unknown error ${error}`);
  return ErrorCode[name];
}

export function errorName(code: number): string {
  return errorInfo(code)?.name ?? String(code);
}
