import * as vscode from 'vscode';
import {
  verdictFindings,
  verifyCitations,
  VerifyError,
  type CitationVerdict,
  type FetchLike,
  type Verdict,
  type VerdictCache,
} from '../../core/citations';
import { isDraft } from '../analysisService';
import { verdictStore } from '../citations/citationSupport';
import { toDiagnostics } from './diagnostics';
import type { FeatureContext } from '../featureContext';

export const VERIFY_CITATIONS = 'civilRights.verifyCitations';
export const SET_TOKEN = 'civilRights.setCourtListenerToken';
export const CLEAR_TOKEN = 'civilRights.clearCourtListenerToken';
const TOKEN_KEY = 'civilRights.courtListenerToken';
const CACHE_FILE = 'citation-verdicts.json';

/** What the verify command returns: counts per status (for tests and scripts). */
export interface VerifySummary {
  readonly found: number;
  readonly notFound: number;
  readonly ambiguous: number;
  readonly unknownReporter: number;
  readonly unchecked: number;
}

/** Verdicts kept in the extension's global storage, so a citation is looked up again only when stale. */
class DiskCache implements VerdictCache {
  private readonly entries = new Map<string, Verdict>();
  private dirty = false;

  private constructor(private readonly uri: vscode.Uri) {}

  static async open(folder: vscode.Uri): Promise<DiskCache> {
    const cache = new DiskCache(vscode.Uri.joinPath(folder, CACHE_FILE));
    try {
      const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(cache.uri))) as { version?: number; verdicts?: Record<string, Verdict> };
      if (data.version === 1 && data.verdicts) for (const [key, verdict] of Object.entries(data.verdicts)) cache.entries.set(key, verdict);
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return cache;
  }

  get(citation: string): Verdict | undefined {
    return this.entries.get(citation);
  }

  set(citation: string, verdict: Verdict): void {
    this.entries.set(citation, verdict);
    this.dirty = true;
  }

  async save(folder: vscode.Uri): Promise<void> {
    if (!this.dirty) return;
    await vscode.workspace.fs.createDirectory(folder);
    const data = { version: 1, verdicts: Object.fromEntries(this.entries) };
    await vscode.workspace.fs.writeFile(this.uri, new TextEncoder().encode(JSON.stringify(data)));
    this.dirty = false;
  }
}

function summarize(results: readonly CitationVerdict[]): VerifySummary {
  const count = (status: Verdict['status']) => results.filter((r) => r.verdict.status === status).length;
  return { found: count('found'), notFound: count('not-found'), ambiguous: count('ambiguous'), unknownReporter: count('unknown-reporter'), unchecked: count('unchecked') };
}

/**
 * "Verify Citations on CourtListener" (opt-in: the only network call the extension makes): sends the
 * draft's case citations (not its text) to the citation-lookup API with the user's token from secret
 * storage, shows a cancellable progress notification, caches verdicts on disk, and puts the citations
 * not found (warnings) and ambiguous (information) in the Problems panel through its own collection.
 */
