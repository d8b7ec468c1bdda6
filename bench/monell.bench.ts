import { readFileSync } from 'node:fs';
import { analyzeMonell, clearReadingCache, readMonellSentences } from '../src/core/monell';
import { parseStructure } from '../src/core/structure';
import { SourceText } from '../src/core/text/sourceText';
import { authorLabels, composeCorpus, ELEMENT_KEYS, measuredOnArrival, secondReaderLabels, SPLITS, trainingSentences, type ElementKey, type Status } from '../test/fixtures/monell/corpus';
import { wholeComplaints, type WholeComplaint } from '../test/fixtures/monell/complaints';
import { round, timeRepeated, type Figure } from './figure';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : round(a / b));

const tally = (t: Tally, expected: boolean, decided: boolean): void => {
  if (expected && decided) t.tp++;
  else if (decided) t.fp++;
  else if (expected) t.fn++;
};

interface ElementTallies {
  readonly present: Tally;
  readonly flagged: Tally;
  agree: number;
  total: number;
}

const newTallies = (): Record<string, ElementTallies> =>
  Object.fromEntries(ELEMENT_KEYS.map((key) => [key, { present: { tp: 0, fp: 0, fn: 0 }, flagged: { tp: 0, fp: 0, fn: 0 }, agree: 0, total: 0 }]));

/**
 * Precision and recall per element on the labelled corpus, per split and pooled over all splits.
 * "present": the engine says the draft pleads facts for the element. "flagged" (pooled only): the
 * engine raises a diagnostic (conclusory or missing). Also the exact three-way agreement, and claim
 * detection on drafts with and without a Monell claim.
 */
function corpusFigures(): Figure[] {
  const figures: Figure[] = [];
  const pooled = newTallies();
  let pooledDrafts = 0;
  for (const split of SPLITS) {
    const drafts = composeCorpus(split);
    const tallies = newTallies();
    let claimErrors = 0;
    for (const draft of drafts) {
      const claims = analyzeMonell(new SourceText(draft.text)).claims;
      if ((claims.length > 0) !== (draft.theory !== 'none')) claimErrors++;
      if (draft.theory === 'none') continue;
      pooledDrafts++;
      for (const key of ELEMENT_KEYS) {
        const expected = draft.expected[key];
        const decided = (claims[0]?.elements[key]?.status as Status | undefined) ?? 'missing';
        for (const t of [tallies[key]!, pooled[key]!]) {
          t.total++;
          if (expected === decided) t.agree++;
          tally(t.present, expected === 'present', decided === 'present');
          tally(t.flagged, expected !== 'present', decided !== 'present');
        }
      }
    }
    figures.push(
      { name: `monell.corpus.${split}.drafts`, value: drafts.length, unit: 'drafts' },
      { name: `monell.corpus.${split}.claimDetectionErrors`, value: claimErrors, unit: 'drafts' },
    );
    for (const key of ELEMENT_KEYS) {
      const t = tallies[key]!;
      figures.push(
        { name: `monell.corpus.${split}.${key}.present.precision`, value: ratio(t.present.tp, t.present.tp + t.present.fp), unit: 'ratio' },
        { name: `monell.corpus.${split}.${key}.present.recall`, value: ratio(t.present.tp, t.present.tp + t.present.fn), unit: 'ratio' },
        { name: `monell.corpus.${split}.${key}.threeWayAccuracy`, value: ratio(t.agree, t.total), unit: 'ratio' },
      );
    }
  }
  for (const key of ELEMENT_KEYS) {
    const t = pooled[key]!;
    const unit = `ratio (${pooledDrafts} drafts, all splits; spent splits were tuned on)`;
    figures.push(
      { name: `monell.corpus.all.${key}.present.precision`, value: ratio(t.present.tp, t.present.tp + t.present.fp), unit },
      { name: `monell.corpus.all.${key}.present.recall`, value: ratio(t.present.tp, t.present.tp + t.present.fn), unit },
      { name: `monell.corpus.all.${key}.flagged.precision`, value: ratio(t.flagged.tp, t.flagged.tp + t.flagged.fp), unit },
      { name: `monell.corpus.all.${key}.flagged.recall`, value: ratio(t.flagged.tp, t.flagged.tp + t.flagged.fn), unit },
      { name: `monell.corpus.all.${key}.threeWayAccuracy`, value: ratio(t.agree, t.total), unit },
    );
  }
  return figures;
}

