// One real VS Code session: a code-server on a fresh profile and temp workspace, and a headless Chromium showing
// its workbench. Everything a session starts is stopped by `close()`, on failure, and on SIGINT/SIGTERM.
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureCodeServer } from './install.mjs';
import { startCodeServer } from './server.mjs';
import { HarnessError, REPO_ROOT, which } from './util.mjs';

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Settings for the fresh profile: no welcome page, tips or update checks in the way of tests and screenshots. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** The Chromium the harness drives: `CIVIL_RIGHTS_CHROMIUM`, or `chromium` / `chromium-browser` on PATH. */
export function chromiumPath() {
  const configured = process.env.CIVIL_RIGHTS_CHROMIUM;
  if (configured) {
    if (!existsSync(configured)) throw new HarnessError(`CIVIL_RIGHTS_CHROMIUM is set to ${configured}, which does not exist.`);
    return configured;
  }
  const found = which('chromium') ?? which('chromium-browser') ?? which('google-chrome');
  if (!found) {
    throw new HarnessError(
      'Chromium was not found. Install it (Debian: `apt-get install chromium`) or set CIVIL_RIGHTS_CHROMIUM to the path of a Chromium or Chrome executable.',
    );
  }
  return found;
}

const live = new Set();
let signalsHooked = false;

function hookSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping VS Code and the browser.`);
      Promise.allSettled([...live].map((session) => session.close())).finally(() => process.exit(code));
    });
  }
}

/**
 * Starts a session. Options:
 * - `log(line)`: progress and server output;
 * - `onAutomationLog(type, args)`: the workbench's automation log (the extension host's console among it);
 * - `extensionsDir`: use this extensions folder (e.g. one a vsix was installed into) instead of a fresh one;
 * - `viewport`: browser window size; `browser: false` starts only the server (for a person's own browser);
 * - `port`: the server's port (default: a free one).
 */
export async function startSession({ log = () => {}, onAutomationLog = () => {}, extensionsDir, viewport = { width: 1440, height: 900 }, browser = true, port } = {}) {
  hookSignals();
  const chromium = browser ? chromiumPath() : undefined;
  const installDir = await ensureCodeServer({ log });
  const session = new Session(log);
  live.add(session);
  try {
    await session.start({ installDir, chromium, extensionsDir, viewport, onAutomationLog, port });
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

export class Session {
  #log;
  #server;
  #browser;
  #exitCode;
  #exitWaiters = [];
  #closed = false;

  constructor(log) {
    this.#log = log;
    // realpath: VS Code reports workspace paths resolved, and /tmp may be a link.
    this.root = realpathSync(mkdtempSync(join(tmpdir(), 'civil-rights-vscode-')));
    this.workspace = join(this.root, 'workspace');
    this.profileDir = join(this.root, 'profile');
  }

  async start({ installDir, chromium, extensionsDir, viewport, onAutomationLog, port }) {
    // Tests may edit the workspace; they get a copy of the samples, never the originals.
    cpSync(join(REPO_ROOT, 'samples'), this.workspace, { recursive: true });
    this.#server = await startCodeServer({
      installDir,
      workspace: this.workspace,
      profileDir: this.profileDir,
      extensionsDir,
      port,
      userSettings: USER_SETTINGS,
      onOutput: (line) => this.#log(`[code-server] ${line}`),
    });
    this.origin = this.#server.origin;
    /** Resolves when the server stops. */
    this.serverExited = this.#server.exited;
    if (!chromium) return;
    const { chromium: playwright } = await import('playwright-core');
    this.#browser = await playwright.launch({ executablePath: chromium, headless: true, args: CHROMIUM_FLAGS });
    this.page = await this.#browser.newPage({ viewport });
    await this.page.exposeFunction('codeAutomationLog', (type, args) => onAutomationLog(type, Array.isArray(args) ? args : [args]));
    await this.page.exposeFunction('codeAutomationExit', (code) => {
      this.#exitCode = Number(code);
      for (const resolveExit of this.#exitWaiters.splice(0)) resolveExit(this.#exitCode);
    });
  }

  /** A `vscode-remote://` URI for a path on this machine, as the workbench in the browser must name it. */
  remoteUri(path) {
    return `vscode-remote://${this.#server.remoteAuthority}${resolve(path)}`;
  }

  /** The workbench URL for the session's workspace with the given development / tests / file payload. */
  workbenchUrl({ extensionDevelopmentPath, extensionTestsPath, openFile } = {}) {
    const payload = [];
    if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', this.remoteUri(extensionDevelopmentPath)]);
    if (extensionTestsPath) payload.push(['extensionTestsPath', this.remoteUri(extensionTestsPath)]);
    if (openFile) payload.push(['openFile', this.remoteUri(openFile)]);
    const query = new URLSearchParams({ folder: this.workspace });
    if (payload.length > 0) query.set('payload', JSON.stringify(payload));
    return `${this.origin}/?${query}`;
  }

  /** Opens the workbench in the browser. */
  async open(options) {
    await this.page.goto(this.workbenchUrl(options), { waitUntil: 'domcontentloaded' });
  }

  /** Resolves with the code the workbench passes to `codeAutomationExit` once an extension tests module settles. */
  exitCode() {
    if (this.#exitCode !== undefined) return Promise.resolve(this.#exitCode);
    return new Promise((resolveExit) => this.#exitWaiters.push(resolveExit));
  }

  async close() {
    if (this.#closed) return;
    this.#closed = true;
    live.delete(this);
    try {
      await this.#browser?.close();
    } catch {
      // the browser is gone already
    }
    this.#server?.stop();
    if (!process.env.CIVIL_RIGHTS_KEEP_TEMP) rmSync(this.root, { recursive: true, force: true, maxRetries: 3 });
    else this.#log(`kept ${this.root} (CIVIL_RIGHTS_KEEP_TEMP)`);
  }
}