export function registerCitationVerify(context: FeatureContext): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('civilRights.citationVerification');
  const store = verdictStore(context);
  const secrets = context.extension.secrets;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Re-places the diagnostics of a verified document on its current citations (after edits move them). */
  const publish = (document: vscode.TextDocument): void => {
    const verdicts = store.get(document.uri);
    if (!verdicts || document.isClosed) {
      collection.delete(document.uri);
      return;
    }
    const findings = verdictFindings(context.analysis.citations(document), verdicts);
    collection.set(document.uri, toDiagnostics(findings, document.uri, context));
  };

  const askForToken = async (): Promise<string | undefined> => {
    const token = await vscode.window.showInputBox({
      title: 'CourtListener API token',
      prompt: 'Paste the API token from your CourtListener profile. It is kept in VS Code\'s secret storage.',
      password: true,
      ignoreFocusOut: true,
      validateInput: (value) => (/^\s*[A-Za-z0-9]{20,64}\s*$/.test(value) ? undefined : 'A CourtListener token is 40 letters and digits.'),
    });
    return token?.trim() || undefined;
  };

  const verify = async (uri?: unknown): Promise<VerifySummary | undefined> => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || !isDraft(document)) {
      void vscode.window.showInformationMessage('Open a draft to verify its citations.');
      return undefined;
    }
    let token = await secrets.get(TOKEN_KEY);
    if (!token) {
      const choice = await vscode.window.showInformationMessage(
        'Verifying citations sends them to CourtListener and needs your CourtListener API token.',
        'Set Token…',
      );
      if (choice !== 'Set Token…') return undefined;
      token = await askForToken();
      if (!token) return undefined;
      await secrets.store(TOKEN_KEY, token);
    }
    const citations = context.analysis.citations(document);
    const storage = context.extension.globalStorageUri;
    const cache = await DiskCache.open(storage);
    const endpoint = context.settings().citationsVerifyEndpoint;
    try {
      const results = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Verifying citations on CourtListener', cancellable: true },
        async (progress, cancellation) => {
          const controller = new AbortController();
          const subscription = cancellation.onCancellationRequested(() => controller.abort());
          let reported = 0;
          try {
            return await verifyCitations(citations, {
              token: token!,
              endpoint,
              fetch: globalThis.fetch as unknown as FetchLike,
              signal: controller.signal,
              cache,
              onProgress: (done, total) => {
                if (total === 0) return;
                const percent = (100 * done) / total;
                progress.report({ increment: percent - reported, message: `${done} of ${total}` });
                reported = percent;
              },
              onWait: (ms) => progress.report({ message: `waiting ${Math.ceil(ms / 1000)} s for CourtListener's limit of 60 citations a minute` }),
            });
          } finally {
            subscription.dispose();
          }
        },
      );
      const verdicts = new Map<string, Verdict>();
      for (const result of results) verdicts.set(result.citation.normalized!, result.verdict);
      store.set(document.uri, verdicts);
      publish(document);
      const summary = summarize(results);
      const unique = new Map(results.map((r) => [r.citation.normalized, r.verdict.status]));
      const notFound = [...unique.values()].filter((s) => s === 'not-found' || s === 'unknown-reporter').length;
      void vscode.window.showInformationMessage(
        unique.size === 0
          ? 'No case citations with a page number to verify in this draft.'
          : `CourtListener: ${unique.size} case citations checked, ${notFound} not found.${notFound > 0 ? ' See the Problems panel.' : ''}`,
      );
      return summary;
    } catch (error) {
      if (error instanceof VerifyError && error.kind === 'cancelled') return undefined;
      if (error instanceof VerifyError && error.kind === 'auth') {
        await secrets.delete(TOKEN_KEY);
        void vscode.window.showErrorMessage(`${error.message} The stored token was removed.`);
        return undefined;
      }
      context.log.error('Verifying citations failed', error);
      void vscode.window.showErrorMessage(error instanceof VerifyError ? error.message : 'Verifying citations failed. See the "Civil Rights Drafting" output.');
      return undefined;
    } finally {
      await cache.save(storage).catch((error: unknown) => context.log.warn(`Could not save the citation cache: ${String(error)}`));
    }
  };

  const schedule = (document: vscode.TextDocument): void => {
    if (!store.get(document.uri)) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      publish(document);
    }, context.settings().debounceMs));
  };

  return vscode.Disposable.from(
    collection,
    vscode.commands.registerCommand(VERIFY_CITATIONS, verify),
    vscode.commands.registerCommand(SET_TOKEN, async (value?: unknown) => {
      const token = typeof value === 'string' && value.trim() ? value.trim() : await askForToken();
      if (!token) return false;
      await secrets.store(TOKEN_KEY, token);
      if (typeof value !== 'string') void vscode.window.showInformationMessage('CourtListener token saved in secret storage.');
      return true;
    }),
    vscode.commands.registerCommand(CLEAR_TOKEN, async () => {
      await secrets.delete(TOKEN_KEY);
      void vscode.window.showInformationMessage('CourtListener token removed.');
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      store.delete(document.uri);
      collection.delete(document.uri);
    }),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  );
}
