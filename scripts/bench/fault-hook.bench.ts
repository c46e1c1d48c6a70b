// The fault-injection hook on the request path, idle and armed: acks=1 Produce throughput (100-byte records, 16 KB
// batches, one connection) against broker 1 of a two-broker cluster in this process, with nothing injected (the
// dispatcher's one boolean check) and with one error rule scoped to broker 2 (every request then goes through the
// hook's matching, which lets it pass). Modes alternate over several rounds; the median of each is reported, the
// idle one as the baseline. `npm run bench fault-hook`.
import { startCluster } from '@samsa/broker';
import { report } from './harness';
import { QUICK, TOPIC, KB, median, produceRun } from './load/scenarios';

const ROUNDS = QUICK ? 2 : 5;

async function main(): Promise<void> {
  const c = await startCluster({ brokers: 2 });
  try {
    c.broker.cluster.createTopic({
      name: TOPIC,
      numPartitions: -1,
      replicationFactor: -1,
      assignments: [{ partitionIndex: 0, brokerIds: [1] }],
      configs: [],
    });
    const port = c.brokers[0]!.port;
    const shape = { valueBytes: 100, batchBytes: 16 * KB, acks: 1, connections: 1 };
    const idle: number[] = [];
    const armed: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const free = await produceRun(port, shape);
      idle.push(free.requests / free.seconds);
      const rule = c.control.injectError({ api: 'Produce', broker: 2, error: 'NOT_LEADER_OR_FOLLOWER', count: 1 });
      const run = await produceRun(port, shape);
      if (c.control.faults().find((f) => f.id === rule.id)?.remaining !== 1)
        throw new Error('the rule for broker 2 fired');
      c.control.remove(rule.id);
      armed.push(run.requests / run.seconds);
    }
    const group = 'Produce 16 KB acks=1 through the fault hook (requests/s)';
    const baseline = { name: 'nothing injected', value: median(idle) };
    report({ group, name: baseline.name, value: baseline.value, unit: 'req/s' });
    report({ group, name: 'one error rule for another broker', value: median(armed), unit: 'req/s', baseline });
  } finally {
    await c.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
