/**
 * Drives a TransactionCoordinatorService in tests: memory logs per `__transaction_state` partition (kept across
 * restarts), a manual clock, a producer id counter and a marker writer that records every marker and can be told
 * to fail partitions.
 */
import type { ErrorName } from '@samsa/protocol';
import { ManualScheduler } from '../../src/runtime/scheduler';
import type { TxnMarkerOutcome, TxnMarkerRequest, TxnMarkerWriter } from '../../src/txn/markers';
import type { TransactionCoordinatorConfig } from '../../src/txn/config';
import { TransactionCoordinatorService } from '../../src/txn/service';
import { MemoryLogs, silent } from './harness';

export const PARTITIONS = 3;

export class RecordingMarkers implements TxnMarkerWriter {
  readonly written: TxnMarkerRequest[] = [];
  /** topic-partition → error name returned until cleared. */
  readonly failing = new Map<string, ErrorName>();

  write(marker: TxnMarkerRequest): TxnMarkerOutcome[] {
    const out: TxnMarkerOutcome[] = [];
    const done: { topic: string; partition: number }[] = [];
    for (const p of marker.partitions) {
      const errorName = this.failing.get(`${p.topic}-${p.partition}`) ?? null;
      out.push({ topic: p.topic, partition: p.partition, errorName });
      if (errorName === null) done.push(p);
    }
    if (done.length > 0) this.written.push({ ...marker, partitions: done });
    return out;
  }
}

export class Counter {
  next = 1000;
  generate(): number {
    return this.next++;
  }
}

export interface TxnHarness {
  readonly service: TransactionCoordinatorService;
  readonly scheduler: ManualScheduler;
  readonly logs: MemoryLogs;
  readonly markers: RecordingMarkers;
  readonly ids: Counter;
  restart(): Promise<TxnHarness>;
}

export async function txnHarness(
  config: Partial<TransactionCoordinatorConfig> = {},
  logs = new MemoryLogs(),
  scheduler = new ManualScheduler(),
  markers = new RecordingMarkers(),
  ids = new Counter(),
): Promise<TxnHarness> {
  const service = new TransactionCoordinatorService({
    logs,
    logger: silent,
    scheduler,
    markers,
    producerIds: ids,
    coordinatorEpoch: () => 7,
    config: { transactionTopicPartitions: PARTITIONS, ...config },
  });
  await service.load(Array.from({ length: PARTITIONS }, (_, i) => i));
  return {
    service,
    scheduler,
    logs,
    markers,
    ids,
    async restart() {
      service.close();
      return txnHarness(config, logs, scheduler, markers, ids);
    },
  };
}
