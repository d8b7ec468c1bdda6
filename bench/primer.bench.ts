import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fromPrimerIndexData, parsePrimerFiles, PrimerIndex, toPrimerIndexData, type PrimerFile } from '../src/core/primer';
import { round, summarize, type Figure } from './figure';

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

function median(samples: number[]): number {
  return summarize(samples).median;
}

/** A primer of `count` made-up entries shaped like real ones (frontmatter, five sections, links, cases). */
function generatedPrimer(count: number): PrimerFile[] {
  const words = ['arrest', 'custody', 'warrant', 'seizure', 'policy', 'training', 'review', 'notice', 'hearing', 'remedy', 'appeal', 'record'];
  return Array.from({ length: count }, (_, i) => {
    const term = `${words[i % 12]} ${words[Math.floor(i / 12) % 12]} rule ${i}`;
    const slug = term.replace(/ /g, '-');
    const related = [1, 2, 3].map((k) => `${words[(i + k) % 12]}-${words[Math.floor((i + k) / 12) % 12]}-rule-${(i + k) % count}`);
    const text = [
      '---', `title: "${term}"`, `term: "${term}"`, `description: "What the ${term} is and why it matters."`, 'category: "doctrine"',
      `related: ${JSON.stringify(related)}`, 'tags: ["generated"]', `aliases: ["the ${term} doctrine"]`, 'cases:',
      '  - name: "City of Canton v. Harris"', '    citation: "489 U.S. 378"', '    year: 1989', '    url: "https://www.courtlistener.com/c/U.S./489/378/"',
      '---', '', '## What It Is', `The ${term} explained in plain words, linked to [a related rule](/primer/${related[0]}).`.repeat(4), '',
      '## What You Must Prove', '1. **First.** A sentence.', '2. **Second.** Another sentence.', '3. **Third.** And one more.', '',
      '## Key Cases', '- [*City of Canton v. Harris*](https://www.courtlistener.com/c/U.S./489/378/), 489 U.S. 378, 388 (1989) — held something.', '',
      '## Practical Tips', '- Plead facts.\n- Name the policymaker.', '', '## Key Takeaway', 'Facts, not labels.', '',
    ].join('\n');
    return { source: `generated/${slug}.md`, text };
  });
}

function bundledFiles(): PrimerFile[] {
  return readdirSync('content')
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => ({ source: `content/${name}`, text: readFileSync(join('content', name), 'utf8') }));
}

function megabyteDraft(): string {
  const sample = readFileSync('samples/complaint.md', 'utf8');
  return sample.repeat(Math.ceil((1024 * 1024) / sample.length)).slice(0, 1024 * 1024);
}

/**
 * Index build (parsing Markdown, as the build does for content/ and the editor for user folders), start-up
 * from the pre-built index (what activation does), term matching per MB, and hover lookups on a 1 MB draft
 * (target: p99 under 2 ms).
 */
export function primerBenchmarks(): Figure[] {
  const figures: Figure[] = [];
  const bundled = bundledFiles();
  const parseBundled = median(Array.from({ length: 5 }, () => time(() => parsePrimerFiles(bundled)).ms));
  figures.push({ name: 'primer.bundled.entries', value: bundled.length, unit: 'entries' });
  figures.push({ name: 'primer.index.bundled.parse', value: round(parseBundled), unit: 'ms' });

  const prebuilt = 'dist/primer-index.json';
  const json = existsSync(prebuilt) ? readFileSync(prebuilt, 'utf8') : JSON.stringify(toPrimerIndexData(parsePrimerFiles(bundled).entries));
  // What activation does: read the pre-built index and index it. The matcher is built on first use.
  const startup = median(Array.from({ length: 5 }, () => time(() => {
    const text = existsSync(prebuilt) ? readFileSync(prebuilt, 'utf8') : json;
    return new PrimerIndex([{ name: 'bundled', entries: fromPrimerIndexData(JSON.parse(text)).entries }]);
  }).ms));
  const firstUse = median(Array.from({ length: 5 }, () => {
    const index = new PrimerIndex([{ name: 'bundled', entries: fromPrimerIndexData(JSON.parse(json)).entries }]);
    return time(() => index.matcher).ms;
  }));
  figures.push({ name: 'primer.activation.loadPrebuiltIndex', value: round(startup), unit: 'ms' });
  figures.push({ name: 'primer.matcher.build.bundled', value: round(firstUse), unit: 'ms' });
  figures.push({ name: 'primer.index.bundled.prebuiltSize', value: round(json.length / 1024), unit: 'KB' });

  const generated = generatedPrimer(2000);
  const { ms: parseGenerated, value: parsed } = time(() => parsePrimerFiles(generated));
  const { ms: matcherGenerated } = time(() => new PrimerIndex([{ name: 'generated', entries: parsed.entries }]).matcher);
  figures.push({ name: 'primer.index.generated2000.parse', value: round(parseGenerated), unit: 'ms' });
  figures.push({ name: 'primer.index.generated2000.matcher', value: round(matcherGenerated), unit: 'ms' });

  const index = new PrimerIndex([{ name: 'bundled', entries: fromPrimerIndexData(JSON.parse(json)).entries }]);
  const matcher = index.matcher;
  const draft = megabyteDraft();
  matcher.scan(draft);
  const scans = Array.from({ length: 5 }, () => time(() => matcher.scan(draft)));
  figures.push({ name: 'primer.match.perMB', value: round(median(scans.map((scan) => scan.ms))), unit: 'ms' });
  figures.push({ name: 'primer.match.termsPerMB', value: scans[0]!.value.length, unit: 'terms' });

  // Hover: the editor hands the matcher the 800 characters around the cursor of a 1 MB document.
  const hovers: number[] = [];
  let found = 0;
  let seed = 42;
  for (let i = 0; i < 5000; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const offset = seed % draft.length;
    const start = performance.now();
    const windowStart = Math.max(0, offset - 400);
    if (matcher.termAt(draft.slice(windowStart, offset + 400), offset - windowStart)) found++;
    hovers.push(performance.now() - start);
  }
  const { median: hoverMedian, p99 } = summarize(hovers);
  figures.push({ name: 'primer.hover.1MB.p50', value: round(hoverMedian), unit: 'ms' });
  figures.push({ name: 'primer.hover.1MB.p99', value: round(p99), unit: 'ms' });
  figures.push({ name: 'primer.hover.1MB.onTerm', value: round((100 * found) / hovers.length), unit: '%' });
  return figures;
}
