// The KafkaJS-compatible API of @confluentinc/kafka-javascript 1.10.1 (librdkafka 2.15) driven from a child
// process; prints one JSON document, or JSON lines for `group`. The classic API runs through
// ../../node-rdkafka/js/driver.js, which is the same API.
//
// usage: node kafkajs-api.js BOOTSTRAP COMMAND ARGS...
//   produce TOPIC CONF_JSON              < {"records": [RECORD...]}; CONF: the producer's kafkaJS block
//                                        ({"compression": "gzip", "idempotent": true, ...}) -> {"metadata": [...]}
//   transactions TOPIC TXN_ID            < {"transactions": [{"records": [...], "outcome": "commit"|"abort"}]} -> {"outcomes": [...]}
//   consume TOPIC COUNT CONF_JSON        a fresh group reading TOPIC from the beginning until COUNT records, then
//                                        conf.lingerMs more -> {"records": [RECORD...]}; CONF: the consumer's kafkaJS block
//   group GROUP TOPIC                    a member running eachMessage and committing each record; JSON lines as
//                                        ../../node-rdkafka/js/driver.js; stops on "stop" from stdin
//   admin OPERATION ARGS_JSON            createTopics, deleteTopics, listTopics, listGroups, describeGroups, deleteGroups,
//                                        fetchOffsets, deleteTopicRecords, fetchTopicMetadata, fetchTopicOffsets,
//                                        fetchTopicOffsetsByTimestamp: ARGS is the argument list -> the answer
'use strict';
const { createRequire } = require('node:module');
const { join } = require('node:path');

const ckjs = createRequire(join(__dirname, '..', '..', 'clients', 'package.json'))('@confluentinc/kafka-javascript');
const { KafkaJS } = ckjs;
const [bootstrap, command, ...args] = process.argv.slice(2);

// A zero-length Buffer has no data pointer, and the client then writes the key or value as null; a zero-length
// slice of an allocated Buffer keeps its pointer and is written as empty (../FINDINGS.md).
const unhex = (s) =>
  s === null || s === undefined ? null : s === '' ? Buffer.alloc(1).subarray(1) : Buffer.from(s, 'hex');
const tohex = (b) => (b === null || b === undefined ? null : Buffer.from(b).toString('hex'));
const errorJson = (err) =>
  err ? { message: err.message, code: err.code ?? null, name: err.name ?? null, type: err.type ?? null } : null;

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const kafka = new KafkaJS.Kafka({
  kafkaJS: { brokers: [bootstrap], clientId: 'compat-ckjs', logLevel: KafkaJS.logLevel.NOTHING },
});

// KafkaJS headers are an object: a repeated name becomes an array of values, in order.
function toMessage(r) {
  const headers = {};
  for (const [name, value] of r.headers) {
    const v = unhex(value);
    if (!(name in headers)) headers[name] = v;
    else if (Array.isArray(headers[name])) headers[name].push(v);
    else headers[name] = [headers[name], v];
  }
  const m = { key: unhex(r.key), value: unhex(r.value), headers };
  if (r.timestamp !== null) m.timestamp = String(r.timestamp);
  if (r.partition !== undefined) m.partition = r.partition;
  return m;
}

function fromMessage(partition, m) {
  const headers = [];
  for (const [name, value] of Object.entries(m.headers ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) headers.push([name, tohex(v)]);
  }
  return {
    partition,
    offset: Number(m.offset),
    key: tohex(m.key),
    value: tohex(m.value),
    headers,
    timestamp: Number(m.timestamp),
  };
}

async function produce(topic, confText) {
  const { records } = await readStdin();
  const producer = kafka.producer({ kafkaJS: { ...JSON.parse(confText) } });
  await producer.connect();
  try {
    const metadata = await producer.send({ topic, messages: records.map(toMessage) });
    return {
      metadata: metadata.map((m) => ({
        partition: m.partition,
        baseOffset: Number(m.baseOffset),
        errorCode: m.errorCode,
      })),
    };
  } finally {
    await producer.disconnect();
  }
}

async function transactions(topic, transactionalId) {
  const { transactions: list } = await readStdin();
  const producer = kafka.producer({ kafkaJS: { transactionalId, idempotent: true, maxInFlightRequests: 1 } });
  await producer.connect();
  try {
    const outcomes = [];
    for (const txn of list) {
      const t = await producer.transaction();
      await t.send({ topic, messages: txn.records.map(toMessage) });
      if (txn.outcome === 'commit') await t.commit();
      else await t.abort();
      outcomes.push(txn.outcome);
    }
    return { outcomes };
  } finally {
    await producer.disconnect();
  }
}

async function consume(topic, countText, confText) {
  const { lingerMs = 0, ...conf } = JSON.parse(confText);
  const count = Number(countText);
  const consumer = kafka.consumer({
    kafkaJS: {
      groupId: `compat-ckjs-read-${process.pid}-${Date.now()}`,
      fromBeginning: true,
      autoCommit: false,
      ...conf,
    },
  });
  await consumer.connect();
  const records = [];
  try {
    await consumer.subscribe({ topics: [topic] });
    let reached;
    const done = new Promise((resolve) => (reached = resolve));
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        records.push(fromMessage(partition, message));
        if (records.length >= count) reached();
      },
    });
    if (count === 0) reached();
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    if (lingerMs > 0) await new Promise((resolve) => setTimeout(resolve, lingerMs));
    records.sort((a, b) => a.partition - b.partition || a.offset - b.offset);
    return { records };
  } finally {
    await consumer.disconnect();
  }
}

async function group(groupId, topic) {
  const emit = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
  const consumer = kafka.consumer({
    kafkaJS: { groupId, fromBeginning: true, autoCommit: false, sessionTimeout: 10_000, heartbeatInterval: 300 },
    rebalance_cb: (err, assignment) => {
      const partitions = assignment.map((p) => p.partition).sort((a, b) => a - b);
      emit({ event: err.code === ckjs.CODES.ERRORS.ERR__ASSIGN_PARTITIONS ? 'assign' : 'revoke', partitions });
    },
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic] });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      await consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
      emit({
        event: 'record',
        partition,
        offset: Number(message.offset),
        value: message.value === null ? null : message.value.toString('utf8'),
      });
    },
  });
  await new Promise((resolve) => {
    process.stdin.setEncoding('utf8').on('data', (chunk) => chunk.includes('stop') && resolve());
    process.stdin.on('end', resolve);
  });
  await consumer.disconnect();
  emit({ event: 'closed' });
  return undefined;
}

const ADMIN_OPERATIONS = new Set([
  'createTopics',
  'deleteTopics',
  'listTopics',
  'listGroups',
  'describeGroups',
  'deleteGroups',
  'fetchOffsets',
  'deleteTopicRecords',
  'fetchTopicMetadata',
  'fetchTopicOffsets',
  'fetchTopicOffsetsByTimestamp',
]);

async function admin(operation, argsText) {
  if (!ADMIN_OPERATIONS.has(operation)) throw new Error(`unknown admin operation ${operation}`);
  const client = kafka.admin();
  await client.connect();
  try {
    const result = await client[operation](...JSON.parse(argsText ?? '[]'));
    return { result: result === undefined ? null : result };
  } finally {
    await client.disconnect();
  }
}

const COMMANDS = { produce, transactions, consume, group, admin };

(async () => {
  const out = await COMMANDS[command](...args);
  if (out !== undefined)
    process.stdout.write(`${JSON.stringify(out, (_, v) => (typeof v === 'bigint' ? Number(v) : v))}\n`);
  process.exit(0);
})().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n${JSON.stringify(errorJson(err))}\n`);
  process.exit(1);
});
