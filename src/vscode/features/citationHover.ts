import * as vscode from 'vscode';
import { knownCase, sameCase, type Verdict } from '../../core/citations';
import type { Citation } from '../../core';
import { DRAFT_SELECTOR } from '../analysisService';
import { citationAt, linkTarget, PrimerOpinionUrls, verdictStore } from '../citations/citationSupport';
import { toVsRange } from '../convert';
import type { FeatureContext } from '../featureContext';
import { OPEN_PRIMER_ENTRY, openEntryCommandUri } from './primerCommands';

/** Escapes text for a Markdown hover. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

const VERDICT_TEXT: Record<Verdict['status'], string> = {
  found: 'Found on CourtListener',
  'not-found': '**Not found on CourtListener**: check the volume, reporter and page',
  ambiguous: 'Matches more than one opinion on CourtListener',
  'unknown-reporter': '**CourtListener does not know this reporter**',
  unchecked: 'Not checked by CourtListener',
};

/** The hover text for citation `index`; exported for tests of the wording. */
export function citationHoverMarkdown(
  context: FeatureContext,
  citations: readonly Citation[],
  index: number,
  url: string | undefined,
  verdict?: Verdict,
): string {
  const citation = citations[index]!;
  const target = citation.antecedent !== undefined ? citations[citation.antecedent] ?? citation : citation;
  const lines: string[] = [];
  if (target.kind === 'statute' || target.kind === 'rule') {
    lines.push(`**${md(target.normalized ?? target.text)}**`);
    if (citation.kind === 'id') lines.push(`*Id.* refers to ${md(target.normalized ?? target.text)}.`);
    if (url) lines.push(`[Read the official text (Cornell LII)](${url})`);
    return lines.join('\n\n');
  }
  const known = knownCase(target);
  const name = target.caseName ?? known?.name;
  const court = target.court ?? (known ? known.court : target.reporter === 'U.S.' ? 'U.S. Supreme Court' : undefined);
  const year = target.year ?? known?.year;
  const cite = target.normalized ?? target.text;
  lines.push(`${name ? `*${md(name)}*, ` : ''}${md(cite)}`);
  const details = [court, year].filter((part) => part !== undefined).join(', ');
  if (details) lines.push(md(details));
  if (citation.kind !== 'full-case') {
    const what = citation.kind === 'id' ? '*Id.*' : citation.kind === 'supra' ? '*Supra*' : 'Short form';
    lines.push(`${what} of ${md(cite)}${citation.pin ? `, at ${md(citation.pin)}` : ''}.`);
  } else if (citation.pin) {
    lines.push(`Pin cite: ${md(citation.pin)}`);
  }
  const entries = context.primer.index.entries().filter((entry) => entry.cases.some((cited) => sameCase(cited.citation, target)));
  if (entries.length > 0) {
    lines.push(`Relied on in the primer: ${entries.map((entry) => `[${md(entry.term)}](${openEntryCommandUri(entry.slug)})`).join(', ')}`);
  }
  if (verdict) lines.push(VERDICT_TEXT[verdict.status]);
  if (url) lines.push(`[Open on CourtListener](${url})`);
  else if (target.page === undefined) lines.push('No page number yet, so there is no CourtListener link.');
  return lines.join('\n\n');
}

/** Hover on a citation: case name, court and year, the primer entries that rely on it, and a link to the opinion. */
export function registerCitationHover(context: FeatureContext): vscode.Disposable {
  const urls = new PrimerOpinionUrls(context);
  return vscode.languages.registerHoverProvider(DRAFT_SELECTOR, {
    provideHover(document, position) {
      if (!context.settings().hoverEnabled) return undefined;
      const citations = context.analysis.citations(document);
      const index = citationAt(citations, position);
      if (index === undefined) return undefined;
      const citation = citations[index]!;
      const target = citations[citation.antecedent ?? index] ?? citation;
      const verdict = target.normalized ? verdictStore(context).get(document.uri)?.get(target.normalized) : undefined;
      const markdown = new vscode.MarkdownString(citationHoverMarkdown(context, citations, index, linkTarget(citations, index, urls.get()), verdict));
      markdown.isTrusted = { enabledCommands: [OPEN_PRIMER_ENTRY] };
      markdown.supportHtml = false;
      return new vscode.Hover(markdown, toVsRange(citation.span && !toVsRange(citation.range).contains(position) ? citation.span : citation.range));
    },
  });
}
