import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../workspace';
import { hostLog } from '../hostLog';

/**
 * extensionTestsPath for the `activation.*` benchmark (bench/activation.bench.ts). The activation time itself is read
 * by the bench from VS Code's extension-host log (VS Code may activate the extension before this module runs); this
 * module makes sure activation happened, then times opening the sample complaint until its diagnostics appear.
 */
export const BENCH_PREFIX = '[civil-rights-bench]';

export async function run(): Promise<void> {
  try {
    await measure();
  } catch (error) {
    hostLog(`activation probe: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

async function measure(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  await extension.activate();

  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the harness opens the samples copy as the workspace folder');
  const uri = vscode.Uri.joinPath(folder.uri, 'complaint.md');
  const opened = performance.now();
  const shown = new Promise<void>((resolve) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && vscode.languages.getDiagnostics(uri).length > 0) {
        subscription.dispose();
        resolve();
      }
    });
  });
  await vscode.workspace.openTextDocument(uri);
  await shown;
  const toDiagnostics = performance.now() - opened;
  hostLog(`${BENCH_PREFIX} ${JSON.stringify({ toDiagnostics })}`);
}
