import * as vscode from 'vscode';
import { DRAFT_SELECTOR } from '../analysisService';
import { linkTarget, PrimerOpinionUrls } from '../citations/citationSupport';
import { toVsRange } from '../convert';
import type { FeatureContext } from '../featureContext';

function tooltip(kind: string): string {
  switch (kind) {
    case 'statute':
      return 'Open the official text (Cornell LII)';
    case 'rule':
      return 'Open the rule (Cornell LII)';
    default:
      return 'Open on CourtListener';
  }
}

/**
 * Every citation in a draft is a link: cases to CourtListener (short forms, id. and supra to their
 * antecedent's opinion), statutes and rules to their official text. Uses the cached analysis.
 */
export function registerCitationLinks(context: FeatureContext): vscode.Disposable {
  const urls = new PrimerOpinionUrls(context);
  const provider: vscode.DocumentLinkProvider = {
    provideDocumentLinks(document) {
      const citations = context.analysis.citations(document);
      const lookup = urls.get();
      const links: vscode.DocumentLink[] = [];
      citations.forEach((citation, index) => {
        const target = linkTarget(citations, index, lookup);
        if (!target) return;
        const link = new vscode.DocumentLink(toVsRange(citation.range), vscode.Uri.parse(target, true));
        link.tooltip = tooltip(citations[citation.antecedent ?? index]?.kind ?? citation.kind);
        links.push(link);
      });
      return links;
    },
  };
  return vscode.languages.registerDocumentLinkProvider(DRAFT_SELECTOR, provider);
}
