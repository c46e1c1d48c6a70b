/**
 * `samsa topic`: create, list, describe, delete, alter-config, add-partitions and trim-prefix, named as rpk names them.
 * Each prints a table (or --format json/yaml); a per-topic failure is reported on its row and makes the exit code 1.
 */
import {
  alterConfigs,
  createPartitions,
  createTopics,
  deleteRecords,
  deleteTopics,
  describeConfigs,
  EARLIEST,
  LATEST,
  listOffsets,
  replicaSizes,
  type ConfigChange,
  type KafkaClient,
  type TopicInfo,
} from '@samsa/client';
import { Command } from 'commander';
import { addConnectionFlags, type ConnectionFlags } from './connection-flags';
import { CommandFailure, type CliIo } from './io';
import { fields, formatOption, print, section, status, table, type OutputFormat } from './output';
import { collect, examples, int, keyValue, nonNegativeInt, partitionList, withClient, type Runner } from './shared';

interface Flags extends ConnectionFlags {
  readonly format: OutputFormat;
}

export function topicCommand(io: CliIo, run: Runner): Command {
  const topic = new Command('topic').description('create, list, describe, delete and configure topics');

  addConnectionFlags(
    topic
      .command('create')
      .description('create topics')
      .argument('<names...>', 'topic names')
      .option('-p, --partitions <n>', "partitions (default: the broker's num.partitions)", int, -1)
      .option('-r, --replicas <n>', "replication factor (default: the broker's default.replication.factor)", int, -1)
      .option('-c, --config <key=value>', 'a topic config, repeatable', collect, [])
      .option('--if-not-exists', 'succeed when a topic already exists')
      .option('--dry-run', 'validate only (CreateTopics validateOnly)')
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples([
          'samsa topic create orders -p 6 -r 3',
          'samsa topic create events -c cleanup.policy=compact -c retention.ms=86400000',
          'samsa topic create a b c --if-not-exists',
        ]),
      ),
  ).action(
    run(
      async (
        names: string[],
        flags: Flags & {
          partitions: number;
          replicas: number;
          config: string[];
          ifNotExists?: boolean;
          dryRun?: boolean;
        },
      ) => {
        const configs = Object.fromEntries(flags.config.map((c) => keyValue(c, '--config')));
        const results = await withClient(flags, io, (client) =>
          createTopics(
            client,
            names.map((name) => ({ name, partitions: flags.partitions, replicationFactor: flags.replicas, configs })),
            flags.dryRun === true,
          ),
        );
        const rows = results.map((r) => {
          const exists = r.error?.errorName === 'TOPIC_ALREADY_EXISTS';
          const ok = r.error === null || (exists && flags.ifNotExists === true);
          return {
            topic: r.name,
            ok,
            status: r.error === null ? 'OK' : exists && ok ? 'EXISTS' : r.error.errorName,
            error: r.error?.message ?? null,
            partitions: r.partitions,
            replicas: r.replicationFactor,
          };
        });
        print(io, flags.format, rows, () =>
          table(
            io,
            ['TOPIC', 'STATUS', 'PARTITIONS', 'REPLICAS'],
            rows.map((r) => [
              r.topic,
              status(io, r.ok, r.ok ? r.status : `${r.status}: ${r.error}`),
              r.partitions < 0 ? null : r.partitions,
              r.replicas < 0 ? null : r.replicas,
            ]),
          ),
        );
        return rows.every((r) => r.ok) ? 0 : 1;
      },
    ),
  );

  addConnectionFlags(
    topic
      .command('list')
      .alias('ls')
      .description('list topics')
      .option('-i, --internal', 'include internal topics (__consumer_offsets, __transaction_state)')
      .option('--regex <pattern>', 'only topics whose name matches the regular expression')
      .addOption(formatOption())
      .addHelpText('after', examples(['samsa topic list', "samsa topic list --regex '^orders-' --format json"])),
  ).action(
    run(async (flags: Flags & { internal?: boolean; regex?: string }) => {
      const re = flags.regex === undefined ? null : regex(flags.regex);
      const md = await withClient(flags, io, (client) => client.metadata(null));
      const rows = [...md.topics.values()]
        .filter(
          (t) => t.errorCode === 0 && (flags.internal === true || !t.isInternal) && (re === null || re.test(t.name)),
        )
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((t) => ({
          name: t.name,
          partitions: t.partitions.length,
          replicas: t.partitions[0]?.replicas.length ?? 0,
          internal: t.isInternal,
        }));
      print(io, flags.format, rows, () =>
        table(
          io,
          ['NAME', 'PARTITIONS', 'REPLICAS'],
          rows.map((r) => [r.name, r.partitions, r.replicas]),
        ),
      );
      return 0;
    }),
  );

  addConnectionFlags(
    topic
      .command('describe')
      .description('partitions (leader, replicas, ISR, log start, high watermark, LSO, size) and configs of a topic')
      .argument('<name>', 'topic name')
      .option('-c, --print-configs', 'only the configs')
      .option('-p, --print-partitions', 'only the partitions')
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples([
          'samsa topic describe orders',
          'samsa topic describe orders -p',
          'samsa topic describe orders --format yaml',
        ]),
      ),
  ).action(
    run(async (name: string, flags: Flags & { printConfigs?: boolean; printPartitions?: boolean }) => {
      const all = flags.printConfigs !== true && flags.printPartitions !== true;
      const wantPartitions = all || flags.printPartitions === true;
      const wantConfigs = all || flags.printConfigs === true;
      const data = await withClient(flags, io, async (client) => {
        const info = await client.topic(name, true);
        return {
          name: info.name,
          topicId: info.topicId,
          internal: info.isInternal,
          partitions: wantPartitions ? await describePartitions(client, info) : undefined,
          configs: wantConfigs
            ? (await describeConfigs(client, 'topic', name)).map((c) => ({
                name: c.name,
                value: c.sensitive ? null : c.value,
                source: c.source,
                sensitive: c.sensitive,
              }))
            : undefined,
        };
      });
      print(io, flags.format, data, () => {
        let text = '';
        if (all) {
          text += section(io, 'SUMMARY');
          text += fields(io, [
            ['NAME', data.name],
            ['ID', data.topicId],
            ['INTERNAL', data.internal],
            ['PARTITIONS', data.partitions?.length],
            ['REPLICAS', data.partitions?.[0]?.replicas.length],
          ]);
          text += '\n';
        }
        if (data.configs !== undefined) {
          if (all) text += section(io, 'CONFIGS');
          text += table(
            io,
            ['KEY', 'VALUE', 'SOURCE'],
            data.configs.map((c) => [c.name, c.sensitive ? '(sensitive)' : c.value, c.source]),
          );
          if (all) text += '\n';
        }
        if (data.partitions !== undefined) {
          if (all) text += section(io, 'PARTITIONS');
          text += table(
            io,
            [
              'PARTITION',
              'LEADER',
              'EPOCH',
              'REPLICAS',
              'ISR',
              'OFFLINE',
              'LOG-START',
              'HIGH-WATERMARK',
              'LSO',
              'SIZE',
            ],
            data.partitions.map((p) => [
              p.partition,
              p.leader,
              p.leaderEpoch,
              p.replicas.join(','),
              p.isr.join(','),
              p.offlineReplicas.length === 0 ? null : p.offlineReplicas.join(','),
              p.logStartOffset,
              p.highWatermark,
              p.lastStableOffset,
              p.size,
            ]),
          );
        }
        return text;
      });
      return 0;
    }),
  );

  addConnectionFlags(
    topic
      .command('delete')
      .alias('rm')
      .description('delete topics, by name or by regular expression')
      .argument('[names...]', 'topic names')
      .option('--regex <pattern>', 'delete every (non-internal) topic whose name matches')
      .addOption(formatOption())
      .addHelpText('after', examples(['samsa topic delete orders', "samsa topic delete --regex '^tmp-'"])),
  ).action(
    run(async (names: string[], flags: Flags & { regex?: string }) => {
      if (names.length === 0 && flags.regex === undefined)
        throw new CommandFailure('topic delete needs topic names or --regex', 2);
      const results = await withClient(flags, io, async (client) => {
        let targets = names;
        if (flags.regex !== undefined) {
          const re = regex(flags.regex);
          const md = await client.metadata(null);
          targets = [
            ...names,
            ...[...md.topics.values()].filter((t) => !t.isInternal && re.test(t.name)).map((t) => t.name),
          ];
          if (targets.length === 0) return [];
        }
        return deleteTopics(client, targets);
      });
      const rows = results.map((r) => ({
        topic: r.name,
        ok: r.error === null,
        error: r.error?.errorName ?? null,
        message: r.error?.message ?? null,
      }));
      print(io, flags.format, rows, () =>
        table(
          io,
          ['TOPIC', 'STATUS'],
          rows.map((r) => [r.topic, status(io, r.ok, r.ok ? 'OK' : `${r.error}: ${r.message}`)]),
        ),
      );
      return rows.every((r) => r.ok) ? 0 : 1;
    }),
  );

  addConnectionFlags(
    topic
      .command('alter-config')
      .description('set or delete topic configs (IncrementalAlterConfigs)')
      .argument('<names...>', 'topic names')
      .option('-s, --set <key=value>', 'set a config, repeatable', collect, [])
      .option('-d, --delete <key>', 'remove a config (back to the default), repeatable', collect, [])
      .option('--append <key=value>', 'append to a list config, repeatable', collect, [])
      .option('--subtract <key=value>', 'remove from a list config, repeatable', collect, [])
      .option('--dry-run', 'validate only')
      .addHelpText(
        'after',
        examples([
          'samsa topic alter-config orders --set retention.ms=3600000',
          'samsa topic alter-config orders --delete retention.ms --set cleanup.policy=compact',
        ]),
      ),
  ).action(
    run(
      async (
        names: string[],
        flags: ConnectionFlags & {
          set: string[];
          delete: string[];
          append: string[];
          subtract: string[];
          dryRun?: boolean;
        },
      ) => {
        const changes: ConfigChange[] = [
          ...flags.set.map((s) => {
            const [name, value] = keyValue(s, '--set');
            return { name, op: 'set' as const, value };
          }),
          ...flags.delete.map((name) => ({ name, op: 'delete' as const })),
          ...flags.append.map((s) => {
            const [name, value] = keyValue(s, '--append');
            return { name, op: 'append' as const, value };
          }),
          ...flags.subtract.map((s) => {
            const [name, value] = keyValue(s, '--subtract');
            return { name, op: 'subtract' as const, value };
          }),
        ];
        if (changes.length === 0)
          throw new CommandFailure('alter-config needs --set, --delete, --append or --subtract', 2);
        await withClient(flags, io, async (client) => {
          for (const name of names) await alterConfigs(client, 'topic', name, changes, flags.dryRun === true);
        });
        for (const name of names)
          io.stdout.write(`${name}: ${changes.length} config change(s) ${flags.dryRun ? 'valid' : 'applied'}\n`);
        return 0;
      },
    ),
  );

  addConnectionFlags(
    topic
      .command('add-partitions')
      .description('add partitions to topics (CreatePartitions)')
      .argument('<names...>', 'topic names')
      .requiredOption('-n, --num <n>', 'how many partitions to add', nonNegativeInt)
      .addHelpText('after', examples(['samsa topic add-partitions orders -n 3'])),
  ).action(
    run(async (names: string[], flags: ConnectionFlags & { num: number }) => {
      await withClient(flags, io, async (client) => {
        for (const name of names) {
          const info = await client.topic(name, true);
          const total = info.partitions.length + flags.num;
          await createPartitions(client, name, total);
          io.stdout.write(`${name}: ${info.partitions.length} -> ${total} partitions\n`);
        }
      });
      return 0;
    }),
  );

  addConnectionFlags(
    topic
      .command('trim-prefix')
      .description('delete the records before an offset (DeleteRecords): the log start moves up to it')
      .argument('<name>', 'topic name')
      .requiredOption('-o, --offset <offset>', "new log start offset, or 'end' (the high watermark: everything)")
      .option('-p, --partitions <list>', 'partitions, e.g. 0,1 or 0-3 (default: all)', partitionList)
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples(['samsa topic trim-prefix orders -p 0 -o 1500', 'samsa topic trim-prefix orders -o end']),
      ),
  ).action(
    run(async (name: string, flags: Flags & { offset: string; partitions?: number[] }) => {
      const offset = flags.offset === 'end' ? -1 : /^\d+$/.test(flags.offset) ? Number(flags.offset) : Number.NaN;
      if (Number.isNaN(offset)) throw new CommandFailure(`--offset takes an offset or 'end', got ${flags.offset}`, 2);
      const rows = await withClient(flags, io, async (client) => {
        const info = await client.topic(name, true);
        const partitions = flags.partitions ?? info.partitions.map((p) => p.partition);
        return deleteRecords(
          client,
          partitions.map((partition) => ({ topic: name, partition, offset })),
        );
      });
      rows.sort((a, b) => a.partition - b.partition);
      print(io, flags.format, rows, () =>
        table(
          io,
          ['TOPIC', 'PARTITION', 'LOG-START-OFFSET'],
          rows.map((r) => [r.topic, r.partition, r.lowWatermark]),
        ),
      );
      return 0;
    }),
  );

  return topic;
}

