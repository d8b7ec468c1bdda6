import { strict as assert } from 'node:assert';
import { SourceText } from '../../src/core';
import { phraseVariants, TermMatcher, type TermPhrase } from '../../src/core/primer';

const PHRASES: TermPhrase[] = [
  { slug: 'failure-to-train', term: 'Failure to Train', phrases: ['Failure to Train', 'inadequate training'] },
  { slug: 'failure-to-supervise', term: 'Failure to Supervise', phrases: ['Failure to Supervise'] },
  { slug: 'deliberate-indifference', term: 'Deliberate Indifference', phrases: ['Deliberate Indifference'] },
  { slug: 'monell-liability', term: 'Monell Liability', phrases: ['Monell Liability', 'Monell claim'] },
  { slug: 'municipal-liability', term: 'Municipal Liability', phrases: ['Municipal Liability'] },
  { slug: 'custom', term: 'Custom', phrases: ['Custom'] },
  { slug: 'official-policy', term: 'Official Policy', phrases: ['Official Policy'] },
  { slug: 'section-1983', term: '§ 1983', phrases: ['§ 1983', 'section 1983'] },
  { slug: 'rule-26f-conference', term: 'Rule 26(f) Conference', phrases: ['Rule 26(f) Conference'] },
  { slug: 'pearson-v-callahan', term: 'Pearson v. Callahan', phrases: ['Pearson v. Callahan'] },
  { slug: 'requests-for-admission', term: 'Requests for Admission', phrases: ['Requests for Admission'] },
];

const matcher = new TermMatcher([PHRASES]);

/** The [slug, matched text] pairs found in a text. */
function found(text: string, finder = matcher): [string, string][] {
  return finder.scan(text).map((match) => [match.slug, text.slice(match.start, match.end)]);
}

