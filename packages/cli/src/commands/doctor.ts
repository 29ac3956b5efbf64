import { UsageError } from '@ringfence/core';
import { REPORT_VERSION, diagnoseRepository, gatherFacts, organizationCache, unreadableRepository } from '@ringfence/doctor';
import type { DoctorExpectations, DoctorSource, OrganizationCache, RepositoryReport } from '@ringfence/doctor';
import { createDoctorSource, createGitHubClient, listOrganizationRepositories } from '@ringfence/github';
import type { GitHubClient, GitHubClientOptions } from '@ringfence/github';
import { parseCommandArgs } from '../args.js';
import { readDoctorEnvironment } from '../doctor/read-environment.js';
import { renderReport } from '../doctor/render-report.js';
import { CHECK_NAME } from '../init/templates.js';
import type { CommandResult, Io } from '../io.js';

export const DOCTOR_HELP = `Usage: ringfence doctor (--repository OWNER/NAME | --org ORG) [--guard-app-id ID] [--allow-warnings] [--json]

Checks through the GitHub API that a repository lets the guard do its job: the check
"${CHECK_NAME}" required on the default branch by an active ruleset targeting all branches,
pinned to the guard App's id; who may bypass it; a read-only default workflow token;
Actions unable to approve pull requests; fork pull request workflows waiting for approval;
the organisation's base permission below write; ringfence pinned by full commit SHA; the
guard job unconditional, unfiltered, on pull_request_target (opened, synchronize,
reopened, edited), read-only; the guard App's key only in the environment ringfence-guard,
which only the default branch deploys to (not a repository or organisation secret); no
pull_request_target run checking out the pull request's code (its local reusable
workflows and local composite actions included); least-privilege
workflow permissions. Each finding names the setting or file:line:column and the fix.
What cannot be read (a 403, a 404 that may hide a setting) is a finding, never a pass.

  --repository OWNER/NAME  one repository
  --org ORG                every repository of an organisation (archived ones are skipped)
  --guard-app-id ID        the guard App's id; without it, doctor cannot confirm the App the
                           check is pinned to, and that is an error (GUARD_APP_UNCONFIRMED)
  --allow-warnings         exit 0 when every finding is a warning (a named break-glass
                           bypass team, say); by default any finding exits 1
  --json                   one JSON document (for --org: one entry per repository)

Environment: GITHUB_TOKEN or GH_TOKEN (never printed), GITHUB_API_URL (GitHub Enterprise Server).
Exit status: 0 no finding (with --allow-warnings: no error), 1 a finding, 2 usage or runtime error.`;

const OPTIONS = { repository: { type: 'string' }, org: { type: 'string' }, 'guard-app-id': { type: 'string' }, 'allow-warnings': { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
const NAME = /^[A-Za-z0-9_.-]+$/u;
// Repositories checked at once for --org: each one is about a dozen reads.
const CONCURRENT_REPOSITORIES = 4;

/** How the command reaches GitHub; tests shorten the client's retry delays. */
export interface DoctorCommandOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly client?: Partial<GitHubClientOptions>;
}

export function createDoctorCommand(options: DoctorCommandOptions) {
  return async (args: readonly string[], io: Io): Promise<CommandResult> => {
    const { values } = parseCommandArgs('doctor', args, OPTIONS);
    if (values.help) {
      io.out(DOCTOR_HELP);
      return 0;
    }
    const target = readTarget(values.repository, values.org);
    const expected: DoctorExpectations = { checkName: CHECK_NAME, guardAppId: readAppId(values['guard-app-id']) };
    const { token, apiUrl } = readDoctorEnvironment(options.env);
    const client = createGitHubClient({ ...options.client, token, baseUrl: apiUrl });
    const source = createDoctorSource(client);
    const reports = target.kind === 'repository' ? [await diagnose(source, target.owner, target.repo, expected, organizationCache())] : await diagnoseOrganization(client, source, target.org, expected);
    // The contract: any finding fails, unless warnings are explicitly accepted.
    const failed = reports.some((r) => r.outcome === 'failed' || (values['allow-warnings'] !== true && r.findings.length > 0));
    if (values.json) io.out(JSON.stringify(target.kind === 'repository' ? { version: REPORT_VERSION, ...reports[0] } : { version: REPORT_VERSION, organization: target.org, outcome: failed ? 'failed' : 'ok', repositories: reports }, null, 2));
    else io.out([...reports.map(renderReport), ...(target.kind === 'org' ? [`${target.org}: ${reports.length} repositories, ${reports.filter((r) => r.outcome === 'failed').length} failed`] : [])].join('\n\n'));
    return failed ? 1 : 0;
  };
}

type Target = { kind: 'repository'; owner: string; repo: string } | { kind: 'org'; org: string };

function readTarget(repository: string | undefined, org: string | undefined): Target {
  if ((repository === undefined) === (org === undefined)) throw new UsageError('USAGE_MISSING_ARGUMENT', 'give exactly one of --repository OWNER/NAME or --org ORG (see `ringfence doctor --help`)');
  if (org !== undefined) {
    if (!NAME.test(org)) throw new UsageError('USAGE_INVALID_VALUE', `--org must be an organisation's login, not ${JSON.stringify(org)}`);
    return { kind: 'org', org };
  }
  const [owner, repo, ...rest] = repository!.split('/');
  if (!owner || !repo || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) throw new UsageError('USAGE_INVALID_VALUE', `--repository must be OWNER/NAME, e.g. acme/app, not ${JSON.stringify(repository)}`);
  return { kind: 'repository', owner, repo };
}

function readAppId(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,15}$/u.test(value)) throw new UsageError('USAGE_INVALID_VALUE', `--guard-app-id must be the App's numeric id (its settings page shows "App ID"), not ${JSON.stringify(value)}`);
  return Number(value);
}

async function diagnose(source: DoctorSource, owner: string, repo: string, expected: DoctorExpectations, organizations: OrganizationCache): Promise<RepositoryReport> {
  const { facts, reason } = await gatherFacts(source, { owner, repo }, organizations);
  return facts ? diagnoseRepository(facts, expected) : unreadableRepository(`${owner}/${repo}`, reason ?? 'unknown');
}

// A list that cannot be read completely is an error (exit 2), never a shorter clean report.
async function diagnoseOrganization(client: GitHubClient, source: DoctorSource, org: string, expected: DoctorExpectations): Promise<RepositoryReport[]> {
  const repositories = (await listOrganizationRepositories(client, org)).filter((r) => !r.archived);
  const organizations = organizationCache();
  const reports: RepositoryReport[] = new Array<RepositoryReport>(repositories.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < repositories.length; i = next++) reports[i] = await diagnose(source, repositories[i]!.owner, repositories[i]!.repo, expected, organizations);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_REPOSITORIES, repositories.length) }, worker));
  return reports;
}
