/**
 * Build step: parses the bundled primer (content/*.md) once and writes the index the extension and the
 * CLI load at start-up, so activation does no Markdown parsing. scripts/build.mjs bundles and runs this.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parsePrimerFiles, PrimerIndex, toPrimerIndexData, type PrimerProblem } from '../src/core/primer';

export interface IndexResult {
  readonly entries: number;
  readonly problems: readonly PrimerProblem[];
}

/** Entry files of a primer folder: `*.md` except README.md, sorted. */
export function primerFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort();
}

export function writePrimerIndex(contentDir: string, outFile: string): IndexResult {
  const files = primerFileNames(contentDir).map((name) => ({ source: `content/${name}`, text: readFileSync(join(contentDir, name), 'utf8') }));
  const { entries, problems } = parsePrimerFiles(files);
  const index = new PrimerIndex([{ name: 'bundled', entries }]);
  const all: PrimerProblem[] = [...problems];
  for (const conflict of index.conflicts()) {
    all.push({ source: `content/${conflict.loser}.md`, severity: 'warning', message: `"${conflict.phrase}" is also claimed by ${conflict.winner}` });
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(toPrimerIndexData(entries)));
  return { entries: entries.length, problems: all };
}
