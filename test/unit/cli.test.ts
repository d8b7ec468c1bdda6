import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): CliRun {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

const workDir = mkdtempSync(join(tmpdir(), 'crd-cli-'));
function draft(name: string, content: string | Uint8Array): string {
  const path = join(workDir, name);
  writeFileSync(path, content);
  return path;
}

describe('civil-rights-check command line', () => {
  it('prints usage and exits 2 when no file is given', () => {
    const run = cli();
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no file given/);
    assert.match(run.stderr, /Usage: civil-rights-check/);
  });

  it('rejects an unknown format or severity with a clear message and exit 2', () => {
    const path = draft('ok.md', 'Plaintiff sues.\n');
    assert.equal(cli('--format', 'xml', path).status, 2);
    assert.match(cli('--format', 'xml', path).stderr, /--format must be one of text, json, sarif/);
    assert.match(cli('--fail-on', 'fatal', path).stderr, /--fail-on must be one of/);
    assert.match(cli('--bogus', path).stderr, /Unknown option/);
  });

  it('prints exactly one JSON document with the report contract for several files', () => {
    const first = draft('first.md', '# Complaint\n\n1. Plaintiff sues.\n');
    const second = draft('second.txt', 'COUNT I\r\n2. The City acted.\r\n');
    const run = cli('--format', 'json', first, second);
    const report = JSON.parse(run.stdout);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((file: { path: string }) => file.path), [first, second]);
    for (const file of report.files) {
      for (const key of ['findings', 'claims', 'citations', 'terms']) assert.ok(Array.isArray(file[key]), `${key} is an array`);
    }
  });

  it('keeps checking the other files when one is missing, a folder or binary, and exits 2', () => {
    const good = draft('good.md', 'Plaintiff sues.\n');
    const binary = draft('scan.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
    const run = cli('--format', 'json', join(workDir, 'missing.md'), workDir, binary, good);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing\.md: no such file/);
    assert.match(run.stderr, /is a directory/);
    assert.match(run.stderr, /scan\.pdf: looks like a binary file/);
    assert.deepEqual(JSON.parse(run.stdout).files.map((file: { path: string }) => file.path), [good]);
  });

  it('checks an empty file and a file with a byte-order mark without complaint', () => {
    const empty = draft('empty.md', '');
    const bom = draft('bom.md', '\ufeffPlaintiff sues.\n');
    const run = cli('--format', 'json', empty, bom);
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '');
    assert.equal(JSON.parse(run.stdout).files.length, 2);
  });

  it('writes SARIF 2.1.0 with a run for the tool', () => {
    const path = draft('sarif.md', 'Plaintiff sues.\n');
    const sarif = JSON.parse(cli('--format', 'sarif', path).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].tool.driver.name, 'civil-rights-check');
    assert.ok(Array.isArray(sarif.runs[0].results));
  });

  it('prints help and version on request with exit 0', () => {
    assert.equal(cli('--help').status, 0);
    assert.match(cli('--help').stdout, /--fail-on/);
    assert.match(cli('--version').stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
