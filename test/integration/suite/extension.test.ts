import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFile } from '../workspace';
import { hostLog } from '../mocha';

interface Manifest {
  contributes?: {
    commands?: { command: string }[];
    menus?: Record<string, { command?: string }[]>;
    keybindings?: { command: string }[];
  };
}

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return found;
}

describe('Foundation: the extension in a real VS Code', () => {
  before(async () => {
    // On a fresh profile the first request can race activation: activate explicitly first.
    await extension().activate();
    hostLog(`    VS Code ${vscode.version}, extension ${(extension().packageJSON as { version: string }).version}`);
  });

  it('activates', () => {
    assert.equal(extension().isActive, true);
  });

  it('opens samples/complaint.md as a Markdown draft', async () => {
    const uri = workspaceFile('complaint.md');
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');
    assert.equal(document.getText(), onDisk);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
  });

  for (const extensionName of ['.complaint', '.pleading']) {
    it(`gives ${extensionName} files the pleading language`, async () => {
      const uri = workspaceFile(`draft-${Date.now()}${extensionName}`);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('COUNT I\nFailure to train (42 U.S.C. § 1983)\n'));
      try {
        const document = await vscode.workspace.openTextDocument(uri);
        assert.equal(document.languageId, 'pleading');
      } finally {
        await vscode.workspace.fs.delete(uri);
      }
    });
  }

  it('does not claim other plain files', async () => {
    const document = await vscode.workspace.openTextDocument({ content: 'notes', language: 'plaintext' });
    assert.equal(document.languageId, 'plaintext');
  });

  it('has a handler for every command contributed in package.json', async () => {
    const contributes = (extension().packageJSON as Manifest).contributes ?? {};
    const contributed = (contributes.commands ?? []).map((entry) => entry.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], `contributed commands without a handler: ${missing.join(', ')}`);

    // Menus and keybindings may only name commands the extension contributes or VS Code provides.
    const referenced = [
      ...Object.values(contributes.menus ?? {}).flatMap((items) => items.map((item) => item.command)),
      ...(contributes.keybindings ?? []).map((binding) => binding.command),
    ].filter((command): command is string => typeof command === 'string');
    const unknown = referenced.filter((command) => !registered.has(command));
    assert.deepEqual(unknown, [], `menus or keybindings name unknown commands: ${unknown.join(', ')}`);
  });
});
