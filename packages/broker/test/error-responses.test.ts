/**
 * Every request gets an answer: each served API's error response encodes at every version it serves, and when a
 * handler's response (or error response) does not encode, the dispatcher answers with the API's generic error
 * response, logs it once per API and version, and keeps the connection.
 */
import pino from 'pino';
import {
  FindCoordinatorApi,
  LeaveGroupApi,
  MetadataApi,
  Reader,
  Writer,
  type FindCoordinatorRequest,
  type FindCoordinatorResponse,
  type LeaveGroupRequest,
  type LeaveGroupResponse,
  type MetadataRequest,
  type MetadataResponse,
} from '@samsa/protocol';
import { Cluster } from '../src/cluster';
import { loadBrokerConfig } from '../src/config';
import { Dispatcher } from '../src/dispatch';
import { KafkaError } from '../src/errors';
import { genericErrorResponse } from '../src/generic-error-response';
import { defineHandler, type AnyHandler } from '../src/handlers/handler';
import { HandlerRegistry } from '../src/handlers/index';
import { Listener } from '../src/network/listener';
import { ReplicaManager } from '../src/replica-manager';
import { MemoryTopicStore } from '../src/topics/topic-store';
import { WireClient } from './helpers/wire-client';

const CODES = [42 /* INVALID_REQUEST */, -1 /* UNKNOWN_SERVER_ERROR */, 35 /* UNSUPPORTED_VERSION */];

/** Every served API and version, with the request a client sends when it fills in nothing. */
function servedVersions(): { handler: AnyHandler; version: number; request: unknown }[] {
  const out: { handler: AnyHandler; version: number; request: unknown }[] = [];
  for (const handler of new HandlerRegistry().handlers()) {
    for (let version = handler.versions.min; version <= handler.versions.max; version++) {
      const w = new Writer();
      handler.api.encodeRequest(w, version, handler.api.defaultRequest());
      out.push({ handler, version, request: handler.api.decodeRequest(new Reader(w.toBuffer(), 0), version) });
    }
  }
  return out;
}

