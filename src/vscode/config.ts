import * as vscode from 'vscode';
import { SEVERITIES, type Severity } from '../core';

/**
 * Every `civilRights.*` setting, read through one typed accessor that validates values and falls
 * back to the defaults declared in package.json. Add a setting here and in package.json together.
 */
export interface Settings {
  readonly diagnosticsEnabled: boolean;
  readonly debounceMs: number;
  /** Per finding code (or code prefix such as `failure-to-train/`): a severity, or `off`. */
  readonly severityOverrides: Readonly<Record<string, Severity | 'off'>>;
  readonly maxFileSizeMB: number;
  readonly hoverEnabled: boolean;
  /** Show "Monell elements: 2 of 3" above each Monell count. */
  readonly monellCodeLens: boolean;
  /** At most this many drafts are read by "Check All Drafts in the Workspace". */
  readonly workspaceCheckMaxFiles: number;
  /** CourtListener citation-lookup endpoint that "Verify Citations" posts to. */
  readonly citationsVerifyEndpoint: string;
}

const SECTION = 'civilRights';

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

function severityOverrides(value: unknown): Record<string, Severity | 'off'> {
  const result: Record<string, Severity | 'off'> = {};
  if (value && typeof value === 'object') {
    for (const [code, severity] of Object.entries(value)) {
      if (severity === 'off' || SEVERITIES.includes(severity as Severity)) result[code] = severity as Severity | 'off';
    }
  }
  return result;
}

function httpUrl(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : fallback;
  } catch {
    return fallback;
  }
}

/** The window-wide settings. `civilRights.primer.paths` is per folder: read it with `readPrimerPaths`. */
export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    diagnosticsEnabled: config.get<boolean>('diagnostics.enabled') !== false,
    debounceMs: numberIn(config.get('diagnostics.debounceMs'), 0, 10_000, 300),
    severityOverrides: severityOverrides(config.get('diagnostics.severity')),
    maxFileSizeMB: numberIn(config.get('analysis.maxFileSizeMB'), 0.1, 1024, 10),
    hoverEnabled: config.get<boolean>('hover.enabled') !== false,
    monellCodeLens: config.get<boolean>('monell.codeLens') !== false,
    workspaceCheckMaxFiles: Math.floor(numberIn(config.get('workspaceCheck.maxFiles'), 1, 100_000, 1000)),
    citationsVerifyEndpoint: httpUrl(config.get('citations.verifyEndpoint'), 'https://www.courtlistener.com/api/rest/v4/citation-lookup/'),
  };
}

/** The primer folders configured for one workspace folder (or, with none open, for the user). */
export function readPrimerPaths(folder?: vscode.WorkspaceFolder): string[] {
  const primerPaths = vscode.workspace.getConfiguration(SECTION, folder).get<unknown>('primer.paths');
  return Array.isArray(primerPaths) ? primerPaths.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
}

/** Calls `listener` whenever a `civilRights.*` setting changes. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SECTION)) listener();
  });
}

/** The severity a finding is shown with after the user's overrides, or `off`. */
export function effectiveSeverity(code: string, severity: Severity, settings: Settings): Severity | 'off' {
  const overrides = settings.severityOverrides;
  if (code in overrides) return overrides[code]!;
  const prefix = code.includes('/') ? code.slice(0, code.indexOf('/') + 1) : undefined;
  if (prefix && prefix in overrides) return overrides[prefix]!;
  return severity;
}
