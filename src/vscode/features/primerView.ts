import * as vscode from 'vscode';
import type { PrimerCategory, PrimerEntry } from '../../core/primer';
import type { FeatureContext } from '../featureContext';
import { primerUri } from '../primer/primerService';
import { OPEN_PRIMER_ENTRY } from './primerCommands';

export const PRIMER_VIEW = 'civilRights.primer';

const CATEGORY_LABELS: Record<PrimerCategory, string> = {
  doctrine: 'Doctrine',
  'constitutional-law': 'Constitutional Law',
  'qualified-immunity': 'Qualified Immunity',
  statute: 'Statutes',
  procedure: 'Procedure',
  evidence: 'Evidence',
  remedies: 'Remedies',
};

type Node = { kind: 'category'; category: PrimerCategory; count: number } | { kind: 'entry'; entry: PrimerEntry };

/** The Primer view: entries grouped by category; clicking an entry opens it. */
export function registerPrimerView(context: FeatureContext): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren(node) {
      const groups = context.primer.index.byCategory();
      if (!node) return groups.map((group) => ({ kind: 'category', category: group.category, count: group.entries.length }));
      if (node.kind === 'entry') return [];
      return (groups.find((group) => group.category === node.category)?.entries ?? []).map((entry) => ({ kind: 'entry', entry }));
    },
    getTreeItem(node) {
      if (node.kind === 'category') {
        const item = new vscode.TreeItem(CATEGORY_LABELS[node.category], vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `category:${node.category}`;
        item.description = String(node.count);
        return item;
      }
      const { entry } = node;
      const item = new vscode.TreeItem(entry.term, vscode.TreeItemCollapsibleState.None);
      item.id = `entry:${entry.slug}`;
      item.resourceUri = primerUri(entry.slug);
      const layer = context.primer.index.layerOf(entry.slug);
      if (layer && layer !== 'bundled') item.description = layer;
      item.tooltip = new vscode.MarkdownString().appendMarkdown('**').appendText(entry.term).appendMarkdown('**\n\n').appendText(entry.description);
      item.command = { command: OPEN_PRIMER_ENTRY, title: 'Open Primer Entry', arguments: [entry.slug] };
      item.contextValue = 'primerEntry';
      return item;
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.window.createTreeView(PRIMER_VIEW, { treeDataProvider: provider, showCollapseAll: true }),
    context.primer.onDidChange(() => changed.fire()),
  );
}
