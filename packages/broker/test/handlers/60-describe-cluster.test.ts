import { DescribeClusterApi, ErrorCode } from '@samsa/protocol';
import { WireClient } from '../helpers/wire-client';
import { startTestBroker, type TestBroker } from '../helpers/test-broker';

describe('DescribeCluster', () => {
  let tb: TestBroker;
  beforeAll(async () => {
    tb = await startTestBroker({ 'samsa.broker.count': 3, 'node.id': 5 });
  });
  afterAll(async () => tb.dispose());

  it.each([0, 1])('v%i lists every broker identity, the controller and the cluster id', async (version) => {
    const client = await WireClient.connect(tb.broker.nodes[1]!.port);
    const res = await client.request(DescribeClusterApi, version, {
      includeClusterAuthorizedOperations: false,
      endpointType: 1,
    });
    expect(res.errorCode).toBe(0);
    expect(res.clusterId).toBe(tb.broker.clusterId);
    expect(res.controllerId).toBe(5);
    expect(res.brokers.map((b) => b.brokerId)).toEqual([5, 6, 7]);
    expect(res.brokers.map((b) => b.port)).toEqual(tb.broker.nodes.map((n) => n.port));
    expect(new Set(res.brokers.map((b) => b.port)).size).toBe(3);
    expect(res.clusterAuthorizedOperations).toBe(-2147483648);
    client.destroy();
  });

  it('v1 rejects controller endpoints and unknown endpoint types', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const controllers = await client.request(DescribeClusterApi, 1, {
      includeClusterAuthorizedOperations: false,
      endpointType: 2,
    });
    expect(controllers.errorCode).toBe(ErrorCode.MISMATCHED_ENDPOINT_TYPE);
    expect(controllers.errorMessage).toMatch(/CONTROLLER/);
    const unknown = await client.request(DescribeClusterApi, 1, {
      includeClusterAuthorizedOperations: false,
      endpointType: 9,
    });
    expect(unknown.errorCode).toBe(ErrorCode.UNSUPPORTED_ENDPOINT_TYPE);
    client.destroy();
  });

  it('reports cluster authorized operations when asked', async () => {
    const client = await WireClient.connect(tb.broker.port);
    const res = await client.request(DescribeClusterApi, 0, { includeClusterAuthorizedOperations: true });
    expect(res.clusterAuthorizedOperations).toBeGreaterThan(0);
    client.destroy();
  });
});
