// confluent-kafka-python 1.7.0 (librdkafka 2.0.2) AdminClient against samsa:
// create_topics (and the error codes librdkafka surfaces), list_topics and
// delete_topics, driven through py/admin.py, which prints JSON results.
import { join } from 'node:path';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { runPythonJson } from '../helpers/python';

// Real clients start processes and wait on the network; each test gets a minute.
jest.setTimeout(60_000);

const SCRIPT = join(__dirname, 'py', 'admin.py');

type TopicResults = Record<string, { code: number; name: string } | null>;

interface ClusterListing {
  readonly cluster_id: string | null;
  readonly controller_id: number;
  readonly brokers: ReadonlyArray<{ id: number; host: string; port: number }>;
  readonly topics: Record<
    string,
    {
      readonly error: string | null;
      readonly partitions: ReadonlyArray<{
        id: number;
        leader: number;
        replicas: number[];
        isrs: number[];
        error: string | null;
      }>;
    }
  >;
}

describeWithClient('confluent-kafka-python', 'confluent-kafka-python AdminClient against samsa', () => {
  let broker: TestBroker;
  const admin = <T>(...args: string[]): Promise<T> => runPythonJson<T>(SCRIPT, [broker.bootstrap, ...args]);

  beforeAll(async () => {
    broker = await startTestBroker();
  });

  afterAll(async () => {
    await broker?.stop();
  });

  test('admin: list_topics reports the cluster id, this broker as controller, and no topics on a fresh broker', async () => {
    const listing = await admin<ClusterListing>('list');
    expect(listing.brokers).toEqual([{ id: listing.controller_id, host: broker.host, port: broker.port }]);
    expect(typeof listing.cluster_id).toBe('string');
    expect(listing.cluster_id?.length).toBeGreaterThan(0);
    expect(Object.keys(listing.topics).filter((name) => !name.startsWith('__'))).toEqual([]);
  });

  test('admin: create_topics creates a topic that list_topics then shows with its partitions', async () => {
    expect(await admin<TopicResults>('create', 'pyc-four', '4', '1')).toEqual({ 'pyc-four': null });
    const listing = await admin<ClusterListing>('list');
    const topic = listing.topics['pyc-four'];
    expect(topic?.error).toBeNull();
    expect(topic?.partitions).toEqual(
      [0, 1, 2, 3].map((id) => ({
        id,
        leader: listing.controller_id,
        replicas: [listing.controller_id],
        isrs: [listing.controller_id],
        error: null,
      })),
    );
  });

  test('admin: create_topics with a topic config', async () => {
    expect(
      await admin<TopicResults>('create', 'pyc-compact', '1', '1', 'cleanup.policy=compact', 'retention.ms=60000'),
    ).toEqual({
      'pyc-compact': null,
    });
    expect(Object.keys((await admin<ClusterListing>('list')).topics)).toContain('pyc-compact');
  });

  test('admin: create_topics of an existing topic reports TOPIC_ALREADY_EXISTS (36)', async () => {
    await admin<TopicResults>('create', 'pyc-twice', '1', '1');
    expect(await admin<TopicResults>('create', 'pyc-twice', '1', '1')).toEqual({
      'pyc-twice': { code: 36, name: 'TOPIC_ALREADY_EXISTS' },
    });
  });

  test('admin: create_topics with an invalid name reports TOPIC_EXCEPTION (17)', async () => {
    expect(await admin<TopicResults>('create', 'bad/name', '1', '1')).toEqual({
      'bad/name': { code: 17, name: 'TOPIC_EXCEPTION' },
    });
  });

  test('admin: create_topics with a replication factor above the broker count reports INVALID_REPLICATION_FACTOR (38)', async () => {
    expect(await admin<TopicResults>('create', 'pyc-rf', '1', '2')).toEqual({
      'pyc-rf': { code: 38, name: 'INVALID_REPLICATION_FACTOR' },
    });
  });

  test('admin: create_topics with an unknown config reports INVALID_CONFIG (40)', async () => {
    expect(await admin<TopicResults>('create', 'pyc-config', '1', '1', 'no.such.config=1')).toEqual({
      'pyc-config': { code: 40, name: 'INVALID_CONFIG' },
    });
  });

  test('admin: delete_topics removes the topic from list_topics', async () => {
    await admin<TopicResults>('create', 'pyc-doomed', '2', '1');
    expect(await admin<TopicResults>('delete', 'pyc-doomed')).toEqual({ 'pyc-doomed': null });
    expect(Object.keys((await admin<ClusterListing>('list')).topics)).not.toContain('pyc-doomed');
  });

  test('admin: delete_topics of an unknown topic reports UNKNOWN_TOPIC_OR_PART (3)', async () => {
    expect(await admin<TopicResults>('delete', 'pyc-never')).toEqual({
      'pyc-never': { code: 3, name: 'UNKNOWN_TOPIC_OR_PART' },
    });
  });

  interface Described {
    readonly error: { code: number; name: string } | null;
    readonly configs: Record<string, { value: string | null; source: number; is_default: boolean; read_only: boolean }>;
  }
  interface Outcome {
    readonly error: { code: number; name: string } | null;
  }

  test('admin: describe_configs reports topic configs with their sources; alter_configs replaces them', async () => {
    await admin<TopicResults>('create', 'pyc-configs', '1', '1', 'retention.ms=60000');
    const before = await admin<Described>('describe-topic', 'pyc-configs');
    expect(before.error).toBeNull();
    expect(Object.keys(before.configs).length).toBeGreaterThanOrEqual(30);
    // librdkafka's ConfigSource numbering is Kafka's: 1 DYNAMIC_TOPIC_CONFIG, 5 DEFAULT_CONFIG.
    expect(before.configs['retention.ms']).toEqual({ value: '60000', source: 1, is_default: false, read_only: false });
    expect(before.configs['cleanup.policy']).toMatchObject({ value: 'delete', source: 5 });
    expect(await admin<Outcome>('alter-topic', 'pyc-configs', 'cleanup.policy=compact')).toEqual({ error: null });
    const after = await admin<Described>('describe-topic', 'pyc-configs', 'cleanup.policy', 'retention.ms');
    expect(after.configs).toEqual({
      'cleanup.policy': { value: 'compact', source: 1, is_default: false, read_only: false },
      'retention.ms': { value: '604800000', source: 5, is_default: true, read_only: false },
    });
    expect((await admin<Outcome>('alter-topic', 'pyc-configs', 'no.such=1')).error).toMatchObject({ code: 40 });
    expect((await admin<Described>('describe-topic', 'pyc-missing')).error).toMatchObject({ code: 3 });
  });

  test('admin: create_partitions grows a topic; a smaller count reports INVALID_PARTITIONS (37)', async () => {
    await admin<TopicResults>('create', 'pyc-grow', '1', '1');
    expect(await admin<Outcome>('create-partitions', 'pyc-grow', '4')).toEqual({ error: null });
    expect((await admin<ClusterListing>('list')).topics['pyc-grow']?.partitions.map((p) => p.id)).toEqual([0, 1, 2, 3]);
    expect((await admin<Outcome>('create-partitions', 'pyc-grow', '2')).error).toMatchObject({ code: 37 });
  });
});
