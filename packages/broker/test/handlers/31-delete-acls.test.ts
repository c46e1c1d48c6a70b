import { DeleteAclsApi, ErrorCode } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

// ResourceType ANY=1 TOPIC=2; PatternType ANY=1; AclOperation ANY=1; AclPermissionType ANY=1.
const filter = {
  resourceTypeFilter: 2,
  resourceNameFilter: null,
  principalFilter: 'User:alice',
  hostFilter: null,
  operation: 1,
  permissionType: 1,
};

describe('DeleteAcls', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker();
  });
  afterAll(async () => tb.dispose());

  it.each([0, 1, 2, 3])('v%i answers SECURITY_DISABLED for every filter with nothing matched', async (version) => {
    const client = await WireClient.connect(tb.broker.port);
    const pattern = version >= 1 ? { patternTypeFilter: 1 } : {};
    const res = await client.request(DeleteAclsApi, version, {
      filters: [
        { ...filter, ...pattern },
        { ...filter, resourceTypeFilter: 1, ...pattern },
      ],
    });
    const result = {
      errorCode: ErrorCode.SECURITY_DISABLED,
      errorMessage: 'No Authorizer is configured.',
      matchingAcls: [],
    };
    expect(res).toEqual({ throttleTimeMs: 0, filterResults: [result, result] });
    client.destroy();
  });

  it('closes the connection when a filter holds an UNKNOWN element', async () => {
    const client = await WireClient.connect(tb.broker.port);
    await expect(
      client.request(DeleteAclsApi, 2, { filters: [{ ...filter, patternTypeFilter: 1, permissionType: 0 }] }),
    ).rejects.toThrow('connection closed');
    expect(client.isClosed).toBe(true);
  });
});
