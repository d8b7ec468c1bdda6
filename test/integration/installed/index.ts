import { runMochaTests } from '../mocha';

/** extensionTestsPath for `npm run test:package`: checks the extension installed from the .vsix. */
export function run(): Promise<void> {
  return runMochaTests(__dirname);
}
