import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { verdictFindings, verifyCitations, VerifyError, type FetchLike, type Verdict, type VerdictCache } from '../core/citations';
import type { FileReport } from '../core/report';

/** Environment variables `--verify` reads. */
export const TOKEN_VARIABLE = 'COURTLISTENER_TOKEN';
export const ENDPOINT_VARIABLE = 'COURTLISTENER_ENDPOINT';
export const CACHE_VARIABLE = 'CIVIL_RIGHTS_CACHE_DIR';

/** Verdicts kept between runs, in the user's cache folder; a cache that cannot be read or written is skipped. */
class FileCache implements VerdictCache {
  private readonly entries = new Map<string, Verdict>();
  private dirty = false;

  constructor(private readonly path: string) {
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { version?: number; verdicts?: Record<string, Verdict> };
      if (data.version === 1 && data.verdicts) for (const [key, verdict] of Object.entries(data.verdicts)) this.entries.set(key, verdict);
    } catch {
      // No cache yet.
    }
  }

  get(citation: string): Verdict | undefined {
    return this.entries.get(citation);
  }

  set(citation: string, verdict: Verdict): void {
    this.entries.set(citation, verdict);
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, JSON.stringify({ version: 1, verdicts: Object.fromEntries(this.entries) }));
    } catch {
      // A read-only home is not an error for a checker.
    }
  }
}

function cachePath(env: NodeJS.ProcessEnv): string {
  const base = env[CACHE_VARIABLE] ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'civil-rights-drafting');
  return join(base, 'citation-verdicts.json');
}

/**
 * `--verify`: looks up every file's case citations on CourtListener (token from COURTLISTENER_TOKEN,
 * endpoint overridable with COURTLISTENER_ENDPOINT) and adds a finding for each citation not found
 * (warning) or ambiguous (information). Returns the reports with those findings, or an error message.
 */
export async function verifyReports(reports: readonly FileReport[], env: NodeJS.ProcessEnv): Promise<{ reports: FileReport[] } | { error: string }> {
  const token = env[TOKEN_VARIABLE]?.trim();
  if (!token) return { error: `--verify needs a CourtListener API token in the ${TOKEN_VARIABLE} environment variable` };
  const cache = new FileCache(cachePath(env));
  const all = reports.flatMap((report) => report.citations);
  try {
    const results = await verifyCitations(all, {
      token,
      endpoint: env[ENDPOINT_VARIABLE]?.trim() || undefined,
      fetch: globalThis.fetch as unknown as FetchLike,
      cache,
    });
    const verdicts = new Map(results.map((r) => [r.citation.normalized!, r.verdict]));
    return {
      reports: reports.map((report) => {
        const added = verdictFindings(report.citations, verdicts);
        return added.length > 0 ? { ...report, findings: [...report.findings, ...added] } : report;
      }),
    };
  } catch (error) {
    return { error: error instanceof VerifyError ? error.message : `verifying citations failed: ${(error as Error).message}` };
  } finally {
    cache.save();
  }
}
