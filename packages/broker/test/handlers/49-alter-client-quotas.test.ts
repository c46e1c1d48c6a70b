import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlterClientQuotasApi, DescribeClientQuotasApi, ErrorCode } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

type Entity = { entityType: string; entityName: string | null }[];
type Op = { key: string; value: number; remove: boolean };

const set = (key: string, value: number): Op => ({ key, value, remove: false });
const remove = (key: string): Op => ({ key, value: 0, remove: true });

describe('AlterClientQuotas', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeEach(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
  });
  afterEach(async () => {
    client.destroy();
    await tb.dispose();
  });

  const alter = async (entries: { entity: Entity; ops: Op[] }[], validateOnly = false, version = 1) =>
    (await client.request(AlterClientQuotasApi, version, { entries, validateOnly })).entries.map((e) => [
      e.errorCode,
      e.errorMessage,
    ]);
  const describeAll = async () => {
    const res = await client.request(DescribeClientQuotasApi, 1, { components: [], strict: false });
    expect(res.errorCode).toBe(0);
    return res.entries!.map((e) => ({
      entity: Object.fromEntries(e.entity.map((d) => [d.entityType, d.entityName])),
      values: Object.fromEntries(e.values.map((v) => [v.key, v.value])),
    }));
  };

  it.each([0, 1])('v%i stores, updates and removes quotas, persisted across a restart', async (version) => {
    const alice = [{ entityType: 'user', entityName: 'alice' }];
    expect(
      await alter(
        [
          { entity: alice, ops: [set('producer_byte_rate', 1024), set('request_percentage', 12.5)] },
          { entity: [{ entityType: 'client-id', entityName: null }], ops: [set('consumer_byte_rate', 2048)] },
          { entity: [{ entityType: 'ip', entityName: '10.0.0.1' }], ops: [set('connection_creation_rate', 5)] },
        ],
        false,
        version,
      ),
    ).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
    expect(
      await alter(
        [
          {
            entity: alice,
            ops: [set('producer_byte_rate', 4096), remove('request_percentage'), remove('consumer_byte_rate')],
          },
        ],
        false,
        version,
      ),
    ).toEqual([[0, null]]);

    const expected = [
      { entity: { user: 'alice' }, values: { producer_byte_rate: 4096 } },
      { entity: { 'client-id': null }, values: { consumer_byte_rate: 2048 } },
      { entity: { ip: '10.0.0.1' }, values: { connection_creation_rate: 5 } },
    ];
    expect(await describeAll()).toEqual(expected);
    const doc = JSON.parse(readFileSync(join(tb.dataDir, '__cluster_metadata', 'client-quotas.json'), 'utf8')) as {
      version: number;
    };
    expect(doc.version).toBe(1);

    client.destroy();
    const dir = tb.dataDir;
    await tb.stop();
    tb = await startTestBroker({}, dir);
    client = await WireClient.connect(tb.broker.port);
    expect(await describeAll()).toEqual(expected);

    // Removing the last quota removes the entity.
    expect(await alter([{ entity: alice, ops: [remove('producer_byte_rate')] }])).toEqual([[0, null]]);
    expect((await describeAll()).map((e) => e.entity)).toEqual([{ 'client-id': null }, { ip: '10.0.0.1' }]);
  });

  it('validate_only checks without storing', async () => {
    expect(
      await alter(
        [{ entity: [{ entityType: 'user', entityName: 'bob' }], ops: [set('producer_byte_rate', 10)] }],
        true,
      ),
    ).toEqual([[0, null]]);
    expect(await describeAll()).toEqual([]);
  });

  it("answers each invalid entry with INVALID_REQUEST and Kafka's message, applying the valid ones", async () => {
    const user = [{ entityType: 'user', entityName: 'carol' }];
    const results = await alter([
      { entity: [], ops: [set('producer_byte_rate', 1)] },
      { entity: [{ entityType: 'group', entityName: 'g' }], ops: [set('producer_byte_rate', 1)] },
      { entity: [{ entityType: 'user', entityName: '' }], ops: [set('producer_byte_rate', 1)] },
      {
        entity: [
          { entityType: 'user', entityName: 'a' },
          { entityType: 'user', entityName: 'b' },
        ],
        ops: [set('producer_byte_rate', 1)],
      },
      {
        entity: [
          { entityType: 'user', entityName: 'a' },
          { entityType: 'ip', entityName: '10.0.0.2' },
        ],
        ops: [set('producer_byte_rate', 1)],
      },
      { entity: [{ entityType: 'ip', entityName: '10.0.0.3' }], ops: [set('producer_byte_rate', 1)] },
      { entity: user, ops: [set('nope', 1)] },
      { entity: [{ entityType: 'user', entityName: 'erin' }], ops: [set('producer_byte_rate', 1.5)] },
      {
        entity: [{ entityType: 'client-id', entityName: 'app' }],
        ops: [set('consumer_byte_rate', 5), set('consumer_byte_rate', 6)],
      },
      {
        entity: [
          { entityType: 'user', entityName: 'dave' },
          { entityType: 'client-id', entityName: 'app' },
        ],
        ops: [set('request_percentage', 50)],
      },
      {
        entity: [
          { entityType: 'client-id', entityName: 'app' },
          { entityType: 'user', entityName: 'dave' },
        ],
        ops: [set('request_percentage', 60)],
      },
    ]);
    expect(results).toEqual([
      [ErrorCode.INVALID_REQUEST, 'Invalid empty client quota entity'],
      [ErrorCode.INVALID_REQUEST, 'Unhandled client quota entity type: group'],
      [ErrorCode.INVALID_REQUEST, 'Empty user not supported'],
      [ErrorCode.INVALID_REQUEST, 'Invalid empty client quota entity, duplicate entity entry user'],
      [ErrorCode.INVALID_REQUEST, 'Invalid empty client quota entity'],
      [ErrorCode.INVALID_REQUEST, 'Invalid configuration key producer_byte_rate'],
      [ErrorCode.INVALID_REQUEST, 'Invalid configuration key nope'],
      [ErrorCode.INVALID_REQUEST, 'Configuration producer_byte_rate must be a Long value'],
      [
        ErrorCode.INVALID_REQUEST,
        'Duplicate quota key consumer_byte_rate not updating quota for this entity ClientQuotaEntity(entries={client-id=app})',
      ],
      [0, null],
      [ErrorCode.INVALID_REQUEST, 'Ignoring duplicate entity ClientQuotaEntity(entries={client-id=app, user=dave})'],
    ]);
    expect(await describeAll()).toEqual([
      { entity: { user: 'dave', 'client-id': 'app' }, values: { request_percentage: 50 } },
    ]);
  });

  it('answers INVALID_REQUEST for an ip entity that is neither an address nor a resolvable host', async () => {
    expect(
      await alter([
        { entity: [{ entityType: 'ip', entityName: 'not a host name!' }], ops: [set('connection_creation_rate', 1)] },
      ]),
    ).toEqual([[ErrorCode.INVALID_REQUEST, 'not a host name! is not a valid IP or resolvable host.']]);
    expect(
      await alter([{ entity: [{ entityType: 'ip', entityName: '::1' }], ops: [set('connection_creation_rate', 1)] }]),
    ).toEqual([[0, null]]);
  });
});
