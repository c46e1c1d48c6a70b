/**
 * The console's HTTP plumbing: JSON answers, JSON bodies (bounded), a route table of method and path pattern, and
 * the errors a route throws. Kafka's refusals (a `BrokerError` from the client, e.g. TOPIC_ALREADY_EXISTS) answer
 * 409 with the error name, as the admin endpoint does; a broker that cannot be reached answers 502.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BrokerError, ConnectionError } from '@samsa/client';

const MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Json = Record<string, unknown>;

export interface RouteContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  body(): Promise<Json>;
}

/** A route answers with a JSON value (200), or writes the response itself and resolves `STREAMED`. */
export type RouteHandler = (ctx: RouteContext) => Promise<unknown> | unknown;
export const STREAMED: unique symbol = Symbol('streamed');

export interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly handler: RouteHandler;
}

export function route(method: string, path: string, handler: RouteHandler): Route {
  // `:name` matches one path segment.
  const pattern = new RegExp(`^${path.replace(/:[a-z]+/g, '([^/]+)')}$`);
  return { method, pattern, handler };
}

/** Answers the request if a route matches; false otherwise. */
export async function dispatch(
  routes: readonly Route[],
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  onError: (err: unknown) => void,
): Promise<boolean> {
  const path = url.pathname.replace(/\/+$/, '');
  let params: string[] | null = null;
  const found = routes.find((r) => {
    if (r.method !== req.method) return false;
    const m = r.pattern.exec(path);
    if (m !== null) params = m.slice(1).map((p) => decodeURIComponent(p));
    return m !== null;
  });
  if (found === undefined) return false;
  try {
    const answer = await found.handler({
      req,
      res,
      params: params ?? [],
      query: url.searchParams,
      body: () => readJsonBody(req),
    });
    if (answer !== STREAMED) sendJson(res, 200, answer ?? { ok: true });
  } catch (err) {
    const [status, payload] = errorPayload(err);
    if (status >= 500 && status !== 502) onError(err);
    if (!res.headersSent) sendJson(res, status, payload);
    else res.end();
  }
  return true;
}

export function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function errorPayload(err: unknown): [number, Json] {
  if (err instanceof HttpError) return [err.status, { error: err.message }];
  if (err instanceof BrokerError) return [409, { error: err.describe(), kafkaError: err.errorName }];
  if (err instanceof ConnectionError) return [502, { error: err.message }];
  return [500, { error: err instanceof Error ? err.message : String(err) }];
}

export async function readJsonBody(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  if (size === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new HttpError(400, 'request body must be a JSON object');
  return parsed as Json;
}

/** Typed reads of a JSON body or query, each throwing 400 with the field's name. */
export function intField(value: unknown, name: string, min = Number.MIN_SAFE_INTEGER): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min)
    throw new HttpError(400, `${name} must be an integer${min > Number.MIN_SAFE_INTEGER ? ` >= ${min}` : ''}`);
  return n;
}

export function stringField(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw new HttpError(400, `${name} must be a non-empty string`);
  return value;
}

export function optionalString(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new HttpError(400, `${name} must be a string`);
  return value;
}
