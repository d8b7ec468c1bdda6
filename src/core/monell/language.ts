/**
 * Reads one sentence of a draft the way a judge applying Iqbal does: does it plead a fact for an
 * element of a failure-to-train (supervise, discipline) claim, or only the element's label?
 *
 * Each decision combines several cues, never a single keyword:
 * - deficiency: the sentence is about training (supervision, discipline) given to officers (not the
 *   plaintiff's own training), and states what it lacked or taught: a negation that governs the
 *   training word ("no instruction on", "the course never addressed", "it says nothing about"), how
 *   little there was ("consisted of one handout", "a single sergeant oversees 22 officers", "the
 *   heaviest penalty is a reprimand"), or a counterfactual ("had he been trained to"), with subject
 *   matter of its own in the training's clause. A judgment of inadequacy ("failed to adequately
 *   train", "was grossly inadequate", "did not give proper training", a bare "untrained") is the
 *   label, however long its subject (Canton, 489 U.S. at 390-91);
 * - deliberate indifference: an event that gives notice (incidents, complaints, lawsuits cited by
 *   docket number, documents whose findings are reported, warnings, records or admissions that
 *   reached a policymaker) that is not negated and not the plaintiff's own, with specifics (numbers,
 *   dates, case names) placed before the injury; or facts of frequency that make the need obvious
 *   (officers armed, alone, or without a nurse meet the situation every week); otherwise the labels,
 *   including unspecified "numerous" or "dozens of" prior complaints;
 * - causation: the shape Bryan County asks for, in any words (520 U.S. at 404): this officer's
 *   concrete act toward the plaintiff, the training (supervision, discipline) named by more than its
 *   label, and a relation between them — a causal or counterfactual connective, conformity to the
 *   training ("did what the academy taught", a review that found the act "consistent with training"),
 *   the officer's own account ("Nobody ever showed me that screen"), a supervisor who never looked or
 *   who ordered the act, a short timeline after training or after discipline that never came, or the
 *   officer's want of instruction ("Never taught that a deaf person cannot hear commands, ...").
 *   The plaintiff's own ignorance ties nothing. The labels ("moving force", "direct and proximate
 *   result", "as a result of the City's failure to train, Officer Ruiz slammed ...") stay conclusory.
 *
 * The patterns were built against the labelled corpus in test/fixtures/monell, whose held-out splits
 * each record the figures they gave before any tuning on them.
 */
import { isIncorporation } from '../structure';
import type { Theory } from './authorities';
import { modelKnowsWord, overrule, presentLikelihood, sentenceModelEnabled } from './model';

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
  /**
   * The sentence states what this officer then did as a consequence of what the sentence before it
   * said ("Because of that, Officer Lee pinned Mr. Ode face down ..."): causation spread over two sentences.
   */
  readonly followsFrom: boolean;
  /**
   * The sentence says what training named in the sentence before it left out, by pronoun ("Taser
   * training is a four-hour vendor course. It never covers repeated cycles ..."): a deficiency spread
   * over two sentences.
   */
  readonly continuesTraining: boolean;
}

/**
 * Training vocabulary. "instructions" (plural) and "instruct Plaintiff" are commands to the plaintiff,
 * and "trained as a paramedic" a trade, not training by the municipality; "no one had ever told
 * (shown, explained)" is instruction by another name.
 */
const TRAIN = /\b(?:certificates?|learn(?:s|ed)?(?= (?:the|to|how|about|from)\b)|(?:re)?certification|slide deck|handouts?|roll-call|manuals?|handbooks?|orientation|sessions?|train(?:ed|ing|s)?(?! as an? )|untrained|retrain\w*|instruct(?:ed|ion|or|ors)?(?! (?:plaintiff|him|her|mr[.\u2024]|ms[.\u2024]|mrs[.\u2024]))|taught|teached|teach(?:es|ing)?|academy|curriculum|course|courses|(?<!protected |(?:leaving|leave|left|skipped|skipping|missed|missing) )class(?:es)?(?! action\b| of\b| members?\b| [a-z]\b)|onboarding|module|in-service|lesson\w*|lectures?|seminars?|guidance|recruits?|demonstrat(?:ed|es|ion) to|drill\w*|(?=shown|told|explained)(?<=\b(?:no one|nobody|never|not|no (?:officer|deputy|jailer|recruit|employee|staff member|caseworker|one)s?)\s(?:(?:had|has|have|having|been|ever|once|is|was|are|were)\s){0,3})(?:shown|told|explained)(?! (?:why|(?:a |any |no )?(?:basis|reason|cause|evidence|justification|grounds?))\b))\b/;
/** A supervisor who, as a rule, does not do the supervising: "that sergeant does not walk the pods", "sergeants are not required to respond". */
const SUPERVISOR_NEGLECT = /\bno (?:sergeant|supervisor|lieutenant|commander|corporal)s?\b(?: [\w-]+){0,5}? (?:ever )?(?:looks?|reads?|reviews?|watch(?:es)?|checks?|visits?|walks?|compares?|audits?)\b|\b(?:sergeants?|sgts?|corporals?|supervisors?|lieutenants?|commanders?|captains?)\b[.\u2024]?(?: [\w-]+){0,5}? (?:(?:does|do) not|never|rarely|seldom|(?:is|are|was|were) not (?:required|expected) to) (?:\w+ ){0,2}?(?:walks?|reads?|looks?|checks?|reviews?|watch(?:es)?|visits?|inspects?|audits?|responds?|comes?|asks?|views?|compares?|approves?|meets?|goes?)\b|\b(?:sergeants?|supervisors?|lieutenants?)\b(?: [\w-]+){0,3}? (?:is|are) not (?:dispatched|sent|assigned|called) to\b|\bno (?:policy|rule|requirement) (?:requiring|that requires) (?:a |any )?(?:sergeant|supervisor|lieutenant)|\bno (?:physician|doctor|supervisor|sergeant|lieutenant)s? (?:ever )?(?:reviewed|countersigned|checked|approved|audited|read|watched)(?: or \w+)? (?:any|a single)\b/;
/** Strong supervision words, and review / audit / monitoring words that mean supervision only when a supervisor or officers' work is their subject. */
const SUPERVISE_STRONG = new RegExp(String.raw`\b(?:(?:one|a single|only one) (?:sergeant|sgt|supervisor|lieutenant|corporal)s? (?:for|per|over)\b|supervis\w*|unsupervised|oversight|oversee\w*|spans? of control|early[\s-]warning|answer(?:s)? to (?:a single|one|only one)|system (?:to|that|for) (?:flag|track|identif|monitor|detect)\w*)\b|${SUPERVISOR_NEGLECT.source}`);
const SUPERVISE_WEAK = /\b(?:(?:being|been|are|is|was|were|to) read|monitor\w*|review(?:ed|s|ing)?|audit(?:ed|s|ing)?|check(?:ed|s)?|watch(?:ed|es|ing)?|view(?:ed|s|ing)?)\b/;
const SUPERVISORY_CONTEXT = /\b(?:supervisors?|sergeants?|lieutenants?|commanders?|captains?|chief|internal affairs|field training officers?|command staff|use[\s-]of[\s-]force|force reports?|body[\s-]?(?:worn )?cam\w*|footage|arrests|stops|logs?|cell[\s-]checks?)\b/;
const SUPERVISE = new RegExp(`${SUPERVISE_STRONG.source}|${SUPERVISE_WEAK.source}`);
const DISCIPLINE = /\b(?:(?:the only thing|all) that (?:ever )?happens|documented conversations?|coaching notes?|(?:verbal|written|oral) counsel(?:l)?ing|counsel(?:l)?ing (?:memo|letter|slip)s?|reprimands?|written up|consequences?|penalt(?:y|ies)|punish\w*|disciplin\w*|sanction\w*|internal affairs|investigat\w*|reprimand\w*|suspen(?:d|ded|sion)\b|exonerat\w*|unfounded)\b/;
/**
 * How far (in words) a negation may stand before the training word it governs ("did not train",
 * "receive no instruction", "eliminated its field training") and after it ("the course never
 * addressed", "training on pursuits was cut", "a lecture that omits any discussion of").
 */
const NEGATION_BEFORE = 6;
/** "failed to ensure that its officers were properly trained": a verb of failure governs a longer stretch; "without" only the next few words. */
const FAILURE_BEFORE = 9;
const WITHOUT_BEFORE = 3;
/** "not required to meet …, pull …, or review …": a negated duty reaches each verb of its list, within the clause. */
const LIST_BEFORE = 16;
/**
 * Words of subject matter a deficiency stated as an absence needs; fewer when a preposition names the
 * subject ("no instruction at all on communicating with deaf people").
 */
