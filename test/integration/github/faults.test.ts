import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { GitHubClient, GitHubErrorCode } from '@ringfence/github';
import {
  GitHubBaseFileReader,
  GitHubError,
  listBranchRules,
  listPullRequestCommits,
  listReviews,
  postCheckRun,
  postCommitStatus,
  PullRequestChangeSource,
  readBranchTip,
  readCollaboratorPermission,
  readFileAtRef,
  readTeamMembership,
  readTree,
  routes,
} from '@ringfence/github';
import type { ChangeSet } from '@ringfence/guard';
import type { Fault, FaultKind, PullRequestScenario } from '../../servers/fake-github/index.js';
import { FAULT_KINDS, pullRequestScenario, startFakeGitHub } from '../../servers/fake-github/index.js';
import { ACME, clientFor, touchedPaths } from './support.js';

/*
 * Every injected fault ends in a typed GitHubError naming the failing route, or, where a
 * retry or the complete source recovers, in the complete and correct answer: never a
 * partial answer as if complete. Rows: call × where the fault strikes × kind × once/always.
 */

/** Where a fault strikes, and what kind of list (if any) that request reads. */
interface Strike {
  readonly label: string;
  readonly route: string;
  readonly nth?: number;
  readonly page?: number;
  /** files: falls back to the tree diff; known: total known; unknown: read to a short page; last/single: its last or only page. */
  readonly list?: 'files' | 'known' | 'unknown' | 'unknown-last' | 'unknown-single';
}

interface Call {
  readonly name: string;
  readonly strikes: readonly Strike[];
  readonly run: (client: GitHubClient, s: PullRequestScenario) => Promise<unknown>;
  /** What must be equal between a recovered answer and the clean one. */
  readonly normalize?: (result: unknown) => unknown;
  /** The right answer when the fault is a 404 that means "absent". */
  readonly notFoundAnswer?: unknown;
}

const scenario = () => pullRequestScenario({ files: 250, commits: 120, reviews: 150 });
const annotations = Array.from({ length: 120 }, (_, i) => ({ path: `src/f${i}.ts`, startLine: 1, endLine: 1, level: 'failure' as const, message: `needs approval ${i}` }));

