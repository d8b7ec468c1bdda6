import { runMochaTests } from '../mocha';

/** Entry point VS Code calls (extensionTestsPath): runs every bundled `*.test.js` beside this file. */
export function run(): Promise<void> {
  return runMochaTests(__dirname);
}
