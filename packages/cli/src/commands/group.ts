/**
 * `samsa group`: list, describe (members, and per partition the committed offset, log end and lag, as Kafka's
 * kafka-consumer-groups --describe computes it: log end offset minus committed offset), seek (reset committed offsets,
 * refused for a group with members, as Kafka's --reset-offsets is), delete and offset-delete.
 */
import {
  commitOffsets,
  deleteGroups,
  deleteOffsets,
  describeAnyGroup,
  fetchOffsets,
  LATEST,
  listGroups,
  listOffsets,
  type KafkaClient,
  type TopicPartition,
} from '@samsa/client';
import { Command } from 'commander';
import { addConnectionFlags, type ConnectionFlags } from './connection-flags';
import { resolveOffsets, parseTime, type OffsetSpec } from './consume';
import { CommandFailure, type CliIo } from './io';
import { fields, formatOption, print, status, table, type OutputFormat } from './output';
import { examples, partitionList, withClient, type Runner } from './shared';

interface Flags extends ConnectionFlags {
  readonly format: OutputFormat;
}

export interface PartitionLag {
  readonly topic: string;
  readonly partition: number;
  readonly currentOffset: number | null;
  readonly logEndOffset: number | null;
  readonly lag: number | null;
  readonly memberId: string | null;
  readonly clientId: string | null;
  readonly host: string | null;
}

