/**
 * Scrapes a broker's `/metrics` over HTTP and parses the Prometheus text format, so tests read metrics as a
 * Prometheus server would.
 */

export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export class Samples {
  constructor(
    readonly text: string,
    readonly all: readonly Sample[],
  ) {}

  /** Every sample of a metric name (a histogram's `_bucket`, `_sum` and `_count` are names of their own). */
  series(name: string): Sample[] {
    return this.all.filter((s) => s.name === name);
  }

  /** The value of the one sample whose labels include `labels`; undefined when there is none. */
  value(name: string, labels: Readonly<Record<string, string>> = {}): number | undefined {
    const found = this.series(name).filter((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v));
    if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
    return found[0]?.value;
  }

  /** The `# TYPE` line's type of a metric family. */
  type(family: string): string | undefined {
    return new RegExp(`^# TYPE ${family} (\\w+)$`, 'm').exec(this.text)?.[1];
  }
}

export function parseMetrics(text: string): Samples {
  const all: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1] as string] = (l[2] as string).replace(/\\(.)/g, '$1');
    all.push({ name: m[1] as string, labels, value: m[3] === '+Inf' ? Infinity : Number(m[3]) });
  }
  return new Samples(text, all);
}

export async function scrape(adminUrl: string, headers: Record<string, string> = {}): Promise<Samples> {
  const res = await fetch(`${adminUrl}/metrics`, { headers });
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}: ${await res.text()}`);
  return parseMetrics(await res.text());
}
