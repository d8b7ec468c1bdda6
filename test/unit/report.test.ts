import { strict as assert } from 'node:assert';
import type { Finding } from '../../src/core';
import { reaches, toSarifReport, toTextReport, type FileReport } from '../../src/core/report';

const finding: Finding = {
  code: 'failure-to-train/no-causation',
  severity: 'warning',
  message: 'No facts link the training gap\nto the injury.',
  range: { start: { line: 4, character: 2 }, end: { line: 4, character: 30 } },
  evidence: [],
  authority: { caseName: 'Board of County Commissioners of Bryan County v. Brown', citation: '520 U.S. 397, 404 (1997)', url: 'https://www.courtlistener.com/c/U.S./520/397/' },
};

const report: FileReport = { path: 'draft.md', findings: [finding], claims: [], citations: [], terms: [] };

describe('report formats', () => {
  it('prints text findings as one-based path:line:col severity code message on one line', () => {
    assert.equal(
      toTextReport([report]),
      'draft.md:5:3 warning failure-to-train/no-causation No facts link the training gap to the injury.\n',
    );
    assert.equal(toTextReport([{ ...report, findings: [] }]), '');
  });

  it('orders severities so --fail-on warning catches errors and warnings only', () => {
    assert.equal(reaches({ ...finding, severity: 'error' }, 'warning'), true);
    assert.equal(reaches(finding, 'warning'), true);
    assert.equal(reaches({ ...finding, severity: 'information' }, 'warning'), false);
    assert.equal(reaches({ ...finding, severity: 'hint' }, 'hint'), true);
  });

  it('writes SARIF results with one-based regions, rule ids and the rule authority as help', () => {
    const sarif = JSON.parse(toSarifReport([report], { toolVersion: '1.2.3', informationUri: 'https://example.org', toArtifactUri: (path) => `file:///work/${path}` }));
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.version, '1.2.3');
    assert.deepEqual(run.tool.driver.rules.map((rule: { id: string }) => rule.id), ['failure-to-train/no-causation']);
    assert.equal(run.tool.driver.rules[0].helpUri, finding.authority!.url);
    const result = run.results[0];
    assert.equal(result.level, 'warning');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'file:///work/draft.md');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 5, startColumn: 3, endLine: 5, endColumn: 31 });
  });
});
