/**
 * Trains the Monell sentence model (src/core/monell/model.json) on the labelled excerpt corpus and the whole
 * complaints in test/fixtures/monell.
 *
 *   npm run train:monell                 retrain on everything and write the model
 *   npm run train:monell -- --cross-validate [--splits=dev,heldout,...]
 *                                        also score it by author: five folds of whole splits, each fold's
 *                                        composed drafts read by a model trained on the other four splits (and
 *                                        the whole complaints), beside the patterns alone
 *
 * Deterministic: the same corpus gives the same model. Retrain after adding a split or a complaint, but only
 * after it has been measured on arrival (see test/fixtures/monell/BRIEF.md); then run the unit tests, whose own
 * sentences show any reading the retrain changed.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMonell, clearReadingCache } from '../src/core/monell';
import { FEATURE_VERSION, SHIPPED_MODEL, sentenceFeatures, storeModel, useSentenceModel, type SentenceModel } from '../src/core/monell/model';
import { SourceText } from '../src/core/text/sourceText';
import { complaintSentences, wholeComplaints } from '../test/fixtures/monell/complaints';
import { composeCorpus, ELEMENT_KEYS, SPLITS, trainingSentences, type ElementKey, type Split, type TrainingSentence } from '../test/fixtures/monell/corpus';

const EPOCHS = 8;
const LEARNING_RATE = 0.2;
const L2 = 1e-6;
/** Each labelled sentence is written out with each of its split's three scaffolds, so 18 is about six sentences. */
const MIN_SENTENCES = 18;
/**
 * Weights are kept to hundredths, written as whole numbers of hundredths: two decimals read the corpus as well
 * as more (cross-validated), and whole numbers keep the packaged extension small.
 */
const WEIGHT_SCALE = 100;
/** Weights smaller than this change no decision; dropping them keeps the shipped model small. */
const PRUNE_BELOW = 0.01;

interface Encoded {
  readonly features: Int32Array;
  readonly present: Readonly<Record<ElementKey, boolean>>;
}

/** What the shipped model learns from: the excerpt corpus's sentences and the whole complaints' sentences (their narration above all). */
export function allTrainingSentences(): TrainingSentence[] {
  return [...trainingSentences(), ...complaintSentences()];
}

/** The corpus's fingerprint, recorded in the model so a test can tell when the model is stale. */
export function corpusFingerprint(sentences: readonly TrainingSentence[]): string {
  return createHash('sha256').update(JSON.stringify(sentences)).digest('hex').slice(0, 16);
}

/**
 * Each sentence as the indices of its features. Only features found in at least MIN_SENTENCES training
 * sentences get a weight: a word one author used once teaches nothing about the next author, and
 * keeping only the rest makes the shipped model a tenth of the size.
 */
function encode(sentences: readonly TrainingSentence[], vocabulary: Map<string, number>): Encoded[] {
  const featured = sentences.map(({ text }) => sentenceFeatures(text));
  const seen = new Map<string, number>();
  for (const features of featured) for (const feature of features) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  return sentences.map(({ present }, i) => {
    const indices: number[] = [];
    for (const feature of featured[i]!) {
      if (seen.get(feature)! < MIN_SENTENCES) continue;
      let index = vocabulary.get(feature);
      if (index === undefined) vocabulary.set(feature, (index = vocabulary.size));
      indices.push(index);
    }
    return { features: Int32Array.from(indices), present };
  });
}

/** Logistic regression by AdaGrad, with a fixed shuffle so training is repeatable. */
function fit(samples: readonly Encoded[], size: number, key: ElementKey): { bias: number; weights: Float64Array } {
  const weights = new Float64Array(size);
  const squares = new Float64Array(size);
  let bias = 0;
  let biasSquares = 0;
  const order = samples.map((_, i) => i);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const sample = samples[index]!;
      let z = bias;
      for (const f of sample.features) z += weights[f]!;
      const gradient = 1 / (1 + Math.exp(-z)) - (sample.present[key] ? 1 : 0);
      for (const f of sample.features) {
        const g = gradient + L2 * weights[f]!;
        squares[f]! += g * g;
        weights[f]! -= (LEARNING_RATE * g) / Math.sqrt(squares[f]! + 1e-8);
      }
      biasSquares += gradient * gradient;
      bias -= (LEARNING_RATE * gradient) / Math.sqrt(biasSquares + 1e-8);
    }
  }
  return { bias, weights };
}

export function train(sentences: readonly TrainingSentence[]): SentenceModel {
  const vocabulary = new Map<string, number>();
  const samples = encode(sentences, vocabulary);
  const fitted = ELEMENT_KEYS.map((key) => fit(samples, vocabulary.size, key));
  // A feature is kept if it matters to any element; sorted, so a retrain on the same corpus writes the same file.
  const kept = [...vocabulary.entries()]
    .filter(([, index]) => fitted.some(({ weights }) => Math.abs(weights[index]!) >= PRUNE_BELOW))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const bias = {} as Record<ElementKey, number>;
  const weights = {} as Record<ElementKey, number[]>;
  ELEMENT_KEYS.forEach((key, k) => {
    bias[key] = Math.round(fitted[k]!.bias * WEIGHT_SCALE) / WEIGHT_SCALE;
    weights[key] = kept.map(([, index]) => Math.round(fitted[k]!.weights[index]! * WEIGHT_SCALE));
  });
  return { features: FEATURE_VERSION, vocabulary: kept.map(([feature]) => feature), bias, weightScale: WEIGHT_SCALE, weights };
}

