// librdkafka 2.12's own example programs (built by node-rdkafka's install of its bundled librdkafka, see
// ../clients) against samsa: rdkafka_performance producing (idempotent, lz4) and consuming 20 000 records,
// idempotent_producer, the transactions consume-transform-produce loop (TxnOffsetCommit included), and the admin
// tools: describe_cluster, list_consumer_groups, describe_consumer_groups, list_consumer_group_offsets,
// alter_consumer_group_offsets, delete_records, incremental_alter_configs, elect_leaders and user_scram.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient, LIBRDKAFKA_EXAMPLES_DIR } from '../helpers/clients';
import { kafkajsConsume } from '../helpers/kafkajs';
import { nodeRdkafka } from '../helpers/node-clients';
import { runProcess, type ProcessResult } from '../helpers/process';

jest.setTimeout(120_000);

/** Runs one example program to completion; `%7|` lines are librdkafka debug output some tools enable. */
async function tool(name: string, args: readonly string[], timeoutMs = 60_000): Promise<ProcessResult> {
  const result = await runProcess(join(LIBRDKAFKA_EXAMPLES_DIR, name), args, {
    timeoutMs,
    cwd: LIBRDKAFKA_EXAMPLES_DIR,
  });
  return {
    ...result,
    stderr: result.stderr
      .split('\n')
      .filter((l) => !l.startsWith('%7|'))
      .join('\n'),
  };
}

