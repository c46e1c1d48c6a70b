/**
 * The single-page app's static files (index.html, app.js, app.css), built by `npm run build` (scripts/build-console.ts)
 * and served from memory: read once, gzipped once, sent with the browser's preferred encoding. The directory is
 * found beside the code that serves it: `dist/console/` of the installed samsa package (its bundle), `dist/web/` of
 * this package in the workspace. Only the files found there are served, by exact name, so no path can reach
 * anything else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

// The page loads nothing from anywhere else: scripts, styles and data come from this origin only.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

interface Asset {
  readonly type: string;
  readonly body: Buffer;
  readonly gzipped: Buffer;
}

/** Where the built app is, searched upward from this file: the samsa package's dist/console, or dist/web here. */
export function findAssetsDir(from: string = __dirname): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'console'), join(dir, 'dist', 'console'), join(dir, 'dist', 'web')]) {
      if (existsSync(join(candidate, 'index.html')) && existsSync(join(candidate, 'app.js'))) return candidate;
    }
    if (existsSync(join(dir, 'package.json')) || dirname(dir) === dir) return null;
  }
}

export class Assets {
  readonly #files = new Map<string, Asset>();

  constructor(dir: string) {
    for (const name of readdirSync(dir)) {
      const type = TYPES[name.slice(name.lastIndexOf('.'))];
      if (type === undefined) continue;
      const body = readFileSync(join(dir, name));
      this.#files.set(name, { type, body, gzipped: gzipSync(body, { level: 9 }) });
    }
    if (!this.#files.has('index.html')) throw new Error(`no index.html in ${dir}`);
  }

  /** Bytes of every file, plain and gzipped. */
  get sizes(): { plain: number; gzipped: number } {
    let plain = 0;
    let gzipped = 0;
    for (const a of this.#files.values()) {
      plain += a.body.length;
      gzipped += a.gzipped.length;
    }
    return { plain, gzipped };
  }

  /** `/` is the page; `/assets/<name>` a file. False for anything else. */
  serve(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const name = path === '/' || path === '/index.html' ? 'index.html' : /^\/assets\/([\w.-]+)$/.exec(path)?.[1];
    const asset = name === undefined ? undefined : this.#files.get(name);
    if (asset === undefined) return false;
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? asset.gzipped : asset.body;
    res.writeHead(200, {
      'content-type': asset.type,
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'accept-encoding',
      // The page is small and changes with the package: always revalidated, never stale after an upgrade.
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(asset.type.startsWith('text/html') ? { 'content-security-policy': CSP, 'x-frame-options': 'DENY' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
}
