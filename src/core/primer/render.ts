import { courtListenerCitationUrl } from './parse';
import type { PrimerIndex } from './primerIndex';
import type { PrimerEntry } from './types';

/** How the editor links to an entry: a command URI in a hover, a virtual document URI in a preview. */
export type EntryLink = (slug: string) => string;

const MAX_ELEMENT_CHARS = 140;
const MAX_CASES = 3;
const MAX_RELATED = 6;

/**
 * Escapes text so Markdown shows it literally (names, terms and other frontmatter values): emphasis, code,
 * links and HTML characters anywhere, and what would start a heading, quote or list at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#>+\-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** The element's bold lead ("**Policy or custom.** The city ...") or its first words, kept short. */
export function shortElement(element: string): string {
  const lead = /^\*\*([^*]+?)\*\*/.exec(element);
  if (lead) return `**${lead[1]!.trim()}**`;
  if (element.length <= MAX_ELEMENT_CHARS) return element;
  const cut = element.slice(0, MAX_ELEMENT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:]+$/, '')} …`;
}

function caseLink(entryCase: PrimerEntry['cases'][number]): string {
  const label = `*${escapeMarkdown(entryCase.name)}*, ${escapeMarkdown(entryCase.citation)}${entryCase.year ? ` (${entryCase.year})` : ''}`;
  const url = entryCase.url ?? courtListenerCitationUrl(entryCase.citation);
  return url ? `[${label}](${url})` : label;
}

/**
 * A hover-sized summary of an entry as Markdown: the term and category, the description, the elements
 * (their bold leads), up to three key cases linked to CourtListener, related entries linked with
 * `entryLink`, and a link to the whole entry. No HTML.
 */
export function entrySummaryMarkdown(entry: PrimerEntry, index: PrimerIndex, entryLink: EntryLink): string {
  const parts: string[] = [];
  parts.push(`**${escapeMarkdown(entry.term)}** · ${escapeMarkdown(entry.category.replace(/-/g, ' '))} · [open the primer entry](${entryLink(entry.slug)})`);
  parts.push(escapeMarkdown(entry.description));
  if (entry.elements.length > 0) {
    parts.push(`**What you must prove**\n\n${entry.elements.map((element, i) => `${i + 1}. ${shortElement(element)}`).join('\n')}`);
  }
  if (entry.cases.length > 0) {
    parts.push(`**Key cases:** ${entry.cases.slice(0, MAX_CASES).map(caseLink).join(' · ')}`);
  }
  const related = entry.related.map((slug) => index.get(slug)).filter((found): found is PrimerEntry => found !== undefined).slice(0, MAX_RELATED);
  if (related.length > 0) {
    parts.push(`**Related:** ${related.map((other) => `[${escapeMarkdown(other.term)}](${entryLink(other.slug)})`).join(' · ')}`);
  }
  return parts.join('\n\n');
}

/** Rewrites `/primer/<slug>` links (inline and reference definitions) to `entryLink(slug)`. */
export function rewritePrimerLinks(markdown: string, entryLink: EntryLink): string {
  return markdown
    .replace(/\]\(\s*\/primer\/([a-z0-9-]+)\/?(#[^)\s]*)?\s*\)/g, (_match, slug: string) => `](${entryLink(slug)})`)
    .replace(/^(\s{0,3}\[[^\]]+\]:\s*)\/primer\/([a-z0-9-]+)\/?\s*$/gm, (_match, head: string, slug: string) => `${head}${entryLink(slug)}`);
}

/** The whole entry as a Markdown document for reading: title, description, body, leading cases, related entries. */
export function entryDocumentMarkdown(entry: PrimerEntry, index: PrimerIndex, entryLink: EntryLink): string {
  const lines = [`# ${escapeMarkdown(entry.title)}`, '', `*${escapeMarkdown(entry.description)}*`, '', rewritePrimerLinks(entry.body, entryLink)];
  const related = entry.related.map((slug) => index.get(slug)).filter((found): found is PrimerEntry => found !== undefined);
  if (related.length > 0) {
    lines.push('', '## Related Terms', '', ...related.map((other) => `- [${escapeMarkdown(other.term)}](${entryLink(other.slug)}) — ${escapeMarkdown(other.description)}`));
  }
  lines.push('', '---', '', `*Primer entry \`${entry.slug}\` (${entry.category}). A drafting aid, not legal advice: check every authority before relying on it.*`, '');
  return lines.join('\n');
}
