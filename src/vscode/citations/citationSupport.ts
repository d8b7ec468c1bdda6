import * as vscode from 'vscode';
import { opinionUrlLookup, type OpinionUrlLookup, type Verdict } from '../../core/citations';
import type { Citation } from '../../core';
import type { PrimerIndex } from '../../core/primer/primerIndex';
import { toVsRange } from '../convert';
import type { FeatureContext } from '../featureContext';

/** Exact opinion URLs the primer knows (bundled and user entries), rebuilt when the primer changes. */
export class PrimerOpinionUrls {
  private index: PrimerIndex | undefined;
  private lookup: OpinionUrlLookup = () => undefined;

  constructor(private readonly context: FeatureContext) {}

  get(): OpinionUrlLookup {
    const index = this.context.primer.index;
    if (index !== this.index) {
      this.index = index;
      this.lookup = opinionUrlLookup(index.entries().flatMap((entry) => entry.cases));
    }
    return this.lookup;
  }
}

/**
 * Where a citation links: for a case, the exact opinion URL the primer knows, else the CourtListener
 * citation URL; short forms, id. and supra link where their antecedent does; statutes and rules to
 * their official text.
 */
export function linkTarget(citations: readonly Citation[], index: number, lookup: OpinionUrlLookup): string | undefined {
  const citation = citations[index]!;
  const target = citation.antecedent !== undefined ? citations[citation.antecedent] ?? citation : citation;
  if (target.kind === 'full-case' && target.volume !== undefined && target.reporter && target.page !== undefined) {
    return lookup({ volume: target.volume, reporter: target.reporter, page: target.page }) ?? target.url;
  }
  return citation.url ?? target.url;
}

/** The citation whose text (or whole span, name through parenthetical) holds the position. */
export function citationAt(citations: readonly Citation[], position: vscode.Position): number | undefined {
  let best: number | undefined;
  citations.forEach((citation, index) => {
    if (toVsRange(citation.range).contains(position)) best = index;
    else if (best === undefined && citation.span && toVsRange(citation.span).contains(position)) best = index;
  });
  return best;
}

/** Opens a document at a citation and selects it. */
export async function revealCitation(uri: vscode.Uri, citation: Citation): Promise<void> {
  const range = toVsRange(citation.range);
  await vscode.window.showTextDocument(uri, { selection: range, preview: false });
}

/** Verdicts of the last "Verify Citations" run per document, by standard citation; shared by verify and hover. */
export class VerdictStore {
  private readonly byDocument = new Map<string, Map<string, Verdict>>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changeEmitter.event;

  get(uri: vscode.Uri): ReadonlyMap<string, Verdict> | undefined {
    return this.byDocument.get(uri.toString());
  }

  set(uri: vscode.Uri, verdicts: Map<string, Verdict>): void {
    this.byDocument.set(uri.toString(), verdicts);
    this.changeEmitter.fire(uri);
  }

  delete(uri: vscode.Uri): void {
    if (this.byDocument.delete(uri.toString())) this.changeEmitter.fire(uri);
  }

  dispose(): void {
    this.byDocument.clear();
    this.changeEmitter.dispose();
  }
}

const stores = new WeakMap<FeatureContext, VerdictStore>();

/** The verdict store of this activation (one per FeatureContext, disposed with the extension). */
export function verdictStore(context: FeatureContext): VerdictStore {
  let store = stores.get(context);
  if (!store) {
    store = new VerdictStore();
    stores.set(context, store);
    context.extension.subscriptions.push(store);
  }
  return store;
}
