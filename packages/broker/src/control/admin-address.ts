/** Parses `samsa.admin.listener`: `host:port` or `http://host:port` (IPv6 hosts in brackets); port 0 = ephemeral. */
import { ConfigError } from '../config/config-def';

export interface AdminAddress {
  readonly host: string;
  readonly port: number;
}

export function parseAdminListener(value: string | null): AdminAddress | null {
  if (value === null || value.trim() === '') return null;
  const m = /^(?:http:\/\/)?(\[[^\]]*\]|[^:/]*):(\d+)\/?$/.exec(value.trim());
  if (!m) throw new ConfigError('samsa.admin.listener', value, 'must be of the form host:port or http://host:port');
  const port = Number(m[2]);
  if (port > 65535) throw new ConfigError('samsa.admin.listener', value, `Port ${port} out of range 0-65535`);
  const host = (m[1] ?? '').replace(/^\[|\]$/g, '');
  return { host: host === '' ? '127.0.0.1' : host, port };
}
