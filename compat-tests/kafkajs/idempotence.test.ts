// kafkajs 2.2.4 idempotent producer (`idempotent: true`) against samsa. The broker is reached through a proxy that
// can swallow the response to a Produce request and cut the connection: the batch is stored, the client never hears
// so, and it sends the same batch (same producer id, epoch and sequence) again. The broker must answer the retry
// with the original offset and store it once.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { Kafka, logLevel } from 'kafkajs';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { storedBatches } from '../helpers/stored-batches';

jest.setTimeout(60_000);

const PRODUCE = 0;

/** A TCP proxy that forwards everything, except that it can drop the next Produce response and close the link. */
class DroppingProxy {
  readonly server: Server;
  dropNextProduceResponse = false;
  dropped = 0;
  target = { host: '127.0.0.1', port: 0 };

  constructor() {
    this.server = createServer((client) => this.#link(client));
  }

  async listen(): Promise<number> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return (this.server.address() as { port: number }).port;
  }

  #link(client: Socket): void {
    const upstream = connect(this.target.port, this.target.host);
    const dropIds = new Set<number>();
    let reqBuf = Buffer.alloc(0);
    let resBuf = Buffer.alloc(0);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);
    client.on('close', closeBoth);
    upstream.on('close', closeBoth);
    client.on('data', (chunk) => {
      reqBuf = Buffer.concat([reqBuf, chunk]);
      while (reqBuf.length >= 4 && reqBuf.length >= 4 + reqBuf.readInt32BE(0)) {
        const size = reqBuf.readInt32BE(0);
        const frame = reqBuf.subarray(0, 4 + size);
        reqBuf = reqBuf.subarray(4 + size);
        if (frame.readInt16BE(4) === PRODUCE && this.dropNextProduceResponse) {
          this.dropNextProduceResponse = false;
          dropIds.add(frame.readInt32BE(8));
        }
        upstream.write(frame);
      }
    });
    upstream.on('data', (chunk) => {
      resBuf = Buffer.concat([resBuf, chunk]);
      while (resBuf.length >= 4 && resBuf.length >= 4 + resBuf.readInt32BE(0)) {
        const size = resBuf.readInt32BE(0);
        const frame = resBuf.subarray(0, 4 + size);
        resBuf = resBuf.subarray(4 + size);
        if (dropIds.has(frame.readInt32BE(4))) {
          this.dropped++;
          closeBoth();
          return;
        }
        client.write(frame);
      }
    });
  }

  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('kafkajs idempotent producer against samsa', () => {
  let broker: TestBroker;
  const proxy = new DroppingProxy();

  beforeAll(async () => {
    const proxyPort = await proxy.listen();
    const brokerPort = await freePort();
    proxy.target = { host: '127.0.0.1', port: brokerPort };
    // Clients learn the broker's address from Metadata: advertise the proxy so every connection goes through it.
    broker = await startTestBroker({
      config: {
        listeners: `PLAINTEXT://127.0.0.1:${brokerPort}`,
        'advertised.listeners': `PLAINTEXT://127.0.0.1:${proxyPort}`,
      },
    });
  });
  afterAll(async () => {
    await broker?.stop();
    await proxy.close();
  });

  function client(): Kafka {
    return new Kafka({
      clientId: 'compat-idempotent',
      brokers: [`127.0.0.1:${(proxy.server.address() as { port: number }).port}`],
      logLevel: process.env.KJS_DEBUG ? logLevel.DEBUG : logLevel.NOTHING,
      retry: { retries: 5, initialRetryTime: 50 },
    });
  }

  test('idempotence: a Produce whose response is lost is retried and stored once, at its original offset', async () => {
    const kafka = client();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'idem-retry', numPartitions: 1 }] });
    await admin.disconnect();

    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    try {
      const first = await producer.send({
        topic: 'idem-retry',
        acks: -1,
        messages: [{ value: 'one' }, { value: 'two' }],
      });
      proxy.dropNextProduceResponse = true;
      const retried = await producer.send({ topic: 'idem-retry', acks: -1, messages: [{ value: 'three' }] });
      const after = await producer.send({ topic: 'idem-retry', acks: -1, messages: [{ value: 'four' }] });
      expect(proxy.dropped).toBe(1);
      expect(first[0]).toMatchObject({ errorCode: 0, baseOffset: '0' });
      expect(retried[0]).toMatchObject({ errorCode: 0, baseOffset: '2' });
      expect(after[0]).toMatchObject({ errorCode: 0, baseOffset: '3' });
    } finally {
      await producer.disconnect();
    }
    const batches = await storedBatches(`127.0.0.1:${proxy.target.port}`, 'idem-retry', 0);
    expect(batches.map((b) => [b.baseOffset, b.recordCount])).toEqual([
      [0, 2],
      [2, 1],
      [3, 1],
    ]);
  });
});
