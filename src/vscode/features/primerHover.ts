import * as vscode from 'vscode';
import { entrySummaryMarkdown, type TermMatch } from '../../core/primer';
import { DRAFT_SELECTOR } from '../analysisService';
import type { FeatureContext } from '../featureContext';
import { OPEN_PRIMER_ENTRY, openEntryCommandUri } from './primerCommands';

/** How many characters around the cursor are handed to the term matcher: enough for any term. */
const WINDOW = 400;

/**
 * The primer term under a position, matched on the few hundred characters around it (never the whole
 * document), with its range in the document.
 */
export function primerTermAt(context: FeatureContext, document: vscode.TextDocument, position: vscode.Position): { match: TermMatch; range: vscode.Range } | undefined {
  const offset = document.offsetAt(position);
  const start = Math.max(0, offset - WINDOW);
  const windowStart = document.positionAt(start);
  const text = document.getText(new vscode.Range(windowStart, document.positionAt(offset + WINDOW)));
  const match = context.primer.index.matcher.termAt(text, offset - start);
  if (!match) return undefined;
  return { match, range: new vscode.Range(document.positionAt(start + match.start), document.positionAt(start + match.end)) };
}

/**
 * Hover on a primer term: term, description, elements, key cases linked to CourtListener, related
 * entries linked to this extension's own open command (the only command the hover may run); no HTML.
 * "Go to Definition" on a term opens the entry (read-only).
 */
export function registerPrimerHover(context: FeatureContext): vscode.Disposable {
  const hover = vscode.languages.registerHoverProvider(DRAFT_SELECTOR, {
    provideHover(document, position) {
      if (!context.settings().hoverEnabled) return undefined;
      const found = primerTermAt(context, document, position);
      const entry = found && context.primer.index.get(found.match.slug);
      if (!found || !entry) return undefined;
      const markdown = new vscode.MarkdownString(entrySummaryMarkdown(entry, context.primer.index, openEntryCommandUri));
      markdown.isTrusted = { enabledCommands: [OPEN_PRIMER_ENTRY] };
      markdown.supportHtml = false;
      return new vscode.Hover(markdown, found.range);
    },
  });
  const definition = vscode.languages.registerDefinitionProvider(DRAFT_SELECTOR, {
    provideDefinition(document, position) {
      const found = primerTermAt(context, document, position);
      const target = found && context.primerEntryUri(found.match.slug);
      if (!found || !target) return undefined;
      const link: vscode.LocationLink = { originSelectionRange: found.range, targetUri: target, targetRange: new vscode.Range(0, 0, 0, 0) };
      return [link];
    },
  });
  return vscode.Disposable.from(hover, definition);
}
