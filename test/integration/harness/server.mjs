// Starts code-server on loopback with a fresh profile and stops it (and every process it started) again.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerEntry } from './install.mjs';
import { HarnessError, freePort } from './util.mjs';

const READY = 'HTTP server listening';

/**
 * Starts the server for `workspace` and resolves once it listens.
 * `profileDir` receives the fresh `user` and `extensions` folders (each run must start from a clean state).
 * `extensionsDir` may name an existing extensions folder instead (the installed-vsix check uses one).
 * `port` defaults to a free one. `userSettings` are written to the fresh profile's settings.json.
 * `onOutput` receives the server's own log lines.
 */
export async function startCodeServer({ installDir, workspace, profileDir, extensionsDir, port, userSettings = {}, onOutput = () => {}, startTimeoutMs = 60_000 }) {
  port ??= await freePort();
  const userDataDir = join(profileDir, 'user');
  extensionsDir ??= join(profileDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const args = [
    codeServerEntry(installDir),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--extensions-dir', extensionsDir,
    '--user-data-dir', userDataDir,
    // Its own config file, so nothing is written to ~/.config/code-server.
    '--config', join(profileDir, 'config.yaml'),
    workspace,
  ];
  // Its own process group, so stopping it also stops the extension host and other helpers it spawns.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: serverEnv() });
  const server = new CodeServer(child, port, userDataDir, extensionsDir);
  /** Resolves when the server process ends (for whatever reason). */
  server.exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit(signal ?? code)));

  let recent = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`code-server did not report "${READY}" within ${startTimeoutMs / 1000} s.`), startTimeoutMs);
    const onData = (chunk) => {
      const text = chunk.toString();
      recent = (recent + text).slice(-4000);
      for (const line of text.split(/\r?\n/)) if (line.trim()) onOutput(line);
      if (recent.includes(READY)) done();
    };
    const onExit = (code, signal) => fail(`code-server exited (${signal ?? `code ${code}`}) before it listened.`);
    const onError = (error) => fail(`could not start code-server: ${error.message}`);
    function cleanup() {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('error', onError);
    }
    function done() {
      cleanup();
      resolve();
    }
    function fail(message) {
      cleanup();
      server.stop();
      reject(new HarnessError(`${message}\nLast server output:\n${recent.trim() || '(none)'}`));
    }
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
  return server;
}

function serverEnv() {
  const env = { ...process.env };
  // Settings meant for the harness's own npm/node must not leak into the editor's processes.
  for (const name of Object.keys(env)) if (name.startsWith('npm_') || name === 'NODE_OPTIONS' || name === 'VSCODE_IPC_HOOK_CLI') delete env[name];
  // Inherited by the extension host: tells test modules they run under this harness (test/integration/hostLog.ts).
  env.CIVIL_RIGHTS_HARNESS = '1';
  return env;
}

export class CodeServer {
  #child;
  #stopped = false;

  constructor(child, port, userDataDir, extensionsDir) {
    this.#child = child;
    this.port = port;
    this.userDataDir = userDataDir;
    this.extensionsDir = extensionsDir;
    this.origin = `http://127.0.0.1:${port}`;
    /** The authority VS Code uses in `vscode-remote://` URIs for files on this server. */
    this.remoteAuthority = `127.0.0.1:${port}`;
    // Whatever way the harness ends, the server must not outlive it.
    this.#onExit = () => this.#signal('SIGKILL');
    process.once('exit', this.#onExit);
  }

  #onExit;

  #signal(signal) {
    try {
      // The negative pid names the whole process group (the server was started detached, as a group leader).
      process.kill(-this.#child.pid, signal);
    } catch {
      // already gone
    }
  }

  /** Stops the server's whole process group: SIGTERM now, SIGKILL for anything still alive two seconds later. */
  stop() {
    if (this.#stopped || this.#child.pid === undefined) return;
    this.#stopped = true;
    this.#signal('SIGTERM');
    // The timer must not keep the harness alive; if the harness exits first, the exit hook sends SIGKILL instead.
    setTimeout(() => {
      this.#signal('SIGKILL');
      process.off('exit', this.#onExit);
    }, 2000).unref();
  }
}
