// Bundles the extension, the command-line checker, the benchmarks and the integration tests with esbuild.
// Type-checking is separate (`npm run typecheck`): esbuild only strips types.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

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
    entryPoints: { 'suite/index': 'test/integration/suite/index.ts', runElectron: 'test/integration/runElectron.ts' },
    outdir: 'dist/test',
    // mocha looks for its reporters by name at run time; keep it a real module.
    external: ['vscode', 'mocha', '@vscode/test-electron'],
  },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
