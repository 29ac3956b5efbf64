import { describeThrown, hasErrorCode } from '@ringfence/core';
import type { ReasonCode } from '@ringfence/core';
import { GitHubError } from '@ringfence/github';
import { allWithin, approversOfHead, assessAuthorship, decide, errorVerdict, isMaintainer, resolveGuardTarget } from '@ringfence/guard';
import type { GuardVerdict, PrincipalFacts } from '@ringfence/guard';
import { GitHubBaseFileReader, PullRequestChangeSource, createGitHubClient, listCommitsBetween, listPullRequestCommits, listPullRequestsOfCommit, listReviews, readBranchTip, readPullRequest } from '@ringfence/github';
import type { GitHubClient, PullRequest, RepoRef } from '@ringfence/github';
import { withDiscoveredFiles } from '@ringfence/policy';
import type { GuardInputs } from '@ringfence/runner';
import { discoverExecutedFiles } from '@ringfence/guard';
import { FactGatherer } from './gather-facts.js';
import type { JudgedPullRequest } from './guard-evidence-text.js';
import { postGuardCheck } from './post-check.js';
import { readPolicies } from './read-policies.js';
import { checkSharedHead } from './shared-head-check.js';

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
  let judgedPull: JudgedPullRequest | undefined;
  let verdict: GuardVerdict;
  try {
    verdict = await judge(inputs, client, appClient ?? client, repo, (sha) => (judgedHead = sha), (pull) => (judgedPull = pull));
  } catch (error) {
    verdict = errorVerdict(reasonFor(error), describeThrown(error), { headSha: judgedHead });
  }
  const sharing = judgedPull && judgedHead ? { number: judgedPull.number, headSha: judgedHead } : undefined;
  if (sharing) verdict = await checkSharedHead(client, repo, sharing, verdict);
  // Only runs whose workflow the pull request cannot edit may post the enforcing check: a
  // pull_request or pull_request_review run of a same-repository branch uses that branch's
  // own copy of the workflow (with the secrets), which could set any mode or input.
  const enforcing = ['pull_request_target', 'workflow_dispatch', 'merge_group'].includes(context.eventName);
  if (!enforcing) notes.push(`This ${context.eventName} run is advisory: the enforcing ringfence/guard check is posted only from pull_request_target or workflow_dispatch runs on the default branch.`);
  if (appClient && judgedHead && enforcing) {
    await postGuardCheck(appClient, repo, judgedHead, verdict, inputs.mode, detailsUrl, judgedPull);
    // A pull request opened with this head after our first list may have had its own failure
    // posted before our success: list again now that ours is posted, and post a failure after
    // it if one appeared (or the list fails). One opened later sees this one in its own run.
    const recheck = sharing && verdict.outcome === 'allowed' && inputs.mode === 'enforce' ? await checkSharedHead(client, repo, sharing, verdict) : verdict;
    if (recheck !== verdict) {
      verdict = recheck;
      await withdrawSuccess(() => postGuardCheck(appClient, repo, judgedHead!, recheck, inputs.mode, detailsUrl, judgedPull));
    }
  }
  return { verdict, enforced: appClient !== undefined && judgedHead !== undefined && enforcing && inputs.mode === 'enforce', notes };
}

async function judge(inputs: GuardInputs, client: GitHubClient, teamClient: GitHubClient, repo: RepoRef, onHead: (sha: string) => void, onPull: (pull: JudgedPullRequest) => void): Promise<GuardVerdict> {
  const { context } = inputs;
  const target = resolveGuardTarget({ eventName: context.eventName, payload: context.event, repository: `${context.owner}/${context.repo}`, ref: inputs.ref, pullRequestInput: inputs.pullRequest });
  if (target.kind === 'unsupported') return errorVerdict('INPUT_ERROR', target.reason);
  if (target.kind === 'merge-group') return judgeMergeGroup(inputs, client, teamClient, repo, target, onHead);
  return judgePullRequest(inputs, client, teamClient, repo, target.number, onHead, onPull);
}

/**
 * A merge group is allowed only when every commit in it maps to a pull request and every
 * such pull request is allowed at its own head now; a commit that maps to none is blocked.
 */
async function judgeMergeGroup(inputs: GuardInputs, client: GitHubClient, teamClient: GitHubClient, repo: RepoRef, group: { baseSha: string; headSha: string }, onHead: (sha: string) => void): Promise<GuardVerdict> {
  onHead(group.headSha);
  const commits = await listCommitsBetween(client, repo, group.baseSha, group.headSha);
  const mapped = await Promise.all(commits.map(async (sha) => ({ sha, pulls: await listPullRequestsOfCommit(client, repo, sha) })));
  const unmapped = mapped.filter((m) => m.pulls.length === 0).map((m) => m.sha);
  const inputsOf = { headSha: group.headSha, baseSha: group.baseSha, commits: commits.length };
  if (unmapped.length > 0) return errorVerdict('CHANGESET_INCOMPLETE', `merge group commits that map to no pull request: ${unmapped.join(', ')}`, inputsOf);
  const numbers = [...new Set(mapped.flatMap((m) => m.pulls))].sort((a, b) => a - b);
  const verdicts = await Promise.all(numbers.map(async (n) => ({ n, verdict: await judgePullRequest(inputs, client, teamClient, repo, n, () => undefined) })));
  const reasons = verdicts.flatMap(({ n, verdict }) => verdict.reasons.map((r) => ({ ...r, message: `#${n}: ${r.message}` })));
  const first = verdicts[0]?.verdict;
  return {
    version: 1,
    control: 'guard',
    outcome: verdicts.every(({ verdict }) => verdict.outcome === 'allowed') && reasons.length === 0 ? 'allowed' : 'blocked',
    reasons,
    inputs: { ...inputsOf, pullRequests: verdicts.map(({ n, verdict }) => ({ number: n, headSha: verdict.inputs['headSha'], outcome: verdict.outcome })) },
    detail: { author: first?.detail.author ?? { login: 'merge queue', maintainer: false }, rings: verdicts.flatMap(({ verdict }) => verdict.detail.rings), openPaths: verdicts.reduce((sum, { verdict }) => sum + verdict.detail.openPaths, 0), warnings: verdicts.flatMap(({ verdict }) => verdict.detail.warnings) },
  };
}

