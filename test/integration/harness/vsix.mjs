// Reads the file list of a .vsix (a zip) and installs it into a code-server extensions folder.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerEntry } from './install.mjs';
import { HarnessError } from './util.mjs';

/** The entries of a zip file, `{ name, size }` (uncompressed bytes), from its central directory. */
export function listZip(path) {
  const zip = readFileSync(path);
  const END = 0x06054b50;
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new HarnessError(`${path} is not a zip file (no end of central directory).`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new HarnessError(`${path}: damaged central directory entry ${i}.`);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Installs `vsix` into `extensionsDir` with code-server's own `--install-extension`, as a user would; resolves with its report. */
export function installVsix({ installDir, vsix, extensionsDir, userDataDir }) {
  mkdirSync(userDataDir, { recursive: true });
  return new Promise((resolve, reject) => {
    const args = [
      codeServerEntry(installDir),
      '--install-extension', vsix,
      '--extensions-dir', extensionsDir,
      '--user-data-dir', userDataDir,
      // Its own config file, so nothing is written to ~/.config/code-server.
      '--config', join(userDataDir, 'config.yaml'),
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new HarnessError(`could not run code-server --install-extension: ${error.message}`)));
    child.on('close', (code) => {
      const installed = output.split(/\r?\n/).find((line) => /successfully installed/i.test(line));
      if (code === 0 && installed) resolve(installed.trim());
      else reject(new HarnessError(`code-server --install-extension ${vsix} failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

