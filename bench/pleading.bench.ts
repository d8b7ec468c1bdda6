import { readFileSync } from 'node:fs';
import { SourceText } from '../src/core';
import { buildOutline, foldingRegions } from '../src/core/outline';
import { applyEdits, planRenumbering } from '../src/core/renumber';
import { parseStructure } from '../src/core/structure';
import { round, timeRepeated, type Figure } from './figure';

/** A long complaint: the pleading sample with its counts repeated, numbered 1 … N in order. */
function longComplaint(counts: number): string {
  const sample = readFileSync('samples/complaint.pleading', 'utf8');
  const claimsStart = sample.indexOf('COUNT I —');
  const prayerStart = sample.indexOf('PRAYER FOR RELIEF');
  const draft = sample.slice(0, claimsStart) + sample.slice(claimsStart, prayerStart).repeat(counts / 2) + sample.slice(prayerStart);
  return applyEdits(draft, planRenumbering(new SourceText(draft)).edits);
}


/**
 * What the editor does with a long complaint (100 counts, about 370 numbered paragraphs): the outline
 * and folding work per edit (parse the structure once, then build both), and the renumber command
 * after a paragraph is inserted near the top so every later label and reference changes.
 */
export function pleadingBenchmarks(): Figure[] {
  const text = longComplaint(100);
  const source = new SourceText(text);
  const structure = parseStructure(source);
  const outline = timeRepeated(() => {
    const parsed = parseStructure(new SourceText(text));
    buildOutline(source, parsed);
    foldingRegions(parsed);
  }, 20);
  const inserted = text.replace('7. On March 3, 2025', '7. An inserted paragraph.\n\n7. On March 3, 2025');
  let edits = 0;
  const renumber = timeRepeated(() => {
    edits = planRenumbering(new SourceText(inserted)).edits.length;
  }, 20);
  return [
    { name: 'pleading.longComplaint.paragraphs', value: structure.paragraphs.length, unit: 'paragraphs' },
    { name: 'pleading.longComplaint.size', value: round(text.length / 1024), unit: 'KB' },
    { name: 'pleading.outlineAndFolding.median', value: round(outline.median), unit: 'ms' },
    { name: 'pleading.outlineAndFolding.p99', value: round(outline.p99), unit: 'ms' },
    { name: 'pleading.renumber.edits', value: edits, unit: 'edits' },
    { name: 'pleading.renumber.median', value: round(renumber.median), unit: 'ms' },
    { name: 'pleading.renumber.p99', value: round(renumber.p99), unit: 'ms' },
  ];
}
