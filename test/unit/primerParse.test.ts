import { strict as assert } from 'node:assert';
import {
  citationOfCourtListenerUrl,
  courtListenerCitationUrl,
  parsePrimerFile,
  slugFromSource,
  type PrimerProblem,
} from '../../src/core/primer';

/** A well-formed entry; `fields` replaces frontmatter lines, `body` the body. */
function entryText(options: { fields?: Record<string, string | undefined>; body?: string; eol?: string } = {}): string {
  const fields: Record<string, string | undefined> = {
    title: '"Failure to Widget"',
    term: '"Failure to Widget"',
    description: '"A made-up doctrine for tests."',
    category: '"doctrine"',
    related: '["deliberate-indifference"]',
    tags: '["monell"]',
    aliases: '["widget failure"]',
    cases: '\n  - name: "City of Canton v. Harris"\n    citation: "489 U.S. 378"\n    year: 1989\n    url: "https://www.courtlistener.com/c/U.S./489/378/"',
    ...options.fields,
  };
  const frontmatter = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}:${value!.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
  const body = options.body ?? [
    '## What It Is',
    'A test entry linking [deliberate indifference](/primer/deliberate-indifference).',
    '',
    '## What You Must Prove',
    '1. **A policy.** The city had one.',
    '2. **Causation.** It caused the harm,',
    '   across two lines.',
    '',
    '## Key Cases',
    '- *City of Canton v. Harris*, 489 U.S. 378 (1989) — see [moving force](/primer/moving-force-causation/).',
    '',
    '## Practical Tips',
    '- Plead facts.',
    '',
    '## Key Takeaway',
    'Facts, not labels.',
  ].join('\n');
  const text = `---\n${frontmatter}\n---\n\n${body}\n`;
  return options.eol ? text.replace(/\n/g, options.eol) : text;
}

function errors(problems: readonly PrimerProblem[]): PrimerProblem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

