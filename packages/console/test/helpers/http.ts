/** HTTP as the tests need it: node:http, which sends the Host, Origin and Content-Type headers exactly as given. */
import { request } from 'node:http';

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
  readonly text: string;
  json<T = Record<string, unknown>>(): T;
}

export function send(
  url: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const { hostname, port, host } = new URL(url);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = {
    host,
    ...(body === undefined
      ? {}
      : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port: Number(port), method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: buf,
          text: buf.toString('utf8'),
          json: <T>() => JSON.parse(buf.toString('utf8')) as T,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** GET a JSON route and expect 200. */
export async function getJson<T = Record<string, unknown>>(url: string, path: string): Promise<T> {
  const res = await send(url, 'GET', path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text}`);
  return res.json<T>();
}

export async function postJson<T = Record<string, unknown>>(url: string, path: string, body: unknown): Promise<T> {
  const res = await send(url, 'POST', path, { body });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text}`);
  return res.json<T>();
}
