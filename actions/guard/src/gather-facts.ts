import type { Warning } from '@ringfence/core';
import { hasErrorCode } from '@ringfence/core';
import { isBotLogin } from '@ringfence/guard';
import type { PrincipalFacts } from '@ringfence/guard';
import { readCollaboratorPermission, readTeamMembership } from '@ringfence/github';
import type { GitHubClient, RepoPermission, RepoRef } from '@ringfence/github';
import type { LayeredPolicy, Permission } from '@ringfence/policy';

const POLICY_PERMISSION: Partial<Record<RepoPermission, Permission>> = { write: 'write', maintain: 'maintain', admin: 'admin' };

/**
 * Gathers what GitHub says about people, once per login: their role on the repository and
 * their active membership of every team the policy names. A team that cannot be read
 * (the token lacks organisation members: read) counts as not a member, with a warning:
 * team-based rules fail closed and say why.
 */
export class FactGatherer {
  private readonly cache = new Map<string, Promise<PrincipalFacts>>();
  readonly warnings: Warning[] = [];
  private readonly teams: readonly string[];

  constructor(
    private readonly client: GitHubClient,
    private readonly teamClient: GitHubClient,
    private readonly repo: RepoRef,
    policy: LayeredPolicy,
  ) {
    this.teams = [...new Set(policy.layers.flatMap(({ policy: p }) => [...p.trusted.teams, ...p.rings.flatMap((r) => r.approvers.teams)]).map((t) => t.toLowerCase()))];
  }

  factsOf(login: string): Promise<PrincipalFacts> {
    const key = login.toLowerCase();
    let facts = this.cache.get(key);
    if (!facts) {
      facts = this.gather(login);
      this.cache.set(key, facts);
    }
    return facts;
  }

  private async gather(login: string): Promise<PrincipalFacts> {
    const isBot = isBotLogin(login);
    const [role, teams] = await Promise.all([readCollaboratorPermission(this.client, this.repo, login), isBot ? Promise.resolve([]) : this.activeTeams(login)]);
    return { login, permission: POLICY_PERMISSION[role.permission], teams, isBot };
  }

  private async activeTeams(login: string): Promise<string[]> {
    const member = await Promise.all(this.teams.map(async (team) => ((await this.isMember(team, login)) ? team : undefined)));
    return member.filter((t): t is string => t !== undefined);
  }

  private async isMember(team: string, login: string): Promise<boolean> {
    const [org, slug] = team.split('/') as [string, string];
    try {
      return (await readTeamMembership(this.teamClient, org, slug, login)).member;
    } catch (error) {
      if (!hasErrorCode(error, 'GITHUB_FORBIDDEN')) throw error;
      this.warnings.push({ code: 'TEAM_UNREADABLE', message: `membership of ${login} in ${team} could not be read (the token needs organisation members: read; pass an App token as app-token): counted as not a member` });
      return false;
    }
  }
}
