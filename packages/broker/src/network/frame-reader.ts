/**
 * Cuts Kafka request frames out of socket chunks. A frame is `int32 size` followed by `size` bytes; the frame handed
 * on is the payload only. Frames that lie inside one chunk are passed on as `subarray` views of it. A frame that
 * spans chunks gets a buffer of exactly its size as soon as its prefix is read (as Kafka's NetworkReceive allocates
 * its payload buffer), and each chunk is copied into it as it arrives, while the chunk is still in the CPU's cache:
 * joining a megabyte frame's sixteen 64 KiB chunks at the end read them all back from memory. The size prefix is
 * checked against the limit (`socket.request.max.bytes`) before anything is allocated; a negative or oversized prefix
 * stops the reader for good and reports the size, so the connection can be closed.
 */
export interface FrameSink {
  frame(payload: Buffer): void;
  /** The reader has stopped; nothing more will be delivered. */
  invalidSize(size: number, maxBytes: number): void;
}

const EMPTY = Buffer.alloc(0);

export class FrameReader {
  readonly #maxBytes: number;
  readonly #sink: FrameSink;
  /** A size prefix split across chunks, and how many of its bytes have arrived. */
  readonly #prefix = Buffer.alloc(4);
  #prefixFill = 0;
  /** The payload of a frame that spans chunks, and how much of it has arrived; null between frames. */
  #frame: Buffer | null = null;
  #filled = 0;
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
    return this.#frame !== null ? 4 + this.#filled : this.#prefixFill;
  }

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && !this.#stopped) {
      const frame = this.#frame;
      if (frame !== null) {
        const n = Math.min(frame.length - this.#filled, chunk.length - at);
        chunk.copy(frame, this.#filled, at, at + n);
        this.#filled += n;
        at += n;
        if (this.#filled < frame.length) return;
        this.#frame = null;
        this.#sink.frame(frame);
        continue;
      }
      const remaining = chunk.length - at;
      if (this.#prefixFill > 0 || remaining < 4) {
        const n = Math.min(4 - this.#prefixFill, remaining);
        chunk.copy(this.#prefix, this.#prefixFill, at, at + n);
        this.#prefixFill += n;
        at += n;
        if (this.#prefixFill < 4) return;
        this.#prefixFill = 0;
        this.#begin(this.#prefix.readInt32BE(0));
        continue;
      }
      const size = chunk.readInt32BE(at);
      if (remaining - 4 >= size && size >= 0) {
        // The whole frame is in this chunk: hand on a view.
        if (!this.#accept(size)) return;
        at += 4 + size;
        this.#sink.frame(chunk.subarray(at - size, at));
        continue;
      }
      at += 4;
      this.#begin(size);
    }
  }

  /** A frame of `size` payload bytes starts in a later chunk than its prefix, or runs past this one. */
  #begin(size: number): void {
    if (!this.#accept(size)) return;
    if (size === 0) {
      this.#sink.frame(EMPTY);
      return;
    }
    this.#frame = Buffer.allocUnsafe(size);
    this.#filled = 0;
  }

  #accept(size: number): boolean {
    if (size >= 0 && size <= this.#maxBytes) return true;
    this.#stopped = true;
    this.#frame = null;
    this.#prefixFill = 0;
    this.#sink.invalidSize(size, this.#maxBytes);
    return false;
  }
}
