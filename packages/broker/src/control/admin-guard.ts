/**
 * Who may use the admin endpoint. It can stop brokers, so a web page the operator happens to visit must not reach it:
 *   - Host: only the bound address (and, when bound to loopback, localhost / 127.0.0.1 / [::1]) with its port, so a
 *     DNS-rebinding page whose name now points at 127.0.0.1 is refused (403). A wildcard bind (0.0.0.0, ::) cannot
 *     know its names: any Host is taken, and the start-up warns.
 *   - Origin: a request a browser sends from another origin carries it; anything but this endpoint's own is refused
 *     (403).
 *   - POST and DELETE need Content-Type application/json (415): a page can only send that cross-origin after a CORS
 *     preflight, which this endpoint never grants.
 *   - `samsa.admin.token`: when set, everything but the probes (/healthz, /readyz) needs `Authorization: Bearer
 *     <token>`, or Basic credentials with the token as the password (what a browser sends for the web console once
 *     asked, RFC 7617; the user name is not checked) (401). The comparison takes the same time whatever the guess,
 *     and the token is never logged or echoed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Paths a process supervisor probes without credentials. */
const OPEN_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz']);
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

export interface Refusal {
  readonly status: 401 | 403 | 415;
  readonly message: string;
}

export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

export function isLoopback(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || /^::ffff:127\.\d+\.\d+\.\d+$/.test(h);
}

/** `host:port` as a Host header names it (IPv6 in brackets), lower case. */
function hostHeader(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`.toLowerCase();
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export class AdminGuard {
  /** Host header values taken; null: any (wildcard bind). */
  readonly #hosts: ReadonlySet<string> | null;
  /** SHA-256 of the token: equal-length buffers for timingSafeEqual, whatever the length of a guess. */
  readonly #token: Buffer | null;

  constructor(host: string, port: number, token: string | null) {
    if (isWildcard(host)) {
      this.#hosts = null;
    } else {
      const names = isLoopback(host) ? [host, ...LOOPBACK_NAMES] : [host];
      const hosts = new Set(names.map((n) => hostHeader(n, port)));
      // A client leaves out the default port.
      if (port === 80) for (const n of names) hosts.add(hostHeader(n, port).replace(/:80$/, ''));
      this.#hosts = hosts;
    }
    this.#token = token === null ? null : digest(token);
  }

  /** Why the endpoint should refuse the request; null when it may go on. */
  check(method: string, path: string, headers: IncomingHttpHeaders): Refusal | null {
    const host = headers.host?.toLowerCase();
    if (host === undefined || (this.#hosts !== null && !this.#hosts.has(host))) {
      return { status: 403, message: 'Host header does not name this endpoint' };
    }
    const origin = headers.origin;
    if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
      return { status: 403, message: 'cross-origin requests are refused' };
    }
    if (this.#token !== null && !OPEN_PATHS.has(path) && !this.#authorized(headers.authorization)) {
      return { status: 401, message: 'missing or wrong bearer token' };
    }
    if ((method === 'POST' || method === 'DELETE') && !isJson(headers['content-type'])) {
      return { status: 415, message: 'POST and DELETE need Content-Type: application/json' };
    }
    return null;
  }

  #authorized(authorization: string | undefined): boolean {
    const m = /^(Bearer|Basic)[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
    const credential = m?.[2] ?? '';
    // Compared even when the header is missing or malformed, so the answer takes as long either way.
    const given = digest(m?.[1]?.toLowerCase() === 'basic' ? basicPassword(credential) : credential);
    return timingSafeEqual(given, this.#token as Buffer) && m !== null;
  }
}

/** The password of RFC 7617 credentials (`base64(user:password)`); the user name may not hold a colon. */
function basicPassword(encoded: string): string {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? '' : decoded.slice(colon + 1);
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
