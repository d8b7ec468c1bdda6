import type { Citation } from '../types';
import type { SourceText } from '../text/sourceText';
import { extract, type ExtractOptions } from './extract';

export type { ExtractOptions } from './extract';
export { REPORTERS, findReporter, reporterKey, courtListenerSlug, type Reporter, type ReporterKind } from './reporters';
export { KNOWN_CASES, type KnownCase } from './knownCases';
export { courtListenerCitationUrl, caseCitationUrl, statuteUrl, ruleUrl, type OpinionUrlLookup, COURTLISTENER_ORIGIN } from './urls';

/** Every case, statute and rule citation in the draft, in document order. Never throws on user text. */
export function extractCitations(source: SourceText, options: ExtractOptions = {}): Citation[] {
  return extract(source, options);
}
export {
  DEFAULT_VERIFY_ENDPOINT,
  VerifyError,
  batch,
  citationsToVerify,
  defaultSleep,
  describeVerdict,
  verdictFindings,
  verifyCitationStrings,
  verifyCitations,
  type CitationVerdict,
  type FetchLike,
  type Verdict,
  type VerdictCache,
  type VerifyOptions,
  type VerifyStatus,
} from './verify';
export {
  knownCase,
  opinionUrlLookup,
  parseCaseCitation,
  sameCase,
  tableOfAuthorities,
  type AuthorityGroup,
  type AuthorityKind,
  type CitedCase,
} from './authorities';
