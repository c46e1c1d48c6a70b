// confluent-kafka-python (librdkafka), unmodified, against a samsa broker enforcing producer_byte_rate for its client
// id: librdkafka reads throttle_time_ms from the Produce responses and reports it through throttle_cb
// (py/quota_throttle.py); a producer under another client id sees no throttle.
import { join } from 'node:path';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { alterClientQuotasRequest } from '../helpers/kafkajs-wire';
import { runPythonJson } from '../helpers/python';

jest.setTimeout(60_000);

const SCRIPT = join(__dirname, 'py', 'quota_throttle.py');
const TOPIC = 'quota-librdkafka';

interface ThrottleRun {
  readonly throttles: number[];
  readonly errors: string[];
}

const run = (bootstrap: string, clientId: string): Promise<ThrottleRun> =>
  runPythonJson<ThrottleRun>(SCRIPT, [bootstrap, TOPIC, clientId, '3', '300000']);

describeWithClient('confluent-kafka-python', 'confluent-kafka-python producer under producer_byte_rate', () => {
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

  it('quotas: the producer reports the broker’s throttle time through throttle_cb', async () => {
    const set = await alterClientQuotasRequest(broker.bootstrap, [
      { entity: [['client-id', 'rdkafka-throttled']], key: 'producer_byte_rate', value: 51_200 },
    ]);
    expect(set).toEqual([0]);
    const throttled = await run(broker.bootstrap, 'rdkafka-throttled');
    expect(throttled.errors).toEqual([]);
    // 300 kB then 600 kB over the 10 s quota window: the second Produce is over 51 200 B/s.
    expect(throttled.throttles.length).toBeGreaterThan(0);
    expect(throttled.throttles[0]).toBeGreaterThan(1000);

    const free = await run(broker.bootstrap, 'rdkafka-free');
    expect(free).toEqual({ throttles: [], errors: [] });
  });
});
