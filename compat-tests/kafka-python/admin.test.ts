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

  test('infers a broker release of at least 0.10.1 from ApiVersions (Metadata v2+ advertised)', async () => {
    const version = await run<number[]>('api-version');
    expect(version.length).toBeGreaterThanOrEqual(2);
    const [major = 0, minor = 0, patch = 0] = version;
    expect(major * 10_000 + minor * 100 + patch).toBeGreaterThanOrEqual(1_001);
  });

  test('KafkaAdminClient.create_topics creates a topic that list_topics returns', async () => {
    expect(await run<CreateResult>('create', 'kp-three', '3', '1')).toEqual({ error: null });
    expect(await run<string[]>('list')).toContain('kp-three');
  });

  test('create_topics with a topic config', async () => {
    expect(await run<CreateResult>('create', 'kp-compact', '1', '1', 'cleanup.policy=compact')).toEqual({ error: null });
    expect(await run<string[]>('list')).toContain('kp-compact');
  });

  test('create_topics of an existing topic raises TopicAlreadyExistsError (36)', async () => {
    await run<CreateResult>('create', 'kp-twice', '1', '1');
    expect(await run<CreateResult>('create', 'kp-twice', '1', '1')).toEqual({ error: 'TopicAlreadyExistsError', errno: 36 });
  });

  test('create_topics with 0 partitions raises InvalidPartitionsError (37)', async () => {
    expect(await run<CreateResult>('create', 'kp-zero', '0', '1')).toEqual({ error: 'InvalidPartitionsError', errno: 37 });
  });

  test('KafkaConsumer().topics() lists the created topics', async () => {
    await run<CreateResult>('create', 'kp-consumer-view', '2', '1');
    expect(await run<string[]>('consumer-topics')).toEqual(expect.arrayContaining(['kp-three', 'kp-consumer-view']));
  });
});
