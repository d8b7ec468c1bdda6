// Installs code-server (a complete VS Code that runs from npm, offline) once into a cache folder.
//
// code-server's own postinstall downloads ripgrep, which offline machines cannot do, so scripts are skipped and
// the native modules the server needs are rebuilt by hand; VS Code's search uses the system `rg` instead.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { HarnessError, which } from './util.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
/** The VS Code that CODE_SERVER_VERSION carries. */
export const VSCODE_VERSION = '1.100.3';
const MARKER = '.civil-rights-install-complete';

/** Where code-server is cached: `CIVIL_RIGHTS_CODE_SERVER_DIR`, or a folder under `~/.cache`, outside the work tree. */
export function codeServerDir() {
  return (
    process.env.CIVIL_RIGHTS_CODE_SERVER_DIR ||
    join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'civil-rights-drafting', `code-server-${CODE_SERVER_VERSION}`)
  );
}

/** The server's entry script inside an installed `dir`. */
export function codeServerEntry(dir = codeServerDir()) {
  return join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export function isInstalled(dir = codeServerDir()) {
  return existsSync(join(dir, MARKER)) && existsSync(codeServerEntry(dir));
}

/**
 * Makes sure code-server is installed in `dir` and returns `dir`. The marker file is written only after every step
 * succeeded, so an interrupted or failed install is started again from scratch next time.
 */
export async function ensureCodeServer({ dir = codeServerDir(), log = console.log } = {}) {
  if (isInstalled(dir)) return dir;
  const rg = which('rg');
  if (!rg) {
    throw new HarnessError(
      'ripgrep (`rg`) is not installed; VS Code needs it for search. Install it (Debian: `apt-get install ripgrep`) and run again.',
    );
  }
  const started = Date.now();
  log(`code-server ${CODE_SERVER_VERSION} is not installed yet: installing it into ${dir} (about a minute, once).`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'civil-rights-code-server-cache', private: true }, null, 2));

  const vscodeDir = join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  const steps = [
    ['download code-server', dir, ['install', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`]],
    ['build argon2', dir, ['rebuild', 'argon2']],
    ['install VS Code server modules', vscodeDir, ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund']],
    // kerberos stays unbuilt: it needs libkrb5-dev and nothing in a test run loads it.
    ['build VS Code native modules', vscodeDir, ['rebuild', 'node-pty', '@vscode/spdlog', 'native-watchdog', '@vscode/deviceid']],
    ['install built-in extensions modules', join(vscodeDir, 'extensions'), ['install', '--omit=dev', '--no-audit', '--no-fund']],
  ];
  for (const [name, cwd, args] of steps) {
    log(`  ${name}: npm ${args.join(' ')}`);
    // node-pty's build calls `npx node-gyp`; npm_config_yes lets npx proceed without a prompt.
    await runNpm(args, cwd, name);
  }
  const rgDir = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgDir, { recursive: true });
  rmSync(join(rgDir, 'rg'), { force: true });
  symlinkSync(rg, join(rgDir, 'rg'));
  rmSync(join(vscodeDir, 'node_modules.asar'), { force: true });
  symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));

  const installed = JSON.parse(readFileSync(join(dir, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  if (installed !== CODE_SERVER_VERSION) {
    throw new HarnessError(`expected code-server ${CODE_SERVER_VERSION} in ${dir} but found ${installed}.`);
  }
  writeFileSync(join(dir, MARKER), `code-server ${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return dir;
}

function runNpm(args, cwd, name) {
  return new Promise((resolve, reject) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, args, {
      cwd,
      env: { ...process.env, npm_config_yes: 'true', npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => reject(new HarnessError(`could not run npm to ${name}: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new HarnessError(`installing code-server failed at "${name}" (npm exited with ${code}) in ${cwd}:\n${output.trim()}`));
    });
  });
}
