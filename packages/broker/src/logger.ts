/**
 * The broker's default pino logger: human-readable (pino-pretty) when stdout is a terminal, one JSON object per line
 * otherwise, so a parent process can parse lines such as `{"msg":"listening","nodeId":1,"address":"127.0.0.1:9092"}`.
 */
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

export function createLogger(level: string = process.env['SAMSA_LOG_LEVEL'] ?? 'info'): Logger {
  if (process.stdout.isTTY) {
    return pino({ level, base: { name: 'samsa' }, transport: { target: 'pino-pretty', options: { destination: 1 } } });
  }
  return pino({ level, base: { name: 'samsa' } }, pino.destination({ fd: 1, sync: true }));
}
