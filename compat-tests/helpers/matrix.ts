// The client × feature matrix of compat-tests/README.md, built from a jest JSON report
// (`jest --json --outputFile=<report>`) and written between the README's matrix markers
// by scripts/compat-matrix.ts.
//
// Title convention (compat-tests/README.md, "Test titles"): the outermost describe of a
// client suite starts with the client's name as one word, and each test title starts
// with `<feature>: `. Cross-client tests are titled `cross-client: <reader> reads
// <writer> …` and also fill a writer × reader table. The parser is tolerant: a client
// or feature it has never seen gets its own row or column, a test without a feature
// prefix is counted under `other`, and suites that broke before running any test are
// listed by file.
import { relative, sep } from 'node:path';

export const START_MARKER = '<!-- compat-matrix:start -->';
export const END_MARKER = '<!-- compat-matrix:end -->';

/** Matrix columns in the order of the issue's feature list; unknown features follow, alphabetically. */
export const FEATURES = [
  'metadata',
  'produce-consume',
  'codecs',
  'records',
  'groups',
  'groups-848',
  'admin',
  'idempotence',
  'transactions',
  'offsets-by-time',
  'replication',
  'faults',
  'monitoring',
  'security',
  'compaction',
  'quotas',
  'racks',
  'telemetry',
  'share-groups',
  'cross-client',
] as const;

/** Rows in this order; clients not listed here follow, alphabetically. */
export const CLIENTS = [
  'kafkajs',
  '@platformatic/kafka',
  'kcat',
  'confluent-kafka-python',
  'kafka-python',
  'librdkafka-c',
  'sarama',
  'kafka-go',
  'confluent-kafka-go',
  'node-rdkafka',
  '@confluentinc/kafka-javascript',
  'kafka-node',
  'librdkafka-tools',
  'burrow',
  '@kafkats/client',
] as const;

type Status = 'passed' | 'failed' | 'pending' | 'todo' | 'skipped' | 'disabled' | 'focused';

interface AssertionResult {
  readonly ancestorTitles: readonly string[];
  readonly title: string;
  readonly status: Status;
}

interface SuiteResult {
  readonly name: string;
  readonly status: string;
  readonly message?: string;
  readonly assertionResults: readonly AssertionResult[];
}

export interface JestReport {
  readonly startTime?: number;
  readonly testResults: readonly SuiteResult[];
}

export interface Cell {
  passed: number;
  failed: number;
  skipped: number;
}

export interface Matrix {
  /** client → feature → counts */
  readonly cells: Map<string, Map<string, Cell>>;
  /** writer → reader → counts, from `cross-client: <reader> reads <writer>` titles */
  readonly cross: Map<string, Map<string, Cell>>;
  /** compat suites that failed without a single test result (compile error, crash in a hook) */
  readonly brokenSuites: string[];
  readonly failures: Array<{ client: string; feature: string; title: string }>;
}

