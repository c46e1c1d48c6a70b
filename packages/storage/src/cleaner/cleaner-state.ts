// What the log cleaner reads of a partition log and keeps on it.

/** The last batch of an active producer (Kafka's LastRecord): the cleaner keeps it so the producer state survives. */
export interface LastRecord {
  /** Last offset of the producer's last data batch; -1 when its last entry is a marker. */
  readonly lastDataOffset: number;
  readonly producerEpoch: number;
}

/** What the log cleaner did to a partition so far (DescribeLogDirs, metrics, the control API). */
export interface CleanerState {
  /** The first offset not cleaned yet (the cleaner checkpoint). */
  firstDirtyOffset: number;
  /** When the last pass over this log ended (ms), -1 before the first. */
  lastCleanTimeMs: number;
  /** Bytes of log read by every pass since the log was opened. */
  bytesCleaned: number;
  /** Bytes and records removed by every pass since the log was opened. */
  bytesRemoved: number;
  recordsRemoved: number;
  passes: number;
  /** Why the last pass failed (the log is skipped by background cleaning until a restart), or null. */
  error: string | null;
}
