import type { DocumentAnalysis, Finding, Severity } from '../types';

/** One checked file, as the command-line checker reports it. */
export interface FileReport extends DocumentAnalysis {
  readonly path: string;
}

export const REPORT_VERSION = 1;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** True when a finding is at least as severe as `threshold` (`error` > `warning` > `information` > `hint`). */
export function reaches(finding: Finding, threshold: Severity): boolean {
  return SEVERITY_RANK[finding.severity] <= SEVERITY_RANK[threshold];
}

/** The JSON contract of `civil-rights-check --format json`: one document for all files. */
export function toJsonReport(files: readonly FileReport[]): string {
  return JSON.stringify(
    {
      version: REPORT_VERSION,
      files: files.map((file) => ({
        path: file.path,
        findings: file.findings,
        claims: file.claims,
        citations: file.citations,
        terms: file.terms,
      })),
    },
    null,
    2,
  );
}

/** `path:line:col severity code message`, one finding a line, one-based like other linters. */
export function toTextReport(files: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const finding of file.findings) {
      const { line, character } = finding.range.start;
      lines.push(`${file.path}:${line + 1}:${character + 1} ${finding.severity} ${finding.code} ${finding.message.replace(/\s*\n\s*/g, ' ')}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export interface SarifOptions {
  readonly toolVersion: string;
  readonly informationUri: string;
  /** Turns a report path into the URI SARIF viewers open. */
  readonly toArtifactUri: (path: string) => string;
}

/** SARIF 2.1.0, for code-scanning dashboards. Regions are one-based; columns count UTF-16 units. */
export function toSarifReport(files: readonly FileReport[], options: SarifOptions): string {
  const rules = new Map<string, { id: string; shortDescription: { text: string }; helpUri?: string }>();
  const results = [];
  for (const file of files) {
    for (const finding of file.findings) {
      if (!rules.has(finding.code)) {
        rules.set(finding.code, {
          id: finding.code,
          shortDescription: { text: finding.code },
          ...(finding.authority ? { helpUri: finding.authority.url } : {}),
        });
      }
      results.push({
        ruleId: finding.code,
        level: SARIF_LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: options.toArtifactUri(file.path) },
              region: {
                startLine: finding.range.start.line + 1,
                startColumn: finding.range.start.character + 1,
                endLine: finding.range.end.line + 1,
                endColumn: finding.range.end.character + 1,
              },
            },
          },
        ],
      });
    }
  }
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'civil-rights-check',
              version: options.toolVersion,
              informationUri: options.informationUri,
              rules: [...rules.values()],
            },
          },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  );
}
