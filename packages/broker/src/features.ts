/**
 * Feature levels (KIP-584, KIP-1022): the range of each feature this broker supports, and the level the cluster
 * has finalized, as ApiVersions v3+ reports them (SupportedFeatures, FinalizedFeatures, FinalizedFeaturesEpoch) and
 * admin clients show them (describeFeatures). The levels are Kafka 4.0's for a freshly formatted cluster where
 * samsa serves what they stand for: `metadata.version` 4.0-IV3 (25), `kraft.version` 1, `group.version` 1 (the
 * KIP-848 consumer protocol), `transaction.version` 1 (not 2: Produce v12's implicit partition adds are not served).
 * `eligible.leader.replicas.version` is supported only at 0 (ELR is not served). `share.version` is supported up to
 * 1 (share groups, KIP-932) but left at 0 on a new cluster: the metadata.version reported is 4.0's, where share
 * groups were early access, and their state is not yet persisted (`__share_group_state`); UpdateFeatures turns them
 * on, as kafka-features.sh does on Kafka 4.1. Level 0 means off and is not listed as finalized.
 *
 * The finalized levels change through UpdateFeatures and are persisted as the cluster
 * metadata document `features` (`{ "version": 1, "epoch": n, "levels": { name: level } }`); the epoch grows with
 * every change, as Kafka's finalized-features epoch (the metadata offset of the change) does.
 */
import { TopicStoreError, type TopicStore } from './topics/topic-store';

export interface SupportedFeature {
  readonly name: string;
  readonly minVersion: number;
  readonly maxVersion: number;
}

export const METADATA_VERSION = 'metadata.version';
export const GROUP_VERSION = 'group.version';
export const SHARE_VERSION = 'share.version';

export const SUPPORTED_FEATURES: readonly SupportedFeature[] = [
  // 3.3-IV3 (the oldest KRaft metadata version Kafka 4 accepts) to 4.0-IV3.
  { name: METADATA_VERSION, minVersion: 7, maxVersion: 25 },
  { name: 'kraft.version', minVersion: 0, maxVersion: 1 },
  { name: GROUP_VERSION, minVersion: 0, maxVersion: 1 },
  { name: 'transaction.version', minVersion: 0, maxVersion: 1 },
  { name: 'eligible.leader.replicas.version', minVersion: 0, maxVersion: 0 },
  // Share groups (KIP-932): off by default (see the header), finalizable to 1 with UpdateFeatures.
  { name: SHARE_VERSION, minVersion: 0, maxVersion: 1 },
];

const DEFAULT_LEVELS: Readonly<Record<string, number>> = {
  [METADATA_VERSION]: 25,
  'kraft.version': 1,
  [GROUP_VERSION]: 1,
  'transaction.version': 1,
};

const DOCUMENT = 'features';

export interface FeatureUpdate {
  readonly name: string;
  readonly level: number;
}

/** Why an update is refused (Kafka's UpdateFeatures errors). */
export class FeatureUpdateError extends Error {
  constructor(
    readonly errorName: 'INVALID_UPDATE_VERSION' | 'INVALID_REQUEST',
    message: string,
  ) {
    super(message);
  }
}

export class FeatureLevels {
  readonly #store: TopicStore;
  #levels: Map<string, number>;
  #epoch: number;
  readonly #listeners = new Set<() => void>();

  constructor(store: TopicStore) {
    this.#store = store;
    const doc = store.loadDocument(DOCUMENT) as { version?: unknown; epoch?: unknown; levels?: unknown } | undefined;
    if (doc === undefined) {
      this.#levels = new Map(Object.entries(DEFAULT_LEVELS));
      this.#epoch = 1;
      return;
    }
    if (doc.version !== 1 || typeof doc.epoch !== 'number' || typeof doc.levels !== 'object' || doc.levels === null)
      throw new TopicStoreError(`${DOCUMENT}.json is not a version 1 feature document`);
    this.#levels = new Map(
      Object.entries(doc.levels as Record<string, unknown>).filter(
        (e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0,
      ),
    );
    this.#epoch = doc.epoch;
  }

  /** The finalized-features epoch. */
  get epoch(): number {
    return this.#epoch;
  }

  /** The finalized level of a feature; 0 when it is not finalized. */
  level(name: string): number {
    return this.#levels.get(name) ?? 0;
  }

  /** The finalized features (level above 0), by name. */
  finalized(): { name: string; level: number }[] {
    return [...this.#levels]
      .filter(([, level]) => level > 0)
      .map(([name, level]) => ({ name, level }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** Runs `listener` after every change. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Checks an update as Kafka's FeatureControlManager does: a known feature, within its supported range (level 0
   * disables it; metadata.version cannot go below its minimum), a downgrade only when allowed. Throws
   * FeatureUpdateError; returns nothing when the update is valid.
   */
  validate(update: FeatureUpdate, allowDowngrade: boolean): void {
    const supported = SUPPORTED_FEATURES.find((f) => f.name === update.name);
    if (!supported)
      throw new FeatureUpdateError(
        'INVALID_UPDATE_VERSION',
        `Invalid update version ${update.level} for feature ${update.name}. The controller does not support the given feature.`,
      );
    if (update.name === METADATA_VERSION && update.level < supported.minVersion)
      throw new FeatureUpdateError(
        'INVALID_UPDATE_VERSION',
        `Invalid update version ${update.level} for feature ${METADATA_VERSION}. Local controller does not support versions below ${supported.minVersion}.`,
      );
    if (
      update.level < 0 ||
      update.level > supported.maxVersion ||
      (update.level > 0 && update.level < supported.minVersion)
    )
      throw new FeatureUpdateError(
        'INVALID_UPDATE_VERSION',
        `Invalid update version ${update.level} for feature ${update.name}. Local broker supports versions ${supported.minVersion}-${supported.maxVersion}.`,
      );
    const current = this.level(update.name);
    if (update.name === METADATA_VERSION && update.level < current)
      throw new FeatureUpdateError(
        'INVALID_UPDATE_VERSION',
        `Invalid metadata.version ${update.level}. Refusing to perform the requested downgrade because it might delete metadata information.`,
      );
    if (update.level < current && !allowDowngrade)
      throw new FeatureUpdateError(
        'INVALID_UPDATE_VERSION',
        `Invalid update version ${update.level} for feature ${update.name}. Can't downgrade the version of this feature without setting the upgrade type to either safe or unsafe downgrade.`,
      );
  }

  /** Applies validated updates, persists them with the next epoch and tells listeners. */
  apply(updates: readonly FeatureUpdate[]): void {
    if (updates.length === 0) return;
    const next = new Map(this.#levels);
    for (const u of updates) {
      if (u.level === 0) next.delete(u.name);
      else next.set(u.name, u.level);
    }
    const epoch = this.#epoch + 1;
    this.#store.saveDocument(DOCUMENT, { version: 1, epoch, levels: Object.fromEntries(next) });
    this.#levels = next;
    this.#epoch = epoch;
    for (const l of this.#listeners) l();
  }
}
