import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { listUntilShortPage } from './paginate.js';
import { GET_BRANCH, GET_BRANCH_RULES } from './routes.js';
import { Shape } from './shape.js';
import type { BranchRule, RepoRef } from './types.js';

/** The commit SHA a branch points at now. */
export async function readBranchTip(client: GitHubClient, repo: RepoRef, branch: string): Promise<string> {
  const operation = `tip of branch ${branch} in ${repo.owner}/${repo.repo}`;
  const response = await callApi(client, GET_BRANCH, { ...repo, branch }, operation);
  return Shape.of(response.data, { route: GET_BRANCH, operation }).object('commit').string('sha');
}

/** Every rule in force on a branch (active rulesets only, organisation ones included). */
export function listBranchRules(client: GitHubClient, repo: RepoRef, branch: string): Promise<BranchRule[]> {
  const operation = `rules in force on branch ${branch} of ${repo.owner}/${repo.repo}`;
  return listUntilShortPage({
    client,
    route: GET_BRANCH_RULES,
    params: { ...repo, branch },
    operation,
    parse: (rule): BranchRule => ({
      type: rule.string('type'),
      rulesetId: rule.raw('ruleset_id') === undefined ? undefined : rule.integer('ruleset_id'),
      rulesetSource: rule.optionalString('ruleset_source'),
      rulesetSourceType: rule.optionalString('ruleset_source_type'),
      parameters: rule.raw('parameters'),
    }),
    // The same rule type can come from several rulesets; together they are unique.
    keyOf: (rule) => `${rule.type}\u0000${rule.rulesetId ?? ''}\u0000${JSON.stringify(rule.parameters ?? null)}`,
  });
}

