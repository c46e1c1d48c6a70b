// What the cross-client suites share: the records every writer sends (cross-client.test.ts's kinds: text records,
// a null header value, a record with neither key nor value), the reductions a client's documented limits call for,
// and the matrix name of each reader (both APIs of @confluentinc/kafka-javascript are one client in the matrix).
import { textRecords, type TestRecord } from './records';

export function crossRecords(tag: string): TestRecord[] {
  return [
    ...textRecords(tag, 0),
    {
      key: Buffer.from(`null-header-${tag}`),
      value: Buffer.from('v'),
      headers: [
        ['n', null],
        ['after', Buffer.from('x')],
      ],
      timestamp: 1_700_000_000_007,
      partition: 0,
    },
    { key: null, value: null, headers: [], timestamp: 1_700_000_000_008, partition: 0 },
  ];
}

export const withoutNullHeaderValues = (records: readonly TestRecord[]): TestRecord[] =>
  records.map((r) => ({ ...r, headers: r.headers.filter(([, v]) => v !== null) }));
export const withoutHeaders = (records: readonly TestRecord[]): TestRecord[] =>
  records.map((r) => ({ ...r, headers: [] }));
export const withKeyOrValue = (records: readonly TestRecord[]): TestRecord[] =>
  records.filter((r) => r.key !== null || r.value !== null);

/** The reader's client as the compat matrix names it. */
export const matrixName = (reader: string): string =>
  reader.startsWith('ckjs ') ? '@confluentinc/kafka-javascript' : reader;

/** `[matrix name, reader]` pairs for `test.each`, so titles read `cross-client: <matrix name> reads …`. */
export const named = <const R extends string>(readers: readonly R[]): Array<[string, R]> =>
  readers.map((r) => [matrixName(r), r]);
