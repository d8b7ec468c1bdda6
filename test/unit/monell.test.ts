import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyzeText, SourceText, type Claim, type Finding } from '../../src/core';
import { allegationSkeleton, analyzeMonell, clearReadingCache, ELEMENTS, MONELL_CODES, monellReportMarkdown, readMonellSentences, readSentence } from '../../src/core/monell';
import { SHIPPED_MODEL, useSentenceModel } from '../../src/core/monell/model';
import { parseStructure } from '../../src/core/structure';
import { applySuppressions, findSuppressions, suppressionComment } from '../../src/core/suppression';
import { composeCorpus, ELEMENT_KEYS } from '../fixtures/monell/corpus';

const sample = readFileSync('samples/complaint.md', 'utf8');

function analyze(text: string) {
  return analyzeMonell(new SourceText(text));
}

function statuses(claim: Claim | undefined): Record<string, string | undefined> {
  return Object.fromEntries(ELEMENT_KEYS.map((key) => [key, claim?.elements[key]?.status]));
}

const codes = (findings: readonly Finding[]) => findings.map((f) => f.code).sort();

/** One element as the patterns alone read it, and as the shipped reading (patterns and model) does. */
function bothPatternsAndModel(sentence: string, key: (typeof ELEMENT_KEYS)[number]): [string | undefined, string | undefined] {
  useSentenceModel(undefined);
  clearReadingCache();
  try {
    const patterns = readSentence(sentence)[key];
    useSentenceModel(SHIPPED_MODEL);
    clearReadingCache();
    return [patterns, readSentence(sentence)[key]];
  } finally {
    useSentenceModel(SHIPPED_MODEL);
    clearReadingCache();
  }
}

/** A short complaint: a caption naming the City, facts, and a failure-to-train count that incorporates them. */
function complaint(facts: string[], count: string[], options: { incorporate?: boolean; title?: string } = {}): string {
  const lines = ['UNITED STATES DISTRICT COURT', '', 'ANA PEREZ,', 'Plaintiff,', 'v.', 'CITY OF LAKEVIEW,', 'Defendant.', '', 'COMPLAINT', '', 'FACTS', ''];
  let n = 0;
  for (const fact of facts) lines.push(`${++n}. ${fact}`, '');
  const last = n;
  lines.push(`COUNT I - ${options.title ?? 'Failure to Train'} (Against the City of Lakeview)`, '');
  if (options.incorporate !== false && last > 0) lines.push(`${++n}. Plaintiff incorporates paragraphs 1 through ${last}.`, '');
  for (const sentence of count) lines.push(`${++n}. ${sentence}`, '');
  return lines.join('\n');
}

