import { isRecord } from './workflow-view.js';

/**
 * True when a `permissions:` value grants any write: `write-all`, or a scope set to `write`.
 * An unreadable value counts as granting write, so doctor never passes what it cannot read.
 */
export function grantsWrite(permissions: unknown): boolean {
  if (permissions === 'read-all') return false;
  if (typeof permissions === 'string') return true;
  if (!isRecord(permissions)) return true;
  return Object.values(permissions).some((level) => level !== 'read' && level !== 'none');
}
