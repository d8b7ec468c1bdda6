import type { Citation, CitationKind } from '../types';
import type { SourceText } from '../text/sourceText';
import { caseNameBefore, shortNameBefore } from './caseName';
import { findReporter, MAX_REPORTER_TOKENS, NOMINATIVE_REPORTERS, type Reporter } from './reporters';
import { caseCitationUrl, ruleUrl, statuteUrl, type OpinionUrlLookup } from './urls';

/**
 * Citation extraction in time linear in the length of the draft.
 *
 * Every regular expression here is either a global scan whose quantifiers are bounded and never nested,
 * or a sticky (`y`) match anchored at one offset that reads a bounded number of characters. Anything
 * that looks around a candidate (the case name before it, the parenthetical after it) works on a
 * window of fixed size. So each candidate costs a constant, and candidates are found in one pass.
 */

export interface ExtractOptions {
  /** An exact opinion URL for a case, e.g. from the primer; the CourtListener citation URL is used otherwise. */
  readonly opinionUrl?: OpinionUrlLookup;
}

/** Spaces inside a citation, or one line break with its indentation. */
const GAP = String.raw`(?:[ \t\u00a0]{1,3}|[ \t\u00a0]{0,3}\r?\n[ \t\u00a0>]{0,6})`;
const OPTIONAL_GAP = String.raw`(?:[ \t\u00a0]{0,3}|[ \t\u00a0]{0,3}\r?\n[ \t\u00a0>]{0,6})`;

