export * from './types';
export { SourceText } from './text/sourceText';
export { analyzeText, citationsInText, looksBinary, readDraftAhead, EMPTY_ANALYSIS } from './analyzer';
export type { AnalyzeOptions, TermFinder } from './analyzer';
