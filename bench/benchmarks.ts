import { activationInVsCode } from './activation.bench';
import { analysisPerMegabyte } from './analysis.bench';
import { citationBenchmarks } from './citations.bench';
import type { Benchmark } from './figure';
import { primerBenchmarks } from './primer.bench';
import { monellBenchmarks } from './monell.bench';
import { pleadingBenchmarks } from './pleading.bench';

export const BENCHMARKS: readonly Benchmark[] = [
  analysisPerMegabyte,
  citationBenchmarks,
  monellBenchmarks,
  primerBenchmarks,
  pleadingBenchmarks,
  activationInVsCode,
];
