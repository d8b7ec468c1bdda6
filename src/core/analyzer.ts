import { extractCitations } from './citations';
import { analyzeMonell, readMonellSentences } from './monell';
import { parseStructure, type DocumentStructure } from './structure';
import { SourceText } from './text/sourceText';
import type { Citation, DocumentAnalysis, Finding, TermOccurrence } from './types';

export interface TermFinder {
  findTerms(source: SourceText): TermOccurrence[];
}

export interface AnalyzeOptions {
  /** Finds primer terms; without one, `terms` stays empty. */
  readonly terms?: TermFinder;
  /** Called when a stage fails on this text; the other stages still report. */
  readonly onInternalError?: (stage: string, error: unknown) => void;
  /** A parse of this same text to reuse (the editor keeps one per document version for the outline too). */
  readonly parsed?: { readonly source: SourceText; readonly structure: DocumentStructure };
  /** The citations of this same text, already extracted (`citationsInText`), to reuse. */
  readonly citations?: readonly Citation[];
}

/** How much of the start of a file is looked at to tell text from binary data. */
const BINARY_SNIFF_LENGTH = 8192;

/** True when the text holds NUL characters near its start, as binary files and mis-decoded documents do. */
export function looksBinary(text: string): boolean {
  return text.slice(0, BINARY_SNIFF_LENGTH).includes('\u0000');
}

export const EMPTY_ANALYSIS: DocumentAnalysis = { findings: [], claims: [], citations: [], terms: [] };

/**
 * Runs every analysis on a draft. Never throws: a stage that fails is reported to `onInternalError`
 * and contributes nothing, so one defect cannot hide the other results.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  if (text.length === 0 || looksBinary(text)) return EMPTY_ANALYSIS;
  const parsed = options.parsed?.source.text === text ? options.parsed : undefined;
  const source = parsed?.source ?? new SourceText(text);
  const guard = <T>(stage: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      options.onInternalError?.(stage, error);
      return fallback;
    }
  };
  const monell = guard('monell', { claims: [], findings: [] as Finding[] }, () => analyzeMonell(source, parsed?.structure ?? parseStructure(source)));
  const citations = options.citations ?? guard('citations', [], () => extractCitations(source));
  const terms = guard('terms', [], () => options.terms?.findTerms(source) ?? []);
  return { findings: monell.findings, claims: monell.claims, citations, terms };
}

/**
 * The citations of a draft alone: what links and citation hovers need, without the Monell reading that a first
 * analysis of a long draft costs (over a second for 1 MB), so they never wait for it. Never throws.
 */
export function citationsInText(text: string, options: Pick<AnalyzeOptions, 'onInternalError'> = {}): readonly Citation[] {
  if (text.length === 0 || looksBinary(text)) return [];
  try {
    return extractCitations(new SourceText(text));
  } catch (error) {
    options.onInternalError?.('citations', error);
    return [];
  }
}

/**
 * Reads a parsed draft's sentences for the Monell analysis ahead of it, from sentence `from` on, until
 * `shouldPause` says to stop; returns where to go on, or `undefined` once all are read. Readings are cached
 * by sentence, so an editor can call this in short slices, yielding between them, and the `analyzeText`
 * that follows finds them read: a long draft opened for the first time never holds the editor for long.
 * Never throws: a failure is reported to `onInternalError` and ends the reading early.
 */
export function readDraftAhead(
  parsed: { readonly source: SourceText; readonly structure: DocumentStructure },
  from: number,
  shouldPause: () => boolean,
  onInternalError?: (stage: string, error: unknown) => void,
): number | undefined {
  try {
    return readMonellSentences(parsed.source, parsed.structure, from, shouldPause);
  } catch (error) {
    onInternalError?.('monell', error);
    return undefined;
  }
}