describe('primer entry parser', () => {
  it('reads the frontmatter, sections, numbered elements, /primer/ links and cases of a well-formed entry', () => {
    const { entry, problems } = parsePrimerFile({ source: '/firm/failure-to-widget.md', text: entryText() });
    assert.deepEqual(problems, []);
    assert.ok(entry);
    assert.equal(entry.slug, 'failure-to-widget');
    assert.equal(entry.term, 'Failure to Widget');
    assert.equal(entry.category, 'doctrine');
    assert.deepEqual(entry.aliases, ['widget failure']);
    assert.deepEqual(entry.elements, ['**A policy.** The city had one.', '**Causation.** It caused the harm, across two lines.']);
    assert.deepEqual(entry.links, ['deliberate-indifference', 'moving-force-causation']);
    assert.deepEqual(Object.keys(entry.sections), ['What It Is', 'What You Must Prove', 'Key Cases', 'Practical Tips', 'Key Takeaway']);
    assert.equal(entry.sections['Key Takeaway'], 'Facts, not labels.');
    assert.deepEqual(entry.cases, [{ name: 'City of Canton v. Harris', citation: '489 U.S. 378', year: 1989, url: 'https://www.courtlistener.com/c/U.S./489/378/' }]);
    assert.ok(!entry.body.includes('title:'), 'the body has no frontmatter');
  });

  it('parses CRLF files the same way as LF files', () => {
    const lf = parsePrimerFile({ source: 'a/failure-to-widget.md', text: entryText() });
    const crlf = parsePrimerFile({ source: 'a/failure-to-widget.md', text: entryText({ eol: '\r\n' }) });
    assert.deepEqual(crlf.problems, []);
    assert.deepEqual(crlf.entry?.elements, lf.entry?.elements);
    assert.deepEqual(crlf.entry?.links, lf.entry?.links);
  });

  it('reports each missing required field with its name, and skips the entry', () => {
    for (const field of ['title', 'term', 'description', 'category', 'related', 'tags']) {
      const { entry, problems } = parsePrimerFile({ source: 'x/failure-to-widget.md', text: entryText({ fields: { [field]: undefined } }) });
      assert.equal(entry, undefined, `${field} missing: skipped`);
      assert.ok(errors(problems).some((problem) => problem.message.includes(`\`${field}\``)), `${field}: ${JSON.stringify(problems)}`);
    }
  });

  it('rejects wrong types and values with the line of the field', () => {
    const category = parsePrimerFile({ source: 'x/a.md', text: entryText({ fields: { category: '"torts"' } }) });
    assert.equal(category.entry, undefined);
    assert.match(errors(category.problems)[0]!.message, /category.*one of doctrine/);
    assert.equal(errors(category.problems)[0]!.line, 4, 'category is on the fifth line');

    const related = parsePrimerFile({ source: 'x/a.md', text: entryText({ fields: { related: '"deliberate-indifference"' } }) });
    assert.match(errors(related.problems)[0]!.message, /`related` must be a list/);

    const badSlug = parsePrimerFile({ source: 'x/a.md', text: entryText({ fields: { related: '["Deliberate Indifference"]' } }) });
    assert.match(errors(badSlug.problems)[0]!.message, /not a slug/);
  });

  it('rejects malformed cases: citation form, year, non-CourtListener url', () => {
    const withCase = (lines: string) => parsePrimerFile({ source: 'x/a.md', text: entryText({ fields: { cases: `\n  - name: "Some Case"\n${lines}` } }) });
    assert.match(errors(withCase('    citation: "489 US 378 (1989)"').problems)[0]!.message, /volume, reporter and first page/);
    assert.match(errors(withCase('    citation: "489 U.S. 378"\n    year: 89').problems)[0]!.message, /four-digit year/);
    assert.match(errors(withCase('    citation: "489 U.S. 378"\n    url: "https://example.com/x"').problems)[0]!.message, /CourtListener/);
    assert.deepEqual(errors(withCase('    citation: "588 F.3d 838"\n    year: 2009').problems), []);
  });

  it('reports invalid YAML with its line and never throws', () => {
    const text = '---\ntitle: "A"\nterm: [unclosed\n---\n\n## What It Is\nx\n';
    const { entry, problems } = parsePrimerFile({ source: 'x/a.md', text });
    assert.equal(entry, undefined);
    assert.match(problems[0]!.message, /not valid YAML/);
    assert.ok(typeof problems[0]!.line === 'number' && problems[0]!.line >= 2 && problems[0]!.line <= 4, `line ${problems[0]!.line}`);
  });

  it('turns empty, binary, frontmatter-less, unclosed and executable frontmatter into problems', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['   \n\n', /empty/],
      ['\u0000\u0001PK\u0003\u0004binary', /binary|frontmatter/],
      ['# Just a heading\n\nNo frontmatter.\n', /must start with YAML frontmatter/],
      ['---\ntitle: "A"\n', /never closed/],
      ['---js\n{ title: (function(){ throw new Error("ran") })() }\n---\n', /must start with YAML frontmatter/],
      ['---\n- a list\n- not fields\n---\n', /key: value/],
    ];
    for (const [text, message] of cases) {
      const result = parsePrimerFile({ source: 'x/a.md', text });
      assert.equal(result.entry, undefined, JSON.stringify(text));
      assert.match(result.problems[0]?.message ?? '', message, JSON.stringify(text));
    }
  });

  it('rejects a file name that is not a slug', () => {
    assert.match(parsePrimerFile({ source: 'x/Failure To Widget.md', text: entryText() }).problems[0]!.message, /not a valid slug/);
  });

  it('keeps an entry that only breaks the body format, with warnings', () => {
    const noList = parsePrimerFile({ source: 'x/a.md', text: entryText({ body: '## What It Is\nText.\n\n## What You Must Prove\nJust prose, no list.\n' }) });
    assert.ok(noList.entry);
    assert.deepEqual(noList.entry.elements, []);
    assert.ok(noList.problems.some((problem) => /no numbered elements/.test(problem.message)));
    assert.ok(noList.problems.some((problem) => /no `## Key Takeaway` section/.test(problem.message)));
    assert.ok(noList.problems.every((problem) => problem.severity === 'warning'));
  });

  it('takes the slug from a path or URI', () => {
    assert.equal(slugFromSource('content/failure-to-train.md'), 'failure-to-train');
    assert.equal(slugFromSource('C:\\firm\\primer\\custom.md'), 'custom');
    assert.equal(slugFromSource('file:///home/a/firm%20primer/ratification.md'), 'ratification');
  });

  it('builds and reads CourtListener citation URLs', () => {
    assert.equal(courtListenerCitationUrl('489 U.S. 378'), 'https://www.courtlistener.com/c/U.S./489/378/');
    assert.equal(courtListenerCitationUrl('139 S. Ct. 1715'), 'https://www.courtlistener.com/c/S.%20Ct./139/1715/');
    assert.equal(courtListenerCitationUrl('not a citation'), undefined);
    assert.equal(citationOfCourtListenerUrl('https://www.courtlistener.com/c/F.3d/588/838/'), '588 F.3d 838');
    assert.equal(citationOfCourtListenerUrl('https://www.courtlistener.com/c/S.%20Ct./139/1715/'), '139 S. Ct. 1715');
    assert.equal(citationOfCourtListenerUrl('https://www.courtlistener.com/opinion/112212/city-of-canton-v-harris/'), undefined);
  });
});
