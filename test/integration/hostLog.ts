import { format } from 'node:util';

/** Marks the tests' output lines so the harness can tell them from the workbench's own logging. */
const HOST_MARK = '[ext-host] ';

/**
 * Prints a line from a test. Under the harness (which sets CIVIL_RIGHTS_HARNESS on the server; the extension host
 * inherits it) the line carries HOST_MARK: the host's console forwards to the workbench's automation log, where
 * the harness reads it. The host's console methods cannot be replaced (VS Code pins them), hence this function.
 */
export function hostLog(...args: unknown[]): void {
  const line = format(...args);
  console.log(process.env.CIVIL_RIGHTS_HARNESS ? HOST_MARK + line.replace(/\n/g, `\n${HOST_MARK}`) : line);
}
