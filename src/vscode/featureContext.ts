import type * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import type { Settings } from './config';
import type { Log } from './log';
import type { PrimerService } from './primer/primerService';
import type { StructureService } from './structureService';

/** What every feature module is given: shared services, never global state. */
export interface FeatureContext {
  readonly extension: vscode.ExtensionContext;
  readonly analysis: AnalysisService;
  readonly log: Log;
  /** The current settings; re-read after every `civilRights.*` change. */
  settings(): Settings;
  readonly onDidChangeSettings: vscode.Event<void>;
  /** A URI that opens the primer entry for a slug, for diagnostic codes and hovers; undefined when unknown. */
  primerEntryUri(slug: string | undefined): vscode.Uri | undefined;
  /** The primer in force (bundled plus user folders) and its changes. */
  readonly primer: PrimerService;
  /** Drafts' caption, sections, counts and numbered paragraphs, parsed once per document version. */
  readonly structure: StructureService;
}

/** A feature registers its providers and commands and returns what must be disposed. */
export type Feature = (context: FeatureContext) => vscode.Disposable;
