// Consumer-group rebalances over TCP against an in-process broker, the classic and the KIP-848 consumer protocol side
// by side, with raw-protocol members (each on its own connection, as a client would):
//  - classic (JoinGroup v5 / SyncGroup v3 / Heartbeat v3 / LeaveGroup v3; rejoin on REBALANCE_IN_PROGRESS, heartbeat
//    every 10 ms while Stable). form: 50 new members join a new group (MEMBER_ID_REQUIRED round included,
//    group.initial.rebalance.delay.ms=0) until all 50 hold an assignment of one generation and the group is Stable;
//    leave: one of the 50 leaves, until the other 49 hold an assignment of the next generation.
//  - consumer (ConsumerGroupHeartbeat v1 every 10 ms, owned partitions acknowledged in the next heartbeat after each
//    change, as KIP-848 clients do). form: 50 new members subscribe to a topic of 50 partitions until each is at the
//    group epoch with its partition and the group is Stable; leave: one leaves (epoch -1), until the other 49 are at
//    the next group epoch, together owning all 50 partitions, and the group is Stable again.
// Baseline, same run and same 50 connections: all 50 send ApiVersions at once, until the last answer arrives.
// Each figure is the median of several rounds.
import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { resolve } from 'node:path';
import pino from 'pino';
import {
  ApiVersionsApi,
  ConsumerGroupHeartbeatApi,
  CreateTopicsApi,
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
  type ConsumerGroupHeartbeatResponse,
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
      consumerGroupAssignments(groupId: string): {
        state: string;
        groupEpoch: number;
        members: Array<{ memberEpoch: number }>;
      } | null;
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
const TOPIC = 'bench';
const PARTITIONS = MEMBERS;

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

type Owned = Array<{ topicId: string; partitions: number[] }>;

/** A KIP-848 member: heartbeats every 10 ms, acknowledging its owned partitions in the heartbeat after a change. */
class ConsumerMember {
  readonly memberId = randomUUID();
  memberEpoch = 0;
  owned: Owned = [];
  running = true;
  readonly #client: RawClient;
  readonly #groupId: string;
  readonly #topic: string;
  readonly #onHeartbeat: () => void;

  constructor(client: RawClient, groupId: string, topic: string, onHeartbeat: () => void) {
    this.#client = client;
    this.#groupId = groupId;
    this.#topic = topic;
    this.#onHeartbeat = onHeartbeat;
  }

  get partitions(): number {
    return this.owned.reduce((n, t) => n + t.partitions.length, 0);
  }

  async run(): Promise<void> {
    let joining = true;
    let acknowledge = false;
    while (this.running) {
      const res: ConsumerGroupHeartbeatResponse = await this.#client.request(ConsumerGroupHeartbeatApi, 1, {
        groupId: this.#groupId,
        memberId: this.memberId,
        memberEpoch: this.memberEpoch,
        instanceId: null,
        rackId: null,
        rebalanceTimeoutMs: joining ? 60_000 : -1,
        subscribedTopicNames: joining ? [this.#topic] : null,
        subscribedTopicRegex: null,
        serverAssignor: null,
        topicPartitions: joining || acknowledge ? this.owned : null,
      });
      if (!this.running) return;
      if (res.errorCode !== 0) throw new Error(`heartbeat failed with error ${res.errorCode}`);
      joining = false;
      acknowledge = res.assignment !== null;
      if (res.assignment !== null) this.owned = res.assignment.topicPartitions;
      this.memberEpoch = res.memberEpoch;
      this.#onHeartbeat();
      await sleep(HEARTBEAT_MS);
    }
  }

  async leave(): Promise<void> {
    this.running = false;
    await this.#client.request(ConsumerGroupHeartbeatApi, 1, {
      groupId: this.#groupId,
      memberId: this.memberId,
      memberEpoch: -1,
      instanceId: null,
      rackId: null,
      rebalanceTimeoutMs: -1,
      subscribedTopicNames: null,
      subscribedTopicRegex: null,
      serverAssignor: null,
      topicPartitions: null,
    });
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Resolves once `done()` holds, checked each time `notify` (handed to the members) is called. */
function waiterFor(): { notify: () => void; until: (done: () => boolean) => Promise<void> } {
  let waiter: (() => void) | null = null;
  return {
    notify: () => waiter?.(),
    until: (done) =>
      new Promise((ok) => {
        waiter = () => {
          if (done()) {
            waiter = null;
            ok();
          }
        };
        waiter();
      }),
  };
}

