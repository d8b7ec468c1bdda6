import type { Citation } from '../types';
import { KNOWN_CASES, type KnownCase } from './knownCases';
import { findReporter } from './reporters';
import type { OpinionUrlLookup } from './urls';

/** `volume|reporter|page` with the reporter in standard form, or undefined when the reporter is unknown. */
function caseKey(volume: number, reporter: string, page: number): string | undefined {
  const standard = findReporter(reporter)?.name;
  return standard ? `${volume}|${standard}|${page}` : undefined;
}

const KNOWN_BY_KEY = new Map<string, KnownCase>();
for (const known of KNOWN_CASES) KNOWN_BY_KEY.set(caseKey(known.volume, known.reporter, known.page)!, known);

/** The well-known case at a citation (name, court, year), for hovers; undefined when not in our table. */
export function knownCase(citation: { volume?: number; reporter?: string; page?: number }): KnownCase | undefined {
  if (citation.volume === undefined || citation.reporter === undefined || citation.page === undefined) return undefined;
  const key = caseKey(citation.volume, citation.reporter, citation.page);
  return key ? KNOWN_BY_KEY.get(key) : undefined;
}

/** Parses `489 U.S. 378` into its parts; undefined when it is not a volume-reporter-page citation. */
export function parseCaseCitation(text: string): { volume: number; reporter: string; page: number } | undefined {
  const match = /^\s*(\d{1,4})\s+(.+?)\s+(\d{1,7})\s*$/.exec(text);
  if (!match) return undefined;
  const reporter = findReporter(match[2]!);
  return reporter ? { volume: Number(match[1]), reporter: reporter.name, page: Number(match[3]) } : undefined;
}

/** Something that names a case by citation and may know its exact opinion URL, e.g. a primer entry's case. */
export interface CitedCase {
  readonly citation: string;
  readonly url?: string;
}

/**
 * An opinion-URL lookup built from cases that carry exact opinion URLs (`/opinion/<id>/...`): the
 * link rule is "exact opinion URL where known, else the citation URL", so citation-form URLs add nothing.
 */
export function opinionUrlLookup(cases: Iterable<CitedCase>): OpinionUrlLookup {
  const urls = new Map<string, string>();
  for (const cited of cases) {
    const parsed = parseCaseCitation(cited.citation);
    if (!parsed || !cited.url || !/^https:\/\/www\.courtlistener\.com\/opinion\/\d+\//.test(cited.url)) continue;
    const key = caseKey(parsed.volume, parsed.reporter, parsed.page)!;
    if (!urls.has(key)) urls.set(key, cited.url);
  }
  return ({ volume, reporter, page }) => {
    const key = caseKey(volume, reporter, page);
    return key ? urls.get(key) : undefined;
  };
}

/** True when `cited` (e.g. `489 U.S. 378`) is the case the citation refers to. */
export function sameCase(cited: string, citation: Citation): boolean {
  const parsed = parseCaseCitation(cited);
  if (!parsed || citation.volume === undefined || citation.page === undefined || !citation.reporter) return false;
  return caseKey(parsed.volume, parsed.reporter, parsed.page) === caseKey(citation.volume, citation.reporter, citation.page);
}

export type AuthorityKind = 'case' | 'statute' | 'rule';

/** One authority in a table of authorities, with every place the draft cites it. */
export interface AuthorityGroup {
  readonly kind: AuthorityKind;
  /** e.g. `City of Canton v. Harris, 489 U.S. 378 (1989)` or `42 U.S.C. § 1983`. */
  readonly title: string;
  /** Index of the citation that names the authority in full (for cases, the first full citation). */
  readonly head: number;
  /** Indexes of every citation of it, in document order: full, parallel, short, id., supra. */
  readonly citations: readonly number[];
  readonly url?: string;
}

function caseTitle(citation: Citation, citations: readonly Citation[], members: readonly number[]): string {
  const parallels = members.map((i) => citations[i]!).filter((c) => c.kind === 'full-case' && c.normalized && c.normalized !== citation.normalized);
  const cite = [citation.normalized ?? citation.text, ...new Set(parallels.map((c) => c.normalized!))].join(', ');
  const tail = [citation.court, citation.year].filter((part) => part !== undefined).join(' ');
  return `${citation.caseName ? `${citation.caseName}, ` : ''}${cite}${tail ? ` (${tail})` : ''}`;
}

/**
 * Groups a draft's citations by the authority they cite, as a table of authorities does: cases (by name),
 * then statutes, then rules (each in citation order). Short forms, id. and supra join their antecedent's
 * case; parallel citations join the case they are parallel to; the same case cited in full twice is one.
 */
export function tableOfAuthorities(citations: readonly Citation[]): AuthorityGroup[] {
  const groupOf = new Map<string, { kind: AuthorityKind; head: number; members: number[] }>();
  const order: string[] = [];
  const rootOf = (index: number): number => {
    let current = index;
    for (let guard = 0; guard < 4; guard++) {
      const citation = citations[current]!;
      if (citation.antecedent !== undefined) current = citation.antecedent;
      else if (citation.parallel !== undefined) current = citation.parallel;
      else break;
    }
    return current;
  };
  citations.forEach((citation, index) => {
    let key: string;
    let kind: AuthorityKind;
    if (citation.kind === 'statute') {
      kind = 'statute';
      key = `statute|${citation.volume ?? ''}|${citation.reporter ?? ''}|${citation.section ?? citation.text}`;
    } else if (citation.kind === 'rule') {
      kind = 'rule';
      key = `rule|${citation.reporter}|${citation.section}`;
    } else {
      const root = citations[rootOf(index)]!;
      if (root.kind === 'statute') {
        kind = 'statute';
        key = `statute|${root.volume ?? ''}|${root.reporter ?? ''}|${root.section ?? root.text}`;
      } else {
        kind = 'case';
        key = `case|${root.normalized ?? `${root.volume} ${root.reporter} ${rootOf(index)}`}`;
      }
    }
    let group = groupOf.get(key);
    if (!group) {
      group = { kind, head: index, members: [] };
      groupOf.set(key, group);
      order.push(key);
    }
    group.members.push(index);
  });
  const groups: AuthorityGroup[] = order.map((key) => {
    const { kind, head, members } = groupOf.get(key)!;
    const citation = citations[head]!;
    let title: string;
    if (kind === 'case') title = caseTitle(citation, citations, members);
    else if (kind === 'statute') title = (citation.normalized ?? citation.text).replace(/(§ [^(]+)\(.*$/, '$1').trim();
    else title = `${citation.reporter} ${citation.section}`;
    return { kind, title, head, citations: members, url: citation.url };
  });
  const rank: Record<AuthorityKind, number> = { case: 0, statute: 1, rule: 2 };
  return groups.sort((a, b) =>
    rank[a.kind] - rank[b.kind] ||
    (a.kind === 'case' ? a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) : a.head - b.head));
}
