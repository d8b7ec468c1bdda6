import * as vscode from 'vscode';
import { EXTENSION_ID } from '../workspace';
import { hostLog } from '../hostLog';

/**
 * extensionTestsPath for `npm run screenshot`: sets the scene (the sample complaint, its problems, the primer hover
 * over "failure to train"), tells the harness it is ready, and holds the window until the harness has taken the
 * picture (it creates SCREENSHOT_TAKEN in the workspace).
 */
const READY = '[civil-rights-screenshot] ready';
const SCREENSHOT_TAKEN = '.screenshot-taken';

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the harness opens the samples copy as the workspace folder');
  const taken = fileCreated(new vscode.RelativePattern(folder, SCREENSHOT_TAKEN));
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();

  const uri = vscode.Uri.joinPath(folder.uri, 'complaint.md');
  const document = await vscode.workspace.openTextDocument(uri);
  await diagnosticsShown(uri);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });

  const at = document.getText().search(/failure to train/i);
  if (at >= 0) {
    const start = document.positionAt(at);
    editor.selection = new vscode.Selection(start, start);
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenter);
    // Hovers come from the primer feature; without it the picture shows the editor and the Problems panel.
    await vscode.commands.executeCommand('editor.action.showHover');
  }
  hostLog(READY);
  await taken;
}

function diagnosticsShown(uri: vscode.Uri): Promise<void> {
  if (vscode.languages.getDiagnostics(uri).length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, 20_000);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && vscode.languages.getDiagnostics(uri).length > 0) done();
    });
    function done(): void {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
  });
}

function fileCreated(pattern: vscode.RelativePattern): Promise<void> {
  const watcher = vscode.workspace.createFileSystemWatcher(pattern, false, true, true);
  return new Promise((resolve) => {
    watcher.onDidCreate(() => {
      watcher.dispose();
      resolve();
    });
  });
}
