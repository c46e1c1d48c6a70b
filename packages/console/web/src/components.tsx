/** Pieces every view uses: polling, status lines, state badges, the time chart and the collapsible JSON view. */
import { cloneElement, type ComponentChildren, isValidElement } from 'preact';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { ApiError } from './api';
import { type Format, show } from './format';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/** Loads now and every `intervalMs` (0: once) while the view is shown; `deps` reload it at once. */
export function usePoll<T>(load: () => Promise<T>, deps: unknown[], intervalMs = 2000): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    const run = (): void => {
      load()
        .then(
          (d) => {
            if (!live) return;
            setData(d);
            setError(null);
          },
          (e: unknown) => live && setError(message(e)),
        )
        .finally(() => {
          if (live && intervalMs > 0) timer = window.setTimeout(run, intervalMs);
        });
    };
    run();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [...deps, tick]);
  return { data, error, reload };
}

export function message(e: unknown): string {
  if (e instanceof ApiError)
    return e.kafkaError !== null && !e.message.includes(e.kafkaError) ? `${e.kafkaError}: ${e.message}` : e.message;
  return e instanceof Error ? e.message : String(e);
}

/** A result line read out by screen readers: progress and success politely, failures at once. */
export function Status({ ok, error }: { ok?: string | null; error?: string | null }) {
  return (
    <div class="status-line">
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <p role="status" class="ok">
        {error ? '' : (ok ?? '')}
      </p>
    </div>
  );
}

/** Runs an action, keeping its outcome for a `Status`. */
export function useAction(): [
  { ok: string | null; error: string | null; busy: boolean },
  (run: () => Promise<string>) => Promise<boolean>,
] {
  const [state, setState] = useState({ ok: null as string | null, error: null as string | null, busy: false });
  const act = useCallback(async (run: () => Promise<string>) => {
    setState({ ok: null, error: null, busy: true });
    try {
      setState({ ok: await run(), error: null, busy: false });
      return true;
    } catch (e) {
      setState({ ok: null, error: message(e), busy: false });
      return false;
    }
  }, []);
  return [state, act];
}

export function Badge({ value }: { value: string }) {
  return <span class={`badge badge-${value.toLowerCase().replace(/[^a-z]+/g, '-')}`}>{value}</span>;
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

export interface Series {
  label: string;
  values: (number | null)[];
  /** CSS custom property holding the colour. */
  color: string;
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

/** A line chart over time (uPlot); `summary` is its text alternative. */
export function TimeChart({
  label,
  times,
  series,
  unit,
  summary,
}: {
  label: string;
  times: number[];
  series: Series[];
  unit: (v: number) => string;
  summary: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const shape = series.map((s) => s.label).join('|');
  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    const axis = {
      stroke: cssVar('--fg-muted'),
      grid: { stroke: cssVar('--border') },
      ticks: { stroke: cssVar('--border') },
    };
    plot.current = new uPlot(
      {
        width: Math.max(280, el.clientWidth),
        height: 200,
        legend: { show: true },
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: cssVar(s.color),
            width: 2,
            value: (_u: uPlot, v: number | null) => (v === null ? '–' : unit(v)),
          })),
        ],
        axes: [axis, { ...axis, size: 80, values: (_u: uPlot, vals: number[]) => vals.map((v) => unit(v)) }],
        scales: { y: { range: (_u: uPlot, _min: number, max: number) => [0, Math.max(1, max * 1.1)] } },
      },
      [times.map((t) => t / 1000), ...series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
    const resize = new ResizeObserver(() =>
      plot.current?.setSize({ width: Math.max(280, el.clientWidth), height: 200 }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [shape]);
  useEffect(() => {
    plot.current?.setData([times.map((t) => t / 1000), ...series.map((s) => s.values)] as uPlot.AlignedData);
  });
  return (
    <figure class="chart">
      <figcaption>{label}</figcaption>
      <div ref={box} role="img" aria-label={`${label}: ${summary}`} />
      <p class="chart-summary">{summary}</p>
    </figure>
  );
}

/** A JSON value with objects and arrays as native disclosure widgets (keyboard and screen reader friendly). */
export function JsonView({ value, depth = 0, name }: { value: unknown; depth?: number; name?: string }) {
  const label = name === undefined ? null : <span class="json-key">{JSON.stringify(name)}: </span>;
  if (value === null || typeof value !== 'object') {
    const kind = value === null ? 'null' : typeof value;
    return (
      <div class="json-line">
        {label}
        <span class={`json-${kind}`}>{JSON.stringify(value)}</span>
      </div>
    );
  }
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((v) => [undefined, v])
    : Object.entries(value as Record<string, unknown>);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return (
    <details class="json" open={depth < 2}>
      <summary>
        {label}
        {open}
        <span class="json-count">
          {entries.length} {Array.isArray(value) ? 'items' : 'keys'}
        </span>
        {close}
      </summary>
      <div class="json-body">
        {entries.map(([k, v], i) => (
          <JsonView key={k ?? i} value={v} depth={depth + 1} {...(k === undefined ? {} : { name: k })} />
        ))}
      </div>
    </details>
  );
}

/** A record's key or value in the chosen format. */
export function Bytes({ b64, format, size }: { b64: string | null; format: Format; size: number }) {
  const shown = show(b64, format);
  if (shown.kind === 'null') return <span class="null">null</span>;
  if (shown.kind === 'json')
    return (
      <div class="json-root">
        <JsonView value={shown.value} />
      </div>
    );
  const cut = b64 !== null && size > (b64.length * 3) / 4 + 2 ? ` … (${size} bytes)` : '';
  return (
    <span class={shown.kind === 'hex' ? 'hex' : 'text'}>
      {shown.text}
      {cut}
    </span>
  );
}

/** A labelled control: the label names it (`for`), the hint describes it (`aria-describedby`). */
export function Field({ label, children, hint }: { label: string; children: ComponentChildren; hint?: string }) {
  const id = useId();
  const control = isValidElement(children)
    ? cloneElement(children, { id, ...(hint ? { 'aria-describedby': `${id}-hint` } : {}) })
    : children;
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      {control}
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
