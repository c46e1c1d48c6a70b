// node-rdkafka 3.6.1 (librdkafka 2.12) and the classic API of @confluentinc/kafka-javascript 1.10.1
// (librdkafka 2.15, the same API) driven from a child process; prints one JSON document, or JSON lines for `group`.
// Each client ships its own librdkafka.so.1 and the first one loaded wins, so every run is its own process.
//
// usage: node driver.js MODULE BOOTSTRAP COMMAND ARGS...
//   MODULE is node-rdkafka or @confluentinc/kafka-javascript, resolved from compat-tests/clients.
//   produce TOPIC CONF_JSON              < {"records": [RECORD...]}  -> {"deliveries": [{partition, offset, timestamp, error}]}
//   transactions TOPIC CONF_JSON         < {"transactions": [{"records": [...], "outcome": "commit"|"abort"}]}
//                                        -> {"transactions": [{"outcome", "deliveries": [...]}]}
//   consume TOPIC PARTITION FROM COUNT CONF_JSON   FROM: an offset or "beginning"; reads COUNT records, then keeps
//                                        reading for conf["linger.ms"] (default 0) to catch extra ones
//                                        -> {"records": [RECORD...], "errors": [...]}
//   metadata [TOPIC]                     -> {"origBrokerId", "brokers": [{id, host, port}], "topics": [{name, partitions: [{id, leader, replicas, isrs}]}]}
//   watermarks TOPIC PARTITION           -> {"low", "high"}
//   offsets-for-times TOPIC PARTITION TS -> {"offset"}
//   committed GROUP TOPIC PARTITIONS     -> {"offsets": [{partition, offset}]}
//   group GROUP TOPIC CONF_JSON          a subscribed member that commits synchronously after each record; JSON lines:
//                                        {"event":"assign"|"revoke","partitions":[..]}, {"event":"record",partition,offset,value},
//                                        {"event":"error",...}; stops (leaving the group) on "stop" from stdin, then {"event":"closed"}.
//                                        TOPIC starting with ^ is a regex subscription; with "group.protocol":"consumer"
//                                        (KIP-848) the classic-only settings (session.timeout.ms, heartbeat.interval.ms) are left out
//   eos GROUP INPUT OUTPUT COUNT CONF_JSON  consume-transform-produce: reads COUNT records of INPUT in the group (read_committed),
//                                        writes each value upper-cased to OUTPUT and commits the offsets in the same transaction
//                                        (sendOffsetsToTransaction) -> {"processed": n, "transactions": n}
//   admin OPERATION ARGS_JSON            the AdminClient's operations (see ADMIN below) -> the client's answer
//   produce-and-stay TOPIC STAY_MS CONF_JSON  < {"records": [...]}  produce, then keep the producer connected for STAY_MS
//                                        (client telemetry pushes, KIP-714) before closing -> {"deliveries": [...]}
//
// RECORD is the compat suites' JSON record (helpers/records.ts): key, value and header values as hex or null,
// timestamp in ms or null, optional partition.
'use strict';
const { createRequire } = require('node:module');
const { join } = require('node:path');

const clientsRequire = createRequire(join(__dirname, '..', '..', 'clients', 'package.json'));
const [moduleName, bootstrap, command, ...args] = process.argv.slice(2);
const Kafka = clientsRequire(moduleName);
const TIMEOUT_MS = 20_000;

// A zero-length Buffer has no data pointer, and both clients then write the key or value as null; a zero-length
// slice of an allocated Buffer keeps its pointer and is written as empty (FINDINGS.md).
const unhex = (s) =>
  s === null || s === undefined ? null : s === '' ? Buffer.alloc(1).subarray(1) : Buffer.from(s, 'hex');
const tohex = (b) => (b === null || b === undefined ? null : Buffer.from(b).toString('hex'));
const errorJson = (err) => (err ? { message: err.message, code: err.code, name: err.name ?? null } : null);

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const promisify = (fn) => new Promise((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value))));

function toMessage(r) {
  // Header values: Buffers for the clients that take them (node-rdkafka converts every value to a UTF-8 string).
  const headers = r.headers.map(([name, value]) => ({ [name]: value === null ? null : unhex(value) }));
  return {
    partition: r.partition ?? -1,
    value: unhex(r.value),
    key: unhex(r.key),
    timestamp: r.timestamp ?? null,
    headers,
  };
}

function fromMessage(m) {
  return {
    partition: m.partition,
    offset: m.offset,
    key: tohex(m.key),
    value: tohex(m.value),
    headers: (m.headers ?? []).map((h) => {
      const name = Object.keys(h)[0];
      return [name, tohex(h[name])];
    }),
    timestamp: m.timestamp,
  };
}

async function connect(client) {
  await promisify((cb) => client.connect({ timeout: TIMEOUT_MS }, cb));
  return client;
}

