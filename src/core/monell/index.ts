/**
 * Monell analysis: finds each claim against a municipality, its theory, and for failure-to-train
 * (supervise, discipline) claims decides each element — specific deficiency, deliberate
 * indifference, causation — as present, conclusory or missing, with the sentences it rests on.
 * Sentences count wherever they are in the claim's reach: its own paragraphs and every paragraph
 * it incorporates by reference. Linear in the length of the draft.
 */
import type { Claim, ClaimElement, Evidence, Finding, Range } from '../types';
import type { SourceText } from '../text/sourceText';
import { parseStructure, within, type DocumentStructure, type Section, type Sentence } from '../structure';
import { applySuppressions } from '../suppression';
import { CASES, ELEMENTS, ELEMENT_KEYS, INADEQUACY_THEORIES, type ElementKey, type Theory } from './authorities';
import { IMPUNITY, isCitationSentence, plainSentence, readSentence, type SentenceReading } from './language';
import { datedOnlyAfter, incidentDay } from './timeline';

export { CASES, ELEMENTS, ELEMENT_KEYS, THEORY_LABELS, INADEQUACY_THEORIES } from './authorities';
export type { ElementInfo, ElementKey, Theory } from './authorities';
export { readSentence, clearReadingCache } from './language';
export { allegationSkeleton } from './skeletons';
export { monellReportMarkdown, elementsPleaded, STATUS_LABELS } from './report';

export interface MonellAnalysis {
  readonly claims: Claim[];
  readonly findings: Finding[];
}

export const MONELL_CODES = [
  ...INADEQUACY_THEORIES.flatMap((theory) => ELEMENT_KEYS.map((key) => `${theory}/${ELEMENTS[key].codeSuffix}`)),
  'failure-to-train/single-incident-without-obviousness',
  'monell/respondeat-superior',
  'monell/police-department-defendant',
  'monell/punitive-damages-against-municipality',
  'monell/conclusory-policy-or-custom',
  'monell/state-defendant',
] as const;

