import type { AuditSink } from '../ports.js';
import type { AuditEvent } from './audit-event.js';

/**
 * Keeps audit events in memory: the default for tests and a single instance that ships
 * nothing. Bounded, so a flood of refusals cannot exhaust memory: the oldest go first.
 */
export class MemoryAuditSink implements AuditSink {
  readonly events: AuditEvent[] = [];

  constructor(private readonly limit = 10_000) {}

  write(event: AuditEvent): Promise<void> {
    this.events.push(event);
    if (this.events.length > this.limit) this.events.splice(0, this.events.length - this.limit);
    return Promise.resolve();
  }
}
