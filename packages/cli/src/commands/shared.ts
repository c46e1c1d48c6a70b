/** Helpers the command modules share: a client for the action's lifetime, and the parsers of repeated flags. */
import { BrokerError, ConnectionError, type KafkaClient, UnsupportedApiError } from '@samsa/client';
import { InvalidArgumentError } from 'commander';
import { type ConnectionFlags, openClient } from './connection-flags';
import { CommandFailure, type CliIo } from './io';

export async function withClient<T>(
  flags: ConnectionFlags,
  io: CliIo,
  fn: (client: KafkaClient) => Promise<T>,
): Promise<T> {
  const client = openClient(flags, io);
  try {
    return await fn(client);
  } finally {
    client.close();
  }
}

/** For a repeatable flag: each occurrence appended. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `key=value` (the value may hold '='). */
export function keyValue(text: string, flag: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError(`${flag} takes key=value, got ${text}`);
  return [text.slice(0, eq), text.slice(eq + 1)];
}

export function nonNegativeInt(text: string): number {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError(`expected a non-negative integer, got ${text}`);
  return Number(text);
}

export function int(text: string): number {
  if (!/^-?\d+$/.test(text)) throw new InvalidArgumentError(`expected an integer, got ${text}`);
  return Number(text);
}

/** `0,2,5` or `0-3` or a mix. */
export function partitionList(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(',')) {
    const range = /^(\d+)-(\d+)$/.exec(part.trim());
    if (range !== null) {
      for (let p = Number(range[1]); p <= Number(range[2]); p++) out.push(p);
    } else if (/^\d+$/.test(part.trim())) out.push(Number(part.trim()));
    else throw new InvalidArgumentError(`expected partitions like 0,1,2 or 0-3, got ${text}`);
  }
  return out;
}

export function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

/** Wraps a command's action: its resolved number is the exit code. */
export type Runner = <A extends unknown[]>(action: (...args: A) => Promise<number>) => (...args: A) => Promise<void>;

export function failureMessage(err: unknown): string {
  if (err instanceof BrokerError) return err.describe();
  if (err instanceof ConnectionError || err instanceof UnsupportedApiError || err instanceof CommandFailure)
    return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
