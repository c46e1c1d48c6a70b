/**
 * Cuts Kafka request frames out of socket chunks. A frame is `int32 size` followed by `size` bytes; the frame handed
 * on is the payload only. Frames that lie inside one chunk are passed on as `subarray` views of it; only a frame that
 * spans chunks is copied, once, into a buffer of exactly its size. The size prefix is checked against the limit
 * (`socket.request.max.bytes`) before anything is allocated; a negative or oversized prefix stops the reader for good
 * and reports the size, so the connection can be closed.
 */
export interface FrameSink {
  frame(payload: Buffer): void;
  /** The reader has stopped; nothing more will be delivered. */
  invalidSize(size: number, maxBytes: number): void;
}

export class FrameReader {
  readonly #maxBytes: number;
  readonly #sink: FrameSink;
  /** Chunks of an incomplete frame (or of an incomplete size prefix). */
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  /** Payload size of the pending frame, or -1 while its prefix is still incomplete. */
  #pendingSize = -1;
  #stopped = false;

  constructor(maxBytes: number, sink: FrameSink) {
    this.#maxBytes = maxBytes;
    this.#sink = sink;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Bytes buffered for a frame that has not completed yet. */
  get bufferedBytes(): number {
    return this.#pendingBytes;
  }

  push(chunk: Buffer): void {
    if (this.#stopped || chunk.length === 0) return;
    if (this.#pendingBytes === 0) {
      this.#scan(chunk);
      return;
    }
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    if (this.#pendingSize < 0) {
      if (this.#pendingBytes < 4) return;
      const size = this.#readPendingPrefix();
      if (!this.#accept(size)) return;
      this.#pendingSize = size;
    }
    const total = 4 + this.#pendingSize;
    if (this.#pendingBytes < total) return;
    const { frame, rest } = this.#assemble(total);
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#pendingSize = -1;
    this.#sink.frame(frame);
    if (rest.length > 0) this.#scan(rest);
  }

  /** Delivers every whole frame in `chunk` as a view; keeps the tail as pending. */
  #scan(chunk: Buffer): void {
    let offset = 0;
    while (!this.#stopped) {
      const remaining = chunk.length - offset;
      if (remaining < 4) break;
      const size = chunk.readInt32BE(offset);
      if (!this.#accept(size)) return;
      if (remaining < 4 + size) {
        this.#pendingSize = size;
        break;
      }
      const frame = chunk.subarray(offset + 4, offset + 4 + size);
      offset += 4 + size;
      this.#sink.frame(frame);
    }
    if (!this.#stopped && offset < chunk.length) {
      this.#pending.push(chunk.subarray(offset));
      this.#pendingBytes = chunk.length - offset;
    }
  }

  #accept(size: number): boolean {
    if (size >= 0 && size <= this.#maxBytes) return true;
    this.#stopped = true;
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#sink.invalidSize(size, this.#maxBytes);
    return false;
  }

  #readPendingPrefix(): number {
    const prefix = Buffer.allocUnsafe(4);
    let filled = 0;
    for (const part of this.#pending) {
      const n = Math.min(4 - filled, part.length);
      part.copy(prefix, filled, 0, n);
      filled += n;
      if (filled === 4) break;
    }
    return prefix.readInt32BE(0);
  }

  /** Copies the first `total` pending bytes (prefix included) into one payload buffer; returns what follows. */
  #assemble(total: number): { frame: Buffer; rest: Buffer } {
    const frame = Buffer.allocUnsafe(total - 4);
    let skip = 4;
    let written = 0;
    let rest: Buffer = Buffer.alloc(0);
    for (const part of this.#pending) {
      let start = 0;
      if (skip > 0) {
        start = Math.min(skip, part.length);
        skip -= start;
      }
      const want = frame.length - written;
      const take = Math.min(want, part.length - start);
      if (take > 0) {
        part.copy(frame, written, start, start + take);
        written += take;
      }
      if (start + take < part.length && written === frame.length && skip === 0) {
        rest = part.subarray(start + take);
      }
    }
    return { frame, rest };
  }
}
