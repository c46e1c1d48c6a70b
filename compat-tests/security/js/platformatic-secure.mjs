// @platformatic/kafka 1.35.0 against a secured samsa listener, from a child process (the package is ESM only);
// prints one JSON document.
//
// usage: node platformatic-secure.mjs SPEC_JSON
// SPEC_JSON: {"bootstrap", "topic", "sasl": {mechanism, username, password} | null, "tls": {ca, cert?, key?} (PEM
// file paths) | null, "expect_failure": bool}. With the right settings: create the topic (Admin), produce two
// records, consume them in a group with a commit, read the group's committed offsets back; prints
// {"ok": true, "values": [...], "committed": n}. With expect_failure: listTopics must fail; prints
// {"ok": false, "error": "<name: message>"}.
import { readFileSync } from 'node:fs';
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';

const spec = JSON.parse(process.argv[2]);
const common = {
  clientId: 'compat-platformatic-security',
  bootstrapBrokers: [spec.bootstrap],
  retries: 0,
  ...(spec.sasl ? { sasl: spec.sasl } : {}),
  ...(spec.tls
    ? {
        tls: {
          ca: readFileSync(spec.tls.ca),
          ...(spec.tls.cert ? { cert: readFileSync(spec.tls.cert), key: readFileSync(spec.tls.key) } : {}),
        },
      }
    : {}),
};

/** Every error nested in an AggregateError's `errors` and each `cause`, outermost first. */
function chain(err, depth = 0) {
  if (!err || depth > 6) return [];
  const nested = [...(err.errors ?? []), ...(err.cause ? [err.cause] : [])];
  return [`${err.name}: ${err.message}`, ...nested.flatMap((e) => chain(e, depth + 1))];
}

async function main() {
  const admin = new Admin(common);
  if (spec.expect_failure) {
    try {
      await admin.listTopics();
      return { ok: true };
    } catch (err) {
      return { ok: false, error: chain(err).join('\n') };
    } finally {
      await admin.close().catch(() => undefined);
    }
  }
  const topic = spec.topic;
  await admin.createTopics({ topics: [topic], partitions: 1, replicas: 1 });
  const producer = new Producer({ ...common, serializers: stringSerializers });
  await producer.send({
    messages: [
      { topic, value: 'one' },
      { topic, value: 'two' },
    ],
  });
  await producer.close();
  const consumer = new Consumer({ ...common, groupId: `${topic}-group`, deserializers: stringDeserializers });
  const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false });
  const values = [];
  for await (const message of stream) {
    values.push(message.value);
    await message.commit();
    if (values.length === 2) break;
  }
  await stream.close();
  await consumer.close();
  const [group] = await admin.listConsumerGroupOffsets({ groups: [`${topic}-group`] });
  const committed = group.topics
    .flatMap((t) => t.partitions)
    .reduce((n, p) => n + Math.max(0, Number(p.committedOffset)), 0);
  await admin.close();
  return { ok: true, values: values.sort(), committed };
}

main().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (err) => {
    process.stderr.write(`${err.stack}\n`);
    process.exit(1);
  },
);
