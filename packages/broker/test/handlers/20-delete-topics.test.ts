import { DeleteTopicsApi, ErrorCode, ZERO_UUID } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

describe('DeleteTopics', () => {
  let tb: TestBroker;
  let client: WireClient;
  const make = (name: string) =>
    tb.broker.cluster.createTopic({ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] });
  beforeAll(async () => {
    tb = await startTestBroker();
  });
  afterAll(async () => tb.dispose());
  beforeEach(async () => {
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(() => client.destroy());

  it.each([0, 1, 2, 3, 4, 5])('v%i deletes by name; an unknown name is UNKNOWN_TOPIC_OR_PARTITION', async (version) => {
    make(`gone-${version}`);
    const res = await client.request(DeleteTopicsApi, version, {
      topicNames: [`gone-${version}`, `never-${version}`],
      timeoutMs: 1000,
    });
    expect(res.responses.map((r) => [r.name, r.errorCode])).toEqual([
      [`gone-${version}`, 0],
      [`never-${version}`, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
    ]);
    expect(tb.broker.cluster.topicByName(`gone-${version}`)).toBeUndefined();
  });

  it('v6 deletes by id and by name; an unknown id is UNKNOWN_TOPIC_ID', async () => {
    const byId = make('by-id');
    make('by-name');
    const unknownId = 'AAAAAAAAAAAAAAAAAAAAAQ';
    const res = await client.request(DeleteTopicsApi, 6, {
      topics: [
        { name: null, topicId: byId.id },
        { name: 'by-name', topicId: ZERO_UUID },
        { name: null, topicId: unknownId },
      ],
      timeoutMs: 1000,
    });
    expect(res.responses.map((r) => [r.name, r.topicId, r.errorCode])).toEqual([
      ['by-id', byId.id, 0],
      ['by-name', expect.any(String), 0],
      [null, unknownId, ErrorCode.UNKNOWN_TOPIC_ID],
    ]);
    expect(tb.broker.cluster.topicById(byId.id)).toBeUndefined();
  });

  it('v6 rejects a target with both name and id', async () => {
    const t = make('both');
    const res = await client.request(DeleteTopicsApi, 6, {
      topics: [{ name: 'both', topicId: t.id }],
      timeoutMs: 1000,
    });
    expect(res.responses[0]).toMatchObject({ errorCode: ErrorCode.INVALID_REQUEST });
    expect(tb.broker.cluster.topicByName('both')).toBeDefined();
  });
});

describe('DeleteTopics with delete.topic.enable=false', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({ 'delete.topic.enable': false });
    tb.broker.cluster.createTopic({
      name: 'kept',
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    });
  });
  afterAll(async () => tb.dispose());

  it('answers TOPIC_DELETION_DISABLED from v3 and INVALID_REQUEST before', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const v5 = await client.request(DeleteTopicsApi, 5, { topicNames: ['kept'], timeoutMs: 1000 });
    expect(v5.responses[0]).toMatchObject({ name: 'kept', errorCode: ErrorCode.TOPIC_DELETION_DISABLED });
    const v1 = await client.request(DeleteTopicsApi, 1, { topicNames: ['kept'], timeoutMs: 1000 });
    expect(v1.responses[0]).toMatchObject({ name: 'kept', errorCode: ErrorCode.INVALID_REQUEST });
    expect(tb.broker.cluster.topicByName('kept')).toBeDefined();
    client.destroy();
  });
});
