import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeText, looksBinary, SEVERITIES, type Severity } from '../core';
import { reaches, toJsonReport, toSarifReport, toTextReport, type FileReport } from '../core/report';
import { loadTermFinder } from './primer';
import { TOKEN_VARIABLE, verifyReports } from './verify';
import { version, homepage } from './packageInfo';

const USAGE = `Usage: civil-rights-check [options] FILE...

Checks § 1983 complaint drafts (Markdown, plain text or .pleading) for Monell pleading gaps,
case and statute citations, and primer terms.

Options:
  --format text|json|sarif   output format (default: text)
  --primer DIR               add a folder of primer entries (may be repeated)
  --fail-on SEVERITY         exit 1 when a finding is at least this severe:
                             error, warning, information, hint or none (default: warning)
  --verify                   look up the case citations on CourtListener (the only option that
                             uses the network; only the citations are sent, with the API token
                             from COURTLISTENER_TOKEN) and report those not found
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 no finding reaches --fail-on, 1 one does, 2 usage error or unreadable input.
This tool assists drafting; it never tells you a complaint is sufficient.`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Files larger than this are refused rather than analysed slowly. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

function readDraft(path: string): string {
  const stats = statSync(path);
  if (stats.isDirectory()) throw new Error('is a directory');
  if (stats.size > MAX_FILE_BYTES) throw new Error(`is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const text = readFileSync(path, 'utf8');
  if (looksBinary(text)) throw new Error('looks like a binary file, not a text draft');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Runs the checker and returns its exit status; never calls process.exit, so it can be tested. Offline: `--verify` needs runCliAsync. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const status = run(argv, io, {});
  // Without a token in `env`, --verify stops with a usage error before any network call, synchronously.
  return typeof status === 'number' ? status : 2;
}

/** Runs the checker, including `--verify` (CourtListener token and endpoint from `env`), and resolves with its exit status. */
export function runCliAsync(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  return Promise.resolve(run(argv, io, env));
}

function run(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        primer: { type: 'string', multiple: true, default: [] },
        'fail-on': { type: 'string', default: 'warning' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        verify: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.stderr(`civil-rights-check: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    io.stderr(`civil-rights-check: --format must be one of ${FORMATS.join(', ')}, not "${values.format}"\n`);
    return 2;
  }
  const failOn = values['fail-on'];
  if (failOn !== 'none' && !SEVERITIES.includes(failOn as Severity)) {
    io.stderr(`civil-rights-check: --fail-on must be one of ${SEVERITIES.join(', ')} or none, not "${failOn}"\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(`civil-rights-check: no file given\n\n${USAGE}\n`);
    return 2;
  }

  let inputError = false;
  // A primer entry that cannot be parsed is skipped with a warning: the drafts are still fully checked.
  const primer = loadTermFinder(values.primer, (message, fatal) => {
    io.stderr(`civil-rights-check: ${fatal ? '' : 'warning: '}${message}\n`);
    if (fatal) inputError = true;
  });
  const reports: FileReport[] = [];
  for (const path of positionals) {
    let text: string;
    try {
      text = readDraft(path);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      io.stderr(`civil-rights-check: ${path}: ${reason}\n`);
      inputError = true;
      continue;
    }
    const analysis = analyzeText(text, {
      terms: primer,
      onInternalError: (stage, error) => {
        io.stderr(`civil-rights-check: ${path}: internal error in the ${stage} check: ${(error as Error)?.message ?? error}\n`);
        inputError = true;
      },
    });
    reports.push({ path, ...analysis });
  }

  const finish = (reports: readonly FileReport[]): number => {
    if (format === 'json') io.stdout(`${toJsonReport(reports)}\n`);
    else if (format === 'sarif') {
      io.stdout(`${toSarifReport(reports, {
        toolVersion: version,
        informationUri: homepage,
        toArtifactUri: (path) => pathToFileURL(resolve(path)).href,
      })}\n`);
    } else io.stdout(toTextReport(reports));

    if (inputError) return 2;
    const failing = failOn !== 'none' && reports.some((report) => report.findings.some((finding) => reaches(finding, failOn as Severity)));
    return failing ? 1 : 0;
  };

  if (!values.verify) return finish(reports);
  if (!env[TOKEN_VARIABLE]?.trim()) {
    io.stderr(`civil-rights-check: --verify needs a CourtListener API token in the ${TOKEN_VARIABLE} environment variable\n`);
    return 2;
  }
  // --verify is the only path that makes a network call, so only it is asynchronous.
  return verifyReports(reports, env).then((result) => {
    if ('error' in result) {
      io.stderr(`civil-rights-check: ${result.error}\n`);
      return 2;
    }
    return finish(result.reports);
  });
}

if (require.main === module) {
  void runCliAsync(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }, process.env).then((code) => {
    process.exitCode = code;
  });
}
