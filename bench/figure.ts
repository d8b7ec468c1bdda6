import { performance } from 'node:perf_hooks';

export interface Figure {
  readonly name: string;
  readonly value: number | string;
  readonly unit: string;
}

export type Benchmark = () => Promise<Figure[]> | Figure[];

/** Median and 99th percentile of repeated timings, in milliseconds. */
export function summarize(samples: number[]): { median: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p99: at(0.99) };
}

/** Rounds for printing: three significant digits. */
export function round(value: number): number {
  return Number(value.toPrecision(3));
}

/** Runs `run` once to warm up, then `times` more, and summarises the timings in milliseconds. */
export function timeRepeated(run: () => void, times = 10): { median: number; p99: number } {
  run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}
