/**
 * Server-Sent Events: the live views (the message tail, the request log) stream over one long GET each, which a
 * browser's EventSource reconnects by itself. A comment line every 15 s keeps proxies from closing an idle stream.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface EventStream {
  /** Sends one event whose data is `payload` as JSON. False once the client has gone. */
  send(event: string, payload: unknown): boolean;
  readonly closed: boolean;
  /** Resolves when the client goes (or `close()` is called). */
  readonly done: Promise<void>;
  close(): void;
}

export function openEventStream(req: IncomingMessage, res: ServerResponse): EventStream {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  res.flushHeaders();
  // Reconnect after a second (EventSource's default is about 3).
  res.write('retry: 1000\n\n');
  let closed = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15000);
  keepAlive.unref();
  const close = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(keepAlive);
    res.end();
    finish();
  };
  req.on('close', close);
  res.on('close', close);
  return {
    send(event, payload) {
      if (closed) return false;
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      return true;
    },
    get closed() {
      return closed;
    },
    done,
    close,
  };
}