/**
 * How often two careful readers agree: a second reader's labels of the sentences of four splits against their
 * authors' labels, with the authors' labels as the reference (as they are for the engine). The
 * engine's figures are to be read against this ceiling.
 */
function agreementFigures(): Figure[] {
  const second = secondReaderLabels();
  const authors = new Map<string, ReturnType<typeof authorLabels>>();
  const tallies = newTallies();
  for (const row of second) {
    if (!authors.has(row.split)) authors.set(row.split, authorLabels(row.split));
    const author = authors.get(row.split)!.get(row.text);
    if (!author) throw new Error(`agreement.json: a sentence of ${row.split} that is not in its pools: ${row.text.slice(0, 60)}`);
    for (const key of ELEMENT_KEYS) {
      const t = tallies[key]!;
      t.total++;
      if (author[key] === row[key]) t.agree++;
      tally(t.present, author[key] === 'present', row[key] === 'present');
    }
  }
  const unit = `ratio (${second.length} sentences, second reader vs author)`;
  return ELEMENT_KEYS.flatMap((key) => {
    const t = tallies[key]!;
    return [
      { name: `monell.agreement.${key}.present.precision`, value: ratio(t.present.tp, t.present.tp + t.present.fp), unit },
      { name: `monell.agreement.${key}.present.recall`, value: ratio(t.present.tp, t.present.tp + t.present.fn), unit },
      { name: `monell.agreement.${key}.threeWayAccuracy`, value: ratio(t.agree, t.total), unit },
    ];
  });
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
  // Every sentence new, as in a long draft opened for the first time: each is read by the patterns, and scored by the model where that can matter.
  const distinct = new SourceText(distinctDraft(1024 * 1024));
  const coldDistinct = timeRepeated(() => {
    clearReadingCache();
    analyzeMonell(distinct);
  }, 5);
  // The same draft read ahead in 15 ms slices, as the editor reads a draft it opens (AnalysisService.prepare): the longest
  // the extension host is held by one slice, and the analysis once every sentence is read.
  const distinctStructure = parseStructure(distinct);
  let longestSlice = 0;
  const readAhead = timeRepeated(() => {
    clearReadingCache();
    for (let next: number | undefined = 0; next !== undefined;) {
      const start = performance.now();
      next = readMonellSentences(distinct, distinctStructure, next, () => performance.now() >= start + 15);
      longestSlice = Math.max(longestSlice, performance.now() - start);
    }
  }, 5);
  const afterReadingAhead = timeRepeated(() => analyzeMonell(distinct, distinctStructure));
  return [
    { name: 'monell.structure.perMB.median', value: round(structure.median), unit: 'ms' },
    { name: 'monell.analysis.perMB.distinctSentences.cold.median', value: round(coldDistinct.median), unit: 'ms' },
    { name: 'monell.analysis.perMB.distinctSentences.readAhead.total.median', value: round(readAhead.median), unit: 'ms (in 15 ms slices)' },
    { name: 'monell.analysis.perMB.distinctSentences.readAhead.longestSlice', value: round(longestSlice), unit: 'ms' },
    { name: 'monell.analysis.perMB.distinctSentences.afterReadingAhead.median', value: round(afterReadingAhead.median), unit: 'ms' },
    { name: 'monell.analysis.perMB.cold.median', value: round(cold1.median), unit: 'ms' },
    { name: 'monell.analysis.perMB.cold.p99', value: round(cold1.p99), unit: 'ms' },
    { name: 'monell.analysis.2MB.cold.median', value: round(cold2.median), unit: 'ms' },
    { name: 'monell.analysis.perMB.afterEdit.median', value: round(afterEdit.median), unit: 'ms' },
  ];
}

/**
 * About `bytes` of numbered paragraphs, each two corpus sentences, under a facts heading and before a
 * failure-to-train count: a long draft in which almost no sentence repeats, so every one is read afresh.
 */
