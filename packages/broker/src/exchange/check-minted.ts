import { PERMISSION_LEVELS, covers } from '@ringfence/token';
import type { PermissionLevel } from '@ringfence/token';
import type { MintedAnswer, MintGrant } from '../ports.js';

/** Installation tokens live one hour (not extendable); a little slack for clock skew. */
const MAX_LIFETIME_MS = 65 * 60 * 1000;

/**
 * What in the minter's answer goes beyond the grant, or undefined when nothing does. GitHub
 * may ignore a requested permission or add `metadata: read` (implied by any repository
 * permission), so an answer may be narrower, or carry that one extra, but never broader:
 * no unknown level, no repository outside the grant, no missing repository list (which
 * reads as "all"), no lifetime beyond GitHub's hour.
 */
export function findBroader(grant: MintGrant, answer: MintedAnswer, now: number): string | undefined {
  if (typeof answer.token !== 'string' || answer.token === '') return 'no token in the answer';
  const expires = Date.parse(answer.expiresAt);
  if (!Number.isFinite(expires) || expires <= now || expires > now + MAX_LIFETIME_MS) return `expires_at ${JSON.stringify(answer.expiresAt)} is not within the next hour`;
  for (const [name, level] of Object.entries(answer.permissions)) {
    if (name === 'metadata' && level === 'read') continue;
    const granted = grant.permissions[name];
    if (!isLevel(level) || !covers(isLevel(granted) ? granted : undefined, level)) return `permission ${name}: ${level} was not granted (granted ${granted ?? 'nothing'})`;
  }
  if (answer.repositoryIds.length === 0) return 'the answer lists no repositories (all of the installation)';
  const outside = answer.repositoryIds.find((id) => !grant.repositoryIds.includes(String(id)));
  return outside === undefined ? undefined : `repository ${outside} was not granted`;
}

function isLevel(level: string | undefined): level is PermissionLevel {
  return (PERMISSION_LEVELS as readonly (string | undefined)[]).includes(level);
}
