import * as vscode from 'vscode';
import { allegationSkeleton, ELEMENTS, ELEMENT_KEYS, MONELL_CODES, type ElementKey } from '../../core/monell';
import { suppressionComment } from '../../core/suppression';
import { DRAFT_SELECTOR } from '../analysisService';
import { DIAGNOSTIC_SOURCE } from '../convert';
import type { FeatureContext } from '../featureContext';
import type { SourceText } from '../../core';
import type { DocumentStructure } from '../../core/structure';
import type { ParsedDraft } from '../structureService';

const OPEN_PRIMER_ENTRY = 'civilRights.openPrimerEntry';
const MONELL_CODE_SET = new Set<string>(MONELL_CODES);

/** The finding code of one of our diagnostics, or undefined for anyone else's. */
export function monellCodeOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return typeof code === 'string' && MONELL_CODE_SET.has(code) ? code : undefined;
}

/** `failure-to-train/no-causation` → the theory and the element it is about. */
function elementOf(code: string): { theory: string; key: ElementKey } | undefined {
  const [theory, suffix] = code.split('/');
  const key = ELEMENT_KEYS.find((k) => ELEMENTS[k].codeSuffix === suffix);
  return theory && key ? { theory, key } : undefined;
}

const PRIMER_SLUGS: Readonly<Record<string, string>> = {
  'monell/respondeat-superior': 'monell-liability',
  'monell/police-department-defendant': 'municipal-liability',
  'monell/punitive-damages-against-municipality': 'municipal-liability',
  'monell/conclusory-policy-or-custom': 'official-policy',
  'failure-to-train/single-incident-without-obviousness': 'deliberate-indifference',
  'monell/state-defendant': 'suable-entity',
};

function primerSlugOf(code: string): string | undefined {
  const element = elementOf(code);
  return element ? ELEMENTS[element.key].primerSlug : PRIMER_SLUGS[code];
}

/**
 * Where an allegation for the claim at `line` belongs: after the last numbered paragraph of its
 * count (or after the paragraph the claim starts in), with the next paragraph number in the same style.
 */
export function skeletonInsertion(structure: DocumentStructure, source: SourceText, line: number): { offset: number; label: string } {
  const at = source.lineStart(line);
  const count = [...structure.sections].reverse().find((section) => section.kind === 'count' && section.start <= at && at < Math.max(section.end, section.headingEnd + 1));
  const candidates = count
    ? structure.paragraphs.filter((p) => p.start >= count.start && p.start < count.end)
    : structure.paragraphs.filter((p) => p.start <= at && at <= p.end);
  const last = candidates[candidates.length - 1];
  const offset = last ? last.end : count ? count.headingEnd : source.lineEnd(line);
  const number = (last?.number ?? structure.paragraphs.filter((p) => p.start < offset).pop()?.number ?? 0) + 1;
  const label = last?.label.startsWith('¶') ? `¶ ${number}` : `${number}.`;
  return { offset, label };
}

/**
 * Quick fixes for Monell diagnostics: insert an allegation skeleton for the missing element (preferred),
 * limit punitive damages to the individual defendants, open the primer entry, and suppress the
 * problem for the line or the file.
 */
export function registerMonellCodeActions(context: FeatureContext): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, actionContext) {
      if (actionContext.only && !vscode.CodeActionKind.QuickFix.intersects(actionContext.only)) return [];
      const ours = actionContext.diagnostics.filter((diagnostic) => monellCodeOf(diagnostic) !== undefined);
      if (ours.length === 0) return [];
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of ours) {
        const code = monellCodeOf(diagnostic)!;
        const element = elementOf(code);
        const parsed = element && context.structure.parse(document);
        if (element && parsed) actions.push(insertSkeleton(document, diagnostic, element.theory, element.key, parsed));
        if (code === 'monell/punitive-damages-against-municipality') {
          const fix = limitPunitiveDamages(document, diagnostic);
          if (fix) actions.push(fix);
        }
        const slug = primerSlugOf(code);
        if (slug) {
          const open = new vscode.CodeAction(`Explain: open the primer entry "${slug}"`, vscode.CodeActionKind.QuickFix);
          open.command = { command: OPEN_PRIMER_ENTRY, title: 'Open primer entry', arguments: [slug] };
          open.diagnostics = [diagnostic];
          actions.push(open);
        }
        actions.push(suppress(document, diagnostic, code, 'next-line'), suppress(document, diagnostic, code, 'file'));
      }
      return actions;
    },
  };
  context.log.info('Monell quick fixes registered.');
  return vscode.languages.registerCodeActionsProvider(DRAFT_SELECTOR, provider, {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  });
}

function insertSkeleton(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  theory: string,
  key: ElementKey,
  { source, structure }: ParsedDraft,
): vscode.CodeAction {
  const { offset, label } = skeletonInsertion(structure, source, diagnostic.range.start.line);
  const count = structure.sections.find((s) => s.kind === 'count' && s.headingRange.start.line === diagnostic.range.start.line);
  const municipality = count?.defendants?.find((d) => /\b(?:city|county|town|village|township|borough|parish)\b/i.test(d)) ?? 'the City';
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  // The paragraph label is literal text; the skeleton carries the placeholders.
  const snippet = new vscode.SnippetString().appendText(`${eol}${eol}${label} `).value + allegationSkeleton(theory, key, municipality);
  const action = new vscode.CodeAction(`Insert an allegation of ${ELEMENTS[key].label.toLowerCase()} (skeleton to complete)`, vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, [vscode.SnippetTextEdit.insert(document.positionAt(offset), new vscode.SnippetString(snippet))]);
  action.edit = edit;
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}

function limitPunitiveDamages(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction | undefined {
  const text = document.getText(diagnostic.range);
  const match = /against (?:all|each of the|each|the) Defendants/i.exec(text);
  if (!match) return undefined;
  const start = document.offsetAt(diagnostic.range.start) + match.index;
  const action = new vscode.CodeAction('Limit punitive damages to the individual Defendants', vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(start + match[0].length)), 'against the individual Defendants');
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}

function suppress(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, code: string, scope: 'next-line' | 'file'): vscode.CodeAction {
  const comment = suppressionComment(scope, code, document.languageId);
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const action = new vscode.CodeAction(scope === 'file' ? `Ignore ${code} in this file` : `Ignore ${code} on this line`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  if (scope === 'next-line') {
    const line = document.lineAt(diagnostic.range.start.line);
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
    action.edit.insert(document.uri, line.range.start, `${indent}${comment}${eol}`);
  } else {
    // After Markdown front matter, if any, so the front matter stays first.
    let line = 0;
    if (document.lineCount > 1 && document.lineAt(0).text.trim() === '---') {
      for (let i = 1; i < document.lineCount; i++) {
        if (document.lineAt(i).text.trim() === '---') {
          line = i + 1;
          break;
        }
      }
    }
    action.edit.insert(document.uri, new vscode.Position(line, 0), `${comment}${eol}`);
  }
  action.diagnostics = [diagnostic];
  return action;
}
