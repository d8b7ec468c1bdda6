/**
 * Reads one sentence of a draft the way a judge applying Iqbal does: does it plead a fact for an
 * element of a failure-to-train (supervise, discipline) claim, or only the element's label?
 *
 * Each decision combines several cues, never a single keyword:
 * - deficiency: the sentence is about training (supervision, discipline), says it was absent or
 *   inadequate, and names a subject with concrete content beyond the boilerplate vocabulary;
 * - deliberate indifference: an event that gives notice (incidents, complaints, lawsuits, audits,
 *   warnings) with specifics (numbers, dates, case names) placed before the injury, or facts about
 *   how often officers face the situation that make the need obvious; otherwise the labels;
 * - causation: a causal or counterfactual connective, linking training to what the officer did.
 */
import type { Theory } from './authorities';

export type Decision = 'present' | 'conclusory' | undefined;

export interface SentenceReading {
  readonly deficiency: Decision;
  readonly deliberateIndifference: Decision;
  readonly causation: Decision;
  /** The sentence invokes the single-incident ("so obvious") theory. */
  readonly invokesObviousness: boolean;
  /** Which inadequacy theories the sentence talks about. */
  readonly topics: ReadonlySet<Theory>;
  /** The sentence is a statement of law (cites authority, names no party), not an allegation. */
  readonly statementOfLaw: boolean;
}

const TRAIN = /\b(?:train(?:ed|ing|s)?|untrained|retrain\w*|instruct(?:ed|ion|ions|or)?|taught|teach(?:es|ing)?|academy|curriculum|course|courses|module|in-service|lesson\w*|drill\w*|certif\w*)\b/;
const SUPERVISE = /\b(?:supervis\w*|unsupervised|monitor\w*|oversight|oversee\w*|review(?:ed|s|ing)?|audit(?:ed|s|ing)?|spans? of control)\b/;
const DISCIPLINE = /\b(?:disciplin\w*|sanction\w*|internal affairs|investigat\w*|reprimand\w*|suspen(?:d|ded|sion)\b|exonerat\w*|unfounded)\b/;
/** How far (in characters) a negation may stand from the training word it governs: "did not train … on X", "no instruction on X". */
const NEGATION_WINDOW = 48;
/** "that instruction", "this gap in training": refers back to a deficiency stated elsewhere, not a new one. */
const ANAPHORIC_TOPIC = /\b(?:that|this|such|those|these|the same|the missing)\s+(?:\w+\s+){0,2}(?:training|instruction|supervision|discipline|gap)\b/;

const NEGATION = /\b(?:not|never|no|none|nothing|without|neglect(?:ed|s|ing)? to|lacks?|lacked|lacking|absence|absent|only|omit\w*|exclud\w*|eliminat\w*|fail(?:ed|s)? to|failure to|inadequate\w*|inadequacy|deficien\w*|insufficient\w*|improper\w*|refus\w*|untrained|unsupervised|cursory|superficial)\b|n't\b/;

/** Words that carry no subject matter in a failure-to-train allegation: what is left after removing them is the deficiency's content. */
const BOILERPLATE = new Set(`
a an the and or nor but of in on to for with by from at as into onto upon about regarding concerning respecting relating related
its their his her them they it he she who whom which that this these those such any all each every other others own
is are was were be been being has have had do does did can could would should shall will may might must
not never no none nothing without only also even very more most less least further additional different new same
failed fail fails failure failing adequately adequate inadequate inadequately inadequacy properly proper improper improperly
appropriate appropriately inappropriate sufficient sufficiently insufficient insufficiently deficient deficiency deficiencies
reasonable reasonably unreasonable necessary needed need needs
train trained training trains retrain retraining instruct instructed instruction instructions taught teach teaches
supervise supervised supervision supervising supervisor supervisors monitor monitored monitoring oversight oversee control
discipline disciplined disciplining disciplinary sanction sanctioned correct corrected corrective action actions
program programs policy policies custom customs practice practices procedure procedures protocol protocols rule rules
guidance standard standards regulations manual adopt adopted implement implemented maintain maintained provide provided
providing ensure ensured establish established promulgate promulgated enforce enforced develop developed
officer officers employee employees deputy deputies agent agents personnel staff members member force police law enforcement
city county town village township borough municipality municipal department defendant defendants plaintiff plaintiffs
sheriff chief government governmental entity
constitutional constitution constitutionally rights right citizens citizen persons person people public individuals individual
duties duty lawful lawfully unlawful legal legally illegal conduct misconduct behavior actions acts act acting
violate violated violating violation violations respect protect protected protection safety welfare
use uses used using excessive amendment fourth fourteenth federal state
deliberate deliberately indifferent indifference knew known know should aware notice
caused cause causes causing result resulted results resulting direct directly proximate proximately moving
plaintiff's officers' city's county's town's department's
`.split(/\s+/).filter(Boolean));

