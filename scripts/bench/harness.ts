// Shared helpers for `*.bench.ts` files. Every figure is printed next to a baseline
// measured in the same run, because absolute numbers on a shared machine mean little.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Measurement {
  /** Operations completed. */
  ops: number;
  /** Bytes moved (0 when not meaningful). */
  bytes: number;
  /** Wall time in seconds. */
  seconds: number;
}

/** Runs `step` (which returns the bytes it moved) repeatedly for about `seconds`, after a warm-up. */
export function measureSync(step: () => number, seconds = 1, warmupSeconds = 0.2): Measurement {
  const run = (limit: number): Measurement => {
    let ops = 0;
    let bytes = 0;
    const start = process.hrtime.bigint();
    const deadline = start + BigInt(Math.round(limit * 1e9));
    let now = start;
    while (now < deadline) {
      for (let i = 0; i < 16; i++) {
        bytes += step();
        ops++;
      }
      now = process.hrtime.bigint();
    }
    return { ops, bytes, seconds: Number(now - start) / 1e9 };
  };
  run(warmupSeconds);
  return run(seconds);
}

/** Async variant: `step` resolves to the bytes it moved. */
export async function measureAsync(
  step: () => Promise<number>,
  seconds = 1,
  warmupSeconds = 0.2,
): Promise<Measurement> {
  const run = async (limit: number): Promise<Measurement> => {
    let ops = 0;
    let bytes = 0;
    const start = process.hrtime.bigint();
    const deadline = start + BigInt(Math.round(limit * 1e9));
    let now = start;
    while (now < deadline) {
      bytes += await step();
      ops++;
      now = process.hrtime.bigint();
    }
    return { ops, bytes, seconds: Number(now - start) / 1e9 };
  };
  await run(warmupSeconds);
  return run(seconds);
}

export const perSecond = (m: Measurement): number => m.ops / m.seconds;
export const mbPerSecond = (m: Measurement): number => m.bytes / m.seconds / 1e6;

export interface Figure {
  /** Benchmark group, e.g. "storage append 16 KB". */
  group: string;
  /** What was measured, e.g. "native". */
  name: string;
  value: number;
  unit: string;
  /** The same-run baseline this figure is compared with. */
  baseline?: { name: string; value: number };
  /** A point on a scaling curve: run.ts draws one PNG per chart id, one line per series. */
  chart?: ChartPoint;
}

export interface ChartPoint {
  /** File stem of the chart, e.g. "produce-vs-partitions". */
  id: string;
  title: string;
  xLabel: string;
  x: number;
  /** The line this point belongs to, e.g. "samsa" or "raw TCP sink". */
  series: string;
}

const results: Figure[] = [];

/** Prints one figure (with its ratio to the baseline) and records it for the JSON summary. */
export function report(figure: Figure): void {
  results.push(figure);
  const value = formatNumber(figure.value);
  const ratio = figure.baseline
    ? `  ${(figure.value / figure.baseline.value).toFixed(2)}x ${figure.baseline.name}`
    : '';
  console.log(`| ${figure.group} | ${figure.name} | ${value} ${figure.unit} |${ratio}`);
  const dir = process.env.SAMSA_BENCH_RESULTS;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    appendFileSync(join(dir, 'figures.jsonl'), `${JSON.stringify(figure)}\n`);
  }
}

export function recorded(): readonly Figure[] {
  return results;
}

function formatNumber(n: number): string {
  if (n >= 100) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(2);
}