export function groupCommand(io: CliIo, run: Runner): Command {
  const group = new Command('group').description('list, describe (with lag), seek and delete consumer groups');

  addConnectionFlags(
    group
      .command('list')
      .alias('ls')
      .description('list groups (ListGroups on every broker)')
      .option('-s, --states <states>', 'only groups in these states, e.g. Stable,Empty (KIP-518)')
      .option('-t, --type <types>', 'only groups of these types, e.g. classic,consumer (KIP-848)')
      .addOption(formatOption())
      .addHelpText('after', examples(['samsa group list', 'samsa group list --states Empty --format json'])),
  ).action(
    run(async (flags: Flags & { states?: string; type?: string }) => {
      const split = (s?: string): string[] | undefined =>
        s
          ?.split(',')
          .map((x) => x.trim())
          .filter((x) => x !== '');
      const groups = await withClient(flags, io, (client) =>
        listGroups(client, {
          ...(flags.states !== undefined ? { states: split(flags.states) } : {}),
          ...(flags.type !== undefined ? { types: split(flags.type) } : {}),
        }),
      );
      print(io, flags.format, groups, () =>
        table(
          io,
          ['GROUP', 'STATE', 'TYPE', 'PROTOCOL-TYPE', 'COORDINATOR'],
          groups.map((g) => [g.groupId, g.state || null, g.type || null, g.protocolType || null, g.coordinator]),
        ),
      );
      return 0;
    }),
  );

  addConnectionFlags(
    group
      .command('describe')
      .description('state, members and assignments, and per partition the committed offset, log end and lag')
      .argument('<groups...>', 'group ids')
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples(['samsa group describe billing', 'samsa group describe billing audit --format json']),
      ),
  ).action(
    run(async (groupIds: string[], flags: Flags) => {
      const described = await withClient(flags, io, (client) =>
        Promise.all(groupIds.map((g) => describeWithLag(client, g))),
      );
      print(io, flags.format, groupIds.length === 1 ? described[0] : described, () =>
        described
          .map(
            (d) =>
              fields(io, [
                ['GROUP', d.group],
                ['COORDINATOR', d.coordinator],
                ['STATE', d.state],
                ['PROTOCOL-TYPE', d.protocolType || null],
                ['PROTOCOL', d.protocol || null],
                ['MEMBERS', d.members.length],
                ['TOTAL-LAG', d.totalLag],
              ]) +
              '\n' +
              table(
                io,
                ['TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'MEMBER-ID', 'CLIENT-ID', 'HOST'],
                d.partitions.map((p) => [
                  p.topic,
                  p.partition,
                  p.currentOffset,
                  p.logEndOffset,
                  p.lag,
                  p.memberId,
                  p.clientId,
                  p.host,
                ]),
              ),
          )
          .join('\n'),
      );
      return 0;
    }),
  );

  addConnectionFlags(
    group
      .command('seek')
      .description("reset a group's committed offsets (the group must have no members)")
      .argument('<group>', 'group id')
      .requiredOption('--to <where>', 'start, end, an offset, or @timestamp (ms since the epoch or an ISO date)')
      .option('--topics <topics>', "topics to reset, comma-separated (default: the group's committed topics)")
      .option('-p, --partitions <list>', 'only these partitions (with --topics)', partitionList)
      .option('--dry-run', 'print the new offsets without committing them')
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples([
          'samsa group seek billing --to start',
          'samsa group seek billing --to @2024-05-01T00:00:00Z --topics orders',
          'samsa group seek billing --to 1200 --topics orders -p 0 --dry-run',
        ]),
      ),
  ).action(
    run(
      async (
        groupId: string,
        flags: Flags & { to: string; topics?: string; partitions?: number[]; dryRun?: boolean },
      ) => {
        const spec = seekSpec(flags.to);
        const rows = await withClient(flags, io, async (client) => {
          const g = await describeAnyGroup(client, groupId);
          if (g.members.length > 0)
            throw new CommandFailure(
              `group ${groupId} has ${g.members.length} member(s) (state ${g.state}): offsets can only be reset while it has none; stop its consumers first`,
            );
          const committed = await fetchOffsets(client, groupId);
          let tps: TopicPartition[];
          if (flags.topics !== undefined) {
            tps = [];
            for (const topic of flags.topics
              .split(',')
              .map((t) => t.trim())
              .filter((t) => t !== '')) {
              const info = await client.topic(topic, true);
              for (const p of info.partitions)
                if (flags.partitions === undefined || flags.partitions.includes(p.partition))
                  tps.push({ topic, partition: p.partition });
            }
          } else tps = committed.map((c) => ({ topic: c.topic, partition: c.partition }));
          if (tps.length === 0)
            throw new CommandFailure(
              `group ${groupId} has no committed offsets: name the topics to reset with --topics`,
            );
          const targets = await resolveOffsets(client, tps, spec);
          const out = tps.map((tp) => ({
            topic: tp.topic,
            partition: tp.partition,
            priorOffset: committed.find((c) => c.topic === tp.topic && c.partition === tp.partition)?.offset ?? null,
            newOffset: targets.get(`${tp.topic}\0${tp.partition}`) ?? 0,
          }));
          if (flags.dryRun !== true)
            await commitOffsets(
              client,
              groupId,
              out.map((o) => ({ topic: o.topic, partition: o.partition, offset: o.newOffset })),
            );
          return out;
        });
        print(io, flags.format, rows, () =>
          table(
            io,
            ['TOPIC', 'PARTITION', 'PRIOR-OFFSET', 'NEW-OFFSET'],
            rows.map((r) => [r.topic, r.partition, r.priorOffset, r.newOffset]),
          ),
        );
        return 0;
      },
    ),
  );

  addConnectionFlags(
    group
      .command('delete')
      .alias('rm')
      .description('delete groups (they must have no members)')
      .argument('<groups...>', 'group ids')
      .addOption(formatOption())
      .addHelpText('after', examples(['samsa group delete billing old-audit'])),
  ).action(
    run(async (groupIds: string[], flags: Flags) => {
      const results = await withClient(flags, io, (client) => deleteGroups(client, groupIds));
      const rows = results.map((r) => ({
        group: r.groupId,
        ok: r.error === null,
        error: r.error?.errorName ?? null,
        message: r.error?.message ?? null,
      }));
      print(io, flags.format, rows, () =>
        table(
          io,
          ['GROUP', 'STATUS'],
          rows.map((r) => [r.group, status(io, r.ok, r.ok ? 'OK' : `${r.error}: ${r.message}`)]),
        ),
      );
      return rows.every((r) => r.ok) ? 0 : 1;
    }),
  );

  addConnectionFlags(
    group
      .command('offset-delete')
      .description("delete a group's committed offsets of a topic (OffsetDelete, KIP-496)")
      .argument('<group>', 'group id')
      .requiredOption('-t, --topic <topic>', 'topic whose offsets to delete')
      .option('-p, --partitions <list>', 'only these partitions (default: all)', partitionList)
      .addOption(formatOption())
      .addHelpText('after', examples(['samsa group offset-delete billing --topic orders'])),
  ).action(
    run(async (groupId: string, flags: Flags & { topic: string; partitions?: number[] }) => {
      const results = await withClient(flags, io, async (client) => {
        const info = await client.topic(flags.topic, true);
        const partitions = flags.partitions ?? info.partitions.map((p) => p.partition);
        return deleteOffsets(
          client,
          groupId,
          partitions.map((partition) => ({ topic: flags.topic, partition })),
        );
      });
      const rows = results
        .map((r) => ({
          topic: r.topic,
          partition: r.partition,
          ok: r.error === null,
          error: r.error?.errorName ?? null,
        }))
        .sort((a, b) => a.partition - b.partition);
      print(io, flags.format, rows, () =>
        table(
          io,
          ['TOPIC', 'PARTITION', 'STATUS'],
          rows.map((r) => [r.topic, r.partition, status(io, r.ok, r.ok ? 'OK' : (r.error ?? ''))]),
        ),
      );
      return rows.every((r) => r.ok) ? 0 : 1;
    }),
  );

  return group;
}

