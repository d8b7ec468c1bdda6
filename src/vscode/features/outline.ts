import * as vscode from 'vscode';
import { buildOutline } from '../../core/outline';
import { DRAFT_SELECTOR } from '../analysisService';
import { toDocumentSymbol } from '../convert';
import type { FeatureContext } from '../featureContext';

/**
 * The outline of a draft (Outline view, breadcrumbs, Go to Symbol): caption, sections, counts with
 * the defendants each is against, and numbered paragraphs. Markdown files get it only when they
 * read as a pleading (a caption or a count), so other Markdown keeps just its usual heading outline.
 */
export function registerOutline(context: FeatureContext): vscode.Disposable {
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(document) {
      const parsed = context.structure.parse(document);
      if (!parsed) return undefined;
      const { source, structure } = parsed;
      if (document.languageId === 'markdown' && !structure.caption && !structure.sections.some((s) => s.kind === 'count')) return undefined;
      return buildOutline(source, structure).map(toDocumentSymbol);
    },
  };
  return vscode.languages.registerDocumentSymbolProvider(DRAFT_SELECTOR, provider, { label: 'Pleading' });
}
