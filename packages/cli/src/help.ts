/** The `samsa start --help` text: usage, then every broker key with its default and meaning. */
import { BROKER_CONFIG_KEYS } from '@samsa/broker';

export function startHelp(): string {
  const lines = [
    'Usage: samsa start [--config server.properties] [--<server.properties key> <value> ...]',
    '',
    'Starts a Kafka-compatible broker. Flags use server.properties key names and override the file.',
    'Stops gracefully on SIGINT/SIGTERM.',
    '',
    '  --brokers N  run N brokers in this process (node ids node.id, node.id+1, ...; short for --samsa.broker.count)',
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
  return 'Usage: samsa <command>\n\nCommands:\n  start   run a broker (samsa start --help for its options)\n  ctl     control a running broker: faults, broker stop/start, leader moves (samsa ctl --help)\n';
}
