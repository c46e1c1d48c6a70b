import { parseArgs, UsageError } from '../src/args';
import { startHelp } from '../src/help';
import { BROKER_CONFIG_KEYS } from '@samsa/broker';

describe('parseArgs', () => {
  it('reads --config and --<key> <value> / --<key>=<value> overrides', () => {
    expect(parseArgs(['start', '--config', 'server.properties', '--num.partitions', '3', '--log.dirs=./d'])).toEqual({
      command: 'start',
      help: false,
      configFile: 'server.properties',
      overrides: { 'num.partitions': '3', 'log.dirs': './d' },
    });
  });

  it('recognises help forms', () => {
    expect(parseArgs([])).toEqual({ command: 'help' });
    expect(parseArgs(['start', '--help'])).toMatchObject({ command: 'start', help: true });
  });

  it.each([
    [['stop'], /unknown command stop/],
    [['start', 'positional'], /unexpected argument positional/],
    [['start', '--num.partitions'], /missing value for --num.partitions/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('help lists every key with its default', () => {
    const help = startHelp();
    for (const key of BROKER_CONFIG_KEYS) expect(help).toContain(`--${key.name}`);
    expect(help).toMatch(/--num\.partitions\s+.*\[1\]/);
    expect(help).toMatch(/--listeners\s+.*\[PLAINTEXT:\/\/127\.0\.0\.1:9092\]/);
  });
});
