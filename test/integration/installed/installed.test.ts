import * as assert from 'node:assert/strict';
import { resolve, sep } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../workspace';
import { diagnosticsFor } from '../events';
import { hostLog } from '../mocha';

/** dist/test/installed/ → the repository. The installed extension must NOT be loaded from here. */
const REPO_ROOT = resolve(__dirname, '..', '..', '..');

describe('the extension installed from the .vsix', () => {
  let extension: vscode.Extension<unknown>;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is not installed`);
    extension = found;
    await extension.activate();
    hostLog(`    VS Code ${vscode.version}; extension loaded from ${extension.extensionPath}`);
  });

  it('is loaded from the extensions folder, not from the working tree', () => {
    const { version } = extension.packageJSON as { version: string };
    assert.notEqual(extension.extensionPath, REPO_ROOT);
    assert.ok(!extension.extensionPath.startsWith(REPO_ROOT + sep), extension.extensionPath);
    assert.ok(extension.extensionPath.endsWith(`${EXTENSION_ID}-${version}`), extension.extensionPath);
  });

  it('activates and registers every contributed command', async () => {
    assert.equal(extension.isActive, true);
    const contributed = ((extension.packageJSON as { contributes?: { commands?: { command: string }[] } }).contributes?.commands ?? []).map(
      (entry) => entry.command,
    );
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((command) => !registered.has(command)), []);
  });

  it('gives .complaint files the pleading language', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const uri = vscode.Uri.joinPath(folder.uri, 'installed-check.complaint');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('COUNT I\n'));
    assert.equal((await vscode.workspace.openTextDocument(uri)).languageId, 'pleading');
  });

  it('flags the failure-to-train count of samples/complaint.md', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the harness opens the samples copy as the workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'complaint.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await diagnosticsFor(uri, (all) =>
      all.some((d) => d.source === 'Civil Rights Drafting' && String(typeof d.code === 'object' ? d.code.value : d.code).startsWith('failure-to-train/')),
    );
    hostLog(`    ${diagnostics.length} diagnostic(s) on complaint.md`);
  });
});
