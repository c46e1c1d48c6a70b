// kafkajs 2.2.4's producer, unmodified, against a samsa broker enforcing a client quota: producer_byte_rate set for
// the producer's client id (AlterClientQuotas, which kafkajs has no API for, sent through its own encoder). kafkajs
// reads throttle_time_ms from Produce v3+ responses and, from v6 on (KIP-219), holds its next request back itself
// ("Client side throttling in effect for N ms" in its debug log); the broker mutes the connection for that time too.
import { Kafka, logLevel, type LogEntry, type Producer } from 'kafkajs';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { alterClientQuotasRequest } from '../helpers/kafkajs-wire';

jest.setTimeout(60_000);

const TOPIC = 'quota-topic';
const VALUE = 'q'.repeat(300_000);
const QUOTA = 51_200;

interface Run {
  /** Throttle times kafkajs reported applying. */
  readonly throttles: number[];
  /** Date.now() when each send resolved. */
  readonly doneAt: number[];
}

async function produceThree(bootstrap: string, clientId: string): Promise<Run> {
  const throttles: number[] = [];
  const kafka = new Kafka({
    clientId,
    brokers: [bootstrap],
    logLevel: logLevel.DEBUG,
    logCreator: () => (entry: LogEntry) => {
      const m = /Client side throttling in effect for (\d+)ms/.exec(entry.log.message);
      if (m) throttles.push(Number(m[1]));
    },
  });
  const producer: Producer = kafka.producer();
  await producer.connect();
  const doneAt: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      await producer.send({ topic: TOPIC, acks: 1, messages: [{ value: VALUE }] });
      doneAt.push(Date.now());
    }
  } finally {
    await producer.disconnect();
  }
  return { throttles, doneAt };
}

describe('kafkajs producer under producer_byte_rate', () => {
  let broker: TestBroker;

  beforeAll(async () => {
    broker = await startTestBroker();
    const admin = await connectAdmin('quota-admin', [broker.bootstrap]);
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 1 }] });
    await admin.disconnect();
  });

  afterAll(async () => {
    await broker?.stop();
  });

  it('quotas: the producer is throttled by the broker and waits the throttle time before its next request', async () => {
    const set = await alterClientQuotasRequest(broker.bootstrap, [
      { entity: [['client-id', 'quota-throttled']], key: 'producer_byte_rate', value: QUOTA },
    ]);
    expect(set).toEqual([0]);

    const throttled = await produceThree(broker.bootstrap, 'quota-throttled');
    // 300 kB then 600 kB over the 10 s quota window: the second send goes over 51 200 B/s.
    expect(throttled.throttles.length).toBeGreaterThan(0);
    const first = throttled.throttles[0] as number;
    expect(first).toBeGreaterThan(1000);
    // The third send went out only once the throttle time was over (kafkajs waits from when it read the response).
    expect((throttled.doneAt[2] as number) - (throttled.doneAt[1] as number)).toBeGreaterThanOrEqual(first - 50);

    const free = await produceThree(broker.bootstrap, 'quota-free');
    expect(free.throttles).toEqual([]);
  });

  it('quotas: the producer is no longer throttled once the quota is removed', async () => {
    const removed = await alterClientQuotasRequest(broker.bootstrap, [
      { entity: [['client-id', 'quota-throttled']], key: 'producer_byte_rate', value: null },
    ]);
    expect(removed).toEqual([0]);
    const run = await produceThree(broker.bootstrap, 'quota-throttled');
    expect(run.throttles).toEqual([]);
  });
});
