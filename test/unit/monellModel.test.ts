import * as assert from 'node:assert/strict';
import { clearReadingCache, readSentence } from '../../src/core/monell';
import { FEATURE_VERSION, OVERRULE, SHIPPED_MODEL, loadStoredModel, overrule, presentLikelihood, sentenceFeatures, storeModel, useSentenceModel, type SentenceModel } from '../../src/core/monell/model';
import shipped from '../../src/core/monell/model.json';
import { allTrainingSentences, corpusFingerprint } from '../../scripts/train-monell-model';

/** Reads a sentence with the patterns alone, then with the shipped model beside them. */
function bothReadings(sentence: string) {
  useSentenceModel(undefined);
  clearReadingCache();
  const patterns = readSentence(sentence);
  useSentenceModel(SHIPPED_MODEL);
  clearReadingCache();
  return { patterns, combined: readSentence(sentence) };
}

describe('Monell sentence model', () => {
  afterEach(() => {
    useSentenceModel(SHIPPED_MODEL);
    clearReadingCache();
  });

  it('ships a model trained on the corpus as it stands, with the features the code makes (else: npm run train:monell)', () => {
    assert.equal(shipped.features, FEATURE_VERSION);
    assert.equal(shipped.corpus, corpusFingerprint(allTrainingSentences()));
    assert.equal(shipped.weights.length, SHIPPED_MODEL.vocabulary.length * shipped.elements.length);
    for (const weights of Object.values(SHIPPED_MODEL.weights)) assert.equal(weights.length, SHIPPED_MODEL.vocabulary.length);
  });

  it('stores a model compactly and loads the same model back: every feature keeps its weights', () => {
    const model: SentenceModel = {
      features: FEATURE_VERSION,
      vocabulary: ['<s> the', 'chief', 'chief received', 'received', 'the', 'the chief', '" </s>'],
      bias: { deficiency: -1.5, deliberateIndifference: -2, causation: -2.5 },
      weightScale: 100,
      weights: { deficiency: [1, 2, 3, 4, 5, 6, 7], deliberateIndifference: [-1, -2, -3, -4, -5, -6, -7], causation: [0, 10, 20, 30, 40, 50, 60] },
    };
    const stored = storeModel(model);
    // Pairs share a line with their first word; a word on its own is the line's empty entry.
    assert.deepEqual(stored.vocabulary.split('\n'), ['<s> the', 'chief  received', 'received ', 'the  chief', '" </s>']);
    const loaded = loadStoredModel(JSON.parse(JSON.stringify(stored)));
    const weightOf = (m: SentenceModel, feature: string) => {
      const i = m.vocabulary.indexOf(feature);
      return [m.weights.deficiency[i], m.weights.deliberateIndifference[i], m.weights.causation[i]];
    };
    assert.deepEqual([...loaded.vocabulary].sort(), [...model.vocabulary].sort());
    for (const feature of model.vocabulary) assert.deepEqual(weightOf(loaded, feature), weightOf(model, feature), feature);
    assert.deepEqual(loaded.bias, model.bias);
    const sentence = 'The chief received it.';
    assert.deepEqual(presentLikelihood(sentence, loaded), presentLikelihood(sentence, model));
  });

  it('makes features of words and neighbouring pairs, with numbers and curly quotes folded', () => {
    const features = sentenceFeatures('In 2019, the Chief received “11” complaints.');
    for (const feature of ['<s> in', 'in 0', '0 ,', 'chief received', '"', 'complaints .', '. </s>']) assert.ok(features.includes(feature), feature);
    assert.deepEqual(sentenceFeatures('Seven complaints in 1998.'), sentenceFeatures('seven complaints in 2023.'));
    assert.equal(new Set(features).size, features.length);
  });

  it('scores dated, counted prior events as notice and the bare label as no notice', () => {
    const notice = presentLikelihood('Between March 2019 and May 2022 the Sheriff received eleven written grievances from detainees who said jail staff ignored their withdrawal symptoms, and two of those detainees died.');
    const label = presentLikelihood('The County was deliberately indifferent to the obvious consequences of its failure to train.');
    assert.ok(notice.deliberateIndifference > 0.9, String(notice.deliberateIndifference));
    // Far below the 0.8 a promotion needs: the model does not take the label for notice.
    assert.ok(label.deliberateIndifference < 0.5, String(label.deliberateIndifference));
    assert.ok(presentLikelihood('Officer Ruiz completed forty hours of crisis intervention training in 2019.').deficiency < 0.1);
  });

  it('overrules the patterns only when nearly certain, and never promotes a deficiency', () => {
    assert.equal(overrule('causation', undefined, 0.95), 'present');
    assert.equal(overrule('causation', undefined, 0.6), undefined);
    assert.equal(overrule('causation', 'conclusory', 0.6), 'conclusory');
    assert.equal(overrule('deliberateIndifference', 'present', OVERRULE.deliberateIndifference.demoteBelow / 2), 'conclusory');
    assert.equal(overrule('deliberateIndifference', 'present', 0.3), 'present');
    // Notice without its strongest marks (no policymaker told, nothing counted) is taken back at a lower certainty.
    const between = (OVERRULE.deliberateIndifference.demoteBelow + OVERRULE.deliberateIndifference.demoteWeakBelow) / 2;
    assert.equal(overrule('deliberateIndifference', 'present', between, true), 'present');
    assert.equal(overrule('deliberateIndifference', 'present', between, false), 'conclusory');
    assert.equal(overrule('deficiency', undefined, 0.999), undefined);
    assert.equal(overrule('deficiency', 'present', 0.001), 'conclusory');
  });

  it('finds causation the patterns miss: an officer who says nobody upstairs ever questioned a bite', () => {
    for (const sentence of [
      'Asked why he released the dog on Mr. Cole without a warning, Officer Pike told investigators that nobody upstairs had ever questioned a bite.',
    ]) {
      const { patterns, combined } = bothReadings(sentence);
      assert.notEqual(patterns.causation, 'present', sentence);
      assert.equal(combined.causation, 'present', sentence);
    }
  });

  it('promotes only sentences that carry what the element is made of, whatever the model says', () => {
    // A model that is sure of causation and notice in every sentence: what still stops it is the reading's own gate.
    const sure: SentenceModel = { features: FEATURE_VERSION, vocabulary: ['</s>'], bias: { deficiency: 0, deliberateIndifference: 0, causation: 0 }, weights: { deficiency: [0], deliberateIndifference: [20], causation: [20] } };
    useSentenceModel(sure);
    clearReadingCache();
    // The training in view and this incident: promoted.
    assert.equal(readSentence('Nobody at the academy had ever covered handcuffed detainees, and Officer Dale kept Ms. Lane face-down for six minutes.').causation, 'present');
    // Narration of the act, another incident, and a plaintiff's own suffering: not promoted.
    assert.notEqual(readSentence('While Ms. Lane lay handcuffed, Officer Dale cycled the Taser five times.').causation, 'present');
    assert.notEqual(readSentence('In another incident the academy trained Officer Dale, who then arrested a man.').causation, 'present');
    assert.notEqual(readSentence('Ms. Lane walked to her car and drove home.').deliberateIndifference, 'present');
  });

  it('leaves labels, hard negatives, narration, statements of law and incorporation paragraphs as the patterns read them', () => {
    for (const sentence of [
      // An officer's words in his report are narration: nothing in them ties the act to the training.
      'In his report, Deputy Voss wrote that Ms. Ortega "refused lawful commands to exit" and "actively resisted removal from the vehicle."',
      "As a direct and proximate result of the City's policies, Plaintiff suffered severe injuries.",
      "The City's training of its jail officers was constitutionally deficient and left them unprepared for the situations they meet every day.",
      'Officer Ruiz completed forty hours of crisis intervention training in 2019.',
      'A municipality is liable where its failure to train amounts to deliberate indifference, City of Canton v. Harris, 489 U.S. 378, 388 (1989).',
      'Plaintiff incorporates paragraphs 1 through 40 as though fully set forth here.',
    ]) {
      const { patterns, combined } = bothReadings(sentence);
      assert.deepEqual(combined, patterns, sentence);
    }
  });

  it('scores any text without throwing: empty, binary junk, and a sentence of megabytes', () => {
    const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    for (const text of ['', junk, 'prior complaints '.repeat(300_000)]) {
      const likelihood = presentLikelihood(text);
      for (const value of Object.values(likelihood)) assert.ok(value >= 0 && value <= 1 && Number.isFinite(value));
      assert.doesNotThrow(() => readSentence(text));
    }
  });
});
