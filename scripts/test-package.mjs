// `npm run test:package`: builds the .vsix, checks that it holds only what the allow-list names and stays small,
// then installs it into a fresh code-server extensions folder and checks the INSTALLED extension in a real VS Code.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer } from '../test/integration/harness/install.mjs';
import { runExtensionTests } from '../test/integration/harness/runTests.mjs';
import { HarnessError, REPO_ROOT, timeLimitMs } from '../test/integration/harness/util.mjs';
import { installVsix, listZip } from '../test/integration/harness/vsix.mjs';

const VSIX = join(REPO_ROOT, 'dist', 'civil-rights-drafting.vsix');
const MAX_BYTES = 1024 * 1024;

/** What may be in the package (paths inside the vsix). Keep in step with .vscodeignore. */
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/(readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(extension\.js|primer-index\.json)$/,
  /^extension\/(content|syntaxes|snippets)\/.+/,
  /^extension\/language-configuration\.json$/,
  /^extension\/images\/(icon\.png|activity-bar\.svg)$/,
];
/** Never in the package, whatever the allow-list says: sources, tests, dependencies, source maps. */
const FORBIDDEN = [/(^|\/)(src|test|node_modules|scripts|bench)\//, /\.map$/, /\.ts$/];
const REQUIRED = ['extension/package.json', 'extension/dist/extension.js', 'extension/images/icon.png', 'extension/readme.md', 'extension/LICENSE.txt'];

function fail(message) {
  throw new HarnessError(message);
}

try {
  console.log('package: building the .vsix (npm run package)');
  const npm = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (npm.status !== 0) fail(`npm run package failed (exit ${npm.status}):\n${npm.stdout}\n${npm.stderr}`);

  const entries = listZip(VSIX);
  const names = entries.map((entry) => entry.name);
  const bytes = statSync(VSIX).size;
  // Folders of many small files are summed up; everything else is listed on its own.
  const byGroup = new Map();
  for (const { name, size } of entries) {
    const group = /^extension\/(content|syntaxes|snippets)\//.test(name) ? `${name.split('/').slice(0, 2).join('/')}/` : name;
    const [count, total] = byGroup.get(group) ?? [0, 0];
    byGroup.set(group, [count + 1, total + size]);
  }
  console.log(`package: ${VSIX.slice(REPO_ROOT.length + 1)}: ${entries.length} files, ${(bytes / 1024).toFixed(1)} KB`);
  for (const [group, [count, total]] of [...byGroup].sort()) {
    console.log(`  ${group.padEnd(44)} ${String(count).padStart(4)} file(s) ${(total / 1024).toFixed(1).padStart(8)} KB unpacked`);
  }

  const forbidden = names.filter((name) => FORBIDDEN.some((pattern) => pattern.test(name)));
  if (forbidden.length > 0) fail(`the package contains files it must not:\n  ${forbidden.join('\n  ')}`);
  const unexpected = names.filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
  if (unexpected.length > 0) fail(`the package contains files outside the allow-list (.vscodeignore):\n  ${unexpected.join('\n  ')}`);
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length > 0) fail(`the package lacks required files:\n  ${missing.join('\n  ')}`);
  if (bytes > MAX_BYTES) fail(`the package is ${(bytes / 1024).toFixed(1)} KB, over the ${MAX_BYTES / 1024} KB limit.`);
  console.log('package: contents match the allow-list');

  const installDir = await ensureCodeServer({ log: console.log });
  const scratch = mkdtempSync(join(tmpdir(), 'civil-rights-vsix-'));
  try {
    const extensionsDir = join(scratch, 'extensions');
    const emptyDevelopmentDir = join(scratch, 'no-development-extension');
    mkdirSync(emptyDevelopmentDir);
    console.log(`package: installed into a fresh extensions folder: ${await installVsix({ installDir, vsix: VSIX, extensionsDir, userDataDir: join(scratch, 'user') })}`);
    const started = Date.now();
    const { code, passed, failed } = await runExtensionTests({
      extensionTestsPath: join(REPO_ROOT, 'dist/test/installed/index.js'),
      // VS Code runs a tests module only in a development host; an empty development folder adds no extension,
      // so the one under test is the one in the extensions folder.
      extensionDevelopmentPath: emptyDevelopmentDir,
      extensionsDir,
      timeoutMs: timeLimitMs(),
      verbose: Boolean(process.env.CIVIL_RIGHTS_VERBOSE),
      log: (line) => process.env.CIVIL_RIGHTS_VERBOSE && console.log(line),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`package: installed-extension check: ${passed ?? 0} passed, ${failed ?? 0} failed (${seconds} s)`);
    process.exitCode = code === 0 && passed > 0 && failed === 0 ? 0 : 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
} catch (error) {
  console.error(`package: ${error instanceof HarnessError ? error.message : error?.stack ?? error}`);
  process.exitCode = 1;
}