const FEATURE_PREFIX = /^([a-z][a-z0-9-]*): /;
const CROSS_TITLE = /^cross-client: (\S+) reads (\S+?)(?:'s)?(?:\s|$)/;

/** The client a test belongs to: the first word of its outermost describe. */
export function clientOf(ancestors: readonly string[]): string | null {
  const outer = ancestors[0]?.trim();
  if (!outer) return null;
  return outer.split(/\s+/)[0]?.replace(/:$/, '') ?? null;
}

/** The feature a test title names, or `other` when it has no `<feature>: ` prefix. */
export function featureOf(title: string): string {
  return FEATURE_PREFIX.exec(title)?.[1] ?? 'other';
}

/** `[reader, writer]` of a cross-client title, or null. */
export function crossPair(title: string): [string, string] | null {
  const m = CROSS_TITLE.exec(title);
  return m === null ? null : [m[1]!, m[2]!];
}

function bump(table: Map<string, Map<string, Cell>>, row: string, column: string, status: Status): void {
  let columns = table.get(row);
  if (columns === undefined) table.set(row, (columns = new Map()));
  let cell = columns.get(column);
  if (cell === undefined) columns.set(column, (cell = { passed: 0, failed: 0, skipped: 0 }));
  if (status === 'passed') cell.passed++;
  else if (status === 'failed') cell.failed++;
  else cell.skipped++;
}

/** Is this suite file one of the per-client compat folders (not the harness's own tests)? */
export function isCompatSuite(file: string, compatDir: string): boolean {
  const rel = relative(compatDir, file);
  if (rel.startsWith('..') || rel.startsWith(sep)) return false;
  const folder = rel.split(sep)[0];
  return (
    folder !== undefined && folder !== rel && folder !== 'helpers' && folder !== 'dist' && folder !== 'node_modules'
  );
}

export function buildMatrix(report: JestReport, compatDir: string): Matrix {
  const matrix: Matrix = { cells: new Map(), cross: new Map(), brokenSuites: [], failures: [] };
  for (const suite of report.testResults) {
    if (!isCompatSuite(suite.name, compatDir)) continue;
    if (suite.assertionResults.length === 0) {
      if (suite.status === 'failed') matrix.brokenSuites.push(relative(compatDir, suite.name));
      continue;
    }
    for (const test of suite.assertionResults) {
      const feature = featureOf(test.title);
      const pair = feature === 'cross-client' ? crossPair(test.title) : null;
      if (pair !== null) {
        const [reader, writer] = pair;
        bump(matrix.cross, writer, reader, test.status);
        bump(matrix.cells, reader, 'cross-client', test.status);
        if (writer !== reader) bump(matrix.cells, writer, 'cross-client', test.status);
        if (test.status === 'failed') matrix.failures.push({ client: reader, feature, title: test.title });
        continue;
      }
      const client = clientOf(test.ancestorTitles) ?? relative(compatDir, suite.name).split(sep)[0]!;
      bump(matrix.cells, client, feature, test.status);
      if (test.status === 'failed') matrix.failures.push({ client, feature, title: test.title });
    }
  }
  return matrix;
}

function ordered(names: Iterable<string>, preferred: readonly string[]): string[] {
  const all = [...new Set(names)];
  const known = preferred.filter((n) => all.includes(n));
  const rest = all.filter((n) => !preferred.includes(n)).sort();
  return [...known, ...rest];
}

export function renderCell(cell: Cell | undefined): string {
  if (cell === undefined) return '—';
  const total = cell.passed + cell.failed;
  const parts: string[] = [];
  if (cell.failed > 0) parts.push(`❌ ${cell.passed}/${total}`);
  else if (cell.passed > 0) parts.push(`✅ ${cell.passed}`);
  if (cell.skipped > 0) parts.push(`⏭ ${cell.skipped}`);
  return parts.join(' ');
}

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMatrix(matrix: Matrix, when: Date): string {
  const lines: string[] = [];
  const clients = ordered(matrix.cells.keys(), CLIENTS);
  const features = ordered(
    [...matrix.cells.values()].flatMap((columns) => [...columns.keys()]),
    FEATURES,
  );
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const columns of matrix.cells.values()) {
    for (const [feature, cell] of columns) {
      // Cross-client tests count under both their reader and writer; count each once in the totals.
      if (feature === 'cross-client') continue;
      passed += cell.passed;
      failed += cell.failed;
      skipped += cell.skipped;
    }
  }
  for (const readers of matrix.cross.values()) {
    for (const cell of readers.values()) {
      passed += cell.passed;
      failed += cell.failed;
      skipped += cell.skipped;
    }
  }

  lines.push(
    `Generated by \`scripts/compat-matrix.ts\` from the jest run of ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC: ` +
      `${passed} compat tests passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}. ` +
      'A cell counts the tests of that client and feature (✅ all passed, ❌ passed/total, ⏭ skipped); ' +
      "— means no test: see the client's FINDINGS.md for why.",
  );
  lines.push('');
  lines.push(`| client | ${features.join(' | ')} |`);
  lines.push(`| --- |${features.map(() => ' :---: |').join('')}`);
  for (const client of clients) {
    const columns = matrix.cells.get(client)!;
    lines.push(`| ${escapeCell(client)} | ${features.map((f) => renderCell(columns.get(f))).join(' | ')} |`);
  }

  if (matrix.cross.size > 0) {
    const writers = ordered(matrix.cross.keys(), CLIENTS);
    const readers = ordered(
      [...matrix.cross.values()].flatMap((r) => [...r.keys()]),
      CLIENTS,
    );
    lines.push('');
    lines.push('Cross-client: records written by the row client, read back byte for byte by the column client.');
    lines.push('');
    lines.push(`| writer \\ reader | ${readers.map(escapeCell).join(' | ')} |`);
    lines.push(`| --- |${readers.map(() => ' :---: |').join('')}`);
    for (const writer of writers) {
      const row = matrix.cross.get(writer)!;
      lines.push(`| ${escapeCell(writer)} | ${readers.map((r) => renderCell(row.get(r))).join(' | ')} |`);
    }
  }

  if (matrix.failures.length > 0) {
    lines.push('');
    lines.push('Failed in that run:');
    lines.push('');
    for (const f of matrix.failures) lines.push(`- ${escapeCell(f.client)} / ${f.feature}: ${escapeCell(f.title)}`);
  }
  if (matrix.brokenSuites.length > 0) {
    lines.push('');
    lines.push('Suites that failed before running a test:');
    lines.push('');
    for (const s of matrix.brokenSuites) lines.push(`- \`${s}\``);
  }
  return lines.join('\n');
}

/** Replaces what lies between the markers (appending a marked section when the README has none). */
export function spliceMatrix(readme: string, table: string): string {
  const block = `${START_MARKER}\n${table}\n${END_MARKER}`;
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) return `${readme.trimEnd()}\n\n## Matrix\n\n${block}\n`;
  return readme.slice(0, start) + block + readme.slice(end + END_MARKER.length);
}
