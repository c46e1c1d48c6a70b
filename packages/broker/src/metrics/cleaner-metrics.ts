/**
 * The log cleaner's state per compacted partition (its leader's log), read when scraped:
 *   samsa_partition_cleaner_dirty_ratio{topic,partition}                  gauge    share of the log a pass would clean now
 *   samsa_partition_cleaner_last_clean_timestamp_seconds{topic,partition} gauge    end of the last pass (absent before one)
 *   samsa_partition_cleaner_bytes_cleaned_total{topic,partition}          counter  log bytes read by the passes
 *   samsa_partition_cleaner_bytes_removed_total{topic,partition}          counter  bytes the passes removed
 *   samsa_partition_cleaner_records_removed_total{topic,partition}        counter  records the passes removed
 * The dirty ratio is Kafka's LogToClean.cleanableRatio (LogCleanerManager's max-dirty-percent, per partition); the
 * counters start at zero when this process opens the partition.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import { logToClean, type CleanerState, type PartitionLog } from '@samsa/storage';
import type { ReplicaManager } from '../replica-manager';

export function registerCleanerMetrics(registry: Registry, replicas: ReplicaManager): void {
  const compacted = function* (): Iterable<{ labels: { topic: string; partition: string }; log: PartitionLog }> {
    for (const p of replicas.partitions()) {
      if (p.deleted || !p.log.config.compact || p.log.closed) continue;
      yield { labels: { topic: p.topic.name, partition: String(p.index) }, log: p.log };
    }
  };
  new Gauge({
    name: 'samsa_partition_cleaner_dirty_ratio',
    help: 'Share of the compacted partition the log cleaner would clean now (dirty bytes over bytes up to them)',
    labelNames: ['topic', 'partition'],
    registers: [registry],
    collect() {
      this.reset();
      const now = replicas.clock();
      for (const { labels, log } of compacted()) this.set(labels, logToClean(log, now).cleanableRatio);
    },
  });
  new Gauge({
    name: 'samsa_partition_cleaner_last_clean_timestamp_seconds',
    help: "When the log cleaner's last pass over the compacted partition ended",
    labelNames: ['topic', 'partition'],
    registers: [registry],
    collect() {
      this.reset();
      for (const { labels, log } of compacted()) {
        const at = log.cleanerState.lastCleanTimeMs;
        if (at >= 0) this.set(labels, at / 1000);
      }
    },
  });
  const counter = (
    name: string,
    help: string,
    field: keyof Pick<CleanerState, 'bytesCleaned' | 'bytesRemoved' | 'recordsRemoved'>,
  ): void => {
    new Counter({
      name,
      help,
      labelNames: ['topic', 'partition'],
      registers: [registry],
      collect() {
        this.reset();
        for (const { labels, log } of compacted()) this.inc(labels, log.cleanerState[field]);
      },
    });
  };
  counter(
    'samsa_partition_cleaner_bytes_cleaned_total',
    'Log bytes the cleaner read in its passes over the partition',
    'bytesCleaned',
  );
  counter(
    'samsa_partition_cleaner_bytes_removed_total',
    'Bytes the cleaner removed from the partition',
    'bytesRemoved',
  );
  counter(
    'samsa_partition_cleaner_records_removed_total',
    'Records the cleaner removed from the partition',
    'recordsRemoved',
  );
}
