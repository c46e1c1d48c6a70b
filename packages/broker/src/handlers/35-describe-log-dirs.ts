/**
 * DescribeLogDirs (KIP-113). Each of the broker's `log.dirs` with the partitions this broker identity holds a
 * replica of in it, as Kafka's ReplicaManager.describeLogDirs answers: every topic with a log in the dir is listed,
 * its partitions filtered to those asked for (null topics = all); partition size is the log's bytes on disk. A replica
 * moving to another dir (AlterReplicaLogDirs) is also listed in the target dir with is_future_key true and its offset
 * lag (how far the future log is behind the current one); the current replica's lag is 0, as in Kafka. v3 adds the top-level error code; v4 (KIP-827) the
 * volume's total and usable bytes from statfs (-1 when the dir cannot be read, as with `samsa.storage=memory`).
 * v2 is flexible. A dir that could not be read at start-up answers KAFKA_STORAGE_ERROR, with no topics.
 * - Needs DESCRIBE on the cluster (CLUSTER_AUTHORIZATION_FAILED), as Kafka.
 */
import {
  DescribeLogDirsApi,
  ErrorCode,
  type DescribeLogDirsMessages,
  type DescribeLogDirsRequest,
  type DescribeLogDirsResponse,
} from '@samsa/protocol';
import { statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Op, requireCluster } from './authorize';
import { defineHandler, type RequestContext } from './handler';

type Result = DescribeLogDirsMessages.DescribeLogDirsResult;
type Partition = DescribeLogDirsMessages.DescribeLogDirsPartition;

export const describeLogDirsHandler = defineHandler<DescribeLogDirsRequest, DescribeLogDirsResponse>({
  api: DescribeLogDirsApi,
  versions: { min: 0, max: 4 },
  handle(ctx, request) {
    requireCluster(ctx, Op.DESCRIBE);
    let wanted: ((topic: string, partition: number) => boolean) | null = null;
    if (request.topics !== null) {
      const set = new Set(request.topics.flatMap((t) => t.partitions.map((p) => `${t.topic}\0${p}`)));
      wanted = (topic, partition) => set.has(`${topic}\0${partition}`);
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, results: describeDirs(ctx, wanted) };
  },
  errorResponse(_request, code) {
    return { throttleTimeMs: 0, errorCode: code, results: [] };
  },
});

function describeDirs(ctx: RequestContext, wanted: ((topic: string, partition: number) => boolean) | null): Result[] {
  const nodeId = ctx.node.nodeId;
  // log dir → topic → partitions of that topic in the dir (a topic appears even when none of its partitions is asked
  // for). This identity's replicas live in its own directory of each log dir (`.replicas/node-<id>` for all but the
  // first identity); they are reported under the log dir itself, as the broker's own.
  const byDir = new Map<string, Map<string, Partition[]>>();
  const logDirOf = new Map<string, string>();
  const own = ctx.replicas.logDirsOf(nodeId);
  ctx.cluster.config.logDirs.forEach((dir, i) => {
    byDir.set(resolve(dir), new Map());
    logDirOf.set(resolve(own[i] ?? dir), resolve(dir));
  });
  for (const topic of ctx.cluster.topics) {
    for (const state of topic.partitions) {
      if (!state.replicas.includes(nodeId)) continue;
      const log = ctx.replicas.replicaLog(topic.name, state.partition, nodeId);
      if (!log) continue;
      const add = (dir: string, partition: Partition): void => {
        const logDir = logDirOf.get(resolve(dirname(dir)));
        const topics = logDir === undefined ? undefined : byDir.get(logDir);
        if (!topics) return;
        let partitions = topics.get(topic.name);
        if (!partitions) topics.set(topic.name, (partitions = []));
        if (wanted === null || wanted(topic.name, state.partition)) partitions.push(partition);
      };
      add(log.dir, { partitionIndex: state.partition, partitionSize: log.size, offsetLag: 0, isFutureKey: false });
      // A replica moving to another dir (AlterReplicaLogDirs) is listed there too, as the future replica it is.
      const future = ctx.replicas.futureReplica(topic.name, state.partition, nodeId);
      if (future) {
        add(future.log.dir, {
          partitionIndex: state.partition,
          partitionSize: future.log.size,
          offsetLag: future.offsetLag,
          isFutureKey: true,
        });
      }
    }
  }
  // A dir that could not be read at start-up answers KAFKA_STORAGE_ERROR with nothing in it (ReplicaManager
  // .describeLogDirs for a dir outside the online ones).
  const offline = new Set<string>();
  for (const dir of ctx.replicas.offlineLogDirsOf(nodeId).keys()) {
    const logDir = logDirOf.get(resolve(dir));
    if (logDir !== undefined) offline.add(logDir);
  }
  return [...byDir].map(([logDir, topics]) => {
    if (offline.has(logDir)) {
      return { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, logDir, topics: [], totalBytes: -1, usableBytes: -1 };
    }
    const { totalBytes, usableBytes } = volumeBytes(logDir);
    return {
      errorCode: ErrorCode.NONE,
      logDir,
      topics: [...topics].map(([name, partitions]) => ({ name, partitions })),
      totalBytes,
      usableBytes,
    };
  });
}

function volumeBytes(dir: string): { totalBytes: number; usableBytes: number } {
  try {
    const s = statfsSync(dir);
    return { totalBytes: s.blocks * s.bsize, usableBytes: s.bavail * s.bsize };
  } catch {
    return { totalBytes: -1, usableBytes: -1 };
  }
}
