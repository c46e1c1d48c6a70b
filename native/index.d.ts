// The native module's JavaScript surface. `require('@samsa/native')` returns an
// object of this type, or null when the compiled module is missing, failed to
// load, or SAMSA_NATIVE=0 is set. The types live in a namespace merged with the
// exported value, as `export =` allows no sibling exports.

declare namespace native {
  /** An open segment file (opaque handle). */
  export interface SegmentHandle {
    readonly __brand: 'SegmentHandle';
  }
  /** A memory-mapped, fixed-size index file (opaque handle; it holds the mapping, not a file descriptor). */
  export interface IndexHandle {
    readonly __brand: 'IndexHandle';
  }

  export interface NativeBinding {
    /** CRC32C (Castagnoli) of buf[offset, offset+length); unsigned 32-bit result. */
    crc32c(buf: Buffer, offset?: number, length?: number): number;
    /** Which CRC32C implementation is in use: 'sse4.2', 'armv8' or 'table'. */
    crc32cImpl(): string;

    /**
     * Opens (creating if missing) a log segment file for append and zero-copy reads.
     * `mapBytes` (optional, default 64 MiB) is the smallest mapping made for reads.
     */
    segmentOpen(path: string, mapBytes?: number): SegmentHandle;
    /** Current size of the file in bytes (what has been appended). */
    segmentSize(h: SegmentHandle): number;
    /**
     * Appends the buffers in order with one writev (or one Buffer on its own); returns the file
     * position the first byte landed at.
     */
    segmentAppend(h: SegmentHandle, bufs: readonly Buffer[] | Buffer): number;
    /**
     * Zero-copy view of [position, position+length) of the file, backed by a shared mapping.
     * The mapping stays valid while any view is reachable, even after segmentClose or segmentTruncate.
     */
    segmentRead(h: SegmentHandle, position: number, length: number): Buffer;
    /**
     * A Buffer over the segment's whole current read mapping, grown (remapped) when it does not
     * cover `minLength` bytes of the file (minLength must be between 1 and the file size). Its
     * length is the mapping's, usually more than the file: only bytes below the file size may be
     * read, and views of it are taken with subarray, which costs no native call and no
     * external-memory accounting per read. Like segmentRead's views, it outlives close and remaps;
     * after a segmentTruncate the bytes past the new size read zeros, so take a fresh one.
     */
    segmentMap(h: SegmentHandle, minLength: number): Buffer;
    /** fdatasync. */
    segmentFlush(h: SegmentHandle): void;
    /** Truncates the file to size bytes (views of data past size must not be read afterwards). */
    segmentTruncate(h: SegmentHandle, size: number): void;
    /** Closes the file descriptor; mappings are released once no view references them. */
    segmentClose(h: SegmentHandle): void;

    /**
     * Opens (creating if missing) an index file, sets its length to `length` bytes (ftruncate),
     * maps it read-write and closes the descriptor (the mapping keeps the file, as Kafka's
     * AbstractIndex does). Returns the handle and a writable Buffer over the first `viewLength`
     * bytes of the mapping (default: all of it).
     */
    indexOpen(path: string, length: number, viewLength?: number): { handle: IndexHandle; buffer: Buffer };
    /**
     * A writable Buffer over the first `viewLength` bytes of the index's mapping (at most its length):
     * a view grown as entries arrive keeps V8's external-memory count (and the garbage collections it
     * triggers) to the bytes in use rather than the preallocated file. Views outlive indexClose.
     */
    indexView(h: IndexHandle, viewLength: number): Buffer;
    /** msync the mapping. */
    indexFlush(h: IndexHandle): void;
    /** Unmaps (once no Buffer references the mapping) and truncates the file at its path to `length`. */
    indexClose(h: IndexHandle, length: number): void;
    /**
     * Binary search over `entries` entries of `entrySize` bytes in buf (big-endian), comparing the
     * key at `keyOffset` within each entry (keyBytes 4 = int32, 8 = int64) to `target`.
     * Returns the slot of the largest key <= target, or -1 when every key is greater.
     */
    indexSearch(
      buf: Buffer,
      entries: number,
      entrySize: number,
      keyOffset: number,
      keyBytes: 4 | 8,
      target: number,
    ): number;

    /** The process's limits on open file descriptors (getrlimit RLIMIT_NOFILE); Infinity when unlimited. */
    getFileLimit(): FileLimit;
    /**
     * Sets the soft limit on open file descriptors (setrlimit RLIMIT_NOFILE), keeping the hard one; it may not pass the
     * hard limit (Infinity asks for no limit). Throws an fs-shaped error (EINVAL, EPERM) when refused.
     */
    setFileLimit(soft: number): void;
  }

  /** RLIMIT_NOFILE: the soft limit is the one enforced; an unprivileged process may raise it up to the hard one. */
  export interface FileLimit {
    readonly soft: number;
    readonly hard: number;
  }
}

declare const native: native.NativeBinding | null;
export = native;
