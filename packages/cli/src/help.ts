/** The `samsa start --help` text: usage, then every broker key with its default and meaning. */
import { BROKER_CONFIG_KEYS } from '@samsa/broker';

export function startHelp(): string {
  const lines = [
    'Usage: samsa start [--config server.properties] [--<server.properties key> <value> ...]',
    '',
    'Starts a Kafka-compatible broker. Flags use server.properties key names and override the file.',
    'Stops gracefully on SIGINT/SIGTERM.',
    '',
    '  --brokers N       run N brokers in this process (node ids node.id, node.id+1, ...; short for --samsa.broker.count)',
    '  --log-level L     fatal, error, warn, info, debug, trace or silent [info; or $SAMSA_LOG_LEVEL]',
    '  --config FILE     a server.properties file; its unknown keys are warnings, an unknown flag is an error',
    '  --console         serve the web console on the admin endpoint (samsa.admin.listener, else 127.0.0.1:9644)',
    '',
    'Keys (default in brackets):',
  ];
  const width = Math.max(...BROKER_CONFIG_KEYS.map((k) => k.name.length));
  for (const key of BROKER_CONFIG_KEYS) {
    const def = key.default === null ? 'none' : key.default === '' ? '""' : key.default;
    lines.push(`  --${key.name.padEnd(width)}  ${key.doc} [${def}]`);
  }
  return `${lines.join('\n')}\n`;
}

export function generalHelp(): string {
  return [
    'Usage: samsa <command>',
    '',
    'Commands:',
    '  start       run a broker (samsa start --help for its options)',
    '  ctl         control a running broker: faults, broker stop/start, leader moves (samsa ctl --help)',
    '  certs       write throwaway TLS certificates and print client settings (samsa certs --help)',
    '',
    'Against any Kafka-protocol cluster (samsa, Kafka, Redpanda); --brokers or $SAMSA_BROKERS, else 127.0.0.1:9092:',
    '  topic       create, list, describe, delete, alter-config, add-partitions, trim-prefix',
    '  produce     records from stdin or a file: lines, a %-format or JSON',
    '  consume     records from an offset, a time or a group, as text, a %-format or JSON',
    '  group       list, describe (with lag), seek, delete, offset-delete',
    '  cluster     info, health, config get/set',
    '  acl         create, list, delete',
    '  console     the web console for a cluster: topics, messages, groups, brokers (samsa start --console for samsa)',
    '  (samsa <command> --help, samsa <command> <verb> --help: every flag, with examples)',
    '',
    '  --version   print the version',
    '',
  ].join('\n');
}
