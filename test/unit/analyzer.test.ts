import { strict as assert } from 'node:assert';
import { analyzeText, citationsInText, EMPTY_ANALYSIS, SourceText } from '../../src/core';
import { parseStructure } from '../../src/core/structure';

describe('analyzeText on hostile input', () => {
  it('returns an empty analysis for empty text and for binary data', () => {
    assert.deepEqual(analyzeText(''), EMPTY_ANALYSIS);
    assert.deepEqual(analyzeText('%PDF-1.7\u0000\u0001\u0002garbage'), EMPTY_ANALYSIS);
  });

  it('reports a failing stage through onInternalError and still returns the other results', () => {
    const failures: string[] = [];
    const analysis = analyzeText('The City failed to train its officers.\n', {
      terms: {
        findTerms: (_source: SourceText) => {
          throw new Error('boom');
        },
      },
      onInternalError: (stage) => failures.push(stage),
    });
    assert.deepEqual(failures, ['terms']);
    assert.deepEqual(analysis.terms, []);
    assert.ok(Array.isArray(analysis.findings));
  });

  it('gives the same findings for CRLF and LF versions of a draft', () => {
    const draft = [
      '# COUNT II - Failure to Train (Against the City)',
      '',
      '16. The City failed to properly train its officers and was deliberately indifferent to the rights of citizens.',
      '17. As a result, Plaintiff was injured.',
      '',
    ].join('\n');
    const lf = analyzeText(draft);
    const crlf = analyzeText(draft.replace(/\n/g, '\r\n'));
    assert.ok(lf.findings.length > 0, 'the conclusory count is flagged');
    assert.deepEqual(crlf.findings.map((f) => [f.code, f.range]), lf.findings.map((f) => [f.code, f.range]));
    assert.deepEqual(crlf.citations.map((c) => [c.text, c.range]), lf.citations.map((c) => [c.text, c.range]));
  });

  it('gives a draft\'s citations alone, the same the full analysis gives, and the full analysis reuses them', () => {
    const draft = 'COUNT I - Failure to Train (Against the City)\n\n1. The City failed to train its officers. City of Canton v. Harris, 489 U.S. 378, 390 (1989). Id. at 391.\n';
    const alone = citationsInText(draft);
    assert.deepEqual(alone, analyzeText(draft).citations);
    assert.deepEqual(alone.map((c) => c.kind), ['full-case', 'id']);
    // Given to the full analysis, they are used as they are.
    assert.equal(analyzeText(draft, { citations: alone }).citations, alone);
    assert.deepEqual(citationsInText(''), []);
    assert.deepEqual(citationsInText('%PDF\u0000'), []);
  });

  it('reuses a given parse of the same text, and ignores a parse of other text', () => {
    const draft = '# COUNT II - Failure to Train (Against the City)\n\n16. The City failed to properly train its officers.\n17. As a result, Plaintiff was injured.\n';
    const fresh = analyzeText(draft);
    const source = new SourceText(draft);
    assert.deepEqual(analyzeText(draft, { parsed: { source, structure: parseStructure(source) } }), fresh);
    const other = new SourceText('1. Nothing to see here.\n');
    assert.deepEqual(analyzeText(draft, { parsed: { source: other, structure: parseStructure(other) } }), fresh);
    assert.ok(fresh.findings.length > 0);
  });

  it('survives random binary-looking junk without NUL bytes and a 5 MB draft', function () {
    // Robustness, not speed (that is in `npm run bench`): allow for a loaded machine.
    this.timeout(120_000);
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const junk = Array.from({ length: 200_000 }, () => String.fromCharCode(1 + Math.floor(random() * 0xd7ff))).join('');
    assert.doesNotThrow(() => analyzeText(junk));
    const big = 'The City failed to train its officers. 489 U.S. 378, 390 (1989). Id. at 391. § 1983 v. v. v.\n'.repeat(55_000);
    assert.ok(big.length > 5_000_000);
    const analysis = analyzeText(big);
    assert.ok(Array.isArray(analysis.findings));
  });
});
