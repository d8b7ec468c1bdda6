import { resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

/** Runs the integration suite in a downloaded desktop VS Code, for machines that can download one. */
async function main(): Promise<void> {
  const extensionDevelopmentPath = resolve(__dirname, '../..');
  await runTests({
    extensionDevelopmentPath,
    extensionTestsPath: resolve(__dirname, 'suite/index.js'),
    launchArgs: [resolve(extensionDevelopmentPath, 'samples'), '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error) => {
  console.error('Integration tests failed:', error);
  process.exitCode = 1;
});
