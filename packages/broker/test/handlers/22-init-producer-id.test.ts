import { Kafka, logLevel } from 'kafkajs';
import { ErrorCode, InitProducerIdApi } from '@samsa/protocol';
import { PRODUCER_ID_BLOCK_SIZE } from '../../src/index';
import { startTestBroker, tempDataDir, type TestBroker } from '../helpers/test-broker';
import { WireClient } from '../helpers/wire-client';
import { batchOf, decodeRecords, fetch, produceOne } from '../helpers/records';

describe('InitProducerId v0-5 and idempotent Produce', () => {
  let tb: TestBroker;
  let client: WireClient;
  let n = 0;
  const dataDir = tempDataDir();

  beforeAll(async () => {
    tb = await startTestBroker({}, dataDir);
    client = await WireClient.connect(tb.broker.port);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  function topic(): string {
    const name = `idem-${n++}`;
    tb.broker.cluster.createTopic({ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] });
    return name;
  }

  const init = (
    v: number,
    body: Partial<{ transactionalId: string | null; producerId: number; producerEpoch: number }> = {},
  ) => client.request(InitProducerIdApi, v, { transactionalId: null, transactionTimeoutMs: 60_000, ...body });

  it.each([0, 1, 2, 3, 4, 5])('v%i: an idempotent producer gets a fresh id with epoch 0 every time', async (v) => {
    const a = await init(v);
    const b = await init(v);
    expect(a).toMatchObject({ errorCode: ErrorCode.NONE, producerEpoch: 0 });
    expect(b.errorCode).toBe(ErrorCode.NONE);
    expect(b.producerId).toBeGreaterThan(a.producerId);
  });

  it('v3+: an id without an epoch (or the reverse) is INVALID_REQUEST; an empty transactional id too', async () => {
    expect((await init(3, { producerId: 5, producerEpoch: -1 })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect((await init(4, { producerId: -1, producerEpoch: 2 })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect((await init(4, { transactionalId: '' })).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    // KIP-360: a known id and epoch from an idempotent producer still gets a new id.
    const a = await init(4);
    const b = await init(4, { producerId: a.producerId, producerEpoch: 0 });
    expect(b).toMatchObject({ errorCode: ErrorCode.NONE, producerEpoch: 0 });
    expect(b.producerId).not.toBe(a.producerId);
  });

  it('a retried batch gets its original offset and is stored once; gaps and old epochs are refused', async () => {
    const name = topic();
    const { producerId } = await init(4);
    const send = (seq: number, values: string[], epoch = 0) =>
      produceOne(client, 9, name, 0, batchOf(values, { producerId, producerEpoch: epoch, baseSequence: seq }));
    expect(await send(0, ['a', 'b'])).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect(await send(2, ['c'])).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 2 });
    // The retry of the first batch: same offsets, no new data.
    expect(await send(0, ['a', 'b'])).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect((await send(5, ['gap'])).errorCode).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    expect(await send(0, ['new epoch'], 1)).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 3 });
    expect((await send(3, ['zombie'], 0)).errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect((await send(7, ['new epoch must start at 0'], 2)).errorCode).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    const res = await fetch(client, 12, [{ topic: name, partition: 0, offset: 0, partitionMaxBytes: 1 << 20 }]);
    expect((await decodeRecords(res.responses[0]!.partitions[0]!.records)).map((r) => r.value)).toEqual([
      'a',
      'b',
      'c',
      'new epoch',
    ]);
  });

  it('kafkajs idempotent producer: every message once, in order', async () => {
    const name = topic();
    const kafka = new Kafka({ clientId: 'idem', brokers: [tb.broker.bootstrapServers], logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    try {
      for (let i = 0; i < 5; i++)
        await producer.send({ topic: name, acks: -1, messages: [{ value: `m${i}` }, { value: `m${i}b` }] });
    } finally {
      await producer.disconnect();
    }
    const res = await fetch(client, 12, [{ topic: name, partition: 0, offset: 0, partitionMaxBytes: 1 << 20 }]);
    const values = (await decodeRecords(res.responses[0]!.partitions[0]!.records)).map((r) => r.value);
    expect(values).toEqual(Array.from({ length: 5 }, (_, i) => [`m${i}`, `m${i}b`]).flat());
  });

  it('after a restart, producer ids stay unique and a retry is still recognised', async () => {
    const name = topic();
    const { producerId } = await init(4);
    const batch = () => batchOf(['once'], { producerId, producerEpoch: 0, baseSequence: 0 });
    expect((await produceOne(client, 9, name, 0, batch())).baseOffset).toBe(0);
    client.destroy();
    await tb.stop();
    tb = await startTestBroker({}, dataDir);
    client = await WireClient.connect(tb.broker.port);
    expect(await produceOne(client, 9, name, 0, batch())).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 0 });
    expect(tb.broker.replicas.log(name, 0)!.logEndOffset).toBe(1);
    const next = await init(4);
    // A restart starts a new block: never an id handed out before.
    expect(next.producerId).toBeGreaterThanOrEqual(PRODUCER_ID_BLOCK_SIZE);
  });
});
