import matter from 'gray-matter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Heading, List, Node, Root } from 'mdast';
import {
  PRIMER_CATEGORIES,
  PRIMER_SECTIONS,
  type ParsedPrimerFile,
  type PrimerCase,
  type PrimerCategory,
  type PrimerEntry,
  type PrimerFile,
  type PrimerProblem,
} from './types';

/** Lower-case words of letters and digits joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `489 U.S. 378`, `588 F.3d 838`, `139 S. Ct. 1715`, `2 F. Supp. 2d 10`: volume, reporter, first page. */
export const CITATION_PATTERN = /^(\d{1,4}) ([A-Z][A-Za-z0-9.]*(?: [A-Za-z0-9.]+)*) (\d{1,5})$/;

const COURTLISTENER = 'https://www.courtlistener.com/';

/** Body links to other entries: `/primer/<slug>`, optionally with a trailing slash or a fragment. */
const PRIMER_LINK = /^\/primer\/([^/#?\s]+)\/?(?:#.*)?$/;

/** Files larger than this are not primer entries (and would slow the index). */
const MAX_ENTRY_CHARS = 256 * 1024;

/** The slug a file's name gives: its last path segment without `.md`, lower-cased. */
export function slugFromSource(source: string): string {
  const name = source.replace(/[?#].*$/, '').replace(/^.*[\\/]/, '');
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // keep the raw name
  }
  return decoded.replace(/\.md$/i, '');
}

/**
 * The CourtListener URL that resolves a citation by itself, e.g.
 * `489 U.S. 378` -> `https://www.courtlistener.com/c/U.S./489/378/`. Undefined for a malformed citation.
 */
export function courtListenerCitationUrl(citation: string): string | undefined {
  const match = CITATION_PATTERN.exec(citation.trim());
  if (!match) return undefined;
  const [, volume, reporter, page] = match;
  return `${COURTLISTENER}c/${encodeURI(reporter!)}/${volume}/${page}/`;
}

/**
 * The citation a CourtListener citation-form URL names (`.../c/U.S./489/378/` -> `489 U.S. 378`), or
 * undefined for any other URL, such as a link to an opinion id.
 */
export function citationOfCourtListenerUrl(url: string): string | undefined {
  const match = /^https:\/\/www\.courtlistener\.com\/c\/([^/]+)\/(\d+)\/(\d+)\/?$/.exec(url.trim());
  if (!match) return undefined;
  let reporter = match[1]!;
  try {
    reporter = decodeURIComponent(reporter);
  } catch {
    return undefined;
  }
  return `${match[2]} ${reporter} ${match[3]}`;
}

/** Years a reported U.S. decision can carry. */
export function isPlausibleCaseYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= 1790 && year <= 2100;
}

type Frontmatter = Record<string, unknown>;

class ProblemList {
  readonly problems: PrimerProblem[] = [];
  constructor(
    private readonly source: string,
    private readonly frontmatterLines: readonly string[],
  ) {}

  error(message: string, line?: number): void {
    this.problems.push({ source: this.source, severity: 'error', message, line });
  }

  warning(message: string, line?: number): void {
    this.problems.push({ source: this.source, severity: 'warning', message, line });
  }

  /** Zero-based file line of a top-level frontmatter key (the opening `---` is line 0), or 0. */
  lineOf(key: string): number {
    const index = this.frontmatterLines.findIndex((line) => line.startsWith(`${key}:`));
    return index < 0 ? 0 : index + 1;
  }

  get hasErrors(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }
}

function requiredString(data: Frontmatter, key: string, problems: ProblemList): string {
  const value = data[key];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  problems.error(
    value === undefined ? `the frontmatter has no \`${key}\` (required)` : `\`${key}\` must be a non-empty text`,
    problems.lineOf(key),
  );
  return '';
}

function stringList(data: Frontmatter, key: string, problems: ProblemList): string[] {
  const value = data[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    problems.error(`\`${key}\` must be a list of texts, e.g. ${key}: ["first", "second"]`, problems.lineOf(key));
    return [];
  }
  return value.map((item: string) => item.trim());
}

function parseCases(data: Frontmatter, problems: ProblemList): PrimerCase[] {
  const value = data.cases;
  if (value === undefined || value === null) return [];
  const line = problems.lineOf('cases');
  if (!Array.isArray(value)) {
    problems.error('`cases` must be a list of cases, each with `name`, `citation`, `year` and `url`', line);
    return [];
  }
  const cases: PrimerCase[] = [];
  value.forEach((item: unknown, index) => {
    const where = `cases[${index}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.error(`${where} must have \`name\` and \`citation\``, line);
      return;
    }
    const { name, citation, year, url } = item as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') {
      problems.error(`${where} has no \`name\``, line);
      return;
    }
    if (typeof citation !== 'string' || !CITATION_PATTERN.test(citation.trim())) {
      problems.error(`${where} (${name}): \`citation\` must be volume, reporter and first page, e.g. "489 U.S. 378"`, line);
      return;
    }
    if (year !== undefined && !isPlausibleCaseYear(year)) {
      problems.error(`${where} (${name}): \`year\` must be a four-digit year`, line);
      return;
    }
    if (url !== undefined && (typeof url !== 'string' || !url.startsWith(COURTLISTENER))) {
      problems.error(`${where} (${name}): \`url\` must be a CourtListener link (${COURTLISTENER}...)`, line);
      return;
    }
    cases.push({
      name: name.trim(),
      citation: citation.trim(),
      ...(year === undefined ? {} : { year }),
      ...(url === undefined ? {} : { url: url as string }),
    });
  });
  return cases;
}