function newProducer(conf) {
  const producer = new Kafka.Producer({
    'bootstrap.servers': bootstrap,
    'client.id': 'compat-classic',
    dr_cb: true,
    ...conf,
  });
  const pending = new Map();
  let nextOpaque = 0;
  producer.on('delivery-report', (err, report) => {
    const done = pending.get(report.opaque);
    pending.delete(report.opaque);
    done?.({
      partition: report.partition,
      offset: report.offset,
      timestamp: report.timestamp ?? null,
      error: errorJson(err),
    });
  });
  producer.setPollInterval(20);
  // Sends every record and waits for all delivery reports, in send order.
  producer.sendAll = (topic, records) =>
    Promise.all(
      records.map((r) => {
        const m = toMessage(r);
        const opaque = nextOpaque++;
        const delivered = new Promise((resolve) => pending.set(opaque, resolve));
        producer.produce(topic, m.partition, m.value, m.key, m.timestamp, opaque, m.headers);
        return delivered;
      }),
    );
  return producer;
}

async function produce(topic, confText) {
  const { records } = await readStdin();
  const producer = await connect(newProducer(JSON.parse(confText)));
  try {
    return { deliveries: await producer.sendAll(topic, records) };
  } finally {
    await promisify((cb) => producer.disconnect(TIMEOUT_MS, cb));
  }
}

async function produceAndStay(topic, stayText, confText) {
  const { records } = await readStdin();
  const producer = await connect(newProducer(JSON.parse(confText)));
  try {
    const deliveries = await producer.sendAll(topic, records);
    await new Promise((resolve) => setTimeout(resolve, Number(stayText)));
    return { deliveries };
  } finally {
    await promisify((cb) => producer.disconnect(TIMEOUT_MS, cb));
  }
}

async function transactions(topic, confText) {
  const { transactions: list } = await readStdin();
  const producer = await connect(newProducer(JSON.parse(confText)));
  try {
    await promisify((cb) => producer.initTransactions(TIMEOUT_MS, cb));
    const results = [];
    for (const txn of list) {
      await promisify((cb) => producer.beginTransaction(cb));
      const deliveries = await producer.sendAll(topic, txn.records);
      if (txn.outcome === 'commit') await promisify((cb) => producer.commitTransaction(TIMEOUT_MS, cb));
      else await promisify((cb) => producer.abortTransaction(TIMEOUT_MS, cb));
      results.push({ outcome: txn.outcome, deliveries });
    }
    return { transactions: results };
  } finally {
    await promisify((cb) => producer.disconnect(TIMEOUT_MS, cb));
  }
}

function newConsumer(conf, topicConf = {}) {
  return new Kafka.KafkaConsumer(
    {
      'bootstrap.servers': bootstrap,
      'group.id': `compat-classic-${process.pid}`,
      'enable.auto.commit': false,
      'client.id': 'compat-classic',
      ...conf,
    },
    topicConf,
  );
}

async function consume(topic, partitionText, from, countText, confText) {
  const { 'linger.ms': lingerMs = 0, ...conf } = JSON.parse(confText);
  const count = Number(countText);
  const consumer = await connect(newConsumer(conf));
  const records = [];
  const errors = [];
  consumer.on('event.error', (err) => errors.push(errorJson(err)));
  try {
    const offset = from === 'beginning' ? (Kafka.CODES?.OFFSET_BEGINNING ?? -2) : Number(from);
    consumer.assign([{ topic, partition: Number(partitionText), offset }]);
    const deadline = Date.now() + TIMEOUT_MS;
    let lingerUntil = lingerMs === 0 || count === 0 ? 0 : Infinity;
    if (count === 0) lingerUntil = Date.now() + lingerMs;
    while (Date.now() < deadline && (records.length < count || Date.now() < lingerUntil)) {
      const batch = await promisify((cb) => consumer.consume(100, cb));
      for (const m of batch) records.push(fromMessage(m));
      if (records.length >= count && lingerUntil === Infinity) lingerUntil = Date.now() + lingerMs;
    }
    // Without lingering, exactly COUNT records (a consume call may return more).
    return { records: lingerMs === 0 ? records.slice(0, count) : records, errors };
  } finally {
    await promisify((cb) => consumer.disconnect(cb));
  }
}

async function metadata(topic) {
  const producer = await connect(new Kafka.Producer({ 'bootstrap.servers': bootstrap }));
  try {
    const md = await promisify((cb) =>
      producer.getMetadata(
        topic === undefined ? { allTopics: true, timeout: TIMEOUT_MS } : { topic, timeout: TIMEOUT_MS },
        cb,
      ),
    );
    return {
      origBrokerId: md.orig_broker_id,
      brokers: md.brokers.map((b) => ({ id: b.id, host: b.host, port: b.port })),
      topics: md.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ id: p.id, leader: p.leader, replicas: p.replicas, isrs: p.isrs })),
      })),
    };
  } finally {
    await promisify((cb) => producer.disconnect(cb));
  }
}

