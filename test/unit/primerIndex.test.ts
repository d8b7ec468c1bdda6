import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { loadPrimerIndex } from '../../src/cli/primer';
import { runCli } from '../../src/cli/main';
import {
  entryDocumentMarkdown,
  entrySummaryMarkdown,
  escapeMarkdown,
  fromPrimerIndexData,
  parsePrimerFile,
  PrimerIndex,
  toPrimerIndexData,
  type PrimerEntry,
} from '../../src/core/primer';

function entry(slug: string, term: string, extra: Partial<PrimerEntry> = {}): PrimerEntry {
  return {
    slug, term, title: term, description: `About ${term}.`, category: 'doctrine', related: [], tags: [], aliases: [], cases: [],
    sections: {}, elements: [], links: [], body: '', source: `test/${slug}.md`, ...extra,
  };
}

const FIXTURES = join(__dirname, '..', 'fixtures', 'primer');

describe('primer index', () => {
  const bundled = [
    entry('custom', 'Custom', { aliases: ['widespread practice'] }),
    entry('failure-to-train', 'Failure to Train', { category: 'doctrine', related: ['custom', 'missing-slug'] }),
    entry('probable-cause', 'Probable Cause', { category: 'constitutional-law' }),
  ];

  it('layers user entries over bundled ones: adds new slugs, replaces same slugs', () => {
    const index = new PrimerIndex([
      { name: 'bundled', entries: bundled },
      { name: 'firm', entries: [entry('custom', 'Custom', { description: 'Our firm note.' }), entry('jail-intake', 'Jail Intake')] },
    ]);
    assert.equal(index.size, 4);
    assert.equal(index.get('custom')?.description, 'Our firm note.');
    assert.equal(index.layerOf('custom'), 'firm');
    assert.equal(index.layerOf('probable-cause'), 'bundled');
    assert.deepEqual(index.matcher.scan('a custom at jail intake').map((match) => match.slug), ['custom', 'jail-intake']);
    // The replaced bundled entry's alias no longer matches: the user entry did not keep it.
    assert.deepEqual(index.matcher.scan('a widespread practice'), []);
  });

  it('groups entries by category in the documented order, each sorted by term', () => {
    const groups = new PrimerIndex([{ name: 'bundled', entries: bundled }]).byCategory();
    assert.deepEqual(groups.map((group) => [group.category, group.entries.map((e) => e.slug)]), [
      ['doctrine', ['custom', 'failure-to-train']],
      ['constitutional-law', ['probable-cause']],
    ]);
  });

  it('lists the entries that name a case among their leading cases', () => {
    const canton = { name: 'City of Canton v. Harris', citation: '489 U.S. 378', year: 1989 };
    const index = new PrimerIndex([{ name: 'bundled', entries: [
      entry('failure-to-train', 'Failure to Train', { cases: [canton] }),
      entry('deliberate-indifference', 'Deliberate Indifference', { cases: [canton, { name: 'Farmer v. Brennan', citation: '511 U.S. 825' }] }),
      entry('custom', 'Custom'),
    ] }]);
    assert.deepEqual(index.entriesCiting('489 U.S. 378').map((e) => e.slug), ['deliberate-indifference', 'failure-to-train']);
    assert.deepEqual(index.entriesCiting('489 U. S. 378').map((e) => e.slug), ['deliberate-indifference', 'failure-to-train']);
    assert.deepEqual(index.entriesCiting('511 U.S. 825').map((e) => e.slug), ['deliberate-indifference']);
    assert.deepEqual(index.entriesCiting('1 U.S. 1'), []);
  });

  it('reports phrases claimed by two entries', () => {
    const index = new PrimerIndex([{ name: 'bundled', entries: [...bundled, entry('policy-or-custom', 'Policy or Custom', { aliases: ['Widespread-Practice'] })] }]);
    assert.deepEqual(index.conflicts(), [{ phrase: 'Widespread-Practice', winner: 'custom', loser: 'policy-or-custom' }]);
  });

  it('searches terms, aliases and descriptions, best matches first', () => {
    const index = new PrimerIndex([{ name: 'bundled', entries: bundled }]);
    assert.deepEqual(index.search('cust').map((e) => e.slug), ['custom']);
    assert.deepEqual(index.search('practice').map((e) => e.slug), ['custom']);
    assert.deepEqual(index.search('about train').map((e) => e.slug), ['failure-to-train']);
    assert.equal(index.search('').length, 3);
  });

  it('round-trips through the pre-built index JSON and rejects anything else without throwing', () => {
    const json = JSON.parse(JSON.stringify(toPrimerIndexData(bundled)));
    assert.deepEqual(fromPrimerIndexData(json).entries.map((e) => e.slug), ['custom', 'failure-to-train', 'probable-cause']);
    for (const junk of [null, 42, 'text', { version: 2, entries: [] }, { version: 1 }]) {
      const result = fromPrimerIndexData(junk);
      assert.deepEqual(result.entries, []);
      assert.match(result.problems[0]!.message, /not a primer index/);
    }
    const partial = fromPrimerIndexData({ version: 1, entries: [json.entries[0], { slug: 'broken' }] });
    assert.deepEqual(partial.entries.map((e) => e.slug), ['custom']);
    assert.match(partial.problems[0]!.message, /1 malformed entries were skipped/);
  });

  it('summarises an entry for a hover: elements, linked cases, related entries that exist, no HTML', () => {
    const text = [
      '---', 'title: "Failure to Train"', 'term: "Failure to Train"', 'description: "A <b>city</b> can answer for training gaps."',
      'category: "doctrine"', 'related: ["custom", "missing-slug"]', 'tags: []', 'cases:',
      '  - name: "City of Canton v. Harris"', '    citation: "489 U.S. 378"', '    year: 1989', '    url: "https://www.courtlistener.com/c/U.S./489/378/"',
      '---', '## What You Must Prove', '1. **Inadequate training.** The program was deficient.', '2. Causation of the injury by the deficiency in a way that is direct and not remote, which the plaintiff must show with facts, and not merely conclusions or labels of any kind.',
    ].join('\n');
    const parsed = parsePrimerFile({ source: 'x/failure-to-train.md', text }).entry!;
    const index = new PrimerIndex([{ name: 'bundled', entries: [...bundled.filter((e) => e.slug !== 'failure-to-train'), parsed] }]);
    const markdown = entrySummaryMarkdown(parsed, index, (slug) => `command:open?${slug}`);
    assert.match(markdown, /\*\*Failure to Train\*\*/);
    assert.match(markdown, /1\. \*\*Inadequate training\.\*\*/);
    assert.match(markdown, /2\. Causation of the injury .*…/);
    assert.ok(!markdown.includes('The program was deficient'), 'only the bold lead of an element');
    assert.ok(markdown.includes('[*City of Canton v. Harris*, 489 U.S. 378 (1989)](https://www.courtlistener.com/c/U.S./489/378/)'), markdown);
    assert.match(markdown, /\[Custom\]\(command:open\?custom\)/);
    assert.ok(!markdown.includes('missing-slug'));
    assert.ok(!markdown.includes('<b>'), 'HTML is escaped');
    assert.ok(markdown.includes('A \\<b\\>city\\</b\\> can answer'), markdown);
    assert.ok(markdown.length < 1200, `short: ${markdown.length} characters`);
  });

  it('renders the whole entry with /primer/ links rewritten', () => {
    const withLinks = entry('custom', 'Custom', { body: 'See [failure to train](/primer/failure-to-train) and [x](/primer/probable-cause/).\n\n[ref]: /primer/custom', related: ['probable-cause'] });
    const index = new PrimerIndex([{ name: 'bundled', entries: [...bundled, withLinks] }]);
    const markdown = entryDocumentMarkdown(withLinks, index, (slug) => `./${slug}.md`);
    assert.match(markdown, /^# Custom/);
    assert.match(markdown, /\[failure to train\]\(\.\/failure-to-train\.md\)/);
    assert.match(markdown, /\[x\]\(\.\/probable-cause\.md\)/);
    assert.match(markdown, /\[ref\]: \.\/custom\.md/);
    assert.match(markdown, /## Related Terms\n\n- \[Probable Cause\]\(\.\/probable-cause\.md\)/);
    assert.ok(!markdown.includes('/primer/'));
  });
});

describe('CLI primer loading', () => {
  it('loads the bundled primer plus a --primer folder, skipping the broken file with one message', () => {
    const messages: string[] = [];
    const index = loadPrimerIndex([join(FIXTURES, 'firm')], (message) => messages.push(message));
    assert.ok(index.has('stationhouse-detention'));
    assert.ok(index.has('failure-to-train'), 'bundled entries are there too');
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0]!, /broken-entry\.md:\d+: the frontmatter is not valid YAML.*\(skipped\)/);
  });

  it('lists every primer term occurrence in the JSON terms array', () => {
    let stdout = '';
    let stderr = '';
    const status = runCli(['--format', 'json', '--fail-on', 'none', '--primer', join(FIXTURES, 'firm'), join(__dirname, '..', '..', 'samples', 'complaint.md')], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    assert.equal(status, 0, 'a broken entry is skipped with a warning; the draft itself was fully checked');
    assert.match(stderr, /warning: .*broken-entry\.md.*\(skipped\)/);
    const terms: { slug: string; term: string; range: { start: { line: number } } }[] = JSON.parse(stdout).files[0].terms;
    const training = terms.filter((term) => term.slug === 'failure-to-train');
    assert.ok(training.length >= 2, JSON.stringify(training));
    assert.ok(training.some((term) => term.range.start.line === 62), 'the "failure to train" in paragraph 17 (line 63)');
    assert.ok(terms.every((term) => typeof term.term === 'string' && term.range.start.line >= 0));
  });

  it('reports a missing --primer folder and still lists bundled terms', () => {
    const messages: string[] = [];
    const index = loadPrimerIndex(['/no/such/primer/folder'], (message) => messages.push(message));
    assert.match(messages.join('\n'), /no such folder/);
    assert.ok(index.has('failure-to-train'));
    // A folder that does not exist is a usage error (exit 2), unlike a broken entry in a folder that does.
    const status = runCli(['--fail-on', 'none', '--primer', '/no/such/primer/folder', join(__dirname, '..', '..', 'samples', 'complaint.md')], { stdout: () => {}, stderr: () => {} });
    assert.equal(status, 2);
  });
});

describe('escapeMarkdown', () => {
  it('neutralises emphasis, links, HTML and line-start markers but leaves ordinary punctuation readable', () => {
    assert.equal(escapeMarkdown('Holding-Cell Rule (v. 2)'), 'Holding-Cell Rule (v. 2)');
    assert.equal(escapeMarkdown('*a* [b](command:x) <i>'), '\\*a\\* \\[b\\](command:x) \\<i\\>');
    assert.equal(escapeMarkdown('# heading\n- item\n1. one'), '\\# heading\n\\- item\n1\\. one');
  });
});
