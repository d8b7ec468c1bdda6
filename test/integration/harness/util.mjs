// Small helpers shared by the harness modules.
import { accessSync, constants, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** An expected failure with a message for people (printed without a stack trace). */
export class HarnessError extends Error {
  name = 'HarnessError';
}

/** The repository root (this file is test/integration/harness/util.mjs). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The absolute path of an executable on PATH, or undefined. */
export function which(command) {
  for (const dir of (process.env.PATH || '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Fails with a clear message when the bundles `npm run build` makes are missing. */
export function requireBuild(files = ['dist/extension.js', 'dist/test/suite/index.js']) {
  const missing = files.filter((file) => !existsSync(join(REPO_ROOT, file)));
  if (missing.length > 0) {
    throw new HarnessError(`${missing.join(', ')} not found: run \`npm run build\` first (\`npm test\` builds before testing).`);
  }
}

/** A promise that rejects with `message` after `ms` milliseconds (a time limit, never a wait), and its cancel. */
export function timeout(ms, message) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HarnessError(message)), ms);
  });
  promise.catch(() => {});
  return { promise, cancel: () => clearTimeout(timer) };
}

/** The time limit for a whole VS Code run: `CIVIL_RIGHTS_TEST_TIMEOUT_S` seconds, default 10 minutes. */
export function timeLimitMs() {
  const seconds = Number(process.env.CIVIL_RIGHTS_TEST_TIMEOUT_S);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 10 * 60_000;
}
