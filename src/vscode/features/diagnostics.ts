import * as vscode from 'vscode';
import { effectiveSeverity } from '../config';
import { toDiagnostic } from '../convert';
import { isDraft } from '../analysisService';
import type { Finding } from '../../core';
import type { FeatureContext } from '../featureContext';

/** Findings as diagnostics, after the user's severity overrides (a finding turned `off` is left out). */
export function toDiagnostics(findings: readonly Finding[], uri: vscode.Uri, context: FeatureContext): vscode.Diagnostic[] {
  const settings = context.settings();
  const diagnostics: vscode.Diagnostic[] = [];
  for (const finding of findings) {
    const severity = effectiveSeverity(finding.code, finding.severity, settings);
    if (severity !== 'off') diagnostics.push(toDiagnostic({ ...finding, severity }, uri, context.primerEntryUri(finding.primerSlug)));
  }
  return diagnostics;
}

/**
 * Publishes findings as diagnostics: at once when a draft opens or is saved, debounced per document
 * while typing, cleared when it closes. A draft is read ahead in short slices (`AnalysisService.prepare`);
 * a result is published only if the document is still at the version that was read, and cancelling the
 * pending timer on every change keeps a stale result from being shown.
 */
export function registerDiagnostics(context: FeatureContext): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('civilRights');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const cancel = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    const timer = timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(key);
  };

  // An untitled URI is reused by the next untitled file, sometimes before the old one's close event
  // arrives: clearing the old document's diagnostics must not clear the new one's.
  const clear = (document: vscode.TextDocument): void => {
    const reopened = vscode.workspace.textDocuments.some((open) => open !== document && !open.isClosed && open.uri.toString() === document.uri.toString());
    if (!reopened) collection.delete(document.uri);
  };

  const publish = async (document: vscode.TextDocument): Promise<void> => {
    cancel(document);
    if (document.isClosed || !isDraft(document) || !context.settings().diagnosticsEnabled) {
      clear(document);
      return;
    }
    const version = document.version;
    await context.analysis.prepare(document);
    // Changed or closed while it was being read: the change's own publish (or the close) comes next.
    if (document.isClosed || document.version !== version || !context.settings().diagnosticsEnabled) return;
    collection.set(document.uri, toDiagnostics(context.analysis.analyze(document).findings, document.uri, context));
  };

  const schedule = (document: vscode.TextDocument): void => {
    cancel(document);
    timers.set(document.uri.toString(), setTimeout(() => void publish(document), context.settings().debounceMs));
  };

  const publishAll = (): void => vscode.workspace.textDocuments.forEach((document) => void publish(document));

  const disposables = [
    collection,
    vscode.workspace.onDidOpenTextDocument((document) => void publish(document)),
    vscode.workspace.onDidSaveTextDocument((document) => void publish(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      cancel(document);
      clear(document);
    }),
    context.analysis.onDidInvalidate(publishAll),
    context.onDidChangeSettings(publishAll),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  ];
  // Drafts already open are checked just after activation, so activating stays quick.
  const initial = setTimeout(publishAll, 0);
  disposables.push({ dispose: () => clearTimeout(initial) });
  return vscode.Disposable.from(...disposables);
}
