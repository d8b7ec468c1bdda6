import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The core runs in plain Node tests, the CLI and a browser: it must not depend on VS Code or Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core must not depend on VS Code: put editor code in src/vscode.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'src/core must run in a browser too: pass data in from src/cli or src/vscode instead of using Node APIs.',
            })),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core must not read the Node process.' },
        { name: 'Buffer', message: 'src/core must run in a browser: use strings or Uint8Array.' },
        { name: 'require', message: 'src/core uses ES imports only.' },
      ],
    },
  },
  {
    // Plain Node scripts, and the integration-test harness that runs without a build.
    files: ['scripts/**/*.mjs', 'test/integration/harness/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
