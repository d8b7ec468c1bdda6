// Runs an extension tests module (the `extensionTestsPath` contract of @vscode/test-electron) in the real VS Code
// of a harness session, streams what the extension host prints, and returns the suite's exit code and counts.
import { format } from 'node:util';
import { startSession } from './session.mjs';
import { HarnessError, REPO_ROOT, timeout } from './util.mjs';

/** The line a tests module prints once mocha finishes: `RESULT_PREFIX {"passed":N,"failed":N}` (see test/integration/mocha.ts). */
export const RESULT_PREFIX = '[civil-rights-tests]';
/** The prefix test/integration/mocha.ts (`hostLog`) puts on the tests' output lines under the harness. */
const HOST_MARK = '[ext-host] ';
// eslint-disable-next-line no-control-regex
const ANSI_COLOR = /\u001b\[[0-9;]*m/g;

/**
 * Options: `extensionTestsPath` (a built tests module), `extensionDevelopmentPath` (default: the repository),
 * `openFile` (a path inside the session workspace, relative), `extensionsDir`, `timeoutMs` (whole run),
 * `out(line)` for the host's output, `log(line)` for harness progress, `verbose` to also pass on the workbench's
 * logging, `onSession(session)` to act on the page, `reportsResults: false` for modules that are not mocha suites.
 */
export async function runExtensionTests({
  extensionTestsPath,
  extensionDevelopmentPath = REPO_ROOT,
  openFile,
  extensionsDir,
  timeoutMs = 10 * 60_000,
  out = (line) => console.log(line),
  log = () => {},
  verbose = false,
  onSession,
  reportsResults = true,
}) {
  let result;
  let sawResult;
  const resultSeen = new Promise((resolveSeen) => (sawResult = resolveSeen));
  const onAutomationLog = (_type, args) => {
    // Colour codes are dropped: mocha may colour its report when the environment says CI, and logs want plain text.
    const text = format(...args).replace(ANSI_COLOR, '');
    for (let line of text.split(/\r?\n/)) {
      if (line.startsWith(HOST_MARK)) line = line.slice(HOST_MARK.length);
      else if (verbose) line = `[workbench] ${line}`;
      else continue;
      if (line.startsWith(RESULT_PREFIX)) {
        try {
          result = JSON.parse(line.slice(RESULT_PREFIX.length));
          sawResult();
          continue;
        } catch {
          // not a result line after all: print it
        }
      }
      out(line);
    }
  };

  const limit = timeout(timeoutMs, `the VS Code run did not finish within ${Math.round(timeoutMs / 1000)} s (set CIVIL_RIGHTS_TEST_TIMEOUT_S to change the limit).`);
  const session = await Promise.race([startSession({ log, onAutomationLog, extensionsDir }), limit.promise]);
  try {
    const run = (async () => {
      await session.open({
        extensionDevelopmentPath,
        extensionTestsPath,
        openFile: openFile ? `${session.workspace}/${openFile}` : undefined,
      });
      const work = onSession ? onSession(session) : undefined;
      const code = await session.exitCode();
      await work;
      if (reportsResults) {
        // The exit call and the last console lines travel separately; give the summary a moment to arrive.
        const grace = timeout(5000, 'no result line');
        await Promise.race([resultSeen, grace.promise]).catch(() => {});
        grace.cancel();
      }
      return code;
    })();
    const code = await Promise.race([run, limit.promise]);
    return { code, passed: result?.passed, failed: result?.failed };
  } finally {
    limit.cancel();
    await session.close();
  }
}

export { HarnessError };
