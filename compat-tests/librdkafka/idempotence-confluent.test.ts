// confluent-kafka-python (librdkafka) with enable.idempotence=true against samsa, observed over the wire only: every
// record stored once, in order, with several batches in flight; a batch the client sent twice (its first Produce held
// by the admin endpoint until the client timed it out and retried) is stored once and answered at its original
// offsets (py/idempotent_retry.py); and the producer's state outlives a broker restart: its last batch sent again, same
// producer id, epoch and sequence (kafkajs's Produce encoder), is answered with the offset it was first stored at.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { describeWithClient } from '../helpers/clients';
import { startTestCluster, type TestCluster } from '../helpers/cluster';
import { fetchRequest, produceRequest, type FetchedPartition } from '../helpers/kafkajs-wire';
import { runPythonJson } from '../helpers/python';
import { confluentPython } from '../helpers/python-clients';
import { actualShape, compressibleRecords, expectedShape, textRecords, type TestRecord } from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';

jest.setTimeout(60_000);

const RETRY_SCRIPT = join(__dirname, 'py', 'idempotent_retry.py');

interface RetryResult {
  readonly delivered: ({ offset: number; error: string | null } | null)[];
  readonly values: string[];
  readonly offsets: number[];
  readonly held: number;
  readonly released: number;
  readonly produce_requests_held: number;
  readonly produce_requests_finished: number;
}

async function createTopic(bootstrap: string, topic: string): Promise<void> {
  const admin = await connectAdmin('compat-idem-setup', [bootstrap]);
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
  } finally {
    await admin.disconnect();
  }
}

/** Everything in partition 0 of `topic`, in one sessionless Fetch v11 (kafkajs's request and decoder). */
async function readPartition(bootstrap: string, topic: string): Promise<FetchedPartition> {
  const res = await fetchRequest(bootstrap, 11, {
    isolationLevel: 0,
    maxWaitTime: 0,
    minBytes: 0,
    maxBytes: 16 << 20,
    topics: [{ topic, partitions: [{ partition: 0, fetchOffset: '0', maxBytes: 16 << 20 }] }],
  });
  const partition = res.responses[0]?.partitions[0];
  if (partition === undefined) throw new Error(`Fetch of ${topic}-0 answered no partition`);
  return partition;
}

describeWithClient('confluent-kafka-python', 'confluent-kafka-python enable.idempotence against samsa', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samsa-compat-idem-'));
  let cluster: TestCluster;
  let bootstrap: string;

  beforeAll(async () => {
    cluster = await startTestCluster({ dataDir });
    bootstrap = cluster.bootstrapServers;
  });
  afterAll(async () => {
    await cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('idempotence: every record is stored once, in order, with acks=all and several batches in flight', async () => {
    await createTopic(bootstrap, 'cpy-idempotent');
    const records: TestRecord[] = [...textRecords('idem', 0), ...compressibleRecords('idem', 200, 0)];
    const delivered = await confluentPython.produce(bootstrap, 'cpy-idempotent', records, {
      'enable.idempotence': 'true',
      'linger.ms': 0,
      'batch.num.messages': 7,
      'max.in.flight.requests.per.connection': 5,
    });
    expect(delivered).toEqual(records.map((_, offset) => ({ partition: 0, offset, error: null })));
    const read = await confluentPython.consume(bootstrap, 'cpy-idempotent', 0, 'beginning', records.length);
    expect(read.errors).toEqual([]);
    expect(actualShape(read.records, records)).toEqual(expectedShape(records));
    const batches = await storedBatches(bootstrap, 'cpy-idempotent', 0);
    expect(batches.reduce((n, b) => n + b.recordCount, 0)).toBe(records.length);
    expect(batches.length).toBeGreaterThan(1);
  });

  test('idempotence: a batch sent again after its Produce timed out is stored once and acknowledged at its original offsets', async () => {
    await createTopic(bootstrap, 'cpy-idem-retry');
    const r = await runPythonJson<RetryResult>(RETRY_SCRIPT, [bootstrap, cluster.adminUrl, 'cpy-idem-retry']);
    // The hold caught the first request and at least one retry of it, and the broker handled every one of them.
    expect(r.held).toBeGreaterThanOrEqual(2);
    expect(r.released).toBe(r.held);
    expect(r.produce_requests_held).toBe(r.held);
    expect(r.produce_requests_finished).toBe(r.held);
    // Yet each record has one offset, the one the client was told.
    expect(r.delivered).toEqual(Array.from({ length: 15 }, (_, offset) => ({ offset, error: null })));
    expect(r.values).toEqual(Array.from({ length: 15 }, (_, i) => `v${i}`));
    expect(r.offsets).toEqual(Array.from({ length: 15 }, (_, i) => i));
  });

  test("idempotence: after a broker restart, the producer's last batch sent again is answered with its original offset and not stored twice", async () => {
    const topic = 'cpy-idem-restart';
    await createTopic(bootstrap, topic);
    const records: TestRecord[] = textRecords('restart', 0);
    const delivered = await confluentPython.produce(bootstrap, topic, records, {
      'enable.idempotence': 'true',
      'linger.ms': 0,
      'batch.num.messages': 2,
    });
    expect(delivered).toEqual(records.map((_, offset) => ({ partition: 0, offset, error: null })));

    // The same data directory, a new process: all the broker knows of the producer is what it kept on disk.
    await cluster.stop();
    cluster = await startTestCluster({ dataDir });
    bootstrap = cluster.bootstrapServers;

    const before = await readPartition(bootstrap, topic);
    expect(before.highWatermark).toBe(String(records.length));
    const last = before.messages.at(-1)?.batchContext;
    if (last === undefined) throw new Error(`no record batch read back from ${topic}`);
    expect(last.producerId).not.toBe('-1');
    const lastBatch = before.messages.filter((m) => m.batchContext?.firstOffset === last.firstOffset);
    expect(lastBatch.length).toBe(last.lastOffsetDelta + 1);

    const answer = await produceRequest(bootstrap, 3, {
      acks: -1,
      timeout: 10_000,
      producerId: last.producerId,
      producerEpoch: last.producerEpoch,
      topicData: [
        {
          topic,
          partitions: [
            {
              partition: 0,
              firstSequence: last.firstSequence,
              messages: lastBatch.map((m) => ({ key: m.key, value: m.value })),
            },
          ],
        },
      ],
    });
    expect(answer.topics[0]?.partitions[0]).toMatchObject({ partition: 0, errorCode: 0, baseOffset: last.firstOffset });

    const after = await readPartition(bootstrap, topic);
    expect(after.highWatermark).toBe(String(records.length));
    expect(after.messages.map((m) => [m.offset, m.value?.toString('hex')])).toEqual(
      before.messages.map((m) => [m.offset, m.value?.toString('hex')]),
    );
  });
});
