// Consumer-group rebalances over TCP against an in-process broker, with raw-protocol members (each on its own
// connection, speaking JoinGroup v5 / SyncGroup v3 / Heartbeat v3 / LeaveGroup v3 as a client would: rejoin on
// REBALANCE_IN_PROGRESS, heartbeat every 10 ms while Stable):
//  - form: 50 new members join a new group (MEMBER_ID_REQUIRED round included, group.initial.rebalance.delay.ms=0)
//    until all 50 hold an assignment of one generation and the group is Stable;
//  - leave: one of the 50 leaves, until the other 49 hold an assignment of the next generation.
// Baseline, same run and same 50 connections: all 50 send ApiVersions at once, until the last answer arrives.
// Each figure is the median of several rounds.
import { connect, type Socket } from 'node:net';
import { resolve } from 'node:path';
import pino from 'pino';
import {
  ApiVersionsApi,
  FindCoordinatorApi,
  HeartbeatApi,
  JoinGroupApi,
  LeaveGroupApi,
  Reader,
  SyncGroupApi,
  Writer,
  decodeResponseHeader,
  encodeRequestHeader,
  type ApiCodec,
} from '@samsa/protocol';

interface Harness {
  report(figure: {
    group: string;
    name: string;
    value: number;
    unit: string;
    baseline?: { name: string; value: number };
  }): void;
}
// Loaded at run time: scripts/ and the broker sit outside this package's TypeScript project (the broker depends on
// this package, not the other way round).
const { report } = require(resolve(__dirname, '../../../scripts/bench/harness')) as Harness;
interface BenchBroker {
  readonly port: number;
  readonly groups: {
    readonly service: {
      describeGroups(info: object, ids: string[]): Array<{ groupState: string; members: unknown[] }>;
    };
  };
  stop(): Promise<void>;
}
const { startBroker } = require(resolve(__dirname, '../../broker/src/index')) as {
  startBroker(config: Record<string, string | number | boolean>, options: { logger: unknown }): Promise<BenchBroker>;
};

const MEMBERS = 50;
const ROUNDS = 5;
const HEARTBEAT_MS = 10;

class RawClient {
  readonly #socket: Socket;
  #buffer: Buffer = Buffer.alloc(0);
  readonly #pending: Array<(frame: Buffer) => void> = [];
  #correlationId = 0;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
      while (this.#buffer.length >= 4 && this.#buffer.length >= 4 + this.#buffer.readInt32BE(0)) {
        const size = this.#buffer.readInt32BE(0);
        const frame = this.#buffer.subarray(4, 4 + size);
        this.#buffer = this.#buffer.subarray(4 + size);
        this.#pending.shift()!(frame);
      }
    });
  }

  static open(port: number): Promise<RawClient> {
    return new Promise((ok, fail) => {
      const s = connect({ port, host: '127.0.0.1' }, () => ok(new RawClient(s)));
      s.once('error', fail);
    });
  }

  request<Req, Res>(api: ApiCodec<Req, Res>, version: number, body: Req): Promise<Res> {
    const w = new Writer();
    const at = w.reserveInt32();
    encodeRequestHeader(
      w,
      { apiKey: api.apiKey, apiVersion: version, correlationId: this.#correlationId++, clientId: 'bench' },
      api.requestHeaderVersion(version),
    );
    api.encodeRequest(w, version, body);
    w.setInt32At(at, w.byteLength - 4);
    return new Promise((ok) => {
      this.#pending.push((frame) => {
        const r = new Reader(frame, 0);
        decodeResponseHeader(r, api.responseHeaderVersion(version));
        ok(api.decodeResponse(r, version));
      });
      this.#socket.write(w.toBuffer());
    });
  }

  close(): void {
    this.#socket.destroy();
  }
}

