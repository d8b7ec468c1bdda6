import { parsePrimerFile } from './parse';
import { phraseTokens, TermMatcher } from './termMatcher';
import { PRIMER_CATEGORIES, type PrimerCategory, type PrimerEntry, type PrimerFile, type PrimerProblem } from './types';

/** The pre-built index of the bundled primer that the build writes to `dist/primer-index.json`. */
export interface PrimerIndexData {
  readonly version: 1;
  readonly entries: readonly PrimerEntry[];
}

/** A set of entries from one place: the bundled primer, or one user primer folder. */
export interface PrimerLayer {
  /** `bundled`, or the folder the entries were read from. */
  readonly name: string;
  readonly entries: readonly PrimerEntry[];
}

/** Parses many files; entries with errors are left out and their problems returned. */
export function parsePrimerFiles(files: readonly PrimerFile[]): { entries: PrimerEntry[]; problems: PrimerProblem[] } {
  const entries: PrimerEntry[] = [];
  const problems: PrimerProblem[] = [];
  for (const file of files) {
    const parsed = parsePrimerFile(file);
    problems.push(...parsed.problems);
    if (parsed.entry) entries.push(parsed.entry);
  }
  return { entries, problems };
}

export function toPrimerIndexData(entries: readonly PrimerEntry[]): PrimerIndexData {
  return { version: 1, entries: [...entries].sort((a, b) => a.slug.localeCompare(b.slug)) };
}

function isEntryShape(value: unknown): value is PrimerEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return (
    ['slug', 'title', 'term', 'description', 'category', 'body', 'source'].every((key) => typeof entry[key] === 'string') &&
    ['related', 'tags', 'aliases', 'cases', 'elements', 'links'].every((key) => Array.isArray(entry[key])) &&
    typeof entry.sections === 'object' && entry.sections !== null
  );
}

/** Reads a pre-built index; anything that is not one gives no entries and a problem, never an exception. */
export function fromPrimerIndexData(json: unknown, source = 'primer-index.json'): { entries: PrimerEntry[]; problems: PrimerProblem[] } {
  const data = json as Partial<PrimerIndexData> | null;
  if (!data || typeof data !== 'object' || data.version !== 1 || !Array.isArray(data.entries)) {
    return { entries: [], problems: [{ source, severity: 'error', message: 'not a primer index (version 1); rebuild with `npm run build`' }] };
  }
  const entries = data.entries.filter(isEntryShape);
  const problems: PrimerProblem[] = entries.length === data.entries.length
    ? []
    : [{ source, severity: 'warning', message: `${data.entries.length - entries.length} malformed entries were skipped` }];
  return { entries, problems };
}

/** `139 S. Ct. 1715` and `139 S.Ct. 1715` alike. */
function citationKey(citation: string): string {
  return citation.replace(/\s+/g, '').toLowerCase();
}

/** Two entries that claim the same phrase; the matcher gives it to `winner`. */
export interface PhraseConflict {
  readonly phrase: string;
  readonly winner: string;
  readonly loser: string;
}

/**
 * The primer: entries by slug, layered so that a later layer (a user folder) adds entries and replaces
 * bundled entries with the same slug. Immutable; build a new one when a layer changes.
 */
export class PrimerIndex {
  private readonly bySlug = new Map<string, { entry: PrimerEntry; layer: number }>();
  private cachedMatcher: TermMatcher | undefined;
  private cachedCitations: Map<string, PrimerEntry[]> | undefined;
  readonly layers: readonly PrimerLayer[];

  constructor(layers: readonly PrimerLayer[]) {
    this.layers = layers;
    layers.forEach((layer, depth) => {
      for (const entry of layer.entries) this.bySlug.set(entry.slug, { entry, layer: depth });
    });
  }

  static empty(): PrimerIndex {
    return new PrimerIndex([]);
  }

  get size(): number {
    return this.bySlug.size;
  }

  get(slug: string): PrimerEntry | undefined {
    return this.bySlug.get(slug)?.entry;
  }