const FACTUAL_SUBSTANCE = 3;
const NAMED_SUBJECT_SUBSTANCE = 2;
const NAMED_SUBJECT = /\b(?:on|in|about|regarding|concerning|covering|how to|when to|what to|to (?:recogni[sz]e|identify|ask|call|request|summon|use))\s+([^,;]{0,80})/;
const NEGATION_AFTER = 12;
/** A training (supervision, discipline) noun that is the subject of a predicate of inadequacy, however long the subject: "The supervision that the City exercised over its officers was grossly inadequate." */
const INADEQUATE_PREDICATE = /\b(?:training|supervision|discipline|disciplinary (?:system|process|practice)|instruction|program|curriculum|course)\b[^.;]{0,140}?\b(?:was|were|is|are|has been|have been|remained|remains)\s+(?:\w+ly\s+)?(?:inadequate|deficient|insufficient|ineffective|ineffectual|lax|nonexistent|non-existent|perfunctory|meaningless|lacking|cursory|superficial|not adequate|not sufficient)\b/;
/** What the training left out, wherever the sentence says it: "the plan says nothing about", "does not mention", "never addresses". */
const NEGATED_COVERAGE = /\b(?:says|said|covers|covered|mentions|mentioned|addresses|addressed|teaches|taught|includes|included|contains|contained) (?:nothing|not one|not a (?:single )?(?:word|minute|hour))\b|\b(?:never|not|does not|did not|doesn't|didn't) (?:once |even )?(?:cover|mention|address|teach|include|discuss|explain|distinguish|deal with|touch on|tell|say|define)\w*\b|(?<!\b(?:do|did|does|done|doing) )\bnothing (?:about|on) \w+|\bwith(?:out)? (?:no |any )?(?:exception|caution|distinction|limit|warning|mention)s? (?:for|about|of|on)\b|\bnothing in (?:it |them |the (?:[\w-]+ ){1,6}?)(?:addresses|covers|mentions|tells|explains|teaches|says)\b|\bwithout (?:anyone |ever )?(?:interviewing|investigating|reviewing|contacting|speaking to)\b|\b(?:omits|omitted|leaves out|left out|skips)\b|\b(?:cover|covers|covered|address(?:es|ed)?|teach(?:es)?|taught) only\b|\bnot (?:a single|one) (?:hour|minute|class|session|lesson|word|slide|page|line|paragraph)\b|\bat no (?:point|time) (?:\w+ )?(?:describes|covers|mentions|addresses|teaches|explains|discusses)\b|\b(?:contains?|has|had|includes?|included|provides?|provided|makes?|made|offers?) no (?:\w+ )?(?:exceptions?|alternatives?|accommodations?|provisions?|guidance|mention|methods?|procedures?|ways?|tools?|techniques?)\b|\bwithout (?:ever )?(?:addressing|covering|mentioning|teaching|discussing)\b|\bnone of it (?:addresses|covers|mentions|teaches)\b|\b(?:none|not one) (?:of (?:them|it|these|those) )?(?:covers|addresses|mentions|teaches|concerns|deals with|involves)\b|\bnowhere (?:warns?|warned|mentions?|mentioned|says|said|explains?|explained|addresses|addressed|covers?|covered)\b|\b(?:witnesses|complainants?)\b(?: [\w-]+){0,4} (?:are|were|is|was) never (?:interviewed|contacted|called)\b/;
/** Training described by how little it was: "consisted of one roll-call handout", "was limited to a video". */
const LIMITED_TRAINING = /\b(?:receives?|carries|gets?) at most\b|\bthe most that happens\b|\b(?:answer|report)s? to (?:a single|one|only one) (?:[\w-]+ )?(?:sergeant|supervisor|lieutenant)\b|\b(?:training|course|class|instruction)\b[^.;]{0,20}\b(?:is|was|remains) (?:only )?(?:optional|voluntary|elective)\b|\bthe most (?:a|an|any) (?:\w+ ){0,3}(?:can|could|will|would|may) (?:receive|get|face)\b|\b(?:sergeant|supervisor|lieutenant)s? (?:\w+ )?(?:oversees|supervises|is responsible for|covers) (?:as many as |up to |more than |over )?\d+|\b(?:heaviest|harshest|most severe|only|greatest) (?:penalty|discipline|sanction|consequence|thing)\b[^.;]{0,60}\b(?:is|was|does is) (?:a |an )?(?:written |verbal |oral )?['"]?(?:reprimand|warning|counsel\w*|memo|letter|talk|talking-to|chat|conversation|lecture)|\bdevot(?:es|ed|ing) (?:only |just |a mere )?(?:[\w-]+ ){0,2}(?:minutes?|hours?) to\b|\b(?:is|was|consists of|consisted of) (?:only )?a single\b|\b(?:covered|addressed|taught|mentioned) (?:only )?(?:in|by|with) (?:a single|one|a brief|a one-page|a two-page|a short)\b|\b(?:a single|only one|one|just one) (?:[\w-]+ )?(?:sergeant|supervisor|lieutenant|jailer|guard|officer|deputy) (?:\w+ ){0,2}(?:supervises|oversees|watches|monitors|covers|is responsible for)\b|\b(?:training|instruction|course|curriculum|class|program|orientation)\b[^.;]{0,40}?\b(?:consist(?:ed|s) (?:only |solely |entirely )?of|(?:was|is|were|are) (?:limited|confined) to|amount(?:ed|s) to)\b/;
const NEED_FOR_TRAINING = /\bneed (?:for|to) (?:\w+ ){0,3}?(?:train\w*|supervis\w*|disciplin\w*|instruction)\b/;
/** A described situation in the training's subject: "a person who is not resisting", "people who do not understand commands". */
const SITUATION_CLAUSE = /\b(?:person|people|persons|someone|man|woman|men|women|detainees?|suspects?|individuals?|subjects?|drivers?|children|child|arrestees?|residents?)\s+(?:who|whose|that)\s+\w+/;
/** A counterfactual about training: "Had Officer Lyle been taught …", "If the City had trained its deputies …". */
const COUNTERFACTUAL_TRAINING = /^had\b[^,;]{0,80}\b(?:train\w*|taught|instruct\w*|shown|told|received)\b|\bif\b[^,;]{0,60}\bhad (?:\w+ ){0,3}(?:train\w*|taught|instruct\w*|received (?:any )?(?:training|instruction))\b/;
/** The trainee is the plaintiff ("Plaintiff has no medical training"), with no officer or municipality named before the training word. */
const PLAINTIFF_TRAINEE = /^(?:plaintiff|mr[.\u2024]|ms[.\u2024]|mrs[.\u2024]|mx[.\u2024])[^;]{0,60}?\b(?:was|is|has|had|lacked|lacks|received)\b/;
const OTHER_ACTOR = /\b(?:officers?|deputy|deputies|sergeants?|corporal|trooper|jailers?|guards?|city|county|town|village|department|sheriff|jail|academy|he|she|they)\b/;
/** "that instruction", "this gap in training": refers back to a deficiency stated elsewhere, not a new one. */
const ANAPHORIC_TOPIC = /\b(?:that|this|such|those|these|the same|the missing)\s+(?!(?:its|their|his|her)\b)(?:\w+\s+){0,2}(?:training|instruction|supervision|discipline|gap)\b(?!\s+as\b)|\b(?:taught|trained|told|instructed|shown) otherwise\b/;

const NEGATION = /\b(?:kept out of|pulled from|shredded|cannot be considered|removed from (?:the |his |her |their |its |an? )?(?:[\w'-]+ ){0,2}(?:files?|records?)|taken out|not(?! limited to\b)|never|neither|nor|no(?!-| other\b| (?:further|corrective|disciplinary) action\b)|none|zero|purg\w*|expung\w*|downgrad\w*|overturn\w*|rescind\w*|convert(?:s|ed)? (?:it |them )?into|reduc(?:es|ed) to|nothing(?! else\b| but\b| short of\b)|nowhere|no one|nobody|without|neglect(?:ed|s|ing)? to|lacks?|lacked|lacking|absence|absent|(?<!in name )only(?! such\b)|omit\w*|exclud\w*|eliminat\w*|cut|(?<!\b(?:be|was|were|been|being|is|are|get|got|gets) )stopped(?! (?:him|her|them|me|plaintiff|mr|ms|mrs|the|his|their|a|an)\b)|dropped|discontinu\w*|abandon\w*|scrapped|fail(?:ed|s|ing)? to|failure to|inadequate\w*|inadequacy|deficien\w*|insufficient\w*|ineffective|improper\w*|refus\w*|untrained|unsupervised|cursory|superficial|at most)\b|n't\b/;

/** Words that carry no subject matter in a failure-to-train allegation: what is left after removing them is the deficiency's content. */
const BOILERPLATE = new Set(`
a an the and or nor but of in on to for with by from at as into onto upon about regarding concerning respecting relating related
its their his her them they it he she who whom which that this these those such any all each every other others own
is are was were be been being has have had do does did can could would should shall will may might must
not never no none nothing without only also even very more most less least further additional different new same
failed fail fails failure failing adequately adequate inadequate inadequately inadequacy properly proper improper improperly
appropriate appropriately inappropriate sufficient sufficiently insufficient insufficiently deficient deficiency deficiencies
reasonable reasonably unreasonable necessary needed need needs including limited
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
injury injuries injured harm harmed damages suffered suffer serious ultimate closely led lead leads accordance acted
task tasks perform performed performing job jobs work give gave given giving receive received deal dealing handle handling handled
situations situation detainee detainees inmates arrestees suspects civil basic police policing authority limits avoid meaningful way
how what when where why whether don't doesn't didn't can't won't isn't aren't wasn't weren't engage engaged engaging commit committed culture fostering fostered foster thereby tolerance tolerated encounter encounters unconstitutional conscious choice choices reflects reflect persisted persist anybody anyone anything everybody everyone think get gets away happened office yet chose choose obligation despite mechanisms sham plain simple basically whatever wanted want jobs street streets supposed nationally recognized correctional outdated inconsistent generally well below standards exercised involved allowed impunity system ineffective like one ones prevent kind alleged type sort methods method manner means ways effecting amount amounts amounted come comes contact obvious likely said policymaker policymakers predictable highly grossly woefully accepted fell below regimen described herein above
`.split(/\s+/).filter(Boolean));

const DI_LABEL = /\bdeliberate(?:ly)?[\s-]+indifferen\w*|\bknew or (?:should|reasonably should) have known\b|\bshould have known\b|\b(?:was|were|had been|been) (?:put )?on (?:actual or constructive )?notice\b|\b(?:actual|constructive) (?:or (?:actual|constructive) )?notice\b|\bwas aware\b|\bwere aware\b|\baware of\b|\bconscious(?:ly)?[\s-]+disregard\w*|\breckless(?:ly)?[\s-]+(?:disregard|indifferen)\w*|\bcallous\w*|\btacit(?:ly)?\s+(?:approv|authoriz|condon)\w*|\bacquiesc\w*|\bcondon\w*|\bturned a blind eye\b|\bhad (?:actual )?knowledge\b|\bchose to ignore\b|\bignored the (?:risk|danger|problem)\b|\bso obvious\b|\bobvious (?:need|consequence)\b|\bhighly predictable\b|\bindifferen(?:t|ce)\b|\baware\b|\b(?:city|county|town|village|department|sheriff|chief|policymakers?|officials?|it|defendants?|they)\b[^.;,]{0,20}\bknew\b|\b(?:had|has|with|on|of) (?:\w+ ){0,2}(?:notice|knowledge)\b|\btolerat\w*|\bdeliberate (?:(?:and|or) \w+ )?(?:choice|decision)\b|\bconscious (?:choice|decision)\b|\bignor(?:ed|ing) (?:the|these|those|such|numerous|many|repeated|all)\b|\bdisregard(?:ed|ing)?\b|\bpattern of\b|\bisolated (?:incident|event|occurrence)\b|\b(?:long|lengthy|documented) history of\b|\bknowing (?:of|that|about)\b|\bdid nothing\b|\btook no (?:action|steps)\b|\bit (?:was|is|had been) (?:\w+ )?foreseeable\b|\bforeseeable to\b|\b(?:everybody|everyone) (?:knows|knew)\b|\bcommon knowledge\b|\bhappens? all the time\b/;
const OBVIOUSNESS_INVOKED = /\bso obvious\b|\bobvious need\b|\bneed (?:for|to) [^.]{0,60}\bobvious\b|\bobvious(?:ly)?\b[^.]{0,40}\bneed\b|\bsingle[\s-]incident\b|\bhighly predictable\b|\bplainly obvious\b/;
const NOTICE_EVENT = /\b(?:series|stor(?:y|ies)|requests|editorials?|reported (?:\w+ ){0,2}(?:assaults?|abuse|attacks?|beatings?|misconduct|injuries)|assaults|incidents?|complaints?|complained|bites|flag(?:s|ged)?|alerts?|(?:jury|damages?|verdict) awards?|awarded|depositions?(?= (?:given |taken )?in [\w.' -]{1,40}\bv\.)|reinstat\w*|press conference|(?:news|media) (?:coverage|reports?|stories)|front-page|articles?|(?:council|commission|board|public|town hall|community) meetings?|lawsuits?|suits?|sued|claims?|grievances?|settle(?:d|ment|ments)?|paid (?:\$|more than|over|nearly|about|out)|verdicts?|judgments?|jury|audits?|reported to|memorand(?:um|a)|memos?|letters?|e-?mail(?:ed|s)?|wrote|told|informed|notified|(?<!\bof )hearings?(?! aids?\b| loss\b| impair\w*)|warn(?:ed|ing|ings)?|deaths?|died|shootings?|occasions|investigations?|findings|notices?|consent[\s-]decree|similar (?:uses|incidents|violations)|opinions|rulings|reversed|reversals?|vacated|overturned)\b/;
const PRIOR = /\b(?:prior|previous(?:ly)?|earlier|preceding|similar|beforehand|already|repeatedly|again|before(?! [a-z]+ing\b))\b|\beven after\b|\bafter (?:\w+ ){0,3}(?:incidents?|complaints?|lawsuits?|deaths?|shootings?|bites?)\b|\b(?:last|past) (?:\w+ )?(?:years?|months?)\b|\b(?:since|between|from|for) (?:19|20)\d\d\b|\bin the (?:\w+ )?(?:years?|months?) (?:before|preceding|leading)\b|\b(?:in|during|by|as of|on|dated|at)\s+(?:(?:a|an|the)\s+)?(?:(?:early|mid|late|mid-)\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b|\b(?:19|20)\d\d (?:alone|audit|report|study|memo)\b|\bat least\b/;
/** Counts written out: "fourteen complaints", "twenty-three bites" (not "dozens of", which is as vague as "numerous"). */
const NUMBER_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|a dozen|(?:a |one |two |three |several )?hundred|(?:a |one |two |three )?thousand)`;
/** A date of an event: "on April 12, 2021", "in March 2020", "at the October 2022 meeting". */
const DATE_PHRASE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:and|or|to|through) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:19|20)\d\d\b|\bof (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2},? )?(?:19|20)\d\d\b|\b(?:in|during|by|as of|on|dated|at|after|since|following)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:(?:early|mid|late)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b/;
/** A span of time over which events were counted: "fourteen complaints in three years", "over the past 18 months". */
const PRIOR_SPAN = new RegExp(String.raw`\b(?:in|over|within|during|across) (?:the )?(?:(?:past|last|previous|preceding|prior) )?(?:\d+|${NUMBER_WORD}|a single) (?:calendar )?(?:years?|months?)\b`);
/** The municipality's own figures: "by the Sheriff's own figures", "the Department's own annual force report". */
const OWN_FIGURES = /\bdispatch (?:records|logs|data)\b|\b(?:department|city|county|sheriff|agency|office|jail)'s (?:own )?(?:\d{4} )?(?:[\w-]+ ){0,2}(?:data|figures|statistics|contracts?|records|reports?)\b|\bown (?:\w+ ){0,2}(?:figures|data|statistics|records|reports?|numbers|counts?|logs?)\b|\baccording to (?:the|its|their) (?:[\w-]+ ){0,3}(?:schedule|logs?|records|data|figures|reports?)\b/;
/** A threshold or rule stated of any officer ("flags an officer who accumulates three reports") is no event. */
const GENERIC_THRESHOLD = /\bflags? (?:any |an? )?(?:officers?|deputies|employees|jailers) (?:who|with|that)\b|\bwhen(?:ever)? an? (?:officer|deputy|employee|jailer)(?:'s\b| (?:accumulates|receives|gets|draws|reaches|has|exceeds)\b)|\b(?:every|each|all) (?:[\w-]+ ){0,6}?(?:is|are|must be|shall be) (?:reviewed|investigated|referred|forwarded|sent|routed|logged)\b|\b(?:an?|any) (?:officer|deputy|employee|jailer)s? (?:who |that |can |could |may )(?:accumulates?|receives?|gets?|draws?|reach(?:es)?|has|exceeds?)\b/;
/** A policymaker's own admission, dated: "The department head admitted in a 2021 deposition that no one had watched the footage". */
const POLICYMAKER_ADMISSION = /\b(?:undersheriff|chief|sheriff|department head|director|warden|administrator|commander|mayor|policymakers?|commissioner)\b[^.;]{0,40}\b(?:admitted|acknowledged|conceded|testified)\b/;
/** A warning that reached a policymaker: who was told, by whom, when. */
const TOLD_POLICYMAKER = /\b(?:told|informed|notified|warned|alerted)\s+(?:the\s+)?(?:city|county|town|village|township)\s+that\b|\braised (?:it|this|the (?:issue|problem|matter)) with (?:the )?(?:[\w'-]+ ){0,2}(?:chief|warden|sheriff|undersheriff|commissioners?|mayor|council|director|superintendent|administrator)\b|\b(?:asked|urged|begged|petitioned) (?:the )?(?:[\w'-]+ ){0,2}(?:chief|warden|sheriff|commissioners?|mayor|council|board(?!-)|commander|director|superintendent|administrator|(?:city|county|town) manager)\b|\b(?:mailed|written(?! (?:agreement|contract|policy|policies|rule|rules|order|orders|directive|procedure|procedures|memorandum of understanding|mou|lease)\b)|reported|reports(?! to\b)|circulated|distributed|met with|handed|gave|showed|e-?mailed|wrote|told|telling|informed|informing|notified|notifying|warned|warning|sent|forwarded|presented|submitted|delivered|served (?:on|upon)|copied to|reported to|testified|alerted|alerting|briefed)\b[^.]{0,80}\b(?:committee|captain|(?:county|city|town) attorney|chief|warden|sheriff|commissioners?|mayor|council|board(?!-)|commander|director|superintendent|policymakers?|city manager|administrator)\b|\b(?:chief|warden|sheriff|commissioners?|mayor|council|board(?!-)|commander|director|superintendent|policymakers?|city manager|administrator)\b[^.]{0,40}\b(?:(?:was|were) (?:told|informed|notified|warned|alerted|briefed)|receive[sd]|review(?:s|ed)|reads?|hears|heard|approved(?= (?:[\w-]+ ){0,4}(?:findings?|reports?|reviews?|investigations?|discipline|suspensions?|recommendations?)\b)|(?:signs|signed)(?= (?:[\w-]+ ){0,4}(?:reports?|reviews?|logs?|memos?|findings?|forms?|complaints?|write-?ups?|plans?|summar(?:y|ies)|audits?|citations?|entr(?:y|ies)|sheets?|each|every|all|both|off)\b)|sees|saw)\b|\b(?<!\b(?:and|who|which|that|it|he|she|they|directly|also)\s)(?:memo\w*|letters?|e-?mails?|reports?|summar(?:y|ies)|logs?|records|data|figures|statistics|cop(?:y|ies)|(?<!post )orders?|flags?|warnings?|notices?|grievances?|complaints?)(?:,?\s+[\w-]+){0,7}?,?\s+(?:to|for|addressed to|sent to|went to|routed (?:\w+ )?to|reached|given to|delivered to|stamped received by)\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}?(?:chief|deputy chief|warden|sheriff|committee|commission(?:ers?)?|mayor|council|board(?!-)|commander|director|superintendent|policymakers?|(?:city|county|town) manager|administrator|lieutenant|captain)\b|\b(?:chief|warden|sheriff|commissioners?|mayor|council members?|board members?|administrator|(?:county|city) attorney)\s+(?:\w+\s+){0,4}(?:sitting|present|in attendance|listening)\b/;
const SPECIFIC = new RegExp(String.raw`\d|\b${NUMBER_WORD}\b|\bv\.\s|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d`);
const FREQUENCY = /\b\d[\d,]* (?:[a-z-]+ ){0,2}(?:visits|removals|transports|entries)\b|\b(?:is|are) (?:routinely |regularly )?(?:dispatched|sent|called) to (?:calls|scenes)\b|\beveryday\b|\bevery day\b|(?<!\$[\d,.]+ (?:[a-z]+ )?)\b(?:every|each|any given|a|per|every other|every few|most) (?:shift|day|night|weekday|weekend|week|month|season|year|call)s?\b|\b(?:hundreds|thousands|dozens) of times\b|\ball the time\b|\b\d[\d,]* (?:[a-z-]+ ){0,2}(?:calls|encounters|stops|arrests|deployments|bookings)\b|\b(?:daily|weekly|routinely|regularly|frequently|recurring|constantly)\b|\b\d[\d,]* (?:times|calls|encounters|arrests|stops|deployments)\b/;
/** The plaintiff's own complaint or claim (or the family's), made about this incident: not notice of earlier ones. */
const OWN_COMPLAINT = /\b(?:sent|mailed|gave) (?:plaintiff|mr[.\u2024]|ms[.\u2024]|mrs[.\u2024]|mx[.\u2024]|me|him|her)(?:\s[\w-]+){0,2} (?:a )?letter\b|\b(?:charges?|case|prosecution|indictment) against (?:(?:plaintiff|me|him|her|them)\b|(?:mr|ms|mrs|mx)[.\u2024])|\b(?:(?:plaintiff(?:\s[\w-]+){0,2}|(?:mr|ms|mrs|mx)[.\u2024](?:\s[\w-]+){1,2})'s|my) (?:own )?(?:complaint|grievance|claim|notice of claim)\b|\bi (?:\w+ ){0,2}(?:filed|made|lodged|submitted|wrote|sent|served|mailed)\b|^(?:[^,;]{0,30},\s*)?(?:plaintiff|mr[.\u2024]\s[\w-]+|ms[.\u2024]\s[\w-]+|mrs[.\u2024]\s[\w-]+)\s+(?:\w+\s+){0,2}?(?:filed|made|lodged|submitted|wrote|sent|served|complained|called|sued)\b|\b(?:plaintiff|mr[.\u2024]|ms[.\u2024]|mrs[.\u2024])(?:(?!\b(?:people|persons|residents|others|detainees|inmates|women|men|families)\b)[^.]){0,60}\b(?:filed|made|lodged|submitted|wrote)\b[^.]{0,20}\b(?:complaint|grievance|claim)\b|\b(?:plaintiff|mr[.\u2024] \w+|ms[.\u2024] \w+|mrs[.\u2024] \w+)'s (?:family|mother|father|wife|husband|lawyer|counsel|attorney)\b[^.]{0,40}\b(?:complain\w*|filed|wrote|called)\b|\bafter (?:the|this) (?:incident|arrest)\b|^(?:[^,;]{0,30},\s*)?(?:plaintiff|(?:mr|ms|mrs|mx)[.\u2024]\s[\w-]+|i)\b(?:\s[\w-]+){0,3}?\s(?:was|were|am|had been)\s(?:\w+ly\s)?(?:acquitted|convicted|released|charged|arrested|booked|sentenced|tried|held|detained|taken)\b/;
/** A notice event that is itself negated ("supervisors never audit", "no complaint") gives no notice. */
const NEGATED_BEFORE = /\b(?:no|none|never|not|without|nor)\b(?:\s+\S+){0,2}\s*$/;
/** A document that recorded the problem: "the 2023 use-of-force review counted 45 …", "data … showed 58 pursuits". */
const DOCUMENT_FINDING = /\b(?:reports?|reviews?|study|studies|analysis|audits?|survey|investigation|inquiry|data|statistics|records?|files|memo\w*)\b[^.;]{0,120}\b(?:found|finds|finding|showed|shows|show|showing|counted|documented|recorded|record|identified|concluded|acknowledged|revealed|reflect(?:s|ed)?|listed)\b|\b(?:jury|court|judge|inspector|monitor|commission|ombuds\w*)\b[^.;]{0,20}\b(?:found|returned|held|ruled|concluded)\b/;
/** A document that cleared the municipality ("the 2023 audit found no violations", "found that the jail met every standard") gives no notice of a problem. */
const CLEAN_FINDING = /\b(?:board|review|investigat\w*|report)\b[^.;]{0,40}\bwrote\b[^.;]{0,160}\b(?:consistent with|within policy|in accordance with)\b|\b(?:found|finds|show|showed|shows|concluded|identified|revealed|reported|determined|ruled)\s+(?:that\s+)?(?:[^.;]{0,60}?\s)?(?:no\s+(?:problems?|violations?|deficienc\w+|issues?|misconduct|wrongdoing|pattern|concerns?)\b|(?<!\bnot |\bnon-?)(?:met|meets|complied|complies|compliant|in compliance|satisfied|satisfies|(?:completed|passed)(?! none| no)|justified)\b|[^.;]{0,160}\b(?:consistent with|within policy|in accordance with)\b)/;
/** A count of events: "12 written complaints", "six excessive-force complaints", "45 pepper-spray uses". */
const QUANTIFIED_EVENTS = new RegExp(String.raw`\b(?:\d[\d,]*|${NUMBER_WORD}(?: of)?)\s+(?:\S+\s+){0,3}?(?:complaints|incidents|lawsuits|suits|claims|grievances|uses|shootings|deaths|bites|pursuits|occasions|reports|settlements|verdicts)\b`);
/** Incidents counted as such: "31 bites", "fourteen citizen complaints" (not "35 mph, or pursuits", not reports or uses). */
const COUNTED_EVENTS = new RegExp(String.raw`\b(?<![\d.]\.)(?<!\b(?:section|sections|§|§§|rule|policy|directive|order|chapter|article|no\.|number|form|code|title|room|cell|unit|route|badge)\s)(?:\d[\d,]*|${NUMBER_WORD})\s+(?:(?!or\b|and\b|mph\b|miles\b|hours?\b|minutes?\b)[a-z-]+\s+){0,3}?(?:complaints|incidents|lawsuits|suits|claims|grievances|shootings|deaths|bites|pursuits|settlements|verdicts|cases|matters|actions|extractions|injuries|hospitali[sz]ations|fractures|tasings|removals)\b`);
/** One supervisor for many: "a single sergeant to supervise as many as twenty-two officers", "commanders, who supervise more than twenty officers". */
const SPAN_OF_CONTROL = new RegExp(String.raw`\b(?:one|a single|only one) (?:sergeant|sgt|supervisor|lieutenant|corporal)s? (?:for|per|to|over) (?:as many as |up to |more than |over )?(?:\d[\d,]*|${NUMBER_WORD}) (?:[\w-]+ )?(?:officers|deputies|jailers|guards|staff|employees|pods|units)\b|\b(?:sergeants?|sgts?|corporals?|supervisors?|lieutenants?|commanders?)\b[^.;]{0,40}?\b(?:to )?(?:supervises?|oversees?|covers?|(?:is|are) responsible for) (?:as many as |up to |more than |over |nearly |about )?(?:\d[\d,]*|${NUMBER_WORD}) (?:[\w-]+ )?(?:officers|deputies|jailers|guards|staff|employees|pods|units|sectors|precincts|cells|detainees|inmates)\b`);
/** Events counted by how often they happened: "at least fourteen times between January 2015 and ...". */
const COUNTED_TIMES = new RegExp(String.raw`\b(?:at least|no fewer than|more than) (?:\d[\d,]*|${NUMBER_WORD}) (?:times|occasions)\b|\b\d[\d,]* (?:times|occasions) (?:in|over|during|between|since|from) (?:the )?(?:\d+|${NUMBER_WORD}|(?:past|last|previous|preceding) )`);
/**
 * Law cited in an allegation is no event: "(42 U.S.C. § 1983)" is not a year, and "is sued under Monell
 * v. Department of Social Services, 436 U.S. 658 (1978)" is this suit, not an earlier one.
 */
const CITED_LAW = /\b\d+\s+U\.\s?S\.\s?C\.(?:\s?A\.)?\s*§+\s*[\w().-]+|§+\s*\d[\w().-]*|(?:\b[\w.'&-]+(?: [\w.'&-]+){0,6} v\. [\w.'&-]+(?: [\w.'&-]+){0,6},\s*)?\b\d+\s+(?:U\.\s?S\.|S\.\s?Ct\.)\s*\d+(?:,\s*\d+(?:[–-]\d+)?)?(?:\s*\(\d{4}\))?|\b(?:is|are|being) sued\b/gi;

/** Times that belong to this incident or to this case: "minutes before the arrest", "at the 2019 post-conviction hearing". */
const THIS_CASE_TIMES = /\b(?:[\w-]+ )?days? (?:before|after) (?:the|this|that) (?:visit|removal|arrest|stop|search|incident|raid|entry)\b|\bon the (?:evening|night|morning|afternoon) of (?:[a-z]+,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? )?(?:19|20)\d\d\b|\b(?:[\w-]+ )?(?:seconds?|minutes?|hours?) (?:before|after|earlier|later)\b|\b(?:in|at|during) (?:a|an|the|his|her|their|my) (?:19|20)\d\d (?:[\w-]+ )?(?:deposition|hearing|trial|testimony|interview|interrogatory answers?)\b(?!,? in [\w.' -]{1,40}\b(?:v\.|case|litigation|lawsuit))|\b(?:before|after|until|by) (?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s?(?:o'clock|a\.m\.|p\.m\.)|\s+in the (?:morning|afternoon|evening)|\s+at night)|\b(?:before|after|until|by) (?:\d{1,2}:\d\d|noon|midnight|dawn|sunrise)\b/gi;
/** What every CITED_LAW and THIS_CASE_TIMES match contains: sentences without it skip the replace. */
const MAY_CITE_LAW = /u\.|s\.\s?ct|§|sued/i;
const MAY_NAME_CASE_TIME = /day|on the |second|minute|hour|deposition|hearing|trial|testimony|interview|interrogator|morning|afternoon|evening|night|o'clock|[ap]\.m\.|\d:\d\d|noon|midnight|dawn|sunrise/i;
function withoutCaseTimes(text: string): string {
  return MAY_NAME_CASE_TIME.test(text) ? text.replace(THIS_CASE_TIMES, ' ') : text;
}

/** Figures of a department's size, not of a situation its officers meet. */
const GENERIC_VOLUME = /\b\d[\d,]* (?:bookings|arrests)\b|\bcalls for service\b|\bacademy class(?:es)?\b|\bsworn (?:officers|members|personnel)\b|\bemploys\b|\bbudget\b/;
/** A situation that recurs and calls for training of its own. */
const RECURRING_SITUATION = /\b(?:crisis|mental|psychiatric|suicid\w*|overdose\w*|seizures?|withdrawal|tasers?|dogs?|k-9|pursuits?|chases?|child(?:ren)?|juveniles?|students?|deaf|interpreters?|disab\w*|restrain\w*|force|shootings?|domestic|intoxicat\w*|diabet\w*)\b/;

/** A year used as a date of a document or event: "its own 2023 review", "the 2021 audit". */
const ADJECTIVAL_YEAR = /\b(?:19|20)\d\d\s+(?:[a-z-]+\s+){0,2}(?:series|stor(?:y|ies)|articles?|editorial|broadcast|petition|review|report|audit|study|memo\w*|survey|analysis|meeting|hearing|data|letter|lawsuit|settlement|verdict|investigation)\b/;
/** A case citation's court-and-year parenthetical: "(N.D. Ill. 2023)". */
const CASE_PARENTHETICAL = /\([^()]{0,40}\b(?:19|20)\d\d\)/;
/** A prior suit cited by name and docket number: "Garza v. the Village, No. 1:23-cv-01455". */
const LAWSUIT_CITED = /\bv\.\s[^.]{0,80}?(?:\bNo\.\s*\d|\b\d{1,2}:\d{2}-cv-\d+|\((?:[^()]{0,30}\s)?(?:19|20)\d\d\))/;
/** Two or more dates (month and year) in one sentence: "in April 2022, July 2022, and January 2023". */
const REPEATED_DATES = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b[^.]{0,80}\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b/;
/** Quantities that are not specifics: "numerous prior complaints", "many complaints". */
const UNSPECIFIED_MANY = /\b(?:numerous|many|several|multiple|countless|repeated|frequent|other)\b/;
const INSTITUTION = /\b(?:city|county|town|village|department|sheriff|chief|policymakers?|officials?|municipality|there (?:have|has|had) been)\b/;

/** The semicolon-separated clause of a sentence that holds a position. */
function clauseAround(text: string, at: number): string {
  const end = text.indexOf(';', at);
  return text.slice(text.lastIndexOf(';', at) + 1, end < 0 ? undefined : end);
}

function plaintiffIsTrainee(beforeTopic: string): boolean {
  return PLAINTIFF_TRAINEE.test(beforeTopic) && !OTHER_ACTOR.test(beforeTopic.replace(/^\S+(?:\s+[a-z]+\.?)?/, ''));
}

/** Telling someone who is not a policymaker ("Deputy Kerr told her the worst the Sheriff's Office could do ..."): the policymaker named after it is what was said, not who heard it. */
const TOLD_SOMEONE_ELSE = /\b(?:told|telling|informed|informing|notified|notifying|warned|warning|alerted|alerting|briefed|showed|handed|gave)\s+(?:her|him|me|them|us|plaintiff|(?:mr|ms|mrs|mx)[.\u2024]\s+[\w-]+|(?:his|her|their) (?:partner|sister|brother|mother|father|wife|husband|son|daughter)|the (?:plaintiff|officers?|deput(?:y|ies)|jailers?|nurse|paramedics?|crowd|driver|dispatcher))\b/g;

/** A warning that reached a policymaker; not one that nobody gave ("nobody at the sheriff's office ever told investigators"). */
function toldPolicymaker(lower: string): boolean {
  const told = TOLD_POLICYMAKER.exec(lower.replace(TOLD_SOMEONE_ELSE, ' '));
  return told !== null && !/\b(?:nobody|no one|never)\b/.test(told[0]);
}

/** A record of training taken ("records show that Sergeant Lee attended an eight-hour workshop in 2021") reports no problem. */
const TRAINING_ATTENDED = /\b(?:attended|completed|received|took|passed|finished)\b[^.;]{0,40}\b(?:workshop|course|class|training|academy|certification|seminar)\b/;

function noticeEvent(lower: string): boolean {
  if (DOCUMENT_FINDING.test(lower) && !TRAINING_ATTENDED.test(lower)) return true;
  const events = new RegExp(NOTICE_EVENT.source, 'g');
  for (let m = events.exec(lower); m; m = events.exec(lower)) {
    const before = lower.slice(Math.max(0, m.index - 30), m.index);
    // "before this incident" is the plaintiff's own incident, not an earlier one.
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (m[0] === 'incident' && (/\b(?:this|the|that)\s+$/.test(before) || /^\s+(?:log|report|number|form)\b/.test(after))) continue;
    // What an officer told a partner or wrote in a log is no warning to anyone who makes policy.
    // "the dependency case was dismissed at a hearing on February 9, 2023": this case's own hearing.
    if (/^hearings?$/.test(m[0]) && /\b(?:case|charges?|petition|indictment) (?:was|were) (?:dismissed|withdrawn|vacated)\b/.test(lower)) continue;
    // "the events described in this complaint": the pleading itself.
    if (m[0] === 'complaint' && /\b(?:this|the instant|the present)\s+$/.test(before)) continue;
    // A notice posted for a cleanup or an eviction warns the people who live there, not the municipality.
    if (/^notices?$/.test(m[0]) && (/\b(?:posted|hours'|days'|advance|eviction|cleanup)\s+$/.test(before) || /^\s+(?:was|were) posted\b/.test(after))) continue;
    if ((m[0] === 'told' || m[0] === 'wrote') && /^\s+(?:(?:me|him|her|them|plaintiff|(?:a|his|her|their|another|the other) (?:[\w-]+ )?(?:partner|colleague|deputy|officer|jailer|guard|friend|co-?worker|detainee|inmate))\b|['"]|in (?:the|his|her|a) (?:[\w-]+ ){0,2}(?:log|notes?|chart|form)\b)/.test(after)) continue;
    // A memo that is itself the training ("the only training is a one-page memo from 2011") warns of nothing.
    if (/^memo/.test(m[0]) && /\b(?:training|instruction|course|class)\b[^.;]{0,100}\b(?:is|was|consists? of|consisted of)\b[^.;]*$|\b(?:handed|gave|gives|issued|distributed)\s+(?:(?:its|the|all|every|each)\s+)?(?:officers|deputies|staff|recruits|jailers|employees)\b[^.;]{0,20}$|\bonly (?:written )?(?:training|instruction|guidance)\b[^.;]{0,40}$/.test(lower.slice(Math.max(0, m.index - 140), m.index))) continue;
    if (!NEGATED_BEFORE.test(before)) return true;
  }
  return false;
}

const CAUSAL = /\bbecause\b|\bfor (?:that|this) reason\b|\bso (?=(?:the |that |this )?(?:[a-z-]+ ){0,2}(?:officers?|deput(?:y|ies)|sergeant|handler|sro|team|he|she|they|i|we)\b)|^since\b(?! (?:then|that (?:day|night|time)|(?:19|20)\d\d))|\bas a (?:direct |natural |foreseeable )?(?:and (?:proximate )?)?(?:result|consequence)\b|\bresult(?:ed|ing)? (?:in|from)\b|\b(?:led|leads|lead) (?:(?:directly|straight) )?(?:to|him|her|them|officer|deputy)\b|(?<!probable[\s-])\bcaused?\b|\bcausing\b|\bdue to\b|\bowing to\b|\bthereby\b|\bmoving force\b|\bproximate(?:ly)?\b|\bis why\b|\bthe reason\b|\bso (?:he|she|they)\b|\bwhich is (?:exactly )?(?:what|why)\b|\bhad (?:he|she|they|\w+ \w+) (?:been|received)\b|\bwould (?:have|not have)\b|\bwithout (?:that|this|any|the) (?:training|instruction)\b|\bconsistent with (?:his|her|their|the) training\b|\bas (?:he|she|they|[\w ]{0,20}) (?:had been|was|were) (?:taught|trained|shown|told|instructed)\b|\bfollowed (?:the|his|her|its) (?:only )?training\b|\bwhat an untrained\b|\bdid exactly what\b|\bdid not know\b|\b(?:stem(?:s|med)?|flow(?:s|ed)?|follow(?:s|ed)?|arose|arises|sprang|springs) (?:\w+ )?from\b|\b(?:result|consequence|product|outcome) of\b|\b(?:traceable|attributable) to\b|\bdriving force\b|\bclosely related\b|\bbut for\b|\bcausal(?:ly)?\b|\b(?:this|that) (?:was|is) why\b|^(?:never having been|having never been|not having been|not knowing|lacking|untrained|without (?:any |the )?(?:training|instruction)|(?:never|not) (?:been )?(?:taught|trained|shown|told|instructed|given)|having (?:\w+ ){0,3}(?:clear|cleared|exonerate|exonerated|reinstated|disciplined|reprimanded)|having (?:no|only)|having received (?:nothing more than|only)|knowing (?:that|full well)|(?:emboldened|encouraged|reassured) by|(?:twice |repeatedly |once )?(?:cleared|exonerated) of|(?:suspended|reprimanded|counsel(?:l)?ed|disciplined) (?:for )?(?:only|just|merely)|with no (?:training|instruction)|unable to|(?:having been |been )?(?:only |poorly |barely )?(?:trained|taught|instructed|told|shown)(?: by [^,]{1,40}?)? (?:only|never|to|that))\b[^,]{0,160},|[—–]\s*(?:never |only |not )?(?:trained|taught|told|instructed|shown) (?:only |to |that |never )/;
const CONDUCT = /\b(?:use (?:force|a|the|his|her)|using (?:force|a|the)|call(?:ed|ing)? (?:a|the|for)|leav(?:e|ing)|wait(?:ed|ing)?|grabb(?:ed|ing)|throw(?:ing|n)?|spray(?:ed|ing)?|strik(?:e|ing)|pin|pinn(?:ed|ing)|treat(?:ed|ing)?|took|tak(?:e|ing)|tased|tasered|tase|fired|shot|struck|strike|hit|kicked|punched|choked|restrain\w*|knelt|kneeling|pinned|slammed|tackled|threw|pulled|dragged|grabbed|handcuff\w*|pepper[\s-]sprayed|sprayed|beat|cycled|deployed|drew|pointed|shouted|escalat\w*|left|ignored|denied|refused|waited|kept|used|treated|took|arrested|detained|seized|bit|released|ordered|mistook|misread|logged|marked|put|chas(?:ed|ing)|pursued|stunned|let|allowed|applied|assigned|typed|removed|searched|strip-searched|stripped|handled|pushed|shoved|pried|pry|placed|locked|cuffed|booked|screened|kept chasing|spent|(?:did|done) exactly what|(?:was|were) done to|did (?:\w+ ){0,2}(?:to|on) (?:me|him|her|them|plaintiff|mr[.\u2024]|ms[.\u2024]|mrs[.\u2024]|mx[.\u2024])|made (?:[\w.\u2024'-]+ ){1,4}(?:strip|squat|kneel|undress|lie|sit|stand|wait)|directed the search|search of|taken|wrote|walked (?:away|off|out)|forced|broke|held|withheld|confiscated|seized|read|turned over|checked on|(?:did not|didn't|does not|doesn't|do not|don't|never|failed to|refused to) (?:turn over|disclose|call|check|summon|seek|get|report|give|provide|request|notify|tell)|no (?:[a-z-]+ ){0,2}(?:was|were|had been) (?:called|summoned|requested|provided|given|offered|sought))\b/;
/** "would have called a nurse", "would not have struck": what the officer would have done, trained. */
const COUNTERFACTUAL_CONDUCT = /\b(?:would|could|might) (?:not |never )?(?:still )?have (?:been )?(?!been\b)(?!violated|deprived|injured|harmed|damaged|caused|suffered|occurred|happened|hurt)(?:[a-z]+(?:ed|en|t)|lain|lay|held|kept|left|let|hit|put|shot|struck|thrown|drawn|sat|stood|begun)\b/;
/** A particular officer: "Officer Ellis", "Corporal Whitaker", "Deputy Haines". */
/** The title of a named official: "Officer", "Deputy", "Sgt.", "C/O", "Caseworker". */
const OFFICIAL_TITLE = String.raw`(?:\bC\/O|\bCO|\b(?:Caseworker|Investigator|Social Worker|Nurse|Dispatcher|Officer|Deputy|Sergeant|Sgt[.\u2024]|Trooper|Corporal|Cpl[.\u2024]|Detective|Lieutenant|Lt[.\u2024]|Jailer|Guard|Agent))`;
const NAMED_OFFICER = new RegExp(String.raw`${OFFICIAL_TITLE}\s+[A-Z][a-z]+`);
/** A particular officer doing something: "Deputy Ross skipped the checks" (a past-tense verb that is not speech, thought or career). */
const OFFICER_ACTED = new RegExp(String.raw`${OFFICIAL_TITLE}\s+[A-Z][a-z]+\s+(?:\w+ly\s+)?(?!(?:testified|said|stated|believed|claimed|reported|graduated|joined|worked|completed|attended|received|learned|noted|explained|admitted|answered)\b)[a-z]+ed\b`);
/** The training's own artifacts, which the officer followed: the checklist, the procedure, the hold taught at the academy. */
const TRAINING_ARTIFACT = /\b(?:checklist|standard procedure|procedure per|per (?:his |her |their )?training|demonstrated|recruit class|as (?:he|she|they) (?:had been|was|were) (?:taught|trained))\b/;
/** The officer did as trained: "did exactly what the department trains", "followed the checklist", "the one demonstrated to every recruit class". */
const CONFORMITY = /\btrack(?:s|ed) (?:exactly )?(?:the|what)\b|\bexactly what (?:the )?(?:[\w'-]+ ){0,4}(?:had )?(?:prescribes|teaches|trains|requires|calls for|modell?ed|taught|showed|demonstrated|prescribed|trained)\b|\b(?:mirrors|matches|tracks|is) (?:exactly )?what (?:we|they|the academy|the department|instructors) (?:teach|train|taught|trained)\b|\bstandard (?:[\w-]+ ){0,2}(?:holds?|procedures?|techniques?|practices?|responses?|protocols?|workflow)\b|\bto the letter\b|\b(?:used|utilized|applied|employed) (?:the )?(?:trained|approved|taught|academy) (?:techniques?|tactics?|holds?|methods?)\b|\bhow we (?:always )?(?:handle|do|deal with) (?:it|this|that|them)\b|\bconsistent w\/|\bin the (?:manner|way|fashion) (?:\w+ ){0,3}(?:taught|trained|shown|demonstrated)\b|\bthe (?:[\w"'-]+ ){0,3}(?:technique|method|hold|sequence|tactic|procedure|response|move|maneuver|line|script|phrase|words|shot)['"]? (?:(?!never\b|not\b|no\b)[\w'-]+ ){0,6}(?:teaches|trains|demonstrates|shows|prescribes|labell?ed|taught|trained|demonstrated|showed|shown|prescribed)\b|\b(?:exactly|just|precisely) (?:like|as) (?:the |what |how )?(?:[\w'-]+ ){0,3}(?:class|course|training|academy|manual|video|lesson|handbook|module|instructors?)\b|\b(?:exactly|precisely|just) as (?:[\w'-]+ ){0,4}(?:had )?(?:demonstrated|shown|showed|instructed|prescribe[sd]|taught|trained|practiced|practised|drilled|directs|directed)\b|\btextbook\b|\bwhat we (?:drill|teach|train)\b|\b(?:like|as|the way) (?:we|they|i) (?:drilled|trained|practiced|were taught|were trained)\b|\bthe (?:same|exact|very) words (?:that )?(?:appear|appears|used) in\b|\bthe only (?:[\w-]+ ){0,3}(?:the |our )?(?:[\w-]+ )?(?:course|class|training|academy|manual|module) (?:teaches|taught|covers|covered|lists|listed)\b|\b(?:exactly |just )?(?:how|the way) (?:they|we|the academy|the department|the instructors?) (?:showed|show|taught|teach|trained|train|told|tell)\b|\bcompl(?:ied|ies|y) with\b|\b(?:did not|didn't|never) (?:deviate|depart) from\b|\bconform(?:ed|s)? (?:to|with)\b|\b(?:did|done|doing) exactly what\b|\bfollow(?:ed|ing|s)? (?:[\w'-]+ ){0,5}?(?:training|instruction|course|class|curriculum|module|memo\w*|procedure|protocol|policy|lesson|checklist|manual|handbook|binder|playbook|directive|orders?|script|guidance|rules?|handout|slides?|practice|steps?|sequence|approach|technique|method|workflow)\b|\bper (?:(?:his|her|their|the|our) )?(?:\w+ )?(?:training|instruction|academy|protocol|briefing|bulletin)\b|\bstandard procedure\b|\bthe (?:same |very |exact )?(?:one|hold|technique|method|tactic|phrase|words|language|move|maneuver|position|procedure|approach|script|steps?) (?:\w+ ){0,3}(?:taught|demonstrated|trained|shown)\b|\brel(?:ied|ying|y) (?:up)?on (?:[\w'-]+ ){0,3}(?:training|instruction|teaching|manual|lessons?|update|bulletin|memo|guidance|video|module|course|class)\b|\bwhat (?:they|we|the academy|the department|the instructors?) (?:showed|show|taught|teach|trained|train|told|tell) (?:us|them|me|him|her)\b|\b(?:we|i) (?:were|was|are|am|have been|had been) (?:taught|trained|shown|told)\b|\bas (?:\w+ ){0,3}(?:had )?(?:taught|trained)\b|\breflect(?:s|ed)? (?:the |his |her |their )?(?:[\w-]+ )?(?:training|instruction)\b|\bin keeping with\b(?! (?:the )?(?:united states |federal |state )?(?:constitution|laws?|statutes?|fourth|fourteenth|eighth|first)\b| (?:(?:his|her|their|plaintiff's|the) )?(?:constitutional )?rights\b)|\bconsistent with\b(?! (?:the )?(?:united states |federal |state )?(?:constitution|laws?|statutes?|fourth|fourteenth|eighth|first)\b| (?:(?:his|her|their|plaintiff's|the) )?(?:constitutional )?rights\b)|\bin accordance with\b(?! (?:the )?(?:united states |federal |state )?(?:constitution|laws?|statutes?|fourth|fourteenth|eighth|first)\b| (?:(?:his|her|their|plaintiff's|the) )?(?:constitutional )?rights\b)|\bwithin (?:\w+ )?(?:training|policy|protocol)\b|\bwithin the (?:scope|bounds|limits|parameters) of (?:\w+ )?(?:training|instruction|policy)\b|\bby the book\b|\b(?:that's|that is|it's|it is) (?:standard )?(?:procedure|protocol)\b|\bword for word\b|\bverbatim\b|\b(?:different|departed|deviated|differed|strayed)\b[^.;]{0,20}\bfrom (?:what|the way|how) (?:[\w'-]+ ){0,4}(?:taught|trained|shown|told)\b[^.]{0,120}\b(?:answered|said|replied|testified|responded)\b[^.]{0,12}\bno\b|\b(?:applying|using|following|relying on|employing) the (?:only |same )?(?:[\w-]+ ){0,3}(?:standard|rule|technique|method|test|criteria|checklist|hold|tactic|approach|forms?|script|sheet)\b[^,;]{0,40}\b(?:train\w*|taught|academy|binder|manual|course|onboarding|instruct\w*)/;
/**
 * The officer, in the officer's own words, states the rule of the institution that the officer then
 * applied: "the deputy said the jail does not call medical for 'drug sick' people", "he explained that
 * the department never lets officers wait".
 */
const OFFICER_STATES_PRACTICE = /\b(?:officer|deputy|sergeant|trooper|guard|jailer|corporal|detective|lieutenant|caseworker|he|she)\s+(?:\w+\s+){0,2}?(?:said|told|explained|stated|testified|wrote|admitted|answered)\b[^.;]{0,40}?\b(?:that\s+)?(?:the (?:jail|department|academy|city|county|sheriff's office|unit|agency)|we|they)\s+(?:always|never|only|just|does not|doesn't|do not|don't|did not|didn't|is not|are not|won't|will not)\b/;
/**
 * A timeline that ties the training to the act: "Two weeks after finishing the four-day academy",
 * "on his first shift out of field training", "while still in field training". Only short spans: a
 * year after the academy says nothing about it.
 */
const TRAINING_TIMELINE = /\b(?:\w+ )?(?:hours?|days?|weeks?) (?:after|into|out of) (?:[\w-]+ ){0,4}?(?:academy|training|course|class|orientation)\b|\b(?:first|second|third) (?:shift|week|day|night|call) (?:after|out of|since|following) (?:[\w-]+ ){0,4}?(?:academy|training|course|class|orientation)\b|\bwhile (?:still )?(?:in|on) (?:field training|(?:his|her|their) (?:first|second) (?:shift|week|day))\b/;
/** The training's own words, which the officer then carried out: "the jail's training slides tell deputies to 'let them sleep it off'". Conformity only when the sentence also says what the officer did. */
const TRAINING_DIRECTS = /\b(?:training|academy|manual|slides|curriculum|lesson plans?|handbook|orientation)\b[^.;]{0,60}?\b(?:tells?|instructs?|directs?|teaches|taught|told|instructed|directed) (?:officers|deputies|staff|jailers|guards|detectives|caseworkers|recruits|them|him|her) to\b/;
/**
 * An act done because the officer expected to answer to no one: "released the dog because he expected the County
 * would impose no consequence", "acted as he did because he expected that the Jailer ... would let it pass". The
 * officer's reason for this act, not a belief in general (IMPUNITY_BELIEF): the link Bryan County asks for
 * between a municipality that does not discipline and the injury.
 */
const IMPUNITY_EXPECTED = String.raw`(?:answer to (?:no one|nobody|no-one)|(?:have|had|has|expected) to answer\b|answer for\b|(?:no|without|any|never (?:faced|had)) (?:real |serious )?(?:consequences?|repercussions?|punishment|discipline)\b|(?:held|hold|holds|be) (?:\w+ ){0,2}accountable\b|let (?:it|that|this|the (?:matter|complaint|incident)) (?:pass|go|slide)|(?:nothing|nobody|no one)(?:'s| is| was)? (?:ever )?(?:going to|gonna|would|will) (?:happen|come|do)\b|(?:nobody|no one)(?:'s| is| was| would be)? (?:going to be )?doing anything about\b|not going to do (?:a thing|anything)\b|(?:would|will) not (?:be )?(?:disciplined|punished|sanctioned|have to answer)|close (?:the|his|her) (?:matter|case|complaint|file)|get(?:s|ting)? away with|cost (?:him|her|them) nothing|(?:would|will|is going to|are going to|gonna) go nowhere|(?:the )?worst (?:case |thing )?(?:i|he|she|they|you|we)(?: will| would| could| ever)? (?:get|gets|got|face|faces)\b)`;
/** An officer's expected impunity, wherever the draft says it: a count that rests on it, and names no theory, pleads failure to discipline. */
export const IMPUNITY = new RegExp(String.raw`\b${IMPUNITY_EXPECTED}`, 'i');
const ACTED_EXPECTING_IMPUNITY = new RegExp(String.raw`\bbecause,? (?:[^;]{0,140}?,\s*)?(?:he|she|they|the (?:officer|deputy|jailer|guard|trooper)) (?:had )?(?:expected|knew|believed|trusted|assumed|understood|figured|was (?:sure|confident|certain)|felt (?:sure|confident))\b[^;]{0,200}?\b${IMPUNITY_EXPECTED}|\b(?:confident|sure|certain|knowing|expecting|trusting) (?:that )?[^;]{0,160}?\b${IMPUNITY_EXPECTED}|\bbecause of (?:how|the way) the (?:city|county|town|department|chief|sheriff|jail|office|board) (?:had )?(?:handled|treated|responded to|dealt with|closed|resolved)\b`);
/** What an officer believed he could get away with: "to believe the officer could use force without consequence". */
const IMPUNITY_BELIEF = /\b(?:to believe|believed|believes|thought|to think|felt|to feel|assumed|knew|know|knows)\b(?: that)?[^,;]{0,80}?\b(?:could|would|can|might|may)\b[^,;]{0,80}?\b(?:without (?:any )?(?:consequences?|discipline|punishment|repercussions?|being (?:disciplined|punished))|with impunity|get away with)[^,;]*/g;

/** The plaintiff's (not the officer's) want of knowledge. */
const PLAINTIFF_IGNORANCE = /\b(?:plaintiff|mr[.\u2024]\s[\w-]+|ms[.\u2024]\s[\w-]+|mrs[.\u2024]\s[\w-]+|mx[.\u2024]\s[\w-]+)\s+(?:\w+\s+){0,2}?(?:did not|didn't|does not|doesn't|do not|don't|never|was not|had not)\s+(?:even\s+)?(?:know|understand|learn\w*|recogni[sz]e)\b/g;
/** A particular (unnamed) officer as the one who acted: "the lead detective testified ... did not turn over", "The caseworker wrote". */
const ACTING_OFFICER = /(?:^|[,;:]\s+|\b(?:and|that|when|because|so|after|before|while|then|had)\s+)the (?:[a-z-]+ ){0,2}(?:officer|deputy|detective|caseworker|handler|trooper|jailer|guard|sergeant)\b(?!s|-| who)(?:,? [\w'-]+){0,8}? (?:[a-z]{3,}ed|took|kept|left|put|shot|hit|struck|threw|held|withheld|wrote|told|said|swore|let|did|gave|drew|broke|sent|made|went|ran)\b|\bthe (?:[a-z-]+ ){0,2}(?:officer|deputy|detective|caseworker|handler|trooper|jailer|guard|sergeant)\b(?!s|-| who) (?:later |also |then )?(?:testified|said|told|wrote|admitted|explained|stated|answered|conceded)\b|\bthe (?:[a-z-]+ ){0,2}(?:officer|deputy|detective|caseworker|handler|trooper|jailer|guard|sergeant|nurse)'s (?:[\w-]+ )?(?:note|entry|report|log|statement|affidavit|decision|order|request|answer)s?\b/;
/** A particular (unnamed) officer: "the booking officer", "the caseworker". */
const PARTICULAR_OFFICER = /\bthe (?:[a-z-]+ ){0,2}(?:nurse|prosecutor|officer|deputy|sergeant|trooper|guard|jailer|caseworker|handler|detective|coordinator|clerk|dispatcher|investigator|worker)\b(?!s)/;
/**
 * The sentence reports evidence of why the officer acted: testimony, an interview, an interrogatory
 * answer, a recording, or a review or report that found something. Conformity to the training
 * ("acted in accordance with department training") pleads causation when a source says so.
 */
const EVIDENCE_SOURCE = /\b(?:testif\w*|testimony|deposition|interrogator\w*|sworn|under oath|after-action|internal affairs|interview\w*|body[\s-]?(?:worn[\s-])?cam\w*|on camera|video|audio|footage|transcript)\b|\b(?:review|report|investigation|audit|findings?)\b[^.;]{0,40}\b(?:found|concluded|determined|states?|stated)\b/;
/** The officer's want of instruction, stated of the officer: "who had never been taught", "not knowing how". */
const IGNORANCE = /\b(?:did not|didn't|never) (?:even )?recogni[sz]e\b|\bnever (?:been )?trained on\b|\b(?:did not|didn't|never) (?:even )?reali[sz]e\b|\bnever (?:once )?(?:practiced|drilled|rehearsed|learned)\b|\bnever (?:been )?(?:shown|taught|told|trained|briefed) (?:how|to|that|when|what|about|on)\b|\bhad no idea\b|\b(?:could not|couldn't) (?:understand|tell|recogni[sz]e)\b|\b(?:never|not|did not) (?:get|got|receive[d]?|have|had|been given) (?:any |no )?(?:[\w-]+ ){0,3}?(?:training|instruction)\b|\b(?:had |has )?never (?:having )?been (?:taught|trained|shown|told|instructed)\b|\bwho (?:had |has )?(?:received|had|got|been given|been offered) no (?:[\w-]+ ){0,3}?(?:training|instruction)\b|\bnot knowing\b|\b(?:did not|didn't|do not|don't|never) (?:even )?know\b|\b(?:no one|nobody)\b(?: [a-z]+){0,4}? had (?:ever )?(?:told|shown|taught|explained|said|mentioned)\b|\buntrained\b|\blacking (?:any )?(?:training|instruction)\b|\bnever (?:even )?heard of\b|\bnever (?:taken|attended|completed) (?:any |a |the )?(?:[\w-]+ ){0,3}?(?:training|course|class|instruction)\b|\bnever (?:run|done|practiced|performed) (?:a |any )?(?:[\w-]+ ){0,2}(?:scenario|drill|exercise)s?\b|(?<=,\s|\bwho (?:was|had been) )given no (?:[\w-]+ ){0,3}?(?:training|instruction)\b|\bwithout (?:ever )?having (?:received|had|been given|attended) (?:any )?(?:[\w-]+ ){0,3}?(?:training|instruction)\b/;
const ACTOR = /\b(?:sros?|team|officers?|deput(?:y|ies)|sergeants?|troopers?|guards?|jailers?|corporals?|detectives?|lieutenants?|caseworkers?|investigators?|coordinators?|he|she|they|handlers?)\b/;
/** What ties a sentence to the training: its words, or the officer's want of instruction (IGNORANCE). */
const TRAINING_LINK = new RegExp(String.raw`${IGNORANCE.source}|\b(?:no one|nobody)\b(?: [a-z]+){0,4}? (?:had )?(?:ever )?(?:told|shown|taught|explained|said)\b|\b(?:train\w*|untrained|instruct\w*|taught|teach(?!er)\w*|course|curriculum|onboarding|academy|lectures?|lessons?|modules?|bulletins?|supervis\w*|disciplin\w*|gap)\b|\bmissing (?:instruction|training)\b|\b(?:did not|didn't|do not|don't|never) (?:even )?(?:know (?:how|that|what|when|whether|to)|understand|learn(?:ed)?|recogni[sz]e)\b|\bunaware\b|\bnever (?:having )?(?:been )?(?:told|shown)\b|\b(?:had|if) (?:anyone|someone|somebody|the (?:city|county|department|academy|sheriff|jail)|\w+) (?:\w+ ){0,2}(?:told|shown|taught|instructed|trained|explained to)\b|\b(?:showed|taught|trained|told) (?:us|me)\b|\brecruit class\b|\bby the book\b|\b(?:that's|that is|it's|it is) (?:standard )?(?:procedure|protocol)\b|\bhad (?:known|understood|realized|recognized)\b|\bignoran\w*|\blacking\b`);
const GENERIC_INJURY_ONLY = /^(?:[^.]*\b(?:plaintiff|mr[.\u2024]|ms[.\u2024]|mrs[.\u2024])\b[^.]*\b(?:suffered|sustained|was injured|injuries|damages|deprivation|violation)\b)/;

const CITATION = /\b\d{1,4}\s+(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.|F\.(?:\s?\d[a-z]{1,2}|\s?Supp\.)|F\.\s?App'x)\s*\d|\bId\.|\bsupra\b/;
const PARTY = /\b(?:the (?:city|county|town|village|township|borough|department|sheriff|chief)|defendants?|plaintiffs?|officers?|deputies|deputy|sergeant|mr[.\u2024]|ms[.\u2024]|mrs[.\u2024])\b/i;

/** Capitalised words that name a subject of training or an office of discipline, not a party. */
const SUBJECT_NAMES = /^(?:Taser|Tasers|CPR|K-9|Internal Affairs|Professional Standards|Early Warning|Field Training|Crisis Intervention|Miranda|Brady|Giglio|Narcan|PREA)$/;

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
const TOPIC_WORD_AT = new RegExp(TOPIC_WORDS.source, 'y');
const DOCUMENT_NOUN_BEFORE = /\b(?:the|a|an|its|their|own|annual|this|that|(?:19|20)\d\d)\s+(?:[a-z-]+\s+)?$/;
const WEAK_TOPIC = new RegExp(`^(?:${SUPERVISE_WEAK.source})$`);

/** Where the training (supervision, discipline) words of a sentence start; review / audit words only in a supervisory context. */
function topicPositions(lower: string): number[] {
  const supervisory = SUPERVISORY_CONTEXT.test(lower);
  const positions: number[] = [];
  TOPIC_WORDS.lastIndex = 0;
  for (let m = TOPIC_WORDS.exec(lower); m; m = TOPIC_WORDS.exec(lower)) {
    // A review or audit named as a document ("the 2023 use-of-force review") is not supervision; "no sergeant at the jail reviews" is.
    const window = lower.slice(Math.max(0, m.index - 40), m.index);
    if (WEAK_TOPIC.test(m[0]) && (!supervisory || (DOCUMENT_NOUN_BEFORE.test(window) && !/\b(?:sergeants?|supervisors?|lieutenants?|no one|nobody)\b/.test(window)))) continue;
    // "per academy instruction", "per his training": the training the officer followed, not a gap in it.
    if (/\bper (?:[a-z]+ )?$|\b(?:accordance|consistent|keeping|line) with (?:[a-z']+ ){0,2}$|\bwithin (?:[a-z]+ )?$|\bwithin the (?:scope|bounds|limits|parameters) of (?:[a-z]+ )?$|\bneed (?:for|to) (?:[a-z]+ ){0,3}$|\bwhat (?:i|we|he|she|they) (?:was|were|had been) $|\b(?:recommended|proposed|ordered|required) no (?:[a-z-]+ )?$/.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "Never held supervisory rank" is about a career, not about supervising anyone.
    if (/^supervisory (?:rank|position|role|title|status|grade)\b/.test(lower.slice(m.index))) continue;
    // An officer who "requested a supervisor" or "a crisis-trained officer" acted at the scene (a "field-training checklist" is training); an offense "punishable by fine";
    // a school that "suspended J.T.": none of these is the municipality's training, supervision or discipline of its officers.
    if (/\b(?:request(?:ed|s|ing)?|call(?:ed|s|ing)? (?:for|in)|summon(?:ed|s|ing)?|ask(?:ed|s|ing)? for|notif(?:y|ied|ies|ying)|contact(?:ed|s|ing)?|radio(?:ed|s|ing)?(?: for)?|wait(?:ed|s|ing)? for|page[ds]?)\s+(?:(?:a|an|the|any|his|her|their)\s+)?(?:[a-z-]+\s+)?$/.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    if ((/[a-z]-$/.test(lower.slice(Math.max(0, m.index - 2), m.index)) && /^trained\b/.test(lower.slice(m.index))) || /^punishable\b/.test(lower.slice(m.index))) continue;
    if (/^(?:suspend(?:ed|s)?|disciplin(?:ed|es)|punish(?:ed|es)|expel(?:led|s)?|reprimand(?:ed|s)) (?:(?:the )?(?:plaintiff|student|child|boy|girl|minor)\b|me\b|(?:mr|ms|mrs|mx)[.\u2024]|[a-z]\.[a-z]\.)/.test(lower.slice(m.index))) continue;
    positions.push(m.index);
  }
  return positions;
}

/**
 * Whether a negation governs a training (supervision, discipline) word: one within a few words, in the
 * same clause group (a semicolon ends the scope), a counterfactual, or a predicate of inadequacy.
 * "factual" when a negation states an absence ("no training on", "never taught", "the course does not
 * cover"); "evaluative" when only a judgment does ("failed to adequately train", "was inadequate"),
 * the form of the Canton boilerplate, which needs more subject matter before it pleads a fact.
 */
type Governance = 'factual' | 'evaluative' | undefined;
const EVALUATIVE = /^(?:fail|failure|neglect|refus|inadequa|deficien|insufficien|improper|ineffective|cursory|superficial)/;
/** A comma and a new subject between the training word and a later negation: the negation is that subject's. */
const NEW_SUBJECT = /,\s+(?:(?:and|but|while|although|though|because|since|when|if)\s+)?(?:the|a|an|plaintiff|officers?|deput(?:y|ies)|sergeants?|jailers?|guards?|staff|they|[A-Z][a-z]+\s+[A-Z])\b/;
const PERSON_TOPIC = /^(?:supervisors?|instructors?|recruits?|trainees?|monitors?|investigators?)\b/;
const JUDGED_QUALITY = /\b(?:proper(?:ly)?|adeq\w*|sufficient(?:ly)?|appropriate(?:ly)?|right|enough|correct(?:ly)?|meaningful(?:ly)?|serious(?:ly)?|real(?:ly)?|effective(?:ly)?)\b/;

function negationGovernsTopic(plain: string, lower: string, topics: readonly number[]): Governance {
  if (topics.length === 0) return undefined;
  // "Had the Town properly trained its officers" is the judgment again, in a counterfactual.
  if (COUNTERFACTUAL_TRAINING.test(lower) && !JUDGED_QUALITY.test(COUNTERFACTUAL_TRAINING.exec(lower)![0])) return 'factual';
  if (LIMITED_TRAINING.test(lower) || NEGATED_COVERAGE.test(lower) || SPAN_OF_CONTROL.test(lower) || SUPERVISOR_NEGLECT.test(lower)) return 'factual';
  let found: Governance = INADEQUATE_PREDICATE.test(lower) ? 'evaluative' : undefined;
  // Word index and semicolon-separated segment of every character offset, computed in one pass. A
  // capitalised word inside the sentence is part of a name ("No one at the City of Ashford trains")
  // and does not count toward the distance.
  const sameLength = plain.length === lower.length;
  const wordAt = new Int32Array(lower.length + 1);
  const segmentAt = new Int32Array(lower.length + 1);
  let word = 0;
  let segment = 0;
  let segments = 0;
  let outside = -1;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower.charCodeAt(i);
    // Semicolons, colons and dashes separate clauses ("what they showed us in the academy—wouldn't give me
    // the hands"); a parenthetical is a clause of its own, and the sentence resumes after it.
    if (ch === 59 /* ; */ || ch === 58 /* : */ || ch === 0x2014 /* — */ || ch === 0x2013 /* – */) segment = ++segments;
    else if (ch === 40 /* ( */) {
      outside = segment;
      segment = ++segments;
    } else if (ch === 41 /* ) */ && outside >= 0) {
      segment = outside;
      outside = -1;
    }
    if (ch === 32 && i + 1 < lower.length && lower.charCodeAt(i + 1) !== 32) {
      const next = sameLength ? plain.charCodeAt(i + 1) : 0;
      if (!(next >= 65 && next <= 90)) word++;
    }
    wordAt[i] = word;
    segmentAt[i] = segment;
  }
  const negations: number[] = [];
  const reach: number[] = [];
  const kinds: string[] = [];
  const negation = new RegExp(NEGATION.source, 'g');
  for (let m = negation.exec(lower); m; m = negation.exec(lower)) {
    const code = sameLength && m.index > 0 ? plain.charCodeAt(m.index) : 0;
    if (code >= 65 && code <= 90 && !/[:;—–.!?]["')]*\s*$/.test(plain.slice(Math.max(0, m.index - 4), m.index))) continue;
    negations.push(m.index);
    kinds.push(m[0]);
    // A negative determiner that opens the sentence or a clause ("No booking officer or intake nurse was trained") negates that clause.
    const opensSentence = (m.index === 0 || /[,;:]\s*(?:and\s+|but\s+)?$/.test(lower.slice(Math.max(0, m.index - 7), m.index))) && /^(?:no|none|nobody|no one|not|never)$/.test(m[0]);
    // "is not required to meet with the officer, review the incidents, or document ..." negates each verb of the list.
    const governsList = /^(?:not|never)$/.test(m[0]) && /^\s+(?:\w+\s+)?(?:required|expected|asked|made|obliged|obligated|directed) to\b/.test(lower.slice(m.index + m[0].length));
    reach.push(governsList ? LIST_BEFORE : /^(?:fail|failure|neglect|refus)/.test(m[0]) || opensSentence ? FAILURE_BEFORE : m[0] === 'without' ? WITHOUT_BEFORE : NEGATION_BEFORE);
  }
  // Quoted speech (four words or more) is another speaker's: a negation in it does not govern training outside it, nor the reverse.
  const speeches: Array<[number, number]> = [];
  for (const quote of lower.matchAll(/"([^"]*)"|(?<=^|[\s(,:])'([^']{3,}?)'(?=[\s,.;:)!?]|$)/g)) if ((quote[1] ?? quote[2])!.trim().split(/\s+/).length >= 4) speeches.push([quote.index!, quote.index! + quote[0].length]);
  const quotedSpeech = (at: number) => speeches.findIndex(([from, to]) => at > from && at < to);
  const beliefAt = lower.search(/\b(?:believed|believe|believes|thought|think|felt|feel|assumed|expected|knew|know|knows|aware) (?:that )?/);
  // Both lists are in text order: one sweep, looking only at the negations within the window of each topic word.
  let first = 0;
  for (const at of topics) {
    const w = wordAt[at]!;
    while (first < negations.length && wordAt[negations[first]!]! < w - LIST_BEFORE) first++;
    for (let j = first; j < negations.length && wordAt[negations[j]!]! <= w + NEGATION_AFTER; j++) {
      const distance = w - wordAt[negations[j]!]!;
      if (segmentAt[negations[j]!] === segmentAt[at] && distance <= reach[j]!) {
        // A negation after the word belongs to the training only when it is the training's predicate: not
        // to a person described on the way ("training on people who don't speak English"), nor to what a
        // supervisor or instructor failed to do ("the supervisors did not do their jobs").
        if (distance < 0 && (/\b(?:who|whom|whose)\b[^,;]*$|\b(?:to ensure|so that|in order to)\b/.test(lower.slice(at, negations[j]!)) || PERSON_TOPIC.test(lower.slice(at, at + 14)) || NEW_SUBJECT.test(plain.slice(at, negations[j]!)))) continue;
        // "did not give its officers proper training" judges the training, like "failed to adequately train".
        // So do "was not adequate to prepare them" and a bare "untrained" with no subject of its own.
        const after = lower.slice(negations[j]! + kinds[j]!.length);
        const judged = (distance > 0 && JUDGED_QUALITY.test(lower.slice(negations[j]!, at)))
          || (distance < 0 && /^\s+(?:\w+ly\s+)?(?:adequate(?:ly)?|sufficient(?:ly)?|proper(?:ly)?|appropriate(?:ly)?|enough|meaningful(?:ly)?|effective(?:ly)?|suited|tailored|geared|fit|relevant|current|up to|in keeping with|consistent with|in line with|in accordance with|to do so)\b/.test(after))
          || (distance > 0 && /^[a-z]*(?: [\w-]+){0,5} (?:right(?! of\b| to\b)|properly|adequately|correctly|appropriately|lawfully|constitutionally|(?:well|good) enough|in a (?:constitutional|lawful|legal|proper|reasonable) (?:manner|way)|in a (?:manner|way) (?:that is )?consistent with)\b/.test(lower.slice(at)))
          || (distance > 0 && /^[^.;]{0,120}?\bin a (?:constitutional|lawful|legal|proper|reasonable|appropriate) (?:manner|way|fashion)\b/.test(lower.slice(at)))
          // "did not train its officers to respect the constitutional rights of students" is Canton's own example of a label.
          || (distance > 0 && /^[a-z]*(?: [\w-]+){0,4} to (?:respect|honor|protect|uphold|safeguard|observe) (?:the )?(?:[\w-]+ ){0,3}(?:rights|privacy|dignity|liberty|safety)\b/.test(lower.slice(at)))
          || (kinds[j] === 'untrained' && !/^\s+(?:in|on|to|regarding|about|how|for how)\b/.test(after))
          // "a long history of not punishing officers", "a custom of tolerating misconduct without discipline", "the lack of supervision at the jail": labels again.
          || /\b(?:history|pattern|practice|custom|policy|culture) of\s+$/.test(lower.slice(Math.max(0, negations[j]! - 25), negations[j]))
          // "took no action to discipline them" judges; it names no gap.
          || (kinds[j] === 'no' && /^\s+(?:\w+\s+)?actions?\b/.test(after))
          // "it was highly predictable that officers lacking guidance would ...": the language of notice, not a gap.
          || /\b(?:predictable|foreseeable|obvious|likely) that\b[^.;]{0,60}$/.test(lower.slice(Math.max(0, negations[j]! - 80), negations[j]))
          || (kinds[j] === 'without' && /\b(?:tolerat|allow|permit|let)\w*\s+(?:[\w-]+\s+){0,4}$/.test(lower.slice(Math.max(0, negations[j]! - 50), negations[j]))
            && /^\s+(?:any\s+|proper\s+|adequate\s+|meaningful\s+|real\s+)?(?:oversight|supervision|discipline|training|accountability|consequences?|review)\b(?!\s+(?:on|in|about|regarding|concerning|for|of|to|from|when|how|by|over)\b)/.test(after))
          || (distance > 0 && /^(?:lack|absence) of (?:any |adequate |proper |meaningful |effective |real )?$/.test(lower.slice(negations[j]!, at)) && !/^\w+\s+(?:on|in|about|regarding|concerning|covering|for|how to|when to)\b/.test(lower.slice(at)));
        // A negation inside what officers believed ("believed their actions would never be punished") states no gap.
        const believed = beliefAt >= 0 && negations[j]! > beliefAt;
        if (believed) continue;
        // Not the training's own negation: one in another speaker's words (a quotation lies between), a
        // double negative of conformity ("did not deviate from training"), or rhetoric ("was not an isolated oversight").
        // A later negation whose own object is another training word ("act without any real oversight") is judged with that word.
        if (distance < 0 && topics.some((other) => other > negations[j]! && wordAt[other]! - wordAt[negations[j]!]! <= 4)) continue;
        if (quotedSpeech(negations[j]!) !== quotedSpeech(at) || /^\s+(?:\w+\s+)?(?:deviate|depart|differ|stray)\b|^\s+(?:an?\s+)?(?:isolated|merely|simply|mere)\b|^\s+(?:have\s+)?(?:been\s+)?(?:any\s+)?(?:more|clearer|plainer)\b|^\s+(?:an?\s+)?(?:departure|deviation)\b|^\s+(?:any\s+)?(?:legal\s+|lawful\s+|probable\s+)?(?:cause|reason|justification|provocation|warrant|due process)\b/.test(after)) continue;
        if (!EVALUATIVE.test(kinds[j]!) && !judged) return 'factual';
        found = 'evaluative';
      }
    }
  }
  return found;
}

/**
 * "Ms. Okafor", "Sgt. Pruitt": the period of a title becomes a one-dot leader, so spans that stop at a
 * sentence's periods ("the finding that came to Mr. Kettleman in the mail says") run past it. Patterns
 * that name a title accept either dot.
 */
function withoutTitleDots(text: string): string {
  return text.replace(/\b(Mr|Ms|Mrs|Mx|Dr|Sgt|Lt|Cpl|Det|Capt|Ofc)\.(?=\s)/gi, '$1\u2024').replace(/(?=\.)(?<=\s[A-Z][a-z]+ [A-Z])\.(?= [A-Z][a-z])/g, '\u2024');
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
 * unless it names a party it states the law rather than alleging a fact. `plaintiff`: the plaintiff's
 * names from the caption (lower case), so "Rio Castellanos's car" is known to be this plaintiff's.
 */
export function readSentence(raw: string, lawContext = false, plaintiff?: RegExp, officers?: RegExp): SentenceReading {
  const key = `${lawContext ? '\u0000' : ''}${plaintiff ? `${plaintiff.source}\u0001` : ''}${officers ? `${officers.source}\u0002` : ''}${raw}`;
  const cached = readingCache.get(key);
  if (cached) return cached;
  const reading = readUncached(raw, lawContext, plaintiff, officers);
  if (readingCache.size >= READING_CACHE_LIMIT) readingCache.clear();
  readingCache.set(key, reading);
  return reading;
}

/**
 * The patterns' reading, with the sentence model's say where it is nearly certain (model.ts); statements of
 * law and pleading devices never reach it. `text`: the sentence as the model was trained on it; `lower`: the
 * patterns' lower-case form. The model promotes only a sentence that carries what the element is made of: for
 * causation this incident and more than the act itself (the training, or a finding or account that the act
 * conformed to it), for notice events or frequencies. A complaint's facts section narrates many acts and dates
 * ("Officer Kroll cycled the Taser five times"; "the Inspector General's office was created in 2015"),
 * and no narration alone ties an act to a municipality's failure or puts a policymaker on notice.
 */
function withModel(reading: SentenceReading, text: string, lower: string, plaintiff: RegExp | undefined): SentenceReading {
  if (!sentenceModelEnabled()) return reading;
  // Prior events counted or repeated over a stated span ("six excessive-force complaints before ...", "since 2018 ...
  // repeated requests") are the facts Connick names; authors differ on whose they must be, and the patterns' reading
  // stands. And a record of how little discipline followed is the discipline deficiency, not notice (see readUncached).
  const counted = COUNTED_EVENTS.test(lower);
  const told = toldPolicymaker(lower);
  const disciplineRecord = reading.deficiency === 'present' && reading.topics.has('failure-to-discipline') && !counted && !told;
  // So are frequencies a policymaker saw ("the Sheriff receives the monthly intake figures"): Canton's obvious need, known.
  // A rule for every case ("every deployment is reviewed by the Board") tells of no event, whatever the model says.
  const noticeMayChange = reading.deliberateIndifference === 'present'
    ? !counted && !(/\bsince (?:19|20)\d\d\b/.test(lower) && /\brepeated(?:ly)?\b/.test(lower)) && !PRIOR_SPAN.test(lower) && !(FREQUENCY.test(lower) && told)
    : !disciplineRecord && !GENERIC_THRESHOLD.test(lower) && !RULE_DESCRIBED.test(lower) && tellsOfEvents(reading, lower, counted, told);
  // "Because of that, Officer Lee ..." links only with the sentence before it, and the pairing in index.ts decides it.
  // A short timeline after training ("two weeks after finishing the abbreviated academy, Officer Beck shot ...") is a causal
  // form the corpus's authors rarely wrote, an act that conformed to the training ("exactly like the pepper spray
  // class shows") is the form Bryan County names, and so is a supervisor who ordered the act or none there to stop it, the officer's own account that nobody taught him,
  // or an act that repeats the very conduct reported or seen before ("the same leg sweep later used on Ms. Lund"); for these the patterns' reading stands.
  const causationMayChange = reading.causation === 'present' ? !TRAINING_TIMELINE.test(lower) && !CONFORMITY.test(lower) && !SUPERVISOR_DIRECTED.test(lower) && !SUPERVISOR_ABSENT.test(lower) && !officersOwnWant(text, lower) && !REPEATS_KNOWN_CONDUCT.test(lower) : !reading.followsFrom && aboutThisIncident(lower, plaintiff) && saysMoreThanTheAct(reading, lower);
  // Most sentences of a complaint narrate; those the model cannot change are not scored.
  if (reading.deficiency !== 'present' && !noticeMayChange && !causationMayChange) return reading;
  const likelihood = presentLikelihood(text);
  // The model may take back a deficiency only if it knows the training word the patterns read it from ("not teached": it never saw "teached").
  // How strongly a reading is marked matters only for a reading of `present`, the only one the model can take back.
  const deficiency = reading.deficiency === 'present' && !knowsTopicWord(lower) ? reading.deficiency : overrule('deficiency', reading.deficiency, likelihood.deficiency, reading.deficiency === 'present' && deficiencyStronglyMarked(text, lower, plaintiff));
  const deliberateIndifference = noticeMayChange ? overrule('deliberateIndifference', reading.deliberateIndifference, likelihood.deliberateIndifference, reading.deliberateIndifference === 'present' && noticeStronglyMarked(text, lower, told)) : reading.deliberateIndifference;
  const causation = causationMayChange ? overrule('causation', reading.causation, likelihood.causation) : reading.causation;
  if (deficiency === reading.deficiency && deliberateIndifference === reading.deliberateIndifference && causation === reading.causation) return reading;
  return {
    ...reading,
    deficiency,
    deliberateIndifference,
    causation,
    followsFrom: reading.followsFrom && causation !== 'present',
    continuesTraining: reading.continuesTraining && deficiency === undefined,
  };
}

/**
 * A deficiency about the training in general, not read from one person's act or this incident ("Deputy Dunn did not
 * tell his sergeant"). "Had the City trained its deputies to check on detainees who report chest pain, Deputy Haines
 * would have called an ambulance" names an officer, but the training it describes is the municipality's own.
 */
function deficiencyStronglyMarked(text: string, lower: string, plaintiff: RegExp | undefined): boolean {
  const particular = aboutThisIncident(lower, plaintiff) || NAMED_OFFICER.test(text) || PARTICULAR_ACTOR.test(lower);
  return !particular || MUNICIPALITY_TRAINS.test(lower);
}

/** Notice with its strongest marks: a policymaker told, events or times counted, a lawsuit cited, or how often officers meet the situation. */
function noticeStronglyMarked(text: string, lower: string, told: boolean): boolean {
  return told || QUANTIFIED_EVENTS.test(lower) || COUNTED_TIMES.test(lower) || FREQUENCY.test(lower) || LAWSUIT_CITED.test(text) || POLICYMAKER_ADMISSION.test(lower);
}

/** A supervisor who ordered or approved the act ("the lieutenant ... told the deputy to clear the apartment, so the deputy ..."): causation through supervision, read by the patterns. */
const SUPERVISOR_DIRECTED = /\b(?:sergeant|lieutenant|supervisor|captain|commander|sgt|lt)\b[^.;]{0,80}\b(?:told|ordered|directed|instructed|approved|authorized)\b/;

/** The municipality as the one who trains, supervises or disciplines: "the City trained its deputies", "the County never disciplines". */
const MUNICIPALITY_TRAINS = /\b(?:city|county|town|village|township|department|sheriff's office|academy|jail)\b(?:'s)?[^,;]{0,30}?\b(?:train(?:s|ed|ing)?|taught|teach(?:es)?|instruct(?:s|ed)?|supervis(?:es|ed)|disciplin(?:es|ed))\b/;

/**
 * A named officer's own account that nobody taught or told him ("Deputy Ames answered that nobody had ever said the
 * night shift could call one") or that discipline brings nothing ("told Mr. Acosta's sister that a complaint would go
 * nowhere"), or a named officer who had never had the training ("Officer Lyle, who had never taken crisis intervention
 * training, ... drew a gun"): read by the patterns.
 */
function officersOwnWant(text: string, lower: string): boolean {
  if (!NAMED_OFFICER.test(text)) return false;
  return (ACCOUNT_VERB.test(lower) && IGNORANCE.test(lower)) || OFFICER_SAYS_IMPUNITY.test(text) || NEVER_HAD_THE_TRAINING.test(lower);
}

/** The officer himself saying it ("Deputy Hollins told Mr. Acosta's sister ... that a complaint would go nowhere"), not someone else's words beside his name. */
const OFFICER_SAYS_IMPUNITY = new RegExp(String.raw`${NAMED_OFFICER.source}[^.;]{0,40}?\b(?:told|said|says|answered|replied|testified|explained|wrote|admitted|yelled|shouted)\b[^;]{0,160}?\b${IMPUNITY_EXPECTED}`, 'i');

/** "who had never taken crisis intervention training", "who had never been trained on": the officer's own want of the training. */
const NEVER_HAD_THE_TRAINING = /\b(?:who|that) had never (?:taken|received|had|attended|completed|been (?:trained|taught|given|shown|sent))\b/;

/** The very conduct reported or seen before, repeated on the plaintiff: "each showing the same leg sweep later used on Ms. Lund", "exactly what the complaints described". */
const REPEATS_KNOWN_CONDUCT = /\b(?:the same|the very|the identical|exactly what)\b[^;]{0,120}\b(?:earlier|prior|previous|reported|described|complained)\b|\b(?:earlier|prior|previous)\b[^;]{0,120}\b(?:the same|the very|the identical)\b[^;]{0,60}\b(?:later|again|used on|on (?:me|plaintiff|him|her))\b/;

/** No supervisor there to stop or approve the act ("No field training officer ever rode with Deputy Lee ..."): causation through supervision, read by the patterns. */
const SUPERVISOR_ABSENT = /\bno (?:field training officer|fto|supervisor|sergeant|lieutenant|corporal|one)\b[^.;]{0,60}\b(?:rode|present|there|on duty|on scene|at the scene|to approve|to stop)\b/;

/** Whether the sentence model has a weight for some training (supervision, discipline) word of the sentence. */
function knowsTopicWord(lower: string): boolean {
  return topicPositions(lower).some((index) => {
    const word = /^[a-z0-9'-]+/.exec(lower.slice(index))?.[0] ?? '';
    return modelKnowsWord(word.replace(/\d+/g, '0'));
  });
}

/** Prior events, warnings or frequencies: what notice is made of. `counted`, `told`: the sentence counts events, or says a policymaker was told. */
function tellsOfEvents(reading: SentenceReading, lower: string, counted: boolean, told: boolean): boolean {
  return counted || told || reading.topics.size > 0 || noticeEvent(lower) || COUNTED_TIMES.test(lower) || FREQUENCY.test(lower);
}

/** The plaintiff's own incident, not another one: causation ties the gap to this injury. */
function aboutThisIncident(lower: string, plaintiff: RegExp | undefined): boolean {
  return (THIS_INCIDENT.test(lower) || (plaintiff?.test(lower) ?? false)) && !OTHER_EVENT.test(lower);
}

/**
 * More than what happened: the training (supervision, discipline) itself, a finding or account that the act
 * conformed to it, or the officer's want of it. A reason, a quotation or a report alone is narration: whole
 * complaints are full of officers' words at the scene ("refused lawful commands"), and none ties an act to a
 * municipality's failure.
 */
function saysMoreThanTheAct(reading: SentenceReading, lower: string): boolean {
  return reading.topics.size > 0 || REVIEW_FINDING.test(lower) || CONFORMITY.test(lower) || IGNORANCE.test(lower) || officerAccount(lower);
}

/**
 * OFFICER_ACCOUNT, asked only of a sentence that names the training somewhere: the account pattern tries the long
 * TRAINING_REFERENCE at every place after a word of speech, so most narrative sentences, which name none, are
 * answered by one scan instead (the same answer: the account cannot match without a training reference).
 */
function officerAccount(text: string): boolean {
  return TRAINING_REFERENCE.test(text) && OFFICER_ACCOUNT.test(text);
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

/**
 * The general shape of pleaded causation, whatever the words: a particular officer's concrete act in
 * this incident, the training (supervision, discipline) named by more than its label, and a relation
 * between the two — causal, counterfactual, conformity, contrast, or the officer's own account.
 */
function connectsGapToAct(plain: string, bare: string, beyondLabel: string, connected: boolean, thisIncident: boolean): boolean {
  if (!thisIncident || !officerActs(plain, bare)) return false;
  if (!TRAINING_REFERENCE.test(beyondLabel)) return false;
  return connected || RELATION.test(bare) || officerAccount(beyondLabel);
}

/** A sentence that opens by referring back to training named before it: "It never covers", "The course says nothing about". */
const TRAINING_ANAPHOR = /^(?:it|they|none of it|nothing in it|(?:the|that|this) (?:course|class|block|session|module|program|curriculum|lesson|video|handout|slideshow|presentation))\b/;
/** A sentence that opens by pointing back to the one before as the reason: "Because of that", "As a result", "So". */
const CONSEQUENCE_OPENING = /^(?:because of (?:this|that|it)|as a (?:direct )?(?:result|consequence)|for (?:that|this) reason|that is why|this is why|so|consequently|accordingly|thus|therefore|predictably|unsurprisingly|not knowing (?:this|that|any better)|left to (?:guess|improvise))\b/;

/** The plaintiff or this incident: causation is about this injury, not officers in general. */
const THIS_INCIDENT = /\b(?![ap]\.m\.)[a-z]\.[a-z]\.|\b(?:plaintiffs?|decedent|the (?:child|minor|boy|girl)|me|my|mine|our|us)\b|\b(?:mr|ms|mrs|mx)[.\u2024]|\b(?:that|this|the) (?:injury|injuries|death|seizure|extraction|entry|takedown|restraint|collapse|interrogation|incident|encounter|arrest|stop|raid|call|search|shooting|crash|bite|chase|beating|assault|attack|tasing|overdose)\b/;

/**
 * Words that look back in time but, in a sentence about the plaintiff, count or order this incident's own
 * acts: "struck him at least four times", "again", "before the last two cycles", "four months after the shooting".
 */
const THIS_INCIDENT_SEQUENCE = /\bat least\b|\bagain\b|\brepeatedly\b|\balready\b|\bafter the (?:[\w-]+ )?(?:shooting|incident|arrest|beating|assault|stop|raid|attack|bite|tasing|search|takedown|extraction|entry)\b|\bbefore the (?:[\w-]+ ){0,2}(?:cycles?|blows?|strikes?|shots?|punch(?:es)?|kicks?|rounds?|bursts?)\b/g;

/** A letter or complaint that recounts "what happened": this incident told afterwards, not an earlier event. */
const THIS_INCIDENT_RECOUNTED = /\b(?:describing|describes|described|recounting|recounts|explaining|explained|reporting|reported|detailing|detailed|about|of) what (?:had )?happened\b(?! (?:to|in|at|with|during|on) (?!(?:him|her|me|us|them|plaintiff|(?:mr|ms|mrs|mx)[.\u2024])(?:\W|$)))|\b(?:complaint|letter|grievance|claim|e-?mail)s? (?:about|regarding|concerning|over|describing) (?:the|this|that) (?:incident|arrest|stop|shooting|beating|assault|search|raid|encounter|tasing|takedown|bite)\b/;

/** A span that starts in a year ("between March 2016 and Mr. Ruiz's arrest"): the time before this incident, whatever else the sentence counts. */
const SPAN_FROM_YEAR = /\b(?:between|from|since) (?:[a-z]+\.? )?(?:\d{1,2},? )?(?:19|20)\d\d\b/;

/** The plaintiff's own record ("My driving record shows no crashes in ten years"): the plaintiff's life, not notice to anyone. */
const PLAINTIFF_RECORD = /\b(?:my|plaintiff's|(?:his|her) own) (?:[\w-]+ )?(?:record|history|background|file)\b/;

/** A sentence that opens in the story's own time ("The next day", "Two weeks later"): narration, not a prior event. */
const STORY_TIME_OPENING = /^(?:the (?:next|following) (?:day|morning|afternoon|evening|night|week|month)|that (?:same )?(?:morning|afternoon|evening|night)|later that (?:day|morning|afternoon|evening|night|week)|(?:a|one|two|three|four|five|several|a few) (?:days?|weeks?|months?|hours?|minutes?) later|(?:minutes|hours|days|weeks) later)\b/;

/** A rule described by its source ("Under Directive 3.10 those grievances are answered by the unit sergeant"): how things work, not what happened. */
const RULE_DESCRIBED = /^under (?:the )?(?:[\w.'§-]+ ){0,5}?(?:section|directive|general order|order|policy|charter|rule|article|ordinance|code|§|manual|contract|agreement|regulation|procedure|sop)\b/;

/** An office or program founded ("In 2015 the City created a Professional Standards Division to receive complaints"): its purpose names events, none happened. */
const FOUNDING = /\b(?:created|established|formed|founded|launched|set up|started)\b/;
const IN_RESPONSE = /\b(?:after|following|in response to|because of|in the wake of)\b/;

/**
 * A counterfactual on the municipality's oversight, and the act it would have prevented: "Had a sustained finding
 * carried a suspension, Deputy Hollins would not have delivered the fifth cycle"; "Had the County supervised Deputy
 * Marsh, he would have held his position". The "but for" form of Bryan County's moving force, for supervision and discipline.
 */
const OVERSIGHT_COUNTERFACTUAL = /^had\b[^;]{0,200}?\b(?:supervis\w*|disciplin\w*|suspen\w*|sustained|consequences?|penalt(?:y|ies)|reprimand\w*|sergeants?|supervisors?|lieutenants?|flags?|flagged|early[\s-]warning)\b[^;]{0,200}?,\s+(?:[\w.'-]+\s+){0,3}?(?:would|could)(?: not| never)? have\b/;

/** Another event than this one: "a separate chase that evening", "an unrelated stop". */
const OTHER_EVENT = /\b(?:a separate|another|an unrelated|a different|an earlier|a prior|other) (?:[\w-]+ )?(?:chase|pursuit|incident|call|stop|arrest|case|encounter|raid|search)\b/;

/** A particular officer (named, "the deputy", "the prosecutor", a pronoun) and a verb of concrete conduct, or a concrete omission. */
function officerActs(plain: string, bare: string, gerunds = true): boolean {
  if (!(NAMED_OFFICER.test(plain) || PARTICULAR_ACTOR.test(bare))) return false;
  if (CONDUCT.test(bare) || COUNTERFACTUAL_CONDUCT.test(bare) || OMISSION.test(bare) || ACT_NOUN.test(bare)) return true;
  const verbs = bare.match(gerunds ? /\b[a-z]{3,}(?:ed|ing)\b|\b(?:break|breaks|write|writes|held|took|kept|left|let|put|shot|hit|struck|threw|drew|went|sent|fought|ran|broke|bit|knelt|caught|stood|sat|swung|tore|cut|shut|stayed)\b/g : /\b[a-z]{3,}ed\b|\b(?:write|writes|held|took|kept|left|let|put|shot|hit|struck|threw|drew|went|sent|fought|ran|broke|bit|knelt|caught|stood|sat|swung|tore|cut|shut|stayed)\b/g) ?? [];
  // A capitalised word inside the sentence is a name ("Officer Dana Kettering", "Ms. Running Crane"), not a verb.
  const names = new Set((plain.match(/(?<=\s)[A-Z][a-z]+/g) ?? []).map((name) => name.toLowerCase()));
  return verbs.some((verb) => !ABSTRACT_VERB.test(verb) && !NOUN_IN_ING.test(verb) && !names.has(verb));
}

/** Verbs that state a conclusion, a career, a state of mind, or a supervisor's (not the officer's) act. */
const ABSTRACT_VERB = /^(?:inflict|disciplin|punish|sanction|reprimand|counsel|foster|embolden|endur|tolerat|connect|violat|depriv|review|audit|approv|supervis|monitor|caus|result|suffer|sustain|injur|harm|damag|train|teach|fail|provid|receiv|complet|attend|graduat|employ|hir|assign|act|conduct|behav|believ|learn|know|want|need|requir|allege|claim|deliberat|consider|concern|regard|includ|involv|relat|respect|accord|follow(?!ed\b)|proceed|us(?:ed|ing)$|exceed|indicat|describ|fil(?:ed|ing)$|serv|work|lead|mean|seem|appear|remain|continu|becom|happen|occur|exist|amount|constitut|limit|limited|nothing|something|anything|everything|during|according|regarding|including|concerning|being|having|doing)/;
/** Words in -ing that are nouns in these sentences: "the training", "the booking", "the hearing". */
const NOUN_IN_ING = /^(?:moving|driving|pending|ongoing|outstanding|existing|remaining|following|preceding|underlying|resulting|upcoming|training|booking|hearing|meeting|building|warning|screening|briefing|finding|ruling|filing|proceeding|reading|setting|morning|evening|ceiling|clothing|housing|parking|shooting|beating|bleeding|swelling|thing|nothing|something|anything|everything|king|ring|spring|string|sibling|timing|funding|staffing|policing|wording|offering|opening|uprising)$/;
/** An officer, particular rather than officers in general: "the arresting officer", "the two deputies", "she". */
const PARTICULAR_ACTOR = /\b(?:the (?:[a-z-]+ ){0,2}(?:nurse|officer|deputy|jailer|guard|caseworker)'s (?:[\w-]+ )?(?:note|entry|report|log|decision|order|request|seizure|search|arrest|stop|handling|treatment)|(?:jail|medical|detention|custody|the) staff|staff(?= (?:\w+ly )?(?:[a-z]+ed|wrote|left|kept|let|put|took|found)\b)|the (?:[a-z0-9-]+ ){0,2}(?:dispatcher|call-taker|attorney|ada|sros?|team|unit|squad|officers?|deput(?:y|ies)|sergeant|trooper|guards?|jailers?|caseworker|handler|detective|prosecutor|nurse|investigator|lieutenant|corporal)(?!'s|-)|(?:he|she|they)(?= (?!endured|suffered|sustained|experienced|felt|received)[a-z]+ed\b)|(?:his|her) (?:dog|partner|taser|baton|weapon|knee|camera))\b/;
/** Concrete omissions: "never called for a nurse", "the camera stayed off", "no one checked". */
const OMISSION = /\b(?:never|did not|didn't|failed to|refused to|would not|wouldn't) (?:once )?(?:write|record|document|score|produce|call|check|summon|tell|ask|look|wait|turn|give|get|take|seek|request|notify|disclose|report|activate|remove|loosen|release|stop)\w*\b|\b(?:stayed|remained|was left|were left) (?:off|on|alone|in|on the)\b/;
/**
 * Removes the training's bare labels. A label followed by its subject ("the absence of any training on
 * positional asphyxia") is kept: the subject makes it a reference to particular training.
 */
function withoutTrainingLabels(text: string): string {
  return text.replace(TRAINING_LABEL, (label, offset: number) => {
    const subject = /^\s+(?:on|in|regarding|about|concerning|covering|to recogni[sz]e)\s+([^,;.]{0,80})/.exec(text.slice(offset + label.length));
    return subject && contentWords(subject[1]!) >= 2 ? label : ' ';
  });
}

/** The training named only by its label: "the City's failure to train", "inadequate supervision", "its policies". */
const TRAINING_LABEL = /\b(?:(?:never|not|did not|does not) (?:\w+ )?(?:train|supervise|discipline|instruct)\w* (?:its |their |the |his |her )?(?:[\w-]+ ){0,3}?(?:right|properly|adequately|correctly|well|enough|good(?! samaritan))|(?:officers|deputies|employees|staff|personnel) (?:to )?(?:go out |work |patrol )?(?:untrained|unsupervised|undisciplined)(?:,? (?:and|or) (?:untrained|unsupervised|undisciplined))*|(?:a|any|no|every) (?:properly|adequately|appropriately|well|better|reasonably)[\s-](?:trained|supervised) (?:police )?(?:officers?|deput(?:y|ies)|persons?|jailers?|guards?)|(?:the )?(?:[a-z]+'s )?(?:deliberately indifferent )?(?:failures?|failing|refusal) to (?:\w+ ){0,2}(?:train|supervise|discipline|instruct)(?:,? (?:and |or )?(?:\w+ )?(?:train|supervise|discipline|monitor|instruct))*|(?<=^|,\s)had (?:the |its )?(?:(?!been\b)[\w-]+ ){1,3}(?:properly |adequately |appropriately )?(?:trained|supervised|disciplined)\b(?! (?:\w+ )?(?:to|on|in|how)\b)(?: (?:the |its |his |her )?[\w-]+(?: [\w-]+)?)?(?: as (?:\w+ ){0,5}(?:required|supposed) to(?: do)?)?|(?:lack|absence) of (?:any )?(?:adequate |proper |meaningful |effective |real )?(?:training|supervision|discipline|instruction)|(?:training|supervision|disciplinary) failures?|(?:(?:bad|inadequate|deficient|insufficient|improper|poor|lax|careless|negligent|reckless|haphazard|failed|defective)(?:,? (?:and |or )?(?:\w+ly )?(?:inadequate|deficient|insufficient|improper|poor|lax|careless|negligent|reckless|haphazard|defective|indifferent|cursory|sporadic|ineffective))* )(?:\w+ )?(?:training|supervision|discipline|instruction)|(?:training|supervision|discipline) (?:failures?|deficienc\w+|inadequac\w+)|(?:the )?(?:inadequate )?training (?:provided|given|offered) by (?:the )?\w+|polic(?:y|ies)|customs?|practices?)\b/g;
/** The training, supervision or discipline itself, or what the officer was told or given. */
const TRAINING_REFERENCE = /\b(?:not covered|scripts?|flowcharts?|drill(?:ed|s)?|practiced|roll[\s-]call|briefing|never went anywhere|went nowhere|(?:the only|no) (?:written )?guidance|no (?:sergeant|sgt|supervisor|lieutenant)\W? (?:was |were )?(?:present|on duty|on scene|assigned|in the)\b|(?:the only|one|a single) (?:[\w-]+ )?(?:sergeant|sgt|lieutenant|corporal|supervisor|commander)\b|(?:written|verbal|oral) (?:warning|reprimand|reminder)|no (?:sergeant|sgt|supervisor|lieutenant|commander)s? (?:had |has |have )?(?:ever )?(?:asked|checked|reviewed|looked|questioned|read|watched|come|came|responded)|(?:sarge|sergeant|sgt|supervisor|lieutenant|commander|captain|chief)s?(?: [\w'-]+){0,2}?(?:,[^,;]{1,60},)? (?:had not|has not|had never|never|does not|doesn't|did not|didn't|do not|don't) (?:\w+ ){0,2}(?:come|check|care|watch|look|walk|visit|round|inspect|review|read|respond|show|question)\w*|no (?:sergeant|supervisor|lieutenant|commander)s? (?:ever )?(?:came|arrived|responded|showed up|was called)|never do anything (?:to|about)|(?:nobody|no one) (?:is|was) (?:checking|watching|looking)|complaints? (?:don't|do not|never) stick|all (?:i|he|she|they) got was|(?:a single|one|only one) (?:[\w-]+ )?(?:sergeant|supervisor|lieutenant) (?:\w+ ){0,2}(?:covering|for|over|supervising)|counsel(?:l)?ing|unsupervised|unmonitored|unreviewed|drill\w* into|talking-to|(?:all|the worst|the most) (?:that )?(?:happens|they do|you get)\b|\b(?:sheriff|chief|captain|lieutenant|sergeant|sarge|commander|command staff|commissioners?|supervisors?|(?:nobody|no one) up the chain)\b[^.;]{0,30}\b(?:knows? (?:exactly |all about |about )?(?:how|what) (?:i|he|she|we|they)|has (?:every|all) (?:one )?of (?:those|these|them|my)|(?:have|has) heard about every|(?:is|are|was|were) (?:not )?surprised by)\b|\b(?:those|the|these|earlier|prior|previous) (?:[\w-]+ )?(?:complaints?|lawsuits?|grievances?) (?:had )?(?:described|alleged|complained of|reported)\b|\breported (?:against|about) (?:him|her|them)\b|\breported (?:him|her|them) (?:doing|using|taking|striking|firing)\b|\bdescribed in (?:the )?(?:[\w'-]+ ){0,4}?(?:matters?|complaints?|lawsuits?|cases?|reports?|letters?|suits?|claims?)\b|\bgiven the (?:chief|sheriff|captain|board|commissioners?)\b|\breported to (?:the )?(?:captain|chief|sheriff|commissioners?|city|county|town|department|board|mayor|council|jailer)\b|\b(?:earlier|prior|previous) reports to (?:the )?(?:city|county|town|chief|sheriff|department)\b|\bcleared (?:him|her|them) (?:after|of|in)\b|\b(?:the )?worst (?:case|thing)?\s?(?:i|he|she|they|you|we)(?: will| would| could| ever)? (?:get|gets|got|face|faces)\b|\b(?:would|will|is going to|are going to|gonna) go nowhere\b|\b(?:nobody|no one)(?: up front| upstairs| downtown| in the office)? (?:is |was )?(?:going to|gonna) (?:do (?:a thing|anything)|discipline|punish|touch)\b|(?:nobody|no one) (?:ever )?(?:said a word|complained|objected)|clear(?:ed)? (?:a |the |his |her )?(?:partner|officer|deputy)|(?:sergeants?|supervisors?|lieutenants?) (?:\w+ ){0,3}(?:never|not|no longer) (?:\w+ ){0,3}(?:compare|check|review|watch|look|read|audit|ask|approve)\w*|(?:sergeants?|supervisors?|lieutenants?) (?:\w+ ){0,4}(?:approve|sign)\w* (?:[\w'-]+ ){0,6}without|ia|no (?:way|means) to|only (?:a|one) (?:[\w-]+ ){0,2}(?:card|sheet|handout|memo|page|video|slide)s?|(?:sergeant|supervisor|lieutenant)s? (?:had )?(?:been|was|were) (?:on scene|present|there|on duty|on (?:the )?(?:[\w-]+ ){0,2}shift)|(?:sergeant|supervisor|lieutenant|captain) (?:[\w']+ ){0,10}(?:told|ordered|directed|instructed) (?:the|him|her|them)|(?:sergeants?|supervisors?) (?:never|do not|did not|don't|didn't) (?:\w+ )?(?:compare|check|review|watch|look|read|audit)|never does anything|penalt(?:y|ies)|consequences?|nothing sticks|(?:rule|policy) (?:is|was) (?:just |only )?on paper|internal affairs|professional standards|no (?:sergeant|sgt|supervisor|lieutenant)\W? (?:was|were) (?:assigned|on duty|present|in the building)|counsel(?:l)?ing (?:slip|memo|letter)s?|write-?ups?|reprimand\w*|(?:sergeants?|supervisors?|lieutenants?|captains?) (?:ever |even )?(?:watched|reviewed|checked|looked|read|audited|viewed|did)|train\w*|untrained|taught|teach(?!er)\w*|instruct\w*|onboarding|academy|curriculum|course|class|lesson(?: plan)?s?|module|orientation|field training|memo\w*|procedure|protocol|checklist|manual|handbook|general order|directive|slides?|supervis\w*|reviewed|viewed|audit\w*|disciplin\w*|written up|write (?:\w+ )?up|sanction\w*|counsel(?:l)?ed|program)\b|\b(?:was|were|had been|been|being) (?:\w+ )?(?:told|shown|given)\b|\b(?:showed|shown|taught|told|trained|tells?|shows?|teach(?:es)?) (?:me|us)\b|\b(?:never|didn't|did not) (?:gave|give|given) (?:us|me|them) (?:anything|nothing|any)\b|\b(?:nobody|no one|anybody|anyone)(?:'s| has| ever)* (?:gotten|got|gets|been) (?:\w+ )?in trouble\b|\bclosed (?:[\w-]+ ){0,3}without\b|\bclosed with no\b|\bsuspended (?:for )?(?:only|just|merely)\b|\b(?:nobody|no one) (?:[\w'-]+ ){0,5}?(?:showed|told|taught|trained|explained)\b|\b(?:nobody|no one|no supervisor|no sergeant) (?:\w+ ){0,4}(?:looks?|looked|looking|checks?|checked|checking|reviews?|reviewed|reviewing|watch(?:es|ed|ing)?|reads?|reading|compared?|compares|comparing) (?:at )?(?:the |any |his |her |their |my )?(?:[\w'-]+ ){0,2}?(?:footage|videos?|tapes?|recordings?|reports?|logs?|cameras?)\b|\bcomplaints? (?:go|goes|went|lead|led|come|came) (?:to )?(?:nowhere|nothing)\b|\bend(?:s|ed)? (?:in|with) nothing\b|\bsustained (?:[\w-]+ )?(?:complaints?|findings?)\b|\bnever (?:punished|disciplined|sanctioned)\b|\b(?:twice |repeatedly )?cleared of\b|\bcost (?:[\w-]+ ){0,3}nothing\b|\bno (?:rule|policy|procedure) (?:that )?(?:says|tells|requires)\b|\bnothing (?:ever |at all )?(?:came|comes|happened|happens|happen) (?:of|to|from|with)\b|\b(?:gets?|got|been|be) (?:wrote|written) up\b|\b(?:oral|verbal) (?:reminder|warning)s?\b|\bnothing happened\b|\b(?:reinstat\w*|terminat\w*|arbitrat\w*|sustained finding|suspension|early[\s-]warning)\b/;
/** How the act relates to the training beyond a bare causal word. (Within one sentence; "Ms." has a period, so spans stop at semicolons.) */
const RELATION = /\b(?:counsel\w*|reprimand\w*|sustained|disciplin\w*)\b[^;]{0,160}\b(?:days?|weeks?|months?) later\b|\bno one (?:was )?(?:there |present |on scene |in a position )?to (?:catch|notice|see|stop|order|tell|intervene|call off|approve|check|review)\b|\b(?:the same|that same|the identical|the very) (?:[\w-]+ ){0,2}(?:takedown|hold|lock|pin|grip|blow|technique|move|thing|maneuver|tactic|method|conduct|strike|sweep|kick|chokehold|restraint|practice|way)\b|\b(?:still waiting for|alone with)\b|\bwent on to\b|\brested (?:entirely |solely |only )?on\b|\b(?:the officer|the deputy|the caseworker|he|she|they) again\b|\b(?:sent|dispatched|assigned|posted) (?:the (?:officer|deputy)|him|her|them) (?:back )?alone\b|\b(?:counsel\w*|reprimand\w*|sustained|disciplin\w*)\b[^;]{0,200}\b(?:days?|weeks?|months?) before (?:this|the|that) (?:[\w-]+ )?(?:incident|shooting|arrest|assault|beating|stop|search|encounter|restraint)\b|\b(?:days?|weeks?|months?) before (?:this|the|that) (?:[\w-]+ )?(?:incident|shooting|arrest|assault|beating|stop|search|encounter|restraint)\b[^;]{0,200}\b(?:counsel\w*|reprimand\w*|sustained|disciplin\w*)|\b(?:call|shift|stop|arrest|night|day),? (?:the (?:officer|deputy)'s|his|her|their) (?:very )?first\b|\b(?:first|second|third) (?:shift|night|day|week) (?:alone|on (?:her|his|their) own|solo)\b|\b(?:first|second|third) (?:shift|night|day|week|month) (?:of|on) (?:solo|independent) (?:patrol|duty)\b|\b(?:left )?(?:unreviewed|unchecked|unnoticed)\b|\bno one noticed\b|\bwhich (?:the )?(?:\w+ ){0,3}(?:had )?(?:never|not) (?:been )?(?:trained|taught|instructed)\b|\b(?:with|while|and) no (?:supervisor|sergeant|lieutenant|one)\b|\bwith nobody\b|\bno one (?:was )?(?:checking|watching|reviewing)\b|\b(?:alone and )?(?:unsupervised|unmonitored)\b|\b(?:worked|was|were) (?:the \w+ )?alone\b|\b(?:using|used|applied|with) the (?:[\w-]+ ){0,4}(?:learned|taught|shown|demonstrated) (?:in|at|during)\b|\blearned (?:in|at|during) the\b|(?:^|,\s*)had\b[^,;]{0,120}?\b\w+(?:ed|en)\b[^;]{0,200}\b(?:would|could|might)\b|(?:^|[;,]\s*)if\b[^;]{0,160}\b(?:would|could|might) (?:not |never )?(?:still )?have\b|\b(?:days?|weeks?|months?) (?:after|before) (?:an? |the )?(?:[\w-]+ ){0,3}(?:reinstat\w*|arbitrat\w*|sustained|complaints?|flag\w*|disciplin\w*|terminat\w*|suspension|closure|clearing|exoneration|dismissal|receiving|reprimand\w*|counsel(?:l)?ing|warning)|\bthe (?:[\w-]+ ){1,3}(?:taught|trained|demonstrated|shown) (?:in|at|by|during)\b|\b(?:kept|continued|went on) (?:doing|to \w+|\w+ing)\b|\b(?:was|were) (?:able|free|left) to\b|\bhad (?:\w+ ){0,4}(?:been|received|known|taught|trained|told|shown|reviewed)\b[^;]{0,160}\bwould\b|\b(?:did|does|do) (?:to (?:\S+ ){1,8}?)?(?:just |exactly |precisely )?what\b|\bthe (?:way|manner) (?:[\w'-]+ ){0,4}(?:taught|trained|shown|told|teaches|trains|demonstrat\w+|shows|showed)\b|\bthe way (?:\w+ ){0,3}had (?:always )?\w+ed\b|\bas (?:[\w'-]+ ){0,4}(?:teaches|taught|trains|trained|instructs|instructed|shows|showed|prescribes|prescribed|demonstrated|had demonstrated)\b|\bas (?:\w+ ){0,4}(?:directs|directed|requires|required|dictates)\b|\bconsistent(?:ly)? with\b(?! (?:the )?(?:united states |federal |state )?(?:constitution|laws?|statutes?|fourth|fourteenth|eighth|first)\b| (?:(?:his|her|their|plaintiff's|the) )?(?:constitutional )?rights\b)|\bin (?:line|keeping|conformity|accord(?:ance)?) with\b(?! (?:the )?(?:united states |federal |state )?(?:constitution|laws?|statutes?|fourth|fourteenth|eighth|first)\b| (?:(?:his|her|their|plaintiff's|the) )?(?:constitutional )?rights\b)|\bfollow(?:ed|ing|s)? (?:[\w'-]+ ){0,5}?(?:training|instruction|memo\w*|procedure|protocol|policy|lesson|checklist|manual|directive|order|script|guidance|rule|handout|slides?)\b|\binstead of\b|\brather than\b|\bunlike\b|\b(?:which is why|that is why|therefore)\b|\bonly (?:\w+ ){0,5}(?:had been|was|were) (?:given|taught|told|shown|trained)\b|\b(?:had been|was|were) (?:trained|taught|told|shown) only\b|\b(?:first|second|third|fourth|fifth|sixth) solo (?:shift|night|day|week|stop|call|patrol|arrest)\b|\bwhat (?:he|she|they|i|we) (?:was|were|had been) (?:told|taught|trained|shown)\b|\b(?:no|not one|not a single|without any|without a) (?:\w+ )?(?:supervisor|sergeant|lieutenant|commander|reviewer)s? (?:ever )?(?:checked|reviewed|watched|looked|compared|read|viewed|audited|noticed|asked)\b/;
/** A review, investigation or report that reached a finding. */
const REVIEW_FINDING = /\b(?:commander|reviewer|bureau|board)\b[^.;]{0,80}\b(?:reported|wrote|found|concluded)\b|\b(?:review|report|board)\b[^.;]{0,20}\b(?:attributes|attributed|describes|described|calls|called|characteriz\w+)\b|\b(?:lieutenant|sergeant|supervisor|captain|reviewer)\b[^.;]{0,80}\b(?:approved|signed)\b|\b(?:bureau|division|unit|review|report|investigation|investigators?|internal affairs|board|after-action|inquiry|audit)\b[^.;]{0,80}\b(?:found|finds|concluded|determined|ruled|says|said|stated|held)\b/;
/** The act named as a noun: "the dog bite", "the spray", "the entry", "the restraint". */
const ACT_NOUN = /\bthe (?:[\w-]+ ){0,2}(?:volley|rounds|deployment)\b|'s (?:arrest|stop|search|detention|removal|interrogation|seizure|tow)\b|\bthe (?:ticket|tow|citation) and the (?:ticket|tow|citation)\b|\bthe (?:[\w-]+ ){0,3}placement\b|\b(?:decision|choice) to [a-z]+\b|\bthe (?:[\w'-]+ ){0,2}(?:(?<!moving |driving )force(?! behind)|knee|beating|bite|spray|strike|shooting|restraint|search|entry|takedown|tasing|chokehold|chase|pursuit|handcuffing|arrest|stop|raid|force used|use of force|removal|strip search)\b/;
/** The officer's own account of why, naming the training: testimony, an interview, an affidavit, words at the scene. */
/** Words that introduce the officer's own account: testimony, a statement, a message, a quotation. */
const ACCOUNT_VERB = /\b(?:texted|messaged|(?:text )?message|replied|responded|yelled|shouted|quot(?:es|ed|ing)|agreed|conceded|acknowledged|tell(?:s|ing)?|told|testif\w*|swore|sworn|affidavit|deposition|admitted|explain\w*|said|says|saying|stated|wrote|writes|interview\w*|answered|heard)\b/;
const OFFICER_ACCOUNT = new RegExp(String.raw`${ACCOUNT_VERB.source}[\s\S]{0,240}?(?:${TRAINING_REFERENCE.source})|(?:${TRAINING_REFERENCE.source})[\s\S]{0,60}?\b(?:said|says|told|telling)\b`);

/** "we're trained" reads as "we are trained", "didn't" as "did not": one spelling for the patterns. */
function expandContractions(text: string): string {
  if (!/['’]/.test(text)) return text;
  return text
    .replace(/\b(can)['’]t\b/g, 'can not')
    .replace(/\bwon['’]t\b/g, 'will not')
    .replace(/\b(\w+)n['’]t\b/g, '$1 not')
    .replace(/\b(we|they|you)['’]re\b/g, '$1 are')
    .replace(/\bi['’]m\b/g, 'i am')
    .replace(/\b(i|we|they|you)['’]ve\b/g, '$1 have')
    .replace(/\b(i|we|they|you|he|she)['’]d\b/g, '$1 had');
}

function readUncached(raw: string, lawContext: boolean, plaintiff: RegExp | undefined, officers: RegExp | undefined): SentenceReading {
  const modelText = plainSentence(raw);
  // A defendant officer the draft calls by surname alone ("Hale fired at D.W.") is a named officer to the patterns.
  const text = officers ? plainSentence(raw.replace(officers, (name) => `Officer ${name}`)) : modelText;
  const plain = withoutTitleDots(text);
  const lower = plain.toLowerCase();
  const topics = new Set<Theory>();
  if (TRAIN.test(lower)) topics.add('failure-to-train');
  if (SUPERVISE_STRONG.test(lower) || (SUPERVISE_WEAK.test(lower) && SUPERVISORY_CONTEXT.test(lower))) topics.add('failure-to-supervise');
  if (DISCIPLINE.test(lower)) topics.add('failure-to-discipline');

  const statementOfLaw = (lawContext || CITATION.test(plain)) && !PARTY.test(plain.replace(/^(?:A|The) (?:municipality|city|county|local government)\b/i, ''));
  // "Plaintiff adopts and incorporates paragraphs 1 to 5": a pleading device, not an allegation.
  if (statementOfLaw || isIncorporation(plain)) {
    return { deficiency: undefined, deliberateIndifference: undefined, causation: undefined, invokesObviousness: false, topics, statementOfLaw, followsFrom: false, continuesTraining: false };
  }

  // Proper names (capitalised words that are not sentence-initial, and a sentence-initial name of two
  // or more words such as "Harlow County's") do not count as subject matter.
  let withoutNamesCache: string | undefined;
  const withoutNames = (): string => {
    withoutNamesCache ??= plain
      .replace(/^(?:The\s+)?[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+)+(?='s\b|\s)/, (name) => (SUBJECT_NAMES.test(name) ? name : ' '))
      .replace(/(?=[A-Z])(?<=\S\s+)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g, (name) => (SUBJECT_NAMES.test(name) ? name : ' '))
      .replace(/\s{2,}/g, ' ')
      .toLowerCase();
    return withoutNamesCache;
  };
  let substanceCache: number | undefined;
  const substance = (): number => (substanceCache ??= contentWords(withoutNames()));
  /**
   * Subject matter of the training itself: its noun phrase ("crisis intervention training") and the
   * rest of its own clause, for the training word that has the most ("the same training as everyone
   * else, and they get no instruction on the student discipline code").
   */
  const trainingSubstance = (): number => {
    const text = withoutNames();
    let best = -1;
    for (const index of topicPositions(text)) {
      TOPIC_WORD_AT.lastIndex = index;
      const topic = TOPIC_WORD_AT.exec(text)!;
      // The noun phrase starts at up to three words of subject matter before the training word.
      const modifiers = /(?:[a-z0-9'-]+\s+){1,3}$/.exec(text.slice(0, topic.index));
      let from = topic.index;
      if (modifiers) {
        const words = modifiers[0].trim().split(/\s+/);
        let kept = 0;
        while (kept < words.length && !BOILERPLATE.has(words[words.length - 1 - kept]!.replace(/'s$/, ''))) kept++;
        if (kept > 0) from = topic.index - modifiers[0].length + modifiers[0].indexOf(words[words.length - kept]!);
      }
      // The subject matter must be in the training's own clause, not in a new clause with its own subject.
      const rest = text.slice(from);
      const clauseEnd = rest.search(/,?\s+(?:and|but|so)\s+(?:they|he|she|it|we|i|you)\s|,\s+(?:they|he|she|we|i|you)\s/);
      const complement = clauseEnd > 0 ? rest.slice(0, clauseEnd) : rest;
      // For discipline, the misconduct that goes unpunished is its subject: "Officers who switch off their cameras face no consequence".
      const misconduct = /^(?:consequence|penalt|punish|disciplin|sanction)/.test(text.slice(topic.index)) ? /(?:\b(?:who|that|so)\b|^)([^,;]*)$/.exec(text.slice(0, topic.index))?.[1] ?? '' : '';
      // A relative clause that describes the person the officers meet ("people who do not understand commands") is subject matter.
      best = Math.max(best, contentWords(complement) + contentWords(misconduct) + (SITUATION_CLAUSE.test(complement) ? 1 : 0));
    }
    return best < 0 ? substance() : best;
  };

  // Deficiency: about training (etc.), negated or called inadequate, and with subject matter of its own.
  let deficiency: Decision;
  const topicAt = topics.size > 0 ? topicPositions(lower) : [];
  // The plaintiff's own complaint going unanswered ("filed a complaint with Internal Affairs, and no response has been received") alleges no gap in training.
  const governed = topicAt.length > 0 && !plaintiffIsTrainee(lower.slice(0, topicAt[0]! + 1)) && !OWN_COMPLAINT.test(lower) ? negationGovernsTopic(plain, lower, topicAt) : undefined;
  if (governed && !(ANAPHORIC_TOPIC.test(clauseAround(lower, topicAt[0]!)) && topicAt.length <= 1)) {
    // A judgment of inadequacy ("failed to adequately train its staff in the care of detainees") is the
    // label whatever its subject; a deficiency is a statement of what the training lacked or taught.
    const named = NAMED_SUBJECT.exec(withoutNames());
    const needed = named && contentWords(named[1]!) >= NAMED_SUBJECT_SUBSTANCE ? NAMED_SUBJECT_SUBSTANCE : FACTUAL_SUBSTANCE;
    deficiency = governed === 'factual' && trainingSubstance() >= needed ? 'present' : 'conclusory';
  } else if (NEED_FOR_TRAINING.test(lower)) {
    // "the need for more or different training" (Canton, 489 U.S. at 390) asserts a gap without naming it.
    deficiency = 'conclusory';
  }

  // Deliberate indifference: notice events (not negated, not the plaintiff's own) with specifics and a
  // time before the injury; or facts of frequency that make the need obvious; otherwise the labels.
  let deliberateIndifference: Decision;
  const noticePlain = MAY_CITE_LAW.test(plain) ? plain.replace(CITED_LAW, ' ') : plain;
  const noticeLower = noticePlain === plain ? lower : noticePlain.toLowerCase();
  const sentenceCase = noticePlain.replace(/^\S+/, (w) => w.toLowerCase());
  const counted = COUNTED_EVENTS.test(noticeLower);
  const told = toldPolicymaker(noticeLower);
  const event = noticeEvent(noticeLower) || counted || COUNTED_TIMES.test(noticeLower) || POLICYMAKER_ADMISSION.test(noticeLower);
  // The plaintiff's own earlier grievance ("three months before the assault") is notice; one about this incident is not.
  // "The next day" marks the plaintiff's own aftermath only when the plaintiff is in the sentence.
  const own = (OWN_COMPLAINT.test(noticeLower) || STORY_TIME_OPENING.test(noticeLower) || THIS_INCIDENT_RECOUNTED.test(noticeLower) || (/\b(?:the next|following) (?:day|morning|week)\b/.test(noticeLower) && THIS_INCIDENT.test(noticeLower))) && !/\b(?:days?|weeks?|months?|years?) before\b|\bbefore the (?:assault|incident|arrest|attack|beating|shooting|stop|raid)\b|\bbefore (?:plaintiff|mr|ms|mrs|mx|my|his|her|their)\b[^,.;]{0,40}\b(?:arrest|assault|incident|stop|booking|death|injury)/.test(noticeLower);
  // Exhibit, paragraph and Bates numbers are citations to the record, not specifics of prior events.
  const specific = SPECIFIC.test(noticeLower.replace(/\b(?:exhibit|ex\.|¶+|paragraphs?|bates|pages?|p\.)\s*[\w-]*\d[\w-]*|\bk-9\b/g, ' '));
  // The clock of this incident ("twenty minutes before Plaintiff was found") and the dates of this case's own
  // litigation ("asked why in a 2021 deposition") date nothing that came before it.
  const datingCase = withoutCaseTimes(sentenceCase);
  const dated = PRIOR.test(datingCase) || DATE_PHRASE.test(withoutCaseTimes(noticeLower)) || PRIOR_SPAN.test(noticeLower) || QUANTIFIED_EVENTS.test(noticeLower) || ADJECTIVAL_YEAR.test(noticeLower) || CASE_PARENTHETICAL.test(noticePlain);
  // "unrelated" events and events "before officers arrived" (the lead-up to this incident) are no notice.
  // A dated fact of the plaintiff's own incident ("On June 3, 2021, Plaintiff joined a march protesting a
  // police shooting") gives no notice: notice comes from other events counted, warned of or dated before it.
  const aboutThisIncidentOnly = (/\b(?:plaintiffs?|decedent|me|my|autopsy|cause of death|time of death|medical examiner|the (?:conviction|indictment|prosecution))\b|\b(?:mr|ms|mrs|mx)[.\u2024]\s/.test(noticeLower) || (plaintiff?.test(noticeLower) ?? false)) && !counted && !told && !PRIOR.test(datingCase.replace(THIS_INCIDENT_SEQUENCE, ' ')) && !PRIOR_SPAN.test(noticeLower) && !SPAN_FROM_YEAR.test(noticeLower) && !LAWSUIT_CITED.test(noticePlain);
  const plaintiffsLife = PLAINTIFF_RECORD.test(noticeLower) && !told && !LAWSUIT_CITED.test(noticePlain);
  // An office founded (not in response to events) or a rule described by its source tells of no event that happened.
  const describesNoEvent = ((FOUNDING.test(noticeLower) && !told && !IN_RESPONSE.test(noticeLower)) || RULE_DESCRIBED.test(noticeLower)) && !counted && !LAWSUIT_CITED.test(noticePlain);
  // A review board that cleared each of seven prior shootings cancels nothing: the shootings are the notice.
  const noticeFacts = !own && !aboutThisIncidentOnly && !plaintiffsLife && !describesNoEvent && (!CLEAN_FINDING.test(noticeLower) || counted || /\bat least \w+ (?:occasions|times)\b/.test(noticeLower)) && (!/\bunrelated\b(?! (?:case|lawsuit|matter|action|proceeding|litigation)\b)|\bbefore (?:the )?(?:officers?|deput(?:y|ies)|police|they|he|she|help|paramedics) (?:\w+ )?(?:arrived|got there|reached)\b/.test(noticeLower) || POLICYMAKER_ADMISSION.test(noticeLower)) && (
    ((event || told) && specific && (dated || told) && !GENERIC_THRESHOLD.test(noticeLower))
    || (LAWSUIT_CITED.test(noticePlain) && /\b(?:19|20)\d\d\b|\b\d{1,2}:\d{2}-[a-z]{2}-\d+/.test(noticeLower))
    || (REPEATED_DATES.test(noticeLower) && PRIOR.test(sentenceCase) && CONDUCT.test(noticeLower)));
  const invokesObviousness = OBVIOUSNESS_INVOKED.test(noticeLower);
  // Frequency facts make the need obvious when the sentence says so, or says the policymaker saw the figures.
  const armed = /\barm(?:s|ed)\b|\b(?:carr(?:y|ies|ying)|issue[sd]?|equip(?:s|ped)?|hand(?:s|ed)|gave|gives|provide[sd])\b (?:[\w-]+ ){0,3}(?:oc canisters?|canisters?|restraint[\s-]chair keys?|tasers?|firearms?|guns?|handguns?|weapons?|batons?|pepper spray|oc spray|rifles?|dogs?|k-9s?)\b/.test(noticeLower);
  // Sent out alone or without the help the situation needs: "a single booking officer ... with no nurse in the building".
  const unequipped = /\bwith no (?:nurse|medical staff|doctor|interpreter|backup|supervisor)\b|\ba single (?:[\w-]+ )?(?:officer|jailer|deputy|guard)\b|(?<!\b(?:findings?|facts?|this|that|data|numbers?|figures?|words?|statistics|grounds?) )\balone\b/.test(noticeLower);
  // How often the plaintiff suffered ("had headaches every day") is injury, not how often officers meet the situation.
  // "He continues to take anti-inflammatory medication daily": a person's own life, with no officer in it.
  const aboutPlaintiffOnly = /\b(?:plaintiffs?|decedent|my|me|he|him|his|she|her)\b|\b(?:mr|ms|mrs|mx)[.\u2024]\s/.test(noticeLower) && !/\b(?:officers?|deput(?:y|ies)|jailers?|guards?|staff|troopers?|caseworkers?|department|sheriff's office|police|sheriff|chief|city|county|town|jail)\b/.test(noticeLower);
  const obviousnessFacts = !aboutPlaintiffOnly && FREQUENCY.test(noticeLower) && (specific || armed || /\b(?:hundreds|thousands) of\b/.test(noticeLower)) && (armed || unequipped || OWN_FIGURES.test(noticeLower) || /\bobvious\w*|\bpredictabl\w*|\bcertain\w*|\binevitabl\w*|\brecurr\w*|\bconstant(?:ly)?\b|\bmost (?:frequent|common)\b|\bface[sd]? (?:it |this |that )?(?:every|each)\b|\bsomething (?:those |these |the )?(?:officers|deputies|jailers|guards) (?:face|meet|see|handle|deal with)\b|\blikely\b|\bknows?\b|\bknew\b|\bwould (?:face|encounter|confront|meet)\b/.test(noticeLower) || told);
  // The size of a department ("2.1 million calls for service, academy classes of 300") names no situation that needs training.
  const sizeOnly = GENERIC_VOLUME.test(noticeLower) && !RECURRING_SITUATION.test(noticeLower) && !armed && !unequipped;
  // A record of how little discipline followed ("in ten years no officer was suspended for force; the
  // heaviest penalty was a letter of reprimand") pleads the discipline deficiency; it is notice only
  // when it also counts the misconduct or says who was told.
  const disciplineRecordOnly = deficiency === 'present' && topics.has('failure-to-discipline') && !topics.has('failure-to-train') && !counted && !told && !LAWSUIT_CITED.test(noticePlain) && !POLICYMAKER_ADMISSION.test(noticeLower) && !/\b(?:newspapers?|series|stor(?:y|ies)|articles?|editorials?|press|broadcasts?)\b/.test(noticeLower);
  if ((noticeFacts && !disciplineRecordOnly) || (obviousnessFacts && !sizeOnly)) deliberateIndifference = 'present';
  else if (DI_LABEL.test(noticeLower) || (event && !own && !describesNoEvent && !plaintiffsLife && (UNSPECIFIED_MANY.test(noticeLower) || PRIOR.test(sentenceCase)) && INSTITUTION.test(noticeLower))) deliberateIndifference = 'conclusory';

  // Causation: what this officer did, tied to the training by a causal connective, by conformity to the
  // training ("did exactly what the department trains"), or by the officer's want of instruction.
  let causation: Decision;
  // The plaintiff's own ignorance ("Plaintiff did not know how to reach the officer") ties nothing to the training.
  // Nor does a prediction ("the inadequacy was so likely to result in violations"), which is the language of notice.
  // Nor does what an officer believed he could get away with ("led Officer Lee to believe he could use force without consequence"): a belief is no act.
  const unstripped = expandContractions(lower.replace(/"/g, ''));
  const bare = unstripped.replace(PLAINTIFF_IGNORANCE, ' ').replace(/\blikely to (?:\w+ ){0,2}(?:result|lead|cause)\w*\b/g, ' ').replace(IMPUNITY_BELIEF, ' ');
  const causal = CAUSAL.test(bare) || TRAINING_TIMELINE.test(bare);
  const conforms = CONFORMITY.test(bare);
  // The training named only by its label ("as a result of the City's failure to train") links nothing.
  const beyondLabel = withoutTrainingLabels(bare);
  const linked = TRAINING_LINK.test(beyondLabel) || TRAINING_ARTIFACT.test(beyondLabel);
  // The officer stating the rule, or the training's own words, tie an act to the training only when the sentence has one.
  const statesPractice = OFFICER_STATES_PRACTICE.test(bare);
  const carriedOut = conforms || statesPractice || TRAINING_DIRECTS.test(bare);
  const evidenced = EVIDENCE_SOURCE.test(bare) && NAMED_OFFICER.test(plain);
  const acted = officerActs(plain, bare, false) || (CONDUCT.test(bare) || COUNTERFACTUAL_CONDUCT.test(bare) || OFFICER_ACTED.test(plain) || (evidenced && OFFICER_ACTED.test(plain.replace(/(?<=\s)['"](?=[a-z])/g, '')))) && (ACTOR.test(bare) || NAMED_OFFICER.test(plain))
    && !GENERIC_INJURY_ONLY.test(bare.replace(/\b(?:officer|deputy)\b.*$/, ''));
  const thisIncident = THIS_INCIDENT.test(bare) || (plaintiff?.test(bare) ?? false);
  // Officers in general ("no deputy has ever been instructed on the rule that an arrestee held without a warrant ...") are not this officer.
  const specificLink = (linked || statesPractice) && acted && (thisIncident || NAMED_OFFICER.test(plain) || ACTING_OFFICER.test(bare)) && !(OTHER_EVENT.test(bare) && !thisIncident) && (causal || carriedOut || ((NAMED_OFFICER.test(plain) || PARTICULAR_OFFICER.test(bare)) && IGNORANCE.test(bare)));
  // A review that found the act itself ("the dog bite", "the spray") consistent with the training, or
  // found that the officers did not recognise what they had never been taught.
  const reviewedAct = REVIEW_FINDING.test(bare) && (conforms || IGNORANCE.test(bare)) && (ACT_NOUN.test(bare) || (thisIncident && ACTOR.test(bare))) && TRAINING_REFERENCE.test(beyondLabel);
  // The officer's own account, about this incident, of not knowing the danger ("had no idea withdrawal
  // could kill someone") or of doing as taught ("This is exactly what they teach us to do").
  const accountOfIgnorance = NAMED_OFFICER.test(plain) && ACCOUNT_VERB.test(bare) && (IGNORANCE.test(bare) || (conforms && TRAINING_REFERENCE.test(beyondLabel))) && thisIncident;
  const expectingImpunity = ACTED_EXPECTING_IMPUNITY.test(unstripped) && (officerActs(plain, unstripped) || /\bacted as (?:he|she|they) did\b|^(?:he|she) (?!(?:was|is|were|had|has|knew|thought|believed|felt|said|told|expected|would|could|did|does|seemed|remained|understood)\b)[a-z]+/.test(unstripped)) && (NAMED_OFFICER.test(plain) || PARTICULAR_ACTOR.test(unstripped) || /^(?:he|she) /.test(unstripped));
  const oversightButFor = OVERSIGHT_COUNTERFACTUAL.test(bare) && !JUDGED_QUALITY.test(OVERSIGHT_COUNTERFACTUAL.exec(bare)![0]) && COUNTERFACTUAL_CONDUCT.test(bare) && (NAMED_OFFICER.test(plain) || PARTICULAR_ACTOR.test(bare));
  if ((specificLink || reviewedAct || accountOfIgnorance || oversightButFor || expectingImpunity || connectsGapToAct(plain, bare, beyondLabel, causal || conforms, thisIncident)) && substance() >= 3) causation = 'present';
  else if ((causal || conforms) && (TRAINING_LINK.test(bare) || /\b(?:policy|policies|custom|customs|practice|indifference|failures?|conduct)\b/.test(bare))) causation = 'conclusory';
  else if (/\bmoving force\b|\bdriving force\b|\bsubstantial factor\b|\bbr(?:ought|ing|inging) about\b|\bproximate\w*\b|\bas a (?:direct )?(?:and proximate )?result\b|\bcausal\b/.test(bare)) causation = 'conclusory';

  const followsFrom = causation !== 'present' && CONSEQUENCE_OPENING.test(bare) && thisIncident && officerActs(plain, bare);

  const continuesTraining = deficiency === undefined && TRAINING_ANAPHOR.test(lower) && (NEGATED_COVERAGE.test(lower) || LIMITED_TRAINING.test(lower)) && substance() >= NAMED_SUBJECT_SUBSTANCE;

  return withModel({ deficiency, deliberateIndifference, causation, invokesObviousness, topics, statementOfLaw, followsFrom, continuesTraining }, modelText, expandContractions(lower), plaintiff);
}