export interface PartitionDetail {
  readonly partition: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly offlineReplicas: readonly number[];
  readonly logStartOffset: number | null;
  readonly highWatermark: number | null;
  readonly lastStableOffset: number | null;
  /** Bytes of the leader's replica; null when the broker does not serve DescribeLogDirs. */
  readonly size: number | null;
}

async function describePartitions(client: KafkaClient, info: TopicInfo): Promise<PartitionDetail[]> {
  const tps = info.partitions.filter((p) => p.leader >= 0).map((p) => ({ topic: info.name, partition: p.partition }));
  const [starts, ends, stables, sizes] = await Promise.all([
    tps.length === 0 ? [] : listOffsets(client, tps, EARLIEST),
    tps.length === 0 ? [] : listOffsets(client, tps, LATEST),
    tps.length === 0 ? [] : listOffsets(client, tps, LATEST, 'read_committed').catch(() => []),
    replicaSizes(
      client,
      client.knownBrokers.map((b) => b.nodeId),
      [{ topic: info.name, partitions: info.partitions.map((p) => p.partition) }],
    ).catch(() => []),
  ]);
  const at = (list: readonly { partition: number; offset: number }[], p: number): number | null =>
    list.find((o) => o.partition === p)?.offset ?? null;
  return info.partitions.map((p) => ({
    partition: p.partition,
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    replicas: p.replicas,
    isr: p.isr,
    offlineReplicas: p.offlineReplicas,
    logStartOffset: at(starts, p.partition),
    highWatermark: at(ends, p.partition),
    lastStableOffset: at(stables, p.partition),
    size: sizes.find((s) => s.partition === p.partition && s.broker === p.leader)?.size ?? null,
  }));
}

function regex(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch (err) {
    throw new CommandFailure(`--regex: ${(err as Error).message}`, 2);
  }
}