async function judgePullRequest(inputs: GuardInputs, client: GitHubClient, teamClient: GitHubClient, repo: RepoRef, number: number, onHead: (sha: string) => void, onPull: (pull: JudgedPullRequest) => void = () => undefined): Promise<GuardVerdict> {
  const pr = await readPullRequest(client, repo, number);
  onHead(pr.head.sha);
  // The evidence line names the pull request and base judged: a check run is per commit, and the gate must not take another pull request's verdict.
  onPull({ number: pr.number, baseRef: pr.base.ref });
  const baseSha = await readBranchTip(client, repo, pr.base.ref);
  const [policies, discovery] = await Promise.all([readPolicies(client, repo, baseSha, inputs.orgPolicy), discoverExecutedFiles(new GitHubBaseFileReader(client, repo, baseSha))]);
  const changes = await new PullRequestChangeSource({ client, repo, pullNumber: pr.number }).listChanges({ base: baseSha, head: pr.head.sha });
  onHead(changes.headSha);
  const policy = { layers: policies.policy.layers.map((layer) => ({ ...layer, policy: withDiscoveredFiles(layer.policy, discovery.files) })) };
  const facts = new FactGatherer(client, teamClient, repo, policy);
  const [commits, reviews, authorFacts] = await Promise.all([listPullRequestCommits(client, repo, pr), listReviews(client, repo, pr.number), facts.factsOf(pr.author.login)]);
  const maintainer = async (login: string): Promise<boolean> => {
    const f = await facts.factsOf(login);
    return policy.layers.every((l) => isMaintainer(f, l.policy.trusted, (globs) => allWithin(changes.changes, globs)));
  };
  const people = [...new Set(commits.flatMap((c) => [c.authorLogin, c.committerLogin]).filter((l): l is string => l !== undefined && l !== 'web-flow'))];
  const maintainers = new Set((await Promise.all(people.map(async (l) => ((await maintainer(l)) ? l : undefined)))).filter((l) => l !== undefined));
  const authorship = assessAuthorship(commits, (login) => maintainers.has(login));
  const author: PrincipalFacts = authorship.soleMaintainerWork ? { ...authorFacts, isBot: authorFacts.isBot || pr.author.isBot } : { login: pr.author.login, teams: [], isBot: authorFacts.isBot || pr.author.isBot };
  const approvals = await Promise.all(approversOfHead(reviews, changes.headSha).map((login) => facts.factsOf(login)));
  await assertStillJudged(client, repo, pr, changes.headSha, commits.map((c) => c.sha));
  const warnings = [...discovery.warnings, ...facts.warnings];
  if (!authorship.soleMaintainerWork && authorship.reason && (await maintainer(pr.author.login))) warnings.push({ code: 'AUTHOR_NOT_SOLE', message: `judged as an external change: ${authorship.reason}` });
  return decide({ changes, policy, policySources: policies.sources, author, approvals, ineligibleApprovers: authorship.contributors, warnings, authorTrusted: authorship.soleMaintainerWork });
}

// Commits, reviews and roles were read after the change set: the pull request must still
// be the one judged (same head, same base branch), and its commits must end at that head.
async function assertStillJudged(client: GitHubClient, repo: RepoRef, first: PullRequest, headSha: string, commitShas: readonly string[]): Promise<void> {
  const now = await readPullRequest(client, repo, first.number);
  const operation = `pull request ${repo.owner}/${repo.repo}#${first.number}`;
  if (now.head.sha !== headSha || now.base.ref !== first.base.ref || !commitShas.includes(headSha)) {
    throw new GitHubError('GITHUB_PR_MOVED', `${operation}: expected head ${headSha} into ${first.base.ref} while it was judged, found head ${now.head.sha} into ${now.base.ref}; the run for the new state judges it`, { route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}', operation });
  }
}

function reasonFor(error: unknown): ReasonCode {
  if (hasErrorCode(error) && String(error.code).startsWith('POLICY_')) return 'POLICY_INVALID';
  if (hasErrorCode(error, 'GITHUB_PAGINATION_TRUNCATED', 'GITHUB_CHANGESET_INCOMPLETE', 'GITHUB_PR_MOVED', 'GITHUB_TOO_MANY_COMMITS')) return 'CHANGESET_INCOMPLETE';
  return 'INPUT_ERROR';
}

const WITHDRAW_ATTEMPTS = 3;

/**
 * Our own success is already on the commit: the failure that replaces it gets more than the
 * client's retries. If it still cannot be posted the step fails loudly, naming the commit, so
 * a maintainer re-runs the guard before anyone merges.
 */
async function withdrawSuccess(post: () => Promise<unknown>): Promise<void> {
  let last: unknown;
  for (let attempt = 1; attempt <= WITHDRAW_ATTEMPTS; attempt++) {
    try {
      await post();
      return;
    } catch (error) {
      last = error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
  throw new Error(`the success posted for this head could not be replaced by a failure after ${WITHDRAW_ATTEMPTS} attempts (${describeThrown(last)}); re-run the guard before merging`, { cause: last });
}
