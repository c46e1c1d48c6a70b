// confluent-kafka-python (librdkafka) with enable.idempotence=true against samsa: the producer gets its id through
// InitProducerId, every batch carries its sequence, and what is stored is each record once, in order, read back by
// the same client and checked against the stored batch headers.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { ProducerStateManager } from '@samsa/storage';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { confluentPython } from '../helpers/python-clients';
import { actualShape, compressibleRecords, expectedShape, textRecords, type TestRecord } from '../helpers/records';
import { storedBatches } from '../helpers/stored-batches';

jest.setTimeout(60_000);

describeWithClient('confluent-kafka-python', 'confluent-kafka-python enable.idempotence against samsa', () => {
  let broker: TestBroker;
  const dataDir = mkdtempSync(join(tmpdir(), 'samsa-compat-idem-'));

  beforeAll(async () => {
    broker = await startTestBroker({ dataDir });
    const admin = new Kafka({
      clientId: 'compat-idem-setup',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'cpy-idempotent', numPartitions: 1 }] });
    await admin.disconnect();
  });
  afterAll(async () => {
    await broker?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('idempotence: every record is stored once, in order, with acks=all and several batches in flight', async () => {
    const records: TestRecord[] = [...textRecords('idem', 0), ...compressibleRecords('idem', 200, 0)];
    const delivered = await confluentPython.produce(broker.bootstrap, 'cpy-idempotent', records, {
      'enable.idempotence': 'true',
      'linger.ms': 0,
      'batch.num.messages': 7,
      'max.in.flight.requests.per.connection': 5,
    });
    expect(delivered).toEqual(records.map((_, offset) => ({ partition: 0, offset, error: null })));
    const read = await confluentPython.consume(broker.bootstrap, 'cpy-idempotent', 0, 'beginning', records.length);
    expect(read.errors).toEqual([]);
    expect(actualShape(read.records, records)).toEqual(expectedShape(records));
    const batches = await storedBatches(broker.bootstrap, 'cpy-idempotent', 0);
    expect(batches.reduce((n, b) => n + b.recordCount, 0)).toBe(records.length);
    expect(batches.length).toBeGreaterThan(1);
    // The producer state written at shutdown holds one idempotent producer whose last sequence is the last record's.
    await broker.stop();
    const dir = join(dataDir, 'cpy-idempotent-0');
    const snapshot = readdirSync(dir)
      .filter((f) => f.endsWith('.snapshot'))
      .sort()
      .pop()!;
    const state = new ProducerStateManager();
    state.loadSnapshot(readFileSync(join(dir, snapshot)), records.length);
    const producers = [...state.entries()];
    expect(producers).toHaveLength(1);
    expect(producers[0]!.producerId).toBeGreaterThanOrEqual(0);
    expect(producers[0]!.batches.at(-1)!.lastSeq).toBe(records.length - 1);
  });
});
