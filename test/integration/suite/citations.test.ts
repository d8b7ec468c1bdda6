import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFile } from '../workspace';
import { startFakeCourtListener, type FakeCourtListener } from '../../fixtures/citations/fakeCourtListener';

const VERIFY_COLLECTION_SOURCE = 'Civil Rights Drafting';

function offsetOf(document: vscode.TextDocument, needle: string): vscode.Position {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, `"${needle}" is in ${document.uri.path}`);
  return document.positionAt(index);
}

async function linksAt(document: vscode.TextDocument, needle: string): Promise<vscode.DocumentLink[]> {
  const links = (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri)) ?? [];
  const position = offsetOf(document, needle).translate(0, 1);
  return links.filter((link) => link.range.contains(position));
}

/** Resolves with the diagnostics of `uri` once `predicate` holds for them (checked at once and on every change). */
function diagnosticsWhen(uri: vscode.Uri, predicate: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      subscription.dispose();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    check();
  });
}

describe('Citations in a real VS Code', () => {
  let sample: vscode.TextDocument;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    sample = await vscode.workspace.openTextDocument(workspaceFile('complaint.md'));
    await vscode.window.showTextDocument(sample);
  });

  it('links 489 U.S. 378 in the sample complaint to CourtListener', async () => {
    const [link] = await linksAt(sample, '489 U.S. 378');
    assert.ok(link?.target, 'a link on 489 U.S. 378');
    assert.equal(link.target.toString(true), 'https://www.courtlistener.com/c/us/489/378/');
  });

  it('links *Id.* at 390 to the same case', async () => {
    const [canton] = await linksAt(sample, '489 U.S. 378');
    const [id] = await linksAt(sample, 'Id.* at 390');
    assert.ok(id?.target, 'a link on Id. at 390');
    assert.equal(id.target.toString(true), canton!.target!.toString(true));
  });

  it('links 42 U.S.C. § 1983 and Fed. R. Civ. P. 38 to their official text', async () => {
    const [statute] = await linksAt(sample, '42 U.S.C. § 1983');
    assert.equal(statute?.target?.toString(true), 'https://www.law.cornell.edu/uscode/text/42/1983');
    const [rule] = await linksAt(sample, 'Fed. R. Civ. P. 38');
    assert.equal(rule?.target?.toString(true), 'https://www.law.cornell.edu/rules/frcp/rule_38');
  });

  it('shows the case name, court and year and a CourtListener link on hover', async () => {
    const position = offsetOf(sample, '489 U.S. 378').translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', sample.uri, position);
    const text = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
      .join('\n');
    assert.match(text, /City of Canton v\\?\. Harris/);
    assert.match(text, /1989/);
    assert.match(text, /\[Open on CourtListener\]\(https:\/\/www\.courtlistener\.com\/c\/us\/489\/378\/\)/);
  });

  it('lists the citations grouped by authority', async () => {
    const groups = await vscode.commands.executeCommand<{ kind: string; title: string; citations: number[] }[]>('civilRights.listCitations', sample.uri);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const canton = groups.find((group) => group.title.startsWith('City of Canton v. Harris'));
    assert.ok(canton, JSON.stringify(groups.map((g) => g.title)));
    assert.equal(canton.citations.length, 2, 'the full citation and Id. at 390');
    const section1983 = groups.find((group) => group.title === '42 U.S.C. § 1983');
    assert.ok(section1983 && section1983.citations.length >= 3);
  });

  describe('Verify citations against a local CourtListener-compatible server', () => {
    let server: FakeCourtListener;
    let draft: vscode.Uri;

    before(async () => {
      server = await startFakeCourtListener({ token: 'integration-token' });
      await vscode.workspace.getConfiguration('civilRights').update('citations.verifyEndpoint', server.endpoint, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('civilRights.setCourtListenerToken', 'integration-token');
      draft = workspaceFile(`verify-${Date.now()}.md`);
      const text = [
        '17. A municipality is liable for a failure to train. *City of Canton v. Harris*, 489 U.S. 378, 388 (1989).',
        '18. An invented case: *Varghese v. China Southern Airlines Co.*, 925 F.3d 1339 (11th Cir. 2019). *Id.* at 1345.',
      ].join('\n\n');
      await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode(text));
    });

    after(async () => {
      await vscode.commands.executeCommand('civilRights.clearCourtListenerToken');
      await vscode.workspace.getConfiguration('civilRights').update('citations.verifyEndpoint', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(draft);
      await server.close();
    });

    it('marks a fabricated citation as not found in the Problems panel, and not the real one', async () => {
      const document = await vscode.workspace.openTextDocument(draft);
      await vscode.window.showTextDocument(document);
      const summary = await vscode.commands.executeCommand<{ found: number; notFound: number }>('civilRights.verifyCitations', draft);
      assert.deepEqual({ found: summary.found, notFound: summary.notFound }, { found: 1, notFound: 1 });
      const diagnostics = await diagnosticsWhen(draft, (all) => all.some((d) => d.code === 'citation/not-found'));
      const notFound = diagnostics.filter((d) => d.code === 'citation/not-found');
      assert.equal(notFound.length, 1);
      assert.equal(document.getText(notFound[0]!.range), '925 F.3d 1339');
      assert.equal(notFound[0]!.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(notFound[0]!.source, VERIFY_COLLECTION_SOURCE);
      assert.equal(server.requests.length, 1);
      assert.equal(server.requests[0]!.text, '489 U.S. 378\n925 F.3d 1339', 'only the citations were sent');
      assert.equal(server.requests[0]!.authorization, 'Token integration-token', 'the token came from secret storage');
    });
  });
});
