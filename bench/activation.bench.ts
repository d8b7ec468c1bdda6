import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { round, type Figure } from './figure';

/**
 * Activation in a real VS Code (code-server 4.100.3 in headless Chromium, the integration-test harness). Each run
 * starts a fresh VS Code with the extension from the working tree and reads VS Code's own logs afterwards:
 * - `activation.toReady`: from the extension host starting the activation (its `_doActivateExtension` log line;
 *   this includes loading dist/extension.js) to the extension's "Activated in N ms" line, when every feature is
 *   registered;
 * - `activation.activateFunction`: the N of that line, activate() alone;
 * - `activation.openToDiagnostics`: opening samples/complaint.md until its diagnostics appear.
 * Medians of CIVIL_RIGHTS_BENCH_VSCODE_RUNS runs (default 3; 0 skips the VS Code figures).
 */
const PROBE = 'dist/test/probes/activation.js';
const BENCH_PREFIX = '[civil-rights-bench]';
const EXTENSION_ID = 'civil-rights-drafting.civil-rights-drafting';

interface Session {
  profileDir: string;
  exitCode(): Promise<number>;
}
interface Harness {
  runExtensionTests(options: object): Promise<{ code: number }>;
}
interface Run {
  toReady: number;
  activateFunction: number;
  toDiagnostics: number;
}

export async function activationInVsCode(): Promise<Figure[]> {
  const runs = Number(process.env.CIVIL_RIGHTS_BENCH_VSCODE_RUNS ?? 3);
  if (!(runs > 0)) return [{ name: 'activation.toReady', value: 'skipped', unit: '(CIVIL_RIGHTS_BENCH_VSCODE_RUNS=0)' }];
  const root = resolve('.');
  if (!existsSync(join(root, PROBE))) throw new Error(`${PROBE} not found: run \`npm run build\` first`);
  // The harness is plain ESM beside the tests; load it at run time rather than bundling it.
  const harness = (await import(pathToFileURL(join(root, 'test/integration/harness/runTests.mjs')).href)) as Harness;

  const results: Run[] = [];
  for (let run = 0; run < runs; run++) {
    let toDiagnostics: number | undefined;
    let fromLogs: Omit<Run, 'toDiagnostics'> | undefined;
    const { code } = await harness.runExtensionTests({
      extensionTestsPath: join(root, PROBE),
      timeoutMs: 5 * 60_000,
      reportsResults: false,
      out: (line: string) => {
        if (line.startsWith(BENCH_PREFIX)) toDiagnostics = (JSON.parse(line.slice(BENCH_PREFIX.length)) as { toDiagnostics: number }).toDiagnostics;
        else console.error(line);
      },
      // The extension host writes its logs into the session's fresh profile; read them before the session is removed.
      onSession: async (session: Session) => {
        await session.exitCode();
        fromLogs = activationFromLogs(join(session.profileDir, 'user', 'logs'));
      },
    });
    if (code !== 0 || toDiagnostics === undefined) throw new Error(`activation probe failed in VS Code (exit ${code})`);
    if (!fromLogs) throw new Error('the extension host logs did not record the activation');
    results.push({ ...fromLogs, toDiagnostics });
  }
  const figure = (name: keyof Run) => round(median(results.map((result) => result[name])));
  return [
    { name: 'activation.toReady', value: figure('toReady'), unit: 'ms' },
    { name: 'activation.activateFunction', value: figure('activateFunction'), unit: 'ms' },
    { name: 'activation.openToDiagnostics', value: figure('toDiagnostics'), unit: 'ms' },
  ];
}

/** Reads the activation start (exthost.log) and the extension's "Activated in N ms" line (its own log). */
function activationFromLogs(logsDir: string): Omit<Run, 'toDiagnostics'> | undefined {
  const files = listFiles(logsDir);
  const hostLog = files.filter((file) => file.endsWith('exthost.log')).map((file) => readFileSync(file, 'utf8')).join('\n');
  const ownLog = files.filter((file) => file.includes(EXTENSION_ID) && file.endsWith('.log')).map((file) => readFileSync(file, 'utf8')).join('\n');
  const start = new RegExp(`^(\\S+ \\S+) .*_doActivateExtension ${EXTENSION_ID.replace(/\./g, '\\.')}\\b`, 'm').exec(hostLog);
  const ready = /^(\S+ \S+) .*Activated in (\d+) ms/m.exec(ownLog);
  if (!start || !ready) return undefined;
  return { toReady: timestamp(ready[1]!) - timestamp(start[1]!), activateFunction: Number(ready[2]) };
}

/** VS Code log timestamps: `2026-11-24 02:31:54.415`, local time. */
function timestamp(text: string): number {
  return new Date(text.replace(' ', 'T')).getTime();
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
