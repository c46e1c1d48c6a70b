/**
 * `samsa cluster`: info (cluster id, controller, brokers with racks and addresses, topic and partition counts),
 * health (every broker reachable, no under-replicated or offline partition; the exit code says which) and config
 * get/set (broker configs, the dynamic ones through IncrementalAlterConfigs).
 */
import { alterConfigs, BrokerConnection, describeCluster, describeConfigs, type ConfigChange } from '@samsa/client';
import { Command } from 'commander';
import { addConnectionFlags, clientOptions, type ConnectionFlags } from './connection-flags';
import { CommandFailure, type CliIo } from './io';
import { fields, formatOption, print, section, status, table, type OutputFormat } from './output';
import { collect, examples, int, keyValue, withClient, failureMessage, type Runner } from './shared';

interface Flags extends ConnectionFlags {
  readonly format: OutputFormat;
}

export function clusterCommand(io: CliIo, run: Runner): Command {
  const cluster = new Command('cluster').description('cluster id, brokers, health and broker configs');

  addConnectionFlags(
    cluster
      .command('info')
      .alias('metadata')
      .description('cluster id, controller, brokers (id, address, rack) and topic counts')
      .addOption(formatOption())
      .addHelpText('after', examples(['samsa cluster info', 'samsa cluster info --format json'])),
  ).action(
    run(async (flags: Flags) => {
      const data = await withClient(flags, io, async (client) => {
        const described = await describeCluster(client);
        const md = await client.metadata(null);
        const topics = [...md.topics.values()].filter((t) => t.errorCode === 0);
        return {
          clusterId: described.clusterId,
          controller: described.controllerId,
          brokers: described.brokers.map((b) => ({ id: b.nodeId, host: b.host, port: b.port, rack: b.rack })),
          topics: topics.filter((t) => !t.isInternal).length,
          internalTopics: topics.filter((t) => t.isInternal).length,
          partitions: topics.reduce((n, t) => n + t.partitions.length, 0),
        };
      });
      print(
        io,
        flags.format,
        data,
        () =>
          fields(io, [
            ['CLUSTER', data.clusterId],
            ['CONTROLLER', data.controller],
            ['TOPICS', `${data.topics} (+${data.internalTopics} internal)`],
            ['PARTITIONS', data.partitions],
          ]) +
          '\n' +
          section(io, 'BROKERS') +
          table(
            io,
            ['ID', 'ADDRESS', 'RACK', 'CONTROLLER'],
            data.brokers.map((b) => [b.id, `${b.host}:${b.port}`, b.rack, b.id === data.controller ? '*' : '']),
          ),
      );
      return 0;
    }),
  );

  addConnectionFlags(
    cluster
      .command('health')
      .description('healthy when every broker answers and no partition is under-replicated or offline (exit 0, else 1)')
      .addOption(formatOption())
      .addHelpText('after', examples(['samsa cluster health', 'samsa cluster health --format json || alert'])),
  ).action(
    run(async (flags: Flags) => {
      const data = await withClient(flags, io, async (client) => {
        const md = await client.metadata(null);
        const options = clientOptions(flags, io);
        const reach = await Promise.all(
          md.brokers.map(async (b) => {
            try {
              const conn = await BrokerConnection.open(
                { nodeId: b.nodeId, host: b.host, port: b.port },
                {
                  clientId: options.clientId ?? 'samsa-cli',
                  requestTimeoutMs: options.requestTimeoutMs ?? 10000,
                  ...(options.tls !== undefined ? { tls: options.tls } : {}),
                  ...(options.sasl !== undefined ? { sasl: options.sasl } : {}),
                },
              );
              conn.close();
              return { id: b.nodeId, reachable: true, error: null };
            } catch (err) {
              return { id: b.nodeId, reachable: false, error: failureMessage(err) };
            }
          }),
        );
        const under: string[] = [];
        const offline: string[] = [];
        for (const t of md.topics.values())
          for (const p of t.partitions) {
            if (p.leader < 0) offline.push(`${t.name}/${p.partition}`);
            else if (p.isr.length < p.replicas.length) under.push(`${t.name}/${p.partition}`);
          }
        const down = reach.filter((r) => !r.reachable);
        return {
          healthy: down.length === 0 && under.length === 0 && offline.length === 0,
          brokers: reach,
          unreachableBrokers: down.map((d) => d.id),
          underReplicatedPartitions: under.sort(),
          offlinePartitions: offline.sort(),
        };
      });
      print(
        io,
        flags.format,
        data,
        () =>
          fields(io, [
            ['HEALTHY', status(io, data.healthy, String(data.healthy))],
            ['BROKERS', data.brokers.map((b) => b.id).join(',')],
            ['UNREACHABLE', data.unreachableBrokers.join(',') || '(none)'],
            ['UNDER-REPLICATED', data.underReplicatedPartitions.join(',') || '(none)'],
            ['OFFLINE', data.offlinePartitions.join(',') || '(none)'],
          ]) +
          data.brokers
            .filter((b) => b.error !== null)
            .map((b) => `broker ${b.id}: ${b.error}\n`)
            .join(''),
      );
      return data.healthy ? 0 : 1;
    }),
  );

  const config = cluster.command('config').description('broker configs');
  addConnectionFlags(
    config
      .command('get')
      .description("a broker's configs (all, or the keys named)")
      .argument('[keys...]', 'config keys')
      .option('--broker <id>', 'the broker to ask (default: the controller, else the first broker)', int)
      .option('--all', 'include the keys at their defaults')
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples(['samsa cluster config get', 'samsa cluster config get log.retention.ms --broker 2']),
      ),
  ).action(
    run(async (keys: string[], flags: Flags & { broker?: number; all?: boolean }) => {
      const entries = await withClient(flags, io, async (client) => {
        const md = await client.metadata([]);
        const broker =
          flags.broker ??
          (md.brokers.some((b) => b.nodeId === md.controllerId) ? md.controllerId : md.brokers[0]?.nodeId);
        if (broker === undefined) throw new CommandFailure('no broker in the metadata');
        const list = await describeConfigs(client, 'broker', String(broker), keys.length > 0 ? keys : null);
        return list.filter((c) => keys.length > 0 || flags.all === true || !c.isDefault);
      });
      const rows = entries.map((c) => ({
        name: c.name,
        value: c.sensitive ? null : c.value,
        source: c.source,
        readOnly: c.readOnly,
      }));
      print(io, flags.format, rows, () =>
        table(
          io,
          ['KEY', 'VALUE', 'SOURCE', 'READ-ONLY'],
          rows.map((r) => [r.name, r.value, r.source, r.readOnly]),
        ),
      );
      return 0;
    }),
  );
  addConnectionFlags(
    config
      .command('set')
      .description('set or delete dynamic broker configs (cluster-wide default, or one broker with --broker)')
      .argument('[key=value...]', 'configs to set')
      .option('--broker <id>', 'only this broker (default: the cluster-wide dynamic default)', int)
      .option('-d, --delete <key>', 'remove a dynamic config, repeatable', collect, [])
      .addHelpText(
        'after',
        examples([
          'samsa cluster config set log.retention.ms=3600000',
          'samsa cluster config set --broker 2 -d log.retention.ms',
        ]),
      ),
  ).action(
    run(async (pairs: string[], flags: ConnectionFlags & { broker?: number; delete: string[] }) => {
      const changes: ConfigChange[] = [
        ...pairs.map((p) => {
          const [name, value] = keyValue(p, 'config');
          return { name, op: 'set' as const, value };
        }),
        ...flags.delete.map((name) => ({ name, op: 'delete' as const })),
      ];
      if (changes.length === 0) throw new CommandFailure('cluster config set needs key=value or --delete key', 2);
      const name = flags.broker === undefined ? '' : String(flags.broker);
      await withClient(flags, io, (client) => alterConfigs(client, 'broker', name, changes));
      io.stdout.write(
        `${name === '' ? 'cluster default' : `broker ${name}`}: ${changes.length} config change(s) applied\n`,
      );
      return 0;
    }),
  );
  return cluster;
}
