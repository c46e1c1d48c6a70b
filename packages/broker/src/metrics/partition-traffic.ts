/**
 * What went through one partition since this process opened it: bytes appended (produce and coordinator writes),
 * bytes fetched by clients, records appended. Plain fields bumped on the produce and fetch paths; the metrics
 * registry sums them by topic when scraped.
 */
export class PartitionTraffic {
  bytesIn = 0;
  bytesOut = 0;
  recordsAppended = 0;

  /** An append of `bytes` that assigned offsets `baseOffset`..`lastOffset`; a retried duplicate wrote nothing. */
  appended(bytes: number, baseOffset: number, lastOffset: number, duplicate: boolean | undefined): void {
    if (duplicate) return;
    this.bytesIn += bytes;
    this.recordsAppended += lastOffset - baseOffset + 1;
  }
}
