/**
 * The CLIENT_METRICS config resources (KIP-714 telemetry subscriptions): each subscription's configs as the config
 * APIs set them, persisted as the cluster metadata document `client-metrics`
 * (`__cluster_metadata/client-metrics.json`): `{ "version": 1, "subscriptions": { "<name>": { key: value } } }`.
 * A subscription whose last key is deleted disappears (Kafka's ClientMetricsManager.updateSubscription with empty
 * properties). `version` goes up at every change, so client instances know to match themselves again.
 */
import { TopicStoreError, type TopicStore } from '../topics/topic-store';
import { parseSubscription, validateClientMetricsConfigs, type Subscription } from './client-metrics-configs';

const DOCUMENT = 'client-metrics';

export class ClientMetricsSubscriptions {
  readonly #store: TopicStore;
  #configs: Map<string, Readonly<Record<string, string>>>;
  #parsed: Map<string, Subscription>;
  #version = 0;

  constructor(store: TopicStore) {
    this.#store = store;
    this.#configs = parseDocument(store.loadDocument(DOCUMENT));
    this.#parsed = new Map([...this.#configs].map(([name, c]) => [name, parseSubscription(name, c)]));
  }

  /** Bumped by every change: client instances matched before it are matched again. */
  get version(): number {
    return this.#version;
  }

  /** The subscription names (ListClientMetricsResources). */
  names(): string[] {
    return [...this.#configs.keys()];
  }

  /** A subscription's configs as set; empty for one that does not exist (Kafka describes it with no entries). */
  configs(name: string): Readonly<Record<string, string>> {
    return this.#configs.get(name) ?? {};
  }

  subscriptions(): Subscription[] {
    return [...this.#parsed.values()];
  }

  /** Validates (ClientMetricsConfigs) and, unless `validateOnly`, stores a subscription's complete new configs. */
  set(name: string, configs: Readonly<Record<string, string>>, validateOnly: boolean): void {
    const trimmed = Object.fromEntries(Object.entries(configs).map(([k, v]) => [k, v.trim()]));
    validateClientMetricsConfigs(name, trimmed);
    if (validateOnly) return;
    const next = new Map(this.#configs);
    if (Object.keys(trimmed).length === 0) next.delete(name);
    else next.set(name, trimmed);
    this.#store.saveDocument(DOCUMENT, { version: 1, subscriptions: Object.fromEntries(next) });
    this.#configs = next;
    if (Object.keys(trimmed).length === 0) this.#parsed.delete(name);
    else this.#parsed.set(name, parseSubscription(name, trimmed));
    this.#version++;
  }
}

function parseDocument(doc: unknown): Map<string, Readonly<Record<string, string>>> {
  const out = new Map<string, Readonly<Record<string, string>>>();
  if (doc === undefined) return out;
  const o = doc as { version?: unknown; subscriptions?: unknown } | null;
  if (o === null || typeof o !== 'object' || o.version !== 1 || typeof o.subscriptions !== 'object') {
    throw new TopicStoreError(`${DOCUMENT}.json is not a version 1 client metrics document`);
  }
  for (const [name, configs] of Object.entries(o.subscriptions ?? {})) {
    const ok =
      typeof configs === 'object' &&
      configs !== null &&
      Object.values(configs as object).every((v) => typeof v === 'string');
    if (!ok) throw new TopicStoreError(`${DOCUMENT}.json: bad configs for subscription '${name}'`);
    try {
      validateClientMetricsConfigs(name, configs as Record<string, string>);
    } catch {
      throw new TopicStoreError(`${DOCUMENT}.json: invalid configs for subscription '${name}'`);
    }
    out.set(name, configs as Record<string, string>);
  }
  return out;
}
