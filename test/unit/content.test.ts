/**
 * The content suite: checks the real bundled primer in content/ — every entry parses cleanly, its
 * links and related slugs resolve, no two entries claim the same phrase, every citation is well
 * formed and linked in CourtListener's citation form, every "What You Must Prove" has numbered elements.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  citationOfCourtListenerUrl,
  CITATION_PATTERN,
  courtListenerCitationUrl,
  isPlausibleCaseYear,
  parsePrimerFile,
  PRIMER_SECTIONS,
  PrimerIndex,
  type PrimerEntry,
  type PrimerProblem,
} from '../../src/core/primer';

const CONTENT = join(__dirname, '..', '..', 'content');
const files = readdirSync(CONTENT).filter((name) => name.endsWith('.md') && name !== 'README.md').sort();
const parsed = files.map((name) => ({ name, ...parsePrimerFile({ source: `content/${name}`, text: readFileSync(join(CONTENT, name), 'utf8') }) }));
const entries = parsed.map((file) => file.entry).filter((entry): entry is PrimerEntry => entry !== undefined);
const index = new PrimerIndex([{ name: 'bundled', entries }]);

/** Terms the issue names as required coverage (Monell, pleading). */
const REQUIRED_SLUGS = [
  'monell-liability', 'municipal-liability', 'failure-to-train', 'failure-to-supervise', 'failure-to-discipline', 'custom',
  'official-policy', 'final-policymaker', 'ratification', 'deliberate-indifference', 'moving-force-causation',
  'respondeat-superior', 'plausibility-pleading', 'motion-to-dismiss', 'qualified-immunity', 'section-1983',
];

/** A reporter citation in running text: `489 U.S. 378`, `588 F.3d 838`, `139 S. Ct. 1715`. */
const BODY_CITATION = /\b(\d{1,4}) (U\.S\.|S\. ?Ct\.|L\. ?Ed\. ?2d|F\.(?: Supp\.)?(?: ?[234]d| ?4th)?|F\. App'x) (\d{1,5})\b/g;
/** Volume, reporter, first page (or `___` for a slip opinion), an optional pin, an optional parallel citation. */
const WELL_FORMED_CITATION = /^\d{1,4} [A-Z][A-Za-z0-9.' ]*? (?:\d{1,5}|_{3})(?:, \d[\d–\-,& n.]*)?(?:, \d{1,4} [A-Z][A-Za-z0-9.' ]*? \d{1,5}(?:, \d[\d–\-,& n.]*)?)?$/;
const COURTLISTENER_LINK = /\]\((https?:\/\/(?:www\.)?courtlistener\.com[^)\s]*)\)/g;

function describeProblems(problems: readonly PrimerProblem[]): string {
  return problems.map((problem) => `${problem.source}${problem.line === undefined ? '' : `:${problem.line + 1}`}: ${problem.message}`).join('\n');
}

function eachEntry(check: (entry: PrimerEntry) => string[]): void {
  const failures = entries.flatMap((entry) => check(entry).map((message) => `${entry.slug}: ${message}`));
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
}

