import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyzeText, SourceText, type Claim, type Finding } from '../../src/core';
import { allegationSkeleton, analyzeMonell, ELEMENTS, MONELL_CODES, monellReportMarkdown, readSentence } from '../../src/core/monell';
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

  describe('claims and reach', () => {
    const deficiency = 'The City gives its officers no training on restraining a person who is having a seizure.';

    it('a deficiency pleaded in the facts supports a count that incorporates it, and not one that does not', () => {
      const incorporated = analyze(complaint([deficiency], ['The City was deliberately indifferent.']));
      assert.equal(incorporated.claims[0]!.elements.deficiency!.status, 'present');
      const notIncorporated = analyze(complaint([deficiency], ['The City was deliberately indifferent.'], { incorporate: false }));
      assert.equal(notIncorporated.claims[0]!.elements.deficiency!.status, 'missing');
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

  describe('the labelled corpus (development split)', () => {
    for (const draft of composeCorpus('dev')) {
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
