import type { Citation, Finding } from '../types';

/**
 * Checks case citations against CourtListener's citation-lookup API
 * (`POST /api/rest/v4/citation-lookup/`), within its limits: at most 64,000 characters and 250
 * citations a request, 60 citations a minute, and on HTTP 429 no request before `wait_until`.
 *
 * Pure logic: the HTTP call, the clock and waiting are passed in, so the same code runs in the
 * editor, the CLI and tests against a local server. Only the standard citations (`489 U.S. 378`),
 * never the draft's text, are sent.
 */

export const DEFAULT_VERIFY_ENDPOINT = 'https://www.courtlistener.com/api/rest/v4/citation-lookup/';

export type VerifyStatus = 'found' | 'not-found' | 'ambiguous' | 'unknown-reporter' | 'unchecked';

export interface Verdict {
  readonly status: VerifyStatus;
  /** Case names of the matching opinions, when found or ambiguous. */
  readonly caseNames?: readonly string[];
  /** CourtListener page of the (first) matching opinion. */
  readonly url?: string;
  /** What CourtListener said, for messages. */
  readonly message?: string;
  /** When the answer was received, ms since the epoch. */
  readonly checkedAt: number;
}

/** A cache of verdicts by normalized citation, e.g. on disk. */
export interface VerdictCache {
  get(citation: string): Verdict | undefined;
  set(citation: string, verdict: Verdict): void;
}

/** The subset of `fetch` the client uses. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

export interface VerifyOptions {
  readonly token: string;
  readonly endpoint?: string;
  readonly fetch: FetchLike;
  /** Milliseconds since the epoch. */
  readonly now?: () => number;
  /** Resolves after `ms`, or rejects when `signal` aborts. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly signal?: AbortSignal;
  readonly cache?: VerdictCache;
  /** How long a cached `found`/`ambiguous` verdict is trusted; `not-found` is trusted a tenth of it. Default 30 days. */
  readonly cacheTtlMs?: number;
  readonly maxCharsPerRequest?: number;
  readonly maxCitationsPerRequest?: number;
  readonly citationsPerMinute?: number;
  /** Called after each request with how many citations are done of the total to look up. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Called before waiting on the rate limit, with the time to wait. */
  readonly onWait?: (ms: number) => void;
}

export class VerifyError extends Error {
  constructor(
    message: string,
    readonly kind: 'auth' | 'http' | 'network' | 'cancelled' | 'protocol',
  ) {
    super(message);
    this.name = 'VerifyError';
  }
}

/** One item of the API's answer. */
interface LookupItem {
  citation?: string;
  normalized_citations?: string[];
  start_index?: number;
  end_index?: number;
  status?: number;
  error_message?: string;
  clusters?: { case_name?: string; absolute_url?: string }[];
}

