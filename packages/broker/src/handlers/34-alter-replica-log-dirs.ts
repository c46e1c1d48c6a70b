/**
 * AlterReplicaLogDirs (KIP-113). Moves this broker's replicas of partitions to other directories of its `log.dirs`: a
 * future log is made in the target dir, filled from the current one in the background while producers and consumers
 * keep going, and swapped in once caught up (replica/log-dir-mover.ts); DescribeLogDirs shows it with is_future_key
 * and its offset lag meanwhile. Each partition's code is Kafka's ReplicaManager.alterReplicaLogDirs's:
 * LOG_DIR_NOT_FOUND for a dir not in `log.dirs`, KAFKA_STORAGE_ERROR for an offline dir or partition,
 * UNKNOWN_TOPIC_OR_PARTITION, REPLICA_NOT_AVAILABLE when this broker holds no replica of it, NONE otherwise (also
 * when the replica is already in that dir). v2 is flexible.
 * - Needs ALTER on the cluster: without it every partition answers CLUSTER_AUTHORIZATION_FAILED (KafkaApis).
 */
import {
  AlterReplicaLogDirsApi,
  ErrorCode,
  type AlterReplicaLogDirsRequest,
  type AlterReplicaLogDirsResponse,
  type ErrorCodeName,
} from '@samsa/protocol';
import { Op, allowsCluster } from './authorize';
import { defineHandler } from './handler';

export const alterReplicaLogDirsHandler = defineHandler<AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse>({
  api: AlterReplicaLogDirsApi,
  versions: { min: 0, max: 2 },
  handle(ctx, request) {
    const authorized = allowsCluster(ctx, Op.ALTER);
    // topic → partition → code, in request order; a partition named twice keeps the last dir, as Kafka's map does.
    const results = new Map<string, Map<number, number>>();
    for (const dir of request.dirs) {
      for (const topic of dir.topics) {
        let partitions = results.get(topic.name);
        if (!partitions) results.set(topic.name, (partitions = new Map()));
        for (const partition of topic.partitions) {
          const name: ErrorCodeName = authorized
            ? ctx.replicas.alterReplicaLogDir(topic.name, partition, ctx.node.nodeId, dir.path)
            : 'CLUSTER_AUTHORIZATION_FAILED';
          partitions.set(partition, ErrorCode[name]);
        }
      }
    }
    return {
      throttleTimeMs: 0,
      results: [...results].map(([topicName, partitions]) => ({
        topicName,
        partitions: [...partitions].map(([partitionIndex, errorCode]) => ({ partitionIndex, errorCode })),
      })),
    };
  },
  errorResponse(request, code) {
    return {
      throttleTimeMs: 0,
      results: request.dirs.flatMap((d) =>
        d.topics.map((t) => ({
          topicName: t.name,
          partitions: t.partitions.map((partitionIndex) => ({ partitionIndex, errorCode: code })),
        })),
      ),
    };
  },
});
