/**
 * `samsa produce TOPIC`: records from stdin or --file, one per line by default, or read with a %-format (as rpk and
 * kcat) or as JSON lines. Records are batched per partition by the client's producer; the exit code is 1 when any
 * record failed, with the first error (in Kafka's words) and the count on stderr. On a terminal, stderr shows a
 * progress line while a long input is sent.
 */
import { createReadStream } from 'node:fs';
import { Producer, type RecordHeader, type RecordMetadata } from '@samsa/client';
import { Command, Option } from 'commander';
import { addConnectionFlags, type ConnectionFlags } from './connection-flags';
import { CommandFailure, type CliIo } from './io';
import { FormatReader, parseFormat, parseJsonRecord, type InputRecord } from './record-format';
import { collect, examples, int, keyValue, withClient, failureMessage, type Runner } from './shared';

interface ProduceFlags extends ConnectionFlags {
  readonly file?: string;
  readonly format?: string;
  readonly key?: string;
  readonly header: string[];
  readonly partition?: number;
  readonly acks: string;
  readonly compression: 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
  readonly idempotent?: boolean;
  readonly transactionalId?: string;
}

const PROGRESS_EVERY_MS = 500;

export function produceCommand(io: CliIo, run: Runner): Command {
  const cmd = addConnectionFlags(
    new Command('produce')
      .description('produce records from stdin or a file: one per line, a %-format, or JSON lines')
      .argument('<topic>', 'topic to produce to (a %t in the format overrides it per record)')
      .option('--file <path>', 'read records from a file instead of stdin')
      .option(
        '-f, --format <format>',
        "input format: a %-format (%k key, %v value, %h{%k=%v,} headers, %p partition, %T timestamp, %t topic), or 'json' for {key,value,headers,partition,timestamp} lines (default: one value per line)",
      )
      .option('-k, --key <key>', 'key of every record')
      .option('-H, --header <key=value>', 'a header on every record, repeatable', collect, [])
      .option('-p, --partition <n>', 'partition of every record (default: by key, else round robin)', int)
      .addOption(new Option('--acks <acks>', 'acks: all (-1), 1 or 0').choices(['all', '-1', '1', '0']).default('all'))
      .addOption(
        new Option('-z, --compression <codec>', 'compression')
          .choices(['none', 'gzip', 'snappy', 'lz4', 'zstd'])
          .default('none'),
      )
      .option('--idempotent', 'an idempotent producer (KIP-98): a retried batch is written once')
      .option('--transactional-id <id>', 'produce in one transaction, committed at the end (aborted on failure)')
      .addHelpText(
        'after',
        examples([
          'echo hello | samsa produce orders',
          'samsa produce orders -k customer-7 -H source=cli < values.txt',
          "printf 'k1 v1\\nk2 v2\\n' | samsa produce orders -f '%k %v\\n'",
          'samsa produce orders --format json --file records.jsonl -z zstd --idempotent',
          `samsa produce orders -f '%k|%h{%k=%v;}|%v\\n' --transactional-id loader-1`,
        ]),
      ),
  );
  return cmd.action(run((topic: string, flags: ProduceFlags) => produce(io, topic, flags)));
}

async function produce(io: CliIo, topic: string, flags: ProduceFlags): Promise<number> {
  const acks = flags.acks === 'all' ? -1 : (Number(flags.acks) as -1 | 0 | 1);
  const extraHeaders: RecordHeader[] = flags.header.map((h) => {
    const [key, value] = keyValue(h, '--header');
    return { key, value: Buffer.from(value, 'utf8') };
  });
  const json = flags.format === 'json';
  let reader: FormatReader;
  try {
    reader = new FormatReader(parseFormat(json || flags.format === undefined ? '%v\n' : flags.format));
  } catch (err) {
    throw new CommandFailure(`--format: ${(err as Error).message}`, 2);
  }
  const input = flags.file === undefined ? io.stdin : createReadStream(flags.file);
  return withClient(flags, io, async (client) => {
    const producer = new Producer(client, {
      acks,
      compression: flags.compression,
      ...(flags.idempotent === true ? { idempotent: true } : {}),
      ...(flags.transactionalId !== undefined ? { transactionalId: flags.transactionalId } : {}),
    });
    await producer.init();
    let sent = 0;
    let ok = 0;
    let failed = 0;
    let firstError: unknown = null;
    const progress = io.stderr.isTTY === true;
    let lastProgress = Date.now();
    const pending = new Set<Promise<void>>();
    const submit = (r: InputRecord): void => {
      sent++;
      const p = producer
        .send(r.topic ?? topic, {
          key: r.key ?? (flags.key !== undefined ? Buffer.from(flags.key, 'utf8') : null),
          value: r.value,
          headers: [...r.headers, ...extraHeaders],
          ...(r.timestamp !== undefined ? { timestamp: r.timestamp } : {}),
          ...(r.partition !== undefined
            ? { partition: r.partition }
            : flags.partition !== undefined
              ? { partition: flags.partition }
              : {}),
        })
        .then(
          (_m: RecordMetadata) => {
            ok++;
          },
          (err: unknown) => {
            failed++;
            firstError ??= err;
          },
        );
      const tracked = p.finally(() => pending.delete(tracked));
      pending.add(tracked);
    };
    let buffer: Buffer = Buffer.alloc(0);
    let line = 0;
    const drain = (eof: boolean): void => {
      let offset = 0;
      for (;;) {
        let next: { record: InputRecord; end: number } | null;
        if (json) {
          const nl = buffer.indexOf(10, offset);
          if (nl < 0 && !(eof && offset < buffer.length)) break;
          const end = nl < 0 ? buffer.length : nl;
          const text = buffer.toString('utf8', offset, end).trim();
          line++;
          offset = nl < 0 ? buffer.length : nl + 1;
          if (text === '') continue;
          try {
            submit(parseJsonRecord(text));
          } catch (err) {
            throw new CommandFailure(`line ${line}: not a JSON record: ${(err as Error).message}`);
          }
          continue;
        }
        try {
          next = reader.next(buffer, offset, eof);
        } catch (err) {
          throw new CommandFailure(`input does not match the format: ${(err as Error).message}`);
        }
        if (next === null) break;
        submit(next.record);
        offset = next.end;
      }
      buffer = buffer.subarray(offset);
    };
    for await (const chunk of input as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      buffer = buffer.length === 0 ? bytes : Buffer.concat([buffer, bytes]);
      drain(false);
      if (progress && Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = Date.now();
        io.stderr.write(`\r${sent} records read, ${ok} written${failed > 0 ? `, ${failed} failed` : ''}`);
      }
      if (io.signal?.aborted) break;
    }
    drain(true);
    await producer.flush();
    while (pending.size > 0) await Promise.all([...pending]);
    if (flags.transactionalId !== undefined) {
      await producer.endTransaction(failed === 0);
    }
    if (progress) io.stderr.write(`\r${sent} records read, ${ok} written${failed > 0 ? `, ${failed} failed` : ''}\n`);
    if (failed > 0) {
      const aborted = flags.transactionalId !== undefined ? ' (the transaction was aborted)' : '';
      io.stderr.write(
        `samsa: ${failed} of ${sent} records failed${aborted}; first error: ${failureMessage(firstError)}\n`,
      );
      return 1;
    }
    return 0;
  });
}
