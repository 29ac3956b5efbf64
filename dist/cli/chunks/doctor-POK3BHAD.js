import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  createDoctorSource,
  createGitHubClient,
  listOrganizationRepositories
} from "./chunk-IT2NSH72.js";
import "./chunk-J5BA2H5W.js";
import "./chunk-MKFNT44I.js";
import {
  CHECK_NAME,
  REPORT_VERSION,
  diagnoseRepository,
  gatherFacts,
  organizationCache,
  unreadableRepository
} from "./chunk-HCEQRAYV.js";
import "./chunk-S4HC5JSW.js";
import "./chunk-ICJULKRC.js";
import {
  parseCommandArgs
} from "./chunk-FE5G7FUW.js";
import "./chunk-MLYKWJD5.js";
import {
  UsageError,
  escapeUntrusted
} from "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/doctor/read-environment.ts
function readDoctorEnvironment(env) {
  const token = [env["GITHUB_TOKEN"], env["GH_TOKEN"]].find((value) => value !== void 0 && value.trim() !== "");
  if (token === void 0) throw new UsageError("USAGE_MISSING_ARGUMENT", "doctor reads settings through the GitHub API: set GITHUB_TOKEN or GH_TOKEN to a token that can read the repository (and, for the organisation base permission and bypass actors, an owner's or admin's token)");
  const apiUrl = env["GITHUB_API_URL"]?.trim() || "https://api.github.com";
  if (!/^https?:\/\/[^\s/]+/u.test(apiUrl)) throw new UsageError("USAGE_INVALID_VALUE", `GITHUB_API_URL must be the REST API root, e.g. https://api.github.com or https://HOST/api/v3, not ${JSON.stringify(apiUrl)}`);
  return { token: token.trim(), apiUrl };
}

// packages/cli/src/doctor/render-report.ts
function renderReport(report) {
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.length - errors;
  const branch = report.defaultBranch !== void 0 ? ` (default branch ${escapeUntrusted(report.defaultBranch)})` : "";
  const counts = report.findings.length === 0 ? "no findings" : `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  return [`${escapeUntrusted(report.repository)}${branch}: ${report.outcome === "ok" ? "OK" : "FAILED"}, ${counts}`, ...report.findings.flatMap(renderFinding)].join("\n");
}
function renderFinding(f) {
  const where = f.file !== void 0 ? ` ${escapeUntrusted(f.file)}${f.line !== void 0 ? `:${f.line}` : ""}${f.column !== void 0 ? `:${f.column}` : ""}` : "";
  return [`  ${f.severity} ${f.code}${where}: ${escapeUntrusted(f.message)}`, `    fix: ${escapeUntrusted(f.fix)}`];
}

// packages/cli/src/commands/doctor.ts
var DOCTOR_HELP = `Usage: ringfence doctor (--repository OWNER/NAME | --org ORG) [--guard-app-id ID] [--allow-warnings] [--json]

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
var OPTIONS = { repository: { type: "string" }, org: { type: "string" }, "guard-app-id": { type: "string" }, "allow-warnings": { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } };
var NAME = /^[A-Za-z0-9_.-]+$/u;
var CONCURRENT_REPOSITORIES = 4;
function createDoctorCommand(options) {
  return async (args, io) => {
    const { values } = parseCommandArgs("doctor", args, OPTIONS);
    if (values.help) {
      io.out(DOCTOR_HELP);
      return 0;
    }
    const target = readTarget(values.repository, values.org);
    const expected = { checkName: CHECK_NAME, guardAppId: readAppId(values["guard-app-id"]) };
    const { token, apiUrl } = readDoctorEnvironment(options.env);
    const client = createGitHubClient({ ...options.client, token, baseUrl: apiUrl });
    const source = createDoctorSource(client);
    const reports = target.kind === "repository" ? [await diagnose(source, target.owner, target.repo, expected, organizationCache())] : await diagnoseOrganization(client, source, target.org, expected);
    const failed = reports.some((r) => r.outcome === "failed" || values["allow-warnings"] !== true && r.findings.length > 0);
    if (values.json) io.out(JSON.stringify(target.kind === "repository" ? { version: REPORT_VERSION, ...reports[0] } : { version: REPORT_VERSION, organization: target.org, outcome: failed ? "failed" : "ok", repositories: reports }, null, 2));
    else io.out([...reports.map(renderReport), ...target.kind === "org" ? [`${target.org}: ${reports.length} repositories, ${reports.filter((r) => r.outcome === "failed").length} failed`] : []].join("\n\n"));
    return failed ? 1 : 0;
  };
}
function readTarget(repository, org) {
  if (repository === void 0 === (org === void 0)) throw new UsageError("USAGE_MISSING_ARGUMENT", "give exactly one of --repository OWNER/NAME or --org ORG (see `ringfence doctor --help`)");
  if (org !== void 0) {
    if (!NAME.test(org)) throw new UsageError("USAGE_INVALID_VALUE", `--org must be an organisation's login, not ${JSON.stringify(org)}`);
    return { kind: "org", org };
  }
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) throw new UsageError("USAGE_INVALID_VALUE", `--repository must be OWNER/NAME, e.g. acme/app, not ${JSON.stringify(repository)}`);
  return { kind: "repository", owner, repo };
}
function readAppId(value) {
  if (value === void 0) return void 0;
  if (!/^[1-9]\d{0,15}$/u.test(value)) throw new UsageError("USAGE_INVALID_VALUE", `--guard-app-id must be the App's numeric id (its settings page shows "App ID"), not ${JSON.stringify(value)}`);
  return Number(value);
}
async function diagnose(source, owner, repo, expected, organizations) {
  const { facts, reason } = await gatherFacts(source, { owner, repo }, organizations);
  return facts ? diagnoseRepository(facts, expected) : unreadableRepository(`${owner}/${repo}`, reason ?? "unknown");
}
async function diagnoseOrganization(client, source, org, expected) {
  const repositories = (await listOrganizationRepositories(client, org)).filter((r) => !r.archived);
  const organizations = organizationCache();
  const reports = new Array(repositories.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < repositories.length; i = next++) reports[i] = await diagnose(source, repositories[i].owner, repositories[i].repo, expected, organizations);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_REPOSITORIES, repositories.length) }, worker));
  return reports;
}
export {
  DOCTOR_HELP,
  createDoctorCommand
};
