// What the cleaner knows of transactions as it walks the log in offset order (Kafka's CleanedTransactionMetadata):
// the aborted transactions ahead (from the transaction indexes, by first offset), which of them it is inside, and
// which producers' committed transactions it saw data of. It decides:
// - a data batch of an aborted transaction is discarded whole, whatever its keys;
// - an ABORT marker is kept while the pass saw data of its transaction (and its transaction index entry is copied
//   into the cleaned segment's), else it may go; a COMMIT marker is kept while the pass saw data of its transaction;
// - a marker that may go is still kept until delete.retention.ms after the pass that first found it alone (the
//   batch's delete horizon), as tombstones are.

import type { AbortedTxn } from '../txn-index';

/** The one record of a marker: key version int16 | type int16 (ControlRecordType: ABORT 0, COMMIT 1). */
export const CONTROL_ABORT = 0;
export const CONTROL_COMMIT = 1;

export class CleanedTxnMetadata {
  readonly #ongoingCommitted = new Set<number>();
  /** Producer id -> its aborted transaction being walked, and whether the pass saw any of its data. */
  readonly #ongoingAborted = new Map<number, { txn: AbortedTxn; sawData: boolean }>();
  /** Aborted transactions not reached yet, by first offset (a sorted queue: they arrive mostly in order). */
  #ahead: AbortedTxn[] = [];
  #next = 0;
  /** Where the index entries of retained ABORT markers go (the cleaned segment's transaction index). */
  onRetainedAbort: ((txn: AbortedTxn) => void) | null = null;

  addAbortedTransactions(txns: readonly AbortedTxn[]): void {
    if (txns.length === 0) return;
    const rest = this.#ahead.slice(this.#next);
    rest.push(...txns);
    rest.sort((a, b) => a.firstOffset - b.firstOffset);
    this.#ahead = rest;
    this.#next = 0;
  }

  #consumeUpTo(offset: number): void {
    const ahead = this.#ahead;
    while (this.#next < ahead.length && (ahead[this.#next] as AbortedTxn).firstOffset <= offset) {
      const txn = ahead[this.#next++] as AbortedTxn;
      if (!this.#ongoingAborted.has(txn.producerId)) this.#ongoingAborted.set(txn.producerId, { txn, sawData: false });
    }
  }

  /**
   * A control batch walked: whether it may be discarded. `type` is its marker's type, or null for a control batch the
   * cleaner already emptied (safe to discard); a type it does not know keeps the batch.
   */
  onControlBatch(producerId: number, lastOffset: number, type: number | null): boolean {
    this.#consumeUpTo(lastOffset);
    if (type === CONTROL_ABORT) {
      const aborted = this.#ongoingAborted.get(producerId);
      this.#ongoingAborted.delete(producerId);
      if (aborted?.sawData) {
        this.onRetainedAbort?.(aborted.txn);
        return false;
      }
      return true;
    }
    if (type === CONTROL_COMMIT) return !this.#ongoingCommitted.delete(producerId);
    return type === null;
  }

  /** A data batch walked: whether it belongs to an aborted transaction (and so is discarded). */
  onDataBatch(producerId: number, lastOffset: number, transactional: boolean): boolean {
    this.#consumeUpTo(lastOffset);
    if (!transactional) return false;
    const aborted = this.#ongoingAborted.get(producerId);
    if (aborted) {
      aborted.sawData = true;
      return true;
    }
    this.#ongoingCommitted.add(producerId);
    return false;
  }
}
