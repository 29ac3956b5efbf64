import type { RepositoryFacts } from './facts.js';
import { finding } from './finding.js';
import type { Finding } from './finding.js';

const BELOW_WRITE = new Set(['none', 'read']);

/**
 * The organisation's base permission: at write or admin every member has write access to
 * every repository, and policies that trust writers trust the whole organisation.
 */
export function checkOrganization(facts: RepositoryFacts): Finding[] {
  const org = facts.organization;
  if (org === undefined) return [];
  const fix = 'Organization settings > Member privileges > Base permissions: "Read" or "No permission"';
  if (!org.known) return [finding('ORG_BASE_PERMISSION_UNREADABLE', 'error', `the organisation's base permission could not be read: ${org.reason}`, `run doctor as an organisation owner (or with a token that has organisation administration read); ${fix}`)];
  const base = org.value.baseRepositoryPermission;
  if (base === undefined) return [finding('ORG_BASE_PERMISSION_UNREADABLE', 'error', `GitHub did not show ${org.value.login}'s base permission (only organisation owners see it)`, `run doctor as an organisation owner; ${fix}`)];
  if (BELOW_WRITE.has(base)) return [];
  return [finding('ORG_BASE_PERMISSION_WRITE', 'error', `${org.value.login}'s base permission is ${base}: every member counts as a maintainer of every repository`, fix)];
}
