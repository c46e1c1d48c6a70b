/**
 * The partitions' life around the cluster state: CreateTopics opens logs, DeleteTopics removes them, a restart
 * reopens them (and drops logs of topics the cluster no longer has), internal topics for the coordinators, memory
 * storage, and fetched record sets that reach the encoder as views of segment memory.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { ErrorCode, FetchApi, MetadataApi, ZERO_UUID, encodeRequestHeader, Writer } from '@samsa/protocol';
import { Cluster } from '../src/cluster';
import { plaintextNode } from '../src/broker-node';
import { loadBrokerConfig } from '../src/config';
import { Dispatcher } from '../src/dispatch';
import { testSession } from './helpers/session';
import { HandlerRegistry } from '../src/handlers/index';
import { ReplicaManager } from '../src/replica-manager';
import { MemoryTopicStore } from '../src/topics/topic-store';
import { startTestBroker, tempDataDir, waitFor } from './helpers/test-broker';
import { WireClient } from './helpers/wire-client';
import { batchOf, decodeRecords, fetch, fetchRequest, produceOne } from './helpers/records';

describe('ReplicaManager', () => {
  it('CreateTopics opens a log per partition; DeleteTopics removes them and the topic answers UNKNOWN_TOPIC_OR_PARTITION', async () => {
    const tb = await startTestBroker({ 'log.segment.delete.delay.ms': 0 });
    const admin = new Kafka({ brokers: [tb.broker.bootstrapServers], logLevel: logLevel.NOTHING }).admin();
    const client = await WireClient.connect(tb.broker.port);
    try {
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'life', numPartitions: 3 }] });
      for (const p of [0, 1, 2]) expect(existsSync(join(tb.dataDir, `life-${p}`))).toBe(true);
      expect((await produceOne(client, 9, 'life', 2, batchOf(['x']))).errorCode).toBe(0);

      await admin.deleteTopics({ topics: ['life'] });
      await waitFor(() => !readdirSync(tb.dataDir).some((d) => d.startsWith('life-')));
      expect(tb.broker.replicas.partition('life', 2)).toBeUndefined();
      expect((await produceOne(client, 9, 'life', 2, batchOf(['x']))).errorCode).toBe(
        ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      );

      // The same name again starts from an empty log.
      await admin.createTopics({ topics: [{ topic: 'life', numPartitions: 3 }] });
      expect(tb.broker.replicas.log('life', 2)!.logEndOffset).toBe(0);
    } finally {
      client.destroy();
      await admin.disconnect();
      await tb.dispose();
    }
  });

  it('a restart reopens the logs of restored topics and removes logs the cluster does not know', async () => {
    const dataDir = tempDataDir();
    const first = await startTestBroker({}, dataDir);
    first.broker.cluster.createTopic({
      name: 'kept',
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: [{ name: 'max.message.bytes', value: '2000' }],
    });
    const c1 = await WireClient.connect(first.broker.port);
    await produceOne(c1, 9, 'kept', 0, batchOf(['before restart']));
    c1.destroy();
    await first.stop();
    mkdirSync(join(dataDir, 'stray-0'));

    const second = await startTestBroker({ 'log.segment.delete.delay.ms': 0 }, dataDir);
    const c2 = await WireClient.connect(second.broker.port);
    try {
      const res = await fetch(c2, 12, [{ topic: 'kept', partition: 0, offset: 0 }]);
      expect((await decodeRecords(res.responses[0]!.partitions[0]!.records)).map((r) => r.value)).toEqual([
        'before restart',
      ]);
      // Topic overrides apply to reopened logs too.
      expect((await produceOne(c2, 9, 'kept', 0, batchOf(['y'.repeat(3000)]))).errorCode).toBe(
        ErrorCode.MESSAGE_TOO_LARGE,
      );
      expect(second.broker.replicas.partition('stray', 0)).toBeUndefined();
      await waitFor(() => !existsSync(join(dataDir, 'stray-0')));
    } finally {
      c2.destroy();
      await second.dispose();
    }
  });

  it('creates internal topics for the coordinators and appends broker-written batches to them', async () => {
    const tb = await startTestBroker();
    const client = await WireClient.connect(tb.broker.port);
    try {
      const replicas = tb.broker.replicas;
      const topic = replicas.ensureInternalTopic('__consumer_offsets', 3, { 'cleanup.policy': 'compact' }, 3);
      expect(topic.partitions).toHaveLength(3);
      expect(topic.partitions[0]!.replicas).toEqual([tb.broker.nodeId]); // replication capped to the live brokers
      expect(replicas.ensureInternalTopic('__consumer_offsets', 3)).toBe(topic);
      const md = await client.request(MetadataApi, 12, {
        topics: [{ name: '__consumer_offsets', topicId: ZERO_UUID }],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      expect(md.topics[0]).toMatchObject({ errorCode: 0, isInternal: true });

      const result = replicas.appendInternal('__consumer_offsets', 1, batchOf(['group-record'], { keys: ['k'] }));
      expect(result.baseOffset).toBe(0);
      const log = replicas.log('__consumer_offsets', 1)!;
      expect(log.highWatermark).toBe(1);
      const res = await fetch(client, 12, [{ topic: '__consumer_offsets', partition: 1, offset: 0 }]);
      expect((await decodeRecords(res.responses[0]!.partitions[0]!.records)).map((r) => r.value)).toEqual([
        'group-record',
      ]);
      expect(() => replicas.appendInternal('__consumer_offsets', 9, batchOf(['x']))).toThrow(/not hosted/);
    } finally {
      client.destroy();
      await tb.dispose();
    }
  });

  it('memory storage serves produce and fetch and writes no partition files', async () => {
    const tb = await startTestBroker({ 'samsa.storage': 'memory' });
    const client = await WireClient.connect(tb.broker.port);
    try {
      tb.broker.cluster.createTopic({
        name: 'mem',
        numPartitions: 1,
        replicationFactor: 1,
        assignments: [],
        configs: [],
      });
      await produceOne(client, 9, 'mem', 0, batchOf(['in memory']));
      const res = await fetch(client, 12, [{ topic: 'mem', partition: 0, offset: 0 }]);
      expect((await decodeRecords(res.responses[0]!.partitions[0]!.records)).map((r) => r.value)).toEqual([
        'in memory',
      ]);
      expect(readdirSync(tb.dataDir)).toEqual([]);
    } finally {
      client.destroy();
      await tb.dispose();
    }
  });

  it('hands fetched batches to the encoder as views of segment memory, not copies', async () => {
    const { config } = loadBrokerConfig({ listeners: 'PLAINTEXT://127.0.0.1:0', 'samsa.storage': 'memory' });
    const cluster = new Cluster('zero-copy', config, new MemoryTopicStore());
    const node = plaintextNode(1, '127.0.0.1', 9092);
    cluster.registerBroker(node);
    const logger = pino({ level: 'silent' });
    const replicas = ReplicaManager.open({ cluster, config, logger });
    try {
      cluster.createTopic({ name: 'zc', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] });
      replicas.appendRecords(replicas.partition('zc', 0)!, batchOf(['z'.repeat(4096)]), {
        apiVersion: 9,
        requiredAcks: 1,
      });
      const registry = new HandlerRegistry();
      const w = new Writer();
      encodeRequestHeader(w, { apiKey: 1, apiVersion: 12, correlationId: 1, clientId: 'zc' }, 2);
      FetchApi.encodeRequest(w, 12, fetchRequest([{ topic: 'zc', partition: 0, offset: 0 }]));
      const outcome = new Dispatcher({ registry, services: { cluster, replicas } }).process(
        w.toBuffer(),
        testSession(node),
      );
      if (outcome.kind !== 'respond') throw new Error('dispatch failed');
      const buffers = (await outcome.response)!;
      const segment = replicas.log('zc', 0)!.read(0, 1 << 20).records[0]!;
      expect(
        buffers.some(
          (b) => b.buffer === segment.buffer && b.byteOffset === segment.byteOffset && b.length === segment.length,
        ),
      ).toBe(true);
    } finally {
      replicas.close();
    }
  });
});

describe('restart', () => {
  it('100k records produced, a clean stop, a start on the same data dir: all consumed in order', async () => {
    const dataDir = tempDataDir();
    const first = await startTestBroker({}, dataDir);
    const kafka = new Kafka({ brokers: [first.broker.bootstrapServers], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'many', numPartitions: 2 }] });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    const total = 100_000;
    const perSend = 2_000;
    for (let base = 0; base < total; base += perSend) {
      await producer.send({
        topic: 'many',
        messages: Array.from({ length: perSend }, (_, i) => ({
          key: `k${base + i}`,
          value: `m${base + i}`,
          partition: (base + i) % 2,
        })),
      });
    }
    await producer.disconnect();
    await first.stop();

    const second = await startTestBroker({}, dataDir);
    const client = await WireClient.connect(second.broker.port);
    try {
      expect(second.logs.some((l) => l.msg === 'no clean shutdown marker; recovering unflushed segments')).toBe(false);
      const seen = [0, 0];
      const offsets = [0, 0];
      for (;;) {
        const res = await fetch(client, 12, [
          { topic: 'many', partition: 0, offset: offsets[0]!, partitionMaxBytes: 1 << 20 },
          { topic: 'many', partition: 1, offset: offsets[1]!, partitionMaxBytes: 1 << 20 },
        ]);
        let progress = false;
        for (const p of res.responses[0]!.partitions) {
          expect(p.errorCode).toBe(0);
          for (const r of await decodeRecords(p.records)) {
            if (r.offset < offsets[p.partitionIndex]!) continue;
            const i = seen[p.partitionIndex]!;
            // Partition p holds messages p, p+2, p+4, ... in that order.
            expect(r.value).toBe(`m${i * 2 + p.partitionIndex}`);
            expect(r.offset).toBe(i);
            seen[p.partitionIndex] = i + 1;
            offsets[p.partitionIndex] = r.offset + 1;
            progress = true;
          }
        }
        if (!progress) break;
      }
      expect(seen).toEqual([total / 2, total / 2]);
    } finally {
      client.destroy();
      await second.dispose();
    }
  }, 180_000);
});