/** Runs a tool, failing with its output unless it exits 0; answers stdout then stderr (some tools print results there). */
async function ok(name: string, args: readonly string[]): Promise<string> {
  const result = await tool(name, args);
  if (result.code !== 0)
    throw new Error(`${name} ${args.join(' ')} exited with ${result.code}\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

describeWithClient('librdkafka-tools', 'librdkafka-tools (librdkafka 2.12 example programs) against samsa', () => {
  let broker: TestBroker;
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    broker = await startTestBroker({
      config: { 'group.initial.rebalance.delay.ms': 0, 'group.min.session.timeout.ms': 1000 },
    });
    kafka = new Kafka({ clientId: 'tools-setup', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: ['perf', 'idempotent', 'tx-in', 'tx-out', 'admin', 'records', 'configs'].map((topic) => ({
        topic: `tools-${topic}`,
        numPartitions: topic === 'admin' ? 2 : 1,
      })),
    });
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  test('produce-consume: rdkafka_performance, 20 000 records produced (idempotent, lz4) and consumed', async () => {
    const produced = await tool('rdkafka_performance', [
      '-P',
      '-t',
      'tools-perf',
      '-p',
      '0',
      '-b',
      broker.bootstrap,
      '-s',
      '100',
      '-c',
      '20000',
      '-z',
      'lz4',
      '-X',
      'enable.idempotence=true',
    ]);
    expect(produced.code).toBe(0);
    expect(produced.stdout).toMatch(
      /20000 messages produced \(2000000 bytes\), 20000 delivered \(offset 19999, 0 failed\)/,
    );
    expect(await admin.fetchTopicOffsets('tools-perf')).toEqual([
      expect.objectContaining({ partition: 0, low: '0', high: '20000' }),
    ]);

    const consumed = await tool('rdkafka_performance', [
      '-C',
      '-t',
      'tools-perf',
      '-p',
      '0',
      '-b',
      broker.bootstrap,
      '-o',
      'beginning',
      '-c',
      '20000',
    ]);
    expect(consumed.code).toBe(0);
    expect(consumed.stdout).toMatch(/% 20000 messages \(2000000 bytes\) consumed/);
  });

  test('idempotence: idempotent_producer, records delivered once, in order, until its fabricated fatal error', async () => {
    // The example triggers a fatal error itself after 13 records (rd_kafka_test_fatal_error) and exits 1.
    const run = await tool('idempotent_producer', [broker.bootstrap, 'tools-idempotent']);
    expect(run.stderr).toMatch(/FATAL ERROR: OUT_OF_ORDER_SEQUENCE_NUMBER: test_fatal_error/);
    const delivered = Number(/(\d+) message\(s\) produced, (\d+) delivered, (\d+) failed/.exec(run.stderr)?.[2]);
    expect(delivered).toBeGreaterThanOrEqual(12);
    const { records } = await nodeRdkafka.consume(broker.bootstrap, 'tools-idempotent', 0, 'beginning', delivered, {
      'linger.ms': 500,
    });
    expect(records.map((r) => r.value?.toString())).toEqual(
      Array.from({ length: delivered }, (_, i) => `Idempotent Producer example message #${i}`),
    );
  });

  test('transactions: the transactions example sums each input record into the output topic, committing the input offsets in the transaction', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'tools-tx-in',
      messages: [
        { key: 'a', value: '1 2 3' },
        { key: 'b', value: '10 20' },
        { key: 'c', value: 'x 7 y 8' },
      ],
    });
    await producer.disconnect();

    const child = spawn(
      join(LIBRDKAFKA_EXAMPLES_DIR, 'transactions'),
      [broker.bootstrap, 'tools-tx-in', 'tools-tx-out'],
      { cwd: LIBRDKAFKA_EXAMPLES_DIR },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      // It commits a transaction every 5 s or 100 records (its stdout is block-buffered in a pipe, so the group's
      // committed offset tells when the three records were processed and committed).
      const deadline = Date.now() + 30_000;
      const committedOffset = async (): Promise<string | undefined> =>
        (await admin.fetchOffsets({ groupId: 'librdkafka_transactions_example_group', topics: ['tools-tx-in'] }))[0]
          ?.partitions[0]?.offset;
      while ((await committedOffset()) !== '3' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain('Committing transaction');
    // librdkafka 2.5+ logs at info the client instance id the broker assigns for client telemetry (KIP-714), which
    // samsa serves; everything else above debug would be a problem.
    const benign = (l: string) =>
      l.startsWith('%7|') || l.includes('CONFWARN') || /^%6\|[^|]*\|GETSUBSCRIPTIONS\|/.test(l);
    expect(stderr.split('\n').filter((l) => l.startsWith('%') && !benign(l))).toEqual([]);

    // A read_committed reader (kafkajs's default) sees the three sums.
    const sums = await kafkajsConsume(kafka, 'tools-tx-out', { count: 3 });
    expect(sums.map((r) => [r.key?.toString(), r.value?.toString()])).toEqual([
      ['a', '6'],
      ['b', '30'],
      ['c', '15'],
    ]);
    // The input offsets were committed through the transaction (TxnOffsetCommit).
    expect(
      await nodeRdkafka.committed(broker.bootstrap, 'librdkafka_transactions_example_group', 'tools-tx-in', [0]),
    ).toEqual([{ partition: 0, offset: 3 }]);
  });

  describe('admin tools', () => {
    beforeAll(async () => {
      await admin.setOffsets({
        groupId: 'tools-g',
        topic: 'tools-admin',
        partitions: [
          { partition: 0, offset: '0' },
          { partition: 1, offset: '0' },
        ],
      });
    });

    test('admin: describe_cluster, the cluster id, the controller and the broker', async () => {
      const out = await ok('describe_cluster', ['-b', broker.bootstrap, '0']);
      const clusterId = /Cluster id: (\S+)\s+Controller id: (\d+)/.exec(out);
      expect(clusterId?.[1]).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(out).toContain(`Node [id: ${clusterId?.[2]}, host: ${broker.host}, port: ${broker.port}, rack: (null)]`);
    });

    test('admin: list_consumer_groups and describe_consumer_groups', async () => {
      expect(await ok('list_consumer_groups', ['-b', broker.bootstrap, '0', '0'])).toContain(
        'Group "tools-g", is simple 0, state Empty, type Classic',
      );
      const described = await ok('describe_consumer_groups', ['-b', broker.bootstrap, '0', 'tools-g']);
      expect(described).toContain(
        `Group "tools-g", partition assignor "", type "Classic" state "Empty", coordinator [id: 1, host: ${broker.host}, port: ${broker.port}], with 0 member(s)`,
      );
    });

    test('admin: alter_consumer_group_offsets then list_consumer_group_offsets', async () => {
      const altered = await ok('alter_consumer_group_offsets', [
        '-b',
        broker.bootstrap,
        'tools-g',
        'tools-admin',
        '0',
        '5',
        '1',
        '7',
      ]);
      expect(altered).toMatch(/tools-admin \[0\] offset 5 error Success\s+tools-admin \[1\] offset 7 error Success/);
      const listed = await ok('list_consumer_group_offsets', ['-b', broker.bootstrap, 'tools-g', '0']);
      expect(listed).toMatch(/tools-admin \[0\] offset 5 error Success\s+tools-admin \[1\] offset 7 error Success/);
      const offsets = await admin.fetchOffsets({ groupId: 'tools-g', topics: ['tools-admin'] });
      expect(offsets[0]?.partitions.map((p) => [p.partition, p.offset]).sort()).toEqual([
        [0, '5'],
        [1, '7'],
      ]);
    });

    test('admin: delete_records moves the log start offset', async () => {
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({
        topic: 'tools-records',
        messages: Array.from({ length: 10 }, (_, i) => ({ value: `r${i}`, partition: 0 })),
      });
      await producer.disconnect();
      expect(await ok('delete_records', [broker.bootstrap, 'tools-records', '0', '4'])).toContain(
        'tools-records [0] offset 4: Success',
      );
      expect(await admin.fetchTopicOffsets('tools-records')).toEqual([
        expect.objectContaining({ partition: 0, low: '4', high: '10' }),
      ]);
      // Past the high watermark: OFFSET_OUT_OF_RANGE, as Kafka answers.
      expect(await ok('delete_records', [broker.bootstrap, 'tools-records', '0', '11'])).toMatch(
        /tools-records \[0\] offset -?\d+: Broker: Offset out of range/,
      );
    });

    test('admin: incremental_alter_configs, SET and DELETE a topic config', async () => {
      const set = await ok('incremental_alter_configs', [
        '-b',
        broker.bootstrap,
        'TOPIC',
        'tools-configs',
        'SET',
        'retention.ms',
        '3600000',
      ]);
      expect(set).toContain('Resource type: TOPIC name: tools-configs error: Success');
      const read = async (): Promise<string | undefined> =>
        (
          await admin.describeConfigs({
            resources: [{ type: 2, name: 'tools-configs', configNames: ['retention.ms'] }],
            includeSynonyms: false,
          })
        ).resources[0]?.configEntries[0]?.configValue;
      expect(await read()).toBe('3600000');
      await ok('incremental_alter_configs', [
        '-b',
        broker.bootstrap,
        'TOPIC',
        'tools-configs',
        'DELETE',
        'retention.ms',
        '',
      ]);
      expect(await read()).toBe('604800000');
      const bad = await ok('incremental_alter_configs', [
        '-b',
        broker.bootstrap,
        'TOPIC',
        'tools-configs',
        'SET',
        'no.such.config',
        '1',
      ]);
      expect(bad).toMatch(
        /Resource type: TOPIC name: tools-configs error: Broker: Configuration is invalid: Unknown topic config name: no.such.config/,
      );
    });

    test('admin: elect_leaders, a single-replica partition needs no election (preferred and unclean)', async () => {
      for (const electionType of ['0', '1']) {
        const out = await ok('elect_leaders', ['-b', broker.bootstrap, electionType, 'tools-admin', '0']);
        expect(out).toContain('ElectLeaders response has 1 partition(s):');
        expect(out).toContain(
          'ElectLeaders failed for tools-admin [0] : Broker: Leader election not needed for topic partition',
        );
      }
    });

    test('admin: user_scram, UPSERT, DESCRIBE and DELETE a SCRAM credential', async () => {
      expect(
        await ok('user_scram', ['-b', broker.bootstrap, 'UPSERT', 'alice', 'SCRAM-SHA-256', '8192', 'secret', 'salty']),
      ).toContain('Username: "alice" Success');
      const described = await ok('user_scram', ['-b', broker.bootstrap, 'DESCRIBE', 'alice']);
      expect(described).toMatch(
        /Username: "alice" Error: "Success"\s+Mechanism is SCRAM-SHA-256\s+Iterations are 8192/,
      );
      expect(await ok('user_scram', ['-b', broker.bootstrap, 'DELETE', 'alice', 'SCRAM-SHA-256'])).toContain(
        'Username: "alice" Success',
      );
      expect(await ok('user_scram', ['-b', broker.bootstrap, 'DESCRIBE', 'alice'])).toContain(
        'Attempt to describe a user credential that does not exist: alice',
      );
    });
  });
});
