export * from './types';
export {
  citationOfCourtListenerUrl,
  courtListenerCitationUrl,
  CITATION_PATTERN,
  isPlausibleCaseYear,
  parsePrimerFile,
  SLUG_PATTERN,
  slugFromSource,
} from './parse';
export { phraseTokens, phraseVariants, TermMatcher, type TermMatch, type TermPhrase } from './termMatcher';
export {
  fromPrimerIndexData,
  parsePrimerFiles,
  PrimerIndex,
  toPrimerIndexData,
  type PhraseConflict,
  type PrimerIndexData,
  type PrimerLayer,
} from './primerIndex';
export { entryDocumentMarkdown, entrySummaryMarkdown, escapeMarkdown, rewritePrimerLinks, shortElement, type EntryLink } from './render';