/**
 * Reads the drafts of each fold's splits with a model trained on the other folds, and with the patterns
 * alone, and prints pooled present precision / recall per element: how the model does on authors it has not read.
 */
function crossValidate(splits: readonly Split[], folds = 5): void {
  const tallies = { patterns: newTally(), combined: newTally() };
  for (let fold = 0; fold < folds; fold++) {
    const held = splits.filter((_, i) => i % folds === fold);
    const model = train([...trainingSentences(splits.filter((_, i) => i % folds !== fold)), ...complaintSentences()]);
    for (const [name, used] of [['patterns', undefined], ['combined', model]] as const) {
      useSentenceModel(used);
      clearReadingCache();
      for (const draft of held.flatMap((split) => composeCorpus(split))) {
        if (draft.theory === 'none') continue;
        const claim = analyzeMonell(new SourceText(draft.text)).claims[0];
        for (const key of ELEMENT_KEYS) count(tallies[name][key], draft.expected[key] === 'present', claim?.elements[key].status === 'present');
      }
    }
  }
  useSentenceModel(SHIPPED_MODEL);
  clearReadingCache();
  for (const [name, tally] of Object.entries(tallies)) {
    console.log(`${name.padEnd(9)} ${ELEMENT_KEYS.map((key) => `${key} ${figures(tally[key])}`).join('  ')}`);
  }
}

/** Batches of this many complaints were written and measured together (see the README's table). */
const COMPLAINT_BATCH = 16;

/**
 * Reads each batch of whole complaints with a model that has not read it (trained on the excerpts and the
 * other batches), and prints pooled present precision / recall per element: the figure to move when a change
 * is meant for long narrative drafts.
 */
function crossValidateComplaints(verbose = false): void {
  // In the order they arrived (wc01 … wc160), so each slice of sixteen is one batch.
  const complaints = wholeComplaints().sort((a, b) => Number(a.name.replace(/\D/g, '')) - Number(b.name.replace(/\D/g, '')));
  const excerpts = trainingSentences();
  const tally = newTally();
  for (let start = 0; start < complaints.length; start += COMPLAINT_BATCH) {
    const held = complaints.slice(start, start + COMPLAINT_BATCH);
    const others = complaints.filter((_, i) => i < start || i >= start + COMPLAINT_BATCH);
    useSentenceModel(train([...excerpts, ...complaintSentences(others)]));
    clearReadingCache();
    const batch = newTally();
    for (const complaint of held) {
      const claim = analyzeMonell(new SourceText(complaint.text)).claims[0];
      for (const key of ELEMENT_KEYS) {
        const said = claim?.elements[key];
        for (const cell of [tally[key], batch[key]]) count(cell, complaint.expected[key] === 'present', said?.status === 'present');
        if (verbose && (complaint.expected[key] === 'present') !== (said?.status === 'present')) {
          console.log(`  ${complaint.name} ${key}: expected ${complaint.expected[key]}, read ${said?.status ?? 'missing'} (${claim?.theory ?? 'no claim'})${said?.evidence.map((e) => `\n    | ${e.text.slice(0, 160)}`).join('') ?? ''}`);
        }
      }
    }
    console.log(`${held[0]!.name}-${held[held.length - 1]!.name} ${ELEMENT_KEYS.map((key) => `${key} ${figures(batch[key])}`).join('  ')}`);
  }
  useSentenceModel(SHIPPED_MODEL);
  clearReadingCache();
  console.log(`all       ${ELEMENT_KEYS.map((key) => `${key} ${figures(tally[key])}`).join('  ')}`);
}

type Tally = Record<ElementKey, { tp: number; fp: number; fn: number }>;
function newTally(): Tally {
  return { deficiency: { tp: 0, fp: 0, fn: 0 }, deliberateIndifference: { tp: 0, fp: 0, fn: 0 }, causation: { tp: 0, fp: 0, fn: 0 } };
}
function count(cell: Tally[ElementKey], expected: boolean, said: boolean): void {
  if (said && expected) cell.tp++;
  else if (said) cell.fp++;
  else if (expected) cell.fn++;
}
function figures({ tp, fp, fn }: Tally[ElementKey]): string {
  return `P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}`;
}

if (require.main === module) {
  const sentences = allTrainingSentences();
  const model = train(sentences);
  const stored = { about: 'Generated by scripts/train-monell-model.ts from test/fixtures/monell; do not edit by hand.', corpus: corpusFingerprint(sentences), ...storeModel(model) };
  const file = join(__dirname, '..', 'src', 'core', 'monell', 'model.json');
  writeFileSync(file, `${JSON.stringify(stored)}\n`);
  console.log(`Trained on ${sentences.length} sentences (${SPLITS.length} splits and the whole complaints); ${model.vocabulary.length} features kept; wrote ${file}.`);
  const only = process.argv.find((arg) => arg.startsWith('--splits='))?.slice('--splits='.length).split(',') as Split[] | undefined;
  if (process.argv.includes('--cross-validate')) crossValidate(only ?? SPLITS);
  if (process.argv.includes('--cross-validate-complaints')) crossValidateComplaints(process.argv.includes('--verbose'));
}
