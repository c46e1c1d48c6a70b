/**
 * `samsa consume TOPIC...`: records from chosen offsets (-o), of all or some partitions, as a member of a group (-g,
 * with its committed offsets and commits) or on its own, printed one per line (the value by default), with a
 * %-format, or as JSON. Stops after -n records, at the end of every partition with -e, or on SIGINT/SIGTERM (a group
 * member commits and leaves first).
 */
import {
  EARLIEST,
  Fetcher,
  fetchOffsets,
  GroupMember,
  LATEST,
  listOffsets,
  offsetsForTimes,
  type KafkaClient,
  type TopicPartition,
} from '@samsa/client';
import { Command, InvalidArgumentError, Option } from 'commander';
import { addConnectionFlags, parseDuration, type ConnectionFlags } from './connection-flags';
import { CommandFailure, type CliIo } from './io';
import { formatRecord, jsonRecord, parseFormat, type BinaryEncoding, type Token } from './record-format';
import { examples, nonNegativeInt, partitionList, withClient, type Runner } from './shared';

/** Where to start: an offset position, relative to start or end, or a time. */
export type OffsetSpec =
  | { readonly kind: 'start' }
  | { readonly kind: 'end' }
  | { readonly kind: 'exact'; readonly offset: number }
  | { readonly kind: 'fromStart'; readonly delta: number }
  | { readonly kind: 'fromEnd'; readonly delta: number }
  | { readonly kind: 'time'; readonly timestamp: number };

/** start|oldest, end|newest, N, +N (N after the start), -N (N before the end), @ms or @ISO-date, @-duration (ago). */
export function parseOffsetSpec(text: string, now: number = Date.now()): OffsetSpec {
  if (text === 'start' || text === 'oldest' || text === 'beginning') return { kind: 'start' };
  if (text === 'end' || text === 'newest') return { kind: 'end' };
  if (/^\d+$/.test(text)) return { kind: 'exact', offset: Number(text) };
  if (/^\+\d+$/.test(text)) return { kind: 'fromStart', delta: Number(text.slice(1)) };
  if (/^-\d+$/.test(text)) return { kind: 'fromEnd', delta: Number(text.slice(1)) };
  if (text.startsWith('@-')) return { kind: 'time', timestamp: now - parseDuration(text.slice(2)) };
  if (text.startsWith('@')) return { kind: 'time', timestamp: parseTime(text.slice(1)) };
  throw new InvalidArgumentError(
    `expected start, end, an offset, +N, -N, @timestamp or @-duration (e.g. @-1h), got ${text}`,
  );
}

/** Milliseconds since the epoch, or an ISO 8601 date. */
export function parseTime(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const t = Date.parse(text);
  if (Number.isNaN(t))
    throw new InvalidArgumentError(`expected milliseconds since the epoch or an ISO date, got ${text}`);
  return t;
}

/** The offset each partition starts at for a spec. */
export async function resolveOffsets(
  client: KafkaClient,
  partitions: readonly TopicPartition[],
  spec: OffsetSpec,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (partitions.length === 0) return out;
  const put = (list: readonly { topic: string; partition: number; offset: number }[]): void => {
    for (const o of list) out.set(`${o.topic}\0${o.partition}`, o.offset);
  };
  if (spec.kind === 'time') {
    put(await offsetsForTimes(client, partitions, spec.timestamp));
    return out;
  }
  const starts = await listOffsets(client, partitions, EARLIEST);
  const ends = await listOffsets(client, partitions, LATEST);
  const endOf = new Map(ends.map((e) => [`${e.topic}\0${e.partition}`, e.offset]));
  for (const s of starts) {
    const key = `${s.topic}\0${s.partition}`;
    const end = endOf.get(key) ?? s.offset;
    const clamp = (o: number): number => Math.min(Math.max(o, s.offset), end);
    const offset =
      spec.kind === 'start'
        ? s.offset
        : spec.kind === 'end'
          ? end
          : spec.kind === 'exact'
            ? clamp(spec.offset)
            : spec.kind === 'fromStart'
              ? clamp(s.offset + spec.delta)
              : clamp(end - spec.delta);
    out.set(key, offset);
  }
  return out;
}

interface ConsumeFlags extends ConnectionFlags {
  readonly offset: OffsetSpec;
  readonly num?: number;
  readonly partitions?: number[];
  readonly group?: string;
  readonly format?: string;
  readonly json?: boolean;
  readonly readCommitted?: boolean;
  readonly printHeaders?: boolean;
  readonly exitAtEnd?: boolean;
  readonly binary: BinaryEncoding;
  readonly pretty?: boolean;
}

