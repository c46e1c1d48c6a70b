import { plaintextNode } from '../src/broker-node';
import { Cluster, type TopicChange } from '../src/cluster';
import { loadBrokerConfig } from '../src/config';
import { toErrorCode } from '../src/errors';
import { MemoryTopicStore, type TopicState, type TopicStore } from '../src/topics/topic-store';

function cluster(store: TopicStore = new MemoryTopicStore(), brokers = [1, 2, 3]): Cluster {
  const { config } = loadBrokerConfig({ 'num.partitions': 2 });
  const c = new Cluster('cid', config, store);
  for (const id of brokers) c.registerBroker(plaintextNode(id, 'h', 9000 + id));
  return c;
}

const spec = (name: string) => ({ name, numPartitions: 4, replicationFactor: 2, assignments: [], configs: [] });

describe('Cluster', () => {
  it('places replicas round-robin with the first replica leading, epoch 0', () => {
    const t = cluster().createTopic(spec('t'));
    expect(t.partitions.map((p) => [p.replicas, p.leader, p.leaderEpoch])).toEqual([
      [[1, 2], 1, 0],
      [[2, 3], 2, 0],
      [[3, 1], 3, 0],
      [[1, 2], 1, 0],
    ]);
  });

  it('elects the lowest live node id as controller', () => {
    const c = cluster(new MemoryTopicStore(), [7, 3, 5]);
    expect(c.controllerId).toBe(3);
    c.unregisterBroker(3);
    expect(c.controllerId).toBe(5);
  });

  it('notifies watchers of creations and deletions', () => {
    const c = cluster();
    const changes: TopicChange[] = [];
    const stop = c.watch((ch) => changes.push(ch));
    const t = c.createTopic(spec('w'));
    c.deleteTopic(t);
    stop();
    c.createTopic(spec('unwatched'));
    expect(changes.map((ch) => [ch.type, ch.topic.name])).toEqual([
      ['created', 'w'],
      ['deleted', 'w'],
    ]);
  });

  it('frees a name and its collision key on deletion', () => {
    const c = cluster();
    c.deleteTopic(c.createTopic(spec('a.b')));
    expect(c.createTopic(spec('a_b')).name).toBe('a_b');
  });

  it('leaves memory unchanged when persisting fails', () => {
    const failing: TopicStore = {
      load: () => [],
      save: (_topics: readonly TopicState[]) => {
        throw new Error('disk full');
      },
      loadDocument: () => undefined,
      saveDocument: () => {
        throw new Error('disk full');
      },
    };
    const c = cluster(failing);
    let caught: unknown;
    try {
      c.createTopic(spec('lost'));
    } catch (err) {
      caught = err;
    }
    expect(toErrorCode(caught)).toBe(-1);
    expect(c.topicByName('lost')).toBeUndefined();
  });
});
