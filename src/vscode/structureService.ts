import * as vscode from 'vscode';
import { SourceText } from '../core';
import { parseStructure, type DocumentStructure } from '../core/structure';
import { isDraft } from './analysisService';
import type { Settings } from './config';

/** A draft's text and structure, parsed once per document version. */
export interface ParsedDraft {
  readonly source: SourceText;
  readonly structure: DocumentStructure;
}

/**
 * Parses the structure of drafts (caption, sections, counts, numbered paragraphs) on demand and
 * caches it per document version, so the outline, folding and renumbering share one parse.
 */
export class StructureService implements vscode.Disposable {
  private readonly cache = new Map<string, { document: vscode.TextDocument; version: number; parsed: ParsedDraft }>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly getSettings: () => Settings) {
    this.disposables = [vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString()))];
  }

  /** The parsed draft, or undefined for a document that is not a draft or is over the size limit. */
  parse(document: vscode.TextDocument): ParsedDraft | undefined {
    if (!isDraft(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    // The same document object too: an untitled URI is reused by the next untitled file, which starts again at
    // version 1, sometimes before the old document's close event has cleared its entry.
    if (cached && cached.document === document && cached.version === document.version) return cached.parsed;
    const text = document.getText();
    if (text.length > this.getSettings().maxFileSizeMB * 1024 * 1024) return undefined;
    const source = new SourceText(text);
    const parsed = { source, structure: parseStructure(source) };
    this.cache.set(key, { document, version: document.version, parsed });
    return parsed;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.cache.clear();
  }
}
