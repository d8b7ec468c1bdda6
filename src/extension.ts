import * as vscode from 'vscode';
import { AnalysisService } from './vscode/analysisService';
import { onDidChangeSettings, readSettings, type Settings } from './vscode/config';
import type { FeatureContext } from './vscode/featureContext';
import { FEATURES } from './vscode/features';
import { Log } from './vscode/log';
import { PrimerService } from './vscode/primer/primerService';
import { StructureService } from './vscode/structureService';

/** Wires the features together; every listener and provider is pushed to `context.subscriptions`. */
export function activate(extension: vscode.ExtensionContext): void {
  const started = Date.now();
  const log = new Log();
  extension.subscriptions.push(log);
  try {
    let settings: Settings = readSettings();
    const settingsChanged = new vscode.EventEmitter<void>();
    extension.subscriptions.push(
      settingsChanged,
      onDidChangeSettings(() => {
        settings = readSettings();
        settingsChanged.fire();
      }),
    );
    const structure = new StructureService(() => settings);
    extension.subscriptions.push(structure);
    const analysis = new AnalysisService(log, () => settings, structure, undefined);
    extension.subscriptions.push(analysis);
    const primer = new PrimerService(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'primer-index.json').fsPath, log, analysis, settingsChanged.event);
    extension.subscriptions.push(primer);
    const context: FeatureContext = {
      extension,
      analysis,
      log,
      settings: () => settings,
      onDidChangeSettings: settingsChanged.event,
      primerEntryUri: (slug) => primer.entryUri(slug),
      primer,
      structure,
    };
    const servicesReady = Date.now();
    const featureTimes: string[] = [];
    for (const feature of FEATURES) {
      const featureStarted = Date.now();
      extension.subscriptions.push(feature(context));
      featureTimes.push(`${feature.name.replace(/^register/, '')} ${Date.now() - featureStarted}`);
    }
    void primer.reloadFolders();
    // The breakdown makes a slow start diagnosable from a user's log.
    log.info(`Activated in ${Date.now() - started} ms (VS Code ${vscode.version}; services ${servicesReady - started} ms; features: ${featureTimes.join(', ')} ms).`);
  } catch (error) {
    log.error('Activation failed', error);
    void vscode.window.showErrorMessage('Civil Rights Drafting could not start. See the "Civil Rights Drafting" output for details.');
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
