import * as vscode from 'vscode';
import { tableOfAuthorities, type AuthorityGroup } from '../../core/citations';
import type { Citation } from '../../core';
import { isDraft } from '../analysisService';
import { revealCitation } from '../citations/citationSupport';
import type { FeatureContext } from '../featureContext';

export const LIST_CITATIONS = 'civilRights.listCitations';

const KIND_LABEL: Record<AuthorityGroup['kind'], string> = { case: 'Cases', statute: 'Statutes', rule: 'Rules' };

interface CitationItem extends vscode.QuickPickItem {
  readonly citation?: Citation;
}

function occurrenceLabel(citation: Citation): string {
  switch (citation.kind) {
    case 'id':
      return `Id.${citation.pin ? ` at ${citation.pin}` : ''}`;
    case 'supra':
      return `${citation.caseName ?? ''}, supra${citation.pin ? `, at ${citation.pin}` : ''}`;
    default:
      return citation.text.replace(/\s+/g, ' ');
  }
}

/** The Quick Pick rows of a table of authorities: a separator per kind, an authority row with its count, then each place it is cited. */
export function tableItems(citations: readonly Citation[], groups: readonly AuthorityGroup[]): CitationItem[] {
  const items: CitationItem[] = [];
  let kind: AuthorityGroup['kind'] | undefined;
  for (const group of groups) {
    if (group.kind !== kind) {
      kind = group.kind;
      items.push({ label: KIND_LABEL[kind], kind: vscode.QuickPickItemKind.Separator });
    }
    const head = citations[group.head]!;
    items.push({
      label: `$(law) ${group.title}`,
      description: `${group.citations.length} ${group.citations.length === 1 ? 'citation' : 'citations'}`,
      citation: head,
    });
    for (const index of group.citations) {
      const citation = citations[index]!;
      items.push({ label: `$(blank) Line ${citation.range.start.line + 1}: ${occurrenceLabel(citation)}`, citation });
    }
  }
  return items;
}

/**
 * "List Citations": a table of authorities of the active draft in a Quick Pick, grouped by authority
 * with counts; choosing a row jumps to that citation. Returns the groups (for tests and other commands).
 */
export function registerCitationTable(context: FeatureContext): vscode.Disposable {
  return vscode.commands.registerCommand(LIST_CITATIONS, async (uri?: unknown): Promise<AuthorityGroup[] | undefined> => {
    const document = uri instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document || !isDraft(document)) {
      void vscode.window.showInformationMessage('Open a draft (Markdown, plain text or pleading) to list its citations.');
      return undefined;
    }
    const citations = context.analysis.citations(document);
    const groups = tableOfAuthorities(citations);
    if (groups.length === 0) {
      void vscode.window.showInformationMessage('No case, statute or rule citations found in this draft.');
      return groups;
    }
    const picker = vscode.window.createQuickPick<CitationItem>();
    picker.title = `Table of authorities: ${groups.length} ${groups.length === 1 ? 'authority' : 'authorities'}, ${citations.length} citations`;
    picker.placeholder = 'Type to filter; choose a citation to go to it';
    picker.matchOnDescription = true;
    picker.items = tableItems(citations, groups);
    picker.onDidAccept(() => {
      const chosen = picker.selectedItems[0]?.citation;
      picker.hide();
      if (chosen) void revealCitation(document.uri, chosen);
    });
    picker.onDidHide(() => picker.dispose());
    picker.show();
    return groups;
  });
}