export function consumeCommand(io: CliIo, run: Runner): Command {
  const cmd = addConnectionFlags(
    new Command('consume')
      .description('print records of topics: from an offset, a time or a group position')
      .argument('<topics...>', 'topics to read')
      .addOption(
        new Option('-o, --offset <spec>', 'where to start: start, end, N, +N, -N, @timestamp, @-duration')
          .default({ kind: 'start' }, 'start')
          .argParser((t) => parseOffsetSpec(t)),
      )
      .option('-n, --num <count>', 'stop after this many records', nonNegativeInt)
      .option('-p, --partitions <list>', 'only these partitions, e.g. 0,2 or 0-3', partitionList)
      .option('-g, --group <group>', 'consume as a member of this group: start from its committed offsets and commit')
      .option(
        '-f, --format <format>',
        "output format: a %-format (%t %p %o %e %T %k %v %K %V %H %h{%k=%v,}), 'text' (the value, the default) or 'json'",
      )
      .option('--json', 'one JSON object per record (same as --format json)')
      .option('--read-committed', 'only committed transactional records (isolation read_committed)')
      .option('--print-headers', 'print the headers before the value in the text format (k=v separated by spaces)')
      .option('-e, --exit-at-end', 'stop once every partition is read to its end')
      .addOption(
        new Option('--binary <encoding>', 'how bytes that are not UTF-8 are printed')
          .choices(['hex', 'base64', 'raw'])
          .default('hex'),
      )
      .option('--pretty', 'pretty-print JSON values (and the --json output)')
      .addHelpText(
        'after',
        examples([
          'samsa consume orders -e                       # everything there now, then exit',
          'samsa consume orders -o -10 -n 10             # the last ten records',
          'samsa consume orders -o @-1h -f "%p:%o %k=%v\\n"',
          'samsa consume orders -g billing --json',
          'samsa consume orders -o @2024-05-01T00:00:00Z -p 0,1 --read-committed',
        ]),
      ),
  );
  return cmd.action(run((topics: string[], flags: ConsumeFlags) => consume(io, topics, flags)));
}

async function consume(io: CliIo, topics: readonly string[], flags: ConsumeFlags): Promise<number> {
  const mode = flags.json === true || flags.format === 'json' ? 'json' : 'text';
  let tokens: Token[];
  try {
    const text = flags.printHeaders === true ? '%h{%k=%v }%v\n' : '%v\n';
    tokens = parseFormat(
      flags.format === undefined || flags.format === 'text' || mode === 'json' ? text : flags.format,
    );
  } catch (err) {
    throw new CommandFailure(`--format: ${(err as Error).message}`, 2);
  }
  const writeOptions = { binary: flags.binary, pretty: flags.pretty === true };
  const limit = flags.num ?? Number.POSITIVE_INFINITY;
  return withClient(flags, io, async (client) => {
    const fetcher = new Fetcher(client, {
      isolation: flags.readCommitted === true ? 'read_committed' : 'read_uncommitted',
    });
    const member =
      flags.group === undefined
        ? null
        : new GroupMember(client, { groupId: flags.group, topics, sessionTimeoutMs: 10000 });
    const assign = async (partitions: readonly TopicPartition[]): Promise<void> => {
      for (const s of fetcher.assignment) fetcher.unassign(s.topic, s.partition);
      const chosen = partitions.filter(
        (tp) => flags.partitions === undefined || flags.partitions.includes(tp.partition),
      );
      const starts = await resolveOffsets(client, chosen, flags.offset);
      if (member !== null && chosen.length > 0) {
        const committed = await fetchOffsets(client, flags.group as string, groupTopics(chosen));
        for (const c of committed) starts.set(`${c.topic}\0${c.partition}`, c.offset);
      }
      for (const tp of chosen) fetcher.assign(tp.topic, tp.partition, starts.get(`${tp.topic}\0${tp.partition}`) ?? 0);
    };
    const commit = async (): Promise<void> => {
      if (member === null) return;
      await member.commit(
        fetcher.assignment.map((s) => ({ topic: s.topic, partition: s.partition, offset: s.offset })),
      );
    };
    if (member !== null) {
      await assign(
        (await member.join()).flatMap((a) => a.partitions.map((partition) => ({ topic: a.topic, partition }))),
      );
    } else {
      const all: TopicPartition[] = [];
      for (const topic of topics) {
        const info = await client.topic(topic, true);
        for (const p of info.partitions) all.push({ topic, partition: p.partition });
      }
      await assign(all);
      if (flags.partitions !== undefined && fetcher.assignment.length === 0)
        throw new CommandFailure(`no partition ${flags.partitions.join(',')} in ${topics.join(', ')}`);
    }
    let printed = 0;
    let lastCommit = Date.now();
    try {
      while (printed < limit && io.signal?.aborted !== true) {
        if (member?.rejoinNeeded === true) {
          await commit().catch(() => undefined);
          await assign(
            (await member.join()).flatMap((a) => a.partitions.map((partition) => ({ topic: a.topic, partition }))),
          );
        }
        if (fetcher.assignment.length === 0) {
          if (flags.exitAtEnd === true) break;
          await new Promise((r) => setTimeout(r, 200));
          continue;
        }
        const { records } = await fetcher.poll();
        for (const r of records) {
          if (printed >= limit) {
            // Fetched but not printed: the position (and a group's commit) goes back to the first such record.
            const s = fetcher.assignment.find((x) => x.topic === r.topic && x.partition === r.partition);
            if (s !== undefined && s.offset > r.offset) s.offset = r.offset;
            continue;
          }
          if (mode === 'json')
            io.stdout.write(
              `${JSON.stringify(jsonRecord(r, writeOptions), null, writeOptions.pretty ? 2 : undefined)}\n`,
            );
          else io.stdout.write(formatRecord(tokens, r, writeOptions));
          printed++;
        }
        if (member !== null && Date.now() - lastCommit > 5000) {
          await commit();
          lastCommit = Date.now();
        }
        if (flags.exitAtEnd === true && fetcher.atEnd()) break;
      }
    } finally {
      if (member !== null) {
        await commit().catch(() => undefined);
        await member.leave().catch(() => undefined);
      }
    }
    return 0;
  });
}

function groupTopics(tps: readonly TopicPartition[]): { topic: string; partitions: number[] }[] {
  const m = new Map<string, number[]>();
  for (const tp of tps) m.set(tp.topic, [...(m.get(tp.topic) ?? []), tp.partition]);
  return [...m].map(([topic, partitions]) => ({ topic, partitions }));
}
