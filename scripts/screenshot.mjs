// `npm run screenshot`: opens samples/complaint.md in a real VS Code with the extension loaded from the working tree,
// waits until its problems and the primer hover over "failure to train" are shown, and saves images/screenshot.png.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExtensionTests } from '../test/integration/harness/runTests.mjs';
import { HarnessError, REPO_ROOT, requireBuild, timeLimitMs } from '../test/integration/harness/util.mjs';

const OUTPUT = join(REPO_ROOT, 'images', 'screenshot.png');
const READY = '[civil-rights-screenshot] ready';

try {
  requireBuild(['dist/extension.js', 'dist/test/probes/screenshot.js']);
  let sceneReady;
  const ready = new Promise((resolve) => (sceneReady = resolve));
  const { code } = await runExtensionTests({
    extensionTestsPath: join(REPO_ROOT, 'dist/test/probes/screenshot.js'),
    timeoutMs: Math.min(timeLimitMs(), 5 * 60_000),
    reportsResults: false,
    out: (line) => (line === READY ? sceneReady() : console.log(line)),
    onSession: async (session) => {
      await ready;
      const { page } = session;
      // The hover widget and the Problems panel are drawn by the workbench a moment after the commands return.
      await page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
        console.log('screenshot: the Problems panel shows no rows');
      });
      await page.locator('.monaco-hover:not(.hidden) .hover-contents').first().waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
        console.log('screenshot: no hover is shown (is the primer hover feature registered?)');
      });
      await page.screenshot({ path: OUTPUT });
      console.log(`screenshot: wrote ${OUTPUT.slice(REPO_ROOT.length + 1)}`);
      // Lets the scene module in the extension host finish.
      writeFileSync(join(session.workspace, '.screenshot-taken'), '');
    },
  });
  process.exitCode = code;
} catch (error) {
  console.error(`screenshot: ${error instanceof HarnessError ? error.message : error?.stack ?? error}`);
  process.exitCode = 1;
}
