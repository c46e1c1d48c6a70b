// @platformatic/kafka 1.35.0 driven from a child process; prints one JSON document.
// The package is ESM only and jest's CommonJS runtime cannot load it, so the compat
// suites run it here, as they run the Python clients.
//
// usage: node driver.mjs BOOTSTRAP produce TOPIC [compression=C] [acks=N]   < {"records": [RECORD, ...]}
//        node driver.mjs BOOTSTRAP read TOPIC PARTITION FROM_OFFSET COUNT
//        node driver.mjs BOOTSTRAP list-offsets TOPIC PARTITION TIMESTAMP
//        node driver.mjs BOOTSTRAP produce-stream TOPIC          (until stdin closes)
//        node driver.mjs BOOTSTRAP metadata TOPIC
//        node driver.mjs BOOTSTRAP reassign                     < {"topics": [{name, partitions: [{partitionIndex, replicas}]}]}
//        node driver.mjs BOOTSTRAP list-reassignments [TOPIC:PARTITION ...]
//        node driver.mjs BOOTSTRAP alter-log-dirs                 < {"dirs": [{path, topics: [{name, partitions}]}]}
//        node driver.mjs BOOTSTRAP describe-log-dirs TOPIC PARTITION
//
// RECORD is the compat suites' JSON record (helpers/records.ts): key, value and header values as hex or null,
// timestamp in ms or null, optional partition. produce sends all records in one send() and prints
// {"offsets": [{partition, offset}]}. read issues plain Fetch requests to the leader (no consumer group) and
// prints {"records": [...], "batches": [{baseOffset, magic, codec, count}], "highWatermark", "logStartOffset"}.
// list-offsets prints {"offset", "timestamp"} for TIMESTAMP (-1 latest, -2 earliest, or ms).
// produce-stream sends the values v0, v1, ... one record per idempotent acks=all send, printing {"acked": n} after
// each, until stdin closes; then it prints {"sent": n}. metadata prints the topic's partitions as the client's
// metadata has them (leader, leaderEpoch, replicas, isr). reassign and list-reassignments call the client's
// AlterPartitionReassignments v0 and ListPartitionReassignments v0 APIs (its Admin class has no method for them) on
// a connection to BOOTSTRAP; replicas null cancels. reassign prints the response with each error as code and name
// ({"errorCode", "error", "partitions": [{topic, partition, errorCode, error, errorMessage}]}); list-reassignments
// lists every reassignment without arguments and prints {"topics": [...]} as the response has them.
// alter-log-dirs sends AlterReplicaLogDirs v2 (the client's API, which its Admin does not wrap) on one connection and
// prints {"results": [{topicName, partitions: [{partitionIndex, errorCode}]}]}, error codes included.
// describe-log-dirs runs Admin.describeLogDirs and prints {"brokers": [{broker, results: [...]}]}, int64s as numbers.
import {
  Admin,
  alterPartitionReassignmentsV0,
  alterReplicaLogDirsV2,
  Connection,
  Consumer,
  listPartitionReassignmentsV0,
  Producer,
  protocolErrors,
  protocolErrorsCodesById,
} from '@platformatic/kafka';

const LOG_APPEND_TIME = 0x08;
const CODEC_MASK = 0x07;
const unhex = (s) => (s === null ? null : Buffer.from(s, 'hex'));
const tohex = (b) => (b === null || b === undefined ? null : b.toString('hex'));

