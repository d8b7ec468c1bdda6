import { readFileSync } from 'node:fs';
import { analyzeMonell, clearReadingCache } from '../src/core/monell';
import { parseStructure } from '../src/core/structure';
import { SourceText } from '../src/core/text/sourceText';
import { composeCorpus, ELEMENT_KEYS, measuredOnArrival, SPLITS, type LabelledDraft, type Split, type Status } from '../test/fixtures/monell/corpus';
import { round, timeRepeated, type Figure } from './figure';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : round(a / b));

/** What the engine decided for each element of the draft's Monell claim (missing when it found no claim). */
function decisions(draft: LabelledDraft): Record<string, Status> {
  const claim = analyzeMonell(new SourceText(draft.text)).claims[0];
  const result: Record<string, Status> = {};
  for (const key of ELEMENT_KEYS) result[key] = (claim?.elements[key]?.status as Status | undefined) ?? 'missing';
  return result;
}

/**
 * Precision and recall per element on the labelled corpus. "present": the engine says the draft pleads
 * facts for the element. "flagged": the engine raises a diagnostic (conclusory or missing). Also the
 * exact three-way agreement, and claim detection on drafts with and without a Monell claim.
 */
function corpusFigures(split: Split): Figure[] {
  const drafts = composeCorpus(split);
  const figures: Figure[] = [{ name: `monell.corpus.${split}.drafts`, value: drafts.length, unit: 'drafts' }];
  let claimErrors = 0;
  const results = drafts.map((draft) => {
    const got = decisions(draft);
    const found = analyzeMonell(new SourceText(draft.text)).claims.length > 0;
    if (found !== (draft.theory !== 'none')) claimErrors++;
    return { draft, got };
  });
  figures.push({ name: `monell.corpus.${split}.claimDetectionErrors`, value: claimErrors, unit: 'drafts' });
  for (const key of ELEMENT_KEYS) {
    const present: Tally = { tp: 0, fp: 0, fn: 0 };
    const flagged: Tally = { tp: 0, fp: 0, fn: 0 };
    let agree = 0;
    let total = 0;
    for (const { draft, got } of results) {
      if (draft.theory === 'none') continue;
      const expected = draft.expected[key];
      const decided = got[key]!;
      total++;
      if (expected === decided) agree++;
      const tally = (t: Tally, e: boolean, d: boolean) => {
        if (e && d) t.tp++;
        else if (d) t.fp++;
        else if (e) t.fn++;
      };
      tally(present, expected === 'present', decided === 'present');
      tally(flagged, expected !== 'present', decided !== 'present');
    }
    figures.push(
      { name: `monell.corpus.${split}.${key}.present.precision`, value: ratio(present.tp, present.tp + present.fp), unit: 'ratio' },
      { name: `monell.corpus.${split}.${key}.present.recall`, value: ratio(present.tp, present.tp + present.fn), unit: 'ratio' },
      { name: `monell.corpus.${split}.${key}.flagged.precision`, value: ratio(flagged.tp, flagged.tp + flagged.fp), unit: 'ratio' },
      { name: `monell.corpus.${split}.${key}.flagged.recall`, value: ratio(flagged.tp, flagged.tp + flagged.fn), unit: 'ratio' },
      { name: `monell.corpus.${split}.${key}.threeWayAccuracy`, value: ratio(agree, total), unit: 'ratio' },
    );
  }
  return figures;
}


/**
 * Structure parsing and Monell analysis of a 1 MB draft made of repeated sample complaints (2 MB to
 * show linear growth). "cold": nothing cached. "afterEdit": the draft re-analysed after a one-word
 * edit, as while typing, when only the edited sentence is read again.
 */
function speedFigures(): Figure[] {
  const sample = readFileSync('samples/complaint.md', 'utf8');
  const make = (bytes: number) => sample.repeat(Math.ceil(bytes / sample.length)).slice(0, bytes);
  const one = new SourceText(make(1024 * 1024));
  const two = new SourceText(make(2 * 1024 * 1024));
  const structure = timeRepeated(() => parseStructure(one));
  const cold1 = timeRepeated(() => {
    clearReadingCache();
    analyzeMonell(one);
  });
  const cold2 = timeRepeated(() => {
    clearReadingCache();
    analyzeMonell(two);
  }, 5);
  analyzeMonell(one);
  let edits = 0;
  const middle = one.text.indexOf('The City did not train', one.text.length >> 1);
  const afterEdit = timeRepeated(() => {
    edits++;
    const text = `${one.text.slice(0, middle)}The City did not train (${edits})${one.text.slice(middle + 'The City did not train'.length)}`;
    analyzeMonell(new SourceText(text));
  });
  return [
    { name: 'monell.structure.perMB.median', value: round(structure.median), unit: 'ms' },
    { name: 'monell.analysis.perMB.cold.median', value: round(cold1.median), unit: 'ms' },
    { name: 'monell.analysis.perMB.cold.p99', value: round(cold1.p99), unit: 'ms' },
    { name: 'monell.analysis.2MB.cold.median', value: round(cold2.median), unit: 'ms' },
    { name: 'monell.analysis.perMB.afterEdit.median', value: round(afterEdit.median), unit: 'ms' },
  ];
}

/**
 * The figures each held-out split gave when it was first measured, before the engine was tuned on it
 * (recorded in the split's file). These, not the current figures of spent splits, say how the engine
 * reads drafts it has never seen.
 */
function arrivalFigures(): Figure[] {
  return SPLITS.flatMap((split) => {
    const arrival = measuredOnArrival(split);
    if (!arrival) return [];
    return ELEMENT_KEYS.flatMap((key) => [
      { name: `monell.onArrival.${split}.${key}.present.precision`, value: arrival.present[key].precision, unit: `ratio (${arrival.drafts} drafts, ${arrival.date})` },
      { name: `monell.onArrival.${split}.${key}.present.recall`, value: arrival.present[key].recall, unit: `ratio (${arrival.drafts} drafts, ${arrival.date})` },
    ]);
  });
}

export function monellBenchmarks(): Figure[] {
  return [...arrivalFigures(), ...SPLITS.flatMap(corpusFigures), ...speedFigures()];
}
