// The bounded cache of open file descriptors behind segment files (and the fallback's index files): at most
// `budget` of them are open at once, whatever the number of partitions and segments. A file opens on its first use,
// enters the cache as the most recently used, moves back to the front on every later use, and when a new one needs
// room the least recently used is closed first; it reopens, by path, the next time it is used. Kafka keeps every
// segment open (its operators raise the process's limit to match); samsa bounds them instead, so a broker with
// thousands of partitions runs under an ordinary limit (256 on macOS shells, 1,024 on many Linux ones).
//
// The list is intrusive (the links live on the handles), so a use moves a handle to the front in O(1) without
// allocating: the produce and fetch paths touch the cache on every call. A handle is pinned while an operation on it
// is running and is never closed then; when every open handle is pinned (only possible while operations nest), the
// cache goes over its budget rather than fail, and comes back under it as handles are released.

/** What the cache reports: descriptors open now, the most ever open at once, and how often it opened and closed. */
export interface OpenHandleStats {
  readonly budget: number;
  readonly open: number;
  readonly peak: number;
  readonly opens: number;
  readonly evictions: number;
}

/** A file whose descriptor the cache may close while the file stays usable (it reopens on its next use). */
export abstract class CachedHandle {
  /** Links of the cache's recency list (toward the most / the least recently used); owned by HandleCache. */
  newer: CachedHandle | null = null;
  older: CachedHandle | null = null;
  /** In the cache, i.e. holding an open descriptor. */
  cached = false;
  /** Operations running on the handle; a pinned handle is never evicted. */
  pins = 0;

  /** Closes the descriptor because the cache needs room; the next use reopens it. */
  abstract evict(): void;
}

/** Budget used when none is given (library use and tests); the broker derives its own from RLIMIT_NOFILE. */
export const DEFAULT_MAX_OPEN_FILES = 1024;

export class HandleCache {
  readonly budget: number;
  /** Most recently used. */
  #newest: CachedHandle | null = null;
  /** Least recently used: the first to be closed. */
  #oldest: CachedHandle | null = null;
  #open = 0;
  #peak = 0;
  #opens = 0;
  #evictions = 0;

  constructor(budget: number = DEFAULT_MAX_OPEN_FILES) {
    if (!Number.isInteger(budget) || budget < 1)
      throw new RangeError(`open file budget must be a positive integer, got ${budget}`);
    this.budget = budget;
  }

  /** Closes least recently used handles until one more descriptor fits in the budget; call before opening one. */
  makeRoom(): void {
    let h = this.#oldest;
    while (this.#open >= this.budget && h !== null) {
      const next = h.newer;
      if (h.pins === 0) {
        this.#unlink(h);
        this.#evictions++;
        h.evict();
      }
      h = next;
    }
  }

  /** Records a handle whose descriptor was just opened, as the most recently used. */
  add(h: CachedHandle): void {
    if (h.cached) {
      this.touch(h);
      return;
    }
    h.cached = true;
    h.older = this.#newest;
    h.newer = null;
    if (this.#newest !== null) this.#newest.newer = h;
    else this.#oldest = h;
    this.#newest = h;
    this.#opens++;
    if (++this.#open > this.#peak) this.#peak = this.#open;
  }

  /** Marks a cached handle as the most recently used. */
  touch(h: CachedHandle): void {
    if (h === this.#newest || !h.cached) return;
    // h has a newer neighbour (it is not the newest).
    const newer = h.newer as CachedHandle;
    newer.older = h.older;
    if (h.older !== null) h.older.newer = newer;
    else this.#oldest = newer;
    h.newer = null;
    h.older = this.#newest;
    (this.#newest as CachedHandle).newer = h;
    this.#newest = h;
  }

  /**
   * Counts a descriptor held outside the recency list for a while (a background fdatasync's), making room for it
   * first; closeTransient gives it back.
   */
  openTransient(): void {
    this.makeRoom();
    this.#opens++;
    if (++this.#open > this.#peak) this.#peak = this.#open;
  }

  closeTransient(): void {
    this.#open--;
  }

  /** Forgets a handle whose descriptor its owner is closing. */
  remove(h: CachedHandle): void {
    if (h.cached) this.#unlink(h);
  }

  #unlink(h: CachedHandle): void {
    if (h.newer !== null) h.newer.older = h.older;
    else this.#newest = h.older;
    if (h.older !== null) h.older.newer = h.newer;
    else this.#oldest = h.newer;
    h.newer = null;
    h.older = null;
    h.cached = false;
    this.#open--;
  }

  stats(): OpenHandleStats {
    return { budget: this.budget, open: this.#open, peak: this.#peak, opens: this.#opens, evictions: this.#evictions };
  }
}
