import type { Claims } from '@ringfence/token';
import { BrokerError } from '../errors.js';

// An owner login (EMU logins carry `_shortcode`) and a repository name as GitHub allows them.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62})$/u;
const NAME = /^[A-Za-z0-9._-]{1,100}$/u;
// Printable ASCII without spaces: GitHub writes no other character in these claims, and a
// look-alike (Cyrillic `а`, a zero-width space) is only ever an attempt to confuse a reader.
const ASCII = /^[!-~]+$/u;
const ASCII_CLAIMS = ['sub', 'repository', 'repository_owner', 'ref', 'workflow_ref', 'job_workflow_ref', 'event_name'] as const;

/**
 * Refuses look-alike subjects: names that do not agree with each other or with the ids.
 * `repository` is `repository_owner/name`; `workflow_ref` lives in `repository`; a `sub`
 * in the `repo:` form names the same repository, by name or, in the immutable form, by
 * `owner@owner_id/name@repository_id`. Other subject templates are left alone: rules
 * never match `sub`, only the individual claims.
 */
export function checkSubject(claims: Claims): void {
  for (const name of ASCII_CLAIMS) {
    const value = claims[name];
    if (value !== undefined && !ASCII.test(value)) throw mismatch(`${name} holds characters GitHub never writes there: ${JSON.stringify(value)}`);
  }
  const owner = claims['repository_owner']!;
  const repository = claims['repository']!;
  const name = repository.slice(owner.length + 1);
  if (!OWNER.test(owner) || !repository.startsWith(`${owner}/`) || !NAME.test(name)) throw mismatch(`repository ${JSON.stringify(repository)} is not a repository of owner ${JSON.stringify(owner)}`);
  if (!claims['workflow_ref']!.startsWith(`${repository}/`)) throw mismatch(`workflow_ref ${JSON.stringify(claims['workflow_ref'])} is not in ${repository}`);
  if (!claims['ref']!.startsWith('refs/')) throw mismatch(`ref ${JSON.stringify(claims['ref'])} is not a full ref`);
  const sub = claims['sub']!;
  if (!sub.startsWith('repo:')) return;
  const immutable = `repo:${owner}@${claims['repository_owner_id']!}/${name}@${claims['repository_id']!}:`;
  if (!sub.startsWith(`repo:${repository}:`) && !sub.startsWith(immutable)) throw mismatch(`sub ${JSON.stringify(sub)} does not name ${repository} (or ${immutable})`);
}

function mismatch(detail: string): BrokerError {
  return new BrokerError('ID_TOKEN_SUBJECT_MISMATCH', detail);
}
