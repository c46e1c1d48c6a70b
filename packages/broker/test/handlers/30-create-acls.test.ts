import { CreateAclsApi, DescribeAclsApi, ErrorCode } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

// ResourceType TOPIC=2 GROUP=3; PatternType LITERAL=3 PREFIXED=4; AclOperation READ=3 WRITE=4; AclPermissionType ALLOW=3.
const creation = {
  resourceType: 2,
  resourceName: 'orders',
  principal: 'User:alice',
  host: '*',
  operation: 3,
  permissionType: 3,
};

describe('CreateAcls', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker();
  });
  afterAll(async () => tb.dispose());

  it.each([0, 1, 2, 3])('v%i answers SECURITY_DISABLED for every creation and stores nothing', async (version) => {
    const client = await WireClient.connect(tb.broker.port);
    const pattern = version >= 1 ? { resourcePatternType: 4 } : {};
    const res = await client.request(CreateAclsApi, version, {
      creations: [
        { ...creation, ...pattern },
        { ...creation, resourceType: 3, resourceName: 'g', operation: 4, ...pattern },
      ],
    });
    const result = { errorCode: ErrorCode.SECURITY_DISABLED, errorMessage: 'No Authorizer is configured.' };
    expect(res).toEqual({ throttleTimeMs: 0, results: [result, result] });
    const described = await client.request(DescribeAclsApi, 1, {
      resourceTypeFilter: 1,
      resourceNameFilter: null,
      patternTypeFilter: 1,
      principalFilter: null,
      hostFilter: null,
      operation: 1,
      permissionType: 1,
    });
    expect(described.resources).toEqual([]);
    client.destroy();
  });

  it('answers an empty creation list with no results', async () => {
    const client = await WireClient.connect(tb.broker.port);
    expect(await client.request(CreateAclsApi, 2, { creations: [] })).toEqual({ throttleTimeMs: 0, results: [] });
    client.destroy();
  });

  it('closes the connection when a creation holds an UNKNOWN element', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await expect(
      client.request(CreateAclsApi, 1, {
        creations: [
          { ...creation, resourcePatternType: 3 },
          { ...creation, operation: 0, resourcePatternType: 3 },
        ],
      }),
    ).rejects.toThrow('connection closed');
    expect(client.isClosed).toBe(true);
  });
});
