import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceText } from '../../src/core/text/sourceText';
import { parseStructure } from '../../src/core/structure';
import { buildOutline, foldingRegions, type OutlineNode } from '../../src/core/outline';

function outlineOf(text: string): OutlineNode[] {
  const source = new SourceText(text);
  return buildOutline(source, parseStructure(source));
}

/** `name [detail]` for every node, indented by depth, paragraphs left out. */
function shape(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((node) => node.kind === 'paragraph' ? [] : [
    `${'  '.repeat(depth)}${node.kind}: ${node.name}${node.detail ? ` [${node.detail}]` : ''}`,
    ...shape(node.children, depth + 1),
  ]);
}

function find(nodes: readonly OutlineNode[], predicate: (node: OutlineNode) => boolean): OutlineNode | undefined {
  for (const node of nodes) {
    if (predicate(node)) return node;
    const inner = find(node.children, predicate);
    if (inner) return inner;
  }
  return undefined;
}

const samples = join(__dirname, '../../samples');
const PLEADING = readFileSync(join(samples, 'complaint.pleading'), 'utf8');
const MARKDOWN = readFileSync(join(samples, 'complaint.md'), 'utf8');

const EXPECTED_SECTIONS = [
  'heading: COMPLAINT AND JURY DEMAND',
  'heading: INTRODUCTION [¶ 1]',
  'heading: JURISDICTION AND VENUE [¶ 2]',
  'heading: PARTIES [¶¶ 3–6]',
  'heading: FACTUAL ALLEGATIONS [¶¶ 7–13]',
  'heading: CLAIMS FOR RELIEF [¶¶ 14–20]',
  '  count: COUNT I — Excessive Force in Violation of the Fourth Amendment (42 U.S.C. § 1983) [against Officer Kroll · ¶¶ 14–15]',
  '  count: COUNT II — Failure to Train (Monell) (42 U.S.C. § 1983) [against the City of Riverbend · ¶¶ 16–20]',
  'heading: PRAYER FOR RELIEF',
  'heading: JURY DEMAND',
];

describe('outline', () => {
  for (const [name, text] of [['complaint.pleading', PLEADING], ['complaint.md', MARKDOWN]] as const) {
    it(`shows the caption, sections, and counts with their defendants for samples/${name}`, () => {
      const outline = outlineOf(text);
      const lines = shape(outline);
      assert.equal(lines[0], 'caption: Caption [Case No. 1:26-cv-00417]');
      assert.deepEqual(lines.filter((line) => !line.startsWith('caption') && !/^ {2}(court|parties|case-number)/.test(line)), EXPECTED_SECTIONS);
    });
  }

  it('lists every numbered paragraph under the innermost section, selectable by its number', () => {
    const source = new SourceText(PLEADING);
    const outline = buildOutline(source, parseStructure(source));
    const paragraph = find(outline, (node) => node.name === '¶ 17')!;
    const count = find(outline, (node) => node.kind === 'count' && node.name.startsWith('COUNT II'))!;
    assert.ok(count.children.includes(paragraph));
    assert.match(paragraph.detail, /^A municipality is liable under § 1983/);
    assert.ok(paragraph.detail.length <= 60);
    const label = PLEADING.slice(source.offsetAt(paragraph.selectionRange.start), source.offsetAt(paragraph.selectionRange.end));
    assert.equal(label, '17.');
    const all: string[] = [];
    const walk = (nodes: readonly OutlineNode[]): void => nodes.forEach((n) => { if (n.kind === 'paragraph') all.push(n.name); walk(n.children); });
    walk(outline);
    assert.deepEqual(all, Array.from({ length: 20 }, (_, i) => `¶ ${i + 1}`));
  });

  it('keeps every selection range inside its range and every child inside its parent', () => {
    const before = (a: OutlineNode['range']['start'], b: OutlineNode['range']['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
    const check = (node: OutlineNode, parent?: OutlineNode): void => {
      assert.ok(before(node.range.start, node.selectionRange.start) && before(node.selectionRange.end, node.range.end), node.name);
      if (parent) assert.ok(before(parent.range.start, node.range.start) && before(node.range.end, parent.range.end), `${node.name} in ${parent.name}`);
      node.children.forEach((child) => check(child, node));
    };
    for (const text of [PLEADING, MARKDOWN]) outlineOf(text).forEach((node) => check(node));
  });

  it('names the caption parts', () => {
    const caption = outlineOf(PLEADING)[0]!;
    assert.deepEqual(caption.children.map((c) => [c.kind, c.name, c.detail]), [
      ['court', 'UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF O…', ''],
      ['parties', 'Plaintiffs', 'MARIA ALVAREZ'],
      ['parties', 'Defendants', 'CITY OF RIVERBEND; OFFICER DANIEL KROLL, in his individual…'],
      ['case-number', 'Case No. 1:26-cv-00417', ''],
    ]);
  });

  it('outlines a draft with no caption and no headings as a flat list of paragraphs', () => {
    assert.deepEqual(outlineOf('1. One.\n\n2. Two.\n').map((n) => n.name), ['¶ 1', '¶ 2']);
    assert.deepEqual(outlineOf(''), []);
  });
});

describe('structure of a plain-text caption (src/core/structure)', () => {
  it('ends the caption at an all-capitals title such as "COMPLAINT AND JURY DEMAND" and keeps it as a heading', () => {
    const source = new SourceText(PLEADING);
    const structure = parseStructure(source);
    assert.equal(structure.caption!.end, PLEADING.indexOf('Case No. 1:26-cv-00417') + 'Case No. 1:26-cv-00417'.length);
    assert.deepEqual(structure.sections.slice(0, 2).map((s) => s.title), ['COMPLAINT AND JURY DEMAND', 'INTRODUCTION']);
  });

  it('does not take an all-capitals party name in the caption for a heading', () => {
    const structure = parseStructure(new SourceText('UNITED STATES DISTRICT COURT\n\nJANE ROE\n        Plaintiff,\n\nv.\n\nCOUNTY OF MARIN\n        Defendant.\n\nCOMPLAINT\n\n1. Facts.\n'));
    assert.deepEqual(structure.sections.map((s) => s.title), ['COMPLAINT']);
    assert.equal(structure.caption?.plaintiffs?.text, 'JANE ROE');
  });
});

describe('folding regions', () => {
  it('fold the caption, each section and each count of the pleading sample', () => {
    const source = new SourceText(PLEADING);
    const regions = foldingRegions(parseStructure(source));
    const lineOf = (text: string): number => source.positionAt(PLEADING.indexOf(text)).line;
    const caption = regions.find((r) => r.kind === 'caption')!;
    assert.deepEqual([caption.startLine, caption.endLine], [0, lineOf('Case No.')]);
    const count2 = regions.find((r) => r.startLine === lineOf('COUNT II'))!;
    assert.equal(count2.endLine, lineOf('20. As a direct'));
    const claims = regions.find((r) => r.startLine === lineOf('CLAIMS FOR RELIEF'))!;
    assert.equal(claims.endLine, count2.endLine);
    for (const region of regions) assert.ok(region.endLine > region.startLine);
  });

  it('fold a paragraph that runs over several lines', () => {
    const regions = foldingRegions(parseStructure(new SourceText('INTRODUCTION\n\n1. A paragraph\nwrapped over\nthree lines.\n\n2. One line.\n')));
    assert.deepEqual(regions.filter((r) => r.kind === 'paragraph').map((r) => [r.startLine, r.endLine]), [[2, 4]]);
  });
});
