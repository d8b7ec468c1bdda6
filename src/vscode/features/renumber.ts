import * as vscode from 'vscode';
import { planRenumbering, type UnresolvedReference } from '../../core/renumber';
import { isDraft } from '../analysisService';
import { toVsTextEdit } from '../convert';
import type { FeatureContext } from '../featureContext';

export const RENUMBER_COMMAND = 'civilRights.renumberParagraphs';

/** What the command did, returned to callers such as tests and other commands. */
export interface RenumberSummary {
  readonly paragraphs: number;
  readonly paragraphsChanged: number;
  readonly referencesChanged: number;
  readonly unresolved: number;
}

function describe(unresolved: readonly UnresolvedReference[]): string {
  const shown = unresolved.slice(0, 4).map((u) =>
    `¶ ${u.number} on line ${u.range.start.line + 1} (${u.reason === 'missing' ? 'no such paragraph' : 'two paragraphs had that number'})`);
  const more = unresolved.length > shown.length ? ` and ${unresolved.length - shown.length} more` : '';
  return `Check ${unresolved.length === 1 ? 'this reference' : 'these references'}: ${shown.join('; ')}${more}.`;
}

/**
 * "Renumber Paragraphs": numbers the draft's paragraphs 1, 2, 3 … in order and rewrites its `¶`
 * and "paragraphs N through M" references to match, as one edit that a single undo reverts.
 */
export function registerRenumber(context: FeatureContext): vscode.Disposable {
  return vscode.commands.registerCommand(RENUMBER_COMMAND, async (uri?: vscode.Uri): Promise<RenumberSummary | undefined> => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !isDraft(document)) {
      void vscode.window.showInformationMessage('Open a complaint (a pleading, Markdown or plain-text file) to renumber its paragraphs.');
      return undefined;
    }
    const parsed = context.structure.parse(document);
    if (!parsed) {
      void vscode.window.showWarningMessage('This draft is larger than civilRights.analysis.maxFileSizeMB, so its paragraphs were not renumbered.');
      return undefined;
    }
    const plan = planRenumbering(parsed.source, parsed.structure);
    const summary: RenumberSummary = {
      paragraphs: plan.paragraphCount,
      paragraphsChanged: plan.paragraphsChanged,
      referencesChanged: plan.referencesChanged,
      unresolved: plan.unresolved.length,
    };
    if (plan.paragraphCount === 0) {
      void vscode.window.showInformationMessage('No numbered paragraphs ("1. …" or "¶ 1 …") were found in this draft.');
      return summary;
    }
    if (plan.edits.length > 0) {
      // Planned and applied without an await in between, so the edit matches the text it was planned on.
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, plan.edits.map(toVsTextEdit));
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showWarningMessage('The paragraphs could not be renumbered because the draft changed. Try again.');
        return undefined;
      }
    }
    const done = plan.edits.length === 0
      ? `Paragraphs 1–${plan.paragraphCount} are already in order.`
      : `Renumbered ${plan.paragraphsChanged} of ${plan.paragraphCount} paragraphs and updated ${plan.referencesChanged} ${plan.referencesChanged === 1 ? 'reference' : 'references'}.`;
    if (plan.unresolved.length > 0) void vscode.window.showWarningMessage(`${done} ${describe(plan.unresolved)}`);
    else void vscode.window.showInformationMessage(done);
    context.log.info(`${done} (${document.uri.toString(true)})`);
    return summary;
  });
}
