/**
 * Finds a draft's references to its own numbered paragraphs: `¶ 12`, `¶¶ 3–5, 9`, `paragraph 7`,
 * `paragraphs 1 through 13`, `paras. 4 to 6`. References into other documents (`Compl. ¶ 12`,
 * `Decl. ¶ 4`, `Ex. A ¶ 2`, `Id. ¶ 3`, `paragraph 3 of the Settlement Agreement`) are skipped.
 */

export interface ReferenceNumber {
  readonly value: number;
  /** Offsets of the digits only; a subparagraph suffix such as `(a)` is not part of the span. */
  readonly start: number;
  readonly end: number;
  readonly role: 'single' | 'range-start' | 'range-end';
  /** For a range start: the value of the range's end; for a range end: the value of its start. */
  readonly rangeEnd?: number;
  readonly rangeStart?: number;
}

export interface ParagraphReference {
  readonly start: number;
  readonly end: number;
  readonly numbers: readonly ReferenceNumber[];
}

const HEAD = /(¶¶?|\b(?:[Pp]aragraphs?|PARAGRAPHS?|[Pp]aras?\.|[Pp]ara\b))[ \t\u00a0]*(?=\d)/g;
const NUMBER = /\d{1,4}(?![\d,.]\d)(?:\([a-z0-9]{1,4}\))*(?!\w)/y;
const RANGE_SEPARATOR = /[ \t\u00a0]*(?:-|–|—|through|thru|to)[ \t\u00a0]*(?:¶[ \t\u00a0]*)?(?=\d)/y;
const LIST_SEPARATOR = /[ \t\u00a0]*(?:,[ \t\u00a0]*(?:and|or|&)?|and|or|&)[ \t\u00a0]*(?:¶[ \t\u00a0]*)?(?=\d)/y;
/** A citation to another document just before the `¶`. */
const OTHER_DOCUMENT = /(?:\b(?:Compl|Decl|Aff|Ans|Answer|Mot|Opp['’]n|Br|Tr|Stip|Order|Agreement|Decree|Id|id)\.?|\bEx(?:h|hibit)?\.?[ \t]+[A-Z0-9]{1,3}|\bECF[ \t]+No\.[ \t]*\d+(?:[ \t]+at)?)[,]?[ \t\u00a0]*$/;
/** "paragraph 3 of the Settlement Agreement": a paragraph of some other document. */
const OF_OTHER_DOCUMENT = /^[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+|that[ \t\u00a0]+|a[ \t\u00a0]+|an[ \t\u00a0]+|[A-Z][\w'’]*['’]s?[ \t\u00a0]+)?(?!(?:Complaint|Amended|First|Second|Third|Fourth|This)\b)[A-Z]/;

function digitsOf(match: string): number {
  const digits = /^\d+/.exec(match)![0];
  return digits.length;
}

/** Every reference in `text` to a numbered paragraph of the same draft, in document order. */
export function findParagraphReferences(text: string): ParagraphReference[] {
  const references: ParagraphReference[] = [];
  HEAD.lastIndex = 0;
  for (let head = HEAD.exec(text); head; head = HEAD.exec(text)) {
    const lineStart = text.lastIndexOf('\n', head.index) + 1;
    if (OTHER_DOCUMENT.test(text.slice(Math.max(lineStart, head.index - 40), head.index))) continue;
    const numbers: ReferenceNumber[] = [];
    let at = head.index + head[0].length;
    for (;;) {
      NUMBER.lastIndex = at;
      const first = NUMBER.exec(text);
      if (!first) break;
      const firstStart = at;
      const firstEnd = at + digitsOf(first[0]);
      at = NUMBER.lastIndex;
      RANGE_SEPARATOR.lastIndex = at;
      const separator = RANGE_SEPARATOR.exec(text);
      let second: RegExpExecArray | null = null;
      if (separator) {
        NUMBER.lastIndex = RANGE_SEPARATOR.lastIndex;
        second = NUMBER.exec(text);
      }
      if (separator && second) {
        const secondStart = RANGE_SEPARATOR.lastIndex;
        const secondEnd = secondStart + digitsOf(second[0]);
        const a = Number(text.slice(firstStart, firstEnd));
        const b = Number(text.slice(secondStart, secondEnd));
        numbers.push({ value: a, start: firstStart, end: firstEnd, role: 'range-start', rangeEnd: b });
        numbers.push({ value: b, start: secondStart, end: secondEnd, role: 'range-end', rangeStart: a });
        at = NUMBER.lastIndex;
      } else {
        numbers.push({ value: Number(text.slice(firstStart, firstEnd)), start: firstStart, end: firstEnd, role: 'single' });
      }
      LIST_SEPARATOR.lastIndex = at;
      if (!LIST_SEPARATOR.exec(text)) break;
      at = LIST_SEPARATOR.lastIndex;
    }
    if (numbers.length === 0) continue;
    const end = numbers[numbers.length - 1]!.end;
    if (OF_OTHER_DOCUMENT.test(text.slice(at, at + 60))) continue;
    references.push({ start: head.index, end, numbers });
    HEAD.lastIndex = Math.max(HEAD.lastIndex, at);
  }
  return references;
}
