import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The extension's id: `publisher.name` from package.json. */
export const EXTENSION_ID = 'civil-rights-drafting.civil-rights-drafting';

/** A file in the test workspace, which the harness makes as a fresh copy of `samples/`. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens the samples copy as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}