describe('primer term matcher', () => {
  it('matches terms case-insensitively', () => {
    assert.deepEqual(found('The FAILURE TO TRAIN count; failure to train.'), [
      ['failure-to-train', 'FAILURE TO TRAIN'],
      ['failure-to-train', 'failure to train'],
    ]);
  });

  it('matches the inflections drafts use for failure-to-act terms', () => {
    const drafts = [
      'failed to train',
      'failing to adequately train',
      'fails to properly train',
      'failed adequately to train',
      'the failures to train',
      'fail to sufficiently train',
    ];
    for (const draft of drafts) assert.deepEqual(found(`The City ${draft} its officers.`).map(([slug]) => slug), ['failure-to-train'], draft);
    assert.deepEqual(found('The City failed to adequately supervise Officer Doe.'), [['failure-to-supervise', 'failed to adequately supervise']]);
  });

  it('matches plural and singular forms of the last word and the adjective form of "-ence" terms', () => {
    assert.deepEqual(found('its official policies and customs'), [
      ['official-policy', 'official policies'],
      ['custom', 'customs'],
    ]);
    assert.deepEqual(found('a request for admission'), []);
    assert.deepEqual(found('the Requests for Admissions'), [['requests-for-admission', 'Requests for Admissions']]);
    assert.deepEqual(found('was deliberately indifferent to'), [['deliberate-indifference', 'deliberately indifferent']]);
  });

  it('spans line breaks, CRLF and hyphenation, but not a blank line', () => {
    assert.deepEqual(found('a failure-to-train claim').map(([slug]) => slug), ['failure-to-train']);
    assert.deepEqual(found('a failure\nto train claim').map(([slug]) => slug), ['failure-to-train']);
    assert.deepEqual(found('a failure\r\nto   train claim').map(([slug]) => slug), ['failure-to-train']);
    assert.deepEqual(found('a Failure-To-Train Claim').map(([slug]) => slug), ['failure-to-train']);
    assert.deepEqual(found('its failure\n\nto train'), []);
    assert.deepEqual(found('failure, to train'), []);
  });

  it('prefers the longest match', () => {
    const overlapping = new TermMatcher([[
      { slug: 'liability', term: 'Liability', phrases: ['Liability'] },
      { slug: 'monell-liability', term: 'Monell Liability', phrases: ['Monell Liability'] },
      { slug: 'monell-liability-claim', term: 'Monell Liability Claim', phrases: ['Monell Liability Claim'] },
    ]]);
    assert.deepEqual(found('a Monell liability claim and Monell liability and liability', overlapping), [
      ['monell-liability-claim', 'Monell liability claim'],
      ['monell-liability', 'Monell liability'],
      ['liability', 'liability'],
    ]);
  });

  it('never matches inside a longer word', () => {
    assert.deepEqual(found('customary customer accustomed'), []);
    assert.deepEqual(found('unofficial policy'), []);
    assert.deepEqual(found('§ 19830 and section 1983a'), []);
  });

  it('handles possessives, section signs, brackets and case names', () => {
    assert.deepEqual(found("the City's custom"), [['custom', 'custom']]);
    assert.deepEqual(found('claims under §1983 and § 1983 and Section 1983'), [
      ['section-1983', '§1983'],
      ['section-1983', '§ 1983'],
      ['section-1983', 'Section 1983'],
    ]);
    assert.deepEqual(found('at the Rule 26(f) conference'), [['rule-26f-conference', 'Rule 26(f) conference']]);
    assert.deepEqual(found('see Pearson v. Callahan, 555 U.S. 223'), [['pearson-v-callahan', 'Pearson v. Callahan']]);
    assert.deepEqual(found('the Monell claim’s weakness'), [['monell-liability', 'Monell claim']]);
  });

  it('reports ranges as zero-based UTF-16 positions, CRLF-safe', () => {
    const source = new SourceText('Line one.\r\nThe City failed\r\nto train — ☃ — its custom.\r\n');
    assert.deepEqual(matcher.findTerms(source), [
      { slug: 'failure-to-train', term: 'Failure to Train', range: { start: { line: 1, character: 9 }, end: { line: 2, character: 8 } } },
      { slug: 'custom', term: 'Custom', range: { start: { line: 2, character: 19 }, end: { line: 2, character: 25 } } },
    ]);
  });

  it('finds the term at an offset without reading the whole text', () => {
    const padding = 'x '.repeat(500_000);
    const text = `${padding}The City failed to properly train its officers.${padding}`;
    const offset = padding.length + 'The City failed to pro'.length;
    const match = matcher.termAt(text, offset);
    assert.equal(match?.slug, 'failure-to-train');
    assert.equal(text.slice(match!.start, match!.end), 'failed to properly train');
    assert.equal(matcher.termAt(text, padding.length + 2), undefined, 'on "City"');
    assert.equal(matcher.termAt(text, match!.end)?.slug, 'failure-to-train', 'at the end of the term');
    assert.equal(matcher.termAt('', 0), undefined);
    assert.equal(matcher.termAt('custom', 99), undefined);
  });

  it('gives a phrase claimed twice to the later layer', () => {
    const layered = new TermMatcher([
      [{ slug: 'custom', term: 'Custom', phrases: ['Custom'] }],
      [{ slug: 'firm-custom', term: 'Custom', phrases: ['Custom'] }],
    ]);
    assert.deepEqual(found('a custom', layered), [['firm-custom', 'custom']]);
  });

  it('generates failure-to-act variants by rule, not per entry', () => {
    const variants = phraseVariants(['failure', 'to', 'intervene']).map((tokens) => tokens.join(' '));
    for (const expected of ['failed to intervene', 'failing to reasonably intervene', 'fails properly to intervene']) assert.ok(variants.includes(expected), expected);
    assert.deepEqual(phraseVariants(['probable', 'cause']).map((tokens) => tokens.join(' ')), ['probable cause', 'probable causes']);
  });

  it('is linear: a 2 MB draft of near-misses is scanned quickly', () => {
    const text = 'failure to failure to failing to adequately fail Monell '.repeat(40_000);
    const start = Date.now();
    assert.deepEqual(matcher.scan(text), []);
    assert.ok(Date.now() - start < 5_000);
  });
});
