#!/usr/bin/env node
/**
 * The `samsa` binary. `samsa start` loads an optional server.properties file, applies `--key value` overrides, and
 * runs a broker until SIGINT/SIGTERM (graceful stop, exit 0). Exit codes: 2 for usage or configuration errors,
 * 1 when the broker cannot start.
 */
import './compile-cache-install'; // first: every module after it compiles through the cache
import { readFileSync } from 'node:fs';
import {
  BROKER_CONFIG_KEYS,
  ConfigError,
  createLogger,
  MetaPropertiesError,
  parseProperties,
  PropertiesSyntaxError,
  startBroker,
  type RunningBroker,
} from '@samsa/broker';
import {
  parseArgs,
  parseLogLevel,
  unknownFlagMessage,
  UsageError,
  type LogLevel,
  type ParsedArgs,
  type StartArgs,
} from './args';
import { processIo } from './commands/io';
import { runCommand } from './commands/program';
import { runCerts } from './certs';
import { runCtl } from './ctl';
import { generalHelp, startHelp } from './help';
import { samsaVersion } from './version';

/** Where `samsa start --console` opens the admin endpoint when `samsa.admin.listener` is not set. */
export const CONSOLE_ADMIN_LISTENER = '127.0.0.1:9644';

export async function main(argv: readonly string[]): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`samsa: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.command === 'help') {
    process.stdout.write(generalHelp());
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${samsaVersion()}\n`);
    return 0;
  }
  if (args.command === 'ctl') return runCtl(args.argv);
  if (args.command === 'kafka') return runKafkaCommand(args.argv);
  if (args.command === 'certs') return runCerts(args.argv);
  if (args.help) {
    process.stdout.write(startHelp());
    return 0;
  }
  return start(args);
}

/** topic, produce, consume, group, cluster, acl; SIGINT/SIGTERM stop a consume or produce cleanly. */
async function runKafkaCommand(argv: readonly string[]): Promise<number> {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (): void => {
    // A second Ctrl-C does not wait for the clean stop.
    if (++signals > 1) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await runCommand(argv, processIo(controller.signal));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function start(args: StartArgs): Promise<number> {
  const unknownFlag = unknownFlagMessage(
    // Listener-prefixed keys (listener.name.<listener>.ssl.*, .<mechanism>.sasl.jaas.config) are checked on load.
    Object.keys(args.overrides).filter((k) => !k.startsWith('listener.name.')),
    BROKER_CONFIG_KEYS.map((k) => k.name),
  );
  if (unknownFlag !== null) {
    process.stderr.write(`samsa: ${unknownFlag}\n`);
    return 2;
  }
  let raw: Record<string, string>;
  let level: LogLevel;
  try {
    raw = { ...readConfigFile(args.configFile), ...args.overrides };
    // The console lives on the admin endpoint: --console turns it on where it is not configured.
    if (args.console && (raw['samsa.admin.listener'] ?? '') === '')
      raw['samsa.admin.listener'] = CONSOLE_ADMIN_LISTENER;
    level = args.logLevel ?? parseLogLevel(process.env['SAMSA_LOG_LEVEL'] ?? 'info', 'SAMSA_LOG_LEVEL');
  } catch (err) {
    process.stderr.write(`samsa: ${(err as Error).message}\n`);
    return 2;
  }
  const logger = createLogger(level);
  // Listen before the broker starts: a supervisor (or a test) may send SIGTERM as soon as it reads "broker started",
  // or while the broker is still starting, and a signal with no listener kills Node outright, skipping the graceful
  // stop. A signal that arrives during start-up stops the broker once it is up.
  let pending: NodeJS.Signals | null = null;
  let onSignal = (signal: NodeJS.Signals): void => {
    pending ??= signal;
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  let broker: RunningBroker;
  try {
    broker = await startBroker(raw, { logger });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`samsa: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof MetaPropertiesError ? err.message : (err as Error).message;
    logger.fatal({ err }, 'broker failed to start');
    process.stderr.write(`samsa: cannot start: ${message}\n`);
    return 1;
  }
  const running = broker;
  if (args.console) {
    try {
      // Loaded only when asked for: start-up time is the broker's.
      const { attachConsole } = require('@samsa/console') as typeof import('@samsa/console');
      const url = attachConsole(running, { logger });
      logger.info({ url }, `web console at ${url}`);
    } catch (err) {
      logger.error({ err }, 'the web console cannot start');
      process.stderr.write(`samsa: the web console cannot start: ${(err as Error).message}\n`);
      await running.stop();
      return 1;
    }
  }
  return new Promise<number>((resolve) => {
    const shutdown = (signal: NodeJS.Signals): void => {
      logger.info({ signal }, 'stopping');
      running.stop().then(
        () => {
          logger.info('stopped');
          resolve(0);
        },
        (err: unknown) => {
          logger.error({ err }, 'error while stopping');
          resolve(1);
        },
      );
    };
    if (pending !== null) shutdown(pending);
    else onSignal = shutdown;
  });
}

function readConfigFile(file: string | null): Record<string, string> {
  if (file === null) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(
      `cannot read config file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  try {
    return Object.fromEntries(parseProperties(text));
  } catch (err) {
    if (err instanceof PropertiesSyntaxError) throw new Error(`${file}: ${err.message}`);
    throw err;
  }
}

/** Runs the CLI with this process's arguments and exits with its code. */
export function runCli(): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`samsa: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}

if (require.main === module) runCli();
