// The transaction index (`<base offset>.txnindex`), Kafka's TransactionIndex: one entry per aborted transaction
// whose ABORT marker lies in the segment, in marker order. Each 34-byte entry (Kafka's AbortedTxn):
//
//   0   2  version            int16  (0)
//   2   8  producer id        int64
//   10  8  first offset       int64  first offset of the transaction
//   18  8  last offset        int64  offset of its ABORT marker
//   26  8  last stable offset int64  the partition's LSO once the marker was written
//
// A read_committed fetch asks every segment from the one holding the fetch offset for the aborted transactions that
// overlap the fetched range; the last stable offset lets the search stop early: a transaction aborted later but
// started before the range's end would still have been open when this entry was written, holding its LSO below
// that end.
//
// The file is created on the first entry (most segments never see an abort) and written through a SegmentFile, so
// it has the same backends as the log. Entries are also kept in memory, read from the file on first use.

import { readInt64, writeInt64 } from '@samsa/protocol';
import type { SegmentFile, SegmentIO } from './io/segment-io';
import { fail } from './offsets';

export const TXN_INDEX_SUFFIX = '.txnindex';
export const ABORTED_TXN_SIZE = 34;
const ABORTED_TXN_VERSION = 0;

export interface AbortedTxn {
  readonly producerId: number;
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly lastStableOffset: number;
}

export interface TxnIndexSearchResult {
  readonly abortedTransactions: AbortedTxn[];
  /** No later segment can hold an aborted transaction starting before the upper bound. */
  readonly isComplete: boolean;
}

export class TransactionIndex {
  readonly path: string;
  readonly #io: SegmentIO;
  /** Open only once written to (or truncated); null otherwise. */
  #file: SegmentFile | null = null;
  #entries: AbortedTxn[] | null = null;
  /** The file held a whole number of entries when the segment was opened (Kafka's sanityCheck). */
  readonly wholeEntries: boolean;

  constructor(io: SegmentIO, path: string) {
    this.#io = io;
    this.path = path;
    const size = io.fileSize(path);
    this.wholeEntries = size === null || size % ABORTED_TXN_SIZE === 0;
  }

  /** The entries, oldest first (read from the file on first use). */
  entries(): readonly AbortedTxn[] {
    return this.#load();
  }

  #load(): AbortedTxn[] {
    if (this.#entries !== null) return this.#entries;
    const out: AbortedTxn[] = [];
    const bytes = this.#file ? this.#file.read(0, this.#file.size()) : this.#io.readFile(this.path);
    if (bytes !== null) {
      for (let p = 0; p + ABORTED_TXN_SIZE <= bytes.length; p += ABORTED_TXN_SIZE) {
        const version = bytes.readInt16BE(p);
        if (version !== ABORTED_TXN_VERSION)
          fail(`transaction index ${this.path} has an entry of unknown version ${version}`);
        out.push({
          producerId: readInt64(bytes, p + 2),
          firstOffset: readInt64(bytes, p + 10),
          lastOffset: readInt64(bytes, p + 18),
          lastStableOffset: readInt64(bytes, p + 26),
        });
      }
    }
    this.#entries = out;
    return out;
  }

  #open(): SegmentFile {
    this.#file ??= this.#io.openSegment(this.path);
    return this.#file;
  }

  append(txn: AbortedTxn): void {
    const entries = this.#load();
    const last = entries[entries.length - 1];
    if (last !== undefined && txn.lastOffset <= last.lastOffset) {
      fail(`aborted transactions in ${this.path} must move forward: ${txn.lastOffset} is not above ${last.lastOffset}`);
    }
    const buf = Buffer.allocUnsafe(ABORTED_TXN_SIZE);
    buf.writeInt16BE(ABORTED_TXN_VERSION, 0);
    writeInt64(buf, 2, txn.producerId);
    writeInt64(buf, 10, txn.firstOffset);
    writeInt64(buf, 18, txn.lastOffset);
    writeInt64(buf, 26, txn.lastStableOffset);
    const file = this.#open();
    const size = entries.length * ABORTED_TXN_SIZE;
    // A torn entry left by a failed write is cut before the next one.
    if (file.size() !== size) file.truncate(size);
    try {
      file.append([buf]);
    } catch (err) {
      file.truncate(size);
      throw err;
    }
    entries.push({
      producerId: txn.producerId,
      firstOffset: txn.firstOffset,
      lastOffset: txn.lastOffset,
      lastStableOffset: txn.lastStableOffset,
    });
  }

  /** Aborted transactions with lastOffset >= fetchOffset and firstOffset < upperBoundOffset (Kafka's collectAbortedTxns). */
  collectAbortedTxns(fetchOffset: number, upperBoundOffset: number): TxnIndexSearchResult {
    const found: AbortedTxn[] = [];
    for (const txn of this.#load()) {
      if (txn.lastOffset >= fetchOffset && txn.firstOffset < upperBoundOffset) found.push(txn);
      if (txn.lastStableOffset >= upperBoundOffset) return { abortedTransactions: found, isComplete: true };
    }
    return { abortedTransactions: found, isComplete: false };
  }

  /** Drops the entries whose marker is at or after `offset` (the log is cut there). */
  truncateTo(offset: number): void {
    const entries = this.#load();
    let keep = entries.length;
    while (keep > 0 && (entries[keep - 1] as AbortedTxn).lastOffset >= offset) keep--;
    this.#truncateEntries(keep);
  }

  /** Drops every entry (the segment is being rebuilt). */
  reset(): void {
    this.#load();
    this.#truncateEntries(0);
  }

  #truncateEntries(keep: number): void {
    const entries = this.#load();
    const size = keep * ABORTED_TXN_SIZE;
    if (this.#file) {
      if (this.#file.size() !== size) this.#file.truncate(size);
    } else {
      const onDisk = this.#io.fileSize(this.path);
      if (onDisk !== null && onDisk !== size) this.#open().truncate(size);
    }
    entries.length = keep;
  }

  flush(): void {
    this.#file?.flush();
  }

  close(): void {
    this.#file?.close();
    this.#file = null;
  }
}
