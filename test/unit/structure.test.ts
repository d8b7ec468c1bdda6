import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { SourceText } from '../../src/core';
import { parseStructure, resolveIncorporation } from '../../src/core/structure';

const sample = readFileSync('samples/complaint.md', 'utf8');

function sentencesOf(text: string): string[] {
  const source = new SourceText(text);
  return parseStructure(source).sentences.map((s) => text.slice(s.start, s.end));
}

describe('parseStructure', () => {
  it('reads the caption of the sample complaint', () => {
    const { caption } = parseStructure(new SourceText(sample));
    assert.equal(caption?.court?.text, 'UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF OHIO');
    assert.equal(caption?.plaintiffs?.text, 'MARIA ALVAREZ');
    assert.match(caption?.defendants?.text ?? '', /^CITY OF RIVERBEND; OFFICER DANIEL KROLL/);
    assert.equal(caption?.caseNumber?.text, 'Case No. 1:26-cv-00417');
  });

  it('finds the counts with their numbers, levels, defendants and extent', () => {
    const source = new SourceText(sample);
    const { sections } = parseStructure(source);
    const counts = sections.filter((s) => s.kind === 'count');
    assert.deepEqual(counts.map((c) => [c.countNumber, c.level, c.defendants]), [[1, 3, ['Officer Kroll']], [2, 3, ['the City of Riverbend']]]);
    const countTwo = counts[1]!;
    assert.match(sample.slice(countTwo.start, countTwo.end), /20\. As a direct and proximate result[^]*described above\.$/);
    assert.ok(sections.some((s) => s.kind === 'heading' && s.title === 'PRAYER FOR RELIEF' && s.level === 2));
  });

  it('numbers the paragraphs and resolves incorporation by reference', () => {
    const { paragraphs, incorporations } = parseStructure(new SourceText(sample));
    assert.deepEqual(paragraphs.map((p) => p.number), Array.from({ length: 20 }, (_, i) => i + 1));
    assert.deepEqual(incorporations.map((i) => [i.paragraph, i.paragraphs.length, i.paragraphs[0], i.paragraphs.at(-1)]), [[14, 13, 1, 13], [16, 15, 1, 15]]);
  });

  it('keeps a quotation that runs past its first sentence in the sentence that quotes it', () => {
    const text = '1. Asked what he was taught, Deputy Ames answered, "Nothing. You put them in and shut the door"; that is what he did. Then the van left.\n';
    const source = new SourceText(text);
    const sentences = parseStructure(source).sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences, ['Asked what he was taught, Deputy Ames answered, "Nothing. You put them in and shut the door"; that is what he did.', 'Then the van left.']);
    // A quotation that never closes does not swallow the paragraph.
    const open = '1. He said "stop. Then he fired. The end.\n';
    assert.equal(parseStructure(new SourceText(open)).sentences.length, 3);
  });

  it('reads plain-text counts that span lines, claims for relief, Count Two and ¶ paragraphs', () => {
    const text = [
      'STATEMENT OF FACTS',
      '',
      '¶ 1 Plaintiff was arrested on May 1, 2025.',
      '¶ 2 Officer J. R. Smith used a Taser.',
      '',
      'COUNT THREE',
      'Failure to Train',
      '(Against Harlow County and Sheriff Dale Moss)',
      '',
      '¶ 3 Plaintiff repeats and realleges each of the foregoing paragraphs.',
      '',
      'SECOND CLAIM FOR RELIEF (Against All Defendants)',
      '',
      'Count Two: Failure to Supervise',
      '',
    ].join('\n');
    const structure = parseStructure(new SourceText(text));
    const counts = structure.sections.filter((s) => s.kind === 'count');
    assert.deepEqual(counts.map((c) => c.countNumber), [3, 2, 2]);
    assert.equal(counts[0]!.title, 'COUNT THREE Failure to Train (Against Harlow County and Sheriff Dale Moss)');
    assert.deepEqual(counts[0]!.defendants, ['Harlow County', 'Sheriff Dale Moss']);
    assert.deepEqual(counts[1]!.defendants, ['All Defendants']);
    assert.equal(structure.sections[0]!.title, 'STATEMENT OF FACTS');
    assert.deepEqual(structure.paragraphs.map((p) => [p.number, p.label]), [[1, '¶ 1'], [2, '¶ 2'], [3, '¶ 3']]);
    assert.deepEqual(structure.incorporations[0]!.paragraphs, [1, 2]);
  });

  it('does not split sentences at v., U.S., No., Inc., Id. or initials', () => {
    assert.deepEqual(
      sentencesOf('17. A city is liable. *City of Canton v. Harris*, 489 U.S. 378, 388 (1989). *Id.* at 390. Acme Co. Inc. sued in No. 12 before Judge A. B. Cole. He lost.'),
      ['A city is liable.', '*City of Canton v. Harris*, 489 U.S. 378, 388 (1989).', '*Id.* at 390.', 'Acme Co. Inc. sued in No. 12 before Judge A. B. Cole.', 'He lost.'],
    );
  });

  it('takes a Markdown count\'s title and defendants from the deeper headings right under it', () => {
    const text = ['# COMPLAINT', '', '## THIRD CLAIM FOR RELIEF', '### Municipal Liability (Monell) Based on Training', '### (Against Defendant City of Carver Springs)', '', '80. Plaintiff repeats paragraphs 1 through 79.', ''].join('\n');
    const count = parseStructure(new SourceText(text)).sections.find((section) => section.kind === 'count')!;
    assert.match(count.title, /Municipal Liability \(Monell\) Based on Training/);
    assert.deepEqual(count.defendants, ['City of Carver Springs']);
    assert.equal(parseStructure(new SourceText(text)).sections.filter((section) => section.kind === 'heading' && /Monell/.test(section.title)).length, 0);
  });

  it('ends a sentence at a clock time when a new sentence follows, but not before a time zone', () => {
    assert.deepEqual(sentencesOf('Ms. Bell called 911 at 10:31 p.m. She told the dispatcher that someone was in her barn.'), [
      'Ms. Bell called 911 at 10:31 p.m.',
      'She told the dispatcher that someone was in her barn.',
    ]);
    assert.equal(sentencesOf('The stop began at 9 p.m. Eastern Time and lasted an hour.').length, 1);
  });

  it('gives the same positions for CRLF and LF text', () => {
    const lf = parseStructure(new SourceText(sample));
    const crlf = parseStructure(new SourceText(sample.replace(/\n/g, '\r\n')));
    assert.deepEqual(crlf.paragraphs.map((p) => p.range), lf.paragraphs.map((p) => p.range));
    assert.deepEqual(crlf.sentences.map((s) => s.range), lf.sentences.map((s) => s.range));
    assert.deepEqual(crlf.sections.map((s) => [s.title, s.headingRange]), lf.sections.map((s) => [s.title, s.headingRange]));
  });

  it('keeps a single-quoted answer that runs past a period in one sentence, and apostrophes do not open quotations', () => {
    assert.deepEqual(sentencesOf("1. Asked why, Deputy Ames answered: 'If they can talk, they can breathe. That's what the academy taught.' Then the van left.\n"),
      ["Asked why, Deputy Ames answered: 'If they can talk, they can breathe. That's what the academy taught.'", 'Then the van left.']);
    assert.deepEqual(sentencesOf("1. The officers' reports were late. That's the County's own record. It was filed.\n"),
      ["The officers' reports were late.", "That's the County's own record.", 'It was filed.']);
  });

  it('reads the parties of a caption written on one line', () => {
    const text = '# UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NORTH DAKOTA\n## Imani Collier, Plaintiff, v. Halvern State University and Officer Dana Pruitt, Defendants\n## COMPLAINT\n\n1. Ms. Collier was studying in the lounge.\n';
    const { caption } = parseStructure(new SourceText(text));
    assert.equal(caption?.plaintiffs?.text, 'Imani Collier');
    assert.equal(caption?.defendants?.text, 'Halvern State University and Officer Dana Pruitt');
    assert.equal(text.slice(caption!.defendants!.start, caption!.defendants!.end), 'Halvern State University and Officer Dana Pruitt');
    // A sentence that mentions a plaintiff and a "v." is not a caption.
    const prose = parseStructure(new SourceText('COMPLAINT\n\n1. In Roe v. Wade the Court held as it did.\n')).caption;
    assert.equal(prose?.defendants, undefined);
  });

  it('reads the parties of a two-column caption whose "v." line carries the case number', () => {
    const caption = ['IN THE UNITED STATES DISTRICT COURT', 'FOR THE NORTHERN DISTRICT OF ALABAMA', 'SOUTHERN DIVISION', '',
      'ANA RUIZ, as Administrator of the Estate of LUIS RUIZ,', '    Plaintiff,', '', 'v.                                CIVIL ACTION NO. ________', '',
      'CITY OF BAXLEY,', '    Defendant.', '', 'COMPLAINT', '', '1. Officer Lee arrived.', ''].join('\n');
    const parsed = parseStructure(new SourceText(caption)).caption;
    assert.match(parsed?.plaintiffs?.text ?? '', /ANA RUIZ, as Administrator of the Estate of LUIS RUIZ$/);
    assert.match(parsed?.defendants?.text ?? '', /^CITY OF BAXLEY/);
  });

  it('reads "says again everything in paragraphs 1 through 3" as incorporation', () => {
    const draft = ['1. Officer Vance tackled Plaintiff.', '2. He was hurt.', '3. He sued.', '', 'COUNT I', '4. Plaintiff says again everything in paragraphs 1 through 3 like it was all written out here.', ''].join('\n');
    assert.deepEqual(parseStructure(new SourceText(draft)).incorporations.map((i) => i.paragraphs), [[1, 2, 3]]);
  });

  it('reads "CLAIM FOR RELIEF 4" and "Cause of Action 2" as counts, and "Mx." as a title inside a sentence', () => {
    const draft = ['1. Officer Lee arrived.', '', 'CLAIM FOR RELIEF 4 - Failure to Train (Against Defendant Pinion County)', '', '2. Before Mx. Avery Stroud died, five others did.', '', 'Cause of Action 2: Excessive Force', '', '3. It hurt.', ''].join('\n');
    const parsed = parseStructure(new SourceText(draft));
    assert.deepEqual(parsed.sections.filter((s) => s.kind === 'count').map((s) => s.countNumber), [4, 2]);
    assert.ok(parsed.sentences.some((s) => draft.slice(s.start, s.end) === 'Before Mx. Avery Stroud died, five others did.'));
  });

  it('does not take "the question about prior attempts" for an incorporation of prior paragraphs', () => {
    const draft = ['1. Officer Lee arrived.', '', 'COUNT I', '', '2. Deputies get no instruction on the screening form, including what to do when a detainee answers yes to the question about prior attempts.', ''].join('\n');
    assert.deepEqual(parseStructure(new SourceText(draft)).incorporations, []);
  });

  it('resolves lists, ranges and "all preceding paragraphs"', () => {
    assert.deepEqual(resolveIncorporation('incorporates ¶¶ 1–3, 5 and 7 through 8', 9, []), [1, 2, 3, 5, 7, 8]);
    assert.deepEqual(resolveIncorporation('incorporates all preceding paragraphs', 4, [1, 2, 3, 4, 5]), [1, 2, 3]);
    assert.equal(resolveIncorporation('incorporates nothing in particular', 4, [1, 2]), undefined);
  });

  it('resolves passive incorporation that names the paragraphs before the verb', () => {
    const draft = [
      '1. Officer Vance tackled Plaintiff.',
      '2. The County never trained deputies on positional asphyxia.',
      '',
      'COUNT I',
      '3. The preceding paragraphs are incorporated by reference.',
      '4. Paragraphs 1 and 2 are realleged here. The County is liable.',
      '5. Plaintiff adopts by reference the allegations of paragraphs 1 through 2.',
      '',
    ].join('\n');
    const { incorporations } = parseStructure(new SourceText(draft));
    assert.deepEqual(incorporations.map((i) => [i.paragraph, i.paragraphs]), [[3, [1, 2]], [4, [1, 2]], [5, [1, 2]]]);
  });

  it('never throws on hostile text and stays in order', () => {
    for (const text of ['', '\n\n\n', '#', '1.', '¶', 'COUNT', '(((((', '12. '.repeat(1000), 'v. '.repeat(1000), 'A.'.repeat(5000)]) {
      const structure = parseStructure(new SourceText(text));
      for (let i = 1; i < structure.sentences.length; i++) assert.ok(structure.sentences[i]!.start >= structure.sentences[i - 1]!.end);
    }
  });
});
