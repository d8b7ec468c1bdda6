/**
 * Paragraph renumbering: numbers a draft's numbered paragraphs 1, 2, 3 … in document order and
 * rewrites the draft's references to them (`¶ 12`, `¶¶ 3–5`, `paragraphs 1 through 13`) so they
 * point at the same paragraphs afterwards. Pure: returns text edits, never changes anything itself.
 */
import type { Range } from '../types';
import type { SourceText } from '../text/sourceText';
import { parseStructure, type DocumentStructure, type Paragraph } from '../structure';
import { findParagraphReferences } from './references';

export { findParagraphReferences, type ParagraphReference, type ReferenceNumber } from './references';

/** Replace `source.text.slice(start, end)` with `newText`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly newText: string;
}

/** A reference the plan left as written, and why. */
export interface UnresolvedReference {
  readonly number: number;
  readonly range: Range;
  /** `missing`: no paragraph has this number; `ambiguous`: several paragraphs do. */
  readonly reason: 'missing' | 'ambiguous';
}

export interface RenumberPlan {
  /** Non-overlapping edits in document order; empty when everything is already in order. */
  readonly edits: readonly TextEdit[];
  /** How many paragraph labels change. */
  readonly paragraphsChanged: number;
  /** How many reference numbers change. */
  readonly referencesChanged: number;
  readonly paragraphCount: number;
  /** References that point at no paragraph, or at a number several paragraphs carry, in document order. */
  readonly unresolved: readonly UnresolvedReference[];
}

/** Old number → the new numbers of the paragraphs that carried it, in document order. */
function numberMap(paragraphs: readonly Paragraph[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  paragraphs.forEach((paragraph, index) => {
    const list = map.get(paragraph.number);
    if (list) list.push(index + 1);
    else map.set(paragraph.number, [index + 1]);
  });
  return map;
}

/**
 * Plans the renumbering of `source`. Paragraph `k` in document order becomes `k`. A reference keeps
 * pointing at the paragraph that carried its number; where a number was used twice, a single
 * reference or the start of a range follows the first such paragraph and the end of a range the
 * last, and the reference is reported as ambiguous. A range whose end paragraph no longer exists
 * shrinks to the nearest paragraph inside it; a single reference to a missing paragraph is left as
 * written and reported.
 */
export function planRenumbering(source: SourceText, structure: DocumentStructure = parseStructure(source)): RenumberPlan {
  const text = source.text;
  const paragraphs = structure.paragraphs;
  const map = numberMap(paragraphs);
  const sortedOld = [...map.keys()].sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  const unresolved: UnresolvedReference[] = [];
  let paragraphsChanged = 0;
  let referencesChanged = 0;

  paragraphs.forEach((paragraph, index) => {
    const wanted = index + 1;
    if (paragraph.number === wanted) return;
    const label = text.slice(paragraph.start, paragraph.contentStart);
    const digits = /\d+/.exec(label);
    if (!digits) return;
    const start = paragraph.start + digits.index;
    const end = start + digits[0].length;
    edits.push({ start, end, range: source.rangeOf(start, end), newText: String(wanted) });
    paragraphsChanged++;
  });

  /** The nearest old number inside a range whose endpoint no longer exists. */
  const nearest = (value: number, direction: 'up' | 'down', limit: number): number | undefined => {
    if (direction === 'up') return sortedOld.find((n) => n >= value && n <= limit);
    for (let i = sortedOld.length - 1; i >= 0; i--) if (sortedOld[i]! <= value && sortedOld[i]! >= limit) return sortedOld[i];
    return undefined;
  };

  // A `¶ 12` label is the paragraph itself, not a reference to it.
  const labelStarts = new Set(paragraphs.map((p) => p.start));

  for (const reference of findParagraphReferences(text)) {
    if (labelStarts.has(reference.start)) continue;
    for (const part of reference.numbers) {
      let old = part.value;
      let targets = map.get(old);
      if (!targets && part.role !== 'single') {
        const other = part.role === 'range-start' ? part.rangeEnd! : part.rangeStart!;
        const replacement = part.role === 'range-start' ? nearest(old, 'up', other) : nearest(old, 'down', other);
        if (replacement !== undefined) {
          old = replacement;
          targets = map.get(old);
        }
      }
      const range = source.rangeOf(part.start, part.end);
      if (!targets) {
        unresolved.push({ number: part.value, range, reason: 'missing' });
        continue;
      }
      if (targets.length > 1) unresolved.push({ number: part.value, range, reason: 'ambiguous' });
      const next = part.role === 'range-end' ? targets[targets.length - 1]! : targets[0]!;
      if (String(next) === text.slice(part.start, part.end)) continue;
      edits.push({ start: part.start, end: part.end, range, newText: String(next) });
      referencesChanged++;
    }
  }

  edits.sort((a, b) => a.start - b.start);
  return { edits, paragraphsChanged, referencesChanged, paragraphCount: paragraphs.length, unresolved };
}

/** Applies non-overlapping edits (as returned by `planRenumbering`) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}
