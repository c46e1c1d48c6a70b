// Transaction markers through the Fetcher: asked for, they come back as records with `control` set, at the offsets
// Kafka's transaction coordinator wrote them, and every record carries its batch's producer id and transactional
// flag; not asked for, a consumer never sees them. The transactions are kafkajs's, against a samsa cluster.
import { startCluster, type StartedCluster } from '@samsa/broker';
import { Kafka, logLevel } from 'kafkajs';
import { Fetcher, KafkaClient } from '../src/index';

describe('transaction markers', () => {
  let cluster: StartedCluster;
  let client: KafkaClient;
  beforeAll(async () => {
    cluster = await startCluster();
    const kafka = new Kafka({ brokers: cluster.bootstrapServers.split(','), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'txn', numPartitions: 1 }] });
    await admin.disconnect();
    const producer = kafka.producer({ transactionalId: 'markers', maxInFlightRequests: 1, idempotent: true });
    await producer.connect();
    const committed = await producer.transaction();
    await committed.send({ topic: 'txn', messages: [{ value: 'kept-1' }, { value: 'kept-2' }] });
    await committed.commit();
    const aborted = await producer.transaction();
    await aborted.send({ topic: 'txn', messages: [{ value: 'dropped' }] });
    await aborted.abort();
    await producer.disconnect();
    client = new KafkaClient({ brokers: cluster.bootstrapServers.split(',') });
  }, 60000);
  afterAll(async () => {
    client.close();
    await cluster.stop();
  });

  async function readAll(fetcher: Fetcher): Promise<Awaited<ReturnType<Fetcher['poll']>>['records']> {
    fetcher.assign('txn', 0, 0);
    const out = [];
    do out.push(...(await fetcher.poll()).records);
    while (!fetcher.atEnd());
    return out;
  }

  it('returns the COMMIT and ABORT markers when asked, with each batch producer id', async () => {
    const records = await readAll(new Fetcher(client, { includeControl: true, maxWaitMs: 0 }));
    expect(records.map((r) => [r.offset, r.control ?? r.value?.toString()])).toEqual([
      [0, 'kept-1'],
      [1, 'kept-2'],
      [2, 'COMMIT'],
      [3, 'dropped'],
      [4, 'ABORT'],
    ]);
    const producerIds = new Set(records.map((r) => r.producerId));
    expect(producerIds.size).toBe(1);
    expect([...producerIds][0]).toBeGreaterThanOrEqual(0);
    expect(records.every((r) => r.transactional)).toBe(true);
  });

  it('leaves them out otherwise, and the aborted record too at read_committed', async () => {
    const plain = await readAll(new Fetcher(client, { maxWaitMs: 0 }));
    expect(plain.map((r) => r.value?.toString())).toEqual(['kept-1', 'kept-2', 'dropped']);
    const committed = await readAll(new Fetcher(client, { maxWaitMs: 0, isolation: 'read_committed' }));
    expect(committed.map((r) => r.value?.toString())).toEqual(['kept-1', 'kept-2']);
  });
});
