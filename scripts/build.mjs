// Bundles the extension, the command-line checker, the benchmarks and the integration tests with esbuild.
// Type-checking is separate (`npm run typecheck`): esbuild only strips types.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { watch as watchFolder } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  sourcesContent: false,
  minify: production,
  // Function names appear in the activation log's per-feature timings.
  keepNames: true,
  external: ['vscode'],
  logLevel: 'warning',
  // gray-matter reads files with `fs` only in `matter.read`, which we never call.
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: { bench: 'bench/main.ts' }, outdir: 'dist' },
  {
    ...common,
    entryPoints: integrationEntryPoints(),
    outdir: 'dist/test',
    // mocha looks for its reporters by name at run time; keep it a real module.
    external: ['vscode', 'mocha', '@vscode/test-electron'],
  },
];

/**
 * The extension tests modules VS Code loads (each folder's index.ts, with every *.test.ts beside it bundled on its
 * own so the runner can list them) and the desktop runner. suite/ is `npm run test:integration`, installed/ the
 * check against the installed vsix, probes/ the screenshot and benchmark drivers.
 */
function integrationEntryPoints() {
  const entries = { runElectron: 'test/integration/runElectron.ts' };
  for (const folder of ['suite', 'installed', 'probes']) {
    const dir = `test/integration/${folder}`;
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      entries[`${folder}/${file.slice(0, -3)}`] = `${dir}/${file}`;
    }
  }
  return entries;
}

/**
 * Parses content/ once into dist/primer-index.json (scripts/indexPrimer.ts), so neither the extension nor the
 * CLI parses Markdown at start-up. Problems in entries are printed; the content tests fail on them.
 */
async function indexPrimer() {
  await esbuild.build({ ...common, minify: false, entryPoints: { indexPrimer: 'scripts/indexPrimer.ts' }, outdir: 'dist/tools' });
  const { writePrimerIndex } = createRequire(import.meta.url)('../dist/tools/indexPrimer.js');
  const { entries, problems } = writePrimerIndex('content', 'dist/primer-index.json');
  for (const problem of problems) {
    console.warn(`primer: ${problem.source}${problem.line === undefined ? '' : `:${problem.line + 1}`}: ${problem.severity}: ${problem.message}`);
  }
  if (watch || problems.length > 0) console.log(`primer: indexed ${entries} entries into dist/primer-index.json`);
}

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  await indexPrimer();
  // Re-index the primer when an entry changes (the extension reads the index when it starts).
  let reindex;
  watchFolder('content', () => {
    clearTimeout(reindex);
    reindex = setTimeout(() => indexPrimer().catch((error) => console.error(`primer: ${error.message}`)), 200);
  });
  console.log('esbuild: watching for changes');
} else {
  await Promise.all([...builds.map((options) => esbuild.build(options)), indexPrimer()]);
  chmodSync('dist/cli.js', 0o755);
}
