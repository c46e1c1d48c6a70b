/**
 * `<log dir>/meta.properties`, as a KRaft Kafka node writes it (version 1):
 *   cluster.id=<22-char Kafka UUID>   directory.id=<UUID>   node.id=<int>   version=1
 * The first start generates the cluster id; later starts read it back. A stored node id or cluster id that differs
 * from the configured one stops the broker, as Kafka refuses to start on another node's data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUuid } from '@samsa/protocol';
import { parseProperties } from '../config/properties';
import { writeFileAtomic } from './durable-file';

export class MetaPropertiesError extends Error {
  override readonly name = 'MetaPropertiesError';
}

export interface MetaProperties {
  readonly clusterId: string;
  readonly nodeId: number;
}

/** Reads or creates meta.properties in every log dir and returns the cluster id they agree on. */
export function ensureMetaProperties(
  logDirs: readonly string[],
  nodeId: number,
  clusterIdOverride: string | null,
): MetaProperties {
  let clusterId = clusterIdOverride;
  const missing: string[] = [];
  for (const dir of logDirs) {
    const file = join(dir, 'meta.properties');
    if (!existsSync(file)) {
      missing.push(dir);
      continue;
    }
    const props = parseProperties(readFileSync(file, 'utf8'));
    const storedCluster = props.get('cluster.id');
    const storedNode = props.get('node.id');
    if (props.get('version') !== '1' || storedCluster === undefined || storedNode === undefined) {
      throw new MetaPropertiesError(`${file} is not a version 1 meta.properties with cluster.id and node.id`);
    }
    if (Number(storedNode) !== nodeId) {
      throw new MetaPropertiesError(
        `Stored node id ${storedNode} in ${file} doesn't match configured node.id ${nodeId}`,
      );
    }
    if (clusterId !== null && storedCluster !== clusterId) {
      throw new MetaPropertiesError(`Invalid cluster.id in ${file}: expected ${clusterId}, but read ${storedCluster}`);
    }
    clusterId = storedCluster;
  }
  const id = clusterId ?? randomUuid();
  for (const dir of missing) {
    const content = [
      '#',
      `#${new Date().toString()}`,
      `cluster.id=${id}`,
      `directory.id=${randomUuid()}`,
      `node.id=${nodeId}`,
      'version=1',
      '',
    ].join('\n');
    writeFileAtomic(join(dir, 'meta.properties'), content);
  }
  return { clusterId: id, nodeId };
}
