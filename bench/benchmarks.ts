import { analysisPerMegabyte } from './analysis.bench';
import type { Benchmark } from './figure';

export const BENCHMARKS: readonly Benchmark[] = [
  analysisPerMegabyte,
];
