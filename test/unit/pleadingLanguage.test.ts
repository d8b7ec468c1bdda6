import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceText } from '../../src/core/text/sourceText';
import { parseStructure } from '../../src/core/structure';

const root = join(__dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}
type Snippets = Record<string, Snippet>;

const pleading = readJson('snippets/pleading.json') as Snippets;
const markdown = readJson('snippets/markdown.json') as Snippets;

/** What a snippet inserts when every placeholder keeps its default text. */
function expand(body: readonly string[]): string {
  const values = new Map<string, string>();
  let text = body.join('\n');
  text = text.replace(/\$\{(\d+):([^${}]*)\}/g, (_, n: string, value: string) => {
    values.set(n, value);
    return value;
  });
  text = text.replace(/\$\{(\d+)\|([^|]*)[^}]*\}/g, (_, n: string, first: string) => {
    values.set(n, first.replace(/\\,/g, ','));
    return first;
  });
  text = text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a: string | undefined, b: string | undefined) => values.get(a ?? b ?? '') ?? '');
  return text.replace(/\$\{CURRENT_MONTH_NAME\}/g, 'November').replace(/\$\{CURRENT_DATE\}/g, '24').replace(/\$\{CURRENT_YEAR\}/g, '2026');
}

/** The Supreme Court cases the snippets cite, checked against the United States Reports. */
const CASES: Record<string, { name: string; year: string }> = {
  '490 U.S. 386': { name: 'Graham v. Connor', year: '1989' },
  '489 U.S. 378': { name: 'City of Canton v. Harris', year: '1989' },
  '563 U.S. 51': { name: 'Connick v. Thompson', year: '2011' },
  '520 U.S. 397': { name: "Bd. of Cnty. Comm'rs of Bryan Cnty. v. Brown", year: '1997' },
  '453 U.S. 247': { name: 'City of Newport v. Fact Concerts, Inc.', year: '1981' },
};

describe('snippets', () => {
  it('offers the same snippets, prefixes and descriptions for pleading, plain-text and Markdown drafts', () => {
    assert.deepEqual(Object.keys(markdown), Object.keys(pleading));
    for (const name of Object.keys(pleading)) {
      assert.deepEqual(markdown[name]!.prefix, pleading[name]!.prefix, name);
      assert.equal(markdown[name]!.description, pleading[name]!.description, name);
    }
  });

  it('differ between Markdown and plain text only in heading markers and indentation', () => {
    const plain = (line: string): string => line.replace(/^#{1,6} /, '').trim();
    for (const name of Object.keys(pleading)) {
      assert.deepEqual(markdown[name]!.body.map(plain), pleading[name]!.body.map(plain), name);
    }
  });

  it('have well-formed placeholders', () => {
    for (const [name, snippet] of Object.entries({ ...pleading })) {
      const text = snippet.body.join('\n');
      const stripped = text.replace(/\$\{\d+(?::[^${}]*|\|[^}]*\|)?\}|\$\d+|\$\{[A-Z_]+\}/g, '');
      assert.doesNotMatch(stripped, /[${}]/, `${name}: stray $, { or }`);
      assert.match(text, /\$0/, `${name}: no final tab stop`);
    }
  });

  it('cite cases with the right name, volume, reporter, page and year', () => {
    let cited = 0;
    for (const [name, snippet] of Object.entries(pleading)) {
      const text = `${snippet.description}\n${snippet.body.join('\n')}`;
      for (const match of text.matchAll(/(\d{1,3}) U\.S\. (\d{1,4})(?!\d)([^()]*?\((\d{4})\))?/g)) {
        const known = CASES[`${match[1]} U.S. ${match[2]}`];
        assert.ok(known, `${name}: unknown citation ${match[0]}`);
        assert.ok(text.slice(0, match.index).endsWith(`${known.name}, `), `${name}: ${match[0]} is not cited as ${known.name}`);
        assert.equal(match[4], known.year, `${name}: ${match[0]}`);
        cited++;
      }
      for (const match of text.matchAll(/(\w+), (\d{1,3}) U\.S\. at \d+/g)) {
        const known = CASES[Object.keys(CASES).find((cite) => cite.startsWith(`${match[2]} U.S.`)) ?? ''];
        assert.ok(known?.name.includes(match[1]!), `${name}: short cite ${match[0]}`);
      }
    }
    assert.ok(cited >= 5, `only ${cited} citations checked`);
  });

  it('plead the three failure-to-train elements as placeholders', () => {
    const body = pleading['Failure-to-train count (Monell)']!.body.join('\n');
    const placeholders = [...body.matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]!);
    assert.ok(placeholders.some((p) => /specific training/i.test(p)), 'specific deficiency');
    assert.ok(placeholders.some((p) => /prior similar incidents/i.test(p) && /obvious/i.test(p)), 'deliberate indifference');
    assert.ok(placeholders.some((p) => /caused this injury/i.test(p)), 'causation');
    assert.match(body, /moving force/);
  });

  it('insert counts that the outline reads as counts, with their defendants', () => {
    for (const [name, snippets] of [['pleading', pleading], ['markdown', markdown]] as const) {
      const count = expand(snippets['Failure-to-train count (Monell)']!.body);
      const force = expand(snippets['Excessive-force count (Graham v. Connor)']!.body);
      const structure = parseStructure(new SourceText(`${force}\n\n${count}`));
      const counts = structure.sections.filter((s) => s.kind === 'count');
      assert.deepEqual(counts.map((c) => c.countNumber), [1, 2], name);
      assert.deepEqual(counts.map((c) => c.defendants), [['Officer Doe'], ['the City']], name);
      assert.deepEqual(structure.paragraphs.map((p) => p.number), [14, 15, 16, 17, 20, 21, 22, 23, 24], name);
    }
  });

  for (const [language, snippets] of [['pleading', pleading], ['markdown', markdown]] as const) {
    it(`insert a ${language} complaint skeleton whose caption, headings and paragraphs parse`, () => {
      const skeleton = expand(snippets['Section 1983 complaint']!.body);
      const structure = parseStructure(new SourceText(skeleton));
      assert.equal(structure.caption?.caseNumber?.text, 'Case No. 1:00-cv-00000');
      assert.equal(structure.caption?.plaintiffs?.text, 'FULL NAME');
      const titles = structure.sections.map((s) => s.title);
      for (const title of ['COMPLAINT AND JURY DEMAND', 'JURISDICTION AND VENUE', 'PARTIES', 'FACTUAL ALLEGATIONS', 'CLAIMS FOR RELIEF', 'PRAYER FOR RELIEF', 'JURY DEMAND']) {
        assert.ok(titles.includes(title), `${title} in ${titles.join(' | ')}`);
      }
      assert.deepEqual(structure.paragraphs.map((p) => p.number), [1, 2, 3, 4, 5, 6]);
      assert.match(skeleton, /Fed\. R\. Civ\. P\. 38\(b\)/);
      assert.match(skeleton, /42 U\.S\.C\. § 1988\(b\)/);
    });
  }

  it('word the declaration as 28 U.S.C. § 1746 provides', () => {
    const snippet = pleading['Declaration under 28 U.S.C. § 1746']!;
    const body = snippet.body.join('\n');
    assert.match(body, /declare under penalty of perjury \$\{3\|that the foregoing is true and correct\.,under the laws of the United States of America that the foregoing is true and correct\.\|\}/);
    assert.match(body, /Executed on/);
  });
});

