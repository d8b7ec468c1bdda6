import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  fromPrimerIndexData,
  parsePrimerFile,
  PrimerIndex,
  type PrimerEntry,
  type PrimerLayer,
  type PrimerProblem,
} from '../../core/primer';
import type { TermFinder } from '../../core';
import type { AnalysisService } from '../analysisService';
import { readPrimerPaths } from '../config';
import { toPrimerDiagnostic } from '../convert';
import type { Log } from '../log';

/** The read-only virtual documents that show primer entries: `civil-rights-primer:/<slug>.md`. */
export const PRIMER_SCHEME = 'civil-rights-primer';

/** How long to wait after a user primer file changes before reading it again, per file. */
const RELOAD_DEBOUNCE_MS = 150;

export function primerUri(slug: string): vscode.Uri {
  return vscode.Uri.from({ scheme: PRIMER_SCHEME, path: `/${slug}.md` });
}

/** The slug a primer document URI shows, or undefined for any other URI. */
export function slugOfPrimerUri(uri: vscode.Uri): string | undefined {
  if (uri.scheme !== PRIMER_SCHEME) return undefined;
  const match = /^\/([a-z0-9-]+)\.md$/.exec(uri.path);
  return match?.[1];
}

function isEntryFile(name: string): boolean {
  return /\.md$/i.test(name) && name.toLowerCase() !== 'readme.md';
}

interface UserFolder {
  readonly uri: vscode.Uri;
  /** The setting value it came from, for messages and the Primer view. */
  readonly label: string;
  /** Parsed entry per file URI; undefined for a file that was skipped. */
  readonly files: Map<string, PrimerEntry | undefined>;
  readonly watcher: vscode.Disposable;
}

/**
 * The primer in force: the bundled index (pre-built by the build, loaded without Markdown parsing) and
 * the user primer folders of `civilRights.primer.paths`, which are read only in trusted workspaces,
 * watched (one watcher per folder, a debounce per file, deletions applied at once) and layered over the
 * bundled entries. A malformed user entry gets a diagnostic on its file and one line in the output, and
 * is skipped. Every change rebuilds the index and gives the new term finder to the analysis service.
 */
export class PrimerService implements vscode.Disposable {
  private bundledEntries: PrimerEntry[] | undefined;
  private readonly folders = new Map<string, UserFolder>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('civilRights.primer');
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private currentIndexValue: PrimerIndex | undefined;
  private reloading: Promise<void> = Promise.resolve();
  private disposed = false;