/** A volume: up to four digits not glued to a word, then a gap, then a capital letter. */
const VOLUME = new RegExp(String.raw`(?<![\w.,§$/-])(\d{1,4})${GAP}(?=[A-Z])`, 'g');
/** One token of a reporter abbreviation: `U.S.`, `F.3d`, `Supp.`, `2d`, `App'x`, `LEXIS`. */
const TOKEN = /[A-Z][A-Za-z.'’]{0,10}(?:\d(?:d|nd|rd|th|st)\.?)?|\d(?:d|nd|rd|th)\.?/y;
const TOKEN_GAP = /[ \u00a0]?/y;
const NOMINATIVE = new RegExp(String.raw`${GAP}\((\d{1,2})${GAP}([A-Z][A-Za-z.]{1,7})\)`, 'y');
const PAGE = new RegExp(String.raw`${GAP}(?:(\d{1,7})(?![\d.]\d)|(_{2,}|-{3,}|—{1,3}))`, 'y');
/** A pin cite: `388`, `388-89`, `388–91` (its end may wrap to the next line), `388 n.4`, `388 & n.4`, `*3`. */
const PIN = String.raw`\*{0,2}\d{1,7}(?:[ ]?[-–—](?:[ ]|\r?\n[ \t]{0,6})?\*{0,2}\d{1,7})?(?:[ ]{0,2}(?:&[ ]{0,2})?nn?\.[ ]{0,2}\d{1,3}(?:[-–]\d{1,3})?)?`;
/** `at 390` after a reporter; the Supreme Court's own style puts a comma first: `489 U. S., at 390`. */
const SHORT_PIN = new RegExp(String.raw`,?${GAP}at${GAP}(${PIN})`, 'y');
const NEXT_PIN = new RegExp(String.raw`,${OPTIONAL_GAP}(?:at${GAP})?(${PIN})(?![\w])`, 'y');
const FOOTNOTE_PIN = new RegExp(String.raw`[ ]{1,2}(nn?\.[ ]{0,2}\d{1,3}(?:[-–]\d{1,3})?)`, 'y');
const COMMA = new RegExp(String.raw`,${OPTIONAL_GAP}`, 'y');
const PARENTHETICAL = new RegExp(String.raw`${OPTIONAL_GAP}\(([^()]{0,80}?)\s?(\d{4})\)`, 'y');
const RUNNING_HEAD = /Cite as:[ \t\u00a0]{1,3}$/;
const TRAILING_DATE = /,?\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s*\d{0,2},?\s*$/;

const ID = /(?<![\w.])([*_]{0,3})(Id|id|Ibid|ibid)\.([*_]{0,3})/g;
const ID_AT = new RegExp(String.raw`,?${GAP}at${GAP}(${PIN})`, 'y');
const ID_SECTION = new RegExp(String.raw`${GAP}(§§?${OPTIONAL_GAP}[\w.()-]{1,30})`, 'y');
const SUPRA = /(?<![\w])([*_]{0,3})supra([*_]{0,3})(?![\w])/g;
const SUPRA_AT = new RegExp(String.raw`,?${GAP}at${GAP}(${PIN})`, 'y');
const SUPRA_NOTE = /,?\s{1,3}(?:note|notes|n\.|Part|pt\.)\s/y;
/** Record citations (`Compl. ¶ 12`, `ECF No. 7 at 3`): an `Id.` after one refers to the record, not a case. */
const RECORD = /(?<![\w.])(?:(?:Am\.|First Am\.|Second Am\.)\s)?(?:Compl\.|ECF\sNo\.|ECF|Dkt\.(?:\sNo\.)?|Doc\.\sNo\.|R\.\sDoc\.|Tr\.|Ex\.|Exh\.|Decl\.|Aff\.|J\.A\.|Pet\.\sApp\.|App\.)\s?(?:¶|at\s|\d)/g;

const FEDERAL_CODE = new RegExp(
  String.raw`(?<![\w.])(\d{1,2})${GAP}(U\.[ ]?S\.[ ]?C\.(?:[ ]?A\.)?|U\.[ ]?S\.[ ]?C\.[ ]?S\.|C\.[ ]?F\.[ ]?R\.)(?:${OPTIONAL_GAP}(§§?|[Ss]ections?|[Ss]ecs?\.))?${OPTIONAL_GAP}(?=\d)`,
  'g',
);
const NEXT_TITLE = /[ \t\u00a0\r\n]{1,3}(?:U\.[ ]?S\.[ ]?C\.|C\.[ ]?F\.[ ]?R\.)/y;
const BARE_SECTION = /(§§?)[ \t\u00a0]{0,2}(?=\d)/g;
const SECTION = /(\d{1,5}[a-z]{0,2}(?:-\d{1,4}[a-z]?)?(?:\.\d{1,5})?)((?:\([a-zA-Z0-9]{1,4}\)){0,6})/y;
const SECTION_SEPARATOR = /[ \t\u00a0]{0,2}(?:,[ \t\u00a0]{0,2}(?:and[ \t\u00a0]{1,2}|&[ \t\u00a0]{1,2}|or[ \t\u00a0]{1,2})?|and[ \t\u00a0]{1,2}|or[ \t\u00a0]{1,2}|&[ \t\u00a0]{1,2}|(?:to|through)[ \t\u00a0]{1,2}|[-–][ ]?)(?=\d)/y;
/** `Fed. R. Civ. P. 12(b)(6)`, also in the small capitals opinions print (`FED. R. CRIM. P. 11`). */
const RULE = /(?<![\w])(?:Fed|FED)\.[ ]?R\.[ ]?(Civ|Crim|App|Evid|Bankr|CIV|CRIM|APP|EVID|BANKR)\.[ ]?(?:P\.[ ]?)?(\d{1,4}(?:\.\d{1,2})?)((?:\([a-zA-Z0-9]{1,4}\)){0,5})/g;

/** Sections of the U.S. Code a § 1983 draft cites without naming the title, and their title. */
const USUAL_TITLES: Readonly<Record<string, number>> = {
  '1981': 42, '1982': 42, '1983': 42, '1985': 42, '1986': 42, '1988': 42, '1997e': 42, '2000d': 42, '12132': 42,
  '1331': 28, '1343': 28, '1367': 28, '1391': 28, '1441': 28, '1915': 28, '1915A': 28, '2201': 28, '2202': 28, '2254': 28,
  '242': 18,
};

const STATE_CODE_ENDINGS = new Set(['Code', 'Code.', 'Law', 'Laws', 'Stat.', 'Stats.', 'Ann.', 'Const.']);

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

interface Core {
  readonly start: number;
  /** End of the page (full) or of the pin (short form). */
  readonly end: number;
  readonly volume: number;
  readonly reporter: Reporter;
  readonly page?: number;
  readonly short: boolean;
  readonly pin?: string;
}

/** Reads `reporter page` (or `reporter at pin`) after a volume; undefined when none follows. */
function readCore(text: string, volumeStart: number, volume: number, at: number): Core | undefined {
  const ends: number[] = [];
  const keys: string[] = [];
  let position = at;
  let abbreviation = '';
  for (let k = 0; k < MAX_REPORTER_TOKENS; k++) {
    const token = matchAt(TOKEN, text, position);
    if (!token) break;
    const after = position + token[0].length;
    if (/[A-Za-z0-9]/.test(text.charAt(after))) break;
    abbreviation += (abbreviation ? ' ' : '') + token[0];
    ends.push(after);
    keys.push(abbreviation);
    const gap = matchAt(TOKEN_GAP, text, after)!;
    position = after + gap[0].length;
  }
  for (let k = keys.length - 1; k >= 0; k--) {
    const reporter = findReporter(keys[k]!);
    if (!reporter || NOMINATIVE_REPORTERS.has(reporter.name)) continue;
    let end = ends[k]!;
    if (reporter.name === 'U.S.') {
      const nominative = matchAt(NOMINATIVE, text, end);
      if (nominative && NOMINATIVE_REPORTERS.has(findReporter(nominative[2]!)?.name ?? '')) end += nominative[0].length;
    }
    const page = matchAt(PAGE, text, end);
    if (page) {
      if (page[1] !== undefined) {
        return { start: volumeStart, end: end + page[0].length, volume, reporter, page: Number(page[1]), short: false };
      }
      return { start: volumeStart, end: end + page[0].length, volume, reporter, short: false };
    }
    const short = matchAt(SHORT_PIN, text, end);
    if (short) return { start: volumeStart, end: end + short[0].length, volume, reporter, short: true, pin: short[1] };
  }
  return undefined;
}

function findCores(text: string): Core[] {
  const cores: Core[] = [];
  VOLUME.lastIndex = 0;
  for (let match = VOLUME.exec(text); match; match = VOLUME.exec(text)) {
    const volume = Number(match[1]);
    const core = readCore(text, match.index, volume, match.index + match[0].length);
    if (core) {
      cores.push(core);
      VOLUME.lastIndex = core.end;
    }
  }
  return cores;
}

function normalizePin(pin: string): string {
  if (!/\s/.test(pin)) return pin;
  return pin.replace(/\s+/g, ' ').replace(/\s?([-–—])\s?/g, '$1').trim();
}

function courtOf(inside: string): string | undefined {
  const court = inside.replace(/\s+/g, ' ').replace(TRAILING_DATE, '').replace(/[,\s]+$/, '').trim();
  return court.length > 0 ? court : undefined;
}

/** A citation before antecedents and indexes are known. */
interface Draft {
  kind: CitationKind;
  start: number;
  end: number;
  spanStart?: number;
  spanEnd?: number;
  volume?: number;
  reporter?: string;
  page?: number;
  pin?: string;
  year?: number;
  court?: string;
  caseName?: string;
  normalized?: string;
  section?: string;
  url?: string;
  /** For short forms: the short name before the cite, used to pick among antecedents. */
  shortName?: string;
  /** For parallel citations: the draft that opens the group. */
  groupHead?: Draft;
  /** For id.: true when followed by `at <pin>` (so it refers to a case, not a statute). */
  pinned?: boolean;
  /** Record citation: blocks id. resolution; not reported. */
  record?: boolean;
}

function caseDrafts(text: string, options: ExtractOptions): Draft[] {
  const cores = findCores(text);
  const coreAt = new Map<number, number>();
  cores.forEach((core, index) => coreAt.set(core.start, index));
  const drafts: Draft[] = [];
  for (let index = 0; index < cores.length; index++) {
    const core = cores[index]!;
    if (core.short) {
      // `566 U.S. at 164, 172`: further pins, unless the digits open the next citation.
      let pin = core.pin!;
      let end = core.end;
      for (let guard = 0; guard < 12; guard++) {
        const next = matchAt(NEXT_PIN, text, end);
        if (!next || coreAt.has(end + next[0].length - next[1]!.length)) break;
        pin += `, ${next[1]}`;
        end += next[0].length;
      }
      drafts.push({
        kind: 'short-case',
        start: core.start,
        end,
        volume: core.volume,
        reporter: core.reporter.name,
        pin: pin.split(', ').map(normalizePin).join(', '),
        shortName: shortNameBefore(text, core.start),
      });
      continue;
    }
    // `Cite as: 570 U. S. ____ (2013)`: a slip opinion's running head, pasted with its text, is not
    // something the draft cites, and an id. after a page break refers past it.
    if (core.page === undefined && RUNNING_HEAD.test(text.slice(Math.max(0, core.start - 12), core.start))) continue;
    // A full citation and the parallel citations that follow it, sharing one parenthetical.
    const group: Draft[] = [];
    let position = core.end;
    let current: Core = core;
    for (;;) {
      const pins: string[] = [];
      const footnote = matchAt(FOOTNOTE_PIN, text, position);
      if (footnote) {
        pins.push(footnote[1]!);
        position += footnote[0].length;
      }
      for (let guard = 0; guard < 12; guard++) {
        const pin = matchAt(NEXT_PIN, text, position);
        if (!pin) break;
        const digitsAt = position + pin[0].length - pin[1]!.length;
        if (coreAt.has(digitsAt)) break;
        pins.push(pin[1]!);
        position += pin[0].length;
      }
      const draft: Draft = {
        kind: 'full-case',
        start: current.start,
        end: current.end,
        volume: current.volume,
        reporter: current.reporter.name,
        page: current.page,
        pin: pins.length > 0 ? pins.map(normalizePin).join(', ') : undefined,
        normalized: `${current.volume} ${current.reporter.name} ${current.page ?? '___'}`,
        groupHead: group[0],
      };
      group.push(draft);
      const comma = matchAt(COMMA, text, position);
      const next = comma ? coreAt.get(position + comma[0].length) : undefined;
      if (next === undefined || cores[next]!.short || group.length >= 6) break;
      index = next;
      current = cores[next]!;
      position = current.end;
    }
    const parenthetical = matchAt(PARENTHETICAL, text, position);
    let spanEnd = position;
    let year: number | undefined;
    let court: string | undefined;
    if (parenthetical) {
      const candidate = Number(parenthetical[2]);
      if (candidate >= 1750 && candidate <= 2100) {
        year = candidate;
        court = courtOf(parenthetical[1]!);
        spanEnd = position + parenthetical[0].length;
      }
    }
    const name = caseNameBefore(text, core.start);
    for (const draft of group) {
      draft.year = year;
      draft.court = court;
      draft.caseName = name?.name;
      draft.spanStart = name?.start ?? group[0]!.start;
      draft.spanEnd = spanEnd;
      if (draft.page !== undefined) {
        const reporter = findReporter(draft.reporter!)!;
        draft.url = caseCitationUrl(draft.volume!, reporter, draft.page, options.opinionUrl);
      }
      drafts.push(draft);
    }
  }
  return drafts;
}

function idDrafts(text: string): Draft[] {
  const drafts: Draft[] = [];
  ID.lastIndex = 0;
  for (let match = ID.exec(text); match; match = ID.exec(text)) {
    const start = match.index + match[1]!.length;
    let end = match.index + match[0].length;
    const at = matchAt(ID_AT, text, end);
    let pin: string | undefined;
    if (at) {
      pin = normalizePin(at[1]!);
      end += at[0].length;
    }
    const section = at ? undefined : matchAt(ID_SECTION, text, end);
    drafts.push({ kind: 'id', start, end: at ? end : start + match[2]!.length + 1, pin, pinned: at !== null, section: section?.[1] });
  }
  return drafts;
}

function supraDrafts(text: string): Draft[] {
  const drafts: Draft[] = [];
  SUPRA.lastIndex = 0;
  for (let match = SUPRA.exec(text); match; match = SUPRA.exec(text)) {
    let end = match.index + match[0].length;
    if (matchAt(SUPRA_NOTE, text, end)) continue;
    const name = shortNameBefore(text, match.index);
    if (!name) continue;
    const at = matchAt(SUPRA_AT, text, end);
    let pin: string | undefined;
    if (at) {
      pin = normalizePin(at[1]!);
      end += at[0].length;
    }
    const nameStart = text.lastIndexOf(name.split(' ')[0]!, match.index);
    drafts.push({ kind: 'supra', start: nameStart >= 0 ? nameStart : match.index, end, pin, shortName: name });
  }
  return drafts;
}

/** How far before an id. a record citation is looked for. */
const RECORD_WINDOW = 400;

/**
 * Record citations in the stretch before each id. (only there can they change what an id. refers to),
 * so the scan costs a bounded window per id., not a pass over the draft.
 */
function recordDrafts(text: string, ids: readonly Draft[]): Draft[] {
  const drafts: Draft[] = [];
  let scannedTo = 0;
  for (const id of ids) {
    const from = Math.max(scannedTo, id.start - RECORD_WINDOW);
    const window = text.slice(from, id.start);
    scannedTo = id.start;
    RECORD.lastIndex = 0;
    for (let match = RECORD.exec(window); match; match = RECORD.exec(window)) {
      drafts.push({ kind: 'id', start: from + match.index, end: from + match.index + match[0].length, record: true });
    }
  }
  return drafts;
}

/** Reads the list of sections after `§`/`§§` at `at`; one entry per section with its offsets. */
function readSections(text: string, at: number, plural: boolean): { start: number; end: number; section: string; sub: string }[] {
  const sections: { start: number; end: number; section: string; sub: string }[] = [];
  let position = at;
  for (let guard = 0; guard < 40; guard++) {
    const section = matchAt(SECTION, text, position);
    if (!section) break;
    // `§§ 1331 and 1343, and 28 U.S.C. § 1367`: a number followed by a code name is the next title.
    if (sections.length > 0 && matchAt(NEXT_TITLE, text, position + section[0].length)) break;
    const number = section[1]!.replace(/\.$/, '');
    sections.push({ start: position, end: position + number.length + section[2]!.length, section: number, sub: section[2]! });
    position += section[0].length;
    if (!plural) break;
    const separator = matchAt(SECTION_SEPARATOR, text, position);
    if (!separator) break;
    position += separator[0].length;
  }
  return sections;
}

/** A state code named right before `§` on the same line (`Ohio Rev. Code Ann. §`), read backwards over at most eight tokens. */
function stateCodeBefore(text: string, at: number): string | undefined {
  const raw = text.slice(Math.max(0, at - 80), at);
  const window = raw.slice(raw.lastIndexOf('\n') + 1).trimEnd();
  const tokens = window.split(/[ \t\u00a0]+/);
  const last = tokens[tokens.length - 1] ?? '';
  if (!STATE_CODE_ENDINGS.has(last)) return undefined;
  const taken: string[] = [];
  for (let k = tokens.length - 1; k >= 0 && taken.length < 8; k--) {
    const token = tokens[k]!;
    if (!/^(?:[A-Z][A-Za-z.'’&]*|&|\d{1,3})$/.test(token)) break;
    taken.unshift(token);
  }
  return taken.length >= 2 ? taken.join(' ') : undefined;
}

function statuteDrafts(text: string): Draft[] {
  const drafts: Draft[] = [];
  const consumed = new Set<number>();
  const titleBySection = new Map<string, number>();
  FEDERAL_CODE.lastIndex = 0;
  for (let match = FEDERAL_CODE.exec(text); match; match = FEDERAL_CODE.exec(text)) {
    const title = Number(match[1]);
    const code = /C\.\s?F\.\s?R\./.test(match[2]!) ? 'C.F.R.' : 'U.S.C.';
    const sign = match[3];
    if (sign?.startsWith('§')) consumed.add(match.index + match[0].lastIndexOf('§') - (sign === '§§' ? 1 : 0));
    const plural = sign === '§§' || /s\.?$/.test(sign ?? '');
    const sections = readSections(text, match.index + match[0].length, plural);
    sections.forEach((section, k) => {
      if (code === 'U.S.C.') titleBySection.set(section.section, title);
      drafts.push({
        kind: 'statute',
        start: k === 0 ? match!.index : section.start,
        end: section.end,
        volume: title,
        reporter: code,
        section: section.section,
        pin: section.sub || undefined,
        normalized: `${title} ${code} § ${section.section}${section.sub}`,
        url: statuteUrl(code, title, section.section),
      });
    });
    if (sections.length > 0) FEDERAL_CODE.lastIndex = sections[sections.length - 1]!.end;
  }
  BARE_SECTION.lastIndex = 0;
  for (let match = BARE_SECTION.exec(text); match; match = BARE_SECTION.exec(text)) {
    if (consumed.has(match.index)) continue;
    const plural = match[1] === '§§';
    const sections = readSections(text, match.index + match[0].length, plural);
    const stateCode = stateCodeBefore(text, match.index);
    sections.forEach((section, k) => {
      const start = k === 0 ? match!.index : section.start;
      if (stateCode) {
        drafts.push({
          kind: 'statute',
          start: k === 0 ? Math.max(0, text.lastIndexOf(stateCode, match!.index)) : start,
          end: section.end,
          reporter: stateCode,
          section: section.section,
          pin: section.sub || undefined,
          normalized: `${stateCode} § ${section.section}${section.sub}`,
        });
        return;
      }
      const title = titleBySection.get(section.section) ?? USUAL_TITLES[section.section];
      drafts.push({
        kind: 'statute',
        start,
        end: section.end,
        volume: title,
        reporter: title !== undefined ? 'U.S.C.' : undefined,
        section: section.section,
        pin: section.sub || undefined,
        normalized: title !== undefined ? `${title} U.S.C. § ${section.section}${section.sub}` : `§ ${section.section}${section.sub}`,
        url: title !== undefined ? statuteUrl('U.S.C.', title, section.section) : undefined,
      });
    });
    if (sections.length > 0) BARE_SECTION.lastIndex = sections[sections.length - 1]!.end;
  }
  return drafts;
}

const RULE_SETS: Readonly<Record<string, string>> = {
  Civ: 'Fed. R. Civ. P.',
  Crim: 'Fed. R. Crim. P.',
  App: 'Fed. R. App. P.',
  Evid: 'Fed. R. Evid.',
  Bankr: 'Fed. R. Bankr. P.',
};

function ruleDrafts(text: string): Draft[] {
  const drafts: Draft[] = [];
  RULE.lastIndex = 0;
  for (let match = RULE.exec(text); match; match = RULE.exec(text)) {
    const name = match[1]!.charAt(0) + match[1]!.slice(1).toLowerCase();
    const set = RULE_SETS[name]!;
    drafts.push({
      kind: 'rule',
      start: match.index,
      end: match.index + match[0].length,
      reporter: set,
      section: match[2],
      pin: match[3] || undefined,
      normalized: `${set} ${match[2]}${match[3]}`,
      url: ruleUrl(name, match[2]!),
    });
  }
  return drafts;
}

/**
 * The full citation a short form (`Lafler, 566 U.S. at 164`) refers to, among the full citations of
 * the same volume and reporter: the latest whose name holds the short name, else the latest whose
 * first page is not after the pin, else the latest.
 */
function shortFormAntecedent(candidates: readonly number[] | undefined, citations: readonly Citation[], draft: Draft): number | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  const recent = candidates.slice(-8).reverse();
  const name = draft.shortName?.toLowerCase();
  if (name) {
    const words = nameWords(name);
    const named = recent.find((i) => {
      const full = citations[i]!.caseName?.toLowerCase();
      return full !== undefined && (full.includes(name) || (words.length > 0 && words.every((w) => full.includes(w))));
    });
    if (named !== undefined) return named;
  }
  const pin = Number.parseInt(draft.pin?.replace(/^\*+/, '') ?? '', 10);
  if (Number.isFinite(pin)) {
    // The case whose first page is closest below the pin: two cases in one volume (`539 U. S. 244`
    // and `539 U. S. 306`), `539 U. S., at 326` is in the second, whichever was cited last.
    let before: number | undefined;
    for (const i of recent) {
      const page = citations[i]!.page;
      if (page !== undefined && page <= pin && (before === undefined || page > citations[before]!.page!)) before = i;
    }
    if (before !== undefined) return before;
  }
  return recent[0];
}

/** Index words of case names so `Canton, supra` and short forms find their antecedent in constant time. */
const UNHELPFUL_NAME_WORDS = new Set([
  'city', 'county', 'state', 'states', 'united', 'department', "dep't", 'dept.', 'inc.', 'co.', 'corp.', 'of', 'the', 'and', 'v.', 'board', 'bd.',
  'police', 'school', 'district', 'town', 'village', 'estate', 'people', 'commonwealth', 'in', 're', 'ex', 'parte', 'rel.', 'for', 'new', 'york',
  'social', 'services', 'commissioners', 'cnty.', 'sch.', 'dist.', 'comm\'rs', 'officer', 'sheriff', 'et', 'al.',
]);

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s,]+/)
    .map((word) => word.replace(/^[*_("]+|[*_)",]+$/g, ''))
    .filter((word) => word.length >= 3 && !UNHELPFUL_NAME_WORDS.has(word));
}

function buildCitation(
  draft: Draft,
  source: SourceText,
  head: Citation | undefined,
  caseName: string | undefined,
  antecedent: number | undefined,
  parallel: number | undefined,
): Citation {
  // Short forms keep their own volume and reporter; id. and supra take the antecedent's.
  const own = draft.kind === 'full-case' || draft.kind === 'short-case' || draft.kind === 'statute' || draft.kind === 'rule';
  const citation: { -readonly [K in keyof Citation]: Citation[K] } = {
    kind: draft.kind,
    text: source.text.slice(draft.start, draft.end),
    range: source.rangeOf(draft.start, draft.end),
  };
  // Only known fields are set, so the JSON report carries no nulls.
  const set = <K extends keyof Citation>(key: K, value: Citation[K] | undefined): void => {
    if (value !== undefined) citation[key] = value;
  };
  set('volume', own ? draft.volume : head?.volume);
  set('reporter', own ? draft.reporter : head?.reporter);
  set('page', draft.page ?? head?.page);
  set('pin', draft.pin);
  set('year', draft.year ?? head?.year);
  set('court', draft.court ?? head?.court);
  set('caseName', head?.caseName ?? caseName);
  set('url', draft.url ?? head?.url);
  set('antecedent', antecedent);
  set('normalized', draft.normalized ?? head?.normalized);
  set('section', draft.section ?? head?.section);
  set('parallel', parallel);
  if (draft.spanStart !== undefined) citation.span = source.rangeOf(draft.spanStart, draft.spanEnd ?? draft.end);
  return citation;
}

/**
 * Sorts the drafts into document order and resolves short forms, id. and supra to their antecedent
 * full citation, the way a reader does: id. to the authority cited just before (unless a record cite
 * came between), a short form to the last full citation of that volume and reporter, supra to the
 * last full citation whose name holds the short name.
 */
function resolve(drafts: Draft[], source: SourceText, indexNames: boolean): Citation[] {
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  // Drop overlaps (e.g. `U.S.C.` read as a reporter, or a record cite inside a case cite); the first wins.
  const kept: Draft[] = [];
  let lastEnd = -1;
  for (const draft of drafts) {
    if (draft.start < lastEnd) continue;
    kept.push(draft);
    lastEnd = draft.end;
  }
  const citations: Citation[] = [];
  const indexOf = new Map<Draft, number>();
  const byVolumeReporter = new Map<string, number[]>();
  const byNameWord = new Map<string, number>();
  const byFullName = new Map<string, number>();
  /** The authority an id. would refer to now: a case (index), a statute (index), or a record cite (-1). */
  let lastCase: number | undefined;
  let lastAuthority: number | undefined;
  let lastStatute: number | undefined;
  const depthAt = parenthesisDepth(source.text);
  for (const draft of kept) {
    // An authority cited inside another's parenthetical ("(quoting Monell, 436 U.S. 658 (1978))") is not the
    // one a following id. refers to (Bluebook R. 4.1): it is read, but it does not become the antecedent.
    const parenthetical = depthAt(draft.start) > 0;
    if (draft.record) {
      lastAuthority = -1;
      continue;
    }
    let antecedent: number | undefined;
    let caseName = draft.caseName;
    if (draft.kind === 'short-case') {
      antecedent = shortFormAntecedent(byVolumeReporter.get(`${draft.volume}|${draft.reporter}`), citations, draft);
      caseName = draft.shortName;
    } else if (draft.kind === 'supra') {
      const name = draft.shortName!.toLowerCase();
      antecedent = byFullName.get(name);
      if (antecedent === undefined) {
        for (const word of nameWords(name).reverse()) {
          antecedent = byNameWord.get(word);
          if (antecedent !== undefined) break;
        }
      }
      caseName = draft.shortName;
    } else if (draft.kind === 'id') {
      if (draft.pinned) antecedent = lastAuthority === lastCase ? lastCase : lastAuthority === -1 ? undefined : lastCase;
      else if (draft.section) antecedent = lastStatute;
      else antecedent = lastAuthority === -1 ? undefined : lastAuthority;
      if (antecedent === undefined) continue; // refers to the record or to nothing we know: not an authority
    }
    const index = citations.length;
    indexOf.set(draft, index);
    const head = antecedent !== undefined ? citations[antecedent] : undefined;
    const parallel = draft.groupHead ? indexOf.get(draft.groupHead) : undefined;
    const citation = buildCitation(draft, source, head, caseName, antecedent, parallel);
    citations.push(citation);
    // What later short forms, id. and supra may refer to.
    const target = antecedent ?? index;
    const targetCitation = citations[target]!;
    if (parenthetical) {
      if (draft.kind === 'full-case') indexFullCase(draft, index, parallel);
      continue;
    }
    if (draft.kind === 'statute' || draft.kind === 'rule' || (draft.kind === 'id' && targetCitation.kind === 'statute')) {
      if (draft.kind === 'statute' && draft.volume !== undefined) {
        lastStatute = target;
        lastAuthority = target;
      }
      continue;
    }
    const caseTarget = targetCitation.parallel ?? target;
    lastCase = caseTarget;
    lastAuthority = caseTarget;
    if (draft.kind === 'full-case') indexFullCase(draft, index, parallel);
  }
  return citations;

  /** What later short forms and supra may refer to: a full citation by volume and reporter, and by its name. */
  function indexFullCase(draft: Draft, index: number, parallel: number | undefined): void {
    const key = `${draft.volume}|${draft.reporter}`;
    const list = byVolumeReporter.get(key);
    if (list) list.push(index);
    else byVolumeReporter.set(key, [index]);
    if (indexNames && draft.caseName && parallel === undefined) {
      const lower = draft.caseName.toLowerCase();
      byFullName.set(lower, index);
      const plaintiff = lower.split(' v. ')[0]!;
      byFullName.set(plaintiff, index);
      for (const word of nameWords(lower)) byNameWord.set(word, index);
    }
  }
}

/**
 * How many parentheses are open at each offset, asked for in increasing order (one pass over the text in all).
 * A blank line, or a citation sentence that ends (")." and a capitalised word), closes whatever is open, so a
 * stray or unclosed "(" — opinions have them — cannot hide what follows.
 */
function parenthesisDepth(text: string): (offset: number) => number {
  let at = 0;
  let depth = 0;
  const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
  return (offset) => {
    for (; at < offset; at++) {
      const c = text.charCodeAt(at);
      if (c === 40) depth++;
      else if (c === 41) depth = Math.max(0, depth - 1);
      else if (c === 10 && (text.charCodeAt(at + 1) === 10 || (text.charCodeAt(at + 1) === 13 && text.charCodeAt(at + 2) === 10))) depth = 0;
      else if (c === 46 && depth > 0 && text.charCodeAt(at - 1) === 41) {
        let next = at + 1;
        while (next < at + 8 && isSpace(text.charCodeAt(next))) next++;
        const letter = text.charCodeAt(next);
        if (next > at + 1 && letter >= 65 && letter <= 90) depth = 0;
      }
    }
    return depth;
  };
}

/** Every case, statute and rule citation in the draft, in document order, with short forms resolved. */
export function extract(source: SourceText, options: ExtractOptions = {}): Citation[] {
  const text = source.text;
  const ids = idDrafts(text);
  const supras = supraDrafts(text);
  const drafts = [
    ...caseDrafts(text, options),
    ...ids,
    ...supras,
    ...recordDrafts(text, ids),
    ...statuteDrafts(text),
    ...ruleDrafts(text),
  ];
  return resolve(drafts, source, supras.length > 0);
}
