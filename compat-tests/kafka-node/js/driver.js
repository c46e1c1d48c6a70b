// kafka-node 5.0.0 driven from a child process; prints one JSON document, or JSON lines for `group`.
// kafka-node speaks the 0.9-0.11 era protocol: Produce v0-2 with magic 0/1 message sets, Fetch v0-2,
// ListOffsets v0, Metadata v0-1, JoinGroup/SyncGroup v0, OffsetCommit v0-2. No headers, no idempotence.
//
// usage: node driver.js BOOTSTRAP COMMAND ARGS...
//   produce TOPIC OPTIONS_JSON           < {"records": [RECORD...]}; OPTIONS: {"compression": "none"|"gzip"|"snappy",
//                                        "requireAcks": 1, "producer": "Producer"|"HighLevelProducer"}
//                                        -> {"result": {topic: {partition: firstOffset}}}
//   consume TOPIC PARTITION FROM COUNT [simple|group]   FROM: an offset -> {"records": [RECORD...]}; simple (default)
//                                        reads with Fetch v0, group with a fresh ConsumerGroup's Fetch v2 (see consume)
//   offsets TOPIC PARTITION TIME [MAX]   ListOffsets v0 (-1 latest, -2 earliest, or ms) -> {"offsets": [..]}
//   metadata [TOPIC...]                  -> {"brokers": {...}, "topics": {...}}
//   group GROUP TOPIC OPTIONS_JSON       a ConsumerGroup member committing each record before reporting it; JSON lines:
//                                        {"event":"assign","partitions":[..]}, {"event":"record",partition,offset,value},
//                                        {"event":"error",...}; stops (leaving the group) on "stop" from stdin
//   admin OPERATION ARGS_JSON            list-groups, describe-groups, list-topics, create-topics, describe-configs
//   committed GROUP TOPIC PARTITIONS     OffsetFetch v1 -> {"offsets": [{partition, offset}]}
'use strict';
const { createRequire } = require('node:module');
const { join } = require('node:path');

const kafka = createRequire(join(__dirname, '..', '..', 'clients', 'package.json'))('kafka-node');
const [bootstrap, command, ...args] = process.argv.slice(2);
const TIMEOUT_MS = 20_000;
const ATTRIBUTES = { none: 0, gzip: 1, snappy: 2 };

const unhex = (s) => (s === null || s === undefined ? null : Buffer.from(s, 'hex'));
const tohex = (b) => (b === null || b === undefined ? null : Buffer.from(b).toString('hex'));
const errorJson = (err) => (err ? { message: err.message ?? String(err), name: err.name ?? null } : null);
const promisify = (fn) => new Promise((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value))));

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function newClient() {
  return new kafka.KafkaClient({
    kafkaHost: bootstrap,
    requestTimeout: TIMEOUT_MS,
    connectTimeout: TIMEOUT_MS,
    clientId: 'compat-kafka-node',
  });
}

function ready(emitter) {
  return new Promise((resolve, reject) => {
    emitter.once('ready', resolve);
    emitter.once('error', reject);
  });
}

const close = (client) => promisify((cb) => client.close(cb));

async function produce(topic, optionsText) {
  const { records } = await readStdin();
  const options = JSON.parse(optionsText);
  const client = newClient();
  const Kind = options.producer === 'HighLevelProducer' ? kafka.HighLevelProducer : kafka.Producer;
  const producer = new Kind(client, { requireAcks: options.requireAcks ?? 1, ackTimeoutMs: 5000 });
  try {
    await ready(producer);
    // One payload per record carries its own key and timestamp; payloads for the same partition share one message set.
    const payloads = records.map((r) => ({
      topic,
      partition: r.partition ?? 0,
      key: unhex(r.key),
      messages: [unhex(r.value)],
      timestamp: r.timestamp ?? undefined,
      attributes: ATTRIBUTES[options.compression ?? 'none'],
    }));
    return { result: await promisify((cb) => producer.send(payloads, cb)) };
  } finally {
    await close(client);
  }
}

function fromMessage(m) {
  return {
    partition: m.partition,
    offset: m.offset,
    key: tohex(m.key),
    value: tohex(m.value),
    headers: [],
    // Magic 0 messages carry no timestamp: -1, as Kafka's own readers report it.
    timestamp: m.timestamp === undefined ? -1 : m.timestamp.getTime(),
  };
}

