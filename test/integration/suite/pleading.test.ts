import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFile } from '../workspace';

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children ?? [])]);
}

async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
  return flatten(symbols ?? []);
}

/** Resolves once `document`'s text satisfies `accept`: checked at once, then on each change event (never a sleep). */
function textWhen(document: vscode.TextDocument, accept: (text: string) => boolean, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (accept(document.getText())) return resolve(document.getText());
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}; text now:\n${document.getText().slice(0, 400)}`));
    }, 20_000);
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || !accept(document.getText())) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(document.getText());
    });
  });
}

async function untitledPleading(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'pleading', content });
  return vscode.window.showTextDocument(document);
}

async function discard(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('The pleading language in a real VS Code', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  it('opens samples/complaint.pleading as a pleading and outlines its caption, sections and counts by name', async () => {
    const uri = workspaceFile('complaint.pleading');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'pleading');
    const symbols = await symbolsOf(uri);
    const names = symbols.map((s) => s.name);
    for (const section of ['Caption', 'JURISDICTION AND VENUE', 'FACTUAL ALLEGATIONS', 'CLAIMS FOR RELIEF', 'PRAYER FOR RELIEF', 'JURY DEMAND']) {
      assert.ok(names.includes(section), `${section} missing from ${names.join(' | ')}`);
    }
    const count1 = symbols.find((s) => s.name === 'COUNT I — Excessive Force in Violation of the Fourth Amendment (42 U.S.C. § 1983)');
    const count2 = symbols.find((s) => s.name === 'COUNT II — Failure to Train (Monell) (42 U.S.C. § 1983)');
    assert.ok(count1 && count2, `counts missing from ${names.join(' | ')}`);
    assert.equal(count1.detail, 'against Officer Kroll · ¶¶ 14–15');
    assert.equal(count2.detail, 'against the City of Riverbend · ¶¶ 16–20');
    assert.equal(document.lineAt(count2.selectionRange.start.line).text.slice(0, 8), 'COUNT II');
    assert.deepEqual(count2.children.map((c) => c.name), ['¶ 16', '¶ 17', '¶ 18', '¶ 19', '¶ 20']);
  });

  it('outlines the counts of the Markdown sample too', async () => {
    const names = (await symbolsOf(workspaceFile('complaint.md'))).map((s) => s.name);
    assert.ok(names.some((n) => n.startsWith('COUNT II — Failure to Train')), names.join(' | '));
    assert.ok(names.includes('¶ 17'), names.join(' | '));
  });

  it('folds a pleading by caption, section and count', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('complaint.pleading'));
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const lineOf = (text: string): number => document.positionAt(document.getText().indexOf(text)).line;
    const count2 = ranges.find((r) => r.start === lineOf('COUNT II'));
    assert.ok(count2, `no folding range at COUNT II in ${JSON.stringify(ranges)}`);
    assert.equal(count2.end, lineOf('20. As a direct'));
    assert.ok(ranges.some((r) => r.start === 0 && r.end === lineOf('Case No.')), 'caption folds');
  });

  it('inserts the failure-to-train snippet with its three elements, and the outline reads it as a count', async () => {
    const editor = await untitledPleading('CLAIMS FOR RELIEF\n\n');
    try {
      editor.selection = new vscode.Selection(2, 0, 2, 0);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'pleading', name: 'Failure-to-train count (Monell)' });
      const text = await textWhen(editor.document, (t) => t.includes('Failure to Train'), 'the snippet');
      assert.match(text, /^COUNT II — Failure to Train \(42 U\.S\.C\. § 1983\) \(Against the City\)$/m);
      for (const element of ['The training deficiency.', 'Deliberate indifference.', 'Causation.']) assert.ok(text.includes(element), element);
      assert.match(text, /Connick v\. Thompson, 563 U\.S\. 51, 61–62 \(2011\)/);
      // The first placeholder (the count's number) is selected, ready to type over.
      assert.equal(editor.document.getText(editor.selection), 'II');
      const count = (await symbolsOf(editor.document.uri)).find((s) => s.name.startsWith('COUNT II'));
      assert.ok(count, 'the inserted count is in the outline');
      assert.equal(count.detail.split(' · ')[0], 'against the City');
    } finally {
      await discard();
    }
  });

  it('offers the snippets by prefix in completion', async () => {
    const editor = await untitledPleading('count-fail');
    try {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 10));
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      assert.ok(labels.includes('count-failure-to-train'), labels.slice(0, 30).join(', '));
    } finally {
      await discard();
    }
  });

  it('renumbers paragraphs and fixes the cross-references to them in one undoable edit', async () => {
    const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('complaint.pleading')));
    const draft = sample.replace('7. On March 3, 2025', '7. Plaintiff had no criminal record.\n\n7. On March 3, 2025');
    const editor = await untitledPleading(draft);
    try {
      const summary = await vscode.commands.executeCommand<{ paragraphsChanged: number; referencesChanged: number }>('civilRights.renumberParagraphs', editor.document.uri);
      assert.deepEqual(summary && [summary.paragraphsChanged, summary.referencesChanged], [14, 2]);
      const text = await textWhen(editor.document, (t) => t.includes('21. As a direct'), 'the renumbering');
      assert.match(text, /^15\. Plaintiff incorporates paragraphs 1 through 14 as if fully set forth here\.$/m);
      assert.match(text, /^17\. Plaintiff incorporates paragraphs 1 through 16 as if fully set forth here\.$/m);
      assert.match(text, /^8\. On March 3, 2025/m);
      await vscode.commands.executeCommand('undo');
      await textWhen(editor.document, (t) => t === draft, 'one undo to restore the draft');
    } finally {
      await discard();
    }
  });
});
