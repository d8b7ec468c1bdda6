import * as vscode from 'vscode';

/** The extension's output channel: timestamped, levelled, shown to the user at most once per session. */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Civil Rights Drafting', { log: true });
  private revealed = false;

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  error(message: string, error?: unknown): void {
    const detail = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : error === undefined ? '' : String(error);
    this.channel.error(detail ? `${message}: ${detail}` : message);
    if (!this.revealed) {
      this.revealed = true;
      this.channel.show(true);
    }
  }

  dispose(): void {
    this.channel.dispose();
  }
}
