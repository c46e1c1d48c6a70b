/**
 * Topic and partition metrics, read from the hosted partitions when scraped:
 *   samsa_topic_bytes_in_total{topic}                 counter   bytes appended (produce and coordinator writes)
 *   samsa_topic_bytes_out_total{topic}                counter   record bytes returned to fetching clients
 *   samsa_topic_records_appended_total{topic}         counter
 *   samsa_partitions                                  gauge     partitions hosted
 *   samsa_partition_log_end_offset{topic,partition}   gauge
 *   samsa_partition_high_watermark{topic,partition}   gauge
 * Counters start at zero when this process opens a partition and go away with a deleted topic.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ReplicaManager } from '../replica-manager';
import type { PartitionTraffic } from './partition-traffic';

export function registerPartitionMetrics(registry: Registry, replicas: ReplicaManager): void {
  const byTopic = (
    field: keyof Pick<PartitionTraffic, 'bytesIn' | 'bytesOut' | 'recordsAppended'>,
  ): Map<string, number> => {
    const totals = new Map<string, number>();
    for (const p of replicas.partitions()) {
      if (p.deleted) continue;
      totals.set(p.topic.name, (totals.get(p.topic.name) ?? 0) + p.traffic[field]);
    }
    return totals;
  };
  const topicCounter = (name: string, help: string, field: 'bytesIn' | 'bytesOut' | 'recordsAppended'): void => {
    new Counter({
      name,
      help,
      labelNames: ['topic'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [topic, total] of byTopic(field)) this.inc({ topic }, total);
      },
    });
  };
  topicCounter(
    'samsa_topic_bytes_in_total',
    "Bytes appended to the topic's partitions (produce and coordinator writes)",
    'bytesIn',
  );
  topicCounter('samsa_topic_bytes_out_total', 'Record bytes of the topic returned to fetching clients', 'bytesOut');
  topicCounter('samsa_topic_records_appended_total', "Records appended to the topic's partitions", 'recordsAppended');

  new Gauge({
    name: 'samsa_partitions',
    help: 'Partitions hosted by this process, internal topics included',
    registers: [registry],
    collect() {
      let n = 0;
      for (const p of replicas.partitions()) if (!p.deleted) n++;
      this.set(n);
    },
  });
  const partitionGauge = (
    name: string,
    help: string,
    read: (log: { logEndOffset: number; highWatermark: number }) => number,
  ): void => {
    new Gauge({
      name,
      help,
      labelNames: ['topic', 'partition'],
      registers: [registry],
      collect() {
        this.reset();
        for (const p of replicas.partitions()) {
          if (!p.deleted) this.set({ topic: p.topic.name, partition: String(p.index) }, read(p.log));
        }
      },
    });
  };
  partitionGauge(
    'samsa_partition_log_end_offset',
    "Offset the next record appended to the partition gets (its leader's log)",
    (log) => log.logEndOffset,
  );
  partitionGauge(
    'samsa_partition_high_watermark',
    "Offset up to which the partition's records are committed and readable by consumers",
    (log) => log.highWatermark,
  );
}
