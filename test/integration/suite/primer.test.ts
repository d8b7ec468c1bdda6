import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../workspace';
import { diagnosticsFor } from '../events';

const CANTON_URL = 'https://www.courtlistener.com/c/U.S./489/378/';

interface IndexedEntry {
  slug: string;
  term: string;
  elements: string[];
  cases: { name: string; citation: string; url?: string }[];
}

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return found;
}

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens the samples copy as the workspace folder');
  return folder.uri;
}

/** The bundled entry as the build indexed it, so the test checks the hover against the real content. */
async function bundledEntry(slug: string): Promise<IndexedEntry | undefined> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension().extensionUri, 'dist', 'primer-index.json'));
  const index = JSON.parse(new TextDecoder().decode(bytes)) as { entries: IndexedEntry[] };
  return index.entries.find((entry) => entry.slug === slug);
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n---\n');
}

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hoverText(hovers ?? []);
}

/** Polls `probe` until it returns a value, failing after the deadline. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function positionOf(document: vscode.TextDocument, phrase: string): vscode.Position {
  const offset = document.getText().toLowerCase().indexOf(phrase.toLowerCase());
  assert.ok(offset >= 0, `"${phrase}" is in ${document.uri.path}`);
  return document.positionAt(offset + 2);
}

describe('The primer in a real VS Code', () => {
  before(async () => {
    await extension().activate();
  });

  it('shows a hover for "failure to train" in the sample complaint with its elements and City of Canton v. Harris', async function () {
    const entry = await bundledEntry('failure-to-train');
    if (!entry) this.skip();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder(), 'complaint.md'));
    const position = positionOf(document, 'failure to train its employees');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const primerHover = hovers?.find((hover) => hoverText([hover]).includes('What you must prove'));
    assert.ok(primerHover?.range, 'the primer hover has a range');
    assert.equal(document.getText(primerHover.range), 'failure to train', 'the hover covers the whole term');
    const text = hoverText(hovers ?? []);
    assert.match(text, /\*\*Failure to Train\*\*/);
    assert.match(text, /What you must prove/);
    assert.ok(entry.elements.length > 0);
    entry.elements.forEach((element, index) => {
      const lead = /^\*\*([^*]+?)\*\*/.exec(element)?.[1];
      if (lead) assert.ok(text.includes(`${index + 1}. **${lead.trim()}**`), `element ${index + 1} "${lead}" in:\n${text}`);
    });
    assert.ok(text.includes(CANTON_URL), `a link to City of Canton v. Harris in:\n${text}`);
    assert.match(text, /Canton v\\?\. Harris/);
    assert.match(text, /command:civilRights\.openPrimerEntry\?/, 'related entries open through the extension command');
    assert.ok(!/<[a-z]+[\s>]/i.test(text), 'no HTML');
  });

  it('matches inflected forms across a line break: "failed to\\nadequately train"', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The City failed to\nadequately train its officers.\n' });
    const text = await hoverAt(document, new vscode.Position(1, 3));
    assert.match(text, /\*\*Failure to Train\*\*/);
  });

  it('shows no primer hover on ordinary words or when hovers are turned off', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The officers trained at the academy.\nfailure to train\n' });
    assert.doesNotMatch(await hoverAt(document, new vscode.Position(0, 15)), /What you must prove/);
    const config = vscode.workspace.getConfiguration('civilRights');
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.doesNotMatch(await hoverAt(document, new vscode.Position(1, 3)), /Failure to Train/);
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.match(await hoverAt(document, new vscode.Position(1, 3)), /Failure to Train/);
  });

  it('goes to the read-only entry from a term, and the open command shows it', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'A claim of deliberate indifference.\n' });
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, new vscode.Position(0, 15));
    const target = links?.map((link) => ('targetUri' in link ? link.targetUri : link.uri)).find((uri) => uri.scheme === 'civil-rights-primer');
    assert.ok(target, `a primer location among ${JSON.stringify(links)}`);
    assert.equal(target.path, '/deliberate-indifference.md');
    const entry = await vscode.workspace.openTextDocument(target);
    assert.match(entry.getText(), /^# Deliberate Indifference/);
    assert.match(entry.getText(), /## What You Must Prove/);
    assert.doesNotMatch(entry.getText(), /\]\(\/primer\//, '/primer/ links are rewritten to primer documents');

    await vscode.commands.executeCommand('civilRights.openPrimerEntry', 'failure-to-train');
    await eventually('the failure-to-train entry to be opened', () =>
      vscode.workspace.textDocuments.some((opened) => opened.uri.scheme === 'civil-rights-primer' && opened.uri.path === '/failure-to-train.md'));
  });

  describe('a user primer folder (civilRights.primer.paths)', () => {
    const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('civilRights', workspaceFolder());
    const folder = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), `firm-primer-${process.pid}`);

    /** A minimal valid entry whose term is `term`. */
    const entryText = (term: string, element: string): string => [
      '---', `title: "${term}"`, `term: "${term}"`, 'description: "A firm-only note used by the integration test."',
      'category: "procedure"', 'related: ["failure-to-train"]', 'tags: ["firm"]', '---', '', '## What It Is', 'A test entry.', '',
      '## What You Must Prove', `1. **${element}** Text.`, '', '## Key Cases', '- None.', '', '## Practical Tips', '- None.', '', '## Key Takeaway', 'None.', '',
    ].join('\n');

    before(async () => {
      await vscode.workspace.fs.createDirectory(folder());
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), 'quill-seed-rule.md'), new TextEncoder().encode(entryText('Quill Seed Rule', 'Seed.')));
      await config().update('primer.paths', [folder().path.slice(folder().path.lastIndexOf('/') + 1)], vscode.ConfigurationTarget.Workspace);
      // The folder is read and watched once the setting is seen: wait for the entry already in it.
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'the quill seed rule\n' });
      await eventually('the user primer folder to be read', async () => /Quill Seed Rule/.test(await hoverAt(document, new vscode.Position(0, 6))));
    });

    after(async () => {
      await config().update('primer.paths', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
    });

    it('shows a new entry on hover once its file is created, and no longer once it is deleted', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Plaintiff pleads the Zephyr holding-cell rule here.\n' });
      const position = new vscode.Position(0, 25);
      assert.doesNotMatch(await hoverAt(document, position), /Zephyr Holding-Cell Rule/);

      const file = vscode.Uri.joinPath(folder(), 'zephyr-holding-cell-rule.md');
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(entryText('Zephyr Holding-Cell Rule', 'Firm element one.')));
      const shown = await eventually('the user entry on hover', async () => {
        const text = await hoverAt(document, position);
        return /Zephyr Holding-Cell Rule/.test(text) ? text : undefined;
      }).catch((error: Error) => {
        const problems = vscode.languages.getDiagnostics(file).map((diagnostic) => diagnostic.message);
        throw new Error(`${error.message}; diagnostics on the file: ${JSON.stringify(problems)}`);
      });
      assert.match(shown, /1\. \*\*Firm element one\.\*\*/);
      assert.match(shown, /\[Failure to Train\]\(command:civilRights\.openPrimerEntry/);

      await vscode.workspace.fs.delete(file, { useTrash: false });
      await eventually('the user entry to leave the hover', async () => !/Zephyr Holding-Cell Rule/.test(await hoverAt(document, position)));
    });

    it('forgets the entries of a deleted folder and reads the folder again once it is back', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'the quill seed rule\n' });
      const position = new vscode.Position(0, 6);
      assert.match(await hoverAt(document, position), /Quill Seed Rule/);
      await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
      await eventually('the deleted folder\'s entry to leave the hover', async () => !/Quill Seed Rule/.test(await hoverAt(document, position)));
      await vscode.workspace.fs.createDirectory(folder());
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), 'quill-seed-rule.md'), new TextEncoder().encode(entryText('Quill Seed Rule', 'Seed.')));
      await eventually('the re-created folder\'s entry on hover', async () => /Quill Seed Rule/.test(await hoverAt(document, position)));
    });

    it('reports a malformed entry on its file and keeps the rest of the primer working', async () => {
      const broken = vscode.Uri.joinPath(folder(), 'broken-entry.md');
      await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('---\ntitle: "Broken"\nterm: [unclosed\n---\n\n## What It Is\nx\n'));
      const diagnostics = await diagnosticsFor(broken, (found) => found.length > 0);
      assert.match(diagnostics[0]!.message, /not valid YAML.*skipped/);
      assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);

      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'a failure to train claim\n' });
      assert.match(await hoverAt(document, new vscode.Position(0, 5)), /Failure to Train/);

      await vscode.workspace.fs.delete(broken, { useTrash: false });
      await diagnosticsFor(broken, (found) => found.length === 0);
    });
  });
});
