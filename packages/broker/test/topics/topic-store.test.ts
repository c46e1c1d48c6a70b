import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileTopicStore, TopicStoreError, type TopicState } from '../../src/topics/topic-store';

describe('FileTopicStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samsa-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const topic: TopicState = {
    name: 't',
    id: 'AAAAAAAAAAAAAAAAAAAAAQ',
    configs: { 'retention.ms': '1' },
    partitions: [{ partition: 0, replicas: [1], isr: [1], leader: 1, leaderEpoch: 3 }],
  };

  it('round-trips topics and leaves no temporary file behind', () => {
    const store = new FileTopicStore(dir);
    expect(store.load()).toEqual([]);
    store.save([topic]);
    expect(new FileTopicStore(dir).load()).toEqual([topic]);
    expect(existsSync(`${store.file}.tmp`)).toBe(false);
  });

  it('reports a corrupt file as a typed error', () => {
    const store = new FileTopicStore(dir);
    store.save([topic]);
    writeFileSync(store.file, '{"version":1,"topics":[{"name":5}]}');
    expect(() => store.load()).toThrow(TopicStoreError);
    writeFileSync(store.file, '{not json');
    expect(() => store.load()).toThrow(TopicStoreError);
  });
});