  has(slug: string): boolean {
    return this.bySlug.has(slug);
  }

  /** The layer an entry comes from (`bundled` or a user folder). */
  layerOf(slug: string): string | undefined {
    const found = this.bySlug.get(slug);
    return found ? this.layers[found.layer]?.name : undefined;
  }

  /** Every entry, by term. */
  entries(): PrimerEntry[] {
    return [...this.bySlug.values()].map(({ entry }) => entry).sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  }

  /** Entries grouped by category, in the order of PRIMER_CATEGORIES, each group by term; empty groups left out. */
  byCategory(): { category: PrimerCategory; entries: PrimerEntry[] }[] {
    const all = this.entries();
    return PRIMER_CATEGORIES
      .map((category) => ({ category, entries: all.filter((entry) => entry.category === category) }))
      .filter((group) => group.entries.length > 0);
  }

  /** Finds terms and aliases of the entries in force, the later layer winning a shared phrase. */
  get matcher(): TermMatcher {
    if (!this.cachedMatcher) {
      const layers = this.layers.map(() => [] as { slug: string; term: string; phrases: string[] }[]);
      for (const { entry, layer } of this.bySlug.values()) {
        layers[layer]!.push({ slug: entry.slug, term: entry.term, phrases: [entry.term, ...entry.aliases] });
      }
      for (const layer of layers) layer.sort((a, b) => a.slug.localeCompare(b.slug));
      this.cachedMatcher = new TermMatcher(layers);
    }
    return this.cachedMatcher;
  }

  /**
   * Entries that name a case among their leading cases, by its citation (`489 U.S. 378`; spacing in the
   * reporter is ignored), sorted by term. For citation hovers: "the primer entries that rely on this case".
   */
  entriesCiting(citation: string): PrimerEntry[] {
    if (!this.cachedCitations) {
      this.cachedCitations = new Map();
      for (const entry of this.entries()) {
        for (const entryCase of entry.cases) {
          const key = citationKey(entryCase.citation);
          const list = this.cachedCitations.get(key) ?? [];
          if (!list.includes(entry)) list.push(entry);
          this.cachedCitations.set(key, list);
        }
      }
    }
    return [...(this.cachedCitations.get(citationKey(citation)) ?? [])];
  }

  /** Phrases (terms and aliases, compared as the matcher does) that more than one entry claims. */
  conflicts(): PhraseConflict[] {
    const owners = new Map<string, string>();
    const conflicts: PhraseConflict[] = [];
    const ordered = [...this.bySlug.values()].sort((a, b) => b.layer - a.layer || a.entry.slug.localeCompare(b.entry.slug));
    for (const { entry } of ordered) {
      for (const phrase of [entry.term, ...entry.aliases]) {
        const key = phraseTokens(phrase).join(' ');
        const owner = owners.get(key);
        if (owner === undefined) owners.set(key, entry.slug);
        else if (owner !== entry.slug) conflicts.push({ phrase, winner: owner, loser: entry.slug });
      }
    }
    return conflicts;
  }

  /**
   * Entries whose term, alias or description contain every word of the query, best first: a term that
   * starts with the query, then a term or alias containing it, then the rest.
   */
  search(query: string): PrimerEntry[] {
    const words = query.toLowerCase().split(/[\s-]+/).filter(Boolean);
    if (words.length === 0) return this.entries();
    const scored: { entry: PrimerEntry; score: number }[] = [];
    for (const entry of this.entries()) {
      const names = [entry.term, ...entry.aliases].map((name) => name.toLowerCase());
      const haystack = `${names.join(' ')} ${entry.description.toLowerCase()} ${entry.slug}`;
      if (!words.every((word) => haystack.includes(word))) continue;
      const phrase = words.join(' ');
      const score = names[0]!.startsWith(phrase) ? 0 : names.some((name) => name.includes(phrase)) ? 1 : 2;
      scored.push({ entry, score });
    }
    return scored.sort((a, b) => a.score - b.score).map(({ entry }) => entry);
  }
}