describe('Monell analysis', () => {
  describe('the sample complaint', () => {
    const { claims, findings } = analyze(sample);

    it('finds the failure-to-train count against the City, with its elements and evidence', () => {
      assert.equal(claims.length, 1);
      const [claim] = claims;
      assert.equal(claim!.theory, 'failure-to-train');
      assert.deepEqual(claim!.defendants, ['the City of Riverbend']);
      assert.deepEqual(statuses(claim), { deficiency: 'present', deliberateIndifference: 'conclusory', causation: 'conclusory' });
      // Paragraph 12 (line 47) carries the deficiency; 13 and 18 the labels of deliberate indifference; 19 and 20 of causation.
      assert.deepEqual(claim!.elements.deficiency!.evidence.map((e) => e.range.start.line), [46]);
      assert.deepEqual(claim!.elements.deliberateIndifference!.evidence.map((e) => e.range.start.line), [48, 64]);
      assert.deepEqual(claim!.elements.causation!.evidence.map((e) => e.range.start.line), [66, 68]);
    });

    it('does not treat the quoted legal standard in paragraph 17 as an allegation', () => {
      const evidence = claims[0]!.elements.deliberateIndifference!.evidence.map((e) => e.text).join(' ');
      assert.doesNotMatch(evidence, /A municipality is liable/);
      assert.ok(!codes(findings).includes('failure-to-train/single-incident-without-obviousness'));
    });

    it('raises one finding per conclusory element on the count heading, and the punitive-damages demand', () => {
      assert.deepEqual(codes(findings), ['failure-to-train/no-causation', 'failure-to-train/no-deliberate-indifference', 'monell/punitive-damages-against-municipality']);
      const causation = findings.find((f) => f.code === 'failure-to-train/no-causation')!;
      assert.equal(causation.range.start.line, 58);
      assert.equal(causation.severity, 'warning');
      assert.equal(causation.primerSlug, 'moving-force-causation');
      assert.equal(causation.authority?.url, 'https://www.courtlistener.com/c/U.S./520/397/');
      assert.match(causation.message, /Bryan County v\. Brown, 520 U\.S\. 397, 404 \(1997\)/);
      const punitive = findings.find((f) => f.code === 'monell/punitive-damages-against-municipality')!;
      assert.match(punitive.evidence[0]!.text, /punitive damages against all Defendants/);
      assert.match(punitive.message, /453 U\.S\. 247, 271 \(1981\)/);
    });

    it('never tells the drafter that a claim is sufficient', () => {
      for (const finding of findings) assert.doesNotMatch(finding.message, /\bsufficient(ly)? pleaded\b|\bis sufficient\b|\bwill survive\b/i);
    });
  });

  describe('reading sentences', () => {
    it('treats a sentence that merely mentions training as no allegation at all', () => {
      const reading = readSentence('Officer Lee completed crisis intervention training in 2019.');
      assert.deepEqual([reading.deficiency, reading.deliberateIndifference, reading.causation], [undefined, undefined, undefined]);
    });

    it('tells a specific deficiency from the Canton boilerplate', () => {
      assert.equal(readSentence('The City never trained its jailers to recognize the signs of opioid withdrawal in a detainee.').deficiency, 'present');
      assert.equal(readSentence('The City failed to properly train its officers in proper police procedures.').deficiency, 'conclusory');
      assert.equal(readSentence('The City failed to train its officers to respect constitutional rights.').deficiency, 'conclusory');
    });

    it('needs prior incidents with specifics, not the words "deliberately indifferent"', () => {
      assert.equal(readSentence('In the three years before this arrest, the City paid to settle 11 lawsuits over Taser use on handcuffed people.').deliberateIndifference, 'present');
      assert.equal(readSentence('The City was deliberately indifferent and knew or should have known of the danger.').deliberateIndifference, 'conclusory');
      assert.equal(readSentence('The City was on notice of prior similar incidents.').deliberateIndifference, 'conclusory');
      assert.equal(readSentence('Plaintiff filed a citizen complaint on June 1, 2025.').deliberateIndifference, undefined);
    });

    it('needs a connection from the gap to what the officer did, not "as a result"', () => {
      assert.equal(readSentence('Because Officer Kroll was never trained that repeated Taser cycles can stop a heart, he cycled it five times on a handcuffed woman.').causation, 'present');
      assert.equal(readSentence('As a direct and proximate result, Plaintiff was injured.').causation, 'conclusory');
      assert.equal(readSentence('The failure to train was the moving force behind the violation.').causation, 'conclusory');
    });
  });

  describe('reading phrasing beyond the labelled corpus', () => {
    const read = (sentence: string) => {
      const r = readSentence(sentence);
      return [r.deficiency, r.deliberateIndifference, r.causation];
    };

    it('finds a deficiency wherever the negation stands: before, after, in the predicate, or in a counterfactual', () => {
      assert.equal(readSentence("The City's academy devotes four hours to firearms qualification but none to de-escalation of a person in crisis.").deficiency, 'present');
      assert.equal(readSentence('Training on vehicle pursuits was cut from the in-service curriculum in 2021, so officers never learn when to end a chase.').deficiency, 'present');
      assert.equal(readSentence('Deputies of the County have never been taught how to monitor a detainee placed in a restraint chair.').deficiency, 'present');
      assert.equal(readSentence('No one at the City of Ashford trains officers on the difference between a diabetic emergency and intoxication.').deficiency, 'present');
      assert.equal(readSentence('Had the City trained its deputies to check on detainees who report chest pain, Deputy Haines would have called an ambulance when Plaintiff collapsed.').deficiency, 'present');
      assert.equal(readSentence('The supervision that the City exercised over Officer Dunn and the other officers involved was grossly inadequate.').deficiency, 'conclusory');
      assert.equal(readSentence('The City failed to ensure that its officers were properly trained.').deficiency, 'conclusory');
      assert.equal(readSentence('The City did not train its officers to handle calls like this one.').deficiency, 'conclusory');
    });

    it('asks more of a deficiency stated only as a judgment ("failed to adequately train") than of one stated as an absence', () => {
      assert.equal(readSentence('The County failed to adequately train its jail staff to provide constitutionally adequate medical care to detainees.').deficiency, 'conclusory');
      assert.equal(readSentence('The City provided its officers with inadequate training regarding interactions with mentally ill persons.').deficiency, 'conclusory');
      assert.equal(readSentence('The County gives its jail staff no training on recognizing tremors, sweating and hallucinations as signs of alcohol withdrawal.').deficiency, 'present');
    });

    it('does not read the plaintiff\'s own training, commands to the plaintiff, or an officer\'s trade as a municipal deficiency', () => {
      assert.deepEqual(read('Plaintiff, a nurse, was not trained in restraint techniques and did not resist.'), [undefined, undefined, undefined]);
      assert.deepEqual(read('Officer Dunn did not give Plaintiff any instructions before pulling him from the car.'), [undefined, undefined, undefined]);
      assert.deepEqual(read('Officer Dunn never reviewed the dispatch notes before arriving.'), [undefined, undefined, undefined]);
      assert.equal(readSentence('Deputy Cole was not trained as a paramedic and is not a medical professional.').deficiency, undefined);
      // A negation of the officer's conduct ("without calling a nurse") does not reach the training word far after it.
      assert.equal(readSentence('Deputy Cole left Plaintiff in the cell without calling a nurse, exactly as the jail training had taught him to handle intoxicated detainees.').deficiency, undefined);
    });

    it('takes prior suits cited by docket number, documents with findings, and counted events as notice', () => {
      assert.equal(readSentence("The department's 2021 annual report acknowledged 212 uses of force on people in mental-health crisis.").deliberateIndifference, 'present');
      assert.equal(readSentence('Officer Dunn himself had been the subject of six excessive-force complaints before he arrested Plaintiff.').deliberateIndifference, 'present');
      assert.equal(readSentence('Before Plaintiff was booked, two other detainees had died in the jail of untreated alcohol withdrawal, one in 2021 and one in 2023.').deliberateIndifference, 'present');
      assert.equal(readSentence('Deputies book about 9,000 people a year, roughly a third of them intoxicated, and the Sheriff receives monthly booking statistics.').deliberateIndifference, 'present');
      assert.equal(readSentence('The Chief reviews the budget every year.').deliberateIndifference, undefined);
      assert.equal(readSentence('The City ignored numerous complaints about excessive force.').deliberateIndifference, 'conclusory');
      assert.equal(readSentence('This was not an isolated incident.').deliberateIndifference, 'conclusory');
      assert.equal(readSentence('The City was fully aware that its officers were using excessive force.').deliberateIndifference, 'conclusory');
    });

    it('gives no notice for negated events, the plaintiff\'s own complaints, or later and unrelated events', () => {
      const notice = (sentence: string) => readSentence(sentence).deliberateIndifference;
      assert.notEqual(notice("Supervisors never audit body-camera footage, and no sergeant reviewed any of Officer Dunn's 22 arrests in 2024."), 'present');
      assert.equal(notice('Plaintiff served a notice of claim on the County on February 2, 2026.'), undefined);
      assert.equal(notice('Ms. Monroe was released on September 11, 2025, after she paid the fine.'), undefined);
      assert.equal(notice("The next day, Plaintiff's mother complained to the sergeant, who promised to investigate."), undefined);
      assert.notEqual(notice('Plaintiff later learned that Officer Ruiz had been the subject of an internal affairs investigation in 2023 for an unrelated traffic accident.'), 'present');
      assert.notEqual(notice('The City did not discipline any officer for an unreported use of force in the five years before this incident.'), 'present');
    });

    it('reads a title\'s "custom or policy of deficient training" as a failure-to-train claim', () => {
      const { claims } = analyze(complaint([], ['The City was deliberately indifferent.'], { title: 'Unconstitutional Custom or Policy of Deficient Training (Monell)' }));
      assert.equal(claims[0]!.theory, 'failure-to-train');
    });

    it('reads a deficiency stated as how little the training was, or as a supervisor\'s duty that does not exist', () => {
      const deficiency = (sentence: string) => readSentence(sentence).deficiency;
      assert.equal(deficiency("The County's spit-hood training consisted of a two-minute video on putting the hood on, with nothing on removing it from a person who is vomiting."), 'present');
      assert.equal(deficiency('Lieutenants are not required to meet the flagged officer, pull the body-camera footage, or review the underlying force reports.'), 'present');
      assert.equal(deficiency('No dispatcher or patrol officer in the Town was trained to ask a caller whether the person in crisis has a weapon or a diagnosis.'), 'present');
    });

    it('keeps a catalogue of "proper" subjects conclusory, however long', () => {
      const deficiency = (sentence: string) => readSentence(sentence).deficiency;
      assert.equal(deficiency('The Town failed to adequately train its officers in the proper detention, transport, search and medical screening of arrestees.'), 'conclusory');
      assert.equal(deficiency('The County failed to provide sufficient instruction concerning, among other things, vehicle pursuits, foot pursuits, deadly force and prisoner transport.'), 'conclusory');
      assert.equal(deficiency("The jail's crisis training was deficient and fell below nationally recognized correctional standards."), 'conclusory');
    });

    it('keeps every judgment of inadequacy conclusory, however wordy or specific its subject sounds', () => {
      const deficiency = (sentence: string) => readSentence(sentence).deficiency;
      assert.equal(deficiency('The training the County gave its jailers was grossly inadequate, haphazard and outdated in light of the recurring duties rural jailers routinely perform.'), 'conclusory');
      assert.equal(deficiency('The Town did not adequately train its officers in the care of arrestees with diabetes and seizure disorders.'), 'conclusory');
      assert.equal(deficiency('The crisis training program was not adequate to prepare deputies for the calls they answer every week.'), 'conclusory');
      assert.equal(deficiency('Plaintiff asserts that the deputies were untrained and unqualified for their posts.'), 'conclusory');
      assert.equal(deficiency('By failing to discipline its officers, the City fostered a culture in which officers believed they would never be punished.'), 'conclusory');
      // A statement of what the training lacked is a fact, wherever the sentence says it.
      assert.equal(deficiency('The reserve academy devotes forty minutes to deadly-force law and does not mention shooting at moving cars.'), 'present');
      assert.equal(deficiency('Deputies who skip cell checks face no consequence beyond a verbal reminder at roll call.'), 'present');
    });

    it('reads obviousness in frequent encounters met alone or armed, and a supervisor\'s span of control as a deficiency', () => {
      assert.equal(readSentence('The jail books about 9,000 people a year, and overnight a single booking deputy handles every intake with no nurse in the building.').deliberateIndifference, 'present');
      assert.equal(readSentence('Deputies answer some 1,800 crisis calls a year, usually alone, each carrying a handgun and a Taser.').deliberateIndifference, 'present');
      assert.equal(readSentence('Each night sergeant oversees as many as 25 officers and is not required to go to any use of force.').deficiency, 'present');
      assert.equal(readSentence('The county never trained these guards right on how to treat sick people.').deficiency, 'conclusory');
    });

    it('gives no notice for a dated fact of this incident, a record citation, or a review that cleared the act', () => {
      const notice = (sentence: string) => readSentence(sentence).deliberateIndifference;
      assert.notEqual(notice("On March 14, 2023, per the school's incident log, a teacher called Deputy Ames to a classroom."), 'present');
      assert.notEqual(notice("The transport unit's review (Exhibit 34) found Deputy Ames's decision to seat Ms. Lane beside two adult detainees \"consistent with unit training.\""), 'present');
      assert.notEqual(notice('No supervisor reviews the footage, and none has been flagged since the unit was formed in 2017.'), 'present');
      // A monitor's report that the City completed none of its corrective steps is notice, not a clean bill.
      assert.equal(notice("In 2020 the consent-decree monitor reported to the Mayor that the City had completed none of the twelve required corrective steps."), 'present');
    });

    it('reads notice in a policymaker\'s own dated admission and the plaintiff\'s own earlier grievance; not in the plaintiff\'s acquittal or "dozens of" incidents', () => {
      const notice = (sentence: string) => readSentence(sentence).deliberateIndifference;
      assert.equal(notice('The Sheriff admitted in a 2022 deposition in an unrelated case that nobody had reviewed a single restraint-chair log since 2019.'), 'present');
      assert.equal(notice('Plaintiff filed grievance 2023-118 on March 2, 2023, two months before the assault, telling the Warden that C-Pod officers sprayed inmates who asked for a nurse.'), 'present');
      assert.notEqual(notice('Ms. Ruiz was acquitted of every charge on May 4, 2024, after a three-day jury trial.'), 'present');
      assert.notEqual(notice('There have been dozens of similar incidents, and the City has known of them for years.'), 'present');
    });

    it('reads notice in a dated warning to a policymaker and in armed, frequent encounters; not in a threshold rule', () => {
      const notice = (sentence: string) => readSentence(sentence).deliberateIndifference;
      assert.equal(notice('In a letter to the Sheriff dated March 3, 2022, the jail physician reported that deputies had skipped the glucose checks of four diabetic detainees that winter.'), 'present');
      assert.equal(notice("By the Department's own call data, every patrol officer carries a Taser and answers about 30 crisis calls a month."), 'present');
      assert.equal(notice('Officer Brandt drew seventeen use-of-force complaints in four years, and the early-warning software flagged him twice.'), 'present');
      assert.notEqual(notice('The early-warning system flags an officer who accumulates three force reports in a quarter and sends an email to the captain.'), 'present');
    });

    it('credits causation in any words that tie a particular officer\'s concrete act to named training', () => {
      const causation = (sentence: string) => readSentence(sentence).causation;
      // Conformity, counterfactual, contrast, and the officer's own account.
      assert.equal(causation('Officer Kim, following the only pursuit memo he had ever been given, rammed Ms. Diaz\'s car at sixty miles per hour.'), 'present');
      assert.equal(causation("Had a sergeant reviewed even one of Officer Tran's recorded chokeholds, Officer Tran would have been taken off patrol before he choked Mr. Ode."), 'present');
      assert.equal(causation("Instead of waiting for the crisis team, as the cancelled de-escalation course teaches, Deputy Moss kicked in Ms. Lane's bathroom door."), 'present');
      // The same act with no tie to this plaintiff or this incident is about officers in general.
      assert.notEqual(causation('Instead of waiting for the crisis team, as the cancelled de-escalation course teaches, deputies kick in bathroom doors.'), 'present');
      assert.equal(causation('The detective swore in an affidavit that he withheld the recording because at the academy he was taught that only statements of innocence must be disclosed.'), 'present');
      assert.equal(causation('Internal Affairs found that Sergeant Pike acted consistently with training when forcing Mr. Ode to the ground.'), 'present');
    });

    it('reads causation in a pro se drafter\'s first person and plain words', () => {
      const causation = (sentence: string) => readSentence(sentence).causation;
      assert.equal(causation('The SRO who grabbed my son told the coach, "That\'s how we\'re trained, if they run you take them down," and then slammed him on the gym floor.'), 'present');
      assert.equal(causation('Since no sergeant ever checked the night logs, Officer Pratt was able to leave me in the drunk tank for nine hours without a single look.'), 'present');
      assert.equal(causation('Officer Pratt never got any training on seizures, so the officer held me down and yelled at me to stop faking while I was seizing.'), 'present');
      assert.equal(causation('While he cuffed me Officer Pratt said, "complain all you want, nobody here ever gets written up," and then kneed me in the back.'), 'present');
    });

    it('reads notice in a prose drafter\'s records requests, grievances and public meetings', () => {
      const notice = (sentence: string) => readSentence(sentence).deliberateIndifference;
      assert.equal(notice('I got records showing that between 2020 and 2023 the jail logged 22 falls from top bunks by detainees on seizure medicine, and the nurse\'s yearly summary went to the Sheriff every March.'), 'present');
      assert.equal(notice('At the May 2022 city council meeting, with the Chief in the front row, two mothers described officers tasing their teenage sons at the skate park.'), 'present');
      assert.notEqual(notice('Pursuit training was one slideshow that never covered speeds above 35 mph, or pursuits near schools.'), 'present');
    });

    it('reads causation through discipline that never came, and a participle of training set beside the act', () => {
      const causation = (sentence: string) => readSentence(sentence).causation;
      assert.equal(causation('Deputy Hale shoved Mr. Ortiz down the jail stairs six weeks after an arbitrator reinstated Deputy Hale, with back pay, for beating another detainee.'), 'present');
      assert.equal(causation('Asked why he tased Ms. Wynn while she was cuffed, Officer Brandt told the investigator that "complaints go nowhere in this department."'), 'present');
      assert.equal(causation('Officer Brandt—taught only to shout commands louder when a person does not respond—tackled Ms. Wynn, who is deaf, as she turned away.'), 'present');
      assert.equal(causation("The captain conceded at deposition that, had the 2022 sustained finding produced the suspension it called for, Officer Brandt would not have been on patrol the night he stopped Ms. Wynn."), 'present');
    });

    it('reads causation in unsupervised acts, reviews that found an act conformed to training, and the officer\'s own ignorance', () => {
      const causation = (sentence: string) => readSentence(sentence).causation;
      assert.equal(causation('Alone and unsupervised on his fourth night, Officer Dale pinned Mr. Ruiz face down for seven minutes.'), 'present');
      assert.equal(causation("The Professional Standards Bureau found that Sergeant Ames's decision to release the dog on Ms. Cole \"conformed to current K-9 training.\""), 'present');
      assert.equal(causation('In a written statement, Deputy Orr said the decedent\'s shaking looked like a hangover and that he had no idea withdrawal could kill someone.'), 'present');
      assert.equal(causation("But for the lax, careless, and indifferent supervision the County exercised, Plaintiff's rights would not have been violated."), 'conclusory');
    });

    it('reads causation when a supervisor\'s absence or order, or the officer\'s own words, tie the act to the gap', () => {
      const causation = (sentence: string) => readSentence(sentence).causation;
      assert.equal(causation('Because sergeants never compare the cell-check logs to the video, Deputy Orr could write "OK" beside my cell every half hour without once looking in.'), 'present');
      assert.equal(causation("Deputy Orr testified that the lieutenant was at the door the whole time and told the deputy to clear the apartment, so the deputy kept throwing Ms. Lane's things onto the lawn."), 'present');
      assert.equal(causation('Officer Kim told Ms. Lane\'s son, "This is exactly how they train us to do it."'), 'present');
      assert.equal(causation("The County's custom of tolerating misconduct was the moving force behind Officer Kim's conduct toward Ms. Lane."), 'conclusory');
    });

    it('reads causation in what the officer said at the scene, a review that found the act done "in the manner taught", and a supervisor\'s rubber stamp', () => {
      const causation = (sentence: string) => readSentence(sentence).causation;
      assert.equal(causation('Right after the takedown, Officer Kim told the arriving sergeant on camera, "Nobody ever trained us on deaf people."'), 'present');
      assert.equal(causation('The review board found that Officer Kim had "performed the prone restraint in the manner taught."'), 'present');
      assert.equal(causation('Officer Kim applied the carotid hold to Ms. Lane precisely as the defensive-tactics instructor had demonstrated it.'), 'present');
      assert.equal(causation('Three earlier force reports were approved without anyone opening the video; left unreviewed, Officer Kim struck the handcuffed Ms. Lane the same way.'), 'present');
      assert.notEqual(causation('The City\'s indifference to the training needs of its officers caused Ms. Lane\'s injuries, including the needless use of force she endured.'), 'present');
    });

    it('reads causation spread over two sentences of one paragraph: the gap, then "Because of that, Officer Lee ..."', () => {
      const gap = 'The City never taught its officers that a person having a seizure cannot follow commands.';
      const act = 'Because of that, Officer Lee pinned Ms. Perez face down and shocked her twice while she convulsed.';
      const together = analyze(complaint([], [`${gap} ${act}`])).claims[0]!.elements.causation!;
      assert.equal(together.status, 'present');
      assert.deepEqual(together.evidence.map((e) => e.text), [gap, act]);
      // In separate paragraphs the second sentence no longer points back to the first.
      assert.notEqual(analyze(complaint([], [gap, act])).claims[0]!.elements.causation!.status, 'present');
    });

    it('keeps quoted dispositions, dashes and the plaintiff\'s own complaint out of the deficiency, and reads fronted gaps as causation', () => {
      const reading = (sentence: string) => readSentence(sentence);
      assert.notEqual(reading('Officer Kim wrote, "I used the techniques I was trained on," and the lieutenant endorsed the report: "Trained response — no further action."').deficiency, 'present');
      assert.notEqual(reading('Officer Kim told a backup officer: "I did exactly what they showed us in the academy—she wouldn\'t give me her hands."').deficiency, 'present');
      assert.notEqual(reading('Three days later, Ms. Lane filed a complaint with Internal Affairs, and no response has been received.').deficiency, 'present');
      assert.notEqual(reading("The County's training of its handlers was insufficient, outdated, and not in keeping with national standards.").deficiency, 'present');
      assert.equal(reading('With no training on obtaining an interpreter, Officer Kim had Ms. Lane\'s son translate, and arrested her on what the boy said.').causation, 'present');
      assert.equal(reading("The Sheriff's reviewer approved the four-hour restraint-chair placement of Ms. Lane, noting that staff had \"followed training protocol.\"").causation, 'present');
    });

    it('reads a deficiency spread over two sentences: the training named, then "It never covers ..."', () => {
      const named = 'Taser training in the City is a four-hour vendor course.';
      const gap = 'It never covers repeated cycles or use on a person already in handcuffs.';
      const element = analyze(complaint([], [`${named} ${gap}`, 'The City was deliberately indifferent.'])).claims[0]!.elements.deficiency!;
      assert.equal(element.status, 'present');
      assert.deepEqual(element.evidence.map((e) => e.text), [named, gap]);
      assert.equal(readSentence('It never covers repeated cycles or use on a person already in handcuffs.').deficiency, undefined, 'alone, "it" names no training');
    });

    it('reads the officer\'s stated reason and a supervisor\'s span, and not a plaintiff\'s question, as tying the act to the gap', () => {
      const causation = (sentence: string) => readSentence(sentence).causation;
      assert.equal(causation('The week before, Deputy Rae told a fellow deputy that complaints "don\'t stick here," and that night the deputy shoved Ms. Begay into the car door.'), 'present');
      assert.equal(causation('With a single sergeant covering three buildings, no one was in a position to catch Deputy Rae skipping the checks on Mr. Okafor\'s cell.'), 'present');
      assert.notEqual(causation("Ms. Begay asked for the name of a supervisor, and Deputy Rae wrote the sergeant's name on the citation."), 'present');
    });

    it('does not take a disposition, a student removed from class, or "in name only" for a gap in discipline', () => {
      const deficiency = (sentence: string) => readSentence(sentence).deficiency;
      assert.notEqual(deficiency('The sergeant wrote that the handcuffing "reflects the officer\'s training and requires no corrective action."'), 'present');
      assert.notEqual(deficiency('District policy requires the principal to call a parent whenever a student is removed from class for discipline.'), 'present');
      assert.equal(deficiency('The disciplinary system for detention staff was inadequate and existed in name only.'), 'conclusory');
      assert.equal(deficiency('The County has long been aware of the need to train its deputies on juvenile issues and has chosen not to do so.'), 'conclusory');
      // Discipline that is purged from the file is a fact of the system.
      assert.equal(deficiency("A sustained force finding is closed with a counselling memo that is removed from the deputy's file after a year."), 'present');
    });

    it('reads no element in an incorporation paragraph, an office\'s reporting line, or a threshold any officer can reach', () => {
      const reading = (sentence: string) => readSentence(sentence);
      const incorporation = reading('Plaintiff adopts and incorporates by reference paragraphs 1 to 5 the same as if wrote out again here.');
      assert.deepEqual([incorporation.deficiency, incorporation.deliberateIndifference, incorporation.causation], [undefined, undefined, undefined]);
      assert.notEqual(reading('The Office of the Inspector General was created by ordinance in 2015 and reports to the City Council.').deliberateIndifference, 'present');
      assert.notEqual(reading('The early-warning system has been off since 2018, so an officer can accumulate any number of force reports without a supervisor being alerted.').deliberateIndifference, 'present');
    });

    it('reads discipline kept out of the file, supervisors who never look, and a review of how officers dealt with the plaintiff', () => {
      const reading = (sentence: string) => readSentence(sentence);
      assert.equal(reading('When Internal Affairs sustains a force complaint, the officer receives a "documented conversation" that is kept out of the personnel file.').deficiency, 'present');
      assert.equal(reading("Officer Kim said to me, 'My sergeant never checks, nobody ever watches the tapes,' right before the officer slammed me onto the hood.").causation, 'present');
      assert.equal(reading("The jail's review concluded that every officer who dealt with me the night my blood sugar crashed 'acted in accordance with training.'").causation, 'present');
      assert.notEqual(reading('The shift sergeant reviewed and approved the incident report the following morning.').causation, 'present');
      assert.equal(reading('Recruits receive no instruction on the right of bystanders to record police in public.').deficiency, 'present');
    });

    it('gives no notice for a dated fact of the plaintiff\'s own incident, and keeps notice of other events dated the same way', () => {
      const notice = (sentence: string) => readSentence(sentence).deliberateIndifference;
      assert.notEqual(notice('On June 3, 2021, Plaintiff joined an evening march downtown protesting a police shooting.'), 'present');
      assert.notEqual(notice('On March 19, 2022, Deputy Ashby arrived to take Mr. Vance to the courthouse for a guardianship hearing.'), 'present');
      assert.equal(notice('By letter dated February 12, 2020, the U.S. Department of Justice told the City it had found that officers were not communicating with deaf arrestees, citing four arrests.'), 'present');
    });

    it('knows the plaintiff by the name in the caption', () => {
      const draft = complaint(['Rio Castellanos was driving home on Route 9.'], ['Instead of waiting for backup, as the pursuit course teaches, Officer Kim rammed Castellanos\'s car.']);
      assert.equal(analyze(draft.replace('ANA PEREZ,', 'RIO CASTELLANOS,')).claims[0]!.elements.causation!.status, 'present');
      // Whose car it was is what ties the act to this injury.
      assert.notEqual(analyze(draft).claims[0]!.elements.causation!.status, 'present');
    });

    it('does not read causation into another event, nor notice into the plaintiff\'s own complaint or a penalty rule', () => {
      const reading = (sentence: string) => readSentence(sentence);
      assert.notEqual(reading('Consistent with the pursuit policy, a sergeant monitored a separate chase that night by radio and ordered it ended, and the officers complied.').causation, 'present');
      assert.notEqual(reading("Internal Affairs opened an investigation into Plaintiff Ana Ruiz's complaint in May 2024; it is still open.").deliberateIndifference, 'present');
      assert.notEqual(reading('After I got out I filed a complaint with the Chief on June 3, 2024, and got a form letter back.').deliberateIndifference, 'present');
      assert.notEqual(reading('A sustained force complaint routinely carries a two-day suspension, which the Chief converts into a counselling memo.').deliberateIndifference, 'present');
    });

    it('withholds causation from a concrete act tied only to the label, and from acts with no training in view', () => {
      const causation = (sentence: string) => readSentence(sentence).causation;
      assert.equal(causation("As a result of the City's failure to train, Officer Ruiz slammed Plaintiff to the ground."), 'conclusory');
      assert.equal(causation("Because of the County's inadequate supervision, Deputy Orr struck Ms. Lane twice."), 'conclusory');
      assert.notEqual(causation('Deputy Shaw told her to sit down and stop faking; two hours later she was found unresponsive in her cell.'), 'present');
      assert.notEqual(causation('The County never disciplines a deputy for ignoring a request for care, even when the deputy admitted it.'), 'present');
      assert.notEqual(causation('Recruits are told that a person who says he cannot breathe is still breathing, and are never taught otherwise.'), 'present');
      assert.notEqual(causation('In a 2021 memo to the Sheriff, the training lieutenant wrote that no intake deputy had been trained on the screening form; the Sheriff initialed it.'), 'present');
      assert.equal(causation("The officer did what was done to me because the City never trained its people right."), 'conclusory');
    });

    it('ties the officer\'s act to the training by connective, by conformity to the training, or by the officer\'s want of instruction', () => {
      assert.equal(readSentence('Untrained in de-escalation, Officer Dunn escalated a noise complaint into a takedown within thirty seconds.').causation, 'present');
      assert.equal(readSentence("Officer Dunn's choice to pin Plaintiff face down stemmed directly from the absence of any training on positional asphyxia.").causation, 'present');
      assert.equal(readSentence("Deputy Cole, who had never been taught to read a glucose meter, logged Plaintiff's confusion as intoxication and left him alone in a cell.").causation, 'present');
      assert.equal(readSentence('Deputy Cole left Plaintiff in the cell without calling a nurse, exactly as the jail training had taught him to handle intoxicated detainees.').causation, 'present');
      assert.equal(readSentence('If Officer Dunn had known that a person having a seizure cannot follow commands, he would not have struck Plaintiff.').causation, 'present');
      assert.equal(readSentence("The deficient supervision of Officer Dunn led directly to the harm Plaintiff suffered.").causation, 'conclusory');
      assert.equal(readSentence("There is a direct causal link between the City's policy and the constitutional deprivation.").causation, 'conclusory');
      assert.equal(readSentence("Plaintiff's harm was a foreseeable result of the City's failures.").causation, 'conclusory');
      assert.notEqual(readSentence('Plaintiff was never told why he was being arrested.').causation, 'present');
      assert.notEqual(readSentence('Because Plaintiff did not immediately get out of the car, Officer Ruiz broke the window and pulled him out.').causation, 'present');
    });

    it('takes the theory of a count titled only "Monell Liability" from the deficiency it pleads', () => {
      const text = complaint([], ['The City never trained its officers to recognize a seizure or to restrain a convulsing person.'])
        .replace('COUNT I - Failure to Train (Against the City of Lakeview)', 'COUNT II - Monell Liability (Against the City of Lakeview)');
      const [claim] = analyze(text).claims;
      assert.equal(claim?.theory, 'failure-to-train');
      assert.equal(claim?.elements.deficiency?.status, 'present');
    });

    it('reads a "Monell Liability" count about who oversees the officers as supervision, not custom', () => {
      const text = complaint([], ['The City, through its Chief, is responsible for directing and overseeing forced entries by the narcotics unit.', 'The City\'s failure was the moving force behind Plaintiff\'s injuries.'])
        .replace('COUNT I - Failure to Train (Against the City of Lakeview)', 'COUNT II - Monell Liability (Against the City of Lakeview)');
      assert.equal(analyze(text).claims[0]?.theory, 'failure-to-supervise');
    });

    it('reads a pro se title against the City ("City Liability for Not Training Officers") as a Monell count, but not a plain force count', () => {
      const plain = (title: string) => complaint([], ['The City never trained its officers to recognize a seizure or to restrain a convulsing person.'])
        .replace('COUNT I - Failure to Train (Against the City of Lakeview)', `Claim II - ${title} (Against the City of Lakeview)`);
      assert.equal(analyze(plain('City Liability for Not Training Officers')).claims[0]?.theory, 'failure-to-train');
      assert.equal(analyze(plain('City Liability for Not Supervising Officers')).claims[0]?.theory, 'failure-to-supervise');
      assert.equal(analyze(plain('Excessive Force')).claims.length, 1, 'judged from the facts, as a draft with no Monell count');
      assert.equal(analyze(plain('Excessive Force')).claims[0]?.title, undefined);
    });

    it('keeps a cited prior suit in one sentence and reads the South Carolina "For a Second Cause of Action" heading as a count', () => {
      const text = complaint(
        ['In Thomas v. City of Lakeview, No. 3:21-cv-00412 (D. Or. 2021), a jury found that an officer shot a man in a mental-health crisis.'],
        ['The City failed to train its officers.'],
      ).replace('COUNT I - Failure to Train (Against the City of Lakeview)', 'FOR A SECOND CAUSE OF ACTION\nFailure to Train\n(Against the City of Lakeview)');
      const [claim] = analyze(text).claims;
      assert.equal(claim?.theory, 'failure-to-train');
      assert.deepEqual(claim?.defendants, ['the City of Lakeview']);
      assert.equal(claim?.elements.deliberateIndifference?.status, 'present');
      assert.match(claim!.elements.deliberateIndifference!.evidence[0]!.text, /^In Thomas v\. City of Lakeview, No\. 3:21-cv-00412 \(D\. Or\. 2021\), a jury found/);
    });
  });

  describe('reading a long draft ahead, in slices', () => {
    it('stops where told, goes on from there, and leaves the analysis exactly as a reading in one go', () => {
      const source = new SourceText(sample);
      const structure = parseStructure(source);
      clearReadingCache();
      const whole = analyzeMonell(source, structure);
      clearReadingCache();
      const stops: number[] = [];
      let asked = 0;
      for (let next: number | undefined = 0; next !== undefined;) {
        next = readMonellSentences(source, structure, next, () => ++asked % 4 === 0);
        if (next !== undefined) stops.push(next);
      }
      // Paused after every fourth sentence, each time further on, and never past the last.
      assert.deepEqual(stops, stops.map((_, i) => 4 * (i + 1)));
      assert.ok(stops.length >= Math.floor((structure.sentences.length - 1) / 4));
      assert.deepEqual(analyzeMonell(source, structure), whole);
    });
  });

  describe('claims and reach', () => {
    const deficiency = 'The City gives its officers no training on restraining a person who is having a seizure.';

    it('a deficiency pleaded in the facts supports a count that incorporates it, and not one that incorporates other paragraphs', () => {
      const incorporated = analyze(complaint([deficiency], ['The City was deliberately indifferent.']));
      assert.equal(incorporated.claims[0]!.elements.deficiency!.status, 'present');
      const elsewhere = analyze(complaint(['Ms. Perez lives in Lakeview.', deficiency], ['Plaintiff incorporates paragraph 1.', 'The City was deliberately indifferent.'], { incorporate: false }));
      assert.equal(elsewhere.claims[0]!.elements.deficiency!.status, 'missing');
    });

    it('a count that incorporates nothing is read with the facts before the first count, as a court reads the whole complaint', () => {
      const plain = analyze(complaint([deficiency], ['The City was deliberately indifferent.'], { incorporate: false }));
      assert.equal(plain.claims[0]!.elements.deficiency!.status, 'present');
    });

    it('recognises plain-language incorporation: "includes everything said in paragraphs 1 to 2", "I repeat everything above"', () => {
      for (const incorporation of ['Plaintiff includes everything said in paragraphs 1 to 2 in this claim.', 'I repeat everything above.', 'Plaintiff restates paragraphs 1 and 2 as if fully set forth here.']) {
        const text = complaint(['Ms. Perez lives in Lakeview.', deficiency], [incorporation, 'The City was deliberately indifferent.'], { incorporate: false });
        assert.equal(analyze(text).claims[0]!.elements.deficiency!.status, 'present', incorporation);
      }
    });

    it('knows failure to supervise and failure to discipline, with their own codes', () => {
      const supervise = analyze(complaint([], ['The City failed to supervise its officers.'], { title: 'Failure to Supervise (Monell)' }));
      assert.equal(supervise.claims[0]!.theory, 'failure-to-supervise');
      assert.ok(codes(supervise.findings).includes('failure-to-supervise/no-specific-deficiency'));
      const discipline = analyze(complaint([], ['The City failed to discipline its officers.'], { title: 'Monell Liability - Failure to Discipline' }));
      assert.equal(discipline.claims[0]!.theory, 'failure-to-discipline');
    });

    it('does not make a count against the officer alone a Monell claim', () => {
      const officerOnly = (facts: string[]) => complaint(facts, ['Officer Kroll used excessive force.']).replace('Failure to Train (Against the City of Lakeview)', 'Excessive Force (Against Officer Kroll)');
      assert.deepEqual(analyze(officerOnly(['Officer Lee completed crisis intervention training in 2019.'])).claims, []);
      // With the City sued and accused of failing to train in the facts, the theory is judged where it is pleaded.
      const [claim] = analyze(officerOnly(['The City failed to train its officers.'])).claims;
      assert.equal(claim?.title, undefined);
      assert.equal(claim?.range.start.line, 12);
    });

    it('finds a failure-to-train theory pleaded only in the facts of a complaint against a city', () => {
      const text = ['UNITED STATES DISTRICT COURT', 'ANA PEREZ, Plaintiff,', 'v.', 'CITY OF LAKEVIEW, Defendant.', '', 'COMPLAINT', '', '1. The City failed to properly train its officers.', ''].join('\n');
      const { claims } = analyze(text);
      assert.equal(claims.length, 1);
      assert.equal(claims[0]!.elements.deficiency!.status, 'conclusory');
    });

    it('flags a custom count that names no policy and no incidents', () => {
      const { claims, findings } = analyze(complaint([], ['The City had a custom of tolerating excessive force.'], { title: 'Unconstitutional Custom or Practice (Monell)' }));
      assert.equal(claims[0]!.theory, 'custom');
      assert.ok(codes(findings).includes('monell/conclusory-policy-or-custom'));
    });

    it('reads a "Municipal Liability" count that rests on an officer\'s expected impunity as failure to discipline, and weighs its elements', () => {
      const facts = [
        'Between 2019 and 2022, four detainees filed written complaints that Officer Hale ignored their injuries, and the Chief received each one.',
        'At the cell door Officer Hale told Plaintiff, "Go ahead and complain. Nothing is going to happen to me over this."',
      ];
      const count = [
        'A municipality is liable under § 1983 when its own policy or custom causes a constitutional violation. Monell v. Department of Social Services, 436 U.S. 658 (1978).',
        'The Chief of Police is the City\'s final policymaker for the Police Department.',
        'Officer Hale refused to call a nurse because he expected that the City would impose no consequence on him for doing so.',
      ];
      const { claims, findings } = analyze(complaint(facts, count, { title: 'Municipal Liability' }));
      assert.equal(claims[0]!.theory, 'failure-to-discipline');
      assert.equal(claims[0]!.elements.deliberateIndifference!.status, 'present');
      assert.ok(codes(findings).includes('failure-to-discipline/no-specific-deficiency'));
      assert.ok(!codes(findings).includes('monell/conclusory-policy-or-custom'));
    });

    it('reads a count that names the policymaker and pleads his deliberate indifference, but no theory, as failure to supervise', () => {
      const count = [
        'Chief Pike was the final policymaker for the Town with respect to the Police Department.',
        'Before March 2024, Chief Pike received the Tarrant complaint of August 12, 2021, the Quill letter of November 30, 2021, and the Dombrowski lawsuit served on May 24, 2022, each describing Officer Gault sweeping the legs of elderly men.',
        'The Town was deliberately indifferent to the plain risk that Officer Gault would do the same thing again.',
      ];
      const { claims, findings } = analyze(complaint([], count, { title: 'Municipal Liability' }));
      assert.equal(claims[0]!.theory, 'failure-to-supervise');
      assert.equal(claims[0]!.elements.deliberateIndifference!.status, 'present');
      assert.ok(codes(findings).includes('failure-to-supervise/no-specific-deficiency'));
      // A policymaker who decides something himself is still a policymaker theory.
      const decided = analyze(complaint([], ['Chief Pike, the final policymaker, personally ordered the raid on Plaintiff\'s home.'], { title: 'Municipal Liability' }));
      assert.equal(decided.claims[0]!.theory, 'final-policymaker');
    });

    it('flags an obviousness theory without obviousness facts', () => {
      const { findings } = analyze(complaint([deficiency], ['The need for training was so obvious that the City was deliberately indifferent.']));
      assert.ok(codes(findings).includes('failure-to-train/single-incident-without-obviousness'));
      const withFacts = analyze(complaint([deficiency], ['Officers handle seizure calls every week, more than 200 a year, so the need for that training was obvious.']));
      assert.ok(!codes(withFacts.findings).includes('failure-to-train/single-incident-without-obviousness'));
      assert.equal(withFacts.claims[0]!.elements.deliberateIndifference!.status, 'present');
    });

    it('flags respondeat superior and a police department sued as a defendant', () => {
      const text = complaint([], ['The City is liable for the acts of its employees under respondeat superior.'])
        .replace('CITY OF LAKEVIEW,', 'CITY OF LAKEVIEW and LAKEVIEW POLICE DEPARTMENT,')
        .replace('FACTS\n', 'FACTS\n\n0. Defendant Lakeview Police Department is a department of the City.\n');
      const found = codes(analyze(text).findings);
      assert.ok(found.includes('monell/respondeat-superior'), found.join());
      assert.ok(found.includes('monell/police-department-defendant'), found.join());
      assert.ok(!codes(analyze(sample).findings).includes('monell/police-department-defendant'), 'the sample only says the City operates its police department');
    });

    it('flags a State or an arm of the State sued as a defendant, citing Will, and not a city organised under the State\'s laws', () => {
      const caption = (defendants: string) => ['UNITED STATES DISTRICT COURT', '', 'JANE ROE,', 'Plaintiff,', 'v.', defendants, 'Defendants.', '', 'COMPLAINT', '', '1. Officer Dunn struck Plaintiff.', ''].join('\n');
      const stateFindings = (text: string) => analyze(text).findings.filter((f) => f.code === 'monell/state-defendant');
      for (const [defendants, named] of [
        ['STATE OF OHIO; OHIO DEPARTMENT OF REHABILITATION AND CORRECTION; and OFFICER KYLE DUNN,', 'STATE OF OHIO'],
        ['BOARD OF TRUSTEES OF CORLISS STATE UNIVERSITY and SERGEANT JORDAN OKAFOR,', 'BOARD OF TRUSTEES OF CORLISS STATE UNIVERSITY'],
        ['OFFICER KYLE DUNN and MICHIGAN STATE POLICE,', 'MICHIGAN STATE POLICE'],
      ] as const) {
        const [finding, ...more] = stateFindings(caption(defendants));
        assert.equal(finding?.evidence[0]?.text, named, defendants);
        assert.equal(more.length, 0);
        assert.match(finding!.message, /Will v\. Michigan Department of State Police, 491 U\.S\. 58, 64, 70–71 \(1989\)/);
        assert.equal(finding!.primerSlug, 'suable-entity');
      }
      // Named in a "Defendant ..." paragraph.
      assert.equal(stateFindings('COMPLAINT\n\n1. Defendant Michigan State Police is an agency of the State of Michigan.\n')[0]?.evidence[0]?.text, 'Michigan State Police');
      for (const text of [
        caption('CITY OF LAKEVIEW, a municipal corporation organized under the laws of the State of Ohio, and OFFICER KYLE DUNN,'),
        caption('MARLOW COUNTY, a political subdivision of\nthe State of Oregon; GRANT HALE, in his individual capacity,'),
        caption('COOK COUNTY DEPARTMENT OF CORRECTIONS and OFFICER KYLE DUNN,'),
        'COMPLAINT\n\n1. Defendant Officer Pruitt is employed by the Ohio State Highway Patrol.\n\n2. Defendant Banks completed the Kentucky Department of Corrections jailer course.\n',
        sample,
      ]) assert.deepEqual(stateFindings(text), [], text.slice(0, 120));
    });
  });

  describe('suppression comments', () => {
    it('honours next-line and file comments in Markdown and the bracketed form in plain text', () => {
      const code = 'failure-to-train/no-causation';
      const withNextLine = sample.replace('### COUNT II', `${suppressionComment('next-line', code, 'markdown')}\n### COUNT II`);
      assert.ok(!codes(analyze(withNextLine).findings).includes(code));
      assert.ok(codes(analyze(withNextLine).findings).includes('failure-to-train/no-deliberate-indifference'));
      const withFile = `${suppressionComment('file', 'failure-to-train/', 'plaintext')}\n${sample}`;
      assert.deepEqual(codes(analyze(withFile).findings), ['monell/punitive-damages-against-municipality']);
      assert.equal(suppressionComment('next-line', code, 'pleading'), `[civil-rights-disable-next-line ${code}]`);
    });

    it('a next-line comment does not reach past the next non-blank line', () => {
      const source = new SourceText('<!-- civil-rights-disable-next-line -->\n\nfirst\nsecond\n');
      assert.deepEqual(findSuppressions(source), [{ scope: 'next-line', line: 0, codes: [] }]);
      const finding = (line: number): Finding => ({ code: 'x/y', severity: 'warning', message: '', range: { start: { line, character: 0 }, end: { line, character: 1 } }, evidence: [] });
      assert.deepEqual(applySuppressions(source, [finding(2), finding(3)]).map((f) => f.range.start.line), [3]);
    });
  });

  describe('causation pleaded as facts that tie the training to the act', () => {
    const causation = (sentence: string) => readSentence(sentence).causation;

    it('reads the officer\'s own words, reports and testimony that he acted as trained', () => {
      assert.equal(causation('On his body camera, Officer Pike says, "We were trained to take them down first and ask questions later," seconds before he tackled Mr. Ngo.'), 'present');
      assert.equal(causation('Minutes afterward, Officer Dunn\'s supervisor told Ms. Perez\'s mother, on camera, that Officer Dunn had done "exactly what we train them to do."'), 'present');
      assert.equal(causation('Officer Lane wrote in his use-of-force report that every step taken with Mr. Bell was "per academy instruction."'), 'present');
      assert.equal(causation('Both officers who restrained Mr. Bell described the hold in their reports with the phrase taught in their recruit class, "maintain pressure until compliance."'), 'present');
      assert.equal(causation('The detective testified that he did not turn over the informant payments because detectives were taught that disclosure "is the prosecutor\'s job."'), 'present');
    });

    it('reads the officer\'s want of instruction, counterfactuals, a stated practice and a short timeline', () => {
      assert.equal(causation('Never having been told that a handcuffed person lying face-down can suffocate, Deputy Cole kept a knee on Mr. Hale\'s back for four minutes.'), 'present');
      assert.equal(causation('Because no one at the jail had been taught to check blood sugar, the officer who found Plaintiff vomiting wrote "intoxicated?" on the cell card and walked away.'), 'present');
      assert.equal(causation('Had anyone told the responding officers to wait for the crisis team, which was eleven minutes away, Sergeant Voss would not have forced the bedroom door.'), 'present');
      assert.equal(causation('Deputy Cole admitted that nobody at the academy had ever explained what excited delirium was, and he kept Mr. Hale prone for six minutes.'), 'present');
      assert.equal(causation('When Plaintiff asked the booking deputy for her medication, the deputy said the jail does not call medical for "drug sick" people, and nobody checked on her for two days.'), 'present');
      assert.equal(causation('Two weeks after finishing the abbreviated four-day academy, Officer Beck shot Mr. Cole during a mental-health call.'), 'present');
      assert.equal(causation('Officer Kline used the carotid hold on Mr. Diaz, the same hold the academy demonstrated to his recruit class in 2022.'), 'present');
      assert.equal(causation('The jail\'s training slides tell deputies to "let them sleep it off," and Deputy Ross left Mr. Amos unconscious in the cell.'), 'present');
      assert.equal(causation('Officer Park, who had received no training on autism, interpreted Mr. Lee\'s hand-flapping as aggression and struck him with a baton.'), 'present');
      assert.equal(causation('Officer Diaz relied on the academy\'s instruction that any movement by a prone suspect is resistance when he kept his weight on Mr. Cruz.'), 'present');
    });

    it('keeps the labels of causation conclusory, and facts about training or the plaintiff without an act out', () => {
      assert.equal(causation("As a direct and proximate result of the City's failure to train, Plaintiff suffered injuries."), 'conclusory');
      assert.equal(causation("The City's failure to train its officers was the moving force behind the violation of Plaintiff's rights."), 'conclusory');
      assert.equal(causation("The inadequacy of the City's training is closely related to, and actually caused, Plaintiff's injury."), 'conclusory');
      assert.equal(causation('Had the City properly trained Officer Ruiz, Plaintiff would not have been injured.'), 'conclusory');
      assert.notEqual(causation("The City's failure to train its officers on the use of force caused Plaintiff's injuries."), 'present');
      assert.equal(causation('Officer Ruiz completed crisis intervention training in 2019 and was named officer of the year.'), undefined);
      assert.equal(causation('The officers followed Plaintiff for three blocks before stopping him.'), undefined);
      assert.equal(causation('Plaintiff told the officer that he does not speak English well.'), undefined);
      assert.equal(causation('Officers are trained to handcuff every arrestee behind the back.'), undefined);
      assert.equal(causation('Officer Park said the department does not comment on pending investigations.'), undefined);
      assert.equal(causation('The training manual tells officers to render aid.'), undefined);
      assert.notEqual(causation('Six months after graduating from the academy, Officer Beck arrested Plaintiff.'), 'present');
      // "per academy instruction" is the training the officer followed, not a gap in it.
      assert.equal(readSentence('Officer Lane wrote that every step was "per academy instruction," and his sergeant approved the report without a single change.').deficiency, undefined);
    });

    it('judges a count present on such a fact, and conclusory on the label alone', () => {
      const facts = ['The City gives its officers no training on positional asphyxia or on rolling a handcuffed person onto the side.'];
      const label = ["The City's failure to train was the moving force behind Plaintiff's injuries."];
      const fact = [...label, 'On the body-camera video, Officer Dunn tells another officer, "This is exactly what they showed us to do," as Plaintiff is held face-down.'];
      assert.equal(analyze(complaint(facts, label)).claims[0]?.elements.causation?.status, 'conclusory');
      assert.equal(analyze(complaint(facts, fact)).claims[0]?.elements.causation?.status, 'present');
    });
  });

  describe('notice from earlier events with specifics', () => {
    const notice = (sentence: string) => readSentence(sentence).deliberateIndifference;

    it('takes court rulings, plural reports with findings, and a policymaker\'s receipt as notice', () => {
      assert.equal(notice('State appellate courts reversed four convictions between 2017 and 2022 because county detectives had not disclosed deals with informants, and the District Attorney sent each opinion to the Chief of Detectives.'), 'present');
      assert.equal(notice("The state ombudsman's reports for 2021 and 2022 identified 38 removals made without a court order, and the agency director signed a written response to each report."), 'present');
      assert.equal(notice('The county coroner ruled three deaths at the jail between 2019 and 2023 to be caused by untreated diabetic ketoacidosis, and sent each ruling to the Sheriff.'), 'present');
    });

    it('does not take the plaintiff\'s own earlier suit, or a document that found nothing wrong, as notice', () => {
      assert.notEqual(notice('Mr. Washington-Reid previously sued the City in small-claims court over a towing fee in 2019; that case was dismissed.'), 'present');
      assert.notEqual(notice("The 2023 audit found that the jail's kitchen met every health standard."), 'present');
      assert.equal(notice('The City was on notice of the need for more training.'), 'conclusory');
    });

    it('reads more labels as labels: foreseeability to the City, common knowledge, a conscious choice, a custom of failing to discipline, a substantial factor', () => {
      assert.equal(notice('It was foreseeable to the County that its deficient practices would result in constitutional violations.'), 'conclusory');
      assert.equal(notice("Mr. Okafor's injuries were a foreseeable consequence of the County's failures."), undefined);
      assert.equal(notice('This kind of thing happens all the time at the jail and everybody knows it.'), 'conclusory');
      assert.equal(notice('The failures described herein reflect a deliberate and conscious choice by the County.'), 'conclusory');
      assert.equal(readSentence('The City has a custom of failing to investigate and punish misconduct by its officers.').deficiency, 'conclusory');
      assert.equal(readSentence("Each of these failures was a substantial factor in bringing about Plaintiff's injuries.").causation, 'conclusory');
    });
  });

  describe('causation, notice and deficiency in phrasings the tuning splits did not use', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('reads a review, recording or deposition that shows the officer acted as trained, or did not know', () => {
      // Conformity reported by a source, even when the officer's act sits inside a quotation.
      assert.equal(read("The Chief's use-of-force review found that Officer Reyes 'acted consistent with his training' throughout the encounter, and closed the file.").causation, 'present');
      assert.equal(read("Officer Reyes pinned Mr. Ortiz against the hood, and the lieutenant's written review called the maneuver 'within policy and training'.").causation, 'present');
      assert.equal(read("Asked on the dash-camera recording why the spit hood stayed on Ms. Lund, Deputy Ames said 'It's by the book' and left it on for twenty minutes.").causation, 'present');
      assert.equal(read("Deputy Ames wrote in the incident report that 'a refusal of a lawful order is active resistance', a sentence that appears word for word in the academy's force lesson plan.").causation, 'present');
      // The officer's want of instruction, in the officer's words or stated of a particular (even unnamed) officer.
      assert.equal(read("The jail's audio captures Deputy Ames saying 'I don't even know how to use the defibrillator' moments before he left Mr. Ruiz on the floor.").causation, 'present');
      assert.equal(read('The intake officer, not knowing that a withdrawal score of 18 requires a hospital transfer, placed Mr. Ruiz in general population.').causation, 'present');
      assert.equal(read('In her deposition, Officer Reyes said that nobody had ever mentioned that a Deaf arrestee may ask for an interpreter, and she handcuffed Mr. Lowe behind his back.').causation, 'present');
      assert.equal(read('At the hearing, Deputy Ames was asked why no medic was summoned and answered that nobody had ever said the night shift could call one.').causation, 'present');
      assert.equal(read('The field training officer testified that the K-9 course never covered recall commands, and that this is why Deputy Ames let the dog bite Mr. Ruiz for a full minute.').causation, 'present');
      const untold = read('Deputy Ames, never having been told that a seizure can look like intoxication, locked Mr. Ruiz in the detox cell for the night.');
      assert.equal(untold.causation, 'present');
      assert.equal(untold.deficiency, 'present');
    });

    it('keeps the plaintiff\'s own ignorance, a bare claim of conformity, and a memo about deputies out of causation', () => {
      assert.equal(read('Plaintiff did not know how to contact the officer who arrested him.').causation, undefined);
      assert.notEqual(read("Officer Reyes acted in accordance with the City's deficient training.").causation, 'present');
      assert.notEqual(read('Officer Reyes acted in conformity with the inadequate training provided by the City.').causation, 'present');
      assert.notEqual(read('In March 2021 the risk manager sent the Sheriff a memorandum warning that deputies did not know how to recognize a diabetic emergency.').causation, 'present');
    });

    it('takes court findings served on a policymaker as notice, but not the sequence of this incident', () => {
      assert.equal(read('In at least five cases from 2018 through 2021, the family court found that county caseworkers had entered homes without a warrant, and each order was served on the Director.').deliberateIndifference, 'present');
      assert.notEqual(read("Deputy Ames fired within three seconds of arriving, before saying a word, and the sergeant's report concluded that the shooting was 'within training'.").deliberateIndifference, 'present');
    });

    it('does not credit a catch-all list, a hypothetical officer, or one case\'s review outcome as a specific deficiency', () => {
      assert.notEqual(read('The County maintained a custom of failing to train deputies on the appropriate use of force, including but not limited to firearms, Tasers, and batons.').deficiency, 'present');
      assert.notEqual(read('Deputies answer overdose calls every shift, so the County knew that a deputy never taught otherwise would leave an unresponsive person alone.').deficiency, 'present');
      assert.equal(read("The after-action review found that Officer Reyes 'acted in accordance with department training' and recommended no discipline.").deficiency, undefined);
      assert.equal(read("Deputy Ames's sworn interrogatory answer says each step was 'what I was trained to do' and gives no other reason.").deficiency, undefined);
      // A real absence in the same shape still reads as a deficiency.
      assert.equal(read('The academy taught no recall command for bite-and-hold dogs, and handlers were never told when a dog may be sent after a person who is not fleeing.').deficiency, 'present');
    });
  });

  describe('round 14 and 15 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('reads supervisors who do not supervise, spans of control and short classes as deficiencies, and judgments or rhetoric as labels', () => {
      assert.equal(read('On the weekend shift one lieutenant covers the whole jail, and that lieutenant does not read the medication logs or visit the infirmary.').deficiency, 'present');
      assert.equal(read('The County assigns a single sergeant to oversee as many as thirty deputies across two districts.').deficiency, 'present');
      assert.equal(read('The only Taser class the Town offers is ninety minutes long and never mentions how many cycles a handcuffed person can safely take.').deficiency, 'present');
      assert.equal(read("A sustained force complaint leads to nothing more than a written counseling that is removed from the officer's file after six months.").deficiency, 'present');
      assert.equal(read('Booking officers receive no instruction on screening arrestees for head injuries; the City was deliberately indifferent to this gap.').deficiency, 'present');
      assert.equal(read('The City did not train its officers to respect the constitutional rights of people they detain, including the right to be free from excessive force.').deficiency, 'conclusory');
      assert.equal(read('The County did not train its jail staff to respond appropriately to the serious medical needs of detainees.').deficiency, 'conclusory');
      assert.notEqual(read("The County's disciplinary process is nothing but a formality, and deputies are not held to account.").deficiency, 'present');
      assert.notEqual(read('Whatever supervision existed was cursory and not suited to a county of this size with so few deputies on each shift.').deficiency, 'present');
      assert.equal(read('The City failed to adopt adequate training and policies on the service of no-knock warrants.').deficiency, 'conclusory');
      assert.notEqual(read('The need to train deputies on restraint chairs could not have been more obvious to the Sheriff.').deficiency, 'present');
      assert.equal(read('No deputy has ever been instructed that a person arrested without a warrant must see a judge within forty-eight hours for a probable-cause finding.').deficiency, 'present');
    });

    it('ties repeated, unreviewed and untaught acts to this plaintiff, but not beliefs, probable cause, conformity to the Constitution or a career timeline', () => {
      assert.notEqual(read('A teacher asked Officer Ruiz to walk Mr. Lane out of the cafeteria because he would not sit down.').causation, 'present');
      assert.notEqual(read('No deputy has ever been instructed that a person arrested without a warrant must see a judge within forty-eight hours for a probable-cause finding.').causation, 'present');
      assert.notEqual(read('Defendant, with a want of care, failed to train and supervise its employees, including Deputy Ames, in the lawful performance of their duties in accordance with the Constitution.').causation, 'present');
      assert.notEqual(read("The County's lax discipline led Deputy Ames to believe he could strike prisoners without consequence, and Mr. Ruiz paid for it.").causation, 'present');
      assert.notEqual(read("Because deputies know complaints go nowhere, Deputy Ana Kettering felt free to violate Mr. Ruiz's rights.").causation, 'present');
      assert.equal(read("No supervisor ever watched the videos of Officer Reyes's six earlier takedowns of handcuffed men, and Officer Reyes used the same takedown on Mr. Ortiz.").causation, 'present');
      assert.equal(read("The County's own death review concluded that the booking deputies did not recognise Mr. Ruiz's alcohol withdrawal and had never been taught its signs.").causation, 'present');
      assert.equal(read('No lieutenant was on duty that night, so no one was there to order Deputy Ames to stop the restraint while Mr. Ruiz lay prone for twelve minutes.').causation, 'present');
      assert.equal(read('Having been taught only that any movement after a command is resistance, Officer Reyes struck Mr. Ortiz four times as he tried to sit up.').causation, 'present');
      assert.equal(read("The caseworker who removed Ms. Lund's son wrote that the removal was 'authorized under the risk standard' taught at onboarding, though she found no immediate danger.").causation, 'present');
      assert.equal(read("Two months before this shooting, Officer Reyes received only a verbal counseling for firing at a fleeing car, and he returned to patrol, where he fired at Mr. Ortiz's car.").causation, 'present');
      assert.notEqual(read('Officer Reyes had been a field training officer for three years and joined the motorcycle unit two months before the arrest.').causation, 'present');
      assert.notEqual(read('I believe the City did not train Officer Reyes right, because no properly trained officer would do what was done to me.').causation, 'present');
    });

    it('takes stories, counted times, circulated reports and the municipality\'s own call figures as notice, but not cited law or a reporting line', () => {
      assert.notEqual(read('Deputy Ames is sued in his individual capacity, and the County is sued under Monell v. Department of Social Services, 436 U.S. 658 (1978).').deliberateIndifference, 'present');
      assert.notEqual(read('COUNT II - Failure to Supervise (42 U.S.C. § 1983) (Against the County)').deliberateIndifference, 'present');
      assert.equal(read("In May 2022 the county paper ran a story naming four people bitten by the Sheriff's dogs during traffic stops, and the Sheriff was interviewed for it.").deliberateIndifference, 'present');
      assert.equal(read("The Office's own force reports show deputies tased handcuffed people at least eleven times between March 2016 and Mr. Ruiz's arrest.").deliberateIndifference, 'present');
      assert.equal(read('A 2019 after-action report on a wrong-address raid in the Eastside neighborhood, circulated to the district commander and the Chief, concluded that officers had not verified the address.').deliberateIndifference, 'present');
      assert.equal(read('Since 2018 the school district has sent the academy repeated requests for training on restraining students with autism.').deliberateIndifference, 'present');
      assert.equal(read('Dispatch logs show officers answer about 30 calls a day about people in a mental-health crisis, among the most common situations an officer meets.').deliberateIndifference, 'present');
      assert.notEqual(read("The early-warning software the City bought in 2017 sends an alert when an officer's complaint count rises, but nobody acts on it.").deliberateIndifference, 'present');
      assert.notEqual(read('The Police Review Board was created in 2016 and reports to the City Council.').deliberateIndifference, 'present');
      assert.equal(read('The jail answers about 2,000 medical requests a year, roughly 6 every day, and the Sheriff knows the figure because he reports it to the commissioners each spring.').deliberateIndifference, 'present');
    });
  });

  describe('round 16 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('reads neglected review, short lesson plans and missing exceptions as deficiencies, and judged manners, lack of supervision and toleration as labels', () => {
      assert.equal(read('The County did not train its jailers to search cells in a manner consistent with the Fourth Amendment.').deficiency, 'conclusory');
      assert.equal(read('The Town did not adequetly train or prepare its officers to do their jobs in a constitutional manner.').deficiency, 'conclusory');
      assert.notEqual(read('The academy program was inadequate and not fit for the situations officers meet every week.').deficiency, 'present');
      assert.equal(read('No physician reviewed or countersigned any of the jail nurses’ withdrawal assessments during 2021.').deficiency, 'present');
      assert.equal(read('Night supervisors at the county detention center do not walk the housing units or sign the watch sheets.').deficiency, 'present');
      assert.equal(read('The pursuit lesson plan is twelve slides long, and not one slide mentions when a chase must be called off.').deficiency, 'present');
      assert.equal(read('The restraint block taught to recruits at no point describes how a person in a prone hold can stop breathing.').deficiency, 'present');
      assert.equal(read('The handcuffing module contains no exception for arrestees who use a cane or wear a prosthetic arm.').deficiency, 'present');
      assert.equal(read('Sergeants are not dispatched to calls about people in a mental-health crisis, and no policy requires a supervisor to approve a Taser use on a child.').deficiency, 'present');
      assert.equal(read("The City's failure to supervise its narcotics officers directly caused Plaintiff to be stopped, frisked and arrested without cause.").deficiency, 'conclusory');
      assert.equal(read("The lack of supervision at the jail was a substantial factor in causing Plaintiff's injuries.").deficiency, 'conclusory');
      assert.equal(read("As a foreseeable consequence of the County's custom of tolerating abuse without discipline, Ms. Ward was beaten.").deficiency, 'conclusory');
      assert.notEqual(read('The County has long been aware that deputies are rarely disciplined for force and has chosen to do nothing about it.').deficiency, 'present');
      assert.notEqual(read('The review concluded that Deputy Cole\'s decision to fire "reflects the training the deputy received, not a departure from it."').deficiency, 'present');
    });

    it('reads notes, findings, answers and timelines that tie the act to the training, through titles and middle initials, but not inflicted harms or officers sent out untrained', () => {
      assert.equal(read("The night jailer's log entry at 1:10 a.m. reads 'inmate agitated, let him sleep,' which is exactly what the jail's orientation teaches staff to write, and Mr. Pike died before breakfast.").causation, 'present');
      assert.equal(read("The Internal Affairs finding mailed to Ms. Ward says the takedown of Ms. Ward 'was within policy and consistent with the officer's training.'").causation, 'present');
      assert.equal(read("Asked at trial whether anything about searching Mr. Pike's truck was different from what the deputy had been trained to do, Deputy Ray L. Tate answered, 'No, nothing.'").causation, 'present');
      assert.equal(read('Deputy Cole testified that no sergeant had ever asked about a single strip search the deputy logged, and that the deputy would have thought twice before searching Ms. Ward if anyone had been checking.').causation, 'present');
      assert.equal(read('Taught by the academy only that a detainee who can talk can breathe, Officer Lyle knelt on Mr. Pike for six minutes while he said he could not breathe.').causation, 'present');
      assert.equal(read("Using the neck stun the way the County's Taser class demonstrates it, Deputy Cole stunned Ms. Ward four times while she lay handcuffed.").causation, 'present');
      assert.equal(read('Because nothing at all happened to Deputy Cole after two earlier force complaints, the deputy told Ms. Ward during the arrest that she could complain all she wanted.').causation, 'present');
      assert.equal(read("Deputy Cole told another jailer 'nobody ever gets written up for a search here' and then made Ms. Ward strip in the open hallway.").causation, 'present');
      assert.equal(read("The Sergeant on duty, whom no rule required to review the call, never looked at the video of Deputy Cole shoving Mr. Pike, and sent the deputy back alone to Mr. Pike's house that night.").causation, 'present');
      assert.equal(read("The harms inflicted on Ms. Ward by Deputy Cole were a foreseeable consequence of the County's customs and policies, including its failure to train.").causation, 'conclusory');
      assert.equal(read('Every injury Plaintiff suffered that night came about as the natural result of the City letting its officers go out untrained and unsupervised.').causation, 'conclusory');
    });

    it('dates notice by what came before, not by the clock of this incident or the depositions of this case, and counts uses, the reports of monitors and arming', () => {
      assert.equal(read('Plaintiff says again everything in paragraphs 1 through 9 as if written out here.').deliberateIndifference, undefined);
      assert.notEqual(read("Deputy Cole never disclosed the photo array; asked why at a 2022 deposition, the deputy said it did not seem important, and Mr. Pike's conviction was later vacated.").deliberateIndifference, 'present');
      assert.notEqual(read('Minutes before the arrest, Deputy Cole told a partner that complaints never stick, and then struck Ms. Ward.').deliberateIndifference, 'present');
      assert.notEqual(read("Sergeant Ames wrote 'detainee resting' in the cell log at 2:40 a.m., ten minutes before Mr. Pike was found unresponsive.").deliberateIndifference, 'present');
      assert.notEqual(read('The only training the County gives on checkpoints is a two-page memo from 2012 about where to park, and it says nothing about searching vehicles.').deliberateIndifference, 'present');
      assert.notEqual(read("The Department's annual report lists 900,000 calls for service in 2021 and academy classes of 150 recruits.").deliberateIndifference, 'present');
      assert.notEqual(read("Deputy Cole testified at the post-conviction hearing that nobody at the sheriff's office ever told detectives that a witness's deal had to be disclosed.").deliberateIndifference, 'present');
      assert.equal(read("The consent-decree monitor's reports of March 2020 and May 2021 told the City that sergeants approved nearly all force reports without watching any video.").deliberateIndifference, 'present');
      assert.equal(read('The restraint chair was used 98 times in the twelve months before Mr. Pike was booked, and the chair log shows 40 of those holds lasted longer than three hours.').deliberateIndifference, 'present');
      assert.equal(read('Every jailer on the psychiatric unit carries an OC canister and is expected to move resisting, psychotic detainees several times a shift.').deliberateIndifference, 'present');
      assert.equal(read('The County handed every deputy a Taser in 2019 and never gave an hour of instruction on using it near children, though deputies work school games and fairs every year.').deliberateIndifference, 'present');
    });
  });

  describe('round 17 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('takes media series, requests to the Sheriff, other cases\' depositions, counted extractions and findings letters as notice; not awards, agreements, memos that are the training, or a record of discipline alone', () => {
      assert.notEqual(read("Officer Pell received the department's annual training award in 2020 and sits on its crisis team.").deliberateIndifference, 'present');
      assert.notEqual(read('Between 2016 and 2021 not one jailer was disciplined for a missed cell check, because the jail logs each lapse as a "clerical issue" that never reaches a personnel file.').deliberateIndifference, 'present');
      assert.notEqual(read('In the eight years before this arrest the County suspended no officer for force, the heaviest penalty in its records being a written reprimand removed after a year.').deliberateIndifference, 'present');
      assert.equal(read('The county paper ran a series in May 2021 reporting that none of the 17 deputies with sustained force findings since 2014 had been suspended, and the Sheriff answered it in print.').deliberateIndifference, 'present');
      assert.notEqual(read("The Sheriff and the Tribe signed a mutual-aid agreement in 2015 that lets each agency arrest within the other's lands.").deliberateIndifference, 'present');
      assert.notEqual(read('When the County began its cold-weather welfare checks in 2019, it handed deputies a one-page memo and gave them no training on when an intoxicated person must be taken indoors.').deliberateIndifference, 'present');
      assert.equal(read('Through its policymakers the City had prior knowledge, actual and constructive, of a persistent pattern of unconstitutional force and chose not to act, see Connick v. Thompson, 563 U.S. 51 (2011).').deliberateIndifference, 'conclusory');
      assert.equal(read('A mother wrote to the Sheriff on April 9, 2021, complaining that a deputy had searched her thirteen-year-old son at school without calling her, and the Sheriff wrote back that he saw no problem with it.').deliberateIndifference, 'present');
      assert.equal(read('The jail captain testified at a 2021 deposition in an unrelated case that she saw late releases every month and had asked the Sheriff in writing in 2019 for staff to fix them.').deliberateIndifference, 'present');
      assert.equal(read("At a deposition given in Ortiz v. Lane County in March 2022, the jail's training officer admitted that booking staff had never been taught to pass on medication lists, and the county attorney defending that case was present.").deliberateIndifference, 'present');
      assert.equal(read("Because the County's caseworkers remove children hundreds of times a year and get no instruction on the emergency-removal standard, a removal without a court order was obvious to anyone running the agency.").deliberateIndifference, 'present');
      assert.equal(read("Before Mr. Pike's extraction, the jail's response team carried out 35 cell extractions in three years, and 8 of them ended with the prisoner hospitalized with fractures.").deliberateIndifference, 'present');
      assert.equal(read('A 2019 federal findings letter addressed to the county manager reported that jail staff had failed to send detainees with chest pain to a hospital in 11 of 25 files reviewed.').deliberateIndifference, 'present');
    });

    it('reads an abbreviated sergeant who covers many pods as a deficiency, and "in a lawful manner" as a label', () => {
      assert.equal(read('The City did not train, or did not adequately train, its officers to make stops, searches and arrests in a lawful manner.').deficiency, 'conclusory');
      assert.equal(read('Overnight, one Sgt. covers five pods and is not required to walk them or read the logbooks.').deficiency, 'present');
    });

    it('ties corrections officers\' acts to warnings never given, bite-and-hold taught, instruction never given and solo patrol; not negligence boilerplate or officers in general', () => {
      assert.equal(read("Deputy Cole had kept two other detainees past their release dates in 2021 without so much as a written warning, and told the investigator it 'did not seem like a big deal' to hold Mr. Pike another night.").causation, 'present');
      assert.equal(read("No Sgt. was present at Mr. Pike's cell extraction on 4/2/21, none being required, and the video shows C/O Dale Frey striking Mr. Pike after he was restrained, with nobody there to stop it.").causation, 'present');
      assert.equal(read("Officer Lyle's own report states the dog was 'allowed to hold until the subject stopped moving,' the bite-and-hold method the vendor course taught, and no release was given though Mr. Pike lay still.").causation, 'present');
      assert.equal(read('C/O Dale Frey, given no training on separating a prisoner who reports an assault from the accused, put Mr. Pike back in the same cell with him.').causation, 'present');
      assert.equal(read("Had the jail staff been shown any alternative to the prone hold, they would not have lain across Mr. Pike's back while he said he could not breathe.").causation, 'present');
      assert.equal(read("Officer Lyle, in the second week of solo patrol with no field training officer ever having ridden along, mistook Mr. Pike's cane for a rifle and fired.").causation, 'present');
      assert.equal(read("A text message Officer Lyle sent a coworker an hour after the arrest ('nobody gets more than a talking-to for this') shows the officer struck the handcuffed Mr. Pike knowing discipline would never follow.").causation, 'present');
      assert.equal(read('By reason of the negligence, carelessness and deliberate indifference of the County in the training of its jail staff, Mr. Pike was caused to suffer grievous injury.').causation, 'conclusory');
      assert.notEqual(read('The K-9 handlers were trained only in the bite-and-hold method and were never taught a release command or when a suspect who has stopped running must be released.').causation, 'present');
      assert.notEqual(read('New jailers at the county jail were put on the floor their first week without any instruction on how to recognize alcohol withdrawal or when to call the contract nurse.').causation, 'present');
      assert.notEqual(read('Jail records show 19 written grievances between 2019 and 2022 from Navajo-speaking detainees saying they could not understand the booking officer, each stamped received by the jail administrator.').causation, 'present');
    });
  });

  describe('round 19 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('ties acts to the class they copy, the warning never given, nobody there to approve, a third solo stop, a one-warning rule and a purged file, in plain or second-language English', () => {
      assert.equal(read("Officer Tran told his partner, 'Nothing happen to me last time,' and then shoved Mr. Abebe against the bars.").causation, 'present');
      assert.equal(read('Officer Tran sprayed Mr. Abebe through the slot and walked off, exactly like the pepper spray class shows: spray and leave, with nothing about washing the eyes.').causation, 'present');
      assert.equal(read('The only lieutenant on nights was at the other jail; when Officer Tran decided to strap Mr. Abebe into the chair, there was no one to approve it or stop it.').causation, 'present');
      assert.equal(read('The deputy admitted that, because his earlier complaints had ended in nothing more than a chat with a sergeant, he did not think twice, and then threw Ms. Ruiz to the ground.').causation, 'present');
      assert.equal(read("No field training officer ever rode with Deputy Lee on a night stop, and on the deputy's third solo stop, Ms. Ruiz's, the deputy pulled her children out at gunpoint.").causation, 'present');
      assert.equal(read("Officer Tran, who had been trained only that anything in a person's hands is a weapon, tore the speech tablet from Mr. Abebe and threw him down.").causation, 'present');
      assert.equal(read("Officer Tran fired the Taser at Mr. Abebe four seconds after one command, just as the academy's one-warning rule prescribes.").causation, 'present');
      assert.equal(read('Knowing that sustained complaints had cost other officers nothing, Officer Tran kept his knee on Mr. Abebe after he went limp.').causation, 'present');
      assert.equal(read("The detective left the informant's deal out of the file sent to the prosecutor, following the unit handbook's list of what to send, and Mr. Abebe was convicted.").causation, 'present');
      assert.equal(read('Emboldened by a file in which every sustained complaint had been purged, Officer Tran told Mr. Abebe to complain all he liked and then struck him.').causation, 'present');
    });

    it('reads a corporal who never walks the pods and "not teached" as deficiencies; "good enough", acting "without oversight" and "the need to teach" as labels', () => {
      assert.equal(read('The new guards are not teached to read the sick-call slips to detainees who cannot read English.').deficiency, 'present');
      assert.equal(read('On nights there is one corporal for five pods, and that corporal never walks the pods.').deficiency, 'present');
      assert.equal(read('The County did not train the guards good enough in the procedures of the jail.').deficiency, 'conclusory');
      assert.equal(read("The County's failure to supervise, including of Officer Tran, was a proximate cause of Mr. Abebe's injuries, the predictable result of allowing officers to act without oversight.").deficiency, 'conclusory');
      assert.equal(read('The County lets new deputies patrol alone at night without a field training officer ever having ridden with them.').deficiency, 'present');
      assert.notEqual(read('Every patrol officer carries a Taser and is dispatched to calls involving people who cannot understand spoken commands, so the need to teach officers when not to shock such a person was plain.').deficiency, 'present');
    });

    it('takes a ruling in a named earlier case, a lawyer\'s letter to the County Attorney and weekly bookings as notice; not a board-certified plan, an alert threshold or a memo that is the only guidance', () => {
      assert.equal(read('Every patrol officer carries a Taser and is dispatched to calls involving people who cannot understand spoken commands, so the need to teach officers when not to shock such a person was plain.').deliberateIndifference, 'present');
      assert.equal(read("In Haile v. Dunmore County (2018) a federal judge ruled that the jail's lack of interpreters at sick call could violate the Constitution, and the County was the defendant.").deliberateIndifference, 'present');
      assert.equal(read('One of them, Mr. Tesfaye, lost his hearing in May 2021 after his requests were ignored, and his lawyer wrote to the County Attorney about it that June.').deliberateIndifference, 'present');
      assert.equal(read('The jail books about 300 people a month, many arrested for drunk driving, so alcohol withdrawal is something its officers face every week.').deliberateIndifference, 'present');
      assert.notEqual(read("Ms. Ruiz's behaviour support plan was written by a board-certified behaviour analyst and updated in March 2023.").deliberateIndifference, 'present');
      assert.notEqual(read('The early-warning system flags officers with three force reports in a quarter, but nobody has been assigned to read the flags since 2020.').deliberateIndifference, 'present');
      assert.notEqual(read("Deputies are not trained on when a phone search needs a warrant; the detail's only written guidance, a 2015 memorandum, covers traffic cones.").deliberateIndifference, 'present');
    });
  });

  describe('round 20 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('reads sergeants who never look, a talk as the only discipline, checklists with not one item and recertification that never addressed a use; not names such as the Prison Rape Elimination Act', () => {
      assert.equal(read("No sergeant in the County ever looks at the jail video after a deputy uses force; the sergeants sign the deputy's own report without watching anything.").deficiency, 'present');
      assert.equal(read('When a complaint against a deputy is found true, the only thing that happens is a talk with the lieutenant, and even that is taken out of the file after 60 days.').deficiency, 'present');
      assert.equal(read('Booking deputies receive no instruction on how to score the intake suicide questionnaire, including what to do when a detainee answers yes to the question about prior attempts.').deficiency, 'present');
      assert.equal(read("The jail's field-training checklist has 38 items; not one concerns a detainee who says he swallowed pills before arrest.").deficiency, 'present');
      assert.equal(read('Night supervisors were not required to walk the housing units at all.').deficiency, 'present');
      assert.equal(read('The Taser recertification covers probe use on adults and nothing else; it has never addressed drive-stun use on a handcuffed person.').deficiency, 'present');
      assert.equal(read('The Town did not train its officers to respect the privacy and dignity of the people they search.').deficiency, 'conclusory');
      assert.notEqual(read('Officer Lyle completed a twelve-hour course on the Prison Rape Elimination Act in 2019 and received a certificate.').deficiency, 'present');
      assert.notEqual(read("About two months later internal affairs sent Ms. Ruiz a letter saying her complaint was 'not sustained.'").deficiency, 'present');
    });

    it('takes a non-compliant audit, a dated newspaper series and a Chief who approved findings as notice; not an autopsy of this death, this complaint itself or an approved budget', () => {
      assert.equal(read('A 2019 federal audit of the jail found it "not compliant" with the standard on cross-gender searches, and the auditor delivered the report to the Sheriff on May 3, 2019.').deliberateIndifference, 'present');
      assert.equal(read('A March 2020 series in the Tribune, for which the Chief was interviewed, described four women who said officers offered to drop charges for sex.').deliberateIndifference, 'present');
      assert.equal(read('In 2020 the Chief personally approved the findings of the investigation of Sergeant Moss, which sustained allegations that he groped two women during pat-downs, and imposed a two-day suspension.').deliberateIndifference, 'present');
      assert.equal(read("Before Ms. Ruiz's arrest, at least four people had filed complaint forms saying mall officers would not tell them why they were held (on dates including May 2, 2019, and June 9, 2019).").deliberateIndifference, 'present');
      assert.notEqual(read("The Medical Examiner's autopsy report lists the cause of death as alcohol withdrawal and the time of death as 4:10 a.m. on March 3, 2022.").deliberateIndifference, 'present');
      assert.notEqual(read('The County adopted a revised search policy in 2023, after the events described in this complaint.').deliberateIndifference, 'present');
      assert.notEqual(read('In 2021 the County Board approved a $2 million budget for jail medical care, provided by a contractor.').deliberateIndifference, 'present');
    });

    it('reads "within the parameters of training" and following a course as written', () => {
      assert.equal(read('The lieutenant\'s review of the death found that Officer Cole "acted within the parameters of training" by leaving Mr. Pike in the detox cell without calling a paramedic.').causation, 'present');
      assert.equal(read('Following the Taser course as written, which teaches that a resisting subject may be cycled until compliant, Officer Cole drive-stunned Ms. Ruiz four times while she lay handcuffed.').causation, 'present');
    });
  });

  describe('round 21 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('reads "how they tell us", "just like the class teaches", never having heard of the form, a short suspension, a modelled lecture and a dispatcher never trained', () => {
      assert.equal(read('Officer Lyle told Mr. Park, "This is how they tell us to do it," while dragging his cart and blankets into the truck.').causation, 'present');
      assert.equal(read("The handler sent the dog under Mr. Park's tarp without a warning, just like the K-9 class teaches, and the dog bit him twice.").causation, 'present');
      assert.equal(read("With no sergeant at the cleanup and nobody checking the video afterward, Officer Lyle spent an hour throwing away every tent on the block, including Mr. Park's.").causation, 'present');
      assert.equal(read('Officer Lyle laughed when Mr. Park asked for his medicine back and said, "Go ahead and complain, nobody has ever gotten in trouble for this."').causation, 'present');
      assert.equal(read('The booking officer, Officer Tate, testified that the officer had never heard of the withdrawal scoring sheet and therefore did not score Ms. Reed at all.').causation, 'present');
      assert.equal(read('The transport officer put Ms. Reed on the bare bench of the van without a seat belt, as the officer had been shown to do on the first day of the job.').causation, 'present');
      assert.equal(read("Suspended for only three days after a 2018 finding that the detective had fabricated a statement, Detective Moss returned to the unit and fabricated Mr. Park's confession.").causation, 'present');
      assert.equal(read('In chasing the van through the school zone, Officer Lyle did exactly what the pursuit lecture had modelled: stay on the bumper until it stops.').causation, 'present');
      assert.equal(read("Using the waiver form the detectives' course prescribes, Detective Moss slid an English-only form to Mr. Park and began the interview without an interpreter.").causation, 'present');
      assert.equal(read('Never trained to handle text-to-911, the dispatcher closed Ms. Reed\'s text as "no voice contact" and sent no one for an hour.').causation, 'present');
    });

    it('reads one sergeant for many officers, witnesses never interviewed, a bulletin that nowhere warned and training with no method; "a long history of not punishing" is a label', () => {
      assert.equal(read('The outreach unit has one sergeant for 12 officers across three shifts, and the night sweeps have nobody supervising them.').deficiency, 'present');
      assert.equal(read('Under the Sheriff\'s practice a force complaint is "investigated" by asking the deputy for a statement; the complainant and witnesses are never interviewed.').deficiency, 'present');
      assert.equal(read('The 1998 training bulletin told detectives to show a hesitant witness a single photograph and nowhere warned that the practice is suggestive.').deficiency, 'present');
      assert.equal(read('Suicide-watch training tells officers to call a name through the door and wait for a reply; it offers no method for checking on a detainee who cannot hear.').deficiency, 'present');
      assert.equal(read('Officers posted to the school for the deaf get the same training as every other school officer, and none of it covers sign language.').deficiency, 'present');
      assert.equal(read("The Town's failure to properly train its officers caused Mr. Park to be held without due process of law.").deficiency, 'conclusory');
      assert.equal(read('The City has a long history of not punishing officers who mistreat homeless people.').deficiency, 'conclusory');
    });

    it('dates nothing by the evening of this case, the hard of hearing, a posted cleanup notice or this conviction; a Chief\'s deposition in another case is notice', () => {
      assert.notEqual(read('On the evening of April 2, 2010, Detective Moss was assigned to investigate the robbery of a pharmacy on Elm Street.').deliberateIndifference, 'present');
      assert.notEqual(read("The County's general order on interpreters, adopted in 2015, says officers shall try to find an interpreter for anyone who is hard of hearing.").deliberateIndifference, 'present');
      assert.notEqual(read('The encampment rule requires 48 hours of posted notice, and a notice was posted at the camp on May 1.').deliberateIndifference, 'present');
      assert.notEqual(read('The conviction was vacated on June 2, 2020, and the indictment was dismissed.').deliberateIndifference, 'present');
      assert.equal(read('The Chief admitted in his April 2021 deposition in another case that he had read the complaints about officers throwing away tents.').deliberateIndifference, 'present');
    });
  });

  describe('round 22 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('ties caseworkers, coordinators and officers to a quoted hold, a script, guidance never given, a course never taken and a repeated lapse', () => {
      assert.equal(read("Deputy Cole knelt on Mr. Pike's back after he was cuffed, the exact 'control hold' the defensive-tactics class teaches, until he stopped breathing.").causation, 'present');
      assert.equal(read("After spraying Mr. Pike, Deputy Cole left him without water for three hours and wrote in the report that decontamination was 'not covered' in training.").causation, 'present');
      assert.equal(read('With no sergeant present during the night van run, Deputy Cole was alone with twenty prisoners and sprayed the whole bench, Mr. Pike included.').causation, 'present');
      assert.equal(read("The grievance coordinator, who had never been trained on what counts as an emergency, put Ms. Reed's insulin grievance in the fifteen-day pile.").causation, 'present');
      assert.equal(read('Asked why the child was not seen by a nurse after the hold, Caseworker Lena Ortiz said no one had ever told staff that a medical check was required.').causation, 'present');
      assert.equal(read('Caseworker Lena Ortiz followed the screening script the county provides, which treats an empty refrigerator as neglect, and on that basis alone removed J.P. from home.').causation, 'present');
      assert.equal(read("Caseworker Lena Ortiz was never disciplined after she was caught falsifying a visit log in 2021, and in J.P.'s case she again logged a visit that never happened.").causation, 'present');
      assert.equal(read('Officer Lyle fired into the moving car carrying Ms. Reed and later told investigators the officer had never run a moving-vehicle scenario.').causation, 'present');
      assert.equal(read('Officer Lyle, who had never taken crisis intervention training, arrived with lights and siren and drew a gun on Ms. Reed as she held a kitchen knife.').causation, 'present');
      assert.equal(read("The caseworker removed Ms. Reed's children without a court order, explaining in a sworn declaration that the unit's flowchart, the only guidance the caseworker had received, said to remove whenever a parent was arrested.").causation, 'present');
    });
  });

  describe('round 23 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('takes citations, agency statistics, two dated stories and a warning raised with the Undersheriff as notice; not a workshop attended, bookings counted, this case\'s days and hearing', () => {
      assert.notEqual(read('Department records show that Deputy Cole attended a six-hour diversity workshop in 2020.').deliberateIndifference, 'present');
      assert.notEqual(read("The County's annual report lists 11,800 bookings for 2021, a few more than the year before.").deliberateIndifference, 'present');
      assert.notEqual(read("Ms. Reed's daughter had a scrape on her knee from a bicycle fall, which the school nurse noted three days before the removal.").deliberateIndifference, 'present');
      assert.notEqual(read('The girl spent 40 days in foster care, and the dependency case was dismissed at a hearing on March 3, 2022.').deliberateIndifference, 'present');
      assert.equal(read("Lieutenant Park testified in a 2020 deposition in the Ruiz case that since 2017 no one had reviewed deputies' reports of home entries, and that he raised it with the Undersheriff in writing.").deliberateIndifference, 'present');
      assert.equal(read('The state licensing agency cited the County in 2018 and again in 2020 for 14 removals made with no documented emergency.').deliberateIndifference, 'present');
      assert.equal(read("The agency's own 2021 statistics show caseworkers asked for a police escort on 1,900 home visits that year, and parents refused entry in a third of them.").deliberateIndifference, 'present');
      assert.equal(read('In May and June 2020 the Courier ran two stories about six families whose children were taken at night without a court order, and the Sheriff was quoted in both.').deliberateIndifference, 'present');
    });

    it('reads "highly predictable that officers lacking guidance" and "took no action to discipline" as labels', () => {
      assert.notEqual(read('It was highly predictable that deputies lacking guidance on immigration detainers would hold people past their release dates.').deficiency, 'present');
      assert.notEqual(read('The County received numerous complaints of similar misconduct but took no action to discipline anyone.').deficiency, 'present');
    });
  });

  describe('round 24 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('ties acts to what was drilled, practised, briefed at roll call or never briefed, a written reminder, a textbook takedown and an affidavit signed unread; not a shift that followed', () => {
      assert.equal(read('The defensive-tactics instructor who trained Officer Lyle testified that the officer\'s takedown of Mr. Park "is textbook, it is what we drill."').causation, 'present');
      assert.equal(read('Officer Lyle had a sustained force complaint in 2021 that produced only a written reminder, told a partner "worst case I get another letter," and then pushed Mr. Park down the steps.').causation, 'present');
      assert.equal(read('Officer Lyle switched off the body camera, as officers do because it is never punished, and then struck Mr. Park twice.').causation, 'present');
      assert.equal(read("Deputy Cole, a visiting deputy who had never been briefed on the City's ban on tear gas near homes, threw a canister onto the porch where Ms. Reed stood.").causation, 'present');
      assert.equal(read('On the audio Officer Lyle, who shoved Ms. Reed off the curb, can be heard saying, "We push the line like we drilled it."').causation, 'present');
      assert.equal(read('Officer Lyle arrested Ms. Reed for breaking curfew on her way home from work, and the report says the officer acted "per the curfew briefing given at roll call."').causation, 'present');
      assert.equal(read('Deputy Cole fired into the truck as it pulled away, emptying the magazine, just as the deputy had practiced on the static range course; one round struck Ms. Reed.').causation, 'present');
      assert.equal(read("Deputy Cole kicked in Ms. Reed's door and wrote that 'refusal to open is exigent,' the same words that appear in the County's online search module.").causation, 'present');
      assert.equal(read('Twice cleared of choking complaints without anyone interviewing the complainants, Deputy Cole used the same neck hold on Ms. Reed in the sally port.').causation, 'present');
      assert.equal(read("Officer Lyle relied on 'pinpoint pupils' alone, the only indicator the drug-recognition course teaches for opioids, and never asked whether Mr. Park's prescription explained it.").causation, 'present');
      assert.equal(read("Never instructed on the Good Samaritan statute, Officer Lyle arrested Mr. Park for possession minutes after he called 911 about a friend's overdose.").causation, 'present');
      assert.equal(read("The narcotics sergeant signed Officer Lyle's warrant affidavit without reading it, and the raid on Mr. Park's apartment rested on a controlled buy that never happened.").causation, 'present');
      assert.notEqual(read('During the night shift that followed, Sergeant Lee supervised the unit where Mr. Park was housed.').causation, 'present');
    });
  });

  describe('rounds 25 and 26 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('ties acts to what a hyphenated course teaches, a checklist directs, standard holds, "to the letter", a K-9 handler who never practiced, a Chief who never questioned and a sergeant not on the shift; not a protocol that merely requires', () => {
      assert.equal(read('When Ms. Lund did not answer, Officer Tate repeated the order twice and then, as the defensive-tactics course teaches for any silent subject, pulled Ms. Lund to the floor.').causation, 'present');
      assert.equal(read("The booking deputy held Ms. Lund on name and birth date alone, exactly as the jail's intake checklist directs, though the warrant described a different person.").causation, 'present');
      assert.equal(read('Officer Tate\'s report says the officer used "standard academy control holds" to move Ms. Lund from her walker, and one of those holds tore her skin.').causation, 'present');
      assert.equal(read('Officer Tate chased the car past the school, and the incident report says the pursuit instruction was followed "to the letter" until the crash that hurt Ms. Lund.').causation, 'present');
      assert.equal(read("When Ms. Lund's son asked why they would not wait for the crisis team, Officer Tate replied, 'Nobody ever showed us how that works,' and then tased Ms. Lund.").causation, 'present');
      assert.equal(read("The K-9 handler said on a rider's video, 'I can't call him off, we never practiced that in a station,' while the dog held Ms. Lund's arm.").causation, 'present');
      assert.equal(read("Officer Tate testified that, because the Chief had never once questioned the officer's earlier warrantless entries, the officer walked into Ms. Lund's apartment without a warrant.").causation, 'present');
      assert.equal(read('No one at the department ever watched the videos of three earlier arrests by Officer Tate, each showing the same leg sweep later used on Ms. Lund.').causation, 'present');
      assert.equal(read('If a sergeant had been on the overnight shift, someone would have stopped Officer Tate from keeping Ms. Lund cuffed to a bench for two hours.').causation, 'present');
      assert.notEqual(read("The jail nurse recorded Ms. Lund's pulse and medicines at intake, as the jail's medical protocol requires.").causation, 'present');
    });
  });

  describe('round 28 shapes, in sentences of our own', () => {
    const read = (sentence: string) => readSentence(sentence);

    it('reads an interrogatory answer about the officer\'s seizure, a counterfactual after a semicolon, a jailer never trained in CPR, trained techniques and "how we always handle it"; not "as a prudent city would have done"', () => {
      assert.equal(read('The City\'s answer to interrogatory 4 says that the officer\'s seizure of Mr. Ruiz\'s cart was "in accordance with the training provided to all patrol officers."').causation, 'present');
      assert.equal(read("Officer Lyle had five complaints about taking vendors' carts that were closed with no interview; if even one had been investigated, the officer would not still have been on the vendor detail when Mr. Ruiz was stopped.").causation, 'present');
      assert.equal(read('Had Jailer Ross been trained in CPR, Jailer Ross could have begun compressions at once; instead Jailer Ross waited at the door for the ambulance.').causation, 'present');
      assert.equal(read('Because jail supervisors never review the medical-watch log, the missed glucose checks for Ms. Ruiz went unnoticed until staff found her unresponsive.').causation, 'present');
      assert.equal(read("The force review board found that Officer Lyle 'utilized trained techniques' in kneeling on Ms. Ruiz's back after her seizure ended.").causation, 'present');
      assert.equal(read("The field training officer riding with Officer Lyle watched the officer spray Ms. Ruiz during a seizure and later told investigators it was 'how we always handle it.'").causation, 'present');
      assert.notEqual(read('Every injury Mr. Ruiz suffered flowed from the failure of the City to train and supervise its officers as a reasonably prudent city would have done.').causation, 'present');
    });
  });

  describe('narration from whole complaints, in sentences of our own', () => {
    it('reads how often the plaintiff suffered as injury, not as how often officers meet a situation', () => {
      assert.notEqual(readSentence('Plaintiff had headaches every day for a month after the arrest.').deliberateIndifference, 'present');
      assert.notEqual(readSentence('His surgeon has told him that he will likely need a knee replacement, and he takes pain medication daily.').deliberateIndifference, 'present');
      assert.equal(readSentence('Deputies meet about 40 people in alcohol withdrawal every week, and the Sheriff receives the monthly intake figures.').deliberateIndifference, 'present');
    });

    it('does not take an explanation owed to the plaintiff, or evidence not shown, for instruction never given', () => {
      assert.equal(readSentence('No one explained why the money had been taken or why it had been kept.').deficiency, undefined);
      assert.equal(readSentence('The hearing officer found that the agency had not shown any basis for keeping the children.').deficiency, undefined);
      assert.equal(readSentence('No one had ever told the deputies that a diabetic in crisis can look drunk.').deficiency, 'present');
    });

    it('does not read an officer\'s call for a supervisor, an offense "punishable by fine", a class the plaintiff left, or a school\'s suspension of a student as a deficiency', () => {
      const deficiency = (sentence: string) => bothPatternsAndModel(sentence, 'deficiency');
      assert.deepEqual(deficiency('Neither deputy requested a supervisor, a crisis-trained officer, or the county mobile crisis team.'), [undefined, undefined]);
      assert.deepEqual(deficiency('The underlying offense is a Class C misdemeanor punishable by fine only.'), [undefined, undefined]);
      assert.deepEqual(deficiency('The District suspended J.T. for three days for leaving class without permission.'), [undefined, undefined]);
      // The same words about the municipality's own practice are still read.
      assert.equal(readSentence('The department never trained officers to request a supervisor before entering a home without a warrant.').deficiency, 'present');
      assert.equal(readSentence("The jail's field-training checklist has 38 items; not one concerns a detainee who says he swallowed pills before arrest.").deficiency, 'present');
    });

    it('reads a rule described by its source, and a letter "describing what happened", as no notice', () => {
      const notice = (sentence: string) => bothPatternsAndModel(sentence, 'deliberateIndifference');
      assert.notEqual(notice('Under Directive 3.10 those grievances are answered by the sergeant of the housing unit, and are forwarded to Professional Standards only if that sergeant chooses.')[0], 'present');
      assert.notEqual(notice('On June 17, 2024, Dwight wrote a letter to Sheriff Dunkel describing what happened and asking that Deputy Kallhoff be investigated.')[0], 'present');
      assert.equal(notice('On March 3, 2022, the public defender wrote to the Sheriff describing what happened to three detainees beaten in C-Pod that winter.')[0], 'present');
      assert.notEqual(notice('On July 15, 2024, his brother delivered a written complaint about the incident to the Sheriff\'s Office.')[0], 'present');
      assert.equal(notice('On May 2, 2022, the NAACP chapter delivered a written complaint about the beatings of three detainees in C-Pod to the Sheriff.')[0], 'present');
      // A written agreement with a Board is a document, not word reaching the Board.
      assert.notEqual(notice('The City began placing officers in the city schools in August 2017, under a written agreement between the City and the Board of Education.')[0], 'present');
    });

    it('reads a "but for" on supervision or discipline that names the act it would have prevented as causation; a bare one as a label', () => {
      assert.equal(readSentence('Had a sustained finding of improper Taser use carried a suspension, Deputy Hollins would not have delivered the fifth and sixth cycles.').causation, 'present');
      assert.equal(readSentence('Had Sergeant Ruiz been on scene, Officer Lee would have waited for the crisis team instead of breaking down the door.').causation, 'present');
      assert.equal(readSentence('Had the City properly supervised its officers, Plaintiff would not have been injured.').causation, 'conclusory');
      assert.equal(readSentence('Had the County adequately disciplined Officer Lee, he would not have beaten Plaintiff.').causation, 'conclusory');
    });

    it('reads an officer\'s own words that discipline brings nothing, said as he acts, as what ties the discipline to the act', () => {
      assert.equal(readSentence('Before the last two cycles, Deputy Hollins told Mr. Acosta\'s sister, who was filming, that a complaint would go nowhere.').causation, 'present');
      assert.equal(readSentence('Officer Lee said the worst he could get was a talking-to, and then he struck Mr. Vance again.').causation, 'present');
      // Without his words, the same act ties nothing to the discipline.
      assert.notEqual(readSentence('Officer Lee struck Mr. Vance again.').causation, 'present');
    });

    it('reads an officer\'s words that his superiors know how he works, or an act that repeats what earlier complaints described, as causation', () => {
      assert.equal(readSentence('Deputy Ambrose answered Mr. Healy on video, "Same as Riverside Park. I\'ve done it this way for three years and the Sheriff knows exactly how I do it."').causation, 'present');
      assert.equal(readSentence('Deputy Kuhlman used on Ms. Pruitt the same maneuver those complaints described, and on camera said he handles "every one of these the same way."').causation, 'present');
      assert.notEqual(readSentence('Plaintiff told the deputy that the Sheriff knows his family.').causation, 'present');
      assert.notEqual(readSentence('Deputy Kuhlman used a leg sweep on Ms. Pruitt.').causation, 'present');
    });

    it('reads an act done because the officer expected to answer to no one as causation, and a belief alone as none', () => {
      for (const sentence of [
        'Deputy Orr kept the cell door shut on Mr. Blaine because he expected that the Captain, who had read every grievance about him, would let it pass.',
        'Officer Tate fired the second cycle at Ms. Ruiz because he knew from two closed complaints that internal affairs would read his report and close the matter.',
        'He pinned Mr. Lund against the car because, after three complaints that came to nothing, he was confident he would answer to no one for it.',
      ]) assert.equal(bothPatternsAndModel(sentence, 'causation')[0], 'present', sentence);
      assert.notEqual(readSentence('The Town\'s lax discipline led Officer Tate to believe he could use force without consequence.').causation, 'present');
      assert.notEqual(readSentence('Officer Tate struck Ms. Ruiz because he believed she was reaching for a weapon.').causation, 'present');
    });

    it('reads an act that repeats what was reported to the municipality as causation', () => {
      for (const sentence of [
        'Officer Kline did to Mr. Oduya exactly what the two earlier complainants had reported to the City that he had done to them.',
        'Deputy Marsh testified that the kick he gave Plaintiff was the same practice that had been reported to the Sheriff in 2021.',
      ]) assert.equal(bothPatternsAndModel(sentence, 'causation')[0], 'present', sentence);
      assert.notEqual(readSentence('Officer Kline handcuffed Mr. Oduya the same way he always did.').causation, 'present');
      assert.notEqual(readSentence('In 2021 a complaint about Officer Kline was reported to the City.').causation, 'present');
    });

    it('reads an act done confident of impunity, or because of how the municipality handled the last complaint, as causation', () => {
      for (const sentence of [
        'He twisted Mr. Ochoa\'s arm confident that a fourth complaint about the same hold would cost him nothing.',
        'Deputy Varga\'s words show that he acted as he did because of how the County had handled the two earlier grievances against him.',
        'Officer Kline did to Mr. Oduya on May 2, 2023, what Ms. Park had reported him doing in 2021: he pinned him against the fence.',
        'Deputy Sorensen used on Ms. Tate the same wrist lock described in the Avila and Brooks complaints.',
      ]) assert.equal(bothPatternsAndModel(sentence, 'causation')[0], 'present', sentence);
      for (const sentence of ['He was sure nothing would happen to the file.', 'He knew nothing would happen to him.', 'Officer Lee was sure that the suspect was armed when he fired at Plaintiff.']) {
        assert.notEqual(bothPatternsAndModel(sentence, 'causation')[0], 'present', sentence);
      }
    });

    it('reads an officer who says nobody looked at his reports, and the dog sent for that reason, as causation; a notice that reached the City itself as notice', () => {
      assert.equal(bothPatternsAndModel('Officer Pike later told investigators that nobody upstairs had ever looked at his bite reports, which is why he sent the dog after Mr. Cole without a warning.', 'causation')[0], 'present');
      // Delivered to the municipality itself: notice with its strongest marks, which the model does not take back at a middling score.
      const monitor = "The consent-decree monitor's reports of March 2020 and May 2021 told the City that sergeants approved nearly all force reports without watching any video.";
      assert.deepEqual(bothPatternsAndModel(monitor, 'deliberateIndifference'), ['present', 'present']);
      assert.notEqual(readSentence('The officers told the City of Lakeview dispatcher that they were on scene.').deliberateIndifference, 'present');
    });

    it('knows a defendant officer the draft calls by surname alone', () => {
      const caption = ['UNITED STATES DISTRICT COURT', '', 'DANA REYES,', 'Plaintiff,', 'v.', 'CITY OF LAKEVIEW; OFFICER JAMES HALE, in his individual capacity,', 'Defendants.', '', 'COMPLAINT', '', 'FACTS', ''];
      const facts = [
        '1. The City trains its officers to fire at any fleeing person who reaches a fence, and its firearms course never covers when a fleeing person may not be shot.',
        '2. Hale fired at Plaintiff the way the firearms course had taught him, as Plaintiff climbed the fence.',
        '',
        'COUNT I - Failure to Train (Against the City of Lakeview)',
        '',
        '3. Plaintiff incorporates paragraphs 1 and 2.',
        '',
      ];
      // The patterns' own reading (the model, which has read many such drafts, may find it either way).
      useSentenceModel(undefined);
      clearReadingCache();
      try {
        const { claims } = analyze([...caption, ...facts].join('\n'));
        assert.equal(claims[0]!.elements.causation!.status, 'present');
        assert.match(claims[0]!.elements.causation!.evidence[0]!.text, /^Hale fired/);
        // Without the caption's officer, a bare surname is no officer.
        const unnamed = analyze([...caption.map((line) => line.replace('; OFFICER JAMES HALE, in his individual capacity', '')), ...facts].join('\n'));
        assert.notEqual(unnamed.claims[0]!.elements.causation!.status, 'present');
        // A caption the reader cannot split into parties: the parties section names him ("Defendant James R. Hale is ...").
        const uncaptioned = caption.map((line) => line.replace('; OFFICER JAMES HALE, in his individual capacity', ''));
        const named = analyze([...uncaptioned.slice(0, -1), '0. Defendant James R. Hale is a police officer employed by the City.', '', ...facts].join('\n'));
        assert.equal(named.claims[0]!.elements.causation!.status, 'present');
      } finally {
        useSentenceModel(SHIPPED_MODEL);
        clearReadingCache();
      }
    });

    it('does not take what an officer told the plaintiff about the Sheriff for word reaching the Sheriff', () => {
      const said = 'As he cinched the cuffs on Mr. Pell\'s wrists, Deputy Varga told him why he was not worried: the worst the Sheriff\'s Office could do to him was a "counseling" that would leave his file in ninety days.';
      // The patterns' own reading (the model would take it back too).
      assert.notEqual(bothPatternsAndModel(said, 'deliberateIndifference')[0], 'present');
      // It is what ties the lax discipline to his act.
      assert.equal(readSentence(said).causation, 'present');
      assert.equal(readSentence('On March 3, 2022, the public defender told the Sheriff in writing that Deputy Kerr had beaten two handcuffed detainees that winter.').deliberateIndifference, 'present');
    });

    it('reads this incident\'s own counts, the story\'s "next day", the plaintiff\'s own record and a program\'s founding as no notice', () => {
      const notice = (sentence: string) => readSentence(sentence).deliberateIndifference;
      // Counted blows and sequence words order this incident's acts; they are not earlier events.
      assert.notEqual(notice('Deputy Orr struck Mr. Vance across both knees with his baton at least five times.'), 'present');
      assert.notEqual(notice('Before the last two cycles, Officer Pike told Ms. Lund\'s brother that a complaint would go nowhere.'), 'present');
      // A sentence that opens in the story's time narrates the aftermath.
      assert.notEqual(notice('Two days later the Department answered by letter that complaints are not accepted from third parties.'), 'present');
      assert.notEqual(notice('My employment record with the transit authority shows no discipline in the last twelve years.'), 'present');
      // An office founded to take complaints, and a rule for every case, name events that never happened.
      assert.equal(notice('In 2016 the County created an Office of Professional Standards to receive and investigate complaints about deputies.'), undefined);
      assert.notEqual(notice('Under General Order 4.2, every use of a Taser is reviewed by a lieutenant within 72 hours.'), 'present');
      assert.notEqual(notice('The Department uses software that sends an alert when an officer accumulates three force complaints within a year.'), 'present');
      // Founded in response to events, or earlier events counted: still notice.
      assert.equal(notice('In 2016 the County created an Office of Professional Standards after 14 complaints of deputies beating inmates in 2015 reached the Sheriff.'), 'present');
      assert.equal(notice('Deputy Orr had struck two other handcuffed men with his baton in 2021, and each filed a complaint that reached the Sheriff.'), 'present');
    });
  });

  describe('the labelled corpus (development splits)', () => {
    for (const draft of [...composeCorpus('dev'), ...composeCorpus('dev2')]) {
      it(`${draft.name} (${draft.format})`, () => {
        const { claims } = analyze(draft.text);
        if (draft.theory === 'none') return assert.deepEqual(claims, []);
        assert.equal(claims[0]?.theory, draft.theory);
        assert.deepEqual(statuses(claims[0]), draft.expected);
      });
    }
  });

  it('every code it can raise is listed, and each element has a rule with a pin cite and a CourtListener link', () => {
    assert.equal(new Set(MONELL_CODES).size, MONELL_CODES.length);
    for (const key of ELEMENT_KEYS) {
      assert.match(ELEMENTS[key].rule, /\d+ U\.S\. \d+, \d+/);
      assert.match(ELEMENTS[key].authority.url, /^https:\/\/www\.courtlistener\.com\/c\/U\.S\.\/\d+\/\d+\/$/);
    }
    const seen = new Set([...analyze(sample).findings].map((f) => f.code));
    for (const code of seen) assert.ok((MONELL_CODES as readonly string[]).includes(code), code);
  });

  it('writes skeletons with snippet placeholders, and a report that lists each element', () => {
    assert.match(allegationSkeleton('failure-to-train', 'deficiency', 'the City of Riverbend'), /^The City of Riverbend provided no training on \$\{1:/);
    const { claims, findings } = analyze(sample);
    const report = monellReportMarkdown('complaint.md', claims, findings);
    assert.match(report, /### Causation \(moving force\): ⚠ conclusory/);
    assert.match(report, /- line 47: The City did not train its patrol officers/);
  });

  it('analyzeText reports the Monell findings and claims, and never throws on junk', () => {
    const analysis = analyzeText(sample);
    assert.equal(analysis.claims.length, 1);
    for (const junk of ['COUNT I (Against the City)\n\n1. .', '### Failure to train\n' + '('.repeat(10000), '\u2028\u2029'.repeat(100)]) analyze(junk);
  });
});