  /** Fires after the index changed (a user folder was read, an entry was added, changed or deleted). */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly bundledIndexPath: string,
    private readonly log: Log,
    private readonly analysis: AnalysisService,
    onDidChangeSettings: vscode.Event<void>,
  ) {
    this.analysis.setTermFinder(this.termFinder);
    this.disposables.push(
      this.diagnostics,
      this.changeEmitter,
      onDidChangeSettings(() => void this.reloadFolders()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reloadFolders()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadFolders()),
    );
  }

  private static readBundled(path: string, log: Log): PrimerEntry[] {
    try {
      const { entries, problems } = fromPrimerIndexData(JSON.parse(readFileSync(path, 'utf8')), path);
      for (const problem of problems) log.warn(`Bundled primer: ${problem.message}`);
      return entries;
    } catch (error) {
      log.error('The bundled primer could not be loaded; hovers and the Primer view will be empty', error);
      return [];
    }
  }

  /** The bundled entries, read on first use so that activation reads and parses no primer. */
  private get bundled(): PrimerEntry[] {
    return (this.bundledEntries ??= PrimerService.readBundled(this.bundledIndexPath, this.log));
  }

  private get currentIndex(): PrimerIndex {
    return (this.currentIndexValue ??= new PrimerIndex([{ name: 'bundled', entries: this.bundled }]));
  }

  /** Finds terms with the current index's matcher, which is built on first use rather than during activation. */
  private readonly termFinder: TermFinder = { findTerms: (source) => this.currentIndex.matcher.findTerms(source) };

  /** The primer as it stands now. */
  get index(): PrimerIndex {
    return this.currentIndex;
  }

  /** Resolves when the user folders named in the settings have been read (again). */
  whenReady(): Promise<void> {
    return this.reloading;
  }

  entryUri(slug: string | undefined): vscode.Uri | undefined {
    return slug !== undefined && this.currentIndex.has(slug) ? primerUri(slug) : undefined;
  }

  /** The user primer folders the settings name, resolved; none in an untrusted workspace. */
  private configuredFolders(): { uri: vscode.Uri; label: string }[] {
    if (!vscode.workspace.isTrusted) return [];
    const found = new Map<string, { uri: vscode.Uri; label: string }>();
    const add = (path: string, base: vscode.Uri | undefined): void => {
      const absolute = /^([a-zA-Z]:[\\/]|[\\/])/.test(path);
      const uri = absolute ? vscode.Uri.file(path) : base ? vscode.Uri.joinPath(base, path) : undefined;
      if (uri && !found.has(uri.toString())) found.set(uri.toString(), { uri, label: path });
    };
    const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
    if (workspaceFolders.length === 0) for (const path of readPrimerPaths()) add(path, undefined);
    for (const folder of workspaceFolders) for (const path of readPrimerPaths(folder)) add(path, folder.uri);
    return [...found.values()];
  }

  /** Re-reads the settings and starts or stops reading and watching user folders to match. Serialised. */
  reloadFolders(): Promise<void> {
    this.reloading = this.reloading.then(() => this.syncFolders()).catch((error) => this.log.error('Reading the primer folders failed', error));
    return this.reloading;
  }

  private async syncFolders(): Promise<void> {
    if (this.disposed) return;
    const wanted = this.configuredFolders();
    const wantedKeys = new Set(wanted.map((folder) => folder.uri.toString()));
    let changed = false;
    for (const [key, folder] of this.folders) {
      if (wantedKeys.has(key)) continue;
      folder.watcher.dispose();
      for (const file of folder.files.keys()) this.diagnostics.delete(vscode.Uri.parse(file));
      this.folders.delete(key);
      changed = true;
    }
    for (const { uri, label } of wanted) {
      if (this.folders.has(uri.toString())) continue;
      const folder: UserFolder = { uri, label, files: new Map(), watcher: this.watch(uri) };
      this.folders.set(uri.toString(), folder);
      changed = true;
      let names: string[] = [];
      try {
        names = (await vscode.workspace.fs.readDirectory(uri))
          .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && isEntryFile(name))
          .map(([name]) => name)
          .sort();
      } catch {
        this.log.warn(`Primer folder ${label} (civilRights.primer.paths) was not found; it is watched and read once it exists.`);
      }
      for (const name of names) await this.readFile(folder, vscode.Uri.joinPath(uri, name));
    }
    if (changed) this.rebuild();
  }

  private watch(folderUri: vscode.Uri): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folderUri, '*.md'));
    const schedule = (uri: vscode.Uri): void => {
      const key = uri.toString();
      clearTimeout(this.timers.get(key));
      this.timers.set(key, setTimeout(() => {
        this.timers.delete(key);
        void this.refreshFile(folderUri, uri);
      }, RELOAD_DEBOUNCE_MS));
    };
    // The folder itself may be created after the setting names it, or deleted as a whole (one event, no
    // event per file): watch its name in its parent and list it again when either happens.
    const name = folderUri.path.slice(folderUri.path.lastIndexOf('/') + 1);
    const folderWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(folderUri, '..'), name), false, true, false);
    const relist = (): void => void this.relistFolder(folderUri);
    return vscode.Disposable.from(
      watcher,
      folderWatcher,
      folderWatcher.onDidCreate(relist),
      folderWatcher.onDidDelete(relist),
      watcher.onDidCreate(schedule),
      watcher.onDidChange(schedule),
      watcher.onDidDelete((uri) => {
        clearTimeout(this.timers.get(uri.toString()));
        this.timers.delete(uri.toString());
        const folder = this.folders.get(folderUri.toString());
        if (folder?.files.delete(uri.toString())) {
          this.diagnostics.delete(uri);
          this.rebuild();
        }
      }),
    );
  }

  /** Reads a folder's entries again: new files are read, files that are gone (or the whole folder) removed. */
  private async relistFolder(folderUri: vscode.Uri): Promise<void> {
    const folder = this.folders.get(folderUri.toString());
    if (!folder || this.disposed) return;
    const present = new Set<string>();
    try {
      for (const [name, type] of await vscode.workspace.fs.readDirectory(folderUri)) {
        if ((type & vscode.FileType.File) !== 0 && isEntryFile(name)) present.add(vscode.Uri.joinPath(folderUri, name).toString());
      }
    } catch {
      // The folder is gone: every entry in it goes too.
    }
    if (this.folders.get(folderUri.toString()) !== folder) return;
    for (const key of [...folder.files.keys()]) {
      if (present.has(key)) continue;
      folder.files.delete(key);
      this.diagnostics.delete(vscode.Uri.parse(key));
    }
    for (const key of present) if (!folder.files.has(key)) await this.readFile(folder, vscode.Uri.parse(key));
    if (this.folders.get(folderUri.toString()) === folder) this.rebuild();
  }

  private async refreshFile(folderUri: vscode.Uri, uri: vscode.Uri): Promise<void> {
    const folder = this.folders.get(folderUri.toString());
    if (!folder || this.disposed || !isEntryFile(uri.path.slice(uri.path.lastIndexOf('/') + 1))) return;
    await this.readFile(folder, uri);
    if (this.folders.get(folderUri.toString()) === folder) this.rebuild();
  }

  /** Reads and parses one user entry into its folder; problems go to the file's diagnostics and the log. */
  private async readFile(folder: UserFolder, uri: vscode.Uri): Promise<void> {
    let problems: readonly PrimerProblem[];
    let entry: PrimerEntry | undefined;
    try {
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      ({ entry, problems } = parsePrimerFile({ source: uri.toString(), text }));
    } catch (error) {
      if ((error as vscode.FileSystemError)?.code === 'FileNotFound') {
        folder.files.delete(uri.toString());
        this.diagnostics.delete(uri);
        return;
      }
      problems = [{ source: uri.toString(), severity: 'error', message: `could not be read: ${(error as Error).message}` }];
    }
    folder.files.set(uri.toString(), entry);
    this.diagnostics.set(uri, problems.map(toPrimerDiagnostic));
    const error = problems.find((problem) => problem.severity === 'error');
    if (error) {
      const line = error.line === undefined ? '' : `:${error.line + 1}`;
      this.log.warn(`Primer entry ${uri.fsPath || uri.toString()}${line} skipped: ${error.message}`);
    }
  }

  private rebuild(): void {
    if (this.disposed) return;
    const layers: PrimerLayer[] = [{ name: 'bundled', entries: this.bundled }];
    for (const folder of this.folders.values()) {
      const entries = [...folder.files.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([, entry]) => entry)
        .filter((entry): entry is PrimerEntry => entry !== undefined);
      layers.push({ name: folder.label, entries });
    }
    this.currentIndexValue = new PrimerIndex(layers);
    this.analysis.setTermFinder(this.termFinder);
    this.changeEmitter.fire();
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const folder of this.folders.values()) folder.watcher.dispose();
    this.folders.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
