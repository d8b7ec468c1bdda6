/**
 * A second reader of each sentence: a logistic model over the sentence's words and word pairs, one per
 * element, trained by scripts/train-monell-model.ts on the labelled corpus and the whole complaints
 * (test/fixtures/monell).
 *
 * The hand-written patterns in language.ts read the shapes a judge looks for; the model has read every
 * author of the corpus and knows phrasings no pattern names. Neither decides alone: the model overrules
 * the patterns only where it is nearly certain (`overrule`), and language.ts lets it do so only where the
 * sentence carries what the element is made of. Scored by author-grouped cross-validation (five folds, no
 * author in both training and test), the combination reads drafts of unseen authors better than either
 * reader; the figures are in the README.
 *
 * Pure and bounded: a sentence is scored in time linear in its length, and nothing here throws.
 */
import type { ElementKey } from './authorities';
import type { Decision } from './language';
import trained from './model.json';

export interface SentenceModel {
  /** How the features were made, so a model and the code that scores it cannot drift apart. */
  readonly features: string;
  /** The features that carry weight: words, and pairs of words joined by a space. */
  readonly vocabulary: readonly string[];
  readonly bias: Readonly<Record<ElementKey, number>>;
  /** The weights are whole multiples of 1 / `weightScale` (the shipped model: hundredths, which keeps the package small). */
  readonly weightScale?: number;
  /** Per element, the weight of each vocabulary feature, in vocabulary order. */
  readonly weights: Readonly<Record<ElementKey, readonly number[]>>;
}

/**
 * A model as model.json stores it, laid out for the compression of the package: each pair shares its
 * first word with its neighbours, and the three weights of a feature sit together.
 */
export interface StoredSentenceModel {
  readonly features: string;
  /**
   * One line per first word: the word, then each word that follows it in a pair, all separated by single
   * spaces; an empty entry (the line's second space) stands for the word on its own. Words never hold
   * spaces, so "in  0 the" is the features "in", "in 0" and "in the".
   */
  readonly vocabulary: string;
  readonly bias: Readonly<Record<ElementKey, number>>;
  readonly weightScale: number;
  /** The elements in the order `weights` gives them. */
  readonly elements: readonly ElementKey[];
  /** For each feature in vocabulary order, its weight for each element in `elements` order. */
  readonly weights: readonly number[];
}

/** The stored form of a model (the training script writes it); `loadStoredModel` gives the same model back. */
export function storeModel(model: SentenceModel): StoredSentenceModel {
  const elements = Object.keys(model.weights) as ElementKey[];
  const lines = new Map<string, { entries: string[]; indices: number[] }>();
  model.vocabulary.forEach((feature, i) => {
    const space = feature.indexOf(' ');
    const first = space < 0 ? feature : feature.slice(0, space);
    let line = lines.get(first);
    if (!line) lines.set(first, (line = { entries: [], indices: [] }));
    line.entries.push(space < 0 ? '' : feature.slice(space + 1));
    line.indices.push(i);
  });
  const vocabulary: string[] = [];
  const weights: number[] = [];
  for (const [first, { entries, indices }] of lines) {
    vocabulary.push([first, ...entries].join(' '));
    for (const i of indices) for (const key of elements) weights.push(model.weights[key][i]!);
  }
  return { features: model.features, vocabulary: vocabulary.join('\n'), bias: model.bias, weightScale: model.weightScale ?? 1, elements, weights };
}

export function loadStoredModel(stored: StoredSentenceModel): SentenceModel {
  const vocabulary: string[] = [];
  for (const line of stored.vocabulary.split('\n')) {
    const [first, ...entries] = line.split(' ');
    for (const second of entries) vocabulary.push(second === '' ? first! : `${first} ${second}`);
  }
  const weights = {} as Record<ElementKey, number[]>;
  stored.elements.forEach((key, k) => {
    weights[key] = vocabulary.map((_, i) => stored.weights[i * stored.elements.length + k]!);
  });
  return { features: stored.features, vocabulary, bias: stored.bias, weightScale: stored.weightScale, weights };
}

/** Bump when `features` changes, and retrain. */
export const FEATURE_VERSION = 'words+pairs/v1';

/** Longest sentence scored: beyond it, a "sentence" is a run-on block the model never saw in training. */
const MAX_SCORED_LENGTH = 4_000;

/**
 * The sentence's features: its lower-cased words (digits folded to 0, so "2019" and "1998" are one
 * word) and each pair of neighbouring words, with sentence edges as words of their own.
 */
export function sentenceFeatures(text: string): string[] {
  const words = text
    .slice(0, MAX_SCORED_LENGTH)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\d+/g, '0')
    .match(/[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]/g) ?? [];
  const tokens = ['<s>', ...words, '</s>'];
  const features = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    features.add(tokens[i]!);
    if (i + 1 < tokens.length) features.add(`${tokens[i]} ${tokens[i + 1]}`);
  }
  return [...features];
}

