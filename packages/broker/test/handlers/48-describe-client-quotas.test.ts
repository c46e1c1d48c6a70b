import {
  AlterClientQuotasApi,
  DescribeClientQuotasApi,
  ErrorCode,
  type DescribeClientQuotasMessages,
} from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

type Component = DescribeClientQuotasMessages.ComponentData;

const EXACT = 0;
const DEFAULT = 1;
const SPECIFIED = 2;

describe('DescribeClientQuotas', () => {
  let tb: TestBroker;
  let client: WireClient;
  beforeAll(async () => {
    tb = await startTestBroker();
    client = await WireClient.connect(tb.broker.port);
    const entity = (pairs: [string, string | null][]) =>
      pairs.map(([entityType, entityName]) => ({ entityType, entityName }));
    const res = await client.request(AlterClientQuotasApi, 1, {
      validateOnly: false,
      entries: [
        { entity: entity([['user', 'alice']]), ops: [{ key: 'producer_byte_rate', value: 100, remove: false }] },
        { entity: entity([['user', null]]), ops: [{ key: 'producer_byte_rate', value: 50, remove: false }] },
        {
          entity: entity([
            ['user', 'alice'],
            ['client-id', 'app'],
          ]),
          ops: [{ key: 'consumer_byte_rate', value: 300, remove: false }],
        },
        { entity: entity([['client-id', 'app']]), ops: [{ key: 'request_percentage', value: 25.5, remove: false }] },
        { entity: entity([['ip', '10.1.1.1']]), ops: [{ key: 'connection_creation_rate', value: 3, remove: false }] },
      ],
    });
    expect(res.entries.map((e) => e.errorCode)).toEqual([0, 0, 0, 0, 0]);
  });
  afterAll(async () => {
    client.destroy();
    await tb.dispose();
  });

  const describeWith = async (components: Component[], strict: boolean, version = 1) => {
    const res = await client.request(DescribeClientQuotasApi, version, { components, strict });
    expect(res.errorCode).toBe(0);
    return res
      .entries!.map((e) => [
        e.entity
          .map((d) => `${d.entityType}=${d.entityName}`)
          .sort()
          .join(','),
        Object.fromEntries(e.values.map((v) => [v.key, v.value])),
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  };

  it.each([0, 1])('v%i matches an exact name, with and without strict', async (version) => {
    const loose = await describeWith([{ entityType: 'user', matchType: EXACT, match: 'alice' }], false, version);
    expect(loose).toEqual([
      ['client-id=app,user=alice', { consumer_byte_rate: 300 }],
      ['user=alice', { producer_byte_rate: 100 }],
    ]);
    expect(await describeWith([{ entityType: 'user', matchType: EXACT, match: 'alice' }], true, version)).toEqual([
      ['user=alice', { producer_byte_rate: 100 }],
    ]);
  });

  it('matches the default entity and any specified name', async () => {
    expect(await describeWith([{ entityType: 'user', matchType: DEFAULT, match: null }], false)).toEqual([
      ['user=null', { producer_byte_rate: 50 }],
    ]);
    expect(
      (await describeWith([{ entityType: 'user', matchType: SPECIFIED, match: null }], true)).map((e) => e[0]),
    ).toEqual(['user=alice', 'user=null']);
    expect(
      (await describeWith([{ entityType: 'client-id', matchType: SPECIFIED, match: null }], false)).map((e) => e[0]),
    ).toEqual(['client-id=app', 'client-id=app,user=alice']);
    expect(await describeWith([{ entityType: 'ip', matchType: EXACT, match: '10.1.1.1' }], true)).toEqual([
      ['ip=10.1.1.1', { connection_creation_rate: 3 }],
    ]);
    expect(await describeWith([{ entityType: 'user', matchType: EXACT, match: 'nobody' }], false)).toEqual([]);
  });

  it('describes everything with no components unless strict', async () => {
    expect(await describeWith([], false)).toHaveLength(5);
    expect(await describeWith([], true)).toEqual([]);
  });

  it.each([
    [
      'an empty entity type',
      [{ entityType: '', matchType: EXACT, match: 'x' }],
      ErrorCode.INVALID_REQUEST,
      'Invalid empty entity type.',
    ],
    [
      'a repeated entity type',
      [
        { entityType: 'user', matchType: EXACT, match: 'x' },
        { entityType: 'user', matchType: SPECIFIED, match: null },
      ],
      ErrorCode.INVALID_REQUEST,
      'Entity type user cannot appear more than once in the filter.',
    ],
    [
      'an unknown entity type',
      [{ entityType: 'group', matchType: EXACT, match: 'x' }],
      ErrorCode.UNSUPPORTED_VERSION,
      'Unsupported entity type group',
    ],
    [
      'EXACT without a name',
      [{ entityType: 'user', matchType: EXACT, match: null }],
      ErrorCode.INVALID_REQUEST,
      'Request specified MATCH_TYPE_EXACT, but set match string to null.',
    ],
    [
      'DEFAULT with a name',
      [{ entityType: 'user', matchType: DEFAULT, match: 'x' }],
      ErrorCode.INVALID_REQUEST,
      'Request specified MATCH_TYPE_DEFAULT, but also specified a match string.',
    ],
    [
      'SPECIFIED with a name',
      [{ entityType: 'user', matchType: SPECIFIED, match: 'x' }],
      ErrorCode.INVALID_REQUEST,
      'Request specified MATCH_TYPE_SPECIFIED, but also specified a match string.',
    ],
    [
      'an unknown match type',
      [{ entityType: 'user', matchType: 9, match: null }],
      ErrorCode.UNSUPPORTED_VERSION,
      'Unknown match type 9',
    ],
    [
      'ip with user',
      [
        { entityType: 'ip', matchType: SPECIFIED, match: null },
        { entityType: 'user', matchType: SPECIFIED, match: null },
      ],
      ErrorCode.INVALID_REQUEST,
      'Invalid entity filter component combination. IP filter component should not be used with user or clientId filter component.',
    ],
  ])('fails the request for %s', async (_what, components, code, message) => {
    const res = await client.request(DescribeClientQuotasApi, 1, { components, strict: false });
    expect(res).toEqual({ throttleTimeMs: 0, errorCode: code, errorMessage: message, entries: null });
  });
});