const MINUTE = 60_000;

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new VerifyError('Verification was cancelled.', 'cancelled'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new VerifyError('Verification was cancelled.', 'cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The standard citations a draft asks CourtListener about: full case citations with a page, each once. */
export function citationsToVerify(citations: readonly Citation[]): string[] {
  const unique = new Set<string>();
  for (const citation of citations) {
    if (citation.kind === 'full-case' && citation.page !== undefined && citation.normalized) unique.add(citation.normalized);
  }
  return [...unique];
}

/** Splits citations into request bodies within the character and count limits. Each line is one citation. */
export function batch(citations: readonly string[], maxChars: number, maxCount: number): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const citation of citations) {
    const cost = citation.length + 1;
    if (current.length > 0 && (current.length >= maxCount || chars + cost > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(citation);
    chars += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function verdictFrom(item: LookupItem, checkedAt: number): Verdict {
  const clusters = item.clusters ?? [];
  const caseNames = clusters.map((cluster) => cluster.case_name).filter((name): name is string => typeof name === 'string');
  const first = clusters.find((cluster) => typeof cluster.absolute_url === 'string')?.absolute_url;
  const url = first ? new URL(first, 'https://www.courtlistener.com').toString() : undefined;
  const message = item.error_message || undefined;
  switch (item.status) {
    case 200:
      return { status: 'found', caseNames, url, checkedAt };
    case 300:
      return { status: 'ambiguous', caseNames, url, message, checkedAt };
    case 404:
      return { status: 'not-found', message, checkedAt };
    case 400:
      return { status: 'unknown-reporter', message, checkedAt };
    default:
      return { status: 'unchecked', message: message ?? `status ${item.status}`, checkedAt };
  }
}

function fresh(verdict: Verdict | undefined, now: number, ttl: number): verdict is Verdict {
  if (!verdict || verdict.status === 'unchecked') return false;
  const limit = verdict.status === 'not-found' || verdict.status === 'unknown-reporter' ? ttl / 10 : ttl;
  return now - verdict.checkedAt < limit;
}

/** When the API says to come back, from its 429 answer: `wait_until` (ISO-8601), or Retry-After seconds. */
function waitUntil(body: string, retryAfter: string | null, now: number): number {
  try {
    const parsed = JSON.parse(body) as { wait_until?: string; wait_util?: string };
    const at = Date.parse(parsed.wait_until ?? parsed.wait_util ?? '');
    if (Number.isFinite(at)) return at;
  } catch {
    // fall through
  }
  const seconds = Number(retryAfter);
  return now + (Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : MINUTE);
}

/**
 * Looks up each citation (standard form, e.g. `489 U.S. 378`) and returns a verdict for each, from the
 * cache where it is fresh. Throws VerifyError on a refused token, a server error or cancellation;
 * verdicts received before that are already in the cache.
 */
export async function verifyCitationStrings(citations: readonly string[], options: VerifyOptions): Promise<Map<string, Verdict>> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const ttl = options.cacheTtlMs ?? 30 * 24 * 60 * MINUTE;
  const perMinute = options.citationsPerMinute ?? 60;
  const endpoint = options.endpoint ?? DEFAULT_VERIFY_ENDPOINT;
  const results = new Map<string, Verdict>();
  const pending: string[] = [];
  for (const citation of new Set(citations)) {
    const cached = options.cache?.get(citation);
    if (fresh(cached, now(), ttl)) results.set(citation, cached);
    else pending.push(citation);
  }
  const total = pending.length;
  let done = 0;
  options.onProgress?.(done, total);
  /** Citations sent in the last minute, as [time, count]. */
  const sent: [number, number][] = [];
  const maxCount = Math.max(1, Math.min(options.maxCitationsPerRequest ?? 250, perMinute));
  const queue = batch(pending, options.maxCharsPerRequest ?? 64_000, maxCount);
  const cancelled = (): boolean => options.signal?.aborted === true;

  while (queue.length > 0) {
    if (cancelled()) throw new VerifyError('Verification was cancelled.', 'cancelled');
    const lines = queue[0]!;
    // Throttle: keep the citations sent in any minute within the limit.
    for (;;) {
      const t = now();
      while (sent.length > 0 && t - sent[0]![0] >= MINUTE) sent.shift();
      const used = sent.reduce((sum, [, count]) => sum + count, 0);
      if (used + lines.length <= perMinute) break;
      const wait = sent[0]![0] + MINUTE - t;
      options.onWait?.(wait);
      await sleep(wait, options.signal);
    }
    const text = lines.join('\n');
    let response;
    try {
      response = await options.fetch(endpoint, {
        method: 'POST',
        headers: {
          Authorization: `Token ${options.token}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: new URLSearchParams({ text }).toString(),
        signal: options.signal,
      });
    } catch (error) {
      if (cancelled()) throw new VerifyError('Verification was cancelled.', 'cancelled');
      throw new VerifyError(`Could not reach CourtListener: ${(error as Error).message}`, 'network');
    }
    const body = await response.text();
    if (response.status === 429) {
      const until = waitUntil(body, response.headers.get('Retry-After'), now());
      const wait = Math.max(0, until - now());
      options.onWait?.(wait);
      await sleep(wait, options.signal);
      continue;
    }
    if (response.status === 401 || response.status === 403) {
      throw new VerifyError('CourtListener refused the API token. Set a valid token and try again.', 'auth');
    }
    if (response.status < 200 || response.status >= 300) {
      throw new VerifyError(`CourtListener answered HTTP ${response.status}.`, 'http');
    }
    sent.push([now(), lines.length]);
    let items: LookupItem[];
    try {
      const parsed = JSON.parse(body) as unknown;
      // The API answers `{}` or `[]` when the text holds no citation.
      items = Array.isArray(parsed) ? (parsed as LookupItem[]) : [];
    } catch {
      throw new VerifyError('CourtListener sent an answer that is not JSON.', 'protocol');
    }
    // Map each answer back to the line it was found in, by its offsets in the text sent.
    const lineStarts: number[] = [];
    let offset = 0;
    for (const line of lines) {
      lineStarts.push(offset);
      offset += line.length + 1;
    }
    const lineOf = (index: number): number => {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= index) line++;
      return line;
    };
    const answered = new Map<number, Verdict>();
    const retry: string[] = [];
    const checkedAt = now();
    for (const item of items) {
      if (typeof item.start_index !== 'number') continue;
      const line = lineOf(item.start_index);
      if (item.status === 429) {
        retry.push(lines[line]!);
        continue;
      }
      const verdict = verdictFrom(item, checkedAt);
      const previous = answered.get(line);
      // A line may hold one citation only; keep the most definite answer if the parser saw two.
      if (!previous || previous.status === 'unchecked') answered.set(line, verdict);
    }
    lines.forEach((line, index) => {
      if (retry.includes(line)) return;
      const verdict = answered.get(index) ?? {
        status: 'unchecked' as const,
        message: 'CourtListener did not read this as a citation.',
        checkedAt,
      };
      results.set(line, verdict);
      options.cache?.set(line, verdict);
    });
    queue.shift();
    if (retry.length > 0) queue.unshift(retry);
    done += lines.length - retry.length;
    options.onProgress?.(done, total);
  }
  return results;
}

/** A verification result for one citation of the draft. */
export interface CitationVerdict {
  /** Index into the draft's citations. */
  readonly index: number;
  readonly citation: Citation;
  readonly verdict: Verdict;
}

/** Verifies the draft's full case citations; short forms, id. and supra share their antecedent's verdict. */
export async function verifyCitations(citations: readonly Citation[], options: VerifyOptions): Promise<CitationVerdict[]> {
  const verdicts = await verifyCitationStrings(citationsToVerify(citations), options);
  const out: CitationVerdict[] = [];
  citations.forEach((citation, index) => {
    const verdict = citation.kind === 'full-case' && citation.normalized ? verdicts.get(citation.normalized) : undefined;
    if (verdict) out.push({ index, citation, verdict });
  });
  return out;
}

/** The finding code and a message for a verdict worth telling the drafter about, or undefined. */
/**
 * Findings for the citations CourtListener did not confirm, given verdicts keyed by normalised citation:
 * what the editor shows after "Verify Citations" and the CLI adds with `--verify`.
 */
export function verdictFindings(citations: readonly Citation[], verdicts: ReadonlyMap<string, Verdict>): Finding[] {
  const findings: Finding[] = [];
  for (const citation of citations) {
    const verdict = citation.kind === 'full-case' && citation.normalized ? verdicts.get(citation.normalized) : undefined;
    const described = verdict && describeVerdict(citation, verdict);
    if (!described) continue;
    findings.push({ ...described, range: citation.range, evidence: [{ text: citation.text, range: citation.range }] });
  }
  return findings;
}

export function describeVerdict(citation: Citation, verdict: Verdict): { code: string; severity: 'warning' | 'information'; message: string } | undefined {
  const cite = citation.normalized ?? citation.text;
  switch (verdict.status) {
    case 'not-found':
      return {
        code: 'citation/not-found',
        severity: 'warning',
        message: `CourtListener has no opinion at ${cite}. Check the volume, reporter and page against the opinion itself before filing: courts sanction citations to cases that do not exist (Fed. R. Civ. P. 11(b)(2)).`,
      };
    case 'unknown-reporter':
      return {
        code: 'citation/unknown-reporter',
        severity: 'warning',
        message: `CourtListener does not know the reporter in ${cite}. Check the abbreviation (Bluebook table T1) and the citation.`,
      };
    case 'ambiguous':
      return {
        code: 'citation/ambiguous',
        severity: 'information',
        message: `${cite} matches more than one opinion on CourtListener${verdict.caseNames?.length ? ` (${verdict.caseNames.join('; ')})` : ''}. Make sure the case name matches the one you mean.`,
      };
    default:
      return undefined;
  }
}
