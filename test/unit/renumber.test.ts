import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceText } from '../../src/core/text/sourceText';
import { applyEdits, findParagraphReferences, planRenumbering } from '../../src/core/renumber';

function renumber(text: string): { text: string; plan: ReturnType<typeof planRenumbering> } {
  const plan = planRenumbering(new SourceText(text));
  return { text: applyEdits(text, plan.edits), plan };
}

/** The numbers of the lines that start a numbered paragraph. */
function labels(text: string): number[] {
  return [...text.matchAll(/^\s*(\d+)\.\s/gm)].map((m) => Number(m[1]));
}

const SAMPLE_MD = readFileSync(join(__dirname, '../../samples/complaint.md'), 'utf8');
const SAMPLE_PLEADING = readFileSync(join(__dirname, '../../samples/complaint.pleading'), 'utf8');

describe('paragraph references', () => {
  it('finds ¶, ¶¶, paragraph(s) and para. references with ranges and lists', () => {
    const text = 'See ¶¶ 3–5, 9 and 12; ¶ 7(a); paragraphs 1 through 13; paragraph 2; paras. 4 to 6; ¶ 10-11.';
    const found = findParagraphReferences(text).map((r) => r.numbers.map((n) => `${n.role}:${n.value}:${text.slice(n.start, n.end)}`));
    assert.deepEqual(found, [
      ['range-start:3:3', 'range-end:5:5', 'single:9:9', 'single:12:12'],
      ['single:7:7'],
      ['range-start:1:1', 'range-end:13:13'],
      ['single:2:2'],
      ['range-start:4:4', 'range-end:6:6'],
      ['range-start:10:10', 'range-end:11:11'],
    ]);
  });

  it('skips references into other documents', () => {
    const text = 'Compl. ¶ 12; Am. Compl. ¶¶ 3–5; Decl. ¶ 4; Ex. A ¶ 2; Id. ¶ 3; ECF No. 7 at ¶ 9; paragraph 3 of the Settlement Agreement.';
    assert.deepEqual(findParagraphReferences(text), []);
  });

  it('keeps references to this complaint, including "of this Complaint" and "of the Complaint"', () => {
    const text = 'as alleged in paragraph 3 of this Complaint and paragraph 4 of the Complaint';
    assert.deepEqual(findParagraphReferences(text).map((r) => r.numbers[0]!.value), [3, 4]);
  });

  it('does not take years, statutes or subsection numbers for references', () => {
    assert.deepEqual(findParagraphReferences('On March 3, 2025, under 42 U.S.C. § 1983 and Rule 12(b)(6), at 9:40 p.m.'), []);
  });
});

describe('planRenumbering', () => {
  it('numbers paragraphs in order and moves every reference with its paragraph after an insertion', () => {
    const inserted = SAMPLE_PLEADING.replace('7. On March 3, 2025', '7. Plaintiff had no criminal record.\n\n7. On March 3, 2025');
    const { text, plan } = renumber(inserted);
    assert.deepEqual(labels(text), Array.from({ length: 21 }, (_, i) => i + 1));
    assert.match(text, /15\. Plaintiff incorporates paragraphs 1 through 14 as/);
    assert.match(text, /17\. Plaintiff incorporates paragraphs 1 through 16 as/);
    assert.match(text, /8\. On March 3, 2025/);
    assert.equal(plan.paragraphsChanged, 14);
    assert.equal(plan.referencesChanged, 2);
  });

  it('works on the Markdown sample and leaves an ordered draft untouched', () => {
    const { plan } = renumber(SAMPLE_MD);
    assert.equal(plan.edits.length, 0);
    assert.equal(plan.paragraphCount, 20);
    const shuffled = SAMPLE_MD.replace('## FACTUAL ALLEGATIONS', '## FACTUAL ALLEGATIONS\n\n6. An added paragraph about the 911 call.');
    const { text } = renumber(shuffled);
    assert.match(text, /^7\. An added paragraph about the 911 call\./m);
    assert.match(text, /^21\. As a direct and proximate result/m);
    assert.match(text, /incorporates paragraphs 1 through 16 as if/);
  });

  it('rewrites ¶ and ¶¶ references, list items and subparagraph cites after a deletion', () => {
    const draft = [
      '1. First.',
      '2. Second.',
      '3. Third, deleted below.',
      '4. Fourth.',
      '5. Fifth.',
      '6. As alleged in ¶ 4(b), ¶¶ 4–5 and paragraphs 2, 4 and 5, and see Compl. ¶ 5.',
    ].join('\n').replace('3. Third, deleted below.\n', '');
    const { text, plan } = renumber(draft);
    assert.equal(text.split('\n')[4], '5. As alleged in ¶ 3(b), ¶¶ 3–4 and paragraphs 2, 3 and 4, and see Compl. ¶ 5.');
    assert.deepEqual(plan.unresolved, []);
  });

  it('shrinks a range whose end paragraph was deleted and reports a single reference to it', () => {
    const draft = '1. One.\n2. Two.\n4. Four.\n5. Incorporates paragraphs 1 through 3; see ¶ 3.';
    const { text, plan } = renumber(draft);
    assert.equal(text.split('\n')[3], '4. Incorporates paragraphs 1 through 2; see ¶ 3.');
    assert.deepEqual(plan.unresolved.map((u) => [u.number, u.reason, u.range.start.line]), [[3, 'missing', 3]]);
  });

  it('reports references to a number two paragraphs carry and points a range end at the last of them', () => {
    const draft = '1. One.\n2. Two.\n2. Two again.\n3. See ¶ 2 and paragraphs 1–2.';
    const { text, plan } = renumber(draft);
    assert.equal(text.split('\n')[3], '4. See ¶ 2 and paragraphs 1–3.');
    assert.deepEqual(plan.unresolved.map((u) => u.reason), ['ambiguous', 'ambiguous']);
  });

  it('renumbers ¶-style labels without treating them as references', () => {
    const draft = '¶ 3 The first.\n\n¶ 7 The second, see ¶ 3.';
    const { text } = renumber(draft);
    assert.equal(text, '¶ 1 The first.\n\n¶ 2 The second, see ¶ 1.');
  });

  it('keeps CRLF line endings and reports ranges on the right lines', () => {
    const draft = '1. One.\r\n\r\n3. Two, see ¶ 3.\r\n';
    const { text, plan } = renumber(draft);
    assert.equal(text, '1. One.\r\n\r\n2. Two, see ¶ 2.\r\n');
    assert.deepEqual(plan.edits.map((e) => e.range.start), [{ line: 2, character: 0 }, { line: 2, character: 14 }]);
  });

  it('never throws on text with no paragraphs', () => {
    for (const text of ['', '\n\n', '¶', 'paragraphs through', '¶¶ –']) {
      assert.deepEqual(planRenumbering(new SourceText(text)).edits, []);
    }
  });
});
