/** A leading case named in a primer entry's frontmatter. */
export interface PrimerCase {
  readonly name: string;
  /** e.g. `489 U.S. 378` */
  readonly citation: string;
  readonly year?: number;
  /** CourtListener URL; the citation form `/c/<reporter>/<volume>/<page>/` when no exact opinion is known. */
  readonly url?: string;
}

export interface PrimerEntry {
  readonly slug: string;
  readonly title: string;
  readonly term: string;
  readonly description: string;
  readonly category: string;
  readonly related: readonly string[];
  readonly tags: readonly string[];
  readonly aliases: readonly string[];
  readonly cases: readonly PrimerCase[];
  /** Body sections by heading text (`What It Is`, `What You Must Prove`, ...), as Markdown. */
  readonly sections: Readonly<Record<string, string>>;
  /** The numbered elements of `What You Must Prove`, as Markdown. */
  readonly elements: readonly string[];
  /** Slugs linked from the body with `/primer/<slug>`. */
  readonly links: readonly string[];
  /** The whole Markdown body, without frontmatter. */
  readonly body: string;
  /** Where the entry came from: `bundled`, or the path or URI of a user primer file. */
  readonly source: string;
}

export interface PrimerProblem {
  readonly source: string;
  readonly message: string;
  readonly line?: number;
}
