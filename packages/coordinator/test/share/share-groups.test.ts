// Share group membership (KIP-932) on a manual clock: join with epoch 0, epochs, FENCED_MEMBER_EPOCH,
// UNKNOWN_MEMBER_ID, leave with -1, the session timeout, the simple assignor's coverage, describe / list / delete.
import { ErrorCode, KafkaError } from '@samsa/protocol';
import { ManualScheduler } from '../../src/runtime/scheduler';
import { ShareGroupCoordinator, type ShareHeartbeat } from '../../src/share/share-groups';
import { simpleAssign } from '../../src/share/simple-assignor';
import { TestTopics } from '../helpers/consumer-harness';

const client = { clientId: 'c', clientHost: '/127.0.0.1' };

function setup() {
  const scheduler = new ManualScheduler();
  const topics = new TestTopics();
  const removed: string[] = [];
  const share = new ShareGroupCoordinator({
    topics,
    scheduler,
    config: { sessionTimeoutMs: 10_000, heartbeatIntervalMs: 1000 },
    onMemberRemoved: (g, m) => removed.push(`${g}/${m}`),
  });
  return { scheduler, topics, share, removed };
}

const hb = (memberId: string, memberEpoch: number, topics: string[] | null = null): ShareHeartbeat => ({
  groupId: 'g',
  memberId,
  memberEpoch,
  rackId: null,
  subscribedTopicNames: topics,
});

function errorName(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof KafkaError) return err.errorName;
    throw err;
  }
  return 'none';
}

test('a member joins with epoch 0 and gets every partition of its topic', () => {
  const { share, topics } = setup();
  const id = topics.create('t', 2);
  const res = share.heartbeat(client, hb('m1', 0, ['t']));
  expect(res.memberEpoch).toBeGreaterThan(0);
  expect(res.heartbeatIntervalMs).toBe(1000);
  expect(res.assignment).toEqual([{ topicId: id, partitions: [0, 1] }]);
  // A heartbeat with nothing new carries no assignment.
  expect(share.heartbeat(client, hb('m1', res.memberEpoch)).assignment).toBeNull();
  expect(share.describe('g').state).toBe('Stable');
});

test('three members on two partitions cover both partitions', () => {
  const { share, topics } = setup();
  topics.create('t', 2);
  const epochs = new Map<string, number>();
  for (const m of ['a', 'b', 'c']) epochs.set(m, share.heartbeat(client, hb(m, 0, ['t'])).memberEpoch);
  // Each member catches up with the group epoch on its next heartbeat.
  for (const m of ['a', 'b', 'c']) share.heartbeat(client, hb(m, epochs.get(m) as number));
  const covered = new Set<number>();
  for (const m of share.describe('g').members) {
    expect(m.assignment.length).toBe(1);
    expect(m.assignment[0].topicName).toBe('t');
    expect(m.assignment[0].partitions.length).toBeGreaterThan(0);
    for (const p of m.assignment[0].partitions) covered.add(p);
  }
  expect([...covered].sort()).toEqual([0, 1]);
});

test('a wrong epoch is FENCED_MEMBER_EPOCH, an unknown member UNKNOWN_MEMBER_ID', () => {
  const { share, topics } = setup();
  topics.create('t', 1);
  const { memberEpoch } = share.heartbeat(client, hb('m1', 0, ['t']));
  expect(errorName(() => share.heartbeat(client, hb('m1', memberEpoch + 1)))).toBe('FENCED_MEMBER_EPOCH');
  expect(errorName(() => share.heartbeat(client, hb('m1', memberEpoch - 1)))).toBe('FENCED_MEMBER_EPOCH');
  expect(errorName(() => share.heartbeat(client, hb('nobody', 3)))).toBe('UNKNOWN_MEMBER_ID');
  expect(errorName(() => share.heartbeat(client, hb('nobody', -1)))).toBe('UNKNOWN_MEMBER_ID');
  expect(errorName(() => share.heartbeat(client, hb('m2', 0, [])))).toBe('INVALID_REQUEST');
  expect(errorName(() => share.heartbeat(client, hb('', 0, ['t'])))).toBe('INVALID_REQUEST');
  expect(errorName(() => share.heartbeat(client, hb('m2', -2)))).toBe('INVALID_REQUEST');
});

test('leaving with -1 removes the member and empties the group; an empty group can be deleted', () => {
  const { share, topics, removed } = setup();
  topics.create('t', 1);
  const { memberEpoch } = share.heartbeat(client, hb('m1', 0, ['t']));
  expect(share.delete('g')).toBe(ErrorCode.NON_EMPTY_GROUP);
  expect(share.heartbeat(client, hb('m1', -1)).memberEpoch).toBe(-1);
  expect(removed).toEqual(['g/m1']);
  expect(errorName(() => share.heartbeat(client, hb('m1', memberEpoch)))).toBe('UNKNOWN_MEMBER_ID');
  expect(share.list()).toEqual([{ groupId: 'g', state: 'Empty' }]);
  expect(share.delete('g')).toBe(ErrorCode.NONE);
  expect(share.delete('g')).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  expect(errorName(() => share.describe('g'))).toBe('GROUP_ID_NOT_FOUND');
});

test('a member that stops heartbeating is removed after group.share.session.timeout.ms', () => {
  const { share, topics, scheduler, removed } = setup();
  topics.create('t', 1);
  const { memberEpoch } = share.heartbeat(client, hb('m1', 0, ['t']));
  scheduler.advance(9000);
  share.heartbeat(client, hb('m1', memberEpoch));
  scheduler.advance(9000);
  expect(removed).toEqual([]);
  scheduler.advance(1000);
  expect(removed).toEqual(['g/m1']);
  expect(share.isMember('g', 'm1')).toBe(false);
});

test('new partitions bump the group epoch and reach the members', () => {
  const { share, topics } = setup();
  const id = topics.create('t', 1);
  const first = share.heartbeat(client, hb('m1', 0, ['t']));
  topics.addPartitions('t', 3);
  const next = share.heartbeat(client, hb('m1', first.memberEpoch));
  expect(next.memberEpoch).toBeGreaterThan(first.memberEpoch);
  expect(next.assignment).toEqual([{ topicId: id, partitions: [0, 1, 2] }]);
});

test('the simple assignor hashes members, fills gaps round-robin and keeps what members hold', () => {
  const subs = new Map([
    ['a', ['T']],
    ['b', ['T']],
  ]);
  const out = simpleAssign(subs, () => 4, new Map());
  const all = [...out.values()].flatMap((a) => a.get('T') ?? []);
  expect(new Set(all)).toEqual(new Set([0, 1, 2, 3]));
  const sticky = simpleAssign(subs, () => 4, new Map([['a', new Map([['T', [3]]])]]));
  expect(sticky.get('a')?.get('T')).toContain(3);
});