function textOf(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return (node.children as Node[]).map(textOf).join('');
  return '';
}

function visit(node: Node, callback: (node: Node) => void): void {
  callback(node);
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) visit(child, callback);
}

interface BodyParts {
  sections: Record<string, string>;
  sectionLines: Record<string, number>;
  elements: string[];
  links: string[];
}

function parseBody(body: string, bodyLine: number, problems: ProblemList): BodyParts {
  const tree = unified().use(remarkParse).parse(body) as Root;
  const sections: Record<string, string> = {};
  const sectionLines: Record<string, number> = {};
  const elements: string[] = [];
  const links: string[] = [];
  const start = (node: Node): number => node.position?.start.offset ?? 0;
  const end = (node: Node): number => node.position?.end.offset ?? 0;

  const headings = tree.children
    .map((node, index) => ({ node, index }))
    .filter((item): item is { node: Heading; index: number } => item.node.type === 'heading' && item.node.depth === 2);
  headings.forEach(({ node, index }, h) => {
    const title = textOf(node).trim();
    const next = headings[h + 1];
    const content = tree.children.slice(index + 1, next ? next.index : undefined);
    sections[title] = content.length === 0 ? '' : body.slice(start(content[0]!), end(content[content.length - 1]!)).trim();
    sectionLines[title] = bodyLine + (node.position?.start.line ?? 1) - 1;
    if (title === 'What You Must Prove') {
      const list = content.find((child): child is List => child.type === 'list' && child.ordered === true);
      for (const item of list?.children ?? []) {
        const first = item.children[0];
        const last = item.children[item.children.length - 1];
        const text = first && last ? body.slice(start(first), end(last)).replace(/\s*\n\s*/g, ' ').trim() : '';
        if (text) elements.push(text);
      }
    }
  });

  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = (node as { url?: string }).url ?? '';
    const match = PRIMER_LINK.exec(url);
    if (match) {
      const slug = match[1]!;
      if (!SLUG_PATTERN.test(slug)) {
        problems.warning(`the link ${url} does not name an entry (slugs are lower-case words joined by hyphens)`, bodyLine + (node.position?.start.line ?? 1) - 1);
      } else if (!links.includes(slug)) links.push(slug);
    }
  });

  for (const section of PRIMER_SECTIONS) {
    if (!(section in sections)) problems.warning(`the body has no \`## ${section}\` section`, bodyLine);
  }
  if ('What You Must Prove' in sections && elements.length === 0) {
    problems.warning('`## What You Must Prove` has no numbered elements (1. ..., 2. ...)', sectionLines['What You Must Prove']);
  }
  return { sections, sectionLines, elements, links };
}