async function classicRounds(broker: BenchBroker, clients: RawClient[]): Promise<{ form: number[]; leave: number[] }> {
  const info = { clientId: '', clientHost: '', apiVersion: 0 };
  const form: number[] = [];
  const leave: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const groupId = `bench-classic-${round}`;
    const { notify, until } = waiterFor();
    const members = clients.map((c) => new Member(c, groupId, notify));
    const stableWith = (n: number, minGeneration: number) => (): boolean => {
      const live = members.filter((m) => m.running);
      const gen = Math.max(...live.map((m) => m.generation));
      if (gen < minGeneration || live.length !== n || live.some((m) => m.generation !== gen)) return false;
      const g = broker.groups.service.describeGroups(info, [groupId])[0]!;
      return g.groupState === 'Stable' && g.members.length === n;
    };

    const t0 = performance.now();
    const loops = members.map((m) => m.run());
    await until(stableWith(MEMBERS, 1));
    form.push(performance.now() - t0);
    const generation = members[0]!.generation;

    const t1 = performance.now();
    await members[MEMBERS - 1]!.leave();
    await until(stableWith(MEMBERS - 1, generation + 1));
    leave.push(performance.now() - t1);

    for (const m of members) m.running = false;
    await Promise.all(loops);
    await Promise.all(members.slice(0, MEMBERS - 1).map((m) => m.leave()));
  }
  return { form, leave };
}

async function consumerRounds(broker: BenchBroker, clients: RawClient[]): Promise<{ form: number[]; leave: number[] }> {
  const form: number[] = [];
  const leave: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const groupId = `bench-consumer-${round}`;
    const { notify, until } = waiterFor();
    const members = clients.map((c) => new ConsumerMember(c, groupId, TOPIC, notify));
    // Reconciled: every live member at the group epoch (past `minEpoch`), owning every partition once between them.
    const stableWith = (n: number, minEpoch: number) => (): boolean => {
      const live = members.filter((m) => m.running);
      if (live.length !== n) return false;
      const epoch = live[0]!.memberEpoch;
      if (epoch <= minEpoch || live.some((m) => m.memberEpoch !== epoch || m.partitions === 0)) return false;
      if (live.reduce((sum, m) => sum + m.partitions, 0) !== PARTITIONS) return false;
      const g = broker.groups.service.consumerGroupAssignments(groupId);
      return g !== null && g.state === 'Stable' && g.groupEpoch === epoch && g.members.length === n;
    };

    const t0 = performance.now();
    const loops = members.map((m) => m.run());
    await until(stableWith(MEMBERS, 0));
    form.push(performance.now() - t0);
    const epoch = members[0]!.memberEpoch;

    const t1 = performance.now();
    await members[MEMBERS - 1]!.leave();
    await until(stableWith(MEMBERS - 1, epoch));
    leave.push(performance.now() - t1);

    for (const m of members) m.running = false;
    await Promise.all(loops);
    await Promise.all(members.slice(0, MEMBERS - 1).map((m) => m.leave()));
  }
  return { form, leave };
}

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
  // FindCoordinator creates __consumer_offsets; the bench only needs the coordinator to exist.
  await clients[0]!.request(FindCoordinatorApi, 3, { key: 'bench', keyType: 0 });
  const created = await clients[0]!.request(CreateTopicsApi, 5, {
    topics: [{ name: TOPIC, numPartitions: PARTITIONS, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 10_000,
    validateOnly: false,
  });
  if (created.topics[0]?.errorCode !== 0) throw new Error(`CreateTopics failed: ${created.topics[0]?.errorCode}`);

  const baselineRounds: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await Promise.all(
      clients.map((c) => c.request(ApiVersionsApi, 3, { clientSoftwareName: 'bench', clientSoftwareVersion: '1' })),
    );
    baselineRounds.push(performance.now() - t0);
  }
  const baseline = { name: `${MEMBERS} ApiVersions round trips`, value: median(baselineRounds) };
  const classic = await classicRounds(broker, clients);
  const consumer = await consumerRounds(broker, clients);

  const group = `group of ${MEMBERS} (TCP, raw protocol)`;
  report({ group, name: baseline.name, value: baseline.value, unit: 'ms' });
  for (const [protocol, rounds] of [
    ['classic', classic],
    ['consumer (KIP-848)', consumer],
  ] as const) {
    report({
      group,
      name: `${protocol}: ${MEMBERS} members join until Stable`,
      value: median(rounds.form),
      unit: 'ms',
      baseline,
    });
    report({
      group,
      name: `${protocol}: one leaves until ${MEMBERS - 1} are Stable again`,
      value: median(rounds.leave),
      unit: 'ms',
      baseline,
    });
  }
  for (const c of clients) c.close();
  await broker.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
