import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runCliAsync } from '../../src/cli/main';
import { startFakeCourtListener, type FakeCourtListener } from '../fixtures/citations/fakeCourtListener';

const dir = mkdtempSync(join(tmpdir(), 'crd-cite-'));
const DRAFT = join(dir, 'draft.md');
writeFileSync(
  DRAFT,
  [
    '1. This action arises under 42 U.S.C. §§ 1983 and 1988.',
    '2. *City of Canton v. Harris*, 489 U.S. 378, 388 (1989). *Id.* at 390.',
    '3. *Varghese v. China Southern Airlines Co.*, 925 F.3d 1339 (11th Cir. 2019). Canton, supra, at 391.',
    '4. Canton, 489 U.S. at 392. Fed. R. Civ. P. 12(b)(6).',
  ].join('\n\n'),
);

interface JsonCitation {
  kind: string;
  normalized?: string;
  antecedent?: number;
  url?: string;
}

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}

describe('civil-rights-check: citations', () => {
  it('fills the citations array with every kind, resolved and linked', () => {
    const { out, io } = capture();
    runCli(['--format', 'json', DRAFT], io);
    const citations = (JSON.parse(out.stdout) as { files: { citations: JsonCitation[] }[] }).files[0]!.citations;
    assert.deepEqual(citations.map((c) => c.kind), ['statute', 'statute', 'full-case', 'id', 'full-case', 'supra', 'short-case', 'rule']);
    for (const c of citations.filter((c) => ['id', 'supra', 'short-case'].includes(c.kind))) {
      assert.equal(citations[c.antecedent!]!.normalized, '489 U.S. 378');
      assert.equal(c.url, 'https://www.courtlistener.com/c/us/489/378/');
    }
  });

  it('refuses --verify without a token, before any network call', () => {
    const { out, io } = capture();
    assert.equal(runCli(['--verify', DRAFT], io), 2);
    assert.match(out.stderr, /COURTLISTENER_TOKEN/);
  });

  describe('--verify against a CourtListener-compatible server', () => {
    let server: FakeCourtListener;
    before(async () => {
      server = await startFakeCourtListener({ token: 'cli-token' });
    });
    after(() => server.close());

    it('reports the fabricated citation as not found and fails the run', async () => {
      const { out, io } = capture();
      const env = { COURTLISTENER_TOKEN: 'cli-token', COURTLISTENER_ENDPOINT: server.endpoint, CIVIL_RIGHTS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'crd-cache-')) };
      const status = await runCliAsync(['--format', 'json', '--fail-on', 'warning', DRAFT], io, env);
      const baseline = JSON.parse(out.stdout) as { files: { findings: { code: string }[] }[] };
      assert.equal(baseline.files[0]!.findings.some((f) => f.code === 'citation/not-found'), false, 'no lookup without --verify');
      assert.equal(server.requests.length, 0);

      const verified = capture();
      const verifiedStatus = await runCliAsync(['--format', 'json', '--verify', DRAFT], verified.io, env);
      const findings = (JSON.parse(verified.out.stdout) as { files: { findings: { code: string; evidence: { text: string }[] }[] }[] }).files[0]!.findings;
      const notFound = findings.filter((f) => f.code === 'citation/not-found');
      assert.deepEqual(notFound.map((f) => f.evidence[0]!.text), ['925 F.3d 1339']);
      assert.equal(verifiedStatus, 1);
      assert.equal(server.requests.length, 1);
      assert.equal(server.requests[0]!.text, '489 U.S. 378\n925 F.3d 1339');
      assert.ok(status === 0 || status === 1);
    });
  });
});
