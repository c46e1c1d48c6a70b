/**
 * The Kafka-facing commands (`topic`, `produce`, `consume`, `group`, `cluster`, `acl`, `console`), parsed with commander: it
 * gives each noun and verb its own `--help` with every flag, typed option parsers, and unknown-option errors with a
 * suggestion, with no dependencies of its own. A usage error prints commander's message and the command's usage line
 * and exits 2; a failure prints one line (Kafka's error name and message, and the broker that answered) and exits 1.
 */
import { Command, CommanderError } from 'commander';
import { aclCommand } from './acl';
import { clusterCommand } from './cluster';
import { consoleCommand } from './console';
import { consumeCommand } from './consume';
import { groupCommand } from './group';
import { CommandFailure, type CliIo } from './io';
import { failureMessage, type Runner } from './shared';
import { produceCommand } from './produce';
import { topicCommand } from './topic';

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('samsa');
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
  });
  program.showSuggestionAfterError(true);
  program.helpCommand(false);
  const run: Runner =
    (action) =>
    async (...args) => {
      setExit(await action(...args));
    };
  for (const make of [
    topicCommand,
    produceCommand,
    consumeCommand,
    groupCommand,
    clusterCommand,
    aclCommand,
    consoleCommand,
  ])
    program.addCommand(make(io, run));
  configureErrors(program, io);
  return program;
}

/** Every command reports its usage errors as `samsa: <message>` and its usage line. */
function configureErrors(cmd: Command, io: CliIo): void {
  cmd.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    outputError: (message, write) => {
      write(`samsa: ${message.replace(/^error: /, '').trimEnd()}\n`);
      write(
        `Usage: ${commandPath(cmd)} ${cmd.usage()}\n(samsa ${commandPath(cmd).slice('samsa '.length)} --help for every flag)\n`,
      );
    },
  });
  cmd.exitOverride();
  for (const sub of cmd.commands) configureErrors(sub, io);
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c !== null; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Runs one Kafka-facing command line; resolves with the exit code. */
export async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let exit = 0;
  const program = buildProgram(io, (code) => {
    exit = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.help' || err.code === 'commander.version')
        return 0;
      // A noun without a verb shows its help, as `samsa topic` alone would.
      if (err.code === 'commander.executeSubCommandAsync') return 0;
      return err.exitCode === 0 ? 0 : 2;
    }
    io.stderr.write(`samsa: ${failureMessage(err)}\n`);
    return err instanceof CommandFailure ? err.exitCode : 1;
  }
}
