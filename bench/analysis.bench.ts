import { readFileSync } from 'node:fs';
import { analyzeText } from '../src/core';
import { round, timeRepeated, type Figure } from './figure';

/** Whole-document analysis time per megabyte of a draft made by repeating the sample complaint. */
export function analysisPerMegabyte(): Figure[] {
  const sample = readFileSync('samples/complaint.md', 'utf8');
  const megabyte = sample.repeat(Math.ceil((1024 * 1024) / sample.length)).slice(0, 1024 * 1024);
  const { median, p99 } = timeRepeated(() => analyzeText(megabyte));
  return [
    { name: 'analysis.perMB.median', value: round(median), unit: 'ms' },
    { name: 'analysis.perMB.p99', value: round(p99), unit: 'ms' },
  ];
}
