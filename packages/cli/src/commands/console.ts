/**
 * `samsa console`: the web console for any Kafka cluster (Kafka, Redpanda, samsa) on a local HTTP server, until
 * Ctrl-C. The connection flags are every command's (TLS, SASL); the console itself listens on --host:--port
 * (127.0.0.1:9645) behind the admin endpoint's guard, with an optional token ($SAMSA_CONSOLE_TOKEN, or --token). The
 * fault panel and request log are samsa's own: for them, `samsa start --console`.
 */
import { Command, Option } from 'commander';
import { addConnectionFlags, clientOptions, type ConnectionFlags } from './connection-flags';
import { CommandFailure, type CliIo } from './io';
import { examples, nonNegativeInt, type Runner } from './shared';

interface Flags extends ConnectionFlags {
  readonly host: string;
  readonly port: number;
  readonly token?: string;
}

export function consoleCommand(io: CliIo, run: Runner): Command {
  return addConnectionFlags(
    new Command('console')
      .description('the web console for a cluster: topics, messages, consumer groups, brokers and partitions')
      .option('--host <address>', 'address the console listens on', '127.0.0.1')
      .addOption(
        new Option('--port <port>', 'port the console listens on (0: any free port)')
          .default(9645)
          .argParser(nonNegativeInt),
      )
      .option(
        '--token <token>',
        'a token the browser must give (default: $SAMSA_CONSOLE_TOKEN; a flag is visible in ps)',
      )
      .addHelpText(
        'after',
        examples([
          'samsa console --brokers kafka-1:9092,kafka-2:9092',
          'SAMSA_CONSOLE_TOKEN=s3cret samsa console --brokers kafka:9093 --tls-ca ca.pem --port 8080',
          'samsa start --console      # samsa itself, with the fault panel and the request log',
        ]),
      ),
  ).action(
    run(async (flags: Flags) => {
      const { startConsoleServer } = require('@samsa/console') as typeof import('@samsa/console');
      const token = flags.token ?? io.env['SAMSA_CONSOLE_TOKEN'] ?? null;
      let server: Awaited<ReturnType<typeof startConsoleServer>>;
      try {
        server = await startConsoleServer({
          client: { ...clientOptions(flags, io), clientId: 'samsa-console' },
          host: flags.host,
          port: flags.port,
          token: token === '' ? null : token,
        });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new CommandFailure(
          code === 'EADDRINUSE'
            ? `${flags.host}:${flags.port} is in use: choose another --port`
            : (err as Error).message,
        );
      }
      io.stdout.write(`samsa console for ${clientOptions(flags, io).brokers.join(',')} at ${server.url}\n`);
      if (token === null && flags.host !== '127.0.0.1' && flags.host !== 'localhost' && flags.host !== '::1')
        io.stderr.write('samsa: warning: the console listens beyond this machine without a token\n');
      await new Promise<void>((resolve) => {
        if (io.signal === undefined || io.signal.aborted) resolve();
        else io.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      await server.stop();
      return 0;
    }),
  );
}
