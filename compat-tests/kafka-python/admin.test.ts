// kafka-python 2.0.2 against samsa. kafka-python infers a broker release from
// which versions ApiVersions advertises and then hard-codes request versions for
// that release, so this suite also pins that the inference lands on a release
// whose requests samsa serves.
import { join } from 'node:path';
import { startTestBroker, type TestBroker } from '../helpers/broker';
import { describeWithClient } from '../helpers/clients';
import { runPythonJson } from '../helpers/python';

// Real clients start processes and wait on the network; each test gets a minute.
jest.setTimeout(60_000);

const SCRIPT = join(__dirname, 'py', 'admin.py');

interface CreateResult {
  readonly error: string | null;
  readonly errno?: number | null;
}

describeWithClient('kafka-python', 'kafka-python against samsa', () => {
  let broker: TestBroker;
  const run = <T>(...args: string[]): Promise<T> => runPythonJson<T>(SCRIPT, [broker.bootstrap, ...args]);

  beforeAll(async () => {
    broker = await startTestBroker();
  });

  afterAll(async () => {
    await broker?.stop();
  });

  test('metadata: infers a broker release of at least 0.10.1 from ApiVersions (Metadata v2+ advertised)', async () => {
    const version = await run<number[]>('api-version');
    expect(version.length).toBeGreaterThanOrEqual(2);
    const [major = 0, minor = 0, patch = 0] = version;
    expect(major * 10_000 + minor * 100 + patch).toBeGreaterThanOrEqual(1_001);
  });

  test('admin: KafkaAdminClient.create_topics creates a topic that list_topics returns', async () => {
    expect(await run<CreateResult>('create', 'kp-three', '3', '1')).toEqual({ error: null });
    expect(await run<string[]>('list')).toContain('kp-three');
  });

  test('admin: create_topics with a topic config', async () => {
    expect(await run<CreateResult>('create', 'kp-compact', '1', '1', 'cleanup.policy=compact')).toEqual({
      error: null,
    });
    expect(await run<string[]>('list')).toContain('kp-compact');
  });

  test('admin: create_topics of an existing topic raises TopicAlreadyExistsError (36)', async () => {
    await run<CreateResult>('create', 'kp-twice', '1', '1');
    expect(await run<CreateResult>('create', 'kp-twice', '1', '1')).toEqual({
      error: 'TopicAlreadyExistsError',
      errno: 36,
    });
  });

  test('admin: create_topics with 0 partitions raises InvalidPartitionsError (37)', async () => {
    expect(await run<CreateResult>('create', 'kp-zero', '0', '1')).toEqual({
      error: 'InvalidPartitionsError',
      errno: 37,
    });
  });

  test('metadata: KafkaConsumer().topics() lists the created topics', async () => {
    await run<CreateResult>('create', 'kp-consumer-view', '2', '1');
    expect(await run<string[]>('consumer-topics')).toEqual(expect.arrayContaining(['kp-three', 'kp-consumer-view']));
  });

  test('admin: describe_configs returns every topic config; alter_configs replaces the overrides', async () => {
    await run<CreateResult>('create', 'kp-configs', '1', '1', 'retention.ms=60000');
    const before = await run<{ error: number; configs: Record<string, string | null> }>('describe-topic', 'kp-configs');
    expect(before.error).toBe(0);
    expect(Object.keys(before.configs).length).toBeGreaterThanOrEqual(30);
    expect(before.configs).toMatchObject({ 'retention.ms': '60000', 'cleanup.policy': 'delete' });
    expect(await run<{ error: number }>('alter-topic', 'kp-configs', 'cleanup.policy=compact')).toEqual({ error: 0 });
    const after = await run<{ error: number; configs: Record<string, string | null> }>('describe-topic', 'kp-configs');
    expect(after.configs).toMatchObject({ 'retention.ms': '604800000', 'cleanup.policy': 'compact' });
    expect(await run<{ error: number }>('alter-topic', 'kp-configs', 'no.such=1')).toEqual({ error: 40 });
    expect((await run<{ error: number }>('describe-topic', 'kp-missing')).error).toBe(3);
  });

  test('admin: create_partitions grows a topic; a smaller count raises InvalidPartitionsError (37)', async () => {
    await run<CreateResult>('create', 'kp-grow', '1', '1');
    expect(await run<CreateResult>('create-partitions', 'kp-grow', '3')).toEqual({ error: null });
    expect(await run<CreateResult>('create-partitions', 'kp-grow', '2')).toEqual({
      error: 'InvalidPartitionsError',
      errno: 37,
    });
  });
});
