// A @kafkats/client share consumer that takes records and never acknowledges them: the compat suite starts it in a
// child process and kills it (SIGKILL) once it holds records, as a consumer that crashes mid-processing.
//
// usage: node stuck-member.mjs BOOTSTRAP GROUP TOPIC
// prints one JSON line per event: {"event":"assigned","partitions":[...]} and {"event":"record","value":V,"deliveryCount":N}
import { KafkaClient } from '@kafkats/client';

const [bootstrap, groupId, topic] = process.argv.slice(2);
const client = new KafkaClient({ brokers: [bootstrap], clientId: 'compat-kafkats-stuck', logLevel: 'error' });
await client.connect();
const consumer = client.shareConsumer({ groupId, maxWaitMs: 200 });
const print = (doc) => process.stdout.write(`${JSON.stringify(doc)}\n`);
consumer.on('partitionsAssigned', (tps) => print({ event: 'assigned', partitions: tps }));
consumer.on('error', (err) => print({ event: 'error', message: String(err) }));
await consumer.runEach(topic, async (message) => {
  print({ event: 'record', value: message.value?.toString() ?? null, deliveryCount: message.deliveryCount ?? null });
  // Never returns: the record stays acquired until the process dies and its lock expires.
  await new Promise(() => {});
});
