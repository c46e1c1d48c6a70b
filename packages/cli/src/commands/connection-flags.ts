/**
 * The flags every command that talks to a cluster takes: where (`--brokers`, else $SAMSA_BROKERS, else
 * 127.0.0.1:9092), how long to wait (`--timeout`), TLS (`--tls`, `--tls-ca`, `--tls-cert`, `--tls-key`,
 * `--tls-server-name`, `--tls-insecure`) and SASL (`--sasl-mechanism`, `--user`, `--password`, else $SAMSA_PASSWORD).
 * They become the client layer's connection options; files are read here, so the client sees only their contents.
 */
import { readFileSync } from 'node:fs';
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import { KafkaClient, SASL_MECHANISMS, type ClientOptions, type SaslMechanismName } from '@samsa/client';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { samsaVersion } from '../version';
import { CommandFailure, type CliIo } from './io';

export const DEFAULT_BROKERS = '127.0.0.1:9092';

export interface ConnectionFlags {
  readonly brokers?: string;
  readonly timeout: number;
  readonly clientId: string;
  readonly tls?: boolean;
  readonly tlsCa?: string;
  readonly tlsCert?: string;
  readonly tlsKey?: string;
  readonly tlsServerName?: string;
  readonly tlsInsecure?: boolean;
  readonly saslMechanism?: SaslMechanismName;
  readonly user?: string;
  readonly password?: string;
}

/** `500ms`, `10s`, `2m`, `1h`, or plain milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  if (m === null) throw new InvalidArgumentError(`expected a duration like 500ms, 10s, 2m or 1h, got ${text}`);
  const unit = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 }[m[2] ?? 'ms'] as number;
  return Math.round(Number(m[1]) * unit);
}

export function addConnectionFlags(cmd: Command): Command {
  return cmd
    .option('-b, --brokers <host:port,...>', `bootstrap brokers (default: $SAMSA_BROKERS, else ${DEFAULT_BROKERS})`)
    .addOption(
      new Option('--timeout <duration>', 'request and connect timeout (e.g. 500ms, 10s)')
        .default(10000, '10s')
        .argParser(parseDuration),
    )
    .option('--client-id <id>', 'client id sent with every request', 'samsa-cli')
    .option('--tls', 'connect with TLS')
    .option('--tls-ca <file>', 'PEM CA certificate(s) to verify the brokers with (implies --tls)')
    .option('--tls-cert <file>', 'PEM client certificate, for brokers that require one (implies --tls)')
    .option('--tls-key <file>', 'PEM private key of --tls-cert (implies --tls)')
    .option('--tls-server-name <name>', 'server name to verify the certificate against (default: the host)')
    .option('--tls-insecure', 'do not verify the brokers certificates (implies --tls)')
    .addOption(new Option('--sasl-mechanism <mechanism>', 'SASL mechanism').choices([...SASL_MECHANISMS]))
    .option('--user <name>', 'SASL user name')
    .option('--password <password>', 'SASL password (default: $SAMSA_PASSWORD; a flag is visible in ps)');
}

export function clientOptions(flags: ConnectionFlags, io: CliIo): ClientOptions {
  const brokers = (flags.brokers ?? io.env['SAMSA_BROKERS'] ?? DEFAULT_BROKERS)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const wantsTls =
    flags.tls === true ||
    flags.tlsCa !== undefined ||
    flags.tlsCert !== undefined ||
    flags.tlsKey !== undefined ||
    flags.tlsInsecure === true;
  let tls: TlsOptions | undefined;
  if (wantsTls) {
    tls = {
      ...(flags.tlsCa !== undefined ? { ca: readPem(flags.tlsCa, '--tls-ca') } : {}),
      ...(flags.tlsCert !== undefined ? { cert: readPem(flags.tlsCert, '--tls-cert') } : {}),
      ...(flags.tlsKey !== undefined ? { key: readPem(flags.tlsKey, '--tls-key') } : {}),
      ...(flags.tlsServerName !== undefined ? { servername: flags.tlsServerName } : {}),
      ...(flags.tlsInsecure === true ? { rejectUnauthorized: false } : {}),
    };
  }
  let sasl: ClientOptions['sasl'];
  if (flags.saslMechanism !== undefined || flags.user !== undefined) {
    const password = flags.password ?? io.env['SAMSA_PASSWORD'];
    if (flags.saslMechanism === undefined) throw new CommandFailure('--user needs --sasl-mechanism', 2);
    if (flags.user === undefined) throw new CommandFailure('--sasl-mechanism needs --user', 2);
    if (password === undefined) throw new CommandFailure('SASL needs a password: $SAMSA_PASSWORD or --password', 2);
    sasl = { mechanism: flags.saslMechanism, username: flags.user, password };
  }
  return {
    brokers,
    clientId: flags.clientId,
    requestTimeoutMs: flags.timeout,
    retries: 5,
    softwareName: 'samsa-cli',
    softwareVersion: samsaVersion(),
    ...(tls !== undefined ? { tls } : {}),
    ...(sasl !== undefined ? { sasl } : {}),
  };
}

export function openClient(flags: ConnectionFlags, io: CliIo): KafkaClient {
  try {
    return new KafkaClient(clientOptions(flags, io));
  } catch (err) {
    if (err instanceof CommandFailure) throw err;
    throw new CommandFailure((err as Error).message, 2);
  }
}

function readPem(file: string, flag: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new CommandFailure(`${flag}: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? ''}`, 2);
  }
}
