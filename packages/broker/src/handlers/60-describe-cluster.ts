/**
 * DescribeCluster (KIP-700). The cluster id, the controller id and every live broker (with its address on the
 * listener the request came in on).
 * - v1 adds EndpointType (KIP-919): 1 = brokers is served; 2 = controllers gets MISMATCHED_ENDPOINT_TYPE (this is a
 *   broker endpoint); any other value UNSUPPORTED_ENDPOINT_TYPE.
 * - No authorization check of its own (as Kafka); ClusterAuthorizedOperations is INT32_MIN unless requested, 0 without
 *   DESCRIBE on the cluster, else the cluster operations the authorizer allows (all of them without an authorizer).
 */
import {
  DescribeClusterApi,
  ErrorCode,
  type DescribeClusterRequest,
  type DescribeClusterResponse,
} from '@samsa/protocol';
import { KafkaError } from '../errors';
import { clusterAuthorizedOperations } from './authorize';
import { defineHandler } from './handler';

const ENDPOINT_BROKERS = 1;
const ENDPOINT_CONTROLLERS = 2;

export const describeClusterHandler = defineHandler<DescribeClusterRequest, DescribeClusterResponse>({
  api: DescribeClusterApi,
  versions: { min: 0, max: 1 },
  handle(ctx, request) {
    const endpointType = request.endpointType ?? ENDPOINT_BROKERS;
    if (endpointType === ENDPOINT_CONTROLLERS) {
      throw new KafkaError(
        'MISMATCHED_ENDPOINT_TYPE',
        'The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type CONTROLLER',
      );
    }
    if (endpointType !== ENDPOINT_BROKERS)
      throw new KafkaError('UNSUPPORTED_ENDPOINT_TYPE', `Unsupported endpoint type ${endpointType}`);
    const { cluster } = ctx;
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      endpointType,
      clusterId: cluster.clusterId,
      controllerId: cluster.controllerId,
      brokers: cluster
        .brokersOn(ctx.auth.listenerName)
        .map((b) => ({ brokerId: b.nodeId, host: b.host, port: b.port, rack: b.rack })),
      clusterAuthorizedOperations: clusterAuthorizedOperations(ctx, request.includeClusterAuthorizedOperations),
    };
  },
  errorResponse(request, code, message) {
    return {
      ...DescribeClusterApi.defaultResponse(),
      errorCode: code,
      errorMessage: message,
      endpointType: request.endpointType ?? ENDPOINT_BROKERS,
    };
  },
});