const DI_LABEL = /\bdeliberate(?:ly)?[\s-]+indifferen\w*|\bknew or (?:should|reasonably should) have known\b|\bshould have known\b|\b(?:was|were|had been|been) (?:put )?on (?:actual or constructive )?notice\b|\b(?:actual|constructive) (?:or (?:actual|constructive) )?notice\b|\bwas aware\b|\bwere aware\b|\baware of\b|\bconscious(?:ly)?[\s-]+disregard\w*|\breckless(?:ly)?[\s-]+(?:disregard|indifferen)\w*|\bcallous\w*|\btacit(?:ly)?\s+(?:approv|authoriz|condon)\w*|\bacquiesc\w*|\bcondon\w*|\bturned a blind eye\b|\bhad (?:actual )?knowledge\b|\bchose to ignore\b|\bignored the (?:risk|danger|problem)\b|\bso obvious\b|\bobvious (?:need|consequence)\b|\bhighly predictable\b/;
const OBVIOUSNESS_INVOKED = /\bso obvious\b|\bobvious need\b|\bneed (?:for|to) [^.]{0,60}\bobvious\b|\bobvious(?:ly)?\b[^.]{0,40}\bneed\b|\bsingle[\s-]incident\b|\bhighly predictable\b|\bplainly obvious\b/;
const NOTICE_EVENT = /\b(?:incidents?|complaints?|lawsuits?|suits?|sued|claims?|grievances?|settle(?:d|ment|ments)?|paid|verdicts?|judgments?|audits?|reported to|memorand(?:um|a)|memos?|letters?|e-?mail(?:ed|s)?|wrote|told|informed|notified|testif(?:y|ied)|testimony|hearings?|warn(?:ed|ing|ings)?|deaths?|died|shootings?|occasions|investigations?|findings|notices?|consent decree|similar (?:uses|incidents|violations))\b/;
const PRIOR = /\b(?:prior|previous(?:ly)?|earlier|preceding|similar|beforehand|already|repeatedly|again)\b|\bbefore (?:this|the|plaintiff|[A-Z]\w+'s)\b|\b(?:since|between|from) (?:19|20)\d\d\b|\bin the (?:\w+ )?(?:years?|months?) (?:before|preceding|leading)\b|\b(?:in|during|by|as of)\s+(?:(?:a|an|the)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b|\b(?:19|20)\d\d (?:alone|audit|report|study|memo)\b|\bat least\b/;
/** A warning that reached a policymaker: who was told, by whom, when. */
const TOLD_POLICYMAKER = /\b(?:e-?mailed|wrote|told|informed|notified|warned|sent|reported to|testified|alerted|briefed)\b[^.]{0,80}\b(?:chief|sheriff|commissioners?|mayor|council|board|commander|director|superintendent|policymakers?|city manager|administrator)\b|\b(?:chief|sheriff|commissioners?|mayor|council|board|commander|director|superintendent|policymakers?|city manager|administrator)\b[^.]{0,40}\b(?:was|were) (?:told|informed|notified|warned|alerted|briefed)\b/;
const SPECIFIC = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands)\b|\bv\.\s|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/;
const FREQUENCY = /\bevery (?:shift|day|week|month|year|call)\b|\beach (?:shift|day|week|month|year)\b|\b(?:a|per) (?:day|week|month|year|shift)\b|\b(?:daily|weekly|routinely|regularly|frequently|recurring|constantly)\b|\b\d[\d,]* (?:times|calls|encounters|arrests|stops|deployments)\b|\bcarr(?:y|ies) (?:firearms|guns|tasers|weapons)\b|\barmed with\b/;
const OWN_COMPLAINT = /\b(?:plaintiff|mr\.|ms\.|mrs\.)[^.]{0,60}\b(?:filed|made|lodged|submitted|wrote)\b[^.]{0,20}\b(?:complaint|grievance|claim)\b/;

