// `npm start`: builds, then serves a real VS Code (code-server) on 127.0.0.1 with the extension loaded from this
// working tree, on a scratch copy of samples/ with complaint.md open. Open the printed URL in a browser; Ctrl-C stops.
// After changing code, run `npm run build` (or keep `npm run watch` going) and reload the browser tab.
import { join } from 'node:path';
import { startSession } from '../test/integration/harness/session.mjs';
import { HarnessError, REPO_ROOT, requireBuild } from '../test/integration/harness/util.mjs';

const port = process.env.CIVIL_RIGHTS_DEMO_PORT ? Number(process.env.CIVIL_RIGHTS_DEMO_PORT) : undefined;
try {
  requireBuild(['dist/extension.js']);
  const session = await startSession({
    browser: false,
    port,
    log: (line) => (process.env.CIVIL_RIGHTS_VERBOSE || !line.startsWith('[code-server]')) && console.log(line),
  });
  const url = session.workbenchUrl({ extensionDevelopmentPath: REPO_ROOT, openFile: join(session.workspace, 'complaint.md') });
  console.log(`
Civil Rights Drafting demo: VS Code with the extension from ${REPO_ROOT}
Workspace (a scratch copy of samples/): ${session.workspace}

Open this URL in a browser on this machine:

  ${url}

Press Ctrl-C to stop.`);
  const ended = await session.serverExited;
  console.error(`demo: code-server stopped (${ended}).`);
  await session.close();
  process.exitCode = 1;
} catch (error) {
  console.error(`demo: ${error instanceof HarnessError ? error.message : error?.stack ?? error}`);
  process.exitCode = 1;
}