function seekSpec(to: string): OffsetSpec {
  if (to === 'start' || to === 'earliest') return { kind: 'start' };
  if (to === 'end' || to === 'latest') return { kind: 'end' };
  if (/^\d+$/.test(to)) return { kind: 'exact', offset: Number(to) };
  if (to.startsWith('@')) {
    try {
      return { kind: 'time', timestamp: parseTime(to.slice(1)) };
    } catch (err) {
      throw new CommandFailure(`--to: ${(err as Error).message}`, 2);
    }
  }
  throw new CommandFailure(`--to takes start, end, an offset or @timestamp, got ${to}`, 2);
}

export interface GroupWithLag {
  readonly group: string;
  readonly coordinator: number;
  readonly state: string;
  readonly protocolType: string;
  readonly protocol: string;
  readonly members: { memberId: string; clientId: string; host: string; assignment: TopicPartition[] }[];
  readonly partitions: PartitionLag[];
  readonly totalLag: number;
}

/** Kafka's ConsumerGroupCommand: every committed or assigned partition, lag = log end offset - committed offset. */
export async function describeWithLag(client: KafkaClient, groupId: string): Promise<GroupWithLag> {
  const g = await describeAnyGroup(client, groupId);
  const committed = await fetchOffsets(client, groupId);
  const owner = new Map<string, { memberId: string; clientId: string; host: string }>();
  for (const m of g.members)
    for (const a of m.assignment ?? [])
      for (const p of a.partitions)
        owner.set(`${a.topic}\0${p}`, { memberId: m.memberId, clientId: m.clientId, host: m.clientHost });
  const keys = new Map<string, TopicPartition>();
  for (const c of committed) keys.set(`${c.topic}\0${c.partition}`, { topic: c.topic, partition: c.partition });
  for (const m of g.members)
    for (const a of m.assignment ?? [])
      for (const p of a.partitions) keys.set(`${a.topic}\0${p}`, { topic: a.topic, partition: p });
  const tps = [...keys.values()];
  const ends = tps.length === 0 ? [] : await listOffsets(client, tps, LATEST);
  const partitions = tps
    .map((tp) => {
      const k = `${tp.topic}\0${tp.partition}`;
      const current = committed.find((c) => c.topic === tp.topic && c.partition === tp.partition)?.offset ?? null;
      const end = ends.find((e) => e.topic === tp.topic && e.partition === tp.partition)?.offset ?? null;
      const o = owner.get(k);
      return {
        topic: tp.topic,
        partition: tp.partition,
        currentOffset: current,
        logEndOffset: end,
        lag: current !== null && end !== null ? Math.max(0, end - current) : null,
        memberId: o?.memberId ?? null,
        clientId: o?.clientId ?? null,
        host: o?.host ?? null,
      };
    })
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  return {
    group: g.groupId,
    coordinator: g.coordinator,
    state: g.state,
    protocolType: g.protocolType,
    protocol: g.protocol,
    members: g.members.map((m) => ({
      memberId: m.memberId,
      clientId: m.clientId,
      host: m.clientHost,
      assignment: (m.assignment ?? []).flatMap((a) => a.partitions.map((partition) => ({ topic: a.topic, partition }))),
    })),
    partitions,
    totalLag: partitions.reduce((sum, p) => sum + (p.lag ?? 0), 0),
  };
}
