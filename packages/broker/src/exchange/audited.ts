import { AuditRecord } from '../audit/audit-record.js';
import type { AuditEvent } from '../audit/audit-event.js';
import { RateLimitedError } from '../errors.js';
import type { AuditSink } from '../ports.js';
import { refusalReply } from './replies.js';
import type { Reply } from './replies.js';

/**
 * Runs one call and writes its audit event in a `finally`, whatever happened. When the
 * event cannot be written, nothing is handed out: a minted token is revoked and the caller
 * gets 503 (AUDIT_UNAVAILABLE), so no token exists that the audit log does not know of.
 */
export async function audited(kind: AuditEvent['kind'], requestId: string, deps: { readonly audit: AuditSink; readonly now: () => number }, work: (record: AuditRecord) => Promise<Reply>): Promise<Reply> {
  const record = new AuditRecord(kind, requestId, deps.now());
  let reply: Reply = refusalReply('INTERNAL_ERROR', requestId);
  let written = false;
  try {
    reply = await work(record);
  } catch (thrown) {
    reply = refusalReply(record.fail(thrown), requestId, thrown instanceof RateLimitedError ? thrown.retryAfterSeconds : undefined);
  } finally {
    written = await deps.audit.write(record.toEvent(reply.status, deps.now())).then(
      () => true,
      () => false,
    );
  }
  if (written) return reply;
  await record.withdraw?.();
  return refusalReply('AUDIT_UNAVAILABLE', requestId);
}
