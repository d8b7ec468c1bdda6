import * as vscode from 'vscode';
import { analyzeText, citationsInText, readDraftAhead, EMPTY_ANALYSIS, type Citation, type DocumentAnalysis, type TermFinder } from '../core';
import type { Log } from './log';
import type { ParsedDraft, StructureService } from './structureService';
import type { Settings } from './config';

/** The languages a draft can be written in. */
export const DRAFT_LANGUAGES = ['markdown', 'plaintext', 'pleading'] as const;

/** Schemes a draft can live in: files on disk, unsaved drafts, and virtual workspaces (e.g. a remote repository). */
const DRAFT_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'] as const;

export const DRAFT_SELECTOR: vscode.DocumentSelector = DRAFT_LANGUAGES.flatMap((language) =>
  DRAFT_SCHEMES.map((scheme) => ({ language, scheme })));

export function isDraft(document: vscode.TextDocument): boolean {
  return (DRAFT_LANGUAGES as readonly string[]).includes(document.languageId)
    && (DRAFT_SCHEMES as readonly string[]).includes(document.uri.scheme);
}

/**
 * Whether a cached entry is for this very document and version. The same document object too: an untitled URI is
 * reused by the next untitled file, which starts again at version 1, sometimes before the old one's close event.
 */
function isFor<T extends { readonly document: vscode.TextDocument; readonly version: number }>(entry: T | undefined, document: vscode.TextDocument): entry is T {
  return entry !== undefined && entry.document === document && entry.version === document.version;
}

/** Longest stretch the first reading of a draft holds the extension host before yielding to other work. */
const READING_SLICE_MS = 15;

/**
 * Analyses drafts on demand and caches the result per document version, so diagnostics,
 * links, hovers and lenses share one analysis of each text.
 */
export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, { document: vscode.TextDocument; version: number; analysis: DocumentAnalysis }>();
  /** Citations extracted ahead of a full analysis (links and hovers ask first when a draft opens), reused by it. */
  private readonly citationCache = new Map<string, { document: vscode.TextDocument; version: number; citations: readonly Citation[] }>();
  private readonly tooLargeReported = new Set<string>();
  /** The reading ahead in progress for each document, so that callers asking together share it. */
  private readonly readings = new Map<string, { document: vscode.TextDocument; version: number; done: Promise<void> }>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when every cached analysis became stale, e.g. the primer changed. */
  readonly onDidInvalidate = this.changeEmitter.event;

  constructor(
    private readonly log: Log,
    private readonly getSettings: () => Settings,
    private readonly structure: StructureService,
    private terms: TermFinder | undefined,
  ) {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cache.delete(document.uri.toString());
        this.citationCache.delete(document.uri.toString());
      }),
      this.changeEmitter,
    );
  }

  setTermFinder(terms: TermFinder | undefined): void {
    this.terms = terms;
    this.invalidate();
  }

  invalidate(): void {
    this.cache.clear();
    this.changeEmitter.fire();
  }

  analyze(document: vscode.TextDocument): DocumentAnalysis {
    if (!isDraft(document)) return EMPTY_ANALYSIS;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (isFor(cached, document)) return cached.analysis;
    const text = document.getText();
    let analysis = EMPTY_ANALYSIS;
    if (this.tooLarge(text)) {
      if (!this.tooLargeReported.has(key)) {
        this.tooLargeReported.add(key);
        this.log.warn(`Not checking ${document.uri.fsPath || key}: it is larger than civilRights.analysis.maxFileSizeMB (${this.getSettings().maxFileSizeMB} MB).`);
      }
    } else {
      const extracted = this.citationCache.get(key);
      const citations = isFor(extracted, document) ? extracted.citations : undefined;
      analysis = this.analyzeFileText(text, document.uri, this.sharedParse(document), citations);
    }
    this.citationCache.delete(key);
    this.cache.set(key, { document, version: document.version, analysis });
    return analysis;
  }

  /**
   * A draft's citations, for links, citation hovers and the table of authorities: from the analysis when it is
   * done, else extracted alone, so that a link or hover asked for as a long draft opens does not wait for the
   * Monell reading that `prepare` spreads over slices.
   */
  citations(document: vscode.TextDocument): readonly Citation[] {
    if (!isDraft(document)) return [];
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (isFor(cached, document)) return cached.analysis.citations;
    const extracted = this.citationCache.get(key);
    if (isFor(extracted, document)) return extracted.citations;
    const text = document.getText();
    const citations = this.tooLarge(text) ? [] : citationsInText(text, { onInternalError: this.stageFailed(document.uri) });
    this.citationCache.set(key, { document, version: document.version, citations });
    return citations;
  }

  /**
   * Reads a draft ahead of its analysis in slices of a few milliseconds, yielding to the editor between them, so
   * that opening a long draft (a first reading of 1 MB takes over a second) never blocks typing, hovers or other
   * extensions for long; the `analyze` that follows finds every sentence read. Stops early, without error, when
   * the document changes or closes meanwhile: the analysis of the next version reads what is still new.
   */
  prepare(document: vscode.TextDocument): Promise<void> {
    if (!isDraft(document)) return Promise.resolve();
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (isFor(cached, document)) return Promise.resolve();
    // Diagnostics, the CodeLens and the Monell view all ask at once when a draft opens: one reading serves them.
    const running = this.readings.get(key);
    if (isFor(running, document)) return running.done;
    const done = this.readAhead(document).finally(() => {
      if (this.readings.get(key)?.done === done) this.readings.delete(key);
    });
    this.readings.set(key, { document, version: document.version, done });
    return done;
  }

  private async readAhead(document: vscode.TextDocument): Promise<void> {
    if (this.tooLarge(document.getText())) return;
    const version = document.version;
    const parsed = this.sharedParse(document);
    if (!parsed) return;
    let next: number | undefined = 0;
    while (next !== undefined) {
      const until = Date.now() + READING_SLICE_MS;
      next = readDraftAhead(parsed, next, () => Date.now() >= until, this.stageFailed(document.uri));
      if (next === undefined) return;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (document.isClosed || document.version !== version) return;
    }
  }

  /** The structure parse the outline, folding and quick fixes share, so each version is parsed once. */
  private sharedParse(document: vscode.TextDocument): ParsedDraft | undefined {
    try {
      return this.structure.parse(document);
    } catch (error) {
      this.log.error(`Reading the structure of ${document.uri.toString(true)} failed`, error);
      return undefined;
    }
  }

  /** Analyses the text of a file that is not open in an editor (uncached); a failing stage is logged. */
  analyzeFileText(text: string, uri: vscode.Uri, parsed?: ParsedDraft, citations?: readonly Citation[]): DocumentAnalysis {
    return analyzeText(text, {
      parsed,
      citations,
      terms: this.terms,
      onInternalError: this.stageFailed(uri),
    });
  }

  /** Drafts over `civilRights.analysis.maxFileSizeMB` are not checked. */
  private tooLarge(text: string): boolean {
    return text.length > this.getSettings().maxFileSizeMB * 1024 * 1024;
  }

  /** Logs a check that failed on a draft; the other checks still report. */
  private stageFailed(uri: vscode.Uri): (stage: string, error: unknown) => void {
    return (stage, error) => this.log.error(`The ${stage} check failed on ${uri.toString(true)}`, error);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.cache.clear();
    this.citationCache.clear();
    this.readings.clear();
  }
}
