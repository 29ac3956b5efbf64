import { describeThrown, hasErrorCode } from '@ringfence/core';
import type { ReasonCode } from '@ringfence/core';
import { approversOfHead, assessAuthorship, decide, errorVerdict, isMaintainer, resolveGuardTarget } from '@ringfence/guard';
import type { GuardVerdict, PrincipalFacts } from '@ringfence/guard';
import { GitHubBaseFileReader, PullRequestChangeSource, createGitHubClient, listPullRequestCommits, listReviews, readBranchTip, readPullRequest } from '@ringfence/github';
import type { GitHubClient, RepoRef } from '@ringfence/github';
import { withDiscoveredFiles } from '@ringfence/policy';
import type { GuardInputs } from '@ringfence/runner';
import { discoverExecutedFiles } from '@ringfence/guard';
import { FactGatherer } from './gather-facts.js';
import { postGuardCheck } from './post-check.js';
import { readPolicies } from './read-policies.js';

export interface GuardOutcome {
  readonly verdict: GuardVerdict;
  readonly enforced: boolean;
  readonly notes: readonly string[];
}

const ADVISORY = 'No app-token was given: this result is advisory. A pull request can add a workflow with a job of the same name that succeeds; only a check run posted with an App token, required by the ruleset with that App id, enforces.';

/**
 * The guard action: judge the pull request the event names, at its current head, under
 * the policy at the current tip of its base branch, with reviews, roles and signatures
 * read from GitHub; post the verdict as the `ringfence/guard` check with the App token.
 * Any failure becomes an `error` verdict (never "allowed"), and is posted too.
 */
export async function runGuard(inputs: GuardInputs): Promise<GuardOutcome> {
  const { context } = inputs;
  const repo: RepoRef = { owner: context.owner, repo: context.repo };
  const client = createGitHubClient({ token: inputs.githubToken, baseUrl: context.apiUrl });
  const appClient = inputs.appToken === undefined ? undefined : createGitHubClient({ token: inputs.appToken, baseUrl: context.apiUrl });
  const notes = appClient ? [] : [ADVISORY];
  const detailsUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
  let judgedHead: string | undefined;
  let verdict: GuardVerdict;
  try {
    verdict = await judge(inputs, client, appClient ?? client, repo, (sha) => (judgedHead = sha));
  } catch (error) {
    verdict = errorVerdict(reasonFor(error), describeThrown(error), { headSha: judgedHead });
  }
  if (appClient && judgedHead) await postGuardCheck(appClient, repo, judgedHead, verdict, inputs.mode, detailsUrl);
  return { verdict, enforced: appClient !== undefined && judgedHead !== undefined, notes };
}

async function judge(inputs: GuardInputs, client: GitHubClient, teamClient: GitHubClient, repo: RepoRef, onHead: (sha: string) => void): Promise<GuardVerdict> {
  const { context } = inputs;
  const target = resolveGuardTarget({ eventName: context.eventName, payload: context.event, repository: `${context.owner}/${context.repo}`, ref: inputs.ref, pullRequestInput: inputs.pullRequest });
  if (target.kind === 'unsupported') return errorVerdict('INPUT_ERROR', target.reason);
  if (target.kind === 'merge-group') return errorVerdict('INPUT_ERROR', 'merge_group runs are not judged yet: require the guard on pull requests with up-to-date branches instead');
  const pr = await readPullRequest(client, repo, target.number);
  onHead(pr.head.sha);
  const baseSha = await readBranchTip(client, repo, pr.base.ref);
  const [policies, discovery] = await Promise.all([readPolicies(client, repo, baseSha, inputs.orgPolicy), discoverExecutedFiles(new GitHubBaseFileReader(client, repo, baseSha))]);
  const changes = await new PullRequestChangeSource({ client, repo, pullNumber: pr.number }).listChanges({ base: baseSha, head: pr.head.sha });
  onHead(changes.headSha);
  const policy = { layers: policies.policy.layers.map((layer) => (layer.name === 'repository' ? { ...layer, policy: withDiscoveredFiles(layer.policy, discovery.files) } : layer)) };
  const facts = new FactGatherer(client, teamClient, repo, policy);
  const [commits, reviews, authorFacts] = await Promise.all([listPullRequestCommits(client, repo, pr), listReviews(client, repo, pr.number), facts.factsOf(pr.author.login)]);
  const maintainer = async (login: string): Promise<boolean> => {
    const f = await facts.factsOf(login);
    return policy.layers.every((l) => isMaintainer(f, l.policy.trusted, () => true));
  };
  const commitAuthors = [...new Set(commits.map((c) => c.authorLogin).filter((l): l is string => l !== undefined))];
  const maintainers = new Set((await Promise.all(commitAuthors.map(async (l) => ((await maintainer(l)) ? l : undefined)))).filter((l) => l !== undefined));
  const authorship = assessAuthorship(commits, (login) => maintainers.has(login));
  const author: PrincipalFacts = authorship.soleMaintainerWork ? { ...authorFacts, isBot: authorFacts.isBot || pr.author.isBot } : { login: pr.author.login, teams: [], isBot: authorFacts.isBot || pr.author.isBot };
  const approvals = await Promise.all(approversOfHead(reviews, changes.headSha).map((login) => facts.factsOf(login)));
  const warnings = [...discovery.warnings, ...facts.warnings];
  if (!authorship.soleMaintainerWork && authorship.reason && (await maintainer(pr.author.login))) warnings.push({ code: 'AUTHOR_NOT_SOLE', message: `judged as an external change: ${authorship.reason}` });
  return decide({ changes, policy, policySources: policies.sources, author, approvals, ineligibleApprovers: authorship.contributors, warnings });
}

function reasonFor(error: unknown): ReasonCode {
  if (hasErrorCode(error) && String(error.code).startsWith('POLICY_')) return 'POLICY_INVALID';
  if (hasErrorCode(error, 'GITHUB_PAGINATION_TRUNCATED', 'GITHUB_CHANGESET_INCOMPLETE', 'GITHUB_PR_MOVED', 'GITHUB_TOO_MANY_COMMITS')) return 'CHANGESET_INCOMPLETE';
  return 'INPUT_ERROR';
}
