import * as vscode from 'vscode';
import type { Evidence, Finding, Position, Range, Severity } from '../core';

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
