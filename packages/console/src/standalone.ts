/**
 * `samsa console --brokers host:9092`: the console on a server of its own, for any Kafka cluster (no fault panel:
 * only samsa has one). The same guard as samsa's admin endpoint stands in front of it (Host and Origin checks, JSON
 * writes, an optional token taken as a bearer token or a Basic password), since the page can create and delete
 * topics and write records.
 */
import { createServer, type Server } from 'node:http';
import { AdminGuard } from '@samsa/broker';
import { ConsoleApp, type ConsoleOptions } from './console-app';
import { sendJson } from './http';

export interface ConsoleServerOptions extends ConsoleOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 9645; 0 for an ephemeral port. */
  readonly port?: number;
  /** A token every request needs (Bearer, or a browser's Basic password); null for none. */
  readonly token?: string | null;
}

export interface ConsoleServer {
  /** `http://host:port/`. */
  readonly url: string;
  readonly app: ConsoleApp;
  stop(): Promise<void>;
}

export const DEFAULT_CONSOLE_PORT = 9645;

export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const host = options.host ?? '127.0.0.1';
  const app = new ConsoleApp(options);
  let guard: AdminGuard | null = null;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://console');
    const refusal = (guard as AdminGuard).check(req.method ?? '', url.pathname, req.headers);
    if (refusal !== null) {
      req.resume();
      if (refusal.status === 401)
        res.setHeader('www-authenticate', ['Bearer realm="samsa-console"', 'Basic realm="samsa-console"']);
      sendJson(res, refusal.status, { error: refusal.message });
      return;
    }
    app.handle(req, res, url).then(
      (answered) => {
        if (!answered) sendJson(res, 404, { error: `no route ${req.method} ${url.pathname}` });
      },
      (err: unknown) => {
        options.logger?.error({ err }, 'console request failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      },
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host, port: options.port ?? DEFAULT_CONSOLE_PORT }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await app.close();
    throw err;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? DEFAULT_CONSOLE_PORT);
  guard = new AdminGuard(host, port, options.token ?? null);
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    app,
    async stop() {
      await app.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
