/**
 * The outline and folding regions of a draft, built on its parsed structure: the caption, the
 * section headings, the counts (with the defendants each is against) and the numbered paragraphs.
 * Plain data; the editor adapter turns it into document symbols and folding ranges.
 */
import type { Range } from '../types';
import type { SourceText } from '../text/sourceText';
import type { DocumentStructure, Paragraph, Section } from '../structure';

export type OutlineKind = 'caption' | 'court' | 'parties' | 'case-number' | 'heading' | 'count' | 'paragraph';

export interface OutlineNode {
  readonly kind: OutlineKind;
  readonly name: string;
  /** Shown beside the name: the defendants of a count, the paragraphs of a section. */
  readonly detail: string;
  /** Everything the node covers. */
  readonly range: Range;
  /** The part to reveal and select when the node is picked: a heading line, a paragraph number. */
  readonly selectionRange: Range;
  readonly children: readonly OutlineNode[];
}

export interface FoldingRegion {
  /** Zero-based first and last line; `endLine > startLine`. */
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'caption' | 'section' | 'paragraph';
}

const AGAINST = /\s*\((?:as\s+)?(?:against|as\s+to)\s+[^)]*\)/i;
const DETAIL_LENGTH = 60;

/** `¶ 7` or `¶¶ 7–13` for the paragraph numbers of a section, in document order. */
export function paragraphSpan(paragraphs: readonly Paragraph[]): string {
  if (paragraphs.length === 0) return '';
  const first = paragraphs[0]!.number;
  const last = paragraphs[paragraphs.length - 1]!.number;
  return paragraphs.length === 1 || first === last ? `¶ ${first}` : `¶¶ ${first}–${last}`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replace(/[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}/g, '').trim();
  return flat.length <= DETAIL_LENGTH ? flat : `${flat.slice(0, DETAIL_LENGTH - 1).trimEnd()}…`;
}

function countName(section: Section): string {
  return section.title.replace(AGAINST, '').replace(/\s+/g, ' ').trim() || section.title;
}

interface Open {
  readonly section: Section;
  readonly children: OutlineNode[];
  readonly paragraphs: Paragraph[];
}

function sectionNode(open: Open): OutlineNode {
  const { section, children, paragraphs } = open;
  const span = paragraphSpan(paragraphs);
  const against = section.defendants && section.defendants.length > 0 ? `against ${section.defendants.join(', ')}` : '';
  return {
    kind: section.kind === 'count' ? 'count' : 'heading',
    name: section.kind === 'count' ? countName(section) : section.title,
    detail: [against, span].filter(Boolean).join(' · '),
    range: section.range,
    selectionRange: section.headingRange,
    children,
  };
}

function paragraphNode(source: SourceText, paragraph: Paragraph): OutlineNode {
  const labelEnd = paragraph.start + source.text.slice(paragraph.start, paragraph.contentStart).trimEnd().length;
  return {
    kind: 'paragraph',
    name: `¶ ${paragraph.number}`,
    detail: excerpt(source.text.slice(paragraph.contentStart, paragraph.end)),
    range: paragraph.range,
    selectionRange: source.rangeOf(paragraph.start, labelEnd),
    children: [],
  };
}

function captionNode(source: SourceText, structure: DocumentStructure): OutlineNode | undefined {
  const caption = structure.caption;
  if (!caption) return undefined;
  const children: OutlineNode[] = [];
  const add = (kind: OutlineKind, name: string, span: { text: string; range: Range } | undefined): void => {
    if (span) children.push({ kind, name, detail: kind === 'parties' ? excerpt(span.text) : '', range: span.range, selectionRange: span.range, children: [] });
  };
  add('court', caption.court ? excerpt(caption.court.text) : '', caption.court);
  add('parties', 'Plaintiffs', caption.plaintiffs);
  add('parties', 'Defendants', caption.defendants);
  add('case-number', caption.caseNumber?.text ?? '', caption.caseNumber);
  const firstLine = source.rangeOf(caption.start, source.lineEnd(caption.range.start.line));
  return {
    kind: 'caption',
    name: 'Caption',
    detail: caption.caseNumber?.text ?? '',
    range: caption.range,
    selectionRange: caption.court?.range ?? firstLine,
    children,
  };
}

/**
 * The outline: the caption, then the sections nested by level, counts named without their
 * "(Against …)" part and with the defendants and paragraph numbers as detail, and each numbered
 * paragraph under the innermost section that holds it.
 */
export function buildOutline(source: SourceText, structure: DocumentStructure): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const caption = captionNode(source, structure);
  if (caption) roots.push(caption);

  const stack: Open[] = [];
  const close = (): void => {
    const open = stack.pop()!;
    const node = sectionNode(open);
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    if (parent) parent.paragraphs.push(...open.paragraphs);
  };
  // A Markdown heading that is part of the caption ("# UNITED STATES DISTRICT COURT …") is shown as the caption.
  const captionEnd = structure.caption?.end ?? -1;
  const sections = structure.sections.filter((section) => section.headingEnd > captionEnd);
  const paragraphs = structure.paragraphs;
  let s = 0;
  let p = 0;
  while (s < sections.length || p < paragraphs.length) {
    const section = sections[s];
    const paragraph = paragraphs[p];
    const nextIsSection = section !== undefined && (paragraph === undefined || section.start <= paragraph.start);
    const at = nextIsSection ? section.start : paragraph!.start;
    while (stack.length > 0 && stack[stack.length - 1]!.section.end <= at) close();
    if (nextIsSection) {
      stack.push({ section, children: [], paragraphs: [] });
      s++;
      continue;
    }
    const node = paragraphNode(source, paragraph!);
    const top = stack[stack.length - 1];
    if (top) {
      top.children.push(node);
      top.paragraphs.push(paragraph!);
    } else {
      roots.push(node);
    }
    p++;
  }
  while (stack.length > 0) close();
  return roots;
}

/** Folding regions: the caption, every section and count, and every paragraph longer than a line. */
export function foldingRegions(structure: DocumentStructure): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  const add = (range: Range, kind: FoldingRegion['kind']): void => {
    if (range.end.line > range.start.line) regions.push({ startLine: range.start.line, endLine: range.end.line, kind });
  };
  if (structure.caption) add(structure.caption.range, 'caption');
  for (const section of structure.sections) add({ start: section.headingRange.start, end: section.range.end }, 'section');
  for (const paragraph of structure.paragraphs) add(paragraph.range, 'paragraph');
  return regions.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
