import * as vscode from 'vscode';
import { looksBinary } from '../../core';
import type { FeatureContext } from '../featureContext';
import { toDiagnostics } from './diagnostics';

export const CHECK_WORKSPACE = 'civilRights.checkWorkspace';
const DRAFT_GLOB = '**/*.{md,markdown,txt,pleading,complaint}';
const EXCLUDE_GLOB = '**/{node_modules,.git,dist,out,.vscode-test}/**';

export interface WorkspaceCheckResult {
  readonly files: number;
  readonly filesWithProblems: number;
  readonly problems: number;
  readonly cancelled: boolean;
}

/**
 * "Check All Drafts in the Workspace": reads every draft (bounded by a setting, cancellable, with
 * progress) and puts its problems in the Problems panel. Drafts open in an editor are left to the
 * live diagnostics; when a checked file is opened, the live diagnostics take over from this snapshot.
 */
export function registerMonellWorkspaceCheck(context: FeatureContext): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('civilRights.workspace');
  const decoder = new TextDecoder('utf-8');

  const check = async (): Promise<WorkspaceCheckResult | undefined> => {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('Open a folder to check every draft in it.');
      return undefined;
    }
    const settings = context.settings();
    const limit = settings.workspaceCheckMaxFiles;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Checking drafts', cancellable: true },
      async (progress, token) => {
        const uris = await vscode.workspace.findFiles(DRAFT_GLOB, EXCLUDE_GLOB, limit + 1, token);
        if (uris.length > limit) {
          context.log.warn(`Checked only the first ${limit} drafts; raise civilRights.workspaceCheck.maxFiles to check more.`);
          uris.length = limit;
        }
        collection.clear();
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        const maxBytes = settings.maxFileSizeMB * 1024 * 1024;
        let files = 0;
        let filesWithProblems = 0;
        let problems = 0;
        for (const uri of uris) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
          files++;
          if (open.has(uri.toString())) continue;
          try {
            const stat = await vscode.workspace.fs.stat(uri);
            if (stat.size > maxBytes) continue;
            const text = decoder.decode(await vscode.workspace.fs.readFile(uri));
            if (looksBinary(text)) continue;
            const diagnostics = toDiagnostics(context.analysis.analyzeFileText(text, uri).findings, uri, context);
            if (diagnostics.length > 0) {
              collection.set(uri, diagnostics);
              filesWithProblems++;
              problems += diagnostics.length;
            }
          } catch (error) {
            context.log.error(`Could not read ${uri.toString(true)}`, error);
          }
          // Yield so a long run never blocks the extension host.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        const cancelled = token.isCancellationRequested;
        const summary = `${cancelled ? 'Stopped after' : 'Checked'} ${files} draft${files === 1 ? '' : 's'}: ${problems} problem${problems === 1 ? '' : 's'} in ${filesWithProblems} file${filesWithProblems === 1 ? '' : 's'} not open in an editor.`;
        context.log.info(summary);
        if (problems > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
        void vscode.window.showInformationMessage(summary);
        return { files, filesWithProblems, problems, cancelled };
      },
    );
  };

  return vscode.Disposable.from(
    collection,
    vscode.commands.registerCommand(CHECK_WORKSPACE, check),
    // An opened draft gets live diagnostics; drop the snapshot so its problems are not listed twice.
    vscode.workspace.onDidOpenTextDocument((document) => collection.delete(document.uri)),
    vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => collection.delete(uri))),
  );
}
