// `npm run test:integration`: runs the suite in test/integration/suite/ inside a real VS Code (code-server in
// headless Chromium; see test/integration/harness/). Needs `npm run build` first. Exits with the suite's code.
import { join } from 'node:path';
import { runExtensionTests } from '../test/integration/harness/runTests.mjs';
import { HarnessError, REPO_ROOT, requireBuild, timeLimitMs } from '../test/integration/harness/util.mjs';

const verbose = Boolean(process.env.CIVIL_RIGHTS_VERBOSE);
const started = Date.now();
try {
  requireBuild(['dist/extension.js', 'dist/test/suite/index.js']);
  const { code, passed, failed } = await runExtensionTests({
    extensionTestsPath: join(REPO_ROOT, 'dist/test/suite/index.js'),
    timeoutMs: timeLimitMs(),
    verbose,
    log: (line) => (verbose || !line.startsWith('[code-server]')) && console.log(line),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (passed === undefined) console.log(`integration: the suite did not report its results (exit code ${code}, ${seconds} s)`);
  else console.log(`integration: ${passed} passed, ${failed} failed (${seconds} s)`);
  process.exitCode = code === 0 && failed === 0 ? 0 : 1;
} catch (error) {
  console.error(`integration: ${error instanceof HarnessError ? error.message : error?.stack ?? error}`);
  process.exitCode = 1;
}
