import * as vscode from 'vscode';
import { foldingRegions } from '../../core/outline';
import { toFoldingRange } from '../convert';
import type { FeatureContext } from '../featureContext';

/**
 * Folding in `pleading` files by caption, section, count and multi-line paragraph. (Markdown keeps
 * its own heading folding; plain text keeps indentation folding.)
 */
export function registerFolding(context: FeatureContext): vscode.Disposable {
  const provider: vscode.FoldingRangeProvider = {
    provideFoldingRanges(document) {
      const parsed = context.structure.parse(document);
      return parsed ? foldingRegions(parsed.structure).map(toFoldingRange) : undefined;
    },
  };
  return vscode.languages.registerFoldingRangeProvider({ language: 'pleading' }, provider);
}
