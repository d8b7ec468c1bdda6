import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TermFinder } from '../core';
import {
  fromPrimerIndexData,
  parsePrimerFiles,
  PrimerIndex,
  type PrimerEntry,
  type PrimerFile,
  type PrimerLayer,
  type PrimerProblem,
} from '../core/primer';

/** Where the pre-built index of the bundled primer is: beside dist/cli.js, or in dist/ when run from source. */
const BUNDLED_INDEX_CANDIDATES = [join(__dirname, 'primer-index.json'), join(__dirname, '..', '..', 'dist', 'primer-index.json')];
/** The primer's Markdown, parsed at run time only when no pre-built index exists (tests run from source). */
const BUNDLED_CONTENT_CANDIDATES = [join(__dirname, '..', 'content'), join(__dirname, '..', '..', 'content')];

function problemLine(problem: PrimerProblem): string {
  return `${problem.source}${problem.line === undefined ? '' : `:${problem.line + 1}`}: ${problem.message}`;
}

/** Every entry file (`*.md` but README.md) in a folder, read; unreadable files become problems. */
export function readPrimerFolder(dir: string): { files: PrimerFile[]; problems: PrimerProblem[] } {
  const files: PrimerFile[] = [];
  const problems: PrimerProblem[] = [];
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('is not a folder');
    names = readdirSync(dir).filter((name) => /\.md$/i.test(name) && name.toLowerCase() !== 'readme.md').sort();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message;
    return { files, problems: [{ source: dir, severity: 'error', message: reason }] };
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      files.push({ source: path, text: readFileSync(path, 'utf8') });
    } catch (error) {
      problems.push({ source: path, severity: 'error', message: (error as Error).message });
    }
  }
  return { files, problems };
}

/** The bundled primer's entries: from the pre-built index, or parsed from content/ when running from source. */
export function loadBundledEntries(report: (message: string) => void): PrimerEntry[] {
  const indexPath = BUNDLED_INDEX_CANDIDATES.find((path) => existsSync(path));
  if (indexPath) {
    try {
      const { entries, problems } = fromPrimerIndexData(JSON.parse(readFileSync(indexPath, 'utf8')), indexPath);
      for (const problem of problems) report(problemLine(problem));
      return entries;
    } catch (error) {
      report(`${indexPath}: ${(error as Error).message}`);
      return [];
    }
  }
  const contentDir = BUNDLED_CONTENT_CANDIDATES.find((dir) => existsSync(dir));
  if (!contentDir) return [];
  const { files } = readPrimerFolder(contentDir);
  return parsePrimerFiles(files).entries;
}

/**
 * Reports a primer problem. `fatal`: the primer asked for could not be read at all (a missing folder,
 * a damaged bundled index); otherwise one entry was skipped and the rest of the primer still loads.
 */
export type PrimerReport = (message: string, fatal: boolean) => void;

/** The bundled primer plus user folders (later folders override earlier ones and the bundled entries). */
export function loadPrimerIndex(dirs: readonly string[], report: PrimerReport): PrimerIndex {
  const layers: PrimerLayer[] = [{ name: 'bundled', entries: loadBundledEntries((message) => report(message, true)) }];
  for (const dir of dirs) {
    const folder = readPrimerFolder(resolve(dir));
    const parsed = parsePrimerFiles(folder.files);
    for (const problem of folder.problems) report(`--primer ${dir}: ${problemLine(problem)}`, true);
    for (const problem of parsed.problems) {
      if (problem.severity === 'error') report(`--primer ${dir}: ${problemLine(problem)} (skipped)`, false);
    }
    layers.push({ name: dir, entries: parsed.entries });
  }
  return new PrimerIndex(layers);
}

/**
 * The bundled primer plus the entries in `dirs`, as a term finder. Problems with a user folder are
 * reported through `report` and the rest of the primer still loads.
 */
export function loadTermFinder(dirs: readonly string[], report: PrimerReport): TermFinder | undefined {
  return loadPrimerIndex(dirs, report).matcher;
}