const MUNICIPALITY = /\b(?:city|county|town|village|township|borough|parish|municipality|municipal|metropolitan government|sheriff'?s? (?:office|department)|police department|school district|board of (?:county )?commissioners|consolidated government)\b/i;
const PLAIN_MONELL_TITLE = /\btrain\w*|\bsupervis\w*|\bdisciplin\w*|\b(?:city|county|town|village|municipal|municipality)(?:'s)? liab\w*|\bliability of (?:the )?(?:city|county|town|village|municipality)\b/i;
const MONELL_TITLE = /\bmonell\b|\bmunicipal liability\b|\bfail(?:ure|ed|ing)? to (?:\w+ ){0,2}(?:train|supervise|discipline|investigate)\b|\b(?:inadequate|deficient|insufficient|improper|negligent) (?:\w+ )?(?:training|supervision|discipline)\b|\bunconstitutional (?:policy|custom|practice)\b|\b(?:policy|custom|practice),? (?:or|and) (?:custom|practice|policy)\b|\bratification\b|\bfinal policymak/i;

interface ReadSentence {
  readonly sentence: Sentence;
  readonly reading: SentenceReading;
  /**
   * The sentence before, when the two together plead an element: a deficiency, then "Because of that,
   * Officer Lee ..." (causation); training named, then "It never covers ..." (the deficiency).
   */
  readonly pairedWith?: { readonly key: ElementKey; readonly sentence: Sentence };
}

function theoryFromText(text: string): Theory | undefined {
  const lower = text.toLowerCase();
  const order: Array<[Theory, RegExp]> = [
    ['failure-to-train', /\b(?:fail\w* to (?:\w+ )?(?:train|instruct)|inadequate(?:ly)? train\w*|(?:lack|absence) of (?:adequate )?training|train(?:ed|ing|s)?|untrained|taught|instruct(?:ed|ion))\b/],
    ['failure-to-supervise', /\b(?:fail\w* to (?:\w+ )?supervise|inadequate supervision|supervis\w*|oversee\w*|oversaw|oversight)\b/],
    ['failure-to-discipline', /\b(?:fail\w* to (?:\w+ )?discipline|disciplin\w*)\b/],
    ['ratification', /\bratif\w*/],
    ['final-policymaker', /\bfinal policymak\w*/],
    ['official-policy', /\b(?:official|written|express) policy\b|\bpolicy\b/],
    ['custom', /\bcustom\b|\bpractice\b|\bwidespread\b/],
  ];
  // A custom or policy "of deficient training" is a failure-to-train theory: the inadequacy theories
  // win over policy and custom wherever they appear; among each group, the earliest mention wins.
  const earliest = (candidates: ReadonlyArray<[Theory, RegExp]>) => {
    let best: { theory: Theory; at: number } | undefined;
    for (const [theory, pattern] of candidates) {
      const match = pattern.exec(lower);
      if (match && (!best || match.index < best.at)) best = { theory, at: match.index };
    }
    return best?.theory;
  };
  return earliest(order.slice(0, 3)) ?? earliest(order.slice(3));
}

/** "Sheriff Whitcomb is the County's final policymaker": who decides for the municipality, not a theory of liability. */
const POLICYMAKER_NAMED = /\b(?:is|was|are|were|as|serves as|served as)\s+(?:the\s+)?(?:[\w']+\s+){0,2}?final policymak\w*/i;

/**
 * The theory of a count whose title names none and whose reach pleads no deficiency, from its own
 * sentences, leaving out statements of law ("a county is liable when its own policy or custom ...") and
 * the naming of the policymaker: training, supervision or discipline words; then an officer's expected
 * impunity (discipline); then policy, custom, ratification or a policymaker's decision. A count that
 * still names none but pleads the municipality's deliberate indifference is an inadequacy claim whose
 * deficiency is unstated: deliberate indifference is the fault that claims of what a municipality failed
 * to do require (Board of County Commissioners v. Brown, 520 U.S. 397, 407 (1997)), and knowing of
 * misconduct and doing nothing is, first of all, a failure to supervise.
 */
function theoryOfCountText(own: readonly { readonly text: string; readonly reading: SentenceReading }[]): Theory {
  const pleaded = own.filter(({ reading }) => !reading.statementOfLaw);
  const text = pleaded.map(({ text }) => text).join(' ');
  const inadequacy = theoryFromText(text);
  if (inadequacy && INADEQUACY_THEORIES.includes(inadequacy)) return inadequacy;
  if (IMPUNITY.test(text)) return 'failure-to-discipline';
  const other = theoryFromText(pleaded.map(({ text }) => text.replace(POLICYMAKER_NAMED, ' ')).join(' '));
  if (other) return other;
  return pleaded.some(({ reading }) => reading.deliberateIndifference !== undefined) ? 'failure-to-supervise' : 'custom';
}

/** Words of a caption's plaintiff line that are not names. */
const NOT_A_NAME = new Set(['plaintiff', 'plaintiffs', 'petitioner', 'estate', 'the', 'and', 'of', 'administrator', 'administratrix', 'personal', 'representative', 'deceased', 'individually', 'behalf', 'minor', 'next', 'friend', 'parent', 'guardian', 'through', 'her', 'his', 'their', 'pro', 'et', 'al', 'v', 'vs', 'division', 'district', 'northern', 'southern', 'eastern', 'western', 'middle', 'central', 'court']);

/** The plaintiff's names from the caption ("RIO CASTELLANOS, Plaintiff" → castellanos, rio), as a pattern on lower-case text. */
function plaintiffNamePattern(caption: string | undefined): RegExp | undefined {
  const names = [...new Set((caption ?? '').toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [])].filter((word) => !NOT_A_NAME.has(word)).slice(0, 6);
  return names.length > 0 ? new RegExp(`\\b(?:${names.join('|')})\\b`) : undefined;
}

const NOT_A_SURNAME = new Set(['officer', 'deputy', 'detention', 'sergeant', 'sgt', 'lieutenant', 'corporal', 'detective', 'trooper', 'jailer', 'captain', 'chief', 'sheriff', 'nurse', 'guard', 'agent', 'individually', 'official', 'individual', 'capacity', 'capacities', 'badge', 'star', 'no', 'his', 'her', 'their', 'in', 'the', 'and', 'jr', 'sr', 'ii', 'iii', 'defendants', 'defendant', 'does', 'doe', 'unknown', 'complaint', 'demand', 'jury', 'trial', 'demanded', 'for', 'hon', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'will', 'case']);

/**
 * The surnames of the officers the caption sues ("OFFICER BRANDT KESSLER, in his individual capacity" → Kessler),
 * as a pattern on the draft's text where no title comes before them: many drafts call an officer "Kessler"
 * after the first mention. A caption's municipality, "Does", titles and capacities are not names.
 */
function officerSurnamePattern(captionDefendants: string | undefined, plaintiff: RegExp | undefined): RegExp | undefined {
  const surnames = new Set<string>();
  for (const segment of (captionDefendants ?? '').split(/;|\band\b|\)|\(|\n/i)) {
    if (MUNICIPALITY.test(segment) || /\bdoes?\b/i.test(segment)) continue;
    const words = (segment.split(',')[0]!.match(/[A-Za-z][A-Za-z'-]+/g) ?? []).filter((word) => !NOT_A_SURNAME.has(word.toLowerCase()) && word.length >= 3);
    const last = words[words.length - 1];
    if (!last || words.length > 4) continue;
    const surname = last[0]!.toUpperCase() + last.slice(1).toLowerCase();
    if (!plaintiff?.test(surname.toLowerCase())) surnames.add(surname);
  }
  if (surnames.size === 0) return undefined;
  return new RegExp(String.raw`(?<!\b(?:Officer|Deputy|Sergeant|Sgt\.|Sgt|Trooper|Corporal|Detective|Lieutenant|Lt\.|Jailer|Guard|Agent|Defendant|Mr\.|Ms\.|Mrs\.|Mx\.|Dr\.)\s+|[A-Z][a-z]+\s+)\b(?:${[...surnames].slice(0, 8).join('|')})\b(?!\s+(?:County|City|Town|Street|Avenue|Road|Park|Drive|Lane|Township)\b)`, 'g');
}

function evidenceOf(source: SourceText, sentence: Sentence): Evidence {
  return { text: plainSentence(source.text.slice(sentence.start, sentence.end)), range: sentence.range };
}

/**
 * The sentences a count can rely on: its own and those of every paragraph it incorporates (or, when it
 * incorporates nothing, the general allegations before the first count). A number
 * that appears more than once (a misnumbered draft, or several complaints in one file) refers to the
 * last paragraph with that number before the count.
 */
function sentencesInReach(structure: DocumentStructure, count: Section, lastBefore: (n: number, offset: number) => number | undefined): Sentence[] {
  const own = within(structure.sentences, count.headingEnd, count.end);
  const incorporated = new Set<number>();
  for (const incorporation of within(structure.incorporations, count.start, count.end)) {
    for (const n of incorporation.paragraphs) {
      const index = lastBefore(n, count.start);
      if (index !== undefined) incorporated.add(index);
    }
  }
  // A count that incorporates nothing (common in pro se drafts) is read with the general allegations
  // before the first count, as a court reads a complaint as a whole.
  if (incorporated.size === 0 && within(structure.incorporations, count.start, count.end).length === 0) {
    const firstCount = structure.sections.find((section) => section.kind === 'count')?.start ?? count.start;
    return [...within(structure.sentences, 0, firstCount), ...own];
  }
  if (incorporated.size === 0) return own;
  const spans: Sentence[] = [];
  for (const index of [...incorporated].sort((a, b) => a - b)) {
    const paragraph = structure.paragraphs[index]!;
    spans.push(...within(structure.sentences, paragraph.contentStart, paragraph.end));
  }
  return [...spans, ...own];
}

/** For each paragraph number, the indices of the paragraphs that carry it, in document order. */
function paragraphLookup(structure: DocumentStructure): (n: number, offset: number) => number | undefined {
  const byNumber = new Map<number, number[]>();
  structure.paragraphs.forEach((paragraph, index) => {
    const list = byNumber.get(paragraph.number);
    if (list) list.push(index);
    else byNumber.set(paragraph.number, [index]);
  });
  return (n, offset) => {
    const list = byNumber.get(n);
    if (!list) return undefined;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (structure.paragraphs[list[mid]!]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? list[low - 1] : undefined;
  };
}

/** An element is present when any sentence in reach pleads facts for it, conclusory when some only state its label. */
function decide(readings: readonly ReadSentence[], source: SourceText, key: ElementKey): ClaimElement {
  const present = readings.filter((r) => r.reading[key] === 'present');
  if (present.length > 0) return { status: 'present', evidence: present.map((r) => evidenceOf(source, r.sentence)) };
  const pairs = readings.filter((r) => r.pairedWith?.key === key);
  if (pairs.length > 0) return { status: 'present', evidence: pairs.flatMap((r) => [evidenceOf(source, r.pairedWith!.sentence), evidenceOf(source, r.sentence)]) };
  const conclusory = readings.filter((r) => r.reading[key] === 'conclusory');
  if (conclusory.length > 0) return { status: 'conclusory', evidence: conclusory.map((r) => evidenceOf(source, r.sentence)) };
  return { status: 'missing', evidence: [] };
}

function message(theory: Theory, key: ElementKey, element: ClaimElement): string {
  const info = ELEMENTS[key];
  const what = theory.replace(/-/g, ' ').replace(/^f/, 'F');
  const state = element.status === 'conclusory'
    ? `${what}: ${info.label.toLowerCase()} is pleaded only as a conclusion.`
    : `${what}: no facts plead ${info.label.toLowerCase()}.`;
  return `${state} ${info.rule} ${info.cure}`;
}

/** A sentence about the plaintiff, whose dates place the incident. */
const ABOUT_PLAINTIFF = /\b(?:[Pp]laintiffs?|[Dd]ecedent|I|me|my)\b|\b(?:Mr|Ms|Mrs|Mx)\.\s/;

const DEFENDANT_PARTY = /\b(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}(?:Police Department|Sheriff'?s (?:Office|Department)|Police Dep't|Department of Police)\b/g;

/** Findings about the draft as a whole that a careful reviewer of a Monell claim raises. */
/**
 * A State, or an agency or university that is usually an arm of it, named as a party: "STATE OF OHIO", "Michigan
 * State Police", "Halvern State University", "Board of Trustees of Corliss State University", "Ohio Department of
 * Rehabilitation and Correction". Anchored where a party's name begins; a county or city department is not the State.
 */
const STATE_PARTY = /^(?:the\s+)?((?:state of [a-z]+(?: [a-z]+)?|(?:board of (?:trustees|regents|governors) of (?:the )?)?(?:[a-z]+ ){1,3}state university|(?:[a-z]+ ){1,2}state (?:police|highway patrol|patrol)|(?:[a-z]+ ){1,2}highway patrol|(?:[a-z]+ ){1,2}department of (?:corrections?|rehabilitation and correction|public safety|criminal justice|state police))\b)/i;

/** The State or arm of the State a caption segment or a "Defendant ..." paragraph opens with, as a name written as one. */
function stateParty(text: string): { name: string; offset: number } | undefined {
  const match = STATE_PARTY.exec(text);
  if (!match) return undefined;
  const name = match[1]!;
  // A party's name is capitalised ("Michigan State Police", "HALVERN STATE UNIVERSITY"), and it is not a county's or city's.
  if (name.split(/\s+/).some((word) => !/^(?:of|the|and)$/i.test(word) && !/^[A-Z]/.test(word))) return undefined;
  if (/\b(?:county|city|town|village|township|parish|municipal)\b/i.test(name)) return undefined;
  return { name, offset: match[0].length - name.length };
}

function documentFindings(source: SourceText, structure: DocumentStructure, hasMunicipalDefendant: boolean, hasClaim: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of structure.sentences) {
    const raw = source.text.slice(sentence.start, sentence.end);
    if (!/punitive|exemplary|respondeat|vicarious|liable/i.test(raw)) continue;
    const lower = plainSentence(raw).toLowerCase();
    if (hasClaim && /\brespondeat superior\b|\bvicarious(?:ly)? liab\w*|\bliable for the (?:acts|conduct|actions|torts|omissions) of its (?:employees|officers|agents|deputies)\b|\bliable (?:solely )?(?:because|as) (?:the )?employer\b/.test(lower)) {
      findings.push({
        code: 'monell/respondeat-superior',
        severity: 'warning',
        message: 'A municipality is not liable under § 1983 merely because it employs the officer: respondeat superior is not a basis for liability (Monell v. Department of Social Services, 436 U.S. 658, 691 (1978)). Plead the city\'s own policy, custom or deliberately indifferent failure instead.',
        range: sentence.range,
        evidence: [evidenceOf(source, sentence)],
        primerSlug: 'monell-liability',
        authority: CASES.monell,
        cure: 'Replace the vicarious-liability theory with facts of the municipality\'s own policy, custom or failure to train.',
      });
    }
    if (hasMunicipalDefendant && /\b(?:punitive|exemplary)\s+damages\b/.test(lower) && /\bagainst (?:all|each of the|each|the) defendants\b|\bagainst (?:the |defendant )?(?:city|county|town|village|township|borough|municipality)\b|\bagainst defendants,? jointly\b|\bjointly and severally\b/.test(lower) && !/\bindividual(?:ly)?\b|\bother than the (?:city|county)\b|\bexcept\b/.test(lower)) {
      findings.push({
        code: 'monell/punitive-damages-against-municipality',
        severity: 'warning',
        message: 'Punitive damages are not available against a municipality under § 1983 (City of Newport v. Fact Concerts, Inc., 453 U.S. 247, 271 (1981)). Limit the punitive-damages demand to the individual defendants.',
        range: sentence.range,
        evidence: [evidenceOf(source, sentence)],
        primerSlug: 'municipal-liability',
        authority: CASES.newport,
        cure: 'Ask for punitive damages "against the individual Defendants" only.',
      });
    }
  }
  // A police department or sheriff's office named as a defendant.
  const places: Array<{ start: number; end: number }> = [];
  if (structure.caption?.defendants) places.push(structure.caption.defendants);
  for (const paragraph of structure.paragraphs) {
    const body = source.text.slice(paragraph.contentStart, Math.min(paragraph.end, paragraph.contentStart + 400));
    if (/^\s*Defendant\b/.test(body)) places.push({ start: paragraph.contentStart, end: Math.min(paragraph.end, paragraph.contentStart + 400) });
  }
  for (const place of places) {
    const text = source.text.slice(place.start, place.end);
    DEFENDANT_PARTY.lastIndex = 0;
    const match = DEFENDANT_PARTY.exec(text);
    if (!match) continue;
    // "The City operates the Riverbend Police Department" names the department without suing it.
    const before = text.slice(0, match.index);
    if (/\b(?:operates|runs|maintains|through|of|by|employed|within)\s+(?:the\s+)?$/i.test(before)) continue;
    const start = place.start + match.index + (match[0].length - match[0].trimStart().length);
    const end = place.start + match.index + match[0].length;
    findings.push({
      code: 'monell/police-department-defendant',
      severity: 'warning',
      message: 'A police department or sheriff\'s office is usually not a legal entity that can be sued apart from the city or county; capacity to be sued turns on state law (Fed. R. Civ. P. 17(b)(3); Dean v. Barber, 951 F.2d 1210, 1214 (11th Cir. 1992)). Name the city or county instead, unless state law makes the department suable.',
      range: source.rangeOf(start, end),
      evidence: [{ text: match[0].trim(), range: source.rangeOf(start, end) }],
      primerSlug: 'municipal-liability',
      authority: CASES.deanVBarber,
      cure: 'Sue the municipality that operates the department.',
    });
    break;
  }
  // A State or an arm of the State named as a defendant: a caption segment, or a "Defendant ..." paragraph, that opens with it.
  const parties: Array<{ start: number; text: string }> = [];
  const caption = structure.caption?.defendants;
  if (caption) {
    const text = source.text.slice(caption.start, caption.end);
    for (const segment of text.matchAll(/[^;()]+/g)) {
      for (const part of segment[0].split(/\band\b/i)) {
        const at = segment.index! + segment[0].indexOf(part);
        const lead = part.length - part.trimStart().length;
        // A segment that opens in lower case continues the line before ("a political subdivision of / the State of Oregon").
        if (/^[a-z]/.test(part.trimStart())) continue;
        parties.push({ start: caption.start + at + lead, text: part.trimStart() });
      }
    }
  }
  for (const paragraph of structure.paragraphs) {
    const body = source.text.slice(paragraph.contentStart, Math.min(paragraph.end, paragraph.contentStart + 200));
    const opening = /^\s*Defendants?,?\s+/.exec(body);
    if (opening) parties.push({ start: paragraph.contentStart + opening[0].length, text: body.slice(opening[0].length) });
  }
  for (const party of parties) {
    const state = stateParty(party.text);
    if (!state) continue;
    const start = party.start + state.offset;
    const end = start + state.name.length;
    findings.push({
      code: 'monell/state-defendant',
      severity: 'warning',
      message: 'A State, and an agency or university that is an arm of the State, is not a "person" who can be sued under § 1983 (Will v. Michigan Department of State Police, 491 U.S. 58, 64, 70–71 (1989)); whether a particular university or department is an arm of the State turns on state law. Sue the officials who acted instead: in their individual capacities for damages, or in their official capacities for prospective relief only (Will, 491 U.S. at 71 n.10).',
      range: source.rangeOf(start, end),
      evidence: [{ text: state.name, range: source.rangeOf(start, end) }],
      primerSlug: 'suable-entity',
      authority: CASES.will,
      cure: 'Name the state officials who acted, individually for damages or officially for an injunction, instead of the State or its agency.',
    });
    break;
  }
  return findings;
}

/** Whether two sentences sit in the same paragraph (no blank line and no new numbered paragraph between them). */
function sameParagraph(source: SourceText, first: Sentence, second: Sentence): boolean {
  return !/\n[ \t]*\r?\n/.test(source.text.slice(first.end, second.start)) && !/\n\s*(?:¶\s*)?\d{1,4}\.?\s/.test(source.text.slice(first.end, second.start + 8));
}

/**
 * The sentence's own reading, with its paragraph's citation and the parties' names as context: a sentence
 * followed by a citation in the same paragraph ("A municipality is liable … *Canton*, 489 U.S. at 388.") states the law.
 */
function readInDraft(source: SourceText, structure: DocumentStructure, index: number, parties: DraftParties): SentenceReading {
  const sentence = structure.sentences[index]!;
  const next = structure.sentences[index + 1];
  const lawContext = next !== undefined && sameParagraph(source, sentence, next) && isCitationSentence(source.text.slice(next.start, next.end));
  return readSentence(source.text.slice(sentence.start, sentence.end), lawContext, parties.plaintiff, parties.officers);
}

/** Who the draft names: the plaintiff (whose story is this incident) and the officers it sues. */
interface DraftParties {
  readonly plaintiff: RegExp | undefined;
  readonly officers: RegExp | undefined;
}

function draftParties(source: SourceText, structure: DocumentStructure): DraftParties {
  const plaintiff = plaintiffNamePattern(structure.caption?.plaintiffs?.text);
  return { plaintiff, officers: officerSurnamePattern(structure.caption?.defendants?.text, plaintiff) ?? officerSurnamePattern(namedDefendants(source, structure), plaintiff) };
}

/**
 * The people the parties section sues by name ("Defendant Travis Harlan is a deputy ...", "Defendant Officer Kyle R.
 * Harlan ..."), as a caption would list them: for drafts whose caption the reader could not split into parties.
 */
function namedDefendants(source: SourceText, structure: DocumentStructure): string {
  const names: string[] = [];
  for (const paragraph of structure.paragraphs) {
    const opening = source.text.slice(paragraph.contentStart, Math.min(paragraph.end, paragraph.contentStart + 120));
    const named = /^\s*Defendants?,?\s+(?:(?:Detention\s+)?(?:Officer|Deputy|Sergeant|Sgt\.|Detective|Corporal|Lieutenant|Trooper|Jailer)\s+)?((?:[A-Z][a-z'-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'-]+|[A-Z]\.)){1,3})\b/.exec(opening);
    if (named && !MUNICIPALITY.test(named[1]!)) names.push(named[1]!.replace(/\s+[A-Z]\.(?=\s|$)/g, ''));
    if (names.length >= 8) break;
  }
  return names.join('; ');
}

/**
 * Reads the draft's sentences from `from` on, as `analyzeMonell` will, until `shouldPause` says to stop; returns
 * the index to go on from, or `undefined` once every sentence is read. Readings are cached by sentence, so an
 * editor can read a long draft in slices between other work, and the analysis that follows costs little more
 * than its structure.
 */
export function readMonellSentences(source: SourceText, structure: DocumentStructure, from = 0, shouldPause: () => boolean = () => false): number | undefined {
  const parties = draftParties(source, structure);
  for (let index = from; index < structure.sentences.length; index++) {
    readInDraft(source, structure, index, parties);
    if (index + 1 < structure.sentences.length && shouldPause()) return index + 1;
  }
  return undefined;
}

/** Monell claims in the draft, each element judged present, conclusory or missing, and the findings they raise. */
export function analyzeMonell(source: SourceText, structure: DocumentStructure = parseStructure(source)): MonellAnalysis {
  const claims: Claim[] = [];
  const findings: Finding[] = [];
  // Each sentence is read once, when a claim first needs it.
  const readings = new Map<Sentence, SentenceReading>();
  const position = new Map<Sentence, number>();
  structure.sentences.forEach((sentence, index) => position.set(sentence, index));
  const textOf = (sentence: Sentence) => source.text.slice(sentence.start, sentence.end);
  const sentenceReadings = new Map<Sentence, SentenceReading>();
  const sentenceReadingOf = (sentence: Sentence): SentenceReading => {
    let reading = sentenceReadings.get(sentence);
    if (!reading) {
      reading = readInDraft(source, structure, position.get(sentence)!, parties);
      sentenceReadings.set(sentence, reading);
    }
    return reading;
  };
  let incident: number | undefined | null = null;
  const incidentOf = (): number | undefined => {
    // Sentences about the plaintiff, not counting quoted speech ("I cannot supervise sixteen officers") or the notice a sentence pleads.
    const aboutPlaintiff = (sentence: Sentence) => {
      const unquoted = textOf(sentence).replace(/["\u201c][^"\u201d]*["\u201d]/g, ' ');
      return ABOUT_PLAINTIFF.test(unquoted) || (plaintiff?.test(unquoted.toLowerCase()) ?? false);
    };
    if (incident === null) {
      const notNotice = structure.sentences.filter((sentence) => sentenceReadingOf(sentence).deliberateIndifference !== 'present');
      incident = incidentDay(notNotice.filter(aboutPlaintiff).map(textOf), notNotice.map(textOf));
    }
    return incident;
  };
  /** The reading in this draft: the sentence's own, less what the draft's timeline shows to be aftermath. */
  const readingOf = (sentence: Sentence): SentenceReading => {
    let reading = readings.get(sentence);
    if (!reading) {
      reading = sentenceReadingOf(sentence);
      // Dated only after the incident (the plaintiff's own letter to the Chief, the answer to it, the complaint
      // closed "not sustained"): aftermath, which is neither notice nor a discipline that failed before the injury.
      const disciplineOnly = reading.deficiency === 'present' && reading.topics.size === 1 && reading.topics.has('failure-to-discipline');
      if (reading.deliberateIndifference === 'present' || disciplineOnly) {
        const day = incidentOf();
        if (day !== undefined && datedOnlyAfter(textOf(sentence), day)) {
          reading = { ...reading, deliberateIndifference: reading.deliberateIndifference === 'present' ? undefined : reading.deliberateIndifference, deficiency: disciplineOnly ? undefined : reading.deficiency };
        }
      }
      readings.set(sentence, reading);
    }
    return reading;
  };
  const read = (sentence: Sentence): ReadSentence => {
    const reading = readingOf(sentence);
    if (!reading.followsFrom && !reading.continuesTraining) return { sentence, reading };
    const previous = structure.sentences[(position.get(sentence) ?? 0) - 1];
    if (previous === undefined || !sameParagraph(source, previous, sentence)) return { sentence, reading };
    const before = readingOf(previous);
    // "Because of that, Officer Lee ...": causation when the sentence before names the gap.
    if (reading.followsFrom && before.deficiency === 'present') return { sentence, reading, pairedWith: { key: 'causation', sentence: previous } };
    // "It never covers ...": a deficiency when the sentence before names the training.
    if (reading.continuesTraining && before.topics.size > 0 && before.deficiency !== 'present') return { sentence, reading, pairedWith: { key: 'deficiency', sentence: previous } };
    return { sentence, reading };
  };

  const captionDefendants = structure.caption?.defendants?.text ?? '';
  const parties = draftParties(source, structure);
  const { plaintiff } = parties;
  const hasMunicipalDefendant = MUNICIPALITY.test(captionDefendants)
    || structure.paragraphs.some((p) => /^\s*Defendant,?\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,4}(?:City|County|Town|Village|Township|Borough|Parish)\b/.test(source.text.slice(p.contentStart, p.contentStart + 200)));

  const counts = structure.sections.filter((section) => section.kind === 'count');
  const lastBefore = paragraphLookup(structure);
  for (const count of counts) {
    const against = count.defendants?.join(' ') ?? '';
    const againstMunicipality = MUNICIPALITY.test(against) || /\bdefendant (?:city|county|town)\b/i.test(against);
    // Pro se titles say it plainly ("City Liability for Not Training Officers"): against a municipality,
    // a title about training, supervision, discipline or the municipality's liability is a Monell count.
    const titleIsMonell = MONELL_TITLE.test(count.title) || (againstMunicipality && PLAIN_MONELL_TITLE.test(count.title));
    const againstIndividualsOnly = against.length > 0 && !againstMunicipality && !/\ball defendants\b/i.test(against);
    if (!titleIsMonell || againstIndividualsOnly) continue;
    const reach = sentencesInReach(structure, count, lastBefore).map(read);
    const own = within(structure.sentences, count.headingEnd, count.end).map(read);
    // A title that names no theory ("Monell Liability"): the theory of the first sentence that pleads a deficiency, in the count and then in its reach.
    const pleaded = (list: readonly ReadSentence[]) => list.find((r) => r.reading.deficiency !== undefined);
    const deficient = pleaded(own) ?? pleaded(reach);
    const theory = theoryFromText(count.title)
      ?? (deficient ? theoryFromText(source.text.slice(deficient.sentence.start, deficient.sentence.end)) : undefined)
      ?? theoryOfCountText(own.map((r) => ({ text: source.text.slice(r.sentence.start, r.sentence.end), reading: r.reading })));
    addClaim(source, claims, findings, theory, count.headingRange, count.title, count.defendants, reach);
  }

  // No Monell count, but the facts accuse the municipality of failing to train: judge the draft as a whole.
  if (claims.length === 0 && hasMunicipalDefendant) {
    const all = structure.sentences.map(read);
    const accusation = all.find((r) => r.reading.deficiency !== undefined && /\b(?:city|county|town|village|municipality|sheriff)\b/i.test(source.text.slice(r.sentence.start, r.sentence.end)));
    if (accusation) {
      const theory = theoryFromText(source.text.slice(accusation.sentence.start, accusation.sentence.end)) ?? 'failure-to-train';
      addClaim(source, claims, findings, theory, accusation.sentence.range, undefined, undefined, all);
    }
  }

  findings.push(...documentFindings(source, structure, hasMunicipalDefendant, claims.length > 0 || hasMunicipalDefendant));
  return { claims, findings: applySuppressions(source, findings) };
}

function addClaim(
  source: SourceText,
  claims: Claim[],
  findings: Finding[],
  theory: Theory,
  range: Range,
  title: string | undefined,
  defendants: readonly string[] | undefined,
  reach: readonly ReadSentence[],
): void {
  const elements: Record<string, ClaimElement> = {};
  if (INADEQUACY_THEORIES.includes(theory)) {
    for (const key of ELEMENT_KEYS) {
      const element = decide(reach, source, key);
      elements[key] = element;
      if (element.status === 'present') continue;
      const info = ELEMENTS[key];
      findings.push({
        code: `${theory}/${info.codeSuffix}`,
        severity: 'warning',
        message: message(theory, key, element),
        range,
        evidence: element.evidence,
        primerSlug: info.primerSlug,
        authority: info.authority,
        cure: info.cure,
      });
    }
    const obviousness = reach.filter((r) => r.reading.invokesObviousness);
    if (elements.deliberateIndifference?.status !== 'present' && obviousness.length > 0) {
      findings.push({
        code: 'failure-to-train/single-incident-without-obviousness',
        severity: 'warning',
        message: 'The draft relies on a need for training "so obvious" that one incident suffices, but pleads no facts that make it obvious. Single-incident liability is reserved for a narrow range of cases such as arming officers without deadly-force training (City of Canton v. Harris, 489 U.S. 378, 390 n.10 (1989); Connick v. Thompson, 563 U.S. 51, 63–64 (2011)).',
        range,
        evidence: obviousness.map((r) => evidenceOf(source, r.sentence)),
        primerSlug: 'deliberate-indifference',
        authority: CASES.connick,
        cure: 'Plead how often officers face the situation and why a violation was the highly predictable result of sending them out untrained, or plead a pattern of prior incidents.',
      });
    }
  } else {
    // Policy, custom, policymaker and ratification theories: facts that identify the policy or the practice.
    const mentions = reach.filter((r) => /\b(?:policy|policies|custom|customs|practice|practices|ratif\w*|policymak\w*)\b/i.test(source.text.slice(r.sentence.start, r.sentence.end)));
    const specific = mentions.filter((r) => r.reading.deliberateIndifference === 'present' || /\b(?:general order|directive|ordinance|resolution|manual|written|section|§|rule)\b|\d/i.test(source.text.slice(r.sentence.start, r.sentence.end)));
    if (specific.length === 0) {
      findings.push({
        code: 'monell/conclusory-policy-or-custom',
        severity: 'warning',
        message: 'The policy or custom is alleged without facts: name the written policy, or plead the widespread practice (prior incidents with dates and numbers) that makes it a custom. Conclusory allegations are not assumed true (Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009); Monell v. Department of Social Services, 436 U.S. 658, 694 (1978)).',
        range,
        evidence: mentions.map((r) => evidenceOf(source, r.sentence)),
        primerSlug: theory === 'custom' ? 'custom' : theory === 'ratification' ? 'ratification' : theory === 'final-policymaker' ? 'final-policymaker' : 'official-policy',
        authority: CASES.iqbal,
        cure: 'Quote or identify the policy (its number, title, date), or list the prior incidents that show the practice.',
      });
    }
  }
  claims.push({ theory, range, ...(title ? { title } : {}), ...(defendants ? { defendants } : {}), elements });
}