const CALLS: readonly Call[] = [
  {
    name: 'listChanges',
    run: (client, s) => new PullRequestChangeSource({ client, repo: ACME, pullNumber: 7 }).listChanges({ base: 'main', head: s.head }),
    normalize: (r) => touchedPaths(r as ChangeSet),
    strikes: [
      { label: 'the first read of the pull request', route: routes.GET_PULL_REQUEST, nth: 1 },
      { label: 'the re-read of the pull request', route: routes.GET_PULL_REQUEST, nth: 2 },
      { label: 'the first files page', route: routes.LIST_PR_FILES, page: 1, list: 'files' },
      { label: 'a middle files page', route: routes.LIST_PR_FILES, page: 2, list: 'files' },
      { label: 'the last files page', route: routes.LIST_PR_FILES, page: 3, list: 'files' },
      { label: 'the merge base', route: routes.COMPARE_COMMITS },
      { label: 'the first tree', route: routes.GET_GIT_TREE, nth: 1 },
      { label: 'the last tree', route: routes.GET_GIT_TREE, nth: 3 },
      { label: 'a symlink blob', route: routes.GET_GIT_BLOB, nth: 2 },
    ],
  },
  {
    name: 'listPullRequestCommits',
    run: (client) => listPullRequestCommits(client, ACME, { number: 7, commitCount: 120 }),
    strikes: [
      { label: 'the first page', route: routes.LIST_PR_COMMITS, page: 1, list: 'known' },
      { label: 'the last page', route: routes.LIST_PR_COMMITS, page: 2, list: 'known' },
    ],
  },
  {
    name: 'listReviews',
    run: (client) => listReviews(client, ACME, 7),
    strikes: [
      { label: 'the first page', route: routes.LIST_PR_REVIEWS, page: 1, list: 'unknown' },
      { label: 'the last page', route: routes.LIST_PR_REVIEWS, page: 2, list: 'unknown-last' },
    ],
  },
  { name: 'readCollaboratorPermission', run: (client) => readCollaboratorPermission(client, ACME, 'contributor'), strikes: [{ label: 'the permission', route: routes.GET_COLLABORATOR_PERMISSION }] },
  { name: 'readTeamMembership', run: (client) => readTeamMembership(client, 'acme', 'core', 'alice'), notFoundAnswer: { member: false, state: 'absent', role: undefined }, strikes: [{ label: 'the membership', route: routes.GET_TEAM_MEMBERSHIP }] },
  { name: 'readFileAtRef', run: (client, s) => readFileAtRef(client, ACME, s.base, '.github/workflows/ci.yml'), notFoundAnswer: undefined, strikes: [{ label: 'the contents', route: routes.GET_CONTENT }] },
  {
    name: 'GitHubBaseFileReader.readFile',
    run: (client, s) => new GitHubBaseFileReader(client, ACME, s.base).readFile('.github/workflows/ci.yml'),
    strikes: [
      { label: 'the root tree', route: routes.GET_GIT_TREE, nth: 1 },
      { label: 'a directory tree', route: routes.GET_GIT_TREE, nth: 3 },
      { label: 'the blob', route: routes.GET_GIT_BLOB },
    ],
  },
  { name: 'readTree', run: (client, s) => readTree(client, ACME, s.head, true), strikes: [{ label: 'the tree', route: routes.GET_GIT_TREE }] },
  { name: 'listBranchRules', run: (client) => listBranchRules(client, ACME, 'main'), strikes: [{ label: 'the only page', route: routes.GET_BRANCH_RULES, page: 1, list: 'unknown-single' }] },
  { name: 'readBranchTip', run: (client) => readBranchTip(client, ACME, 'main'), strikes: [{ label: 'the branch', route: routes.GET_BRANCH }] },
  {
    name: 'postCheckRun',
    run: (client, s) => postCheckRun(client, ACME, { name: 'ringfence / guard', headSha: s.head, conclusion: 'failure', title: 'blocked', summary: 'needs approval', annotations }),
    // A retried create may create a second run: any id is right, the batches must all land.
    normalize: (id) => typeof id,
    strikes: [
      { label: 'the create', route: routes.CREATE_CHECK_RUN },
      { label: 'an annotations update', route: routes.UPDATE_CHECK_RUN, nth: 1 },
      { label: 'the last annotations update', route: routes.UPDATE_CHECK_RUN, nth: 2 },
    ],
  },
  { name: 'postCommitStatus', run: (client, s) => postCommitStatus(client, ACME, { sha: s.head, state: 'failure', context: 'ringfence / guard', description: 'blocked' }), strikes: [{ label: 'the status', route: routes.CREATE_COMMIT_STATUS }] },
];

const RETRIED = new Set<FaultKind>(['server-error', 'bad-gateway', 'unavailable', 'secondary-rate-limit', 'too-many-requests', 'rate-limit-reset-soon', 'hang']);
const PAGE_KINDS = new Set<FaultKind>(['truncated-page', 'repeated-page', 'missing-next-link']);
const CODE: Record<FaultKind, GitHubErrorCode> = {
  'server-error': 'GITHUB_HTTP_ERROR',
  'bad-gateway': 'GITHUB_HTTP_ERROR',
  unavailable: 'GITHUB_HTTP_ERROR',
  'secondary-rate-limit': 'GITHUB_RATE_LIMITED',
  'too-many-requests': 'GITHUB_RATE_LIMITED',
  'rate-limit-reset-soon': 'GITHUB_RATE_LIMITED',
  'rate-limit-exhausted': 'GITHUB_RATE_LIMITED',
  'not-found': 'GITHUB_NOT_FOUND',
  unauthorized: 'GITHUB_UNAUTHORIZED',
  forbidden: 'GITHUB_FORBIDDEN',
  'not-json': 'GITHUB_BAD_RESPONSE',
  'wrong-content-type': 'GITHUB_BAD_RESPONSE',
  'empty-body': 'GITHUB_BAD_RESPONSE',
  'too-large': 'GITHUB_RESPONSE_TOO_LARGE',
  hang: 'GITHUB_TIMEOUT',
  'truncated-page': 'GITHUB_PAGINATION_TRUNCATED',
  'repeated-page': 'GITHUB_PAGINATION_TRUNCATED',
  'missing-next-link': 'GITHUB_PAGINATION_TRUNCATED',
};

