/**
 * `samsa acl`: create, list and delete ACLs (CreateAcls, DescribeAcls, DeleteAcls). A broker without an authorizer
 * (samsa or Kafka without authorizer.class.name) answers SECURITY_DISABLED; the command says so in a line.
 */
import { BrokerError, createAcls, deleteAcls, describeAcls, type AclBinding, type AclFilter } from '@samsa/client';
import { Command } from 'commander';
import { addConnectionFlags, type ConnectionFlags } from './connection-flags';
import { CommandFailure, type CliIo } from './io';
import { formatOption, print, table, type OutputFormat } from './output';
import { examples, withClient, type Runner } from './shared';

interface AclFlags extends ConnectionFlags {
  readonly format: OutputFormat;
  readonly resourceType?: string;
  readonly resourceName?: string;
  readonly pattern?: string;
  readonly principal?: string;
  readonly host?: string;
  readonly operation?: string;
  readonly permission?: string;
}

function aclFlags(cmd: Command, filter: boolean): Command {
  const any = filter ? ' (default: any)' : '';
  return cmd
    .option('--resource-type <type>', `topic, group, cluster, transactional_id, delegation_token, user${any}`)
    .option('--resource-name <name>', `resource name${filter ? ' (default: any)' : ''}`)
    .option('--pattern <type>', `literal, prefixed${filter ? ', match, any (default: any)' : ' (default: literal)'}`)
    .option('--principal <principal>', `e.g. User:alice${any}`)
    .option('--host <host>', `host the rule applies to${filter ? ' (default: any)' : ' (default: *)'}`)
    .option(
      '--operation <op>',
      `read, write, create, delete, alter, describe, cluster_action, describe_configs, alter_configs, idempotent_write, all${any}`,
    )
    .option('--permission <allow|deny>', `allow or deny${filter ? ' (default: any)' : ' (default: allow)'}`);
}

function toFilter(f: AclFlags): AclFilter {
  return {
    resourceType: f.resourceType ?? 'any',
    resourceName: f.resourceName ?? null,
    patternType: f.pattern ?? 'any',
    principal: f.principal ?? null,
    host: f.host ?? null,
    operation: f.operation ?? 'any',
    permission: f.permission ?? 'any',
  };
}

function explain(err: unknown): never {
  if (err instanceof BrokerError && err.errorName === 'SECURITY_DISABLED')
    throw new CommandFailure(
      `${err.describe()}: the broker has no authorizer, so it keeps no ACLs (set authorizer.class.name on the broker, on Kafka and on samsa alike)`,
    );
  if (err instanceof Error && /^unknown /.test(err.message)) throw new CommandFailure(err.message, 2);
  throw err;
}

function render(io: CliIo, format: OutputFormat, acls: readonly AclBinding[]): void {
  print(io, format, acls, () =>
    table(
      io,
      ['PRINCIPAL', 'HOST', 'RESOURCE-TYPE', 'RESOURCE-NAME', 'PATTERN', 'OPERATION', 'PERMISSION'],
      acls.map((a) => [a.principal, a.host, a.resourceType, a.resourceName, a.patternType, a.operation, a.permission]),
    ),
  );
}

export function aclCommand(io: CliIo, run: Runner): Command {
  const acl = new Command('acl').description('create, list and delete ACLs');

  addConnectionFlags(
    aclFlags(acl.command('create').description('create an ACL'), false)
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples([
          'samsa acl create --principal User:alice --operation read --resource-type topic --resource-name orders',
        ]),
      ),
  ).action(
    run(async (flags: AclFlags) => {
      if (flags.principal === undefined || flags.operation === undefined || flags.resourceType === undefined)
        throw new CommandFailure('acl create needs --principal, --operation and --resource-type', 2);
      const binding: AclBinding = {
        resourceType: flags.resourceType,
        resourceName: flags.resourceName ?? (flags.resourceType === 'cluster' ? 'kafka-cluster' : '*'),
        patternType: flags.pattern ?? 'literal',
        principal: flags.principal,
        host: flags.host ?? '*',
        operation: flags.operation,
        permission: flags.permission ?? 'allow',
      };
      await withClient(flags, io, (client) => createAcls(client, [binding]).catch(explain));
      render(io, flags.format, [binding]);
      return 0;
    }),
  );

  addConnectionFlags(
    aclFlags(acl.command('list').alias('ls').description('list the ACLs matching a filter'), true)
      .addOption(formatOption())
      .addHelpText('after', examples(['samsa acl list', 'samsa acl list --principal User:alice'])),
  ).action(
    run(async (flags: AclFlags) => {
      const acls = await withClient(flags, io, (client) => describeAcls(client, toFilter(flags)).catch(explain));
      render(io, flags.format, acls);
      return 0;
    }),
  );

  addConnectionFlags(
    aclFlags(acl.command('delete').alias('rm').description('delete the ACLs matching a filter'), true)
      .addOption(formatOption())
      .addHelpText(
        'after',
        examples(['samsa acl delete --principal User:alice --resource-type topic --resource-name orders']),
      ),
  ).action(
    run(async (flags: AclFlags) => {
      const deleted = await withClient(flags, io, (client) => deleteAcls(client, toFilter(flags)).catch(explain));
      render(io, flags.format, deleted);
      return 0;
    }),
  );
  return acl;
}
