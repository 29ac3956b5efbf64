import { decide, isBotLogin } from '@ringfence/guard';
import type { GuardVerdict, PrincipalFacts } from '@ringfence/guard';
import { GitBaseFileReader, GitChangeSource, resolveCommit } from '@ringfence/git';
import { singleLayer, withDiscoveredFiles } from '@ringfence/policy';
import type { CompiledPolicy, Permission } from '@ringfence/policy';
import { readCommittedPolicy } from './policy-source.js';
import { discoverAtCommit } from './discover-local.js';

/** What local mode knows: refs, and what a maintainer asserts about people. */
export interface LocalGuardRequest {
  readonly repo: string;
  readonly base: string;
  readonly head: string;
  readonly author: string;
  readonly trust: 'maintainer' | 'external';
  readonly approvedBy: readonly string[];
  readonly maintainers: readonly string[];
}

/**
 * The guard in local mode: the same decision as the action, with changes from git, the
 * policy and discovery from the base commit, and people's standing asserted by flags.
 */
export async function guardLocally(request: LocalGuardRequest): Promise<GuardVerdict> {
  const baseSha = await resolveCommit(request.repo, request.base);
  const [changes, loaded, discovery] = await Promise.all([
    new GitChangeSource(request.repo).listChanges({ base: baseSha, head: request.head }),
    readCommittedPolicy(request.repo, baseSha),
    discoverAtCommit(new GitBaseFileReader(request.repo, baseSha)),
  ]);
  const policy = withDiscoveredFiles(loaded.policy, discovery.files);
  const asMaintainer = (login: string, asserted: boolean): PrincipalFacts => ({
    login,
    permission: asserted || request.maintainers.some((m) => m.toLowerCase() === login.toLowerCase()) ? maintainerRole(policy) : undefined,
    teams: [],
    isBot: isBotLogin(login),
  });
  return decide({
    changes,
    policy: singleLayer(policy),
    policySources: [{ layer: 'repository', file: loaded.file, blobSha: loaded.blobSha, ref: baseSha }],
    author: asMaintainer(request.author, request.trust === 'maintainer'),
    approvals: request.approvedBy.map((login) => asMaintainer(login, false)),
    ineligibleApprovers: [],
    warnings: discovery.warnings,
  });
}

// A maintainer asserted by a flag holds exactly the role the trusted set asks for.
function maintainerRole(policy: CompiledPolicy): Permission {
  return policy.trusted.permission ?? 'write';
}
