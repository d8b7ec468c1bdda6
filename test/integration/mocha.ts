import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { hostLog } from './hostLog';

export { hostLog };

/** The line the harness reads the counts from (test/integration/harness/runTests.mjs `RESULT_PREFIX`). */
const RESULT_PREFIX = '[civil-rights-tests]';

/**
 * Runs every `*.test.js` bundled in `dir` with mocha's spec reporter (each test listed, then the
 * "N passing" / "N failing" summary), prints the counts for the harness, and rejects when a test failed.
 * This is what an `extensionTestsPath` module's `run()` returns to VS Code.
 */
export function runMochaTests(dir: string, options: { timeout?: number } = {}): Promise<void> {
  // Every line of mocha's reporter (the spec listing, the summary and the failures) goes through this.
  Mocha.reporters.Base.consoleLog = hostLog;
  // Plain text: the lines reach a terminal or CI log through the workbench (the harness also drops colour codes).
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: options.timeout ?? 60_000 });
  const files = readdirSync(dir).filter((name) => name.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(join(dir, file));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        hostLog(`${RESULT_PREFIX} ${JSON.stringify({ passed: passes, failed: failures, pending })}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else if (files.length === 0) reject(new Error(`no *.test.js files in ${dir}: run \`npm run build\``));
        else resolve();
      });
    } catch (error) {
      // A test file that throws while loading: report it as a failed run instead of hanging.
      hostLog(`${RESULT_PREFIX} ${JSON.stringify({ passed: 0, failed: 1, pending: 0 })}`);
      reject(error);
    }
  });
}