function distinctDraft(bytes: number): string {
  const sentences = [...new Set(trainingSentences().map(({ text }) => text))];
  const lines = ['# COMPLAINT', '', '## FACTS', ''];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const paragraph = `${i + 1}. ${sentences[i % sentences.length]} ${sentences[(i * 7 + 3) % sentences.length]}`;
    lines.push(paragraph, '');
    length += paragraph.length + 2;
  }
  lines.push('## COUNT I - Failure to Train (Against the City)', '', 'Plaintiff incorporates the paragraphs above.', '', 'The City failed to train its officers, and that failure was the moving force behind the violation.');
  return lines.join('\n');
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

/**
 * Whole complaints: whether the one Monell claim is found with its theory, and present precision / recall and
 * three-way agreement per element against the status each author assigned; "onArrival" from the readings recorded
 * when each complaint arrived, before any tuning on it, and "current" from the engine as it is.
 */
/** The latest whole complaints, as they arrived: eight batches of sixteen, the unseen figure of the engine as it now is. */
const LATEST_COMPLAINTS = 128;

function wholeComplaintFigures(): Figure[] {
  const complaints = wholeComplaints();
  const latest = [...complaints].sort((a, b) => Number(a.name.replace(/\D/g, '')) - Number(b.name.replace(/\D/g, ''))).slice(-LATEST_COMPLAINTS);
  const figures: Figure[] = [];
  const read = {
    onArrival: (complaint: WholeComplaint) => complaint.measuredOnArrival && { claims: complaint.measuredOnArrival.claims, theory: complaint.measuredOnArrival.theory, statuses: complaint.measuredOnArrival.statuses },
    current: (complaint: WholeComplaint) => {
      const claims = analyzeMonell(new SourceText(complaint.text)).claims;
      const statuses = Object.fromEntries(ELEMENT_KEYS.map((key) => [key, (claims[0]?.elements[key]?.status as Status | undefined) ?? 'missing'])) as Record<ElementKey, Status>;
      return { claims: claims.length, theory: claims[0]?.theory ?? 'none', statuses };
    },
  };
  const readings: Array<[string, (complaint: WholeComplaint) => ReturnType<typeof read.current> | undefined, readonly WholeComplaint[]]> = [
    ['onArrival', read.onArrival, complaints],
    [`onArrival.latest${LATEST_COMPLAINTS}`, read.onArrival, latest],
    ['current', read.current, complaints],
  ];
  for (const [when, reading, selected] of readings) {
    const tallies = newTallies();
    let claimErrors = 0;
    let counted = 0;
    for (const complaint of selected) {
      const result = reading(complaint);
      if (!result) continue;
      counted++;
      if (result.claims !== 1 || result.theory !== complaint.theory) claimErrors++;
      for (const key of ELEMENT_KEYS) {
        const t = tallies[key]!;
        t.total++;
        if (complaint.expected[key] === result.statuses[key]) t.agree++;
        tally(t.present, complaint.expected[key] === 'present', result.statuses[key] === 'present');
      }
    }
    const unit = `(${counted} whole complaints)`;
    figures.push({ name: `monell.wholeComplaints.${when}.claimErrors`, value: claimErrors, unit: `complaints ${unit}` });
    for (const key of ELEMENT_KEYS) {
      const t = tallies[key]!;
      figures.push(
        { name: `monell.wholeComplaints.${when}.${key}.present.precision`, value: ratio(t.present.tp, t.present.tp + t.present.fp), unit: `ratio ${unit}` },
        { name: `monell.wholeComplaints.${when}.${key}.present.recall`, value: ratio(t.present.tp, t.present.tp + t.present.fn), unit: `ratio ${unit}` },
        { name: `monell.wholeComplaints.${when}.${key}.threeWayAccuracy`, value: ratio(t.agree, t.total), unit: `ratio ${unit}` },
      );
    }
  }
  return figures;
}

export function monellBenchmarks(): Figure[] {
  return [...arrivalFigures(), ...agreementFigures(), ...corpusFigures(), ...wholeComplaintFigures(), ...speedFigures()];
}
