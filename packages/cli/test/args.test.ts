import { parseArgs, unknownFlagMessage, UsageError } from '../src/args';
import { startHelp } from '../src/help';
import { BROKER_CONFIG_KEYS } from '@samsa/broker';

describe('parseArgs', () => {
  it('reads --config and --<key> <value> / --<key>=<value> overrides', () => {
    expect(parseArgs(['start', '--config', 'server.properties', '--num.partitions', '3', '--log.dirs=./d'])).toEqual({
      command: 'start',
      help: false,
      configFile: 'server.properties',
      logLevel: null,
      overrides: { 'num.partitions': '3', 'log.dirs': './d' },
      console: false,
    });
  });

  it('reads --console, which takes no value, and routes `samsa console` to the Kafka commands', () => {
    expect(parseArgs(['start', '--console', '--num.partitions', '3'])).toMatchObject({
      command: 'start',
      console: true,
      overrides: { 'num.partitions': '3' },
    });
    expect(parseArgs(['console', '--brokers', 'k:9092'])).toEqual({
      command: 'kafka',
      argv: ['console', '--brokers', 'k:9092'],
    });
  });

  it('reads --log-level and --version', () => {
    expect(parseArgs(['start', '--log-level', 'DEBUG'])).toMatchObject({
      command: 'start',
      logLevel: 'debug',
      overrides: {},
    });
    expect(() => parseArgs(['start', '--log-level', 'loud'])).toThrow(
      /--log-level must be one of fatal, error, warn, info/,
    );
    for (const form of ['--version', '-v', 'version']) expect(parseArgs([form])).toEqual({ command: 'version' });
  });

  it('names an unknown flag and suggests the key it is a typo of', () => {
    const keys = BROKER_CONFIG_KEYS.map((k) => k.name);
    expect(unknownFlagMessage(['num.partitions', 'log.dirs'], keys)).toBeNull();
    expect(unknownFlagMessage(['listners'], keys)).toBe(
      'unknown option --listners; did you mean --listeners? (samsa start --help lists every key)',
    );
    expect(unknownFlagMessage(['num.partition'], keys)).toContain('did you mean --num.partitions?');
    expect(unknownFlagMessage(['completely-unrelated-thing'], keys)).toBe(
      'unknown option --completely-unrelated-thing (samsa start --help lists every key)',
    );
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
