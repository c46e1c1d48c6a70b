#!/usr/bin/env node
/**
 * The `samsa` binary. `samsa start` loads an optional server.properties file, applies `--key value` overrides, and
 * runs a broker until SIGINT/SIGTERM (graceful stop, exit 0). Exit codes: 2 for usage or configuration errors,
 * 1 when the broker cannot start.
 */
import './compile-cache-install'; // first: every module after it compiles through the cache
import { readFileSync } from 'node:fs';
import {
  ConfigError,
  createLogger,
  MetaPropertiesError,
  parseProperties,
  PropertiesSyntaxError,
  startBroker,
} from '@samsa/broker';
import { parseArgs, UsageError, type StartArgs } from './args';
import { runCtl } from './ctl';
import { generalHelp, startHelp } from './help';

export async function main(argv: readonly string[]): Promise<number> {
  let args;
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
  if (args.command === 'ctl') return runCtl(args.argv);
  if (args.help) {
    process.stdout.write(startHelp());
    return 0;
  }
  return start(args);
}

async function start(args: StartArgs): Promise<number> {
  let raw: Record<string, string>;
  try {
    raw = { ...readConfigFile(args.configFile), ...args.overrides };
  } catch (err) {
    process.stderr.write(`samsa: ${(err as Error).message}\n`);
    return 2;
  }
  const logger = createLogger();
  let broker;
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
  return new Promise<number>((resolve) => {
    const shutdown = (signal: string): void => {
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
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
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
