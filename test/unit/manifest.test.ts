import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The manifest (package.json) and the code must agree: a setting declared but never read, a command
 * contributed without code behind it, or a broad activation event is a defect users notice.
 */
const ROOT = join(__dirname, '..', '..');

interface Manifest {
  main: string;
  engines: { vscode: string };
  activationEvents?: string[];
  devDependencies: Record<string, string>;
  contributes: {
    commands?: { command: string; title?: string; category?: string }[];
    configuration: { properties: Record<string, { markdownDescription?: string; default?: unknown; type?: unknown }> };
    languages?: { id: string }[];
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Keys read through `config.get(...)` / `config.inspect(...)` in the settings accessor, with the section prefixed. */
function settingsReadInConfig(): string[] {
  const source = read('src/vscode/config.ts');
  const section = /const SECTION = '([^']+)'/.exec(source)?.[1];
  assert.ok(section, "src/vscode/config.ts declares `const SECTION = '...'`");
  const keys = [...source.matchAll(/\.(?:get|inspect)(?:<[^>(]*>)?\(\s*['"`]([^'"`]+)['"`]/g)].map((match) => `${section}.${match[1]}`);
  return [...new Set(keys)].sort();
}

describe('package.json manifest', () => {
  const declared = Object.keys(manifest.contributes.configuration.properties).sort();

  it('declares only civilRights.* settings, each with a markdownDescription, a type and a default', () => {
    for (const key of declared) {
      const property = manifest.contributes.configuration.properties[key]!;
      assert.match(key, /^civilRights\./, `${key} is outside the civilRights section`);
      assert.ok(property.markdownDescription?.trim(), `${key} has no markdownDescription`);
      assert.ok(property.type !== undefined, `${key} has no type`);
      assert.ok('default' in property, `${key} has no default`);
    }
  });

  it('reads every declared setting in src/vscode/config.ts, and nothing undeclared', () => {
    const readKeys = settingsReadInConfig();
    assert.ok(readKeys.length > 0, 'the pattern found no config.get(...) calls: has config.ts changed shape?');
    assert.deepEqual(
      declared.filter((key) => !readKeys.includes(key)),
      [],
      'declared in package.json but never read in src/vscode/config.ts',
    );
    assert.deepEqual(
      readKeys.filter((key) => !declared.includes(key)),
      [],
      'read in src/vscode/config.ts but not declared in package.json contributes.configuration',
    );
  });

  it('names every contributed command in the source, with a title and category', () => {
    const source = sourceFiles('src').map(read).join('\n');
    for (const { command, title, category } of manifest.contributes.commands ?? []) {
      assert.ok(title?.trim(), `${command} has no title`);
      assert.equal(category, 'Civil Rights', `${command} is not in the "Civil Rights" category of the command palette`);
      assert.ok(
        new RegExp(`['"\`]${command.replace(/\./g, '\\.')}['"\`]`).test(source),
        `${command} is contributed in package.json but no file under src/ registers it`,
      );
    }
  });

  it('activates only on drafting languages and its own commands and views, never at startup', () => {
    const draftLanguages = [...read('src/vscode/analysisService.ts').matchAll(/DRAFT_LANGUAGES = \[([^\]]*)\]/g)]
      .flatMap((match) => [...match[1]!.matchAll(/'([^']+)'/g)].map((language) => language[1]!));
    assert.ok(draftLanguages.length > 0, 'DRAFT_LANGUAGES not found in src/vscode/analysisService.ts');
    const commands = (manifest.contributes.commands ?? []).map((entry) => entry.command);
    const events = manifest.activationEvents ?? [];
    for (const event of events) {
      assert.notEqual(event, '*', 'activation on "*" starts the extension in every window');
      assert.notEqual(event, 'onStartupFinished', 'onStartupFinished starts the extension in every window');
      const [kind, argument = ''] = event.split(/:(.*)/);
      if (kind === 'onLanguage') assert.ok(draftLanguages.includes(argument), `${event}: not a drafting language (${draftLanguages.join(', ')})`);
      else if (kind === 'onCommand') assert.ok(commands.includes(argument), `${event}: not a contributed command`);
      else assert.equal(kind, 'onView', `${event}: unexpected activation event`);
    }
    for (const language of draftLanguages) {
      assert.ok(events.includes(`onLanguage:${language}`), `opening a ${language} draft does not activate the extension`);
    }
    assert.ok((manifest.contributes.languages ?? []).some((language) => language.id === 'pleading'), 'the pleading language is contributed');
  });

  it('targets VS Code ^1.90.0 with @types/vscode of that same version', () => {
    assert.equal(manifest.engines.vscode, '^1.90.0');
    const minimum = manifest.engines.vscode.replace(/^\^/, '');
    // Newer typings would let code call API the declared minimum VS Code lacks.
    assert.equal(manifest.devDependencies['@types/vscode'], minimum, 'pin @types/vscode to the engine minimum');
    const installed = (JSON.parse(read('node_modules/@types/vscode/package.json')) as { version: string }).version;
    assert.equal(installed, minimum, 'the installed @types/vscode differs from package.json: run npm ci');
  });

  it('points main at the bundle the build writes', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.match(read('scripts/build.mjs'), /extension: 'src\/extension\.ts'/);
  });
});
