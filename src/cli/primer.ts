import type { TermFinder } from '../core';

/**
 * The bundled primer plus the entries in `dirs`, as a term finder. Problems with a user folder are
 * reported through `report` and the rest of the primer still loads.
 */
export function loadTermFinder(dirs: readonly string[], report: (message: string) => void): TermFinder | undefined {
  for (const dir of dirs) report(`--primer ${dir}: primer folders are not supported yet`);
  return undefined;
}
