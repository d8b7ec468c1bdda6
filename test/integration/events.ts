import * as vscode from 'vscode';

/**
 * Resolves with the diagnostics of `uri` once `accept` approves them: checked at once, then on every
 * `onDidChangeDiagnostics` for that document (an event, never a sleep). Rejects after `timeoutMs` with
 * what was last seen, so a failure says what the editor actually showed.
 */
export function diagnosticsFor(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 20_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.source ?? ''} ${String(typeof d.code === 'object' ? d.code.value : d.code)}`);
      reject(new Error(`diagnostics for ${uri.path} were not as expected within ${timeoutMs} ms; last seen: [${seen.join(', ')}]`));
    }, timeoutMs);
    function finish(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}
