// Stopping and starting a broker of a three-broker cluster through the control API, observed over TCP: its
// connections drop, its port refuses, Metadata from the others stops listing it; started again, it serves on the
// same port. Embedding: startCluster's shape and its disk storage in a temporary directory.
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { MetadataApi, ZERO_UUID } from '@samsa/protocol';
import { startCluster, type StartedCluster } from '../../src/index';
import { WireClient } from '../helpers/wire-client';

function metadata(client: WireClient) {
  return client.request(MetadataApi, 12, {
    topics: null,
    allowAutoTopicCreation: false,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  });
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', () => resolve(true));
  });
}

describe('control: broker stop / start', () => {
  let c: StartedCluster;
  beforeAll(async () => {
    c = await startCluster({ brokers: 3 });
  });
  afterAll(async () => c.stop());

  it('startCluster gives one bootstrap address per broker, on ephemeral ports', () => {
    expect(c.brokers.map((b) => b.nodeId)).toEqual([1, 2, 3]);
    expect(c.bootstrapServers).toBe(c.brokers.map((b) => `127.0.0.1:${b.port}`).join(','));
    expect(new Set(c.brokers.map((b) => b.port)).size).toBe(3);
    expect(c.control.brokers().map((b) => b.state)).toEqual(['running', 'running', 'running']);
  });

  it('a stopped broker drops its connections, refuses new ones and leaves Metadata; started, it comes back on its port', async () => {
    const [b1, b2] = c.brokers;
    const onB2 = await WireClient.connect(b2!.port);
    const onB1 = await WireClient.connect(b1!.port);
    expect((await metadata(onB1)).brokers.map((b) => b.nodeId)).toEqual([1, 2, 3]);

    await c.control.stopBroker(2);
    await onB2.closed;
    expect(onB2.isClosed).toBe(true);
    expect(await refused(b2!.port)).toBe(true);
    expect(c.control.brokers().map((b) => b.state)).toEqual(['running', 'stopped', 'running']);
    expect((await metadata(onB1)).brokers.map((b) => b.nodeId)).toEqual([1, 3]);
    await c.control.stopBroker(2); // idempotent

    await c.control.startBroker(2);
    const again = await WireClient.connect(b2!.port);
    const md = await metadata(again);
    expect(md.brokers.map((b) => [b.nodeId, b.port])).toEqual(c.brokers.map((b) => [b.nodeId, b.port]));
    again.destroy();
    onB1.destroy();
  });

  it('the controller moves to the lowest running broker', async () => {
    await c.control.stopBroker(1);
    expect(c.control.controllerId).toBe(2);
    const onB3 = await WireClient.connect(c.brokers[2]!.port);
    expect((await metadata(onB3)).controllerId).toBe(2);
    await c.control.clear(); // restarts stopped brokers
    expect(c.control.brokers().every((b) => b.state === 'running')).toBe(true);
    expect((await metadata(onB3)).controllerId).toBe(1);
    onB3.destroy();
  });
});

describe('startCluster storage', () => {
  it('memory by default; disk in a temporary directory removed by stop()', async () => {
    const mem = await startCluster();
    expect(mem.broker.config.storage).toBe('memory');
    await mem.stop();

    const disk = await startCluster({ storage: 'disk' });
    const dir = disk.broker.config.logDirs[0] as string;
    expect(readdirSync(dir)).toContain('meta.properties');
    const client = await WireClient.connect(disk.brokers[0]!.port);
    expect(
      (
        await client.request(MetadataApi, 1, {
          topics: [{ name: 'x', topicId: ZERO_UUID }],
          allowAutoTopicCreation: true,
          includeClusterAuthorizedOperations: false,
          includeTopicAuthorizedOperations: false,
        })
      ).topics[0]?.name,
    ).toBe('x');
    client.destroy();
    await disk.stop();
    expect(existsSync(dir)).toBe(false);
  });
});
