import type { GitHubClient } from './client.js';
import { listUntilShortPage } from './paginate.js';
import { LIST_RULE_SUITES } from './routes.js';
import type { Shape } from './shape.js';
import type { RepoRef, RuleSuiteInfo } from './types.js';

/**
 * The ruleset evaluations of pushes to `ref` over the last month, the longest period GitHub
 * offers (spec: repos/get-repo-rule-suites). Needs `administration: write` on a fine-grained
 * or App token; GITHUB_TOKEN cannot read it, so this fails closed with a 403 there.
 */
export function listRuleSuites(client: GitHubClient, repo: RepoRef, ref: string): Promise<RuleSuiteInfo[]> {
  const operation = `rule suites of ${ref} in ${repo.owner}/${repo.repo}`;
  return listUntilShortPage({ client, route: LIST_RULE_SUITES, params: { ...repo, ref, time_period: 'month', rule_suite_result: 'all' }, operation, parse: parseRuleSuite, keyOf: (s) => String(s.id) });
}

function parseRuleSuite(item: Shape): RuleSuiteInfo {
  return {
    id: item.integer('id'),
    ref: item.string('ref'),
    afterSha: item.string('after_sha'),
    result: item.string('result'),
    actorName: item.optionalString('actor_name'),
  };
}
