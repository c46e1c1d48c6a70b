import { join } from 'node:path';
import {
  buildMatrix,
  clientOf,
  crossPair,
  featureOf,
  renderMatrix,
  spliceMatrix,
  START_MARKER,
  END_MARKER,
  type JestReport,
} from './matrix';

const DIR = '/repo/compat-tests';
const suite = (file: string, tests: Array<[string[], string, 'passed' | 'failed' | 'pending']>, status = 'passed') => ({
  name: join(DIR, file),
  status,
  assertionResults: tests.map(([ancestorTitles, title, s]) => ({ ancestorTitles, title, status: s })),
});

describe('compat matrix', () => {
  test('reads the client from the outermost describe and the feature from the title prefix', () => {
    expect(clientOf(['sarama 1.22 against samsa', 'inner'])).toBe('sarama');
    expect(clientOf(['cross-client: records cross'])).toBe('cross-client');
    expect(clientOf([])).toBeNull();
    expect(featureOf('groups: two members split')).toBe('groups');
    expect(featureOf('codecs: gzip: keys')).toBe('codecs');
    expect(featureOf('a title without a feature')).toBe('other');
    expect(crossPair("cross-client: kafka-go reads sarama's gzip records")).toEqual(['kafka-go', 'sarama']);
    expect(crossPair('cross-client: @platformatic/kafka reads kcat snappy records')).toEqual([
      '@platformatic/kafka',
      'kcat',
    ]);
  });

  test('counts passes and failures per client and feature, fills the cross table, ignores helpers, lists broken suites', () => {
    const report: JestReport = {
      startTime: Date.UTC(2026, 0, 2, 3, 4),
      testResults: [
        suite('go/sarama.test.ts', [
          [['sarama against samsa'], 'codecs: gzip', 'passed'],
          [['sarama against samsa'], 'codecs: lz4', 'failed'],
          [['sarama against samsa'], 'groups: two members', 'passed'],
        ]),
        suite('new-client/x.test.ts', [
          [['newclient against samsa'], 'fancy: a feature nobody listed', 'passed'],
          [['newclient against samsa'], 'no prefix', 'passed'],
        ]),
        suite('cross-client/cross-client.test.ts', [
          [['cross-client: records', 'sarama writes'], 'cross-client: kafkajs reads sarama gzip records', 'passed'],
          [['cross-client: records', 'kafkajs writes'], 'cross-client: sarama reads kafkajs lz4 records', 'failed'],
        ]),
        suite('helpers/helpers.test.ts', [[['runProcess'], 'returns exit code', 'passed']]),
        suite('broken/broken.test.ts', [], 'failed'),
      ],
    };
    const m = buildMatrix(report, DIR);
    expect(m.cells.get('sarama')?.get('codecs')).toEqual({ passed: 1, failed: 1, skipped: 0 });
    expect(m.cells.get('sarama')?.get('cross-client')).toEqual({ passed: 1, failed: 1, skipped: 0 });
    expect(m.cells.get('newclient')?.get('fancy')).toEqual({ passed: 1, failed: 0, skipped: 0 });
    expect(m.cells.get('newclient')?.get('other')).toEqual({ passed: 1, failed: 0, skipped: 0 });
    expect(m.cells.has('runProcess')).toBe(false);
    expect(m.cross.get('sarama')?.get('kafkajs')).toEqual({ passed: 1, failed: 0, skipped: 0 });
    expect(m.brokenSuites).toEqual(['broken/broken.test.ts']);

    const table = renderMatrix(m, new Date(report.startTime!));
    expect(table).toContain('2026-01-02 03:04 UTC: 5 compat tests passed, 2 failed.');
    // Known features first in their order, unknown ones after; known clients first.
    expect(table).toContain('| client | codecs | groups | cross-client | fancy | other |');
    expect(table).toContain('| sarama | ❌ 1/2 | ✅ 1 | ❌ 1/2 | — | — |');
    expect(table).toContain('| writer \\ reader | kafkajs | sarama |');
    expect(table).toContain('- `broken/broken.test.ts`');
  });

  test('replaces only what lies between the markers, or appends a section', () => {
    const readme = `# T\n\nbefore\n${START_MARKER}\nold\n${END_MARKER}\nafter\n`;
    expect(spliceMatrix(readme, 'new')).toBe(`# T\n\nbefore\n${START_MARKER}\nnew\n${END_MARKER}\nafter\n`);
    expect(spliceMatrix('# T\n', 'new')).toBe(`# T\n\n## Matrix\n\n${START_MARKER}\nnew\n${END_MARKER}\n`);
  });
});