describe('language configuration', () => {
  const config = readJson('language-configuration.json') as { wordPattern: string; brackets: string[][] };
  const words = (text: string): string[] => [...text.matchAll(new RegExp(config.wordPattern, 'g'))].map((m) => m[0]);

  it('keeps section signs, code abbreviations, rule subdivisions and ¶ cites together as words', () => {
    assert.deepEqual(words('42 U.S.C. § 1983'), ['42', 'U.S.C.', '§ 1983']);
    assert.deepEqual(words('Fed. R. Civ. P. 12(b)(6)'), ['Fed', 'R', 'Civ', 'P', '12(b)(6)']);
    assert.deepEqual(words('see ¶¶ 12 and §§ 1331'), ['see', '¶¶ 12', 'and', '§§ 1331']);
    assert.deepEqual(words("Plaintiff's officer’s Señora"), ["Plaintiff's", 'officer’s', 'Señora']);
  });

  it('pairs brackets used in pleadings', () => {
    assert.deepEqual(config.brackets, [['(', ')'], ['[', ']'], ['{', '}']]);
  });
});

describe('package.json contributions for the pleading language', () => {
  const manifest = readJson('package.json') as {
    contributes: {
      languages: { id: string; configuration?: string }[];
      grammars: { language?: string; scopeName: string; path: string; injectTo?: string[] }[];
      snippets: { language: string; path: string }[];
      commands: { command: string }[];
    };
  };
  const exists = (path: string): boolean => {
    try {
      readFileSync(join(root, path));
      return true;
    } catch {
      return false;
    }
  };

  it('registers the grammar, the Markdown injection and the language configuration with files that exist', () => {
    const c = manifest.contributes;
    const language = c.languages.find((l) => l.id === 'pleading')!;
    assert.equal(language.configuration, './language-configuration.json');
    const grammar = c.grammars.find((g) => g.language === 'pleading')!;
    assert.equal(grammar.scopeName, 'text.pleading');
    assert.equal((readJson(grammar.path) as { scopeName: string }).scopeName, 'text.pleading');
    const injection = c.grammars.find((g) => g.injectTo?.includes('text.html.markdown'))!;
    assert.equal((readJson(injection.path) as { scopeName: string }).scopeName, injection.scopeName);
    for (const path of [language.configuration!, grammar.path, injection.path]) assert.ok(exists(path), path);
  });

  it('offers the snippets in pleading, plain-text and Markdown drafts', () => {
    const byLanguage = Object.fromEntries(manifest.contributes.snippets.map((s) => [s.language, s.path]));
    assert.deepEqual(byLanguage, { pleading: './snippets/pleading.json', plaintext: './snippets/pleading.json', markdown: './snippets/markdown.json' });
  });

  it('contributes the renumber command', () => {
    assert.ok(manifest.contributes.commands.some((c) => c.command === 'civilRights.renumberParagraphs'));
  });
});
