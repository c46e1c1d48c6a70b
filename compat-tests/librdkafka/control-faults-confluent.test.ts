// samsa's control plane driven over HTTP from Python: the script injects NOT_LEADER_OR_FOLLOWER and
// REQUEST_TIMED_OUT answers on Produce through the admin endpoint, and an idempotent acks=all confluent-kafka-python
// producer retries through them without losing or duplicating a record (py/control_faults.py).
import { join } from 'node:path';
import { connectAdmin } from '../helpers/kafkajs-admin';
import { describeWithClient } from '../helpers/clients';
import { startTestCluster, type TestCluster } from '../helpers/cluster';
import { runPythonJson } from '../helpers/python';

jest.setTimeout(60_000);

const SCRIPT = join(__dirname, 'py', 'control_faults.py');

interface Result {
  readonly delivered: ({ offset: number; error: string | null } | null)[];
  readonly values: string[];
  readonly faults_before: { kind: string; error: string; remaining: number }[];
  readonly faults_after: unknown[];
  readonly produce_requests: number;
  readonly faulted_produce_requests: number;
}

describeWithClient('confluent-kafka-python', 'confluent-kafka-python through faults injected over HTTP', () => {
  let c: TestCluster;
  beforeAll(async () => {
    c = await startTestCluster();
    const admin = await connectAdmin('compat-control-faults-setup', [c.bootstrapServers]);
    await admin.createTopics({ topics: [{ topic: 'py-faults', numPartitions: 1, replicationFactor: 1 }] });
    await admin.disconnect();
  });
  afterAll(async () => c?.stop());

  test('faults: injected Produce errors are retried without loss or duplicates', async () => {
    const count = 6;
    const r = await runPythonJson<Result>(SCRIPT, [c.bootstrapServers, c.adminUrl, 'py-faults', String(count)]);
    expect(r.faults_before.map((f) => [f.error, f.remaining])).toEqual([
      ['NOT_LEADER_OR_FOLLOWER', 2],
      ['REQUEST_TIMED_OUT', 1],
    ]);
    // Every fault was used up by a Produce request, and each was retried.
    expect(r.faults_after).toEqual([]);
    expect(r.faulted_produce_requests).toBe(3);
    expect(r.produce_requests).toBeGreaterThanOrEqual(count + 3);
    expect(r.delivered).toEqual(Array.from({ length: count }, (_, i) => ({ offset: i, error: null })));
    expect(r.values).toEqual(Array.from({ length: count }, (_, i) => `v${i}`));
  });
});
