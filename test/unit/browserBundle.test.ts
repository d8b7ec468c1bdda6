import * as assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { relative } from 'node:path';
import * as esbuild from 'esbuild';

/**
 * The lint rule keeps Node and VS Code out of src/core's own imports; this checks what the rule cannot see, the
 * packages core depends on: bundled for a browser, core must need no Node built-in. The one exception is gray-matter's
 * `fs`, which it uses only in `matter.read` (reading a file by path), a function core never calls.
 */
describe('src/core in a browser', () => {
  it('bundles for a browser with no Node built-in but gray-matter\'s unused fs', async function () {
    this.timeout(30_000);
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const needed = new Set<string>();
    const result = await esbuild.build({
      entryPoints: ['src/core/index.ts', 'src/core/monell/index.ts', 'src/core/citations/index.ts', 'src/core/primer/index.ts'],
      bundle: true,
      platform: 'browser',
      mainFields: ['browser', 'module', 'main'],
      write: false,
      outdir: 'out-browser-check',
      logLevel: 'silent',
      plugins: [{
        name: 'record-node-builtins',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (!builtins.has(args.path)) return undefined;
            needed.add(`${args.path} <- ${relative(process.cwd(), args.importer).replace(/\\/g, '/')}`);
            return { path: args.path, external: true };
          });
        },
      }],
    });
    assert.deepEqual(result.errors, []);
    assert.deepEqual([...needed], ['fs <- node_modules/gray-matter/index.js']);
  });
});