async function watermarks(topic, partitionText) {
  const producer = await connect(new Kafka.Producer({ 'bootstrap.servers': bootstrap }));
  try {
    const w = await promisify((cb) => producer.queryWatermarkOffsets(topic, Number(partitionText), TIMEOUT_MS, cb));
    return { low: w.lowOffset, high: w.highOffset };
  } finally {
    await promisify((cb) => producer.disconnect(cb));
  }
}

async function offsetsForTimes(topic, partitionText, timestampText) {
  const consumer = await connect(newConsumer({}));
  try {
    const found = await promisify((cb) =>
      consumer.offsetsForTimes(
        [{ topic, partition: Number(partitionText), offset: Number(timestampText) }],
        TIMEOUT_MS,
        cb,
      ),
    );
    return { offset: found[0].offset };
  } finally {
    await promisify((cb) => consumer.disconnect(cb));
  }
}

async function committed(group, topic, partitionsText) {
  const consumer = await connect(newConsumer({ 'group.id': group }));
  try {
    const partitions = JSON.parse(partitionsText).map((partition) => ({ topic, partition }));
    const found = await promisify((cb) => consumer.committed(partitions, TIMEOUT_MS, cb));
    return { offsets: found.map((p) => ({ partition: p.partition, offset: p.offset })) };
  } finally {
    await promisify((cb) => consumer.disconnect(cb));
  }
}

// A long-running member: events go out as JSON lines as they happen, so the test can act on them.
async function group(groupId, topic, confText) {
  const emit = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
  const conf = JSON.parse(confText);
  let consumer;
  let stopping = false;
  // KIP-848: the session and heartbeat are the broker's (librdkafka refuses them with group.protocol=consumer).
  const kip848 = conf['group.protocol'] === 'consumer';
  const classicTimers = kip848 ? {} : { 'session.timeout.ms': 10_000, 'heartbeat.interval.ms': 300 };
  // KIP-848 assignments are always incremental. librdkafka's rebalance_protocol() is a request to its group thread
  // that answers nothing once the consumer is closing, so it cannot be asked then.
  const cooperative = () => kip848 || consumer.rebalanceProtocol?.() === 'COOPERATIVE';
  consumer = newConsumer(
    {
      'group.id': groupId,
      ...classicTimers,
      'topic.metadata.refresh.interval.ms': 1000,
      ...conf,
      rebalance_cb: (err, assignment) => {
        const partitions = assignment.map((p) => p.partition).sort((a, b) => a - b);
        if (err.code === Kafka.CODES.ERRORS.ERR__ASSIGN_PARTITIONS) {
          try {
            if (cooperative()) consumer.incrementalAssign(assignment);
            else consumer.assign(assignment);
          } catch (assignErr) {
            // An assignment that arrives while the member is closing is moot; at any other time it is a failure.
            if (!stopping) emit({ event: 'error', error: errorJson(assignErr) });
            return;
          }
          emit({ event: 'assign', partitions });
        } else if (err.code === Kafka.CODES.ERRORS.ERR__REVOKE_PARTITIONS) {
          if (cooperative()) consumer.incrementalUnassign(assignment);
          else consumer.unassign();
          if (!stopping) emit({ event: 'revoke', partitions });
        } else {
          emit({ event: 'error', error: errorJson(err) });
        }
      },
    },
    { 'auto.offset.reset': 'earliest' },
  );
  consumer.on('event.error', (err) => emit({ event: 'error', error: errorJson(err) }));
  await connect(consumer);
  consumer.subscribe([topic]);
  const stopped = new Promise((resolve) => {
    process.stdin.setEncoding('utf8').on('data', (chunk) => chunk.includes('stop') && resolve());
    process.stdin.on('end', resolve);
  });
  stopped.then(() => (stopping = true));
  while (!stopping) {
    const batch = await promisify((cb) => consumer.consume(50, cb)).catch((err) => {
      emit({ event: 'error', error: errorJson(err) });
      return [];
    });
    for (const m of batch) {
      // Commit the next offset to read, synchronously, before reporting the record.
      consumer.commitSync({ topic: m.topic, partition: m.partition, offset: m.offset + 1 });
      emit({
        event: 'record',
        partition: m.partition,
        offset: m.offset,
        value: m.value === null ? null : m.value.toString('utf8'),
      });
    }
    if (batch.length === 0) await new Promise((r) => setTimeout(r, 20));
  }
  await promisify((cb) => consumer.disconnect(cb));
  emit({ event: 'closed' });
  return undefined;
}

