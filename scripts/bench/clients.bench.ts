// Real clients as load generators, against samsa (disk storage, defaults) and librdkafka's mock cluster in the same
// run: kafkajs (pure JS) and librdkafka (confluent-kafka-python under /usr/bin/python3). Each produces 1 KB records
// to one partition as fast as the client allows (acks=1, its own batching); on samsa it then consumes what it
// produced from the start of the partition (the mock keeps only the last few megabytes, so it has no consume row). The figures are the clients' ceilings as much as the servers': they say how a
// real client fares, while produce.bench.ts and fetch.bench.ts find the servers' own limits.
// `npm run bench clients`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { report } from './harness';
import { createTopic, mockBinary, startMock, startSamsa, type RunningServer } from './load/servers';
import { QUICK, SECONDS } from './load/scenarios';

const VALUE_BYTES = 1000;
const CONSUME = QUICK ? 20000 : 100000;
const PYTHON = '/usr/bin/python3';
const RDKAFKA = join(__dirname, 'load', 'rdkafka-client.py');

interface ClientRun {
  records: number;
  bytes: number;
  seconds: number;
}

async function kafkajsProduce(server: RunningServer, topic: string): Promise<ClientRun> {
  const kafka = new Kafka({
    clientId: 'samsa-bench',
    brokers: [`127.0.0.1:${server.port}`],
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const messages = Array.from({ length: 1000 }, () => ({ value: Buffer.alloc(VALUE_BYTES, 'v') }));
  // Four sends of 1,000 records in flight at a time: kafkajs batches per send call.
  const run = async (seconds: number): Promise<ClientRun> => {
    let records = 0;
    const start = performance.now();
    const deadline = start + seconds * 1000;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (performance.now() < deadline) {
          await producer.send({ topic, acks: 1, messages });
          records += messages.length;
        }
      }),
    );
    return { records, bytes: records * VALUE_BYTES, seconds: (performance.now() - start) / 1000 };
  };
  try {
    await run(0.5);
    return await run(SECONDS);
  } finally {
    await producer.disconnect();
  }
}

async function kafkajsConsume(server: RunningServer, topic: string, count: number): Promise<ClientRun> {
  const kafka = new Kafka({
    clientId: 'samsa-bench',
    brokers: [`127.0.0.1:${server.port}`],
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: `bench-${topic}`, maxBytesPerPartition: 1 << 20, maxBytes: 50 << 20 });
  await consumer.connect();
  try {
    let records = 0;
    let bytes = 0;
    let start = 0;
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`kafkajs consumed ${records} of ${count} records in 60 s`)), 60000);
      void consumer.run({
        autoCommit: false,
        eachBatch: async ({ batch }) => {
          if (start === 0) start = performance.now();
          for (const m of batch.messages) bytes += m.value?.length ?? 0;
          records += batch.messages.length;
          if (records >= count) {
            clearTimeout(timer);
            done();
          }
        },
      });
    });
    return { records, bytes, seconds: (performance.now() - start) / 1000 };
  } finally {
    await consumer.disconnect();
  }
}

function rdkafka(args: readonly string[]): ClientRun {
  const run = spawnSync(PYTHON, [RDKAFKA, ...args], { encoding: 'utf8', timeout: 180000 });
  if (run.status !== 0) throw new Error(`rdkafka-client.py ${args[0]} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as ClientRun;
}

const mbps = (r: ClientRun): number => r.bytes / r.seconds / 1e6;
const rps = (r: ClientRun): number => r.records / r.seconds;

interface Server {
  readonly name: string;
  start(topic: string): Promise<RunningServer>;
}

async function main(): Promise<void> {
  const mock = mockBinary();
  const servers: Server[] = [
    {
      name: 'samsa',
      start: async (topic) => {
        const s = await startSamsa();
        await createTopic(s.port, topic, 1);
        return s;
      },
    },
  ];
  if ('path' in mock) servers.push({ name: 'librdkafka mock', start: (topic) => startMock(mock.path, [topic]) });
  else console.log(`librdkafka mock unavailable, its rows are left out: ${mock.error}`);
  const python = spawnSync(PYTHON, ['-c', 'import confluent_kafka'], { encoding: 'utf8' });
  const clients = ['kafkajs', ...(python.status === 0 ? ['librdkafka'] : [])];
  if (python.status !== 0)
    console.log('confluent-kafka-python unavailable (apt install python3-confluent-kafka): librdkafka rows left out');

  for (const client of clients) {
    const figures = new Map<string, { produce: ClientRun; consume: ClientRun | null }>();
    for (const server of servers) {
      const topic = 'bench';
      const s = await server.start(topic);
      try {
        const bootstrap = `127.0.0.1:${s.port}`;
        const produce =
          client === 'kafkajs'
            ? await kafkajsProduce(s, topic)
            : rdkafka(['produce', bootstrap, topic, String(SECONDS), String(VALUE_BYTES)]);
        // Never more than the run produced (a short run may produce fewer than CONSUME). The mock keeps only the
        // last few megabytes of a partition, so consuming from the start is measured on samsa alone.
        const count = Math.min(CONSUME, produce.records);
        let consume: ClientRun | null = null;
        if (server.name === 'samsa')
          consume =
            client === 'kafkajs'
              ? await kafkajsConsume(s, topic, count)
              : rdkafka(['consume', bootstrap, topic, String(count)]);
        figures.set(server.name, { produce, consume });
      } finally {
        await s.stop();
      }
    }
    const ref = figures.get('librdkafka mock')?.produce;
    const ours = figures.get('samsa') as { produce: ClientRun; consume: ClientRun };
    const group = `${client} produce, 1 KB records, 1 partition, acks=1`;
    if (ref) report({ group, name: 'librdkafka mock', value: mbps(ref), unit: 'MB/s' });
    report({
      group,
      name: 'samsa',
      value: mbps(ours.produce),
      unit: 'MB/s',
      baseline: ref ? { name: 'librdkafka mock', value: mbps(ref) } : undefined,
    });
    report({
      group,
      name: 'samsa',
      value: rps(ours.produce),
      unit: 'records/s',
      baseline: ref ? { name: 'librdkafka mock', value: rps(ref) } : undefined,
    });
    const consumeGroup = `${client} consume, 1 KB records, 1 partition, ${ours.consume.records.toLocaleString('en-US')} records from the start`;
    report({ group: consumeGroup, name: 'samsa', value: mbps(ours.consume), unit: 'MB/s' });
    report({ group: consumeGroup, name: 'samsa', value: rps(ours.consume), unit: 'records/s' });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
