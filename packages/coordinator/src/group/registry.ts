/**
 * The groups of one `__consumer_offsets` partition, classic and consumer (KIP-848) alike, keyed by group id: a group
 * id names one group of one type at a time (Kafka's GroupMetadataManager.groups), and the online migration swaps a
 * group for one of the other type under the same id. Each protocol's manager sees its own type through a view.
 */
import { ClassicGroup } from './classic/group';
import { ConsumerGroup } from './consumer/group';

export type AnyGroup = ClassicGroup | ConsumerGroup;

/** The Map operations a protocol manager uses, restricted to groups of its type. */
export class GroupView<T extends AnyGroup> {
  readonly #all: Map<string, AnyGroup>;
  readonly #is: (g: AnyGroup) => g is T;

  constructor(all: Map<string, AnyGroup>, is: (g: AnyGroup) => g is T) {
    this.#all = all;
    this.#is = is;
  }

  get(groupId: string): T | undefined {
    const g = this.#all.get(groupId);
    return g !== undefined && this.#is(g) ? g : undefined;
  }

  has(groupId: string): boolean {
    return this.get(groupId) !== undefined;
  }

  set(groupId: string, group: T): void {
    this.#all.set(groupId, group);
  }

  /** Removes the group only if it is of this view's type. */
  delete(groupId: string): boolean {
    return this.has(groupId) && this.#all.delete(groupId);
  }

  *keys(): IterableIterator<string> {
    for (const [id, g] of this.#all) if (this.#is(g)) yield id;
  }

  *values(): IterableIterator<T> {
    for (const g of this.#all.values()) if (this.#is(g)) yield g;
  }
}

export class GroupRegistry {
  readonly #all = new Map<string, AnyGroup>();
  readonly classic = new GroupView<ClassicGroup>(this.#all, (g): g is ClassicGroup => g instanceof ClassicGroup);
  readonly consumer = new GroupView<ConsumerGroup>(this.#all, (g): g is ConsumerGroup => g instanceof ConsumerGroup);

  get(groupId: string): AnyGroup | undefined {
    return this.#all.get(groupId);
  }

  has(groupId: string): boolean {
    return this.#all.has(groupId);
  }

  delete(groupId: string): void {
    this.#all.delete(groupId);
  }

  ids(): string[] {
    return [...this.#all.keys()];
  }
}
