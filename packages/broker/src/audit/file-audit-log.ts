import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { redactSecrets } from '@ringfence/core';
import type { AuditSink } from '../ports.js';
import type { AuditEvent } from './audit-event.js';

/**
 * An append-only JSON lines audit log, opened with `O_APPEND` (`a`, mode 0600) so every
 * write lands at the end whatever else writes to the file, and never truncated. Events that
 * arrive while a write is in flight go out together in the next one (one system call for
 * a burst, not one each); each `write` resolves once its line is written, and rejects,
 * failing its exchange closed, when it could not be.
 */
export class FileAuditLog implements AuditSink {
  private queued: string[] = [];
  private batch: Promise<void> | undefined;
  private last: Promise<void> = Promise.resolve();

  private constructor(private readonly handle: FileHandle) {}

  /** Opens (creating when absent) the log at `path`. */
  static async open(path: string): Promise<FileAuditLog> {
    return new FileAuditLog(await open(path, 'a', 0o600));
  }

  write(event: AuditEvent): Promise<void> {
    // Defense in depth: nothing shaped like a token reaches the file, whatever a detail says.
    this.queued.push(redactSecrets(JSON.stringify(event)) + '\n');
    if (this.batch === undefined) {
      const batch = this.last.then(async () => {
        const text = this.queued.join('');
        this.queued = [];
        this.batch = undefined;
        await this.handle.appendFile(text);
      });
      this.batch = batch;
      this.last = batch.catch(() => undefined);
    }
    return this.batch;
  }

  /** Waits for queued lines, flushes to disk and closes the file. */
  async close(): Promise<void> {
    await this.last;
    await this.handle.sync().catch(() => undefined);
    await this.handle.close();
  }
}