function options(entries) {
  const parsed = Object.fromEntries(entries.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  const result = {};
  if (parsed.compression !== undefined) result.compression = parsed.compression;
  if (parsed.acks !== undefined) result.acks = Number(parsed.acks);
  return result;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function message(topic, r) {
  const m = { topic };
  if (r.key !== null) m.key = unhex(r.key);
  if (r.value !== null) m.value = unhex(r.value);
  // A Map keyed by distinct Buffers keeps repeated header names.
  if (r.headers.length > 0)
    m.headers = new Map(r.headers.map(([name, value]) => [Buffer.from(name, 'utf8'), unhex(value)]));
  if (r.timestamp !== null) m.timestamp = BigInt(r.timestamp);
  if (r.partition !== undefined) m.partition = r.partition;
  return m;
}

async function produce(bootstrap, topic, ...entries) {
  const { records } = await readStdin();
  const producer = new Producer({ clientId: 'compat-platformatic', bootstrapBrokers: [bootstrap], retries: 0 });
  try {
    const result = await producer.send({ messages: records.map((r) => message(topic, r)), ...options(entries) });
    return { offsets: (result.offsets ?? []).map((o) => ({ partition: o.partition, offset: Number(o.offset) })) };
  } finally {
    await producer.close();
  }
}

function newConsumer(bootstrap) {
  // groupId is required by the constructor; fetch() and listOffsets() never use the group.
  return new Consumer({
    clientId: 'compat-platformatic-reader',
    groupId: 'compat-unused',
    bootstrapBrokers: [bootstrap],
    retries: 0,
  });
}

async function read(bootstrap, topic, partitionText, fromText, countText) {
  const partition = Number(partitionText);
  const count = Number(countText);
  const consumer = newConsumer(bootstrap);
  try {
    const metadata = await consumer.metadata({ topics: [topic], forceUpdate: true });
    const info = metadata.topics.get(topic);
    const leader = info?.partitions[partition]?.leader;
    if (info === undefined || leader === undefined) throw new Error(`no metadata for ${topic}/${partition}`);
    const records = [];
    const batches = [];
    let next = Number(fromText);
    let highWatermark = -1;
    let logStartOffset = -1;
    for (let round = 0; records.length < count && round < 1000; round++) {
      const response = await consumer.fetch({
        node: leader,
        maxWaitTime: 200,
        topics: [
          {
            topicId: info.id,
            partitions: [
              {
                partition,
                fetchOffset: BigInt(next),
                currentLeaderEpoch: -1,
                lastFetchedEpoch: -1,
                partitionMaxBytes: 4 << 20,
              },
            ],
          },
        ],
      });
      const data = response.responses[0]?.partitions[0];
      if (data === undefined) throw new Error(`fetch of ${topic}/${partition} answered no partition`);
      if (data.errorCode !== 0)
        throw new Error(`fetch of ${topic}/${partition} at ${next} failed with error code ${data.errorCode}`);
      highWatermark = Number(data.highWatermark);
      logStartOffset = Number(data.logStartOffset);
      const fetched = data.records ?? [];
      for (const batch of fetched) {
        const baseOffset = Number(batch.firstOffset);
        batches.push({
          baseOffset,
          magic: batch.magic,
          codec: batch.attributes & CODEC_MASK,
          count: batch.records.length,
        });
        for (const r of batch.records) {
          const offset = baseOffset + r.offsetDelta;
          if (offset < next) continue;
          const timestamp =
            (batch.attributes & LOG_APPEND_TIME) !== 0 ? batch.maxTimestamp : batch.firstTimestamp + r.timestampDelta;
          records.push({
            partition,
            offset,
            key: tohex(r.key),
            value: tohex(r.value),
            headers: r.headers.map(([name, value]) => [name === null ? '' : name.toString('utf8'), tohex(value)]),
            timestamp: Number(timestamp),
          });
          next = offset + 1;
        }
      }
      if (fetched.length === 0 && next >= highWatermark) break;
    }
    return { records: records.slice(0, count), batches, highWatermark, logStartOffset };
  } finally {
    await consumer.close();
  }
}

async function listOffsets(bootstrap, topic, partitionText, timestampText) {
  const consumer = newConsumer(bootstrap);
  try {
    const partition = Number(partitionText);
    const found = await consumer.listOffsetsWithTimestamps({
      topics: [topic],
      partitions: { [topic]: [partition] },
      timestamp: BigInt(timestampText),
    });
    const entry = found.get(topic)?.get(partition);
    return {
      offset: entry === undefined ? null : Number(entry.offset),
      timestamp: entry === undefined ? null : Number(entry.timestamp),
    };
  } finally {
    await consumer.close();
  }
}

async function produceStream(bootstrap, topic) {
  const producer = new Producer({
    clientId: 'compat-platformatic-stream',
    bootstrapBrokers: [bootstrap],
    idempotent: true,
    acks: -1,
    retries: 20,
    retryDelay: 100,
  });
  let open = true;
  process.stdin.on('data', () => undefined).on('end', () => (open = false));
  let sent = 0;
  try {
    while (open) {
      await producer.send({ messages: [{ topic, key: Buffer.from('k'), value: Buffer.from(`v${sent}`) }] });
      sent++;
      process.stdout.write(`{"acked":${sent}}\n`);
    }
    return { sent };
  } finally {
    await producer.close();
  }
}

async function metadata(bootstrap, topic) {
  const producer = new Producer({ clientId: 'compat-platformatic-metadata', bootstrapBrokers: [bootstrap] });
  try {
    const found = await producer.metadata({ topics: [topic], forceUpdate: true });
    const partitions = found.topics.get(topic)?.partitions ?? [];
    return {
      partitions: partitions.map(({ leader, leaderEpoch, replicas, isr }) => ({ leader, leaderEpoch, replicas, isr })),
    };
  } finally {
    await producer.close();
  }
}

async function withConnection(bootstrap, use) {
  const connection = new Connection('compat-platformatic-admin');
  const colon = bootstrap.lastIndexOf(':');
  await connection.connect(bootstrap.slice(0, colon), Number(bootstrap.slice(colon + 1)));
  try {
    return await use(connection);
  } finally {
    await connection.close();
  }
}

// The client's name for a Kafka error code (its errors table), null for none.
const errorName = (code) => (code === 0 ? null : (protocolErrors[protocolErrorsCodesById[code]]?.id ?? `code ${code}`));

async function reassign(bootstrap) {
  const { topics } = await readStdin();
  const response = await withConnection(bootstrap, async (connection) => {
    try {
      return await alterPartitionReassignmentsV0.api.async(connection, 30_000, false, topics);
    } catch (err) {
      // A partition error is a ResponseError that carries the whole response; anything else is a failure.
      if (err?.response === undefined) throw err;
      return err.response;
    }
  });
  return {
    errorCode: response.errorCode,
    error: errorName(response.errorCode),
    partitions: response.responses.flatMap((t) =>
      t.partitions.map((p) => ({
        topic: t.name,
        partition: p.partitionIndex,
        errorCode: p.errorCode,
        error: errorName(p.errorCode),
        errorMessage: p.errorMessage,
      })),
    ),
  };
}

async function listReassignments(bootstrap, ...wanted) {
  let topics = null;
  if (wanted.length > 0) {
    const byTopic = new Map();
    for (const entry of wanted) {
      const colon = entry.lastIndexOf(':');
      const name = entry.slice(0, colon);
      byTopic.set(name, [...(byTopic.get(name) ?? []), Number(entry.slice(colon + 1))]);
    }
    topics = [...byTopic].map(([name, partitionIndexes]) => ({ name, partitionIndexes }));
  }
  const response = await withConnection(bootstrap, (connection) =>
    listPartitionReassignmentsV0.api.async(connection, 30_000, topics),
  );
  return { topics: response.topics };
}

async function alterLogDirs(bootstrap) {
  const { dirs } = await readStdin();
  const response = await withConnection(bootstrap, (connection) =>
    // A partition refused throws a ResponseError carrying the whole response.
    alterReplicaLogDirsV2.api.async(connection, dirs).catch((err) => {
      if (err?.response === undefined) throw err;
      return err.response;
    }),
  );
  return { results: response.results };
}

async function describeLogDirs(bootstrap, topic, partitionText) {
  const admin = new Admin({ clientId: 'compat-platformatic-admin', bootstrapBrokers: [bootstrap], retries: 0 });
  try {
    return { brokers: await admin.describeLogDirs({ topics: [{ name: topic, partitions: [Number(partitionText)] }] }) };
  } finally {
    await admin.close();
  }
}

const [bootstrap, command, ...args] = process.argv.slice(2);
const commands = {
  produce,
  read,
  'list-offsets': listOffsets,
  'produce-stream': produceStream,
  metadata,
  reassign,
  'list-reassignments': listReassignments,
  'alter-log-dirs': alterLogDirs,
  'describe-log-dirs': describeLogDirs,
};
const plain = (_key, value) => (typeof value === 'bigint' ? Number(value) : value);
try {
  process.stdout.write(`${JSON.stringify(await commands[command](bootstrap, ...args), plain)}\n`);
} catch (err) {
  process.stderr.write(
    `${err?.stack ?? err}\n${err?.errors ? JSON.stringify(err.errors.map((e) => e.message)) : ''}\n`,
  );
  process.exitCode = 1;
}
