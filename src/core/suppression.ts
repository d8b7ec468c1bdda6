/**
 * Suppression comments, honoured by the editor and the CLI alike.
 *
 * Markdown (an HTML comment, invisible when rendered):
 *   <!-- civil-rights-disable-next-line failure-to-train/no-causation -->
 *   <!-- civil-rights-disable-line monell/respondeat-superior -->       (at the end of the line it applies to)
 *   <!-- civil-rights-disable-file monell/punitive-damages-against-municipality -->
 * Plain text and pleading files (a bracketed note, which no court filing system interprets):
 *   [civil-rights-disable-next-line failure-to-train/no-causation]
 *   [civil-rights-disable-file failure-to-train/]
 * Both forms work in every file. Several codes may be listed, separated by spaces or commas; a code
 * ending in `/` covers a whole family; no code at all disables every check on that line or file.
 */
import type { Finding } from './types';
import type { SourceText } from './text/sourceText';

export type SuppressionScope = 'next-line' | 'line' | 'file';

export interface Suppression {
  readonly scope: SuppressionScope;
  /** The line the comment is on (zero-based). */
  readonly line: number;
  /** Empty: every code. */
  readonly codes: readonly string[];
}

const DIRECTIVE = /(?:<!--\s*|\[)civil-rights-disable-(next-line|line|file)\b([^\]\n]*?)\s*(?:-->|\])/g;

/** Every suppression comment in the text. Linear; looks only at lines that mention the directive. */
export function findSuppressions(source: SourceText): Suppression[] {
  const result: Suppression[] = [];
  const text = source.text;
  let index = text.indexOf('civil-rights-disable-');
  while (index >= 0) {
    const line = source.positionAt(index).line;
    DIRECTIVE.lastIndex = 0;
    const lineText = source.lineText(line);
    let match: RegExpExecArray | null;
    while ((match = DIRECTIVE.exec(lineText)) !== null) {
      const codes = match[2]!.split(/[\s,]+/).filter((code) => code.length > 0);
      result.push({ scope: match[1] as SuppressionScope, line, codes });
    }
    index = text.indexOf('civil-rights-disable-', source.lineEnd(line));
  }
  return result;
}

function covers(codes: readonly string[], code: string): boolean {
  return codes.length === 0 || codes.some((c) => c === code || (c.endsWith('/') && code.startsWith(c)));
}

/** The line a next-line directive applies to: the next line that is not blank and not another directive. */
function targetLine(source: SourceText, line: number): number {
  let next = line + 1;
  while (next < source.lineCount) {
    const text = source.lineText(next).trim();
    if (text.length > 0 && !/^(?:<!--\s*|\[)civil-rights-disable-/.test(text)) break;
    next++;
  }
  return next;
}

/** The findings not disabled by a suppression comment. */
export function applySuppressions(source: SourceText, findings: readonly Finding[]): Finding[] {
  if (findings.length === 0 || !source.text.includes('civil-rights-disable-')) return [...findings];
  const suppressions = findSuppressions(source);
  const fileCodes: string[][] = [];
  const byLine = new Map<number, string[][]>();
  for (const suppression of suppressions) {
    if (suppression.scope === 'file') {
      fileCodes.push([...suppression.codes]);
      continue;
    }
    const line = suppression.scope === 'line' ? suppression.line : targetLine(source, suppression.line);
    const list = byLine.get(line) ?? [];
    list.push([...suppression.codes]);
    byLine.set(line, list);
  }
  return findings.filter((finding) => {
    if (fileCodes.some((codes) => covers(codes, finding.code))) return false;
    const onLine = byLine.get(finding.range.start.line);
    return !onLine?.some((codes) => covers(codes, finding.code));
  });
}

/** The text of a suppression comment for a file of the given language. */
export function suppressionComment(scope: 'next-line' | 'file', code: string, languageId: string): string {
  return languageId === 'markdown'
    ? `<!-- civil-rights-disable-${scope} ${code} -->`
    : `[civil-rights-disable-${scope} ${code}]`;
}
