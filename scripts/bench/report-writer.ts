// Writes a run's figures to bench-results/: latest.json (every figure), latest.md (one markdown table per bench
// file) and a PNG per scaling curve (figures carrying a `chart` point), drawn with vega-lite, rendered headless
// (vega View.toSVG with the 'none' renderer, then resvg to PNG).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from './harness';

export interface FileFigures {
  readonly file: string;
  readonly figures: readonly Figure[];
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n >= 100) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(2);
}

export function markdown(runs: readonly FileFigures[], header: string): string {
  const lines = [header, ''];
  for (const run of runs) {
    if (run.figures.length === 0) continue;
    lines.push(`### ${run.file}`, '', '| group | measured | value | vs baseline |', '| --- | --- | --- | --- |');
    for (const f of run.figures) {
      const ratio = f.baseline ? `${(f.value / f.baseline.value).toFixed(2)}x ${f.baseline.name}` : '';
      lines.push(`| ${f.group} | ${f.name} | ${formatNumber(f.value)} ${f.unit} | ${ratio} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Renders one PNG per chart id; returns the files written. */
export async function charts(figures: readonly Figure[], dir: string): Promise<string[]> {
  const byChart = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!f.chart) continue;
    const list = byChart.get(f.chart.id) ?? [];
    list.push(f);
    byChart.set(f.chart.id, list);
  }
  if (byChart.size === 0) return [];
  const vega = await import('vega');
  const vegaLite = await import('vega-lite');
  const { Resvg } = await import('@resvg/resvg-js');
  const written: string[] = [];
  for (const [id, points] of byChart) {
    const first = points[0] as Figure & { chart: NonNullable<Figure['chart']> };
    const unit = first.unit;
    const spec = vegaLite.compile({
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      title: first.chart.title,
      width: 560,
      height: 320,
      background: 'white',
      data: { values: points.map((p) => ({ x: p.chart?.x, value: p.value, series: p.chart?.series })) },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'x', type: 'quantitative', scale: { type: 'log' }, title: first.chart.xLabel },
        y: { field: 'value', type: 'quantitative', title: unit },
        color: { field: 'series', type: 'nominal', title: null },
      },
    }).spec;
    const view = new vega.View(vega.parse(spec), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } }).render().asPng();
    const file = join(dir, `${id}.png`);
    writeFileSync(file, png);
    written.push(file);
  }
  return written;
}
