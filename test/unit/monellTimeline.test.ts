import { strict as assert } from 'node:assert';
import { analyzeMonell } from '../../src/core/monell';
import { datedOnlyAfter, datesIn, incidentDay } from '../../src/core/monell/timeline';
import { SourceText } from '../../src/core/text/sourceText';

/** A short complaint whose incident (March 3, 2024) is dated in the introduction and again in the facts. */
function draft(noticeSentence: string): string {
  return [
    'UNITED STATES DISTRICT COURT', '', 'ANA PEREZ,', 'Plaintiff,', 'v.', 'CITY OF LAKEVIEW,', 'Defendant.', '', 'COMPLAINT', '',
    '1. On March 3, 2024, Officer Lee of the City of Lakeview broke Plaintiff\'s wrist during a traffic stop.', '',
    'FACTS', '',
    '2. On March 3, 2024, at about nine at night, Officer Lee stopped Plaintiff for a broken tail light.', '',
    '3. Officer Lee pulled Plaintiff from the car and twisted her arm until her wrist broke.', '',
    `4. ${noticeSentence}`, '',
    'COUNT I - Failure to Train (Against the City of Lakeview)', '',
    '5. Plaintiff incorporates paragraphs 1 through 4.', '',
    '6. The City was deliberately indifferent to the need to train its officers.', '',
  ].join('\n');
}

const notice = (noticeSentence: string) => analyzeMonell(new SourceText(draft(noticeSentence))).claims[0]!.elements.deliberateIndifference!.status;

describe('Monell timeline: notice comes before the injury', () => {
  it('reads the dates a complaint writes, each as the span it may mean', () => {
    const [full, slashed, iso, month, year] = datesIn('On March 3, 2024; on 3/3/24; on 2024-03-03; in March 2024; in 2024.');
    assert.equal(full!.from, full!.to);
    assert.equal(slashed!.from, full!.from);
    assert.equal(iso!.from, full!.from);
    assert.ok(month!.from < full!.from && month!.to > full!.from);
    assert.ok(year!.from < month!.from && year!.to > month!.to);
  });

  it('takes the incident day from the date repeated in sentences about the plaintiff', () => {
    const day = incidentDay(['On March 3, 2024, Plaintiff was stopped.', 'On April 9, 2024, Plaintiff wrote to the Chief.', 'On March 3, 2024, at nine, Officer Lee pulled Plaintiff from the car.']);
    assert.equal(day, datesIn('March 3, 2024')[0]!.from);
    assert.equal(incidentDay(['Plaintiff was stopped one night.']), undefined);
  });

  it('prefers the date the draft repeats, even in sentences that do not name the plaintiff, to a later date written once about the plaintiff', () => {
    const aboutPlaintiff = ['On July 30, 2024, Plaintiff wrote to the Sheriff.'];
    const others = [...aboutPlaintiff, 'On February 3, 2024, Deputy Holm fired twice.', 'The shooting of February 3, 2024 was recorded.', 'Deputy Holm wrote his report on February 3, 2024.'];
    assert.equal(incidentDay(aboutPlaintiff, others), datesIn('February 3, 2024')[0]!.from);
    // A date written once, about nobody in particular, is no incident.
    assert.equal(incidentDay([], ['The Department was founded on May 1, 1951.']), undefined);
  });

  it('counts a sentence as aftermath only if every date falls on or after the incident and nothing looks back', () => {
    const day = datesIn('March 3, 2024')[0]!.from;
    assert.ok(datedOnlyAfter('On April 9, 2024, Plaintiff wrote to the Chief of Police.', day));
    assert.ok(!datedOnlyAfter('In a letter of April 9, 2024, the Chief admitted that two earlier complaints had gone unanswered.', day));
    assert.ok(!datedOnlyAfter('On May 5, 2022, the ACLU wrote to the Chief about nine similar stops.', day));
    assert.ok(!datedOnlyAfter('Plaintiff wrote to the Chief of Police.', day));
  });

  it('does not read the plaintiff\'s own later letter, or the answer to it, as notice', () => {
    assert.notEqual(notice('On April 9, 2024, Plaintiff sent a written complaint about the stop to the Chief of Police and the Mayor.'), 'present');
    assert.notEqual(notice('On May 1, 2024, the Deputy Chief wrote to Plaintiff that her complaint had been logged and assigned an investigator.'), 'present');
  });

  it('still reads dated warnings that came before the incident as notice', () => {
    assert.equal(notice('On May 5, 2022, the ACLU sent the Chief of Police a letter listing nine stops in 2021 in which officers broke a driver\'s bones, with dates and names.'), 'present');
  });
});
