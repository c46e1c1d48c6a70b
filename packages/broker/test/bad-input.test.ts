import { Kafka, logLevel, type Admin } from 'kafkajs';
import { encodeRequestHeader, Writer } from '@samsa/protocol';
import { WireClient } from './helpers/wire-client';
import { startTestBroker, waitFor, type TestBroker } from './helpers/test-broker';

function frameWith(header: { apiKey: number; apiVersion: number; headerVersion: 1 | 2 }, body: Buffer): Buffer {
  const w = new Writer();
  const at = w.reserveInt32();
  encodeRequestHeader(
    w,
    { apiKey: header.apiKey, apiVersion: header.apiVersion, correlationId: 7, clientId: 'bad-client' },
    header.headerVersion,
  );
  w.raw(body);
  w.setInt32At(at, w.byteLength - 4);
  return w.toBuffer();
}

describe('bad input only affects its own connection', () => {
  let tb: TestBroker;
  let admin: Admin;
  let topicCounter = 0;

  beforeAll(async () => {
    tb = await startTestBroker();
    const kafka = new Kafka({
      clientId: 'healthy-admin',
      brokers: [tb.broker.bootstrapServers],
      logLevel: logLevel.NOTHING,
    });
    admin = kafka.admin();
    await admin.connect();
  });
  afterAll(async () => {
    await admin.disconnect();
    await tb.dispose();
  });

  /** The healthy client keeps working: creates a topic and sees it listed. */
  async function healthyClientWorks(): Promise<void> {
    const name = `healthy-${topicCounter++}`;
    await expect(admin.createTopics({ topics: [{ topic: name, numPartitions: 2 }] })).resolves.toBe(true);
    expect(await admin.listTopics()).toContain(name);
  }

  async function expectClosedWithLog(send: (c: WireClient) => void, logMatch: RegExp): Promise<void> {
    const before = tb.logs.length;
    const client = await WireClient.connect(tb.broker.port);
    send(client);
    await client.closed;
    await waitFor(() => tb.logs.slice(before).some((l) => logMatch.test(l.msg)));
    await healthyClientWorks();
  }

  it('works before anything bad happens', async () => {
    await healthyClientWorks();
  });

  it('random bytes', async () => {
    const body = Buffer.from('c3a1ff07e2d90b5a4417aa90be01cd33f2a8e411c0de77a1b2c3d4e5f6071829304a5b6c7d8e9f', 'hex');
    const random = Buffer.concat([Buffer.from([0, 0, 0, body.length]), body]);
    await expectClosedWithLog(
      (c) => c.sendRaw(random),
      /closing connection: (unknown API key|request failed to decode|unsupported API version)/,
    );
  });

  it('a truncated frame, then the client closes', async () => {
    const before = tb.logs.length;
    const client = await WireClient.connect(tb.broker.port);
    const partial = Buffer.alloc(14);
    partial.writeInt32BE(100, 0);
    client.sendRaw(partial);
    await new Promise((r) => setTimeout(r, 20));
    client.end();
    await client.closed;
    await waitFor(() => tb.logs.slice(before).some((l) => l.msg === 'connection closed' && l['pendingBytes'] === 14));
    await healthyClientWorks();
  });

  it('a 2 GiB length prefix', async () => {
    const prefix = Buffer.from([0x7f, 0xff, 0xff, 0xff, 0x00, 0x03]);
    await expectClosedWithLog((c) => c.sendRaw(prefix), /closing connection: invalid request size/);
    expect(tb.logs.some((l) => l['size'] === 0x7fffffff && l['maxBytes'] === 104857600)).toBe(true);
  });

  it('an unknown API key', async () => {
    await expectClosedWithLog(
      (c) => c.sendRaw(frameWith({ apiKey: 9999, apiVersion: 0, headerVersion: 1 }, Buffer.alloc(0))),
      /closing connection: unknown API key/,
    );
    expect(tb.logs.some((l) => l['apiKey'] === 9999)).toBe(true);
  });

  it('a valid header with a garbage body', async () => {
    const garbage = Buffer.from([0xff, 0xff, 0xff, 0x7f, 0x01, 0x02]);
    await expectClosedWithLog(
      (c) => c.sendRaw(frameWith({ apiKey: 3, apiVersion: 9, headerVersion: 2 }, garbage)),
      /closing connection: request failed to decode/,
    );
  });

  it('an unsupported version of Metadata', async () => {
    await expectClosedWithLog(
      (c) => c.sendRaw(frameWith({ apiKey: 3, apiVersion: 13, headerVersion: 2 }, Buffer.from([0x01, 0x01, 0x00]))),
      /closing connection: unsupported API version/,
    );
    expect(tb.logs.some((l) => l['apiKey'] === 3 && l['apiVersion'] === 13)).toBe(true);
  });

  it('a frame too short to hold a request header', async () => {
    await expectClosedWithLog(
      (c) => c.sendRaw(Buffer.from([0, 0, 0, 3, 0, 3, 0])),
      /closing connection: request header truncated/,
    );
  });
});