describe('error responses of every API and version', () => {
  const served = servedVersions();

  it('covers every served API at every version', () => {
    expect(served.length).toBeGreaterThan(200);
    expect(new Set(served.map((s) => s.handler.api.apiKey)).size).toBe(new HandlerRegistry().handlers().length);
  });

  it("each handler's error response encodes", () => {
    const failures: string[] = [];
    for (const { handler, version, request } of served) {
      for (const code of CODES) {
        try {
          handler.api.encodeResponse(new Writer(), version, handler.errorResponse(request, code, 'message', version));
        } catch (err) {
          failures.push(`${handler.api.name} v${version}: ${(err as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('the generic error response encodes, and carries the code wherever the version has a top-level error', () => {
    let carried = 0;
    for (const { handler, version } of served) {
      for (const code of CODES) {
        const w = new Writer();
        handler.api.encodeResponse(w, version, genericErrorResponse(handler.api, version, code));
        const decoded = handler.api.decodeResponse(new Reader(w.toBuffer(), 0), version) as { errorCode?: number };
        if (decoded.errorCode === code) carried++;
        else expect(decoded.errorCode ?? 0).toBe(0);
      }
    }
    // ApiVersions, the group APIs, DescribeCluster, ... have one at every version; Produce, Metadata, ... never.
    expect(carried).toBeGreaterThan(100);
  });
});

// LeaveGroup v0-2 have no member list and FindCoordinator v4+ no top-level error: bodies carrying them do not encode
// there, as a handler's bug would produce (FindCoordinator's own error response did exactly that before v4 was
// handled).
const brokenLeaveGroup = defineHandler<LeaveGroupRequest, LeaveGroupResponse>({
  api: LeaveGroupApi,
  versions: { min: 0, max: 5 },
  handle() {
    throw new KafkaError('REBALANCE_IN_PROGRESS', 'rebalancing');
  },
  errorResponse: (_request, code) => ({
    throttleTimeMs: 0,
    errorCode: code,
    members: [{ memberId: 'm', groupInstanceId: null, errorCode: code }],
  }),
});

const brokenFindCoordinator = defineHandler<FindCoordinatorRequest, FindCoordinatorResponse>({
  api: FindCoordinatorApi,
  versions: { min: 0, max: 6 },
  handle: () => ({ throttleTimeMs: 0, errorCode: 15, coordinators: [] }),
  errorResponse: (_request, code) => ({ throttleTimeMs: 0, errorCode: code, nodeId: -1, host: '', port: -1 }),
});

const metadata = defineHandler<MetadataRequest, MetadataResponse>({
  api: MetadataApi,
  versions: { min: 0, max: 12 },
  handle: () => MetadataApi.defaultResponse(),
  errorResponse: () => MetadataApi.defaultResponse(),
});

describe('a response that does not encode', () => {
  let listener: Listener;
  let port: number;
  let replicas: ReplicaManager;
  const logs: { msg: string; api?: string; apiVersion?: number; answeredWith?: string }[] = [];

  beforeAll(async () => {
    const { config } = loadBrokerConfig({ listeners: 'PLAINTEXT://127.0.0.1:0', 'samsa.storage': 'memory' });
    const cluster = new Cluster('test-cluster', config, new MemoryTopicStore());
    replicas = ReplicaManager.open({ cluster, config, logger: pino({ level: 'silent' }) });
    const registry = new HandlerRegistry([
      brokenLeaveGroup as AnyHandler,
      brokenFindCoordinator as AnyHandler,
      metadata as AnyHandler,
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
      logger: pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) }),
    });
    port = (await listener.start()).port;
  });
  afterAll(async () => {
    await listener.stop();
    replicas.close();
  });

  const fallbackLines = () => logs.filter((l) => l.msg.startsWith('response failed to encode'));

  it('is answered with the generic error response, logged once per API and version, on a connection that stays', async () => {
    const client = await WireClient.connect(port);
    try {
      const leave = { groupId: 'g', memberId: 'm', members: [] };
      for (let i = 0; i < 3; i++) {
        // The handler threw REBALANCE_IN_PROGRESS and its error response does not encode at v0: the code survives.
        expect(await client.request(LeaveGroupApi, 0, leave)).toEqual({
          throttleTimeMs: 0,
          errorCode: 27,
          members: [],
        });
        // Neither the body nor the error response encodes at v4, which has no top-level error: no coordinators.
        expect(await client.request(FindCoordinatorApi, 4, { keyType: 0, coordinatorKeys: ['g'] })).toEqual({
          throttleTimeMs: 0,
          errorCode: 0,
          errorMessage: '',
          nodeId: 0,
          host: '',
          port: 0,
          coordinators: [],
        });
      }
      // At v3 the same error response encodes, so it is sent as the handler built it.
      const v3 = await client.request(LeaveGroupApi, 3, { groupId: 'g', memberId: '', members: [] });
      expect(v3).toMatchObject({ errorCode: 27, members: [{ memberId: 'm', errorCode: 27 }] });
      expect(client.isClosed).toBe(false);
      const md = await client.request(MetadataApi, 12, {
        topics: [],
        allowAutoTopicCreation: false,
        includeTopicAuthorizedOperations: false,
      });
      expect(md.topics).toEqual([]);
      expect(fallbackLines().map((l) => [l.api, l.apiVersion, l.answeredWith])).toEqual([
        ['LeaveGroup', 0, 'generic error response'],
        ['FindCoordinator', 4, 'generic error response'],
      ]);
    } finally {
      client.destroy();
    }
  });

  it('a second connection sending the same request is answered too, without another log line', async () => {
    const before = fallbackLines().length;
    expect(before).toBeGreaterThan(0);
    const client = await WireClient.connect(port);
    try {
      const res = await client.request(LeaveGroupApi, 0, { groupId: 'g', memberId: 'm', members: [] });
      expect(res.errorCode).toBe(27);
      expect(fallbackLines().length).toBe(before);
    } finally {
      client.destroy();
    }
  });
});