// Exactly-once consume-transform-produce: each batch in one transaction with its offsets (KIP-447 group metadata).
async function eos(groupId, input, output, countText, confText) {
  const conf = JSON.parse(confText);
  const count = Number(countText);
  const consumer = await connect(
    newConsumer(
      { 'group.id': groupId, 'isolation.level': 'read_committed', ...conf },
      { 'auto.offset.reset': 'earliest' },
    ),
  );
  const producer = await connect(newProducer({ 'transactional.id': `${groupId}-eos`, 'client.id': 'compat-eos' }));
  let processed = 0;
  let transactions = 0;
  try {
    await promisify((cb) => producer.initTransactions(TIMEOUT_MS, cb));
    consumer.subscribe([input]);
    const deadline = Date.now() + 3 * TIMEOUT_MS;
    while (processed < count && Date.now() < deadline) {
      const batch = await promisify((cb) => consumer.consume(20, cb));
      if (batch.length === 0) continue;
      await promisify((cb) => producer.beginTransaction(cb));
      const records = batch.map((m) => ({
        key: tohex(m.key),
        value: tohex(Buffer.from((m.value ?? Buffer.alloc(0)).toString('utf8').toUpperCase())),
        headers: [],
        timestamp: null,
      }));
      await producer.sendAll(output, records);
      const next = new Map();
      for (const m of batch) next.set(m.partition, m.offset + 1);
      const offsets = [...next].map(([partition, offset]) => ({ topic: input, partition, offset }));
      await promisify((cb) => producer.sendOffsetsToTransaction(offsets, consumer, TIMEOUT_MS, cb));
      await promisify((cb) => producer.commitTransaction(TIMEOUT_MS, cb));
      processed += batch.length;
      transactions++;
    }
    return { processed, transactions };
  } finally {
    await promisify((cb) => producer.disconnect(TIMEOUT_MS, cb));
    await promisify((cb) => consumer.disconnect(cb));
  }
}

// AdminClient operations: node-rdkafka has the first three; @confluentinc/kafka-javascript has them all.
const ADMIN = {
  'create-topic': (admin, a) =>
    promisify((cb) =>
      admin.createTopic(
        { topic: a.topic, num_partitions: a.partitions, replication_factor: 1, config: a.config ?? {} },
        TIMEOUT_MS,
        cb,
      ),
    ).then(() => ({ ok: true })),
  'delete-topic': (admin, a) =>
    promisify((cb) => admin.deleteTopic(a.topic, TIMEOUT_MS, cb)).then(() => ({ ok: true })),
  'create-partitions': (admin, a) =>
    promisify((cb) => admin.createPartitions(a.topic, a.total, TIMEOUT_MS, cb)).then(() => ({ ok: true })),
  'list-topics': (admin) => promisify((cb) => admin.listTopics({ timeout: TIMEOUT_MS }, cb)),
  'describe-topics': (admin, a) => promisify((cb) => admin.describeTopics(a.topics, { timeout: TIMEOUT_MS }, cb)),
  'list-groups': (admin) => promisify((cb) => admin.listGroups({ timeout: TIMEOUT_MS }, cb)),
  'describe-groups': (admin, a) => promisify((cb) => admin.describeGroups(a.groups, { timeout: TIMEOUT_MS }, cb)),
  'delete-groups': (admin, a) => promisify((cb) => admin.deleteGroups(a.groups, { timeout: TIMEOUT_MS }, cb)),
  'list-group-offsets': (admin, a) =>
    promisify((cb) => admin.listConsumerGroupOffsets(a.requests, { timeout: TIMEOUT_MS }, cb)),
  'delete-records': (admin, a) => promisify((cb) => admin.deleteRecords(a.partitions, { timeout: TIMEOUT_MS }, cb)),
  'list-offsets': (admin, a) =>
    promisify((cb) => admin.listOffsets(a.partitions, { timeout: TIMEOUT_MS, ...(a.options ?? {}) }, cb)),
};

async function admin(operation, argsText) {
  const client = Kafka.AdminClient.create({ 'bootstrap.servers': bootstrap, 'client.id': 'compat-classic-admin' });
  try {
    return await ADMIN[operation](client, JSON.parse(argsText ?? '{}'));
  } finally {
    client.disconnect();
  }
}

const COMMANDS = {
  produce,
  'produce-and-stay': produceAndStay,
  transactions,
  consume,
  metadata,
  watermarks,
  'offsets-for-times': offsetsForTimes,
  committed,
  group,
  eos,
  admin,
};

(async () => {
  const out = await COMMANDS[command](...args);
  if (out !== undefined)
    process.stdout.write(`${JSON.stringify(out, (_, v) => (typeof v === 'bigint' ? Number(v) : v))}\n`);
  process.exit(0);
})().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n${JSON.stringify(errorJson(err))}\n`);
  process.exit(1);
});
