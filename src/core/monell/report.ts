/**
 * The "Check Monell Elements" report as Markdown: each Monell claim, each element with its status,
 * the evidence sentences (with line numbers), the rule and leading case, and what would cure a gap.
 */
import type { Claim, ClaimElement, Finding } from '../types';
import { ELEMENTS, ELEMENT_KEYS, THEORY_LABELS, type Theory } from './authorities';

export const STATUS_LABELS = { present: '✓ facts pleaded', conclusory: '⚠ conclusory', missing: '✗ missing' } as const;

/** "2 of 3": how many elements of a claim have facts. */
export function elementsPleaded(claim: Claim): { pleaded: number; total: number } {
  const elements = Object.values(claim.elements);
  return { pleaded: elements.filter((element) => element.status === 'present').length, total: elements.length };
}

function lineOf(element: ClaimElement, index: number): string {
  const evidence = element.evidence[index]!;
  return `line ${evidence.range.start.line + 1}`;
}

export function monellReportMarkdown(fileName: string, claims: readonly Claim[], findings: readonly Finding[]): string {
  const out: string[] = [`# Monell elements: ${fileName}`, ''];
  out.push('This report shows which elements of each municipal-liability claim the draft supports with facts and which rest on labels alone. It is a drafting aid, not a judgment on whether any claim would survive a motion to dismiss.', '');
  if (claims.length === 0) {
    out.push('No Monell claim (a claim against a city or county for its policy, custom or failure to train, supervise or discipline) was found in this draft.', '');
  }
  for (const claim of claims) {
    const theory = THEORY_LABELS[claim.theory as Theory] ?? claim.theory;
    out.push(`## ${claim.title ?? theory} (line ${claim.range.start.line + 1})`, '');
    out.push(`- Theory: ${theory}`);
    if (claim.defendants?.length) out.push(`- Against: ${claim.defendants.join(', ')}`);
    const { pleaded, total } = elementsPleaded(claim);
    if (total > 0) out.push(`- Elements with facts: ${pleaded} of ${total}`);
    out.push('');
    for (const key of ELEMENT_KEYS) {
      const element = claim.elements[key];
      if (!element) continue;
      const info = ELEMENTS[key];
      out.push(`### ${info.label}: ${STATUS_LABELS[element.status]}`, '');
      out.push(`Rule: ${info.rule}`, '');
      out.push(`Leading case: [*${info.authority.caseName}*, ${info.authority.citation}](${info.authority.url})`, '');
      if (element.evidence.length > 0) {
        out.push(element.status === 'present' ? 'Facts relied on:' : 'Labels found (not facts):', '');
        element.evidence.forEach((evidence, index) => out.push(`- ${lineOf(element, index)}: ${evidence.text}`));
        out.push('');
      }
      if (element.status !== 'present') out.push(`To cure: ${info.cure}`, '');
    }
  }
  const other = findings.filter((finding) => finding.code.startsWith('monell/') || finding.code.endsWith('single-incident-without-obviousness'));
  if (other.length > 0) {
    out.push('## Other Monell problems', '');
    for (const finding of other) out.push(`- line ${finding.range.start.line + 1} (\`${finding.code}\`): ${finding.message}`);
    out.push('');
  }
  return out.join('\n');
}
