import { connect } from 'node:net';
import { MetadataApi, ZERO_UUID } from '@samsa/protocol';
import { startTestBroker } from './helpers/test-broker';
import { WireClient } from './helpers/wire-client';

describe('startBroker', () => {
  it('logs a listening line per broker identity and exposes the bootstrap servers', async () => {
    const tb = await startTestBroker({ 'samsa.broker.count': 2, 'node.id': 3 });
    const listening = tb.logs.filter((l) => l.msg === 'listening');
    expect(listening.map((l) => [l['nodeId'], l['address']])).toEqual(
      tb.broker.nodes.map((n) => [n.nodeId, `127.0.0.1:${n.port}`]),
    );
    expect(tb.broker.bootstrapServers).toBe(tb.broker.nodes.map((n) => `127.0.0.1:${n.port}`).join(','));
    expect(tb.broker.nodeId).toBe(3);
    expect(tb.broker.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await tb.dispose();
  });

  it('warns about unknown keys', async () => {
    const tb = await startTestBroker({ 'not.a.kafka.key': 1 });
    expect(tb.logs.some((l) => l.level === 40 && l['key'] === 'not.a.kafka.key')).toBe(true);
    await tb.dispose();
  });

  it('stop() answers requests in flight, then closes sockets and stops accepting', async () => {
    const tb = await startTestBroker();
    const client = await WireClient.connect(tb.broker.port);
    const pending = client.request(MetadataApi, 9, {
      topics: [{ name: 'inflight', topicId: ZERO_UUID }],
      allowAutoTopicCreation: true,
      includeTopicAuthorizedOperations: false,
    });
    await new Promise((r) => setTimeout(r, 5));
    await tb.stop();
    await expect(pending).resolves.toMatchObject({ topics: [{ name: 'inflight', errorCode: 0 }] });
    await client.closed;
    await expect(
      new Promise((resolve, reject) => {
        const s = connect({ port: tb.broker.port, host: '127.0.0.1' }, () => {
          s.destroy();
          resolve('connected');
        });
        s.once('error', reject);
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
    await tb.dispose();
  });

  it('refuses data written by another node id', async () => {
    const tb = await startTestBroker({ 'node.id': 1 });
    await tb.stop();
    await expect(startTestBroker({ 'node.id': 2 }, tb.dataDir)).rejects.toThrow(/Stored node id 1/);
    await tb.dispose();
  });

  it('keeps nothing on disk with samsa.storage=memory', async () => {
    const tb = await startTestBroker({ 'samsa.storage': 'memory' });
    tb.broker.cluster.createTopic({
      name: 'volatile',
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
    await tb.stop();
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(tb.dataDir)).toEqual([]);
    await tb.dispose();
  });
});
