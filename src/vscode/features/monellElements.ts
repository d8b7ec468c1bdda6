import * as vscode from 'vscode';
import type { Claim, ClaimElement, DocumentAnalysis, Evidence, Finding } from '../../core';
import { ELEMENTS, ELEMENT_KEYS, THEORY_LABELS, elementsPleaded, monellReportMarkdown, type ElementKey, type Theory } from '../../core/monell';
import { DRAFT_SELECTOR, isDraft } from '../analysisService';
import { toVsRange } from '../convert';
import type { FeatureContext } from '../featureContext';

export const MONELL_VIEW = 'civilRights.monellElements';
export const CHECK_MONELL_ELEMENTS = 'civilRights.checkMonellElements';
export const EXPORT_MONELL_REPORT = 'civilRights.exportMonellReport';

const STATUS_TEXT = { present: 'facts pleaded', conclusory: 'conclusory', missing: 'missing' } as const;
const STATUS_ICON = { present: 'pass', conclusory: 'warning', missing: 'error' } as const;

type Node =
  | { kind: 'claim'; claim: Claim }
  | { kind: 'element'; claim: Claim; key: ElementKey; element: ClaimElement }
  | { kind: 'evidence'; evidence: Evidence }
  | { kind: 'problems'; findings: readonly Finding[] }
  | { kind: 'problem'; finding: Finding }
  | { kind: 'empty'; message: string };

/** What the view shows, as plain data: returned by the check command so tests and scripts can read it. */
export interface MonellViewModel {
  readonly uri?: string;
  readonly claims: ReadonlyArray<{
    readonly label: string;
    readonly theory: string;
    readonly pleaded: string;
    readonly elements: ReadonlyArray<{ readonly key: string; readonly label: string; readonly status: string; readonly evidence: readonly string[]; readonly rule: string; readonly cure: string }>;
  }>;
}

function claimLabel(claim: Claim): string {
  return claim.title ?? THEORY_LABELS[claim.theory as Theory] ?? claim.theory;
}

function otherProblems(analysis: DocumentAnalysis): Finding[] {
  return analysis.findings.filter((f) => f.code.startsWith('monell/') || f.code.endsWith('/single-incident-without-obviousness'));
}

export function viewModel(uri: vscode.Uri | undefined, analysis: DocumentAnalysis): MonellViewModel {
  return {
    uri: uri?.toString(),
    claims: analysis.claims.map((claim) => {
      const { pleaded, total } = elementsPleaded(claim);
      return {
        label: claimLabel(claim),
        theory: claim.theory,
        pleaded: `${pleaded} of ${total}`,
        elements: ELEMENT_KEYS.filter((key) => claim.elements[key]).map((key) => ({
          key,
          label: ELEMENTS[key].label,
          status: claim.elements[key]!.status,
          evidence: claim.elements[key]!.evidence.map((e) => e.text),
          rule: ELEMENTS[key].rule,
          cure: ELEMENTS[key].cure,
        })),
      };
    }),
  };
}

class MonellTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  document: vscode.TextDocument | undefined;

  constructor(private readonly context: FeatureContext) {}

  analysis(): DocumentAnalysis | undefined {
    return this.document && !this.document.isClosed ? this.context.analysis.analyze(this.document) : undefined;
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const analysis = this.analysis();
      if (!analysis) return [{ kind: 'empty', message: 'Open a complaint (Markdown, plain text or pleading) to check its Monell claims.' }];
      const nodes: Node[] = analysis.claims.map((claim) => ({ kind: 'claim', claim }));
      if (nodes.length === 0) nodes.push({ kind: 'empty', message: 'No Monell claim found in this draft.' });
      const problems = otherProblems(analysis);
      if (problems.length > 0) nodes.push({ kind: 'problems', findings: problems });
      return nodes;
    }
    switch (node.kind) {
      case 'claim':
        return ELEMENT_KEYS.filter((key) => node.claim.elements[key]).map((key) => ({ kind: 'element', claim: node.claim, key, element: node.claim.elements[key]! }));
      case 'element':
        return node.element.evidence.map((evidence) => ({ kind: 'evidence', evidence }));
      case 'problems':
        return node.findings.map((finding) => ({ kind: 'problem', finding }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const uri = this.document?.uri;
    const jump = (range: Evidence['range']): vscode.Command | undefined =>
      uri ? { command: 'vscode.open', title: 'Go to', arguments: [uri, { selection: toVsRange(range) } satisfies vscode.TextDocumentShowOptions] } : undefined;
    switch (node.kind) {
      case 'claim': {
        const { pleaded, total } = elementsPleaded(node.claim);
        const item = new vscode.TreeItem(claimLabel(node.claim), vscode.TreeItemCollapsibleState.Expanded);
        item.description = total > 0 ? `${pleaded} of ${total} elements with facts` : THEORY_LABELS[node.claim.theory as Theory];
        item.tooltip = `${THEORY_LABELS[node.claim.theory as Theory] ?? node.claim.theory}, line ${node.claim.range.start.line + 1}`;
        item.iconPath = new vscode.ThemeIcon('law');
        item.command = jump(node.claim.range);
        return item;
      }
      case 'element': {
        const info = ELEMENTS[node.key];
        const status = node.element.status;
        const item = new vscode.TreeItem(`${status === 'present' ? '✓' : status === 'conclusory' ? '⚠' : '✗'} ${info.label}`,
          node.element.evidence.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.description = `${STATUS_TEXT[status]} — ${info.authority.caseName}`;
        const tooltip = new vscode.MarkdownString(undefined, true);
        tooltip.appendMarkdown(`**${info.label}: ${STATUS_TEXT[status]}**\n\n`);
        tooltip.appendText(info.rule);
        tooltip.appendMarkdown(`\n\nLeading case: [${info.authority.caseName}, ${info.authority.citation}](${info.authority.url})`);
        if (status !== 'present') tooltip.appendMarkdown('\n\n**To cure:** ').appendText(info.cure);
        item.tooltip = tooltip;
        item.iconPath = new vscode.ThemeIcon(STATUS_ICON[status]);
        item.contextValue = `monellElement.${status}`;
        return item;
      }
      case 'evidence': {
        const item = new vscode.TreeItem(node.evidence.text, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${node.evidence.range.start.line + 1}`;
        item.tooltip = node.evidence.text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = jump(node.evidence.range);
        return item;
      }
      case 'problems': {
        const item = new vscode.TreeItem('Other Monell problems', vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.findings.length);
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(node.finding.code, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${node.finding.range.start.line + 1}`;
        item.tooltip = node.finding.message;
        item.command = jump(node.finding.range);
        return item;
      }
      case 'empty':
        return new vscode.TreeItem(node.message, vscode.TreeItemCollapsibleState.None);
    }
  }
}

/** The draft a command is about: the one passed in, else the active editor's, else the one the view shows. */
async function targetDocument(provider: MonellTreeProvider, arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const active = vscode.window.activeTextEditor?.document;
  if (active && isDraft(active)) return active;
  return provider.document && !provider.document.isClosed ? provider.document : undefined;
}

/**
 * The "Monell Elements" view (each claim → element → evidence, with the rule, leading case and cure),
 * the Check Monell Elements and Export commands, and a CodeLens over each Monell count.
 */
export function registerMonellElements(context: FeatureContext): vscode.Disposable {
  const provider = new MonellTreeProvider(context);
  const view = vscode.window.createTreeView(MONELL_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const lensesChanged = new vscode.EventEmitter<void>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (document: vscode.TextDocument | undefined) => {
    if (document && !isDraft(document)) return;
    provider.document = document;
    const analysis = provider.analysis();
    view.message = analysis ? undefined : 'Open a complaint to check its Monell claims.';
    view.description = document ? vscode.workspace.asRelativePath(document.uri) : undefined;
    provider.refresh();
  };
  show(vscode.window.activeTextEditor?.document);

  const lenses: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: lensesChanged.event,
    async provideCodeLenses(document, token) {
      if (!context.settings().monellCodeLens) return [];
      await context.analysis.prepare(document);
      if (token.isCancellationRequested) return [];
      return context.analysis.analyze(document).claims
        .filter((claim) => Object.keys(claim.elements).length > 0)
        .map((claim) => {
          const { pleaded, total } = elementsPleaded(claim);
          return new vscode.CodeLens(toVsRange(claim.range), {
            title: `Monell elements: ${pleaded} of ${total}`,
            tooltip: 'Show which elements of this claim are pleaded with facts',
            command: CHECK_MONELL_ELEMENTS,
            arguments: [document.uri],
          });
        });
    },
  };

  return vscode.Disposable.from(
    provider,
    view,
    lensesChanged,
    vscode.languages.registerCodeLensProvider(DRAFT_SELECTOR, lenses),
    vscode.window.onDidChangeActiveTextEditor((editor) => editor && show(editor.document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== provider.document || event.contentChanges.length === 0) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => provider.refresh(), context.settings().debounceMs);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document === provider.document) show(undefined);
    }),
    context.analysis.onDidInvalidate(() => {
      provider.refresh();
      lensesChanged.fire();
    }),
    context.onDidChangeSettings(() => lensesChanged.fire()),
    { dispose: () => timer !== undefined && clearTimeout(timer) },
    vscode.commands.registerCommand(CHECK_MONELL_ELEMENTS, async (arg?: unknown): Promise<MonellViewModel | undefined> => {
      const document = await targetDocument(provider, arg);
      if (!document) {
        void vscode.window.showInformationMessage('Open a complaint (Markdown, plain text or pleading) to check its Monell claims.');
        return undefined;
      }
      show(document);
      await vscode.commands.executeCommand(`${MONELL_VIEW}.focus`);
      await context.analysis.prepare(document);
      return viewModel(document.uri, context.analysis.analyze(document));
    }),
    vscode.commands.registerCommand(EXPORT_MONELL_REPORT, async (arg?: unknown): Promise<vscode.TextDocument | undefined> => {
      const document = await targetDocument(provider, arg);
      if (!document) {
        void vscode.window.showInformationMessage('Open a complaint to export its Monell report.');
        return undefined;
      }
      await context.analysis.prepare(document);
      const analysis = context.analysis.analyze(document);
      const name = vscode.workspace.asRelativePath(document.uri);
      const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: monellReportMarkdown(name, analysis.claims, analysis.findings) });
      await vscode.window.showTextDocument(report, { preview: false });
      return report;
    }),
  );
}
