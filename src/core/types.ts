/**
 * Plain data shared by every part of the core, the CLI and the editor adapters.
 * Positions are zero-based; `character` counts UTF-16 code units, as VS Code does.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A passage of the draft that a finding or an element decision rests on. */
export interface Evidence {
  readonly text: string;
  readonly range: Range;
}

/** The legal rule a finding rests on, cited so the drafter can check it. */
export interface Authority {
  readonly caseName: string;
  readonly citation: string;
  readonly url: string;
}

export interface Finding {
  /** Stable identifier, e.g. `failure-to-train/no-causation`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly evidence: readonly Evidence[];
  /** Primer entry that explains the rule. */
  readonly primerSlug?: string;
  readonly authority?: Authority;
  /** What would cure the problem, in a sentence. */
  readonly cure?: string;
}

export type ElementStatus = 'present' | 'conclusory' | 'missing';

export interface ClaimElement {
  readonly status: ElementStatus;
  readonly evidence: readonly Evidence[];
}

export interface Claim {
  /** e.g. `failure-to-train`, `failure-to-supervise`, `official-policy`, `custom`. */
  readonly theory: string;
  readonly range: Range;
  readonly title?: string;
  readonly defendants?: readonly string[];
  readonly elements: Readonly<Record<string, ClaimElement>>;
}

export type CitationKind = 'full-case' | 'short-case' | 'id' | 'supra' | 'statute' | 'rule';

export interface Citation {
  readonly kind: CitationKind;
  readonly text: string;
  readonly range: Range;
  readonly volume?: number;
  readonly reporter?: string;
  readonly page?: number;
  readonly pin?: string;
  readonly year?: number;
  readonly court?: string;
  readonly caseName?: string;
  readonly url?: string;
  /** For short forms, id. and supra: index into the same citations array of the full citation it refers to. */
  readonly antecedent?: number;
  /** The citation in standard form: `489 U.S. 378`, `42 U.S.C. § 1983`, `Fed. R. Civ. P. 12(b)(6)`. */
  readonly normalized?: string;
  /** For statutes and rules: the section or rule number, e.g. `1983` (subsections are in `pin`). */
  readonly section?: string;
  /** For a parallel citation (`109 S. Ct. 1197` after `489 U.S. 378`): index of the first citation of its group. */
  readonly parallel?: number;
  /** The whole citation, from the case name through the court-and-year parenthetical; `range` covers only the cite itself. */
  readonly span?: Range;
}

export interface TermOccurrence {
  readonly slug: string;
  readonly term: string;
  readonly range: Range;
}

export interface DocumentAnalysis {
  readonly findings: readonly Finding[];
  readonly claims: readonly Claim[];
  readonly citations: readonly Citation[];
  readonly terms: readonly TermOccurrence[];
}