describe('content: the bundled primer', () => {
  it('has at least 120 entries', () => {
    assert.ok(entries.length >= 120, `content/ has ${entries.length} usable entries of the 120 required`);
  });

  it('covers the Monell, pleading and core § 1983 terms', () => {
    assert.deepEqual(REQUIRED_SLUGS.filter((slug) => !index.has(slug)), []);
  });

  it('parses every file with no problem (frontmatter schema, sections, numbered elements)', () => {
    const problems = parsed.flatMap((file) => file.problems);
    assert.equal(problems.length, 0, `\n${describeProblems(problems)}`);
    assert.equal(entries.length, files.length);
  });

  it('has every body section, in order, and numbered elements in "What You Must Prove"', () => {
    eachEntry((entry) => {
      const messages: string[] = [];
      const order = Object.keys(entry.sections).filter((section) => (PRIMER_SECTIONS as readonly string[]).includes(section));
      if (order.join('|') !== PRIMER_SECTIONS.join('|')) messages.push(`sections are ${order.join(', ')}`);
      if (entry.elements.length < 1) messages.push('"What You Must Prove" has no numbered elements');
      if (!/^\s*1\.\s/m.test(entry.sections['What You Must Prove'] ?? '')) messages.push('"What You Must Prove" does not start a numbered list at 1.');
      return messages;
    });
  });

  it('keeps the description to one or two short sentences', () => {
    eachEntry((entry) => (entry.description.length <= 200 ? [] : [`description is ${entry.description.length} characters (under 200)`]));
  });

  it('resolves every related slug and every /primer/ link', () => {
    eachEntry((entry) => [
      ...entry.related.filter((slug) => !index.has(slug)).map((slug) => `related "${slug}" does not exist`),
      ...entry.related.filter((slug) => slug === entry.slug).map(() => 'relates to itself'),
      ...entry.links.filter((slug) => !index.has(slug)).map((slug) => `links to /primer/${slug}, which does not exist`),
    ]);
  });

  it('has no term or alias claimed by two entries', () => {
    const conflicts = index.conflicts().map((conflict) => `"${conflict.phrase}" is claimed by ${conflict.winner} and ${conflict.loser}`);
    assert.deepEqual(conflicts, []);
  });

  it('has every alias as a phrase the matcher finds for its own entry', () => {
    eachEntry((entry) => [entry.term, ...entry.aliases]
      .filter((phrase) => index.matcher.scan(phrase).map((match) => match.slug).join() !== entry.slug)
      .map((phrase) => `"${phrase}" is not found as this entry (found: ${index.matcher.scan(phrase).map((match) => match.slug).join(', ') || 'nothing'})`));
  });

  it('has well-formed cases in the frontmatter, linked in the CourtListener citation form', () => {
    eachEntry((entry) => entry.cases.flatMap((entryCase) => {
      const messages: string[] = [];
      const name = entryCase.name;
      if (!CITATION_PATTERN.test(entryCase.citation)) messages.push(`${name}: citation "${entryCase.citation}" is not "volume reporter page"`);
      if (!isPlausibleCaseYear(entryCase.year)) messages.push(`${name}: year ${entryCase.year} is missing or implausible`);
      if (!/ v\. |^In re |^Ex parte /i.test(name)) messages.push(`${name}: not a case name ("A v. B")`);
      if (entryCase.url === undefined) messages.push(`${name}: no url`);
      else if (citationOfCourtListenerUrl(entryCase.url) !== entryCase.citation) {
        messages.push(`${name}: url ${entryCase.url} is not ${courtListenerCitationUrl(entryCase.citation) ?? 'the citation form'}`);
      }
      return messages;
    }));
  });

  it('links cases in the body only in the CourtListener citation form, consistent with the citation next to the link', () => {
    eachEntry((entry) => {
      const messages: string[] = [];
      for (const match of entry.body.matchAll(COURTLISTENER_LINK)) {
        const url = match[1]!;
        const cited = citationOfCourtListenerUrl(url);
        if (!cited) {
          messages.push(`body link ${url} is not https://www.courtlistener.com/c/<reporter>/<volume>/<page>/`);
          continue;
        }
        // The citation must appear in the text right after the link (the "*Name*, 489 U.S. 378" pattern).
        const after = entry.body.slice(match.index! + match[0].length, match.index! + match[0].length + 80);
        const nearby = [...after.matchAll(BODY_CITATION)].map((found) => `${found[1]} ${found[2]} ${found[3]}`);
        if (nearby.length > 0 && !nearby.some((citation) => citation.replace(/\s+/g, '') === cited.replace(/\s+/g, ''))) {
          messages.push(`body link ${url} sits next to ${nearby[0]}`);
        }
      }
      return messages;
    });
  });

  it('gives every case named in a "Key Cases" bullet a reporter citation and a (court year)', () => {
    eachEntry((entry) => {
      const bullets = (entry.sections['Key Cases'] ?? '').split(/\n(?=\s{0,3}[-*] )/).map((bullet) => bullet.replace(/\s*\n\s*/g, ' '));
      return bullets.filter((bullet) => / v\. /.test(bullet)).flatMap((bullet) => {
        const messages: string[] = [];
        const citations = [...bullet.matchAll(BODY_CITATION)];
        if (citations.length === 0) messages.push(`Key Cases bullet names a case but has no reporter citation: ${bullet.slice(0, 100)}`);
        for (const citation of citations) {
          const rest = bullet.slice(citation.index! + citation[0].length);
          if (!/^[^()]{0,40}\((?:[^()]*\s)?(1[7-9]\d\d|20\d\d)\)/.test(rest)) messages.push(`${citation[0]} is not followed by (court year): ${bullet.slice(0, 100)}`);
        }
        return messages;
      });
    });
  });

  it('names in the body only cases whose citations are well formed (volume, reporter, page, then year)', () => {
    eachEntry((entry) => {
      const messages: string[] = [];
      for (const match of entry.body.matchAll(/\*[^*\n]+ v\. [^*\n]+\*\]?(?:\([^)]*\))?, (\d[^(\n]{0,40}?)\(([^)\n]*)\)/g)) {
        const citation = match[1]!.replace(/,\s*$/, '').trim();
        const parenthetical = match[2]!;
        if (!WELL_FORMED_CITATION.test(citation)) messages.push(`citation "${citation}" is not "volume reporter page[, pin]"`);
        if (!/(1[7-9]\d\d|20\d\d)$/.test(parenthetical)) messages.push(`"(${parenthetical})" after ${citation} does not end in a year`);
      }
      return messages;
    });
  });
});
