import { DescribeAclsApi, ErrorCode } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

// ResourceType ANY=1 TOPIC=2; PatternType ANY=1 LITERAL=3; AclOperation ANY=1; AclPermissionType ANY=1.
const filter = {
  resourceTypeFilter: 2,
  resourceNameFilter: 'orders',
  principalFilter: null,
  hostFilter: null,
  operation: 1,
  permissionType: 1,
};

describe('DescribeAcls', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker();
  });
  afterAll(async () => tb.dispose());

  it.each([0, 1, 2, 3])('v%i answers SECURITY_DISABLED: there is no authorizer', async (version) => {
    const client = await WireClient.connect(tb.broker.port);
    const res = await client.request(DescribeAclsApi, version, {
      ...filter,
      ...(version >= 1 ? { patternTypeFilter: 1 } : {}),
    });
    expect(res).toEqual({
      throttleTimeMs: 0,
      errorCode: ErrorCode.SECURITY_DISABLED,
      errorMessage: 'No Authorizer is configured on the broker',
      resources: [],
    });
    client.destroy();
  });

  it.each([
    ['resource type', { resourceTypeFilter: 0 }],
    ['pattern type', { patternTypeFilter: 0 }],
    ['operation', { operation: 0 }],
    ['permission type', { permissionType: 0 }],
  ])('closes the connection for an UNKNOWN %s, as Kafka fails to parse the request', async (_what, change) => {
    const client = await WireClient.connect(tb.broker.port);
    await expect(client.request(DescribeAclsApi, 2, { ...filter, patternTypeFilter: 3, ...change })).rejects.toThrow(
      'connection closed',
    );
    expect(client.isClosed).toBe(true);
  });
});