const CAUSAL = /\bbecause\b|\bas a (?:direct |natural |foreseeable )?(?:and (?:proximate )?)?(?:result|consequence)\b|\bresult(?:ed|ing)? (?:in|from)\b|\b(?:led|leads|lead) (?:to|him|her|them|officer|deputy)\b|\bcaused?\b|\bcausing\b|\bdue to\b|\bowing to\b|\bthereby\b|\bmoving force\b|\bproximate(?:ly)?\b|\bis why\b|\bthe reason\b|\bso (?:he|she|they)\b|\bwhich is (?:exactly )?(?:what|why)\b|\bhad (?:he|she|they|\w+ \w+) (?:been|received)\b|\bwould (?:have|not have)\b|\bwithout (?:that|this|any|the) (?:training|instruction)\b|\bconsistent with (?:his|her|their|the) training\b|\bas (?:he|she|they|[\w ]{0,20}) (?:had been|was|were) (?:taught|trained)\b|\bfollowed (?:the|his|her|its) (?:only )?training\b|\bwhat an untrained\b|\bdid exactly what\b|\bdid not know\b/;
const CONDUCT = /\b(?:use (?:force|a|the|his|her)|using (?:force|a|the)|call(?:ed|ing)? (?:a|the|for)|leav(?:e|ing)|wait(?:ed|ing)?|grabb(?:ed|ing)|throw(?:ing|n)?|spray(?:ed|ing)?|strik(?:e|ing)|pinn(?:ed|ing)|treat(?:ed|ing)?|took|tak(?:e|ing)|tased|tasered|tase|fired|shot|struck|strike|hit|kicked|punched|choked|restrain\w*|knelt|kneeling|pinned|slammed|tackled|threw|pulled|dragged|grabbed|handcuff\w*|pepper[\s-]sprayed|sprayed|beat|cycled|deployed|drew|pointed|shouted|escalat\w*|left|ignored|denied|refused|waited|kept|used|treated|took|arrested|detained|seized|bit|released|ordered)\b/;
const ACTOR = /\b(?:officer|deputy|sergeant|trooper|guard|jailer|corporal|detective|lieutenant|he|she|they|handler)\b/;
const TRAINING_LINK = /\b(?:train\w*|untrained|instruct\w*|taught|teach\w*|course|curriculum|academy|supervis\w*|disciplin\w*|gap)\b|\bmissing (?:instruction|training)\b|\b(?:did not|didn't|never) (?:know|understand|learn(?:ed)?|recogni[sz]e)\b|\bunaware\b|\bno one had (?:ever )?(?:told|shown|taught)\b|\bnever (?:been )?(?:told|shown)\b/;
const GENERIC_INJURY_ONLY = /^(?:[^.]*\b(?:plaintiff|mr\.|ms\.|mrs\.)\b[^.]*\b(?:suffered|sustained|was injured|injuries|damages|deprivation|violation)\b)/;

const CITATION = /\b\d{1,4}\s+(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.|F\.(?:\s?\d[a-z]{1,2}|\s?Supp\.)|F\.\s?App'x)\s*\d|\bId\.|\bsupra\b/;
const PARTY = /\b(?:the (?:city|county|town|village|township|borough|department|sheriff|chief)|defendants?|plaintiffs?|officers?|deputies|deputy|sergeant|mr\.|ms\.|mrs\.)\b/i;

function contentWords(lower: string): number {
  let count = 0;
  for (const word of lower.split(/[^a-z0-9'’-]+/)) {
    if (word.length < 3 || BOILERPLATE.has(word) || /^\d+$/.test(word)) continue;
    if (word.endsWith("'s") && BOILERPLATE.has(word.slice(0, -2))) continue;
    count++;
  }
  return count;
}

const TOPIC_WORDS = new RegExp(`${TRAIN.source}|${SUPERVISE.source}|${DISCIPLINE.source}`, 'g');

function countTopicWords(lower: string): number {
  return lower.match(TOPIC_WORDS)?.length ?? 0;
}

/** True when a negation or inadequacy word stands within a few words of a training (supervision, discipline) word. */
function negationGovernsTopic(lower: string): boolean {
  const negations: number[] = [];
  const negation = new RegExp(NEGATION.source, 'g');
  for (let m = negation.exec(lower); m; m = negation.exec(lower)) negations.push(m.index);
  if (negations.length === 0) return false;
  TOPIC_WORDS.lastIndex = 0;
  for (let m = TOPIC_WORDS.exec(lower); m; m = TOPIC_WORDS.exec(lower)) {
    const at = m.index;
    if (negations.some((n) => Math.abs(n - at) <= NEGATION_WINDOW)) return true;
  }
  return false;
}

/** Removes Markdown emphasis and normalises quotes so the patterns see plain words. */
export function plainSentence(text: string): string {
  if (!/[*_`’‘“”]|\s\s|[\t\r\n]/.test(text)) return text.trim();
  return text.replace(/[*_`]/g, '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** True for a sentence that is only a citation: "*City of Canton v. Harris*, 489 U.S. 378, 388 (1989)." or "*Id.* at 390." */
export function isCitationSentence(raw: string): boolean {
  const plain = plainSentence(raw);
  return /^(?:see,? |see also |cf\.? |accord )?(?:id\.|[^.]{0,120}?\bv\.\s[^]*?\d{1,4}\s+[A-Z][\w. ']{0,20}\s\d)/i.test(plain) && plain.length < 260 && !/\b(?:failed|was|were|did)\b/.test(plain);
}

/** True when a sentence names a party or an actor of the case, so it is an allegation rather than a statement of the law. */
export function namesParty(raw: string): boolean {
  return PARTY.test(plainSentence(raw));
}

/**
 * Reads one sentence. `lawContext`: the sentence is followed by a citation in the same paragraph, so
 * unless it names a party it states the law rather than alleging a fact.
 */
export function readSentence(raw: string, lawContext = false): SentenceReading {
  const key = lawContext ? `\u0000${raw}` : raw;
  const cached = readingCache.get(key);
  if (cached) return cached;
  const reading = readUncached(raw, lawContext);
  if (readingCache.size >= READING_CACHE_LIMIT) readingCache.clear();
  readingCache.set(key, reading);
  return reading;
}

/**
 * Readings by sentence text. While a drafter types, only the edited sentence is new, so re-analysing
 * a long draft re-reads one sentence; the rest come from here. Bounded, and dropped wholesale when full.
 */
const readingCache = new Map<string, SentenceReading>();
const READING_CACHE_LIMIT = 50_000;

/** Forgets every cached reading (benchmarks use it to measure a cold analysis). */
export function clearReadingCache(): void {
  readingCache.clear();
}

function readUncached(raw: string, lawContext: boolean): SentenceReading {
  const plain = plainSentence(raw);
  const lower = plain.toLowerCase();
  const topics = new Set<Theory>();
  if (TRAIN.test(lower)) topics.add('failure-to-train');
  if (SUPERVISE.test(lower)) topics.add('failure-to-supervise');
  if (DISCIPLINE.test(lower)) topics.add('failure-to-discipline');

  const statementOfLaw = (lawContext || CITATION.test(plain)) && !PARTY.test(plain.replace(/^(?:A|The) (?:municipality|city|county|local government)\b/i, ''));
  if (statementOfLaw) {
    return { deficiency: undefined, deliberateIndifference: undefined, causation: undefined, invokesObviousness: false, topics, statementOfLaw };
  }

  // Proper names (capitalised words that are not sentence-initial) do not count as subject matter.
  let substanceCache: number | undefined;
  const substance = (): number => {
    if (substanceCache === undefined) {
      const withoutNames = plain.replace(/(?<=\S\s+)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g, (name) => (/^(?:Taser|Tasers|CPR|K-9)$/.test(name) ? name : ' '));
      substanceCache = contentWords(withoutNames.toLowerCase());
    }
    return substanceCache;
  };

  // Deficiency: about training (etc.), negated or called inadequate, and with subject matter of its own.
  let deficiency: Decision;
  if (topics.size > 0 && negationGovernsTopic(lower) && !(ANAPHORIC_TOPIC.test(lower) && countTopicWords(lower) <= 1)) {
    deficiency = substance() >= 3 ? 'present' : 'conclusory';
  }

  // Deliberate indifference.
  let deliberateIndifference: Decision;
  const noticeFacts = NOTICE_EVENT.test(lower) && SPECIFIC.test(lower) && !OWN_COMPLAINT.test(lower)
    && (PRIOR.test(plain.replace(/^\S+/, (w) => w.toLowerCase())) || TOLD_POLICYMAKER.test(lower));
  const invokesObviousness = OBVIOUSNESS_INVOKED.test(lower);
  const obviousnessFacts = FREQUENCY.test(lower) && (SPECIFIC.test(lower) || /\barmed\b|\bcarr(?:y|ies)\b/.test(lower)) && /\bobvious\w*|\bpredictabl\w*|\bcertain\w*|\binevitabl\w*|\brecurr\w*|\blikely\b/.test(lower);
  if (noticeFacts || obviousnessFacts) deliberateIndifference = 'present';
  else if (DI_LABEL.test(lower)) deliberateIndifference = 'conclusory';

  // Causation: a connective that ties training to something an officer did.
  let causation: Decision;
  if (CAUSAL.test(lower)) {
    const linked = TRAINING_LINK.test(lower) || /\b(?:policy|policies|custom|customs|practice|indifference|failures?|conduct)\b/.test(lower);
    const conduct = CONDUCT.test(lower) && ACTOR.test(lower) && !GENERIC_INJURY_ONLY.test(lower.replace(/\b(?:officer|deputy)\b.*$/, ''));
    if (linked && conduct && substance() >= 3) causation = 'present';
    else if (linked || /\bmoving force\b|\bproximate\w*\b|\bas a (?:direct )?(?:and proximate )?result\b/.test(lower)) causation = 'conclusory';
  }

  return { deficiency, deliberateIndifference, causation, invokesObviousness, topics, statementOfLaw };
}
