import type { Claim, Finding } from '../types';
import type { SourceText } from '../text/sourceText';

export interface MonellAnalysis {
  readonly claims: Claim[];
  readonly findings: Finding[];
}

/** Monell claims in the draft, each element judged present, conclusory or missing, and the findings they raise. */
export function analyzeMonell(_source: SourceText): MonellAnalysis {
  return { claims: [], findings: [] };
}
