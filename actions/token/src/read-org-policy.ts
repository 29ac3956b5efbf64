import { readFileAtRef, readRepository } from '@ringfence/github';
import type { GitHubApp } from '@ringfence/github';
import type { OrgPolicyLocation } from '@ringfence/runner';
import { TokenMintError, loadTokenPolicy, mintToken } from '@ringfence/token';
import type { MintDeps, TokenPolicy } from '@ringfence/token';
import { revokeQuietly } from './revoke-quietly.js';

/** The org policy's token section, and the id of the repository that holds it. */
export interface OrgTokenPolicy {
  readonly policy: TokenPolicy;
  readonly hostRepositoryId: string;
  /** `owner/repo/path@ref`, the name its errors and rule origins carry. */
  readonly where: string;
}

/**
 * Reads the org policy through the API at its ref, never from the job's checkout, with a
 * token of the App that can read only that repository's contents. The reader token is never
 * output and is revoked before the decision. A missing file is TOKEN_ORG_POLICY_NOT_FOUND; an
 * invalid one is the TokenError naming every problem at its line and column.
 */
export async function readOrgTokenPolicy(location: OrgPolicyLocation, app: GitHubApp, deps: MintDeps, notes: string[]): Promise<OrgTokenPolicy> {
  const where = `${location.owner}/${location.repo}/${location.path}@${location.ref}`;
  const repo = { owner: location.owner, repo: location.repo };
  const reader = await mintToken({ installation: { kind: 'repository', ...repo }, repositories: { names: [location.repo] }, permissions: { contents: 'read' }, purpose: 'the org policy reader' }, deps);
  try {
    const client = app.installationClient(reader.token);
    const [repository, bytes] = await Promise.all([readRepository(client, repo), readFileAtRef(client, repo, location.ref, location.path)]);
    if (!bytes) throw new TokenMintError('TOKEN_ORG_POLICY_NOT_FOUND', `${where}:0:0: the org policy does not exist at that ref (the App can read the repository, so check the path and the ref)`);
    return { policy: loadTokenPolicy(bytes, where, { defaultBranch: repository.defaultBranch }), hostRepositoryId: String(repository.id), where };
  } finally {
    await revokeQuietly(app, reader.token, 'the org policy reader', notes);
  }
}