/**
 * Parses one primer entry: YAML frontmatter (validated) and a Markdown body (sections, the numbered
 * elements of `What You Must Prove`, `/primer/<slug>` links). Never throws: every defect becomes a
 * problem, and an entry with an error is left out.
 */
export function parsePrimerFile(file: PrimerFile): ParsedPrimerFile {
  const { source } = file;
  const fail = (message: string, line = 0): ParsedPrimerFile => ({ problems: [{ source, severity: 'error', message, line }] });
  try {
    const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
    const slug = slugFromSource(source);
    if (!SLUG_PATTERN.test(slug)) {
      return fail(`the file name "${slug}.md" is not a valid slug: use lower-case words joined by hyphens, e.g. failure-to-train.md`);
    }
    if (text.trim() === '') return fail('the file is empty');
    if (text.length > MAX_ENTRY_CHARS) return fail(`the file is larger than ${MAX_ENTRY_CHARS / 1024} KB`);
    if (text.slice(0, 8192).includes('\u0000')) return fail('the file is binary, not a Markdown entry');
    // Only plain `---` YAML frontmatter: gray-matter would evaluate `---js` frontmatter as code.
    if (!/^---[ \t]*\r?\n/.test(text)) return fail('the file must start with YAML frontmatter: a line `---`, the fields, and a closing `---`');
    const lines = text.split(/\r\n?|\n/);
    const close = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
    if (close < 0) return fail('the frontmatter is never closed: add a line `---` after the fields');
    const frontmatterLines = lines.slice(1, close);
    const problems = new ProblemList(source, frontmatterLines);

    let parsed: { data: unknown; content: string };
    try {
      // Passing options also turns off gray-matter's cache, which would otherwise keep every text ever parsed.
      parsed = matter(text, { excerpt: false });
    } catch (error) {
      const mark = (error as { mark?: { line?: number } }).mark;
      const reason = String((error as { reason?: string }).reason ?? (error as Error).message ?? error).split('\n')[0];
      return fail(`the frontmatter is not valid YAML: ${reason}`, typeof mark?.line === 'number' ? mark.line + 1 : 0);
    }
    const data = parsed.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('the frontmatter must be a set of `key: value` fields');
    const fields = data as Frontmatter;

    const title = requiredString(fields, 'title', problems);
    const term = requiredString(fields, 'term', problems);
    const description = requiredString(fields, 'description', problems);
    const rawCategory = requiredString(fields, 'category', problems);
    if (rawCategory && !(PRIMER_CATEGORIES as readonly string[]).includes(rawCategory)) {
      problems.error(`\`category\` must be one of ${PRIMER_CATEGORIES.join(', ')}, not "${rawCategory}"`, problems.lineOf('category'));
    }
    if (description.length > 300) problems.warning('`description` should be one or two sentences (under 200 characters)', problems.lineOf('description'));
    if (!('related' in fields)) problems.error('the frontmatter has no `related` (required; use [] when there are none)', 0);
    if (!('tags' in fields)) problems.error('the frontmatter has no `tags` (required; use [] when there are none)', 0);
    const related = stringList(fields, 'related', problems);
    for (const slugRef of related) {
      if (!SLUG_PATTERN.test(slugRef)) problems.error(`\`related\` names "${slugRef}", which is not a slug (lower-case words joined by hyphens)`, problems.lineOf('related'));
    }
    const tags = stringList(fields, 'tags', problems);
    const aliases = stringList(fields, 'aliases', problems);
    const cases = parseCases(fields, problems);

    const content = parsed.content;
    const bodyOffset = text.endsWith(content) ? text.length - content.length : 0;
    const bodyLine = text.slice(0, bodyOffset).split(/\r\n?|\n/).length - 1;
    const { sections, elements, links } = parseBody(content, bodyLine, problems);

    if (problems.hasErrors) return { problems: problems.problems };
    const entry: PrimerEntry = {
      slug,
      title,
      term,
      description,
      category: rawCategory as PrimerCategory,
      related: [...new Set(related)],
      tags,
      aliases: [...new Set(aliases)],
      cases,
      sections,
      elements,
      links,
      body: content.trim(),
      source,
    };
    return { entry, problems: problems.problems };
  } catch (error) {
    return fail(`the entry could not be read: ${(error as Error)?.message ?? String(error)}`);
  }
}
