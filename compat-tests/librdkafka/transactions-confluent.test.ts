// confluent-kafka-python (librdkafka 2.0.2) transactions against samsa: init_transactions (InitProducerId with a
// transactional id), begin/commit/abort_transaction (AddPartitionsToTxn v0, EndTxn v1), send_offsets_to_transaction
// in a consume-transform-produce loop (AddOffsetsToTxn v0, TxnOffsetCommit v3 with the consumer's generation and
// member id); an isolation.level=read_committed consumer reads committed records only, a read_uncommitted one reads
// the aborted ones too. Control records never reach either (librdkafka skips them; the raw log shows they are there).
import { connectAdmin } from '../helpers/kafkajs-admin';
import { join } from 'node:path';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { runPythonJson } from '../helpers/python';
import { confluentPython } from '../helpers/python-clients';
import type { TestRecord } from '../helpers/records';
import { fetchPartition } from '../helpers/transactions';

jest.setTimeout(120_000);

const SCRIPT = join(__dirname, 'py', 'transactions.py');

interface ProduceOut {
  readonly transactions: readonly { delivered: readonly (number | string)[]; end: 'commit' | 'abort' }[];
}

interface TransformOut {
  readonly consumed: readonly [number, string][];
  readonly steps: readonly { end: 'commit' | 'abort'; committed_before: number; committed_after: number }[];
}

interface FenceOut {
  readonly zombie_error: { name: string; fatal: boolean; abortable: boolean } | null;
  readonly successor: readonly (number | string)[];
}

/** librdkafka's "no committed offset" (RD_KAFKA_OFFSET_INVALID). */
const NO_OFFSET = -1001;

describeWithClient('confluent-kafka-python', 'confluent-kafka-python transactions against samsa', () => {
  let broker: TestBroker;

  beforeAll(async () => {
    broker = await startTestBroker();
    const admin = await connectAdmin('compat-txn-setup', [broker.bootstrap]);
    await admin.createTopics({
      topics: ['cpy-txn', 'cpy-ctp-in', 'cpy-ctp-out', 'cpy-fence'].map((topic) => ({ topic, numPartitions: 1 })),
      waitForLeaders: true,
    });
    await admin.disconnect();
  });
  afterAll(async () => {
    await broker?.stop();
  });

  const values = (records: readonly { value: Buffer | null }[]): string[] =>
    records.map((r) => r.value?.toString() ?? '');

  test('transactions: commit_transaction and abort_transaction; read_committed reads the committed records only, read_uncommitted all', async () => {
    const input = JSON.stringify({
      transactions: [
        { values: ['aborted-1', 'aborted-2'], end: 'abort' },
        { values: ['committed-1', 'committed-2'], end: 'commit' },
        { values: ['aborted-3'], end: 'abort' },
        { values: ['committed-3'], end: 'commit' },
      ],
    });
    const out = await runPythonJson<ProduceOut>(SCRIPT, [broker.bootstrap, 'produce', 'compat-cpy-txn', 'cpy-txn'], {
      input,
    });
    // Each transaction's records, then its marker, which takes an offset of its own.
    expect(out.transactions).toEqual([
      { delivered: [0, 1], end: 'abort' },
      { delivered: [3, 4], end: 'commit' },
      { delivered: [6], end: 'abort' },
      { delivered: [8], end: 'commit' },
    ]);
    const log = await fetchPartition(broker.bootstrap, 'cpy-txn', 0, 0, 'read_uncommitted');
    expect(log.batches.map((b) => [b.baseOffset, b.control, b.values])).toEqual([
      [0, false, ['aborted-1', 'aborted-2']],
      [2, true, ['ABORT']],
      [3, false, ['committed-1', 'committed-2']],
      [5, true, ['COMMIT']],
      [6, false, ['aborted-3']],
      [7, true, ['ABORT']],
      [8, false, ['committed-3']],
      [9, true, ['COMMIT']],
    ]);

    const committed = await confluentPython.consume(broker.bootstrap, 'cpy-txn', 0, 'beginning', 3, {
      'isolation.level': 'read_committed',
    });
    expect(committed.errors).toEqual([]);
    expect(committed.records.map((r) => [r.offset, r.value?.toString()])).toEqual([
      [3, 'committed-1'],
      [4, 'committed-2'],
      [8, 'committed-3'],
    ]);
    const everything = await confluentPython.consume(broker.bootstrap, 'cpy-txn', 0, 'beginning', 6, {
      'isolation.level': 'read_uncommitted',
    });
    expect(everything.errors).toEqual([]);
    expect(everything.records.map((r) => r.offset)).toEqual([0, 1, 3, 4, 6, 8]);
    expect(values(everything.records)).toEqual([
      'aborted-1',
      'aborted-2',
      'committed-1',
      'committed-2',
      'aborted-3',
      'committed-3',
    ]);
  });

  test("transactions: consume-transform-produce with send_offsets_to_transaction; offsets become the group's only on commit", async () => {
    const inputs: TestRecord[] = [0, 1, 2, 3, 4].map((i) => ({
      key: null,
      value: Buffer.from(`in-${i}`),
      headers: [],
      timestamp: null,
      partition: 0,
    }));
    await confluentPython.produce(broker.bootstrap, 'cpy-ctp-in', inputs);
    const out = await runPythonJson<TransformOut>(SCRIPT, [
      broker.bootstrap,
      'transform',
      'compat-cpy-ctp',
      'compat-cpy-ctp-group',
      'cpy-ctp-in',
      'cpy-ctp-out',
      '3',
    ]);
    expect(out.consumed).toEqual([0, 1, 2, 3, 4].map((i) => [i, `in-${i}`]));
    expect(out.steps).toEqual([
      { end: 'commit', committed_before: NO_OFFSET, committed_after: 3 },
      { end: 'abort', committed_before: 3, committed_after: 3 },
    ]);
    const committed = await confluentPython.consume(broker.bootstrap, 'cpy-ctp-out', 0, 'beginning', 3, {
      'isolation.level': 'read_committed',
    });
    expect(values(committed.records)).toEqual(['IN-0', 'IN-1', 'IN-2']);
    const everything = await confluentPython.consume(broker.bootstrap, 'cpy-ctp-out', 0, 'beginning', 5, {
      'isolation.level': 'read_uncommitted',
    });
    expect(values(everything.records)).toEqual(['IN-0', 'IN-1', 'IN-2', 'IN-3', 'IN-4']);
  });

  test('transactions: init_transactions by a second producer fences the first, which fails fatally; the new producer commits', async () => {
    const out = await runPythonJson<FenceOut>(SCRIPT, [broker.bootstrap, 'fence', 'compat-cpy-fence', 'cpy-fence']);
    // librdkafka turns the broker's INVALID_PRODUCER_EPOCH for the zombie's Produce into its fatal _FENCED error.
    expect(out).toEqual({ zombie_error: { name: '_FENCED', fatal: true, abortable: false }, successor: [2] });
    const log = await fetchPartition(broker.bootstrap, 'cpy-fence', 0, 0, 'read_uncommitted');
    expect(log.batches.map((b) => [b.baseOffset, b.control, b.values])).toEqual([
      [0, false, ['zombie-1']],
      [1, true, ['ABORT']],
      [2, false, ['successor-1']],
      [3, true, ['COMMIT']],
    ]);
    const committed = await confluentPython.consume(broker.bootstrap, 'cpy-fence', 0, 'beginning', 1, {
      'isolation.level': 'read_committed',
    });
    expect(committed.records.map((r) => [r.offset, r.value?.toString()])).toEqual([[2, 'successor-1']]);
  });
});
