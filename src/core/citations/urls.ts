import { courtListenerSlug, type Reporter } from './reporters';

/** Returns an exact opinion URL for a case citation when one is known (e.g. from the primer). */
export type OpinionUrlLookup = (citation: { readonly volume: number; readonly reporter: string; readonly page: number }) => string | undefined;

export const COURTLISTENER_ORIGIN = 'https://www.courtlistener.com';

/**
 * CourtListener's citation URL, `https://www.courtlistener.com/c/<reporter>/<volume>/<page>/`, which it
 * resolves to the opinion (or a list, when a page holds several).
 */
export function courtListenerCitationUrl(volume: number, reporter: Reporter, page: number): string {
  return `${COURTLISTENER_ORIGIN}/c/${courtListenerSlug(reporter.name)}/${volume}/${page}/`;
}

/** The exact opinion URL where `lookup` knows it, else the CourtListener citation URL. */
export function caseCitationUrl(volume: number, reporter: Reporter, page: number, lookup?: OpinionUrlLookup): string {
  let exact: string | undefined;
  try {
    exact = lookup?.({ volume, reporter: reporter.name, page });
  } catch {
    exact = undefined;
  }
  return exact ?? courtListenerCitationUrl(volume, reporter, page);
}

/** The official text of a U.S. Code section or C.F.R. part section at Cornell's Legal Information Institute. */
export function statuteUrl(code: 'U.S.C.' | 'C.F.R.', title: number, section: string): string {
  const kind = code === 'U.S.C.' ? 'uscode' : 'cfr';
  return `https://www.law.cornell.edu/${kind}/text/${title}/${encodeURIComponent(section)}`;
}

const RULE_PATHS: Readonly<Record<string, string>> = { Civ: 'frcp', Crim: 'frcrmp', App: 'frap', Evid: 'fre', Bankr: 'frbp' };

/** A Federal Rule at Cornell's Legal Information Institute, e.g. `.../rules/frcp/rule_12`. */
export function ruleUrl(set: string, rule: string): string | undefined {
  const path = RULE_PATHS[set];
  return path ? `https://www.law.cornell.edu/rules/${path}/rule_${rule}` : undefined;
}
