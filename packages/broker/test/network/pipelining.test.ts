import pino from 'pino';
import { MetadataApi, ZERO_UUID, type MetadataRequest, type MetadataResponse } from '@samsa/protocol';
import { Cluster } from '../../src/cluster';
import { loadBrokerConfig } from '../../src/config';
import { Dispatcher } from '../../src/dispatch';
import { defineHandler, NO_RESPONSE, type AnyHandler } from '../../src/handlers/handler';
import { HandlerRegistry } from '../../src/handlers/index';
import { Listener } from '../../src/network/listener';
import { ReplicaManager } from '../../src/replica-manager';
import { MemoryTopicStore } from '../../src/topics/topic-store';
import { WireClient } from '../helpers/wire-client';

// Metadata requests whose first topic name is "<delayMs>" complete after that delay; "silent" gets no response.
const delayedHandler = defineHandler<MetadataRequest, MetadataResponse>({
  api: MetadataApi,
  versions: { min: 0, max: 12 },
  async handle(_ctx, request) {
    const name = request.topics?.[0]?.name ?? '0';
    if (name === 'silent') return NO_RESPONSE;
    await new Promise((r) => setTimeout(r, Number(name)));
    return {
      ...MetadataApi.defaultResponse(),
      topics: [
        { errorCode: 0, name, topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: 0 },
      ],
    };
  },
  errorResponse: () => MetadataApi.defaultResponse(),
});

describe('response ordering under pipelining', () => {
  let listener: Listener;
  let replicas: ReplicaManager;
  let client: WireClient;
  const completions: string[] = [];

  beforeAll(async () => {
    const { config } = loadBrokerConfig({ listeners: 'PLAINTEXT://127.0.0.1:0', 'samsa.storage': 'memory' });
    const cluster = new Cluster('test-cluster', config, new MemoryTopicStore());
    replicas = ReplicaManager.open({ cluster, config, logger: pino({ level: 'silent' }) });
    const registry = new HandlerRegistry([
      {
        ...delayedHandler,
        async handle(ctx, req) {
          const res = await delayedHandler.handle(ctx, req as MetadataRequest);
          completions.push((req as MetadataRequest).topics?.[0]?.name ?? '');
          return res;
        },
      } as AnyHandler,
    ]);
    listener = new Listener({
      nodeId: 1,
      rack: null,
      endpoints: [
        {
          listener: 'PLAINTEXT',
          securityProtocol: 'PLAINTEXT',
          bindHost: '127.0.0.1',
          bindPort: 0,
          advertisedHost: '127.0.0.1',
          advertisedPort: 0,
          tls: null,
          processor: new Dispatcher({ registry, services: { cluster, replicas } }),
        },
      ],
      maxRequestBytes: 1 << 20,
      brokers: cluster,
      logger: pino({ level: 'silent' }),
    });
    const node = await listener.start();
    client = await WireClient.connect(node.port);
  });
  afterAll(async () => {
    client.destroy();
    await listener.stop();
    replicas.close();
  });

  const body = (name: string): MetadataRequest => ({
    topics: [{ name, topicId: ZERO_UUID }],
    allowAutoTopicCreation: true,
    includeTopicAuthorizedOperations: false,
  });

  it('answers in request order although later requests finish first', async () => {
    const delays = ['80', '40', '0', '20', '60'];
    const frames = delays.map((d) => client.encode(MetadataApi, 9, body(d)));
    // One write carrying every request, so they are all in flight together.
    const all = Buffer.concat(frames.map((f) => f.frame));
    const answers: Promise<Buffer>[] = [];
    for (const f of frames) answers.push(client.sendRaw(Buffer.alloc(0), f.correlationId)!);
    client.sendRaw(all);
    const raw = await Promise.all(answers);
    expect(raw.map((r) => client.decode(MetadataApi, 9, r).topics[0]!.name)).toEqual(delays);
    expect(completions.slice(-5)).toEqual(['0', '20', '40', '60', '80']);
  });

  it('skips a request that has no response without stalling the ones after it', async () => {
    const silent = client.encode(MetadataApi, 9, body('silent'));
    const after = client.encode(MetadataApi, 9, body('5'));
    const answer = client.sendRaw(Buffer.alloc(0), after.correlationId)!;
    client.sendRaw(Buffer.concat([silent.frame, after.frame]));
    expect(client.decode(MetadataApi, 9, await answer).topics[0]!.name).toBe('5');
  });
});
