import { createHash } from 'node:crypto';

/**
 * base64(SHA-256(token)): the `hashed_token` of GitHub's audit log, so an event here can be
 * joined with GitHub's record of what the token did.
 * https://docs.github.com/enterprise-cloud@latest/admin/monitoring-activity-in-your-enterprise/reviewing-audit-logs-for-your-enterprise/identifying-audit-log-events-performed-by-an-access-token
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64');
}
