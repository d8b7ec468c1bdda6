/**
 * The reporters a citation can name: each with its standard abbreviation (as CourtListener and the
 * Bluebook write it), the variants drafts actually type, and what kind of series it is.
 *
 * Lookup ignores spaces, periods, apostrophes and case, and reads `2nd`/`3rd` as `2d`/`3d`, so
 * `F.Supp.2d`, `F. Supp. 2d` and `F Supp 2d` are one key; variants list only spellings that differ
 * beyond that (e.g. `Fed. Appx.` for `F. App'x`).
 */

export type ReporterKind = 'supreme-court' | 'federal' | 'regional' | 'state' | 'database';

export interface Reporter {
  /** Standard abbreviation, e.g. `F. Supp. 2d`. */
  readonly name: string;
  readonly kind: ReporterKind;
  /** Other spellings drafts use, beyond spacing and punctuation. */
  readonly variants?: readonly string[];
}

const SUPREME: readonly Reporter[] = [
  { name: 'U.S.', kind: 'supreme-court' },
  { name: 'S. Ct.', kind: 'supreme-court', variants: ['Sup. Ct.'] },
  { name: 'L. Ed.', kind: 'supreme-court', variants: ['L. Ed. (U.S.)'] },
  { name: 'L. Ed. 2d', kind: 'supreme-court' },
  // Nominative reporters of the early Supreme Court, cited as `17 U.S. (4 Wheat.) 316`.
  { name: 'Dall.', kind: 'supreme-court' },
  { name: 'Cranch', kind: 'supreme-court' },
  { name: 'Wheat.', kind: 'supreme-court' },
  { name: 'Pet.', kind: 'supreme-court' },
  { name: 'How.', kind: 'supreme-court' },
  { name: 'Black', kind: 'supreme-court' },
  { name: 'Wall.', kind: 'supreme-court' },
];

const FEDERAL: readonly Reporter[] = [
  { name: 'F.', kind: 'federal' },
  { name: 'F.2d', kind: 'federal' },
  { name: 'F.3d', kind: 'federal' },
  { name: 'F.4th', kind: 'federal' },
  { name: 'F. Supp.', kind: 'federal' },
  { name: 'F. Supp. 2d', kind: 'federal' },
  { name: 'F. Supp. 3d', kind: 'federal' },
  { name: "F. App'x", kind: 'federal', variants: ['Fed. Appx.', "Fed. App'x", 'F. Appx.'] },
  { name: 'F.R.D.', kind: 'federal' },
  { name: 'B.R.', kind: 'federal' },
  { name: 'Fed. Cl.', kind: 'federal' },
  { name: 'Ct. Cl.', kind: 'federal' },
  { name: 'Vet. App.', kind: 'federal' },
  { name: 'M.J.', kind: 'federal' },
  { name: 'T.C.', kind: 'federal' },
];

const REGIONAL: readonly Reporter[] = [
  { name: 'A.', kind: 'regional' },
  { name: 'A.2d', kind: 'regional' },
  { name: 'A.3d', kind: 'regional' },
  { name: 'P.', kind: 'regional' },
  { name: 'P.2d', kind: 'regional' },
  { name: 'P.3d', kind: 'regional' },
  { name: 'N.E.', kind: 'regional' },
  { name: 'N.E.2d', kind: 'regional' },
  { name: 'N.E.3d', kind: 'regional' },
  { name: 'N.W.', kind: 'regional' },
  { name: 'N.W.2d', kind: 'regional' },
  { name: 'S.E.', kind: 'regional' },
  { name: 'S.E.2d', kind: 'regional' },
  { name: 'S.W.', kind: 'regional' },
  { name: 'S.W.2d', kind: 'regional' },
  { name: 'S.W.3d', kind: 'regional' },
  { name: 'So.', kind: 'regional' },
  { name: 'So. 2d', kind: 'regional' },
  { name: 'So. 3d', kind: 'regional' },
  { name: 'Cal. Rptr.', kind: 'regional' },
  { name: 'Cal. Rptr. 2d', kind: 'regional' },
  { name: 'Cal. Rptr. 3d', kind: 'regional' },
  { name: 'N.Y.S.', kind: 'regional' },
  { name: 'N.Y.S.2d', kind: 'regional' },
  { name: 'N.Y.S.3d', kind: 'regional' },
  { name: 'Ill. Dec.', kind: 'regional' },
];