// `simple` is kafka-node's Consumer, which always sends Fetch v0 (magic 0 message sets, no timestamps);
// `group` is a ConsumerGroup of its own, which negotiates Fetch v2 (magic 1, timestamps) and starts at the earliest offset.
async function consume(topic, partitionText, fromText, countText, mode = 'simple') {
  const count = Number(countText);
  const partition = Number(partitionText);
  const client = mode === 'simple' ? newClient() : null;
  const records = [];
  let consumer;
  try {
    await new Promise((resolve, reject) => {
      const options = { autoCommit: false, encoding: 'buffer', keyEncoding: 'buffer', fetchMaxWaitMs: 100 };
      consumer =
        mode === 'simple'
          ? new kafka.Consumer(client, [{ topic, partition, offset: Number(fromText) }], {
              ...options,
              fromOffset: true,
            })
          : new kafka.ConsumerGroup(
              {
                ...options,
                kafkaHost: bootstrap,
                groupId: `compat-kafka-node-read-${process.pid}`,
                fromOffset: 'earliest',
              },
              [topic],
            );
      const timer = setTimeout(() => resolve(), TIMEOUT_MS);
      consumer.on('message', (m) => {
        if (m.partition !== partition || m.offset < Number(fromText)) return;
        records.push(fromMessage(m));
        if (records.length >= count) {
          clearTimeout(timer);
          consumer.pause();
          resolve();
        }
      });
      for (const event of ['error', 'offsetOutOfRange']) {
        consumer.on(event, (err) => {
          clearTimeout(timer);
          reject(err);
        });
      }
    });
    return { records: records.slice(0, count) };
  } finally {
    if (mode === 'simple') await close(client);
    else await promisify((cb) => consumer.close(false, cb));
  }
}

async function offsets(topic, partitionText, timeText, maxText) {
  const client = newClient();
  try {
    const offset = new kafka.Offset(client);
    await ready(offset);
    const found = await promisify((cb) =>
      offset.fetch(
        [{ topic, partition: Number(partitionText), time: Number(timeText), maxNum: Number(maxText ?? 1) }],
        cb,
      ),
    );
    return { offsets: found[topic][partitionText] };
  } finally {
    await close(client);
  }
}

async function metadata(...topics) {
  const client = newClient();
  try {
    await ready(client);
    const [brokers, rest] = await promisify((cb) => client.loadMetadataForTopics(topics, cb));
    return { brokers, topics: rest.metadata };
  } finally {
    await close(client);
  }
}

async function committed(groupId, topic, partitionsText) {
  const client = newClient();
  try {
    const offset = new kafka.Offset(client);
    await ready(offset);
    const partitions = JSON.parse(partitionsText);
    const found = await promisify((cb) =>
      offset.fetchCommitsV1(
        groupId,
        partitions.map((partition) => ({ topic, partition })),
        cb,
      ),
    );
    return { offsets: partitions.map((partition) => ({ partition, offset: found[topic][partition] })) };
  } finally {
    await close(client);
  }
}

async function group(groupId, topic, optionsText) {
  const emit = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
  const options = JSON.parse(optionsText);
  const member = new kafka.ConsumerGroup(
    {
      kafkaHost: bootstrap,
      groupId,
      clientId: 'compat-kafka-node-group',
      autoCommit: false,
      fromOffset: 'earliest',
      encoding: 'buffer',
      keyEncoding: 'buffer',
      sessionTimeout: 10_000,
      heartbeatInterval: 300,
      fetchMaxWaitMs: 100,
      protocol: [options.protocol ?? 'roundrobin'],
    },
    [topic],
  );
  member.on('error', (err) => emit({ event: 'error', error: errorJson(err) }));
  member.on('rebalancing', () => emit({ event: 'revoke', partitions: [] }));
  member.on('rebalanced', () => {
    const partitions = (member.topicPayloads ?? []).map((p) => p.partition).sort((a, b) => a - b);
    emit({ event: 'assign', partitions });
  });
  // Commit the next offset to read, then report the record; the consumer is paused meanwhile so order holds.
  let chain = Promise.resolve();
  member.on('message', (m) => {
    chain = chain.then(async () => {
      await promisify((cb) =>
        member.sendOffsetCommitRequest(
          [{ topic: m.topic, partition: m.partition, offset: m.offset + 1, metadata: '' }],
          cb,
        ),
      ).catch((err) => emit({ event: 'error', error: errorJson(err) }));
      emit({
        event: 'record',
        partition: m.partition,
        offset: m.offset,
        value: m.value === null ? null : m.value.toString('utf8'),
      });
    });
  });
  await new Promise((resolve) => {
    process.stdin.setEncoding('utf8').on('data', (chunk) => chunk.includes('stop') && resolve());
    process.stdin.on('end', resolve);
  });
  await chain;
  await promisify((cb) => member.close(false, cb));
  emit({ event: 'closed' });
  return undefined;
}

const ADMIN = {
  'list-groups': (admin) => promisify((cb) => admin.listGroups(cb)),
  'describe-groups': (admin, a) => promisify((cb) => admin.describeGroups(a.groups, cb)),
  'list-topics': (admin) => promisify((cb) => admin.listTopics(cb)),
  'create-topics': (admin, a) => promisify((cb) => admin.createTopics(a.topics, cb)),
  'describe-configs': (admin, a) => promisify((cb) => admin.describeConfigs(a, cb)),
};

async function admin(operation, argsText) {
  const client = newClient();
  try {
    return await ADMIN[operation](new kafka.Admin(client), JSON.parse(argsText ?? '{}'));
  } finally {
    await close(client);
  }
}

const COMMANDS = { produce, consume, offsets, metadata, committed, group, admin };

(async () => {
  const out = await COMMANDS[command](...args);
  if (out !== undefined) process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
})().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n${JSON.stringify(errorJson(err))}\n`);
  process.exit(1);
});
