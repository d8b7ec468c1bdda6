/** The categories a primer entry may belong to, in the order the Primer view lists them. */
export const PRIMER_CATEGORIES = [
  'doctrine',
  'constitutional-law',
  'qualified-immunity',
  'statute',
  'procedure',
  'evidence',
  'remedies',
] as const;

export type PrimerCategory = (typeof PRIMER_CATEGORIES)[number];

/** A leading case named in a primer entry's frontmatter. */
export interface PrimerCase {
  readonly name: string;
  /** Volume, reporter and first page only, e.g. `489 U.S. 378`. */
  readonly citation: string;
  readonly year?: number;
  /** CourtListener URL, normally the citation form `https://www.courtlistener.com/c/<reporter>/<volume>/<page>/`. */
  readonly url?: string;
}

/** The body sections every entry has, in order. */
export const PRIMER_SECTIONS = ['What It Is', 'What You Must Prove', 'Key Cases', 'Practical Tips', 'Key Takeaway'] as const;

export interface PrimerEntry {
  /** The file name without `.md`: lower-case words joined by hyphens. */
  readonly slug: string;
  readonly title: string;
  /** The term as drafts write it; unique across the primer. */
  readonly term: string;
  /** One or two plain sentences. */
  readonly description: string;
  readonly category: PrimerCategory;
  /** Slugs of related entries. */
  readonly related: readonly string[];
  readonly tags: readonly string[];
  /** Other ways drafts say the term; unique across the primer. */
  readonly aliases: readonly string[];
  readonly cases: readonly PrimerCase[];
  /** Body sections by heading text (`What It Is`, `What You Must Prove`, ...), as Markdown. */
  readonly sections: Readonly<Record<string, string>>;
  /** The numbered elements of `What You Must Prove`, as Markdown, without their numbers. */
  readonly elements: readonly string[];
  /** Slugs linked from the body with `/primer/<slug>`, in order of first appearance. */
  readonly links: readonly string[];
  /** The whole Markdown body, without frontmatter. */
  readonly body: string;
  /** Where the entry came from: `bundled:<file>`, or the path or URI of a user primer file. */
  readonly source: string;
}

/**
 * Something wrong with a primer file. An `error` means the entry could not be used and was skipped;
 * a `warning` means it was loaded but does not follow the format.
 */
export interface PrimerProblem {
  readonly source: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Zero-based line in the file the problem is on, when known. */
  readonly line?: number;
}

/** One primer file's text, as read by the CLI, the build or the editor. */
export interface PrimerFile {
  /** A path or URI naming the file; its last segment, without `.md`, is the entry's slug. */
  readonly source: string;
  readonly text: string;
}

export interface ParsedPrimerFile {
  /** Undefined when the file has an error that makes the entry unusable. */
  readonly entry?: PrimerEntry;
  readonly problems: readonly PrimerProblem[];
}
