// node-rdkafka and the classic API of @confluentinc/kafka-javascript (each on its own librdkafka) against a secured
// samsa listener, from a child process (the first librdkafka.so.1 loaded in a process wins); prints one JSON
// document.
//
// usage: node rdkafka-secure.js SPEC_JSON
// SPEC_JSON: {"module": "node-rdkafka" | "@confluentinc/kafka-javascript", "config": {librdkafka settings, with
// bootstrap.servers}, "topic", "expect_failure": bool}. With the right settings: create the topic (AdminClient),
// produce two records, consume them in a group with a synchronous commit of each, read the committed offset back,
// delete the topic; prints {"ok": true, "values": [...], "committed": n}. With expect_failure: connecting a producer
// (which asks for metadata) must fail; prints {"ok": false, "errors": [every error and log line the client gave]}.
'use strict';
const { createRequire } = require('node:module');
const { join } = require('node:path');

const spec = JSON.parse(process.argv[2]);
const Kafka = createRequire(join(__dirname, '..', '..', 'clients', 'package.json'))(spec.module);
const TIMEOUT_MS = 20_000;
const errors = [];
const config = { 'client.id': 'compat-rdkafka-security', ...spec.config };

const promisify = (fn) => new Promise((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value))));

/** Collects the errors and log lines librdkafka reports (the broker's SASL message arrives in them). */
function watch(client) {
  client.on('event.error', (err) => errors.push(`${err.message} (${err.code})`));
  client.on('event.log', (log) => errors.push(log.message));
  return client;
}

async function expectFailure() {
  const producer = watch(new Kafka.Producer({ ...config, event_cb: true, debug: 'security' }));
  try {
    await promisify((cb) => producer.connect({ timeout: 8000 }, cb));
  } catch (err) {
    // Never connected: nothing to disconnect (the process exits).
    errors.push(err.message);
    return { ok: false, errors };
  }
  await promisify((cb) => producer.disconnect(TIMEOUT_MS, cb));
  return { ok: true, errors };
}

async function roundTrip() {
  const topic = spec.topic;
  const admin = Kafka.AdminClient.create(config);
  await promisify((cb) =>
    admin.createTopic({ topic, num_partitions: 1, replication_factor: 1 }, TIMEOUT_MS, (err) => cb(err)),
  );

  const producer = watch(new Kafka.Producer({ ...config, dr_cb: true, event_cb: true }));
  await promisify((cb) => producer.connect({ timeout: TIMEOUT_MS }, cb));
  producer.setPollInterval(20);
  let delivered = 0;
  const deliveries = new Promise((resolve, reject) =>
    producer.on('delivery-report', (err) => {
      if (err) reject(err);
      else if (++delivered === 2) resolve();
    }),
  );
  producer.produce(topic, 0, Buffer.from('one'), Buffer.from('a'));
  producer.produce(topic, 0, Buffer.from('two'), Buffer.from('b'));
  await deliveries;
  await promisify((cb) => producer.disconnect(TIMEOUT_MS, cb));

  const consumer = watch(
    new Kafka.KafkaConsumer(
      { ...config, 'group.id': `${topic}-group`, 'enable.auto.commit': false, event_cb: true },
      { 'auto.offset.reset': 'earliest' },
    ),
  );
  await promisify((cb) => consumer.connect({ timeout: TIMEOUT_MS }, cb));
  consumer.subscribe([topic]);
  const values = [];
  const deadline = Date.now() + 30_000;
  while (values.length < 2 && Date.now() < deadline) {
    const messages = await promisify((cb) => consumer.consume(1, cb));
    for (const m of messages) {
      values.push(m.value.toString());
      consumer.commitMessageSync(m);
    }
  }
  const committed = await promisify((cb) => consumer.committed([{ topic, partition: 0 }], TIMEOUT_MS, cb));
  await promisify((cb) => consumer.disconnect(cb));

  await promisify((cb) => admin.deleteTopic(topic, TIMEOUT_MS, (err) => cb(err)));
  admin.disconnect();
  return { ok: true, values: values.sort(), committed: committed.reduce((n, tp) => n + Math.max(0, tp.offset), 0) };
}

(spec.expect_failure ? expectFailure() : roundTrip()).then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (err) => {
    process.stderr.write(`${err.stack ?? err.message}\nerrors: ${errors.join('\n')}\n`);
    process.exit(1);
  },
);