const SUBSCRIPTION = Buffer.from([0, 0, 0, 0, 0, 1, 0, 5, ...Buffer.from('bench'), 255, 255, 255, 255]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A member following the classic client loop; `generation` is the generation it holds an assignment of. */
class Member {
  memberId = '';
  generation = -1;
  running = true;
  readonly #client: RawClient;
  readonly #groupId: string;
  readonly #onSynced: () => void;

  constructor(client: RawClient, groupId: string, onSynced: () => void) {
    this.#client = client;
    this.#groupId = groupId;
    this.#onSynced = onSynced;
  }

  async run(): Promise<void> {
    while (this.running) {
      const join = await this.#client.request(JoinGroupApi, 5, {
        groupId: this.#groupId,
        sessionTimeoutMs: 30_000,
        rebalanceTimeoutMs: 60_000,
        memberId: this.memberId,
        groupInstanceId: null,
        protocolType: 'consumer',
        protocols: [{ name: 'range', metadata: SUBSCRIPTION }],
      });
      if (join.errorCode === 79) {
        this.memberId = join.memberId;
        continue;
      }
      if (join.errorCode !== 0) continue;
      const assignments = join.members.map((m, i) => ({
        memberId: m.memberId,
        assignment: Buffer.from([
          0,
          0,
          0,
          0,
          0,
          1,
          0,
          5,
          ...Buffer.from('bench'),
          0,
          0,
          0,
          1,
          0,
          0,
          0,
          i & 0xff,
          0,
          0,
          0,
          0,
        ]),
      }));
      const sync = await this.#client.request(SyncGroupApi, 3, {
        groupId: this.#groupId,
        generationId: join.generationId,
        memberId: this.memberId,
        groupInstanceId: null,
        assignments,
      });
      if (sync.errorCode !== 0) continue;
      this.generation = join.generationId;
      this.#onSynced();
      while (this.running) {
        await sleep(HEARTBEAT_MS);
        if (!this.running) return;
        const hb = await this.#client.request(HeartbeatApi, 3, {
          groupId: this.#groupId,
          generationId: this.generation,
          memberId: this.memberId,
          groupInstanceId: null,
        });
        if (hb.errorCode !== 0) break;
      }
    }
  }

  async leave(): Promise<void> {
    this.running = false;
    await this.#client.request(LeaveGroupApi, 3, {
      groupId: this.#groupId,
      members: [{ memberId: this.memberId, groupInstanceId: null }],
    });
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const broker = await startBroker(
    {
      listeners: 'PLAINTEXT://127.0.0.1:0',
      'samsa.storage': 'memory',
      'group.initial.rebalance.delay.ms': 0,
      'offsets.topic.num.partitions': 1,
    },
    { logger: pino({ level: 'silent' }) },
  );
  const clients = await Promise.all(Array.from({ length: MEMBERS }, () => RawClient.open(broker.port)));
  const info = { clientId: '', clientHost: '', apiVersion: 0 };
  // FindCoordinator creates __consumer_offsets; the bench only needs the coordinator to exist.
  await clients[0]!.request(FindCoordinatorApi, 3, { key: 'bench', keyType: 0 });

  const baselineRounds: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await Promise.all(
      clients.map((c) => c.request(ApiVersionsApi, 3, { clientSoftwareName: 'bench', clientSoftwareVersion: '1' })),
    );
    baselineRounds.push(performance.now() - t0);
  }
  const baseline = { name: `${MEMBERS} ApiVersions round trips`, value: median(baselineRounds) };

  const formRounds: number[] = [];
  const leaveRounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const groupId = `bench-${round}`;
    let waiter: (() => void) | null = null;
    const members: Member[] = [];
    const check = (): void => waiter?.();
    for (const c of clients) members.push(new Member(c, groupId, check));
    const stableWith = (n: number, minGeneration: number) => (): boolean => {
      const live = members.filter((m) => m.running);
      const gen = Math.max(...live.map((m) => m.generation));
      if (gen < minGeneration || live.length !== n || live.some((m) => m.generation !== gen)) return false;
      const g = broker.groups.service.describeGroups(info, [groupId])[0]!;
      return g.groupState === 'Stable' && g.members.length === n;
    };
    const until = (done: () => boolean): Promise<void> =>
      new Promise((ok) => {
        waiter = () => {
          if (done()) {
            waiter = null;
            ok();
          }
        };
        waiter();
      });

    const t0 = performance.now();
    const loops = members.map((m) => m.run());
    await until(stableWith(MEMBERS, 1));
    formRounds.push(performance.now() - t0);
    const generation = members[0]!.generation;

    const t1 = performance.now();
    await members[MEMBERS - 1]!.leave();
    await until(stableWith(MEMBERS - 1, generation + 1));
    leaveRounds.push(performance.now() - t1);

    for (const m of members) m.running = false;
    await Promise.all(loops);
    await Promise.all(members.slice(0, MEMBERS - 1).map((m) => m.leave()));
  }

  report({ group: `group of ${MEMBERS} (TCP, raw protocol)`, name: baseline.name, value: baseline.value, unit: 'ms' });
  report({
    group: `group of ${MEMBERS} (TCP, raw protocol)`,
    name: `${MEMBERS} members join until Stable`,
    value: median(formRounds),
    unit: 'ms',
    baseline,
  });
  report({
    group: `group of ${MEMBERS} (TCP, raw protocol)`,
    name: `one leaves until ${MEMBERS - 1} are Stable again`,
    value: median(leaveRounds),
    unit: 'ms',
    baseline,
  });
  for (const c of clients) c.close();
  await broker.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
