import * as vscode from 'vscode';
import { entryDocumentMarkdown, type PrimerEntry } from '../../core/primer';
import type { FeatureContext } from '../featureContext';
import { PRIMER_SCHEME, primerUri, slugOfPrimerUri } from '../primer/primerService';

export const OPEN_PRIMER_ENTRY = 'civilRights.openPrimerEntry';
export const SEARCH_PRIMER = 'civilRights.searchPrimer';

/** A command link that opens an entry, for hovers (which trust only this command). */
export function openEntryCommandUri(slug: string): string {
  return `command:${OPEN_PRIMER_ENTRY}?${encodeURIComponent(JSON.stringify([slug]))}`;
}

interface EntryPick extends vscode.QuickPickItem {
  readonly slug: string;
}

function pickItems(entries: readonly PrimerEntry[]): EntryPick[] {
  return entries.map((entry) => ({
    label: entry.term,
    description: entry.aliases.length > 0 ? entry.aliases.join(', ') : entry.category.replace(/-/g, ' '),
    detail: entry.description,
    slug: entry.slug,
  }));
}

/** Asks for an entry, searching terms, aliases and descriptions. */
async function pickEntry(context: FeatureContext, placeHolder: string): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(pickItems(context.primer.index.entries()), {
    placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.slug;
}

/** Shows an entry rendered in the Markdown preview, or as read-only text when the preview is not available. */
async function showEntry(slug: string): Promise<void> {
  const uri = primerUri(slug);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}

/**
 * The read-only `civil-rights-primer:` documents, the command that opens an entry (a slug argument, or a
 * Quick Pick) in the Markdown preview, and the Quick Pick search over the whole primer.
 */
export function registerPrimerCommands(context: FeatureContext): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent(uri) {
      const slug = slugOfPrimerUri(uri);
      const entry = slug === undefined ? undefined : context.primer.index.get(slug);
      if (!entry) return `# Not in the primer\n\nThere is no primer entry \`${slug ?? uri.path}\`. Run **Civil Rights: Search the Primer** to find one.\n`;
      // Links to other entries stay inside the primer: relative links to their virtual documents.
      return entryDocumentMarkdown(entry, context.primer.index, (other) => `./${other}.md`);
    },
  };
  const refreshOpen = (): void => {
    for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === PRIMER_SCHEME) changed.fire(document.uri);
  };
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(PRIMER_SCHEME, provider),
    context.primer.onDidChange(refreshOpen),
    vscode.commands.registerCommand(OPEN_PRIMER_ENTRY, async (slug?: unknown) => {
      const chosen = typeof slug === 'string' && context.primer.index.has(slug) ? slug : await pickEntry(context, 'Open a primer entry');
      if (chosen) await showEntry(chosen);
    }),
    vscode.commands.registerCommand(SEARCH_PRIMER, async () => {
      const chosen = await pickEntry(context, 'Search the § 1983 primer by term, alias or description');
      if (chosen) await showEntry(chosen);
    }),
  );
}
