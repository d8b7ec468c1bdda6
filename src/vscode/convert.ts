import * as vscode from 'vscode';
import type { Evidence, Finding, Position, Range, Severity } from '../core';
import type { PrimerProblem } from '../core/primer';
import type { FoldingRegion, OutlineKind, OutlineNode } from '../core/outline';
import type { TextEdit } from '../core/renumber';

/** The one place where core data becomes VS Code data. */

export const DIAGNOSTIC_SOURCE = 'Civil Rights Drafting';

export function toVsPosition(position: Position): vscode.Position {
  return new vscode.Position(position.line, position.character);
}

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(toVsPosition(range.start), toVsPosition(range.end));
}

export function fromVsPosition(position: vscode.Position): Position {
  return { line: position.line, character: position.character };
}

export function fromVsRange(range: vscode.Range): Range {
  return { start: fromVsPosition(range.start), end: fromVsPosition(range.end) };
}

export function toVsSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
  }
}

/** A diagnostic whose `code` links to the primer entry, with the evidence as related information. */
export function toDiagnostic(finding: Finding, uri: vscode.Uri, codeTarget?: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVsRange(finding.range), finding.message, toVsSeverity(finding.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = codeTarget ? { value: finding.code, target: codeTarget } : finding.code;
  if (finding.evidence.length > 0) {
    diagnostic.relatedInformation = finding.evidence.map((evidence: Evidence) =>
      new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toVsRange(evidence.range)), evidence.text));
  }
  return diagnostic;
}

/** A problem in a user primer file, shown on that file (on its whole line when the line is known). */
export function toPrimerDiagnostic(problem: PrimerProblem): vscode.Diagnostic {
  const line = problem.line ?? 0;
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
    problem.severity === 'error' ? `${problem.message}. This entry is skipped.` : problem.message,
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = 'primer-entry';
  return diagnostic;
}

const SYMBOL_KINDS: Readonly<Record<OutlineKind, vscode.SymbolKind>> = {
  caption: vscode.SymbolKind.Module,
  court: vscode.SymbolKind.Property,
  parties: vscode.SymbolKind.Property,
  'case-number': vscode.SymbolKind.Key,
  heading: vscode.SymbolKind.Namespace,
  count: vscode.SymbolKind.Class,
  paragraph: vscode.SymbolKind.Field,
};

/** An outline node as a document symbol (the outline view, breadcrumbs and Go to Symbol). */
export function toDocumentSymbol(node: OutlineNode): vscode.DocumentSymbol {
  const range = toVsRange(node.range);
  const selection = toVsRange(node.selectionRange);
  // VS Code requires the selection range to lie inside the range.
  const symbol = new vscode.DocumentSymbol(node.name || ' ', node.detail, SYMBOL_KINDS[node.kind], range, range.contains(selection) ? selection : range);
  symbol.children = node.children.map(toDocumentSymbol);
  return symbol;
}

export function toFoldingRange(region: FoldingRegion): vscode.FoldingRange {
  return new vscode.FoldingRange(region.startLine, region.endLine, region.kind === 'caption' ? vscode.FoldingRangeKind.Region : undefined);
}

export function toVsTextEdit(edit: TextEdit): vscode.TextEdit {
  return vscode.TextEdit.replace(toVsRange(edit.range), edit.newText);
}
