/**
 * A prom-client histogram whose buckets are counted elsewhere: `read()` returns each label set's cumulative bucket
 * counts, sum and count when scraped. It lets the request path bump typed arrays (`request-stats.ts`) instead of
 * calling `observe()`, which hashes labels and allocates on every observation, while the registry still prints a
 * regular Prometheus histogram (`_bucket{le}`, `_sum`, `_count`).
 */
import { Histogram, type Registry } from 'prom-client';

export interface PrecountedSeries<T extends string> {
  readonly labels: Readonly<Record<T, string>>;
  /** One count per bucket bound, then +Inf: cumulative, as Prometheus reads them. */
  readonly cumulative: readonly number[];
  readonly sum: number;
  readonly count: number;
}

export interface PrecountedHistogramConfig<T extends string> {
  readonly name: string;
  readonly help: string;
  readonly labelNames: readonly T[];
  readonly buckets: readonly number[];
  readonly registry: Registry;
  readonly read: () => readonly PrecountedSeries<T>[];
}

type HistogramData<T extends string> = Awaited<ReturnType<Histogram<T>['get']>>;
type HistogramValue<T extends string> = HistogramData<T>['values'][number];

export class PrecountedHistogram<T extends string> extends Histogram<T> {
  readonly #name: string;
  readonly #help: string;
  readonly #bounds: readonly number[];
  readonly #read: () => readonly PrecountedSeries<T>[];

  constructor(config: PrecountedHistogramConfig<T>) {
    super({
      name: config.name,
      help: config.help,
      labelNames: config.labelNames,
      buckets: [...config.buckets],
      registers: [config.registry],
    });
    this.#name = config.name;
    this.#help = config.help;
    this.#bounds = config.buckets;
    this.#read = config.read;
  }

  override async get(): Promise<HistogramData<T>> {
    return this.getForPromString();
  }

  /** What the registry prints (it prefers this method to `get()` when a metric has it). */
  async getForPromString(): Promise<HistogramData<T>> {
    const values: HistogramValue<T>[] = [];
    const name = this.#name;
    for (const s of this.#read()) {
      this.#bounds.forEach((le, i) => values.push(value(s.labels, le, s.cumulative[i] ?? 0, `${name}_bucket`)));
      values.push(value(s.labels, '+Inf', s.count, `${name}_bucket`));
      values.push({ labels: s.labels, value: s.sum, metricName: `${name}_sum` } as HistogramValue<T>);
      values.push({ labels: s.labels, value: s.count, metricName: `${name}_count` } as HistogramValue<T>);
    }
    // The shape Histogram.get() returns; its `type` is an enum only in prom-client's typings (a string at run time).
    return { name, help: this.#help, type: 'histogram', values, aggregator: 'sum' } as unknown as HistogramData<T>;
  }
}

function value<T extends string>(
  labels: Readonly<Record<T, string>>,
  le: number | string,
  count: number,
  metricName: string,
): HistogramValue<T> {
  // `le` is not one of the histogram's label names, so prom-client's label type does not know it.
  return { labels: { ...labels, le }, value: count, metricName } as unknown as HistogramValue<T>;
}
