import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFile } from '../workspace';

const SOURCE = 'Civil Rights Drafting';

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return typeof code === 'string' ? code : undefined;
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Resolves with our diagnostics for `uri` once `accept` holds, waiting on onDidChangeDiagnostics (never a sleep). */
function diagnosticsWhen(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = ours(uri);
    if (accept(current)) return resolve(current);
    const timeout = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}; diagnostics: ${ours(uri).map(codeOf).join(', ')}`));
    }, 20_000);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = ours(uri);
      if (accept(diagnostics)) {
        clearTimeout(timeout);
        subscription.dispose();
        resolve(diagnostics);
      }
    });
  });
}

const has = (code: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => codeOf(d) === code);

let copies = 0;

/**
 * An untitled Markdown copy of the sample complaint, so the tests never change the sample on disk. Each
 * copy has its own name: a closed copy's late close event must not be mistaken for the next copy's.
 */
async function openSampleCopy(): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('complaint.md')));
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(`untitled:/monell-copy-${Date.now()}-${++copies}.md`));
  const editor = await vscode.window.showTextDocument(document);
  assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), sample)));
  assert.equal(document.languageId, 'markdown');
  return { document, editor };
}

describe('Monell analysis in a real VS Code', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  afterEach(async () => {
    // Close the untitled copies (and any exported report) without a save prompt.
    for (let i = 0; i < 5 && vscode.window.activeTextEditor; i++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('shows the Monell diagnostics on the sample complaint, on the count heading, with the evidence', async () => {
    const { document } = await openSampleCopy();
    const diagnostics = await diagnosticsWhen(document.uri, has('failure-to-train/no-causation'), 'the Monell diagnostics');
    const codes = diagnostics.map(codeOf);
    assert.ok(codes.includes('failure-to-train/no-deliberate-indifference'), codes.join(', '));
    assert.ok(codes.includes('monell/punitive-damages-against-municipality'), codes.join(', '));
    // Paragraph 12 pleads a specific deficiency: no diagnostic for it.
    assert.ok(!codes.includes('failure-to-train/no-specific-deficiency'), codes.join(', '));
    const causation = diagnostics.find((d) => codeOf(d) === 'failure-to-train/no-causation')!;
    assert.match(document.lineAt(causation.range.start.line).text, /COUNT II/);
    assert.equal(causation.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(causation.message, /520 U\.S\. 397, 404/);
    const related = (causation.relatedInformation ?? []).map((info) => document.getText(info.location.range));
    assert.ok(related.some((text) => /moving force/.test(text)), related.join(' | '));
  });

  it('reads a long draft in slices and shows its diagnostics for the version last edited', async () => {
    const { document } = await openSampleCopy();
    // Some 2,500 distinct background paragraphs before the counts (over 200 KB), so that no sentence is cached and
    // the draft is read over many slices.
    const background = Array.from({ length: 2500 }, (_, i) => `${i + 100}. Shift log entry ${i} records that unit ${i * 7 + 3} logged call ${i * 13 + 5} at post ${i % 97}.`).join('\n\n');
    const counts = document.getText().indexOf('### COUNT I');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(counts), `${background}\n\n`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    // Edited again at once, while the first version may still be being read: what is shown is the last version's.
    const paragraph12 = document.getText().indexOf('12. The City did not train');
    const again = new vscode.WorkspaceEdit();
    again.replace(document.uri, new vscode.Range(document.positionAt(paragraph12), document.positionAt(document.getText().indexOf('\n', paragraph12))), '12. The City did not adequately train its officers.');
    assert.ok(await vscode.workspace.applyEdit(again));
    const diagnostics = await diagnosticsWhen(document.uri, has('failure-to-train/no-specific-deficiency'), 'the diagnostics of the edited long draft');
    assert.ok(diagnostics.some((d) => codeOf(d) === 'failure-to-train/no-causation'));
    assert.ok(document.getText().length > 200_000, String(document.getText().length));
  });

  it('quick fix inserts a deficiency skeleton after the last paragraph of the count', async () => {
    const { document } = await openSampleCopy();
    // Make paragraph 12 conclusory so the deficiency is flagged.
    const paragraph12 = document.getText().indexOf('12. The City did not train');
    const end = document.getText().indexOf('\n', paragraph12);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(paragraph12), document.positionAt(end)), '12. The City did not adequately train its officers.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostics = await diagnosticsWhen(document.uri, has('failure-to-train/no-specific-deficiency'), 'the deficiency diagnostic');
    const deficiency = diagnostics.find((d) => codeOf(d) === 'failure-to-train/no-specific-deficiency')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, deficiency.range, vscode.CodeActionKind.QuickFix.value);
    const insert = actions.find((action) => action.title.startsWith('Insert an allegation of specific deficiency'));
    assert.ok(insert?.edit, actions.map((a) => a.title).join(' | '));
    assert.equal(insert.isPreferred, true);
    assert.ok(actions.some((a) => a.command?.command === 'civilRights.openPrimerEntry' && a.command.arguments?.[0] === 'failure-to-train'));
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    const text = document.getText();
    const inserted = text.indexOf('21. The City of Riverbend provided no training on');
    assert.ok(inserted > text.indexOf('20. As a direct and proximate result'), text.slice(text.indexOf('20.'), text.indexOf('20.') + 400));
    assert.ok(inserted < text.indexOf('## PRAYER FOR RELIEF'));
  });

  it('a suppression comment removes the diagnostic, and the quick fix writes it', async () => {
    const { document } = await openSampleCopy();
    const diagnostics = await diagnosticsWhen(document.uri, has('failure-to-train/no-causation'), 'the causation diagnostic');
    const causation = diagnostics.find((d) => codeOf(d) === 'failure-to-train/no-causation')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, causation.range, vscode.CodeActionKind.QuickFix.value);
    const suppress = actions.find((action) => action.title === 'Ignore failure-to-train/no-causation on this line');
    assert.ok(suppress?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(suppress.edit));
    assert.match(document.getText(), /<!-- civil-rights-disable-next-line failure-to-train\/no-causation -->\n### COUNT II/);
    const after = await diagnosticsWhen(document.uri, (d) => !has('failure-to-train/no-causation')(d) && d.length > 0, 'the causation diagnostic to go away');
    assert.ok(has('failure-to-train/no-deliberate-indifference')(after), 'other problems stay');
  });

  it('the Monell Elements view lists the claim, each element and its evidence, and exports a report', async () => {
    const { document } = await openSampleCopy();
    await diagnosticsWhen(document.uri, has('failure-to-train/no-causation'), 'the Monell diagnostics');
    const model = await vscode.commands.executeCommand<{ claims: Array<{ label: string; pleaded: string; elements: Array<{ key: string; status: string; evidence: string[] }> }> }>('civilRights.checkMonellElements');
    assert.equal(model.claims.length, 1);
    const [claim] = model.claims;
    assert.match(claim!.label, /COUNT II — Failure to Train/);
    assert.equal(claim!.pleaded, '1 of 3');
    const byKey = Object.fromEntries(claim!.elements.map((e) => [e.key, e]));
    assert.equal(byKey.deficiency?.status, 'present');
    assert.ok(byKey.deficiency?.evidence.some((text) => text.includes('mental-health crisis')));
    assert.equal(byKey.deliberateIndifference?.status, 'conclusory');
    assert.equal(byKey.causation?.status, 'conclusory');

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
    assert.ok(lenses.some((lens) => lens.command?.title === 'Monell elements: 1 of 3'), lenses.map((l) => l.command?.title).join(' | '));

    await vscode.window.showTextDocument(document);
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('civilRights.exportMonellReport');
    assert.equal(report.languageId, 'markdown');
    const text = report.getText();
    assert.match(text, /### Specific deficiency: ✓ facts pleaded/);
    assert.match(text, /### Deliberate indifference: ⚠ conclusory/);
    assert.match(text, /Connick v\. Thompson\*, 563 U\.S\. 51 \(2011\)\]\(https:\/\/www\.courtlistener\.com\/c\/U\.S\.\/563\/51\/\)/);
    assert.doesNotMatch(text, /\b(?:is|are) sufficient\b|\bstates a claim\b|\bwill survive\b/);
  });

  it('checks every draft in the workspace into the Problems panel', async () => {
    const uri = workspaceFile(`workspace-check-${Date.now()}.md`);
    const draft = [
      '# COUNT III — Failure to Supervise (Against the County)',
      '',
      '30. The County failed to adequately supervise its deputies.',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(draft));
    try {
      const result = await vscode.commands.executeCommand<{ files: number; problems: number }>('civilRights.checkWorkspace');
      assert.ok(result.files >= 1);
      const codes = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE).map(codeOf);
      assert.ok(codes.includes('failure-to-supervise/no-specific-deficiency'), codes.join(', '));
      assert.ok(codes.includes('failure-to-supervise/no-causation'), codes.join(', '));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