/** A model unpacked on first use, so loading the extension does not pay for it. */
function loadedOnFirstUse(stored: StoredSentenceModel): SentenceModel {
  let model: SentenceModel | undefined;
  const load = (): SentenceModel => (model ??= loadStoredModel(stored));
  return {
    features: stored.features,
    bias: stored.bias,
    weightScale: stored.weightScale,
    get vocabulary() {
      return load().vocabulary;
    },
    get weights() {
      return load().weights;
    },
  };
}

/** The model shipped with the extension (its feature version and corpus are checked by the unit tests). */
export const SHIPPED_MODEL = loadedOnFirstUse(trained as StoredSentenceModel);
let active: SentenceModel | undefined = SHIPPED_MODEL;

/**
 * Replaces the model the reading uses: `undefined` reads with the patterns alone. For the benchmarks and
 * the training script's cross-validation; the extension always uses the shipped model. Clear the
 * reading cache (language.ts) after a change.
 */
export function useSentenceModel(model: SentenceModel | undefined): void {
  active = model;
}

export function sentenceModelEnabled(): boolean {
  return active !== undefined;
}

/** Whether the model in use has a weight for this word (lower case): a word it never saw tells it nothing. */
export function modelKnowsWord(word: string, model: SentenceModel | undefined = active): boolean {
  return model !== undefined && indexOf(model).has(word);
}

/** The model's probability that the sentence pleads facts for each element (0.5 for each when no model is in use). */
export function presentLikelihood(text: string, model: SentenceModel | undefined = active): Record<ElementKey, number> {
  if (!model) return { deficiency: 0.5, deliberateIndifference: 0.5, causation: 0.5 };
  const index = indexOf(model);
  let deficiency = 0;
  let deliberateIndifference = 0;
  let causation = 0;
  for (const feature of sentenceFeatures(text)) {
    const i = index.get(feature);
    if (i === undefined) continue;
    deficiency += model.weights.deficiency[i]!;
    deliberateIndifference += model.weights.deliberateIndifference[i]!;
    causation += model.weights.causation[i]!;
  }
  const scale = model.weightScale ?? 1;
  return {
    deficiency: logistic(model.bias.deficiency + deficiency / scale),
    deliberateIndifference: logistic(model.bias.deliberateIndifference + deliberateIndifference / scale),
    causation: logistic(model.bias.causation + causation / scale),
  };
}

function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Each model's feature index, built on first use so loading the extension does not pay for it. */
const indexes = new WeakMap<SentenceModel, ReadonlyMap<string, number>>();
function indexOf(model: SentenceModel): ReadonlyMap<string, number> {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = new Map(model.vocabulary.map((feature, i) => [feature, i]))));
  return index;
}

/**
 * Where the model overrules the patterns. The patterns state the law as we read it, so the model has its
 * way only when it is sure: a pattern reading of `present` it scores below the demotion bound becomes
 * `conclusory` (the sentence speaks to the element, but the corpus's authors did not call such sentences
 * facts); a sentence it scores at or above `promoteFrom` becomes `present`. A reading that carries the
 * element's strongest marks (`strong`: for notice a policymaker told, events counted or a lawsuit cited; for
 * a deficiency, training described in general rather than one person's act) is taken back only below
 * `demoteBelow`; any other only below `demoteWeakBelow`. The deficiency is never promoted: whether a causal
 * sentence that names the training also pleads the deficiency is where the corpus's authors disagree most,
 * and promoting it cost precision. Bounds chosen by cross-validation: author-grouped folds of the excerpt
 * splits, and whole complaints left out a batch of sixteen at a time (README, "How well it reads").
 */
export const OVERRULE: Readonly<Record<ElementKey, { readonly demoteBelow: number; readonly demoteWeakBelow: number; readonly promoteFrom: number }>> = {
  deficiency: { demoteBelow: 0.01, demoteWeakBelow: 0.15, promoteFrom: Infinity },
  deliberateIndifference: { demoteBelow: 0.01, demoteWeakBelow: 0.15, promoteFrom: 0.8 },
  causation: { demoteBelow: 0.01, demoteWeakBelow: 0.01, promoteFrom: 0.9 },
};

/** The decision for one element once the model has had its say. `strong`: the patterns' reading carries the element's strongest marks. */
export function overrule(key: ElementKey, patterns: Decision, likelihood: number, strong = true): Decision {
  const { demoteBelow, demoteWeakBelow, promoteFrom } = OVERRULE[key];
  if (likelihood >= promoteFrom) return 'present';
  if (patterns === 'present' && likelihood < (strong ? demoteBelow : demoteWeakBelow)) return 'conclusory';
  return patterns;
}
