/**
 * What a cluster is made of: DescribeCluster (KIP-700) when the broker serves it, else Metadata (an older broker,
 * librdkafka's mock), and the size of each partition on disk from DescribeLogDirs (KIP-113), asked of every broker.
 */
import { DescribeClusterApi, DescribeLogDirsApi } from '@samsa/protocol';
import type { BrokerInfo, KafkaClient } from './client';
import { throwIfError, UnsupportedApiError } from './errors';

export interface ClusterDescription {
  readonly clusterId: string | null;
  readonly controllerId: number;
  readonly brokers: readonly BrokerInfo[];
}

export async function describeCluster(client: KafkaClient): Promise<ClusterDescription> {
  return client.retrying(async () => {
    const conn = await client.anyConnection();
    if (conn.versions(DescribeClusterApi) === null) {
      const md = await client.metadata([]);
      return { clusterId: md.clusterId, controllerId: md.controllerId, brokers: md.brokers };
    }
    const { response } = await conn.send(DescribeClusterApi, () => ({ includeClusterAuthorizedOperations: false }));
    throwIfError(response.errorCode, response.errorMessage, conn.broker, 'DescribeCluster');
    return {
      clusterId: response.clusterId,
      controllerId: response.controllerId,
      brokers: response.brokers
        .map((b) => ({ nodeId: b.brokerId, host: b.host, port: b.port, rack: b.rack }))
        .sort((a, b) => a.nodeId - b.nodeId),
    };
  });
}

export interface ReplicaSize {
  readonly broker: number;
  readonly topic: string;
  readonly partition: number;
  readonly size: number;
}

/**
 * Bytes on disk of each replica of the topics (all topics for null), by broker. A broker that does not serve
 * DescribeLogDirs is left out.
 */
export async function replicaSizes(
  client: KafkaClient,
  brokers: readonly number[],
  topics: readonly { topic: string; partitions: readonly number[] }[] | null,
): Promise<ReplicaSize[]> {
  const perBroker = await Promise.all(
    brokers.map(async (nodeId) => {
      try {
        const { response, broker } = await client.sendTo(nodeId, DescribeLogDirsApi, () => ({
          topics: topics?.map((t) => ({ topic: t.topic, partitions: [...t.partitions] })) ?? null,
        }));
        throwIfError(response.errorCode ?? 0, null, broker, 'DescribeLogDirs');
        return response.results.flatMap((dir) =>
          dir.topics.flatMap((t) =>
            t.partitions
              .filter((p) => !p.isFutureKey)
              .map((p) => ({ broker: nodeId, topic: t.name, partition: p.partitionIndex, size: p.partitionSize })),
          ),
        );
      } catch (err) {
        if (err instanceof UnsupportedApiError) return [];
        throw err;
      }
    }),
  );
  return perBroker.flat();
}
