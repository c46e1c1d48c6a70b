// The ordered set of a partition's segments, keyed by base offset, with floor lookups. The last
// segment is the active one (the only one appended to).

import type { LogSegment } from './log-segment';
import { invariant } from './offsets';

export class LogSegments {
  #list: LogSegment[] = [];

  get size(): number {
    return this.#list.length;
  }

  all(): readonly LogSegment[] {
    return this.#list;
  }

  get active(): LogSegment {
    invariant(this.#list.length > 0, 'log has no segments');
    return this.#list[this.#list.length - 1];
  }

  get first(): LogSegment {
    invariant(this.#list.length > 0, 'log has no segments');
    return this.#list[0];
  }

  add(segment: LogSegment): void {
    const last = this.#list[this.#list.length - 1];
    if (!last || last.baseOffset < segment.baseOffset) {
      this.#list.push(segment);
      return;
    }
    invariant(!this.#list.some((s) => s.baseOffset === segment.baseOffset), `duplicate segment ${segment.baseOffset}`);
    this.#list.push(segment);
    this.#list.sort((a, b) => a.baseOffset - b.baseOffset);
  }

  /** Index of the segment with the largest base offset <= offset, or -1. */
  floorIndex(offset: number): number {
    let lo = 0;
    let hi = this.#list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#list[mid].baseOffset <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  at(i: number): LogSegment | undefined {
    return this.#list[i];
  }

  /** Removes and returns the first n segments. */
  removeFirst(n: number): LogSegment[] {
    return this.#list.splice(0, n);
  }

  /** Removes and returns every segment after index i. */
  removeAfter(i: number): LogSegment[] {
    return this.#list.splice(i + 1);
  }

  /** Replaces `count` segments from index `first` with one (a cleaned segment, based where the first was). */
  replace(first: number, count: number, segment: LogSegment): void {
    invariant(this.#list[first]?.baseOffset === segment.baseOffset, 'a cleaned segment replaces from its base offset');
    this.#list.splice(first, count, segment);
  }

  /** Total bytes of all segment files. */
  get sizeInBytes(): number {
    let n = 0;
    for (const s of this.#list) n += s.size;
    return n;
  }
}