/** Official state reporters that drafts commonly cite. */
const STATE: readonly Reporter[] = [
  { name: 'Cal.', kind: 'state' },
  { name: 'Cal. 2d', kind: 'state' },
  { name: 'Cal. 3d', kind: 'state' },
  { name: 'Cal. 4th', kind: 'state' },
  { name: 'Cal. 5th', kind: 'state' },
  { name: 'Cal. App.', kind: 'state' },
  { name: 'Cal. App. 2d', kind: 'state' },
  { name: 'Cal. App. 3d', kind: 'state' },
  { name: 'Cal. App. 4th', kind: 'state' },
  { name: 'Cal. App. 5th', kind: 'state' },
  { name: 'N.Y.', kind: 'state' },
  { name: 'N.Y.2d', kind: 'state' },
  { name: 'N.Y.3d', kind: 'state' },
  { name: 'A.D.', kind: 'state' },
  { name: 'A.D.2d', kind: 'state' },
  { name: 'A.D.3d', kind: 'state' },
  { name: 'Misc. 2d', kind: 'state' },
  { name: 'Misc. 3d', kind: 'state' },
  { name: 'Ohio St.', kind: 'state' },
  { name: 'Ohio St. 2d', kind: 'state' },
  { name: 'Ohio St. 3d', kind: 'state' },
  { name: 'Ohio App. 3d', kind: 'state' },
  { name: 'Ill. 2d', kind: 'state' },
  { name: 'Ill. App. 3d', kind: 'state' },
  { name: 'Mass.', kind: 'state' },
  { name: 'Mass. App. Ct.', kind: 'state' },
  { name: 'Mich.', kind: 'state' },
  { name: 'Mich. App.', kind: 'state' },
  { name: 'N.J.', kind: 'state' },
  { name: 'N.J. Super.', kind: 'state' },
  { name: 'Pa.', kind: 'state' },
  { name: 'Pa. Super.', kind: 'state' },
  { name: 'Pa. Commw.', kind: 'state' },
  { name: 'Wash. 2d', kind: 'state' },
  { name: 'Wash. App.', kind: 'state' },
  { name: 'Wis. 2d', kind: 'state' },
  { name: 'N.C.', kind: 'state' },
  { name: 'N.C. App.', kind: 'state' },
  { name: 'Ga.', kind: 'state' },
  { name: 'Ga. App.', kind: 'state' },
  { name: 'Va.', kind: 'state' },
  { name: 'Md.', kind: 'state' },
  { name: 'Md. App.', kind: 'state' },
  { name: 'Conn.', kind: 'state' },
  { name: 'Conn. App.', kind: 'state' },
  { name: 'Minn.', kind: 'state' },
  { name: 'Or.', kind: 'state' },
  { name: 'Or. App.', kind: 'state' },
  { name: 'Ariz.', kind: 'state' },
  { name: 'Colo.', kind: 'state' },
  { name: 'Haw.', kind: 'state' },
  { name: 'Kan.', kind: 'state' },
  { name: 'Neb.', kind: 'state' },
  { name: 'Nev.', kind: 'state' },
  { name: 'N.H.', kind: 'state' },
  { name: 'N.M.', kind: 'state' },
  { name: 'Vt.', kind: 'state' },
  { name: 'Wyo.', kind: 'state' },
  { name: 'Tex.', kind: 'state' },
  { name: 'Tenn.', kind: 'state' },
];

/** Electronic databases: the "volume" is a year and the "page" a document number. */
const DATABASE: readonly Reporter[] = [
  { name: 'WL', kind: 'database' },
  { name: 'U.S. Dist. LEXIS', kind: 'database' },
  { name: 'U.S. App. LEXIS', kind: 'database' },
  { name: 'U.S. LEXIS', kind: 'database' },
];

export const REPORTERS: readonly Reporter[] = [...SUPREME, ...FEDERAL, ...REGIONAL, ...STATE, ...DATABASE];

/** Nominative reporters appear only inside `U.S. (4 Wheat.)`, never as the reporter of a citation. */
export const NOMINATIVE_REPORTERS: ReadonlySet<string> = new Set(['Dall.', 'Cranch', 'Wheat.', 'Pet.', 'How.', 'Black', 'Wall.']);

/**
 * The lookup key of a reporter abbreviation: lower case, without spaces, periods or apostrophes,
 * with `2nd`/`3rd` read as `2d`/`3d`.
 */
export function reporterKey(abbreviation: string): string {
  return abbreviation
    .toLowerCase()
    .replace(/[\s.'’\u00a0]/g, '')
    .replace(/(\d)(?:nd|rd)(?=$|[a-z])/g, '$1d');
}

const BY_KEY = new Map<string, Reporter>();
for (const reporter of REPORTERS) {
  BY_KEY.set(reporterKey(reporter.name), reporter);
  for (const variant of reporter.variants ?? []) BY_KEY.set(reporterKey(variant), reporter);
}

/** Abbreviations as written, already looked up (drafts repeat the same few spellings). */
const BY_SPELLING = new Map<string, Reporter | null>();

/** The reporter an abbreviation names, however it is spaced or punctuated; undefined when unknown. */
export function findReporter(abbreviation: string): Reporter | undefined {
  const known = BY_SPELLING.get(abbreviation);
  if (known !== undefined) return known ?? undefined;
  const reporter = BY_KEY.get(reporterKey(abbreviation));
  if (BY_SPELLING.size > 4096) BY_SPELLING.clear();
  BY_SPELLING.set(abbreviation, reporter ?? null);
  return reporter;
}

/** The longest number of tokens a reporter abbreviation spans (`U.S. Dist. LEXIS`, `Mass. App. Ct.`). */
export const MAX_REPORTER_TOKENS = 4;

/**
 * CourtListener's slug for a reporter, as its citation URLs use it: the standard abbreviation
 * lower-cased, punctuation dropped, spaces as hyphens (`U.S.` → `us`, `F. Supp. 2d` → `f-supp-2d`).
 */
export function courtListenerSlug(name: string): string {
  let slug = SLUGS.get(name);
  if (slug === undefined) {
    slug = slugify(name);
    if (SLUGS.size < 1024) SLUGS.set(name, slug);
  }
  return slug;
}

const SLUGS = new Map<string, string>();

function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}