/** Which kinds apply where: page faults only to lists, and only where a client can tell. */
function kindsFor(strike: Strike): FaultKind[] {
  return FAULT_KINDS.filter((kind) => {
    if (!PAGE_KINDS.has(kind)) return true;
    if (strike.list === undefined) return false;
    // Without a total, a shorter last (or only) page is indistinguishable from a shorter list.
    if (strike.list === 'unknown-last' && kind === 'truncated-page') return false;
    if (strike.list === 'unknown-single') return kind === 'missing-next-link';
    return true;
  });
}

type Expect = { recovers: true } | { code: GitHubErrorCode } | { answer: unknown };

function expectationOf(call: Call, strike: Strike, kind: FaultKind, always: boolean): Expect {
  if (kind === 'not-found' && 'notFoundAnswer' in call) return { answer: call.notFoundAnswer };
  if (RETRIED.has(kind)) return always ? { code: CODE[kind] } : { recovers: true };
  if (kind === 'missing-next-link') return { recovers: true };
  // A files list that does not add up is replaced by the tree diff: still complete.
  if (PAGE_KINDS.has(kind) && strike.list === 'files') return { recovers: true };
  return { code: CODE[kind] };
}

interface Row {
  readonly title: string;
  readonly call: Call;
  readonly fault: Fault;
  readonly expected: Expect;
}

const ROWS: Row[] = CALLS.flatMap((call) =>
  call.strikes.flatMap((strike) =>
    kindsFor(strike).flatMap((kind) =>
      // Faults a retry cannot outlast are the same once or always: one row each.
      (RETRIED.has(kind) || PAGE_KINDS.has(kind) ? [false, true] : [false]).map((always): Row => ({
        title: `${call.name}: ${kind} ${always ? 'on every try at' : 'once at'} ${strike.label}`,
        call,
        fault: { route: strike.route, kind, ...(strike.nth !== undefined ? { nth: strike.nth } : {}), ...(strike.page !== undefined ? { page: strike.page } : {}), times: always ? Number.POSITIVE_INFINITY : 1 },
        expected: expectationOf(call, strike, kind, always),
      })),
    ),
  ),
);

const clean = new Map<string, unknown>();
beforeAll(async () => {
  for (const call of CALLS) {
    const s = scenario();
    s.scenario.team('acme', 'core', { alice: {} });
    const server = await startFakeGitHub({ scenario: s.scenario });
    const result = await call.run(clientFor(server), s);
    server.assertNoSchemaViolations();
    await server.close();
    clean.set(call.name, call.normalize ? call.normalize(result) : result);
  }
});

afterAll(() => {
  // The table must stay large enough to mean something.
  expect(ROWS.length).toBeGreaterThanOrEqual(200);
});

test.concurrent.each(ROWS.map((row) => [row.title, row] as const))('%s', async (_title, row) => {
  const s = scenario();
  s.scenario.team('acme', 'core', { alice: {} });
  const server = await startFakeGitHub({ scenario: s.scenario, faults: [row.fault] });
  try {
    // A short deadline where the fault is silence (fast rows); elsewhere a slow machine must not look like one.
    const client = clientFor(server, { timeoutMs: row.fault.kind === 'hang' ? 250 : 3000 });
    const outcome = await row.call.run(client, s).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    server.assertNoSchemaViolations();
    expect(server.requests.some((r) => r.fault === row.fault.kind)).toBe(true);
    if ('code' in row.expected) {
      expect('error' in outcome ? outcome.error : outcome).toBeInstanceOf(GitHubError);
      const error = (outcome as { error: GitHubError }).error;
      expect({ code: error.code, route: error.route }).toEqual({ code: row.expected.code, route: row.fault.route });
      expect(error.message).toContain(row.fault.route);
      expect(error.operation).toBeTruthy();
    } else {
      if ('error' in outcome) throw outcome.error;
      const expected = 'answer' in row.expected ? row.expected.answer : clean.get(row.call.name);
      expect(row.call.normalize && !('answer' in row.expected) ? row.call.normalize(outcome.value) : outcome.value).toEqual(expected);
    }
  } finally {
    await server.close();
  }
});
