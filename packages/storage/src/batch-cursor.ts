// Walks the batch headers of a segment file through a read window, so scanning many small
// batches costs one read per window rather than one per batch (a view with the native backend,
// one readSync with the fallback).

import { BATCH_HEADER_SIZE, BATCH_LENGTH_OFFSET, LOG_OVERHEAD, BatchHeaderView } from '@samsa/protocol';
import type { SegmentFile } from './io/segment-io';

const WINDOW = 64 * 1024;

export class BatchCursor {
  readonly header = new BatchHeaderView();
  #file: SegmentFile;
  #end: number;
  #win: Buffer = Buffer.alloc(0);
  #winStart = 0;

  /** Scans file bytes [.., end). */
  constructor(file: SegmentFile, end: number) {
    this.#file = file;
    this.#end = end;
  }

  /**
   * Positions `header` on the batch at `position` and returns the batch size, or -1 when the
   * remaining bytes cannot hold a complete batch (a torn tail or the end of the data).
   */
  headerAt(position: number): number {
    if (this.#end - position < BATCH_HEADER_SIZE) return -1;
    const buf = this.bytes(position, BATCH_HEADER_SIZE);
    const at = position - this.#bufStart;
    const size = LOG_OVERHEAD + buf.readInt32BE(at + BATCH_LENGTH_OFFSET);
    if (size < BATCH_HEADER_SIZE || position + size > this.#end) return -1;
    this.header.at(buf, at);
    return size;
  }

  #bufStart = 0;

  /** A buffer holding [position, position + length); its start in file terms is bufferStart. */
  bytes(position: number, length: number): Buffer {
    if (position >= this.#winStart && position + length <= this.#winStart + this.#win.length) {
      this.#bufStart = this.#winStart;
      return this.#win;
    }
    const len = Math.min(Math.max(length, WINDOW), this.#end - position);
    this.#win = this.#file.read(position, len);
    this.#winStart = position;
    this.#bufStart = position;
    return this.#win;
  }

  /** File position of byte 0 of the buffer last returned by bytes()/headerAt(). */
  get bufferStart(): number {
    return this.#bufStart;
  }
}
