import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  parseAction,
  parseLocatedYaml,
  parseWorkflow,
  triggersOf
} from "./chunk-S4HC5JSW.js";
import {
  describeThrown,
  redactSecrets
} from "./chunk-K2QZ4W74.js";

// packages/doctor/src/guard-names.ts
var GUARD_ENVIRONMENT = "ringfence-guard";
var GUARD_KEY_SECRET = "RINGFENCE_GUARD_APP_KEY";

// packages/doctor/src/finding.ts
function finding(code, severity, message, fix, where = {}) {
  return {
    code,
    severity,
    message,
    ...where.file !== void 0 && { file: where.file },
    ...where.line !== void 0 && where.line > 0 && { line: where.line },
    ...where.column !== void 0 && where.column > 0 && { column: where.column },
    fix
  };
}

// packages/doctor/src/check-actions-settings.ts
var SETTINGS = "Settings > Actions > General";
function checkActionsSettings(facts) {
  return [...checkWorkflowToken(facts), ...checkForkApproval(facts)];
}
function checkWorkflowToken(facts) {
  const token = facts.workflowToken;
  if (!token.known) return [finding("WORKFLOW_TOKEN_SETTINGS_UNREADABLE", "error", `the default workflow token settings could not be read: ${token.reason}`, "run doctor with a token that has administration read access (or a classic token with repo scope)")];
  const found = [];
  if (token.value.defaultPermissions !== "read") {
    found.push(finding("DEFAULT_TOKEN_WRITE", "error", `the default GITHUB_TOKEN has ${token.value.defaultPermissions} permissions: every workflow without a permissions block can write to the repository`, `${SETTINGS} > Workflow permissions: "Read repository contents and packages permissions" (PUT /repos/{owner}/{repo}/actions/permissions/workflow {"default_workflow_permissions":"read"})`));
  }
  if (token.value.canApprovePullRequestReviews) {
    found.push(finding("ACTIONS_CAN_APPROVE", "error", "GitHub Actions may create and approve pull requests: a workflow can approve a pull request as github-actions[bot]", `${SETTINGS} > Workflow permissions: clear "Allow GitHub Actions to create and approve pull requests" ({"can_approve_pull_request_reviews":false})`));
  }
  return found;
}
function checkForkApproval(facts) {
  const fork = facts.forkApproval;
  if (!fork.known) return [finding("FORK_APPROVAL_UNREADABLE", "error", `the approval policy for fork pull request workflows could not be read: ${fork.reason}`, "run doctor with a token that has administration read access (or a classic token with repo scope)")];
  const v = fork.value;
  if (v.kind === "public") {
    if (v.approvalPolicy === "all_external_contributors") return [];
    return [finding("FORK_RUNS_WITHOUT_APPROVAL", "error", `workflow runs from fork pull requests need approval only for ${v.approvalPolicy.replace(/_/gu, " ")}: an outside contributor who has contributed once runs workflows unreviewed`, `${SETTINGS} > Approval for running fork pull request workflows from contributors: "Require approval for all external contributors" ({"approval_policy":"all_external_contributors"})`)];
  }
  const problems = [v.runWorkflows && !v.requireApproval && "run without approval", v.runWorkflows && v.sendWriteTokens && "get write tokens", v.runWorkflows && v.sendSecrets && "get secrets"].filter((p) => typeof p === "string");
  if (problems.length === 0) return [];
  return [finding("FORK_RUNS_WITHOUT_APPROVAL", "error", `workflows from fork pull requests ${problems.join(", ")} in this private repository`, `${SETTINGS} > Fork pull request workflows in private repositories: require approval, and do not send write tokens or secrets`)];
}

// packages/doctor/src/check-guard-key-storage.ts
var KEEP_IN_ENVIRONMENT = `keep the guard App's key only as the secret ${GUARD_KEY_SECRET} of the environment ${GUARD_ENVIRONMENT}`;
var LIMIT_FIX = `Settings > Environments > ${GUARD_ENVIRONMENT} > Deployment branches: "Selected branches", one rule of type branch naming the default branch (the API: deployment_branch_policy { protected_branches: false, custom_branch_policies: true })`;
function checkGuardKeyStorage(facts) {
  return [...checkRepositorySecret(facts), ...checkOrganizationSecret(facts), ...checkEnvironment(facts)];
}
function checkRepositorySecret(facts) {
  const names = facts.repositorySecretNames;
  if (!names.known) return [finding("GUARD_KEY_SECRETS_UNREADABLE", "error", `the repository's Actions secret names could not be read, so doctor cannot tell whether ${GUARD_KEY_SECRET} is a repository secret: ${names.reason}`, "run doctor with a token that can read the repository's secrets (repository admin, or secrets: read)")];
  if (!names.value.some(isKeySecret)) return [];
  return [finding("GUARD_KEY_REPOSITORY_SECRET", "error", `${GUARD_KEY_SECRET} is a repository secret of ${facts.repository}: a workflow pushed to any branch can read the guard App's key and post verdicts of its own`, `delete the repository secret (gh secret delete ${GUARD_KEY_SECRET} --repo ${facts.repository}) and ${KEEP_IN_ENVIRONMENT}`)];
}
function checkOrganizationSecret(facts) {
  const shared = facts.sharedOrganizationSecretNames;
  const all = facts.organizationSecretNames;
  if (shared === void 0 || all === void 0) return [];
  const org = facts.repository.split("/")[0];
  const fix = `delete the organisation secret (gh secret delete ${GUARD_KEY_SECRET} --org ${org}); narrowing the repositories it is shared with is not enough, since the key mints tokens for every installation of the App. ${KEEP_IN_ENVIRONMENT} of each repository`;
  const found = [];
  if (!shared.known) found.push(finding("GUARD_KEY_SHARED_SECRETS_UNREADABLE", "error", `the names of the organisation secrets shared with ${facts.repository} could not be read, so doctor cannot tell whether ${GUARD_KEY_SECRET} is one of them: ${shared.reason}`, "run doctor with a token that can read the repository's secrets (repository admin, or secrets: read)"));
  else if (shared.value.some(isKeySecret)) return [finding("GUARD_KEY_ORG_SECRET", "error", `${GUARD_KEY_SECRET} is an organisation secret of ${org} shared with ${facts.repository}: a workflow pushed to any branch of it can read the guard App's key and post verdicts of its own`, fix)];
  if (!all.known) return [...found, finding("GUARD_KEY_ORG_SECRETS_UNREADABLE", "warning", `the organisation's Actions secret names could not be read, so doctor could not check whether ${GUARD_KEY_SECRET} is an organisation secret shared with other repositories: ${all.reason}`, `run doctor as an organisation admin, or check Organization settings > Secrets and variables > Actions for ${GUARD_KEY_SECRET}`)];
  if (all.value.some(isKeySecret)) found.push(finding("GUARD_KEY_ORG_SECRET", "error", `${GUARD_KEY_SECRET} is an organisation secret of ${org}: the workflows of the repositories it is shared with, on any branch, can read the guard App's key, and it mints tokens for every installation of the App, ${facts.repository}'s included`, fix));
  return found;
}
function checkEnvironment(facts) {
  const environment = facts.guardEnvironment;
  if (!environment.known) return [finding("GUARD_ENVIRONMENT_UNREADABLE", "error", `the environment ${GUARD_ENVIRONMENT} or its deployment branches could not be read: ${environment.reason}`, `run doctor with a token that can read the repository's environments; ${LIMIT_FIX}`)];
  if (environment.value === void 0) return [finding("GUARD_ENVIRONMENT_MISSING", "error", `the environment ${GUARD_ENVIRONMENT} does not exist: GitHub creates it unprotected when a workflow first names it, so any branch can deploy to it`, `create it (ringfence init prints the commands), ${LIMIT_FIX}, and store ${GUARD_KEY_SECRET} there`)];
  const problem = describeBranchProblem(environment.value, facts.defaultBranch);
  if (problem === void 0) return [];
  return [finding("GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH", "error", `the environment ${GUARD_ENVIRONMENT} ${problem}: a workflow on another branch can run in it and read ${GUARD_KEY_SECRET}`, LIMIT_FIX)];
}
function describeBranchProblem(environment, defaultBranch) {
  const policy = environment.branchPolicy;
  if (policy === null) return "lets every branch deploy (no deployment branch policy)";
  if (policy.protectedBranches) return "lets every protected branch deploy, not only the default branch";
  if (!policy.customBranchPolicies) return "has no custom deployment branch policy";
  const rules = environment.customPolicies;
  const only = rules.length === 1 && rules[0].type === "branch" && rules[0].name === defaultBranch;
  if (only) return void 0;
  const listed = rules.length === 0 ? "no branch at all" : rules.map((r) => `${r.type} ${JSON.stringify(r.name)}`).join(", ");
  return `lets ${listed} deploy, where exactly the default branch (branch "${defaultBranch}") is wanted`;
}
function isKeySecret(name) {
  return name.toUpperCase() === GUARD_KEY_SECRET;
}

// packages/doctor/src/check-organization.ts
var BELOW_WRITE = /* @__PURE__ */ new Set(["none", "read"]);
function checkOrganization(facts) {
  const org = facts.organization;
  if (org === void 0) return [];
  const fix = 'Organization settings > Member privileges > Base permissions: "Read" or "No permission"';
  if (!org.known) return [finding("ORG_BASE_PERMISSION_UNREADABLE", "error", `the organisation's base permission could not be read: ${org.reason}`, `run doctor as an organisation owner (or with a token that has organisation administration read); ${fix}`)];
  const base = org.value.baseRepositoryPermission;
  if (base === void 0) return [finding("ORG_BASE_PERMISSION_UNREADABLE", "error", `GitHub did not show ${org.value.login}'s base permission (only organisation owners see it)`, `run doctor as an organisation owner; ${fix}`)];
  if (BELOW_WRITE.has(base)) return [];
  return [finding("ORG_BASE_PERMISSION_WRITE", "error", `${org.value.login}'s base permission is ${base}: every member counts as a maintainer of every repository`, fix)];
}

// packages/doctor/src/check-required-guard.ts
var GITHUB_ACTIONS_APP_ID = 15368;
function checkRequiredGuard(facts, expected) {
  if (!facts.requiredChecksInForce.known) {
    return [finding("RULES_UNREADABLE", "error", `the rules in force on ${facts.defaultBranch} could not be read: ${facts.requiredChecksInForce.reason}`, "give the token metadata read access to the repository (any token that can see it)")];
  }
  const requirements = facts.requiredChecksInForce.value.flatMap((rule) => rule.checks.filter((c) => c.context === expected.checkName).map((c) => ({ rulesetId: rule.rulesetId, source: rule.source, appId: c.appId })));
  if (requirements.length === 0) return [notRequired(facts, expected)];
  const pinned = requirements.filter((r) => isGuardApp(r.appId, expected));
  if (pinned.length === 0) return requirements.map((r) => weakRequirement(r, expected));
  return [...confirmApp(pinned, expected), ...checkAllBranches(facts, pinned, expected)];
}
function isGuardApp(appId, expected) {
  if (appId === void 0 || appId <= 0 || appId === GITHUB_ACTIONS_APP_ID) return false;
  return expected.guardAppId === void 0 || appId === expected.guardAppId;
}
var RULESET_FIX = (expected) => `apply the ruleset \`ringfence init${expected.guardAppId !== void 0 ? ` --app-id ${expected.guardAppId}` : ""}\` prints: enforcement active, all branches (~ALL), required check "${expected.checkName}" with integration_id set to the guard App's id`;
function notRequired(facts, expected) {
  return finding("GUARD_NOT_REQUIRED", "error", `no active rule requires the check "${expected.checkName}" on ${facts.defaultBranch}; ${describeLegacy(facts.legacyProtection, expected)}`, RULESET_FIX(expected));
}
function describeLegacy(legacy, expected) {
  if (!legacy.known) return `legacy branch protection could not be read either (${legacy.reason})`;
  const value = legacy.value;
  if (value.state === "absent-or-unreadable") return "legacy branch protection answered 404: it is absent, or the token may not read it (that needs admin access)";
  const check = value.requiredChecks.find((c) => c.context === expected.checkName);
  return check ? `legacy branch protection requires it ${check.appId === void 0 ? "without an app id" : `from app ${check.appId}`}, on this branch only` : "legacy branch protection does not require it";
}
function weakRequirement(r, expected) {
  const by = describeRequirement(r);
  if (r.appId === void 0 || r.appId <= 0) return finding("GUARD_CHECK_WITHOUT_APP", "error", `${by} requires "${expected.checkName}" without an app id: any App or workflow that posts a check of that name satisfies it, including one added by the pull request`, `set integration_id of "${expected.checkName}" to the guard App's id in that ruleset`);
  if (r.appId === GITHUB_ACTIONS_APP_ID) return finding("GUARD_CHECK_ACTIONS_APP", "error", `${by} requires "${expected.checkName}" from GitHub Actions (app ${GITHUB_ACTIONS_APP_ID}): any workflow can post it, including one added by the pull request`, `set integration_id of "${expected.checkName}" to the guard App's id, not GitHub Actions'`);
  return finding("GUARD_CHECK_WRONG_APP", "error", `${by} requires "${expected.checkName}" from app ${r.appId}, not the guard App ${expected.guardAppId ?? ""}`.trimEnd(), `set integration_id of "${expected.checkName}" to ${expected.guardAppId ?? "the guard App's id"}`);
}
function confirmApp(pinned, expected) {
  if (expected.guardAppId !== void 0) return [];
  const ids = [...new Set(pinned.map((r) => r.appId))].join(", ");
  return [finding("GUARD_APP_UNCONFIRMED", "error", `"${expected.checkName}" is required from app ${ids}; without --guard-app-id doctor cannot tell whether that is your guard App or another App that could post the check`, "re-run with --guard-app-id N (N: the App ID on the guard App's settings page)")];
}
function checkAllBranches(facts, pinned, expected) {
  if (!facts.rulesets.known) return [finding("RULESETS_UNREADABLE", "error", `the rulesets could not be read, so doctor cannot tell which branches the guard is required on: ${facts.rulesets.reason}`, "run doctor with a token that can read the repository's rulesets")];
  const rulesets = pinned.map((r) => facts.rulesets.known && facts.rulesets.value.find((s) => s.id === r.rulesetId)).filter((s) => s !== void 0 && s !== false);
  if (rulesets.some(targetsAllBranches)) return [];
  const described = rulesets.length > 0 ? rulesets.map((s) => `"${s.name}" (include ${JSON.stringify(s.includeRefs)}, exclude ${JSON.stringify(s.excludeRefs)})`).join(", ") : "a ruleset doctor could not find in the ruleset list";
  return [finding("GUARD_RULESET_NOT_ALL_BRANCHES", "error", `the guard is required by ${described}, not on every branch: a pull request into another branch is merged unguarded, and that branch merged later`, `target all branches: conditions.ref_name.include ["~ALL"], exclude []; ${RULESET_FIX(expected)}`)];
}
function targetsAllBranches(ruleset) {
  return ruleset.includeRefs.includes("~ALL") && ruleset.excludeRefs.length === 0;
}
function describeRequirement(r) {
  return r.rulesetId === void 0 ? "a rule" : `ruleset ${r.rulesetId}${r.source !== void 0 ? ` (${r.source})` : ""}`;
}
function checksNamed(checks, context) {
  return checks.filter((c) => c.context === context);
}

// packages/doctor/src/check-rulesets.ts
function checkRulesets(facts, expected) {
  if (!facts.rulesets.known) return [];
  const naming = facts.rulesets.value.filter((s) => s.target !== "tag" && s.target !== "push" && checksNamed(s.requiredChecks, expected.checkName).length > 0);
  return naming.flatMap((s) => s.enforcement === "active" ? checkBypass(s) : [notEnforced(s, expected)]);
}
function notEnforced(s, expected) {
  return finding("RULESET_NOT_ENFORCED", "warning", `ruleset "${s.name}" (${s.id}, ${s.source}) requires "${expected.checkName}" but its enforcement is ${s.enforcement}: it blocks nothing`, `set the ruleset's enforcement to active once the guard's evaluate-mode verdicts look right`);
}
var BROAD_ACTORS = /* @__PURE__ */ new Set(["OrganizationAdmin", "RepositoryRole", "DeployKey", "Integration"]);
function checkBypass(s) {
  const where = `ruleset "${s.name}" (${s.id}, ${s.source})`;
  if (s.bypassActors === void 0) {
    return [finding("BYPASS_ACTORS_UNREADABLE", "error", `${where}: GitHub did not show who may bypass it (it shows bypass actors only to callers who may edit the ruleset)`, "run doctor with a token of someone who may edit the ruleset (repository or organisation admin)")];
  }
  if (s.bypassActors.length === 0) return [];
  const broad = s.bypassActors.some((a) => BROAD_ACTORS.has(a.actorType) || a.mode === "exempt");
  const list = s.bypassActors.map(describeActor).join(", ");
  return [
    finding(
      "BYPASS_ACTORS",
      broad ? "error" : "warning",
      `${where} may be bypassed by ${list}${broad ? ": a role, an App, a deploy key or an exemption lets changes skip the guard without a trace on the pull request" : ""}`,
      broad ? 'keep the bypass list to a small break-glass team or named users (bypass mode "always" or "pull_request", never "exempt")' : "confirm these are your break-glass actors; every bypass is in the audit log"
    )
  ];
}
function describeActor(a) {
  return `${a.actorType}${a.actorId !== void 0 ? ` ${a.actorId}` : ""} (${a.mode})`;
}

// packages/doctor/src/workflows/workflow-view.ts
function viewWorkflow(file) {
  const parsed = parseLocatedYaml(file.text, file.path);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const outcome = parseWorkflow(file.text, file.path);
  if (!outcome.value) return { problems: outcome.problems };
  const yaml = parsed.yaml;
  return { view: { file: file.path, workflow: outcome.value, events: triggersOf(valueIn(yaml, ["on"])), valueAt: (path) => valueIn(yaml, path), positionOf: (path) => positionIn(yaml, path) }, problems: outcome.problems };
}
function valueIn(yaml, path) {
  let value = yaml.value;
  for (const segment of path) {
    if (typeof segment === "number" ? !Array.isArray(value) : !isRecord(value)) return void 0;
    if (!Object.hasOwn(value, segment)) return void 0;
    value = value[segment];
  }
  return value;
}
function positionIn(yaml, path) {
  return yaml.positionOf(path, true) ?? yaml.positionOf(path) ?? { line: 1, column: 1 };
}
function isReusableOnly(view) {
  return view.events.length === 1 && view.events[0] === "workflow_call";
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// packages/doctor/src/workflows/permissions.ts
function grantsWrite(permissions) {
  if (permissions === "read-all") return false;
  if (typeof permissions === "string") return true;
  if (!isRecord(permissions)) return true;
  return Object.values(permissions).some((level) => level !== "read" && level !== "none");
}

// packages/doctor/src/workflows/check-guard-jobs.ts
var TRIGGER = "pull_request_target";
var FILTERS = ["paths", "paths-ignore", "branches", "branches-ignore"];
function checkGuardJobs(views, guards) {
  if (guards.length === 0) {
    return [finding("GUARD_WORKFLOW_MISSING", "error", `no workflow of the default branch runs the guard (looked at ${views.length} workflow file${views.length === 1 ? "" : "s"})`, "add the caller workflow `ringfence init` writes (.github/workflows/ringfence-guard.yml)")];
  }
  return guards.flatMap((guard) => [...checkCondition(guard), ...checkTriggers(guard.view, guard.job.id), ...checkPermissions(guard)]);
}
function checkCondition({ view, job }) {
  if (view.valueAt(["jobs", job.id, "if"]) === void 0) return [];
  const at = view.positionOf(["jobs", job.id, "if"]);
  return [finding("GUARD_JOB_CONDITIONAL", "error", `guard job "${job.id}" has an if: condition: a job skipped by if: counts as passed, and a skipped guard posts no verdict`, "remove the if: from the guard job; the guard itself decides what a pull request needs", { file: view.file, ...at })];
}
function checkTriggers(view, jobId) {
  const found = [];
  if (!view.events.includes(TRIGGER)) {
    found.push(finding("GUARD_NOT_PULL_REQUEST_TARGET", "error", `the workflow of guard job "${jobId}" does not run on pull_request_target`, "trigger the guard workflow on pull_request_target (types opened, synchronize, reopened, edited), as `ringfence init` writes it", { file: view.file, ...view.positionOf(["on"]) }));
  }
  if (view.events.includes("pull_request")) {
    found.push(finding("GUARD_NOT_PULL_REQUEST_TARGET", "error", `the workflow of guard job "${jobId}" also runs on pull_request: that run uses the pull request's own copy of the workflow, which the pull request can change`, "remove the pull_request trigger from the guard workflow; pull_request_target runs the base branch's copy", { file: view.file, ...view.positionOf(["on", "pull_request"]) }));
  }
  const config = view.valueAt(["on", TRIGGER]);
  for (const filter of FILTERS) {
    if (!isRecord(config) || config[filter] === void 0) continue;
    found.push(finding("GUARD_TRIGGER_FILTERED", "error", `the guard workflow's ${TRIGGER} trigger has ${filter}: pull requests outside it get no guard run`, `remove ${filter} from on.${TRIGGER}; the guard decides per path itself`, { file: view.file, ...view.positionOf(["on", TRIGGER, filter]) }));
  }
  if (view.events.includes(TRIGGER)) found.push(...checkTypes(view));
  return found;
}
var REQUIRED_TYPES = ["opened", "synchronize", "reopened", "edited"];
function checkTypes(view) {
  const config = view.valueAt(["on", TRIGGER]);
  const written = isRecord(config) ? config["types"] : void 0;
  const types = written === void 0 || written === null ? ["opened", "synchronize", "reopened"] : typesOf(written);
  const missing = REQUIRED_TYPES.filter((type) => !types.includes(type));
  if (missing.length === 0) return [];
  const path = written !== void 0 ? ["on", TRIGGER, "types"] : isRecord(config) || config === null ? ["on", TRIGGER] : ["on"];
  const what = written === void 0 || written === null ? "has the default types (opened, synchronize, reopened)" : `has types ${JSON.stringify(written)}`;
  return [finding("GUARD_TRIGGER_TYPES", "error", `the guard workflow's ${TRIGGER} trigger ${what}, missing ${missing.join(", ")}: a pull request changed that way (retargeted to another base branch: edited) gets no new guard run and keeps its earlier verdict`, `on.${TRIGGER}.types: [${REQUIRED_TYPES.join(", ")}], as \`ringfence init\` writes it`, { file: view.file, ...view.positionOf(path) })];
}
function typesOf(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item) => typeof item === "string");
  return [];
}
function checkPermissions({ view, job }) {
  const own = view.valueAt(["jobs", job.id, "permissions"]);
  const path = own !== void 0 ? ["jobs", job.id, "permissions"] : ["permissions"];
  const permissions = own ?? view.valueAt(["permissions"]);
  if (permissions === void 0 || !grantsWrite(permissions)) return [];
  return [finding("GUARD_JOB_PERMISSIONS", "error", `guard job "${job.id}" gets a token that can write (${JSON.stringify(permissions)}) while it runs on pull_request_target`, "give the guard job permissions: { contents: read, pull-requests: read } (its check is posted with the guard App's token)", { file: view.file, ...view.positionOf(path) })];
}

// packages/doctor/src/workflows/check-guard-key.ts
function checkGuardKey(views) {
  const found = [];
  for (const view of views) {
    for (const job of view.workflow.jobs) {
      const body = view.valueAt(["jobs", job.id]);
      if (!mentionsKey(body)) continue;
      const environment = environmentName(view.valueAt(["jobs", job.id, "environment"]));
      if (environment === GUARD_ENVIRONMENT) continue;
      const where = environment === void 0 ? "without an environment: as a repository or organisation secret" : `in the environment ${JSON.stringify(environment)}, whose deployment branches doctor does not check: as a secret outside ${GUARD_ENVIRONMENT}`;
      found.push(finding("GUARD_KEY_OUTSIDE_ENVIRONMENT", "error", `job "${job.id}" reads secrets.${GUARD_KEY_SECRET} ${where}, any branch's workflow can read the guard App's key and post verdicts of its own`, `give the job \`environment: ${GUARD_ENVIRONMENT}\`, store ${GUARD_KEY_SECRET} as that environment's secret and limit its deployment branches to the default branch`, { file: view.file, ...view.positionOf(["jobs", job.id]) }));
    }
  }
  return found;
}
function environmentName(value) {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const name = value["name"];
    return typeof name === "string" ? name : "(not a name)";
  }
  return value === void 0 ? void 0 : "(not a name)";
}
function mentionsKey(value) {
  if (typeof value === "string") return new RegExp(`secrets\\s*\\.\\s*${GUARD_KEY_SECRET}\\b|secrets\\s*\\[\\s*['"]${GUARD_KEY_SECRET}['"]\\s*\\]`, "iu").test(value);
  if (Array.isArray(value)) return value.some(mentionsKey);
  if (typeof value === "object" && value !== null) return Object.values(value).some(mentionsKey);
  return false;
}

// packages/doctor/src/ringfence-use.ts
var RINGFENCE_USE = /^([A-Za-z0-9_.-]+\/ringfence)(?:\/([^@]*))?@(.*)$/iu;
function parseRingfenceUse(uses) {
  const match = RINGFENCE_USE.exec(uses.trim());
  if (!match) return void 0;
  return { repository: match[1], path: (match[2] ?? "").replace(/\/+$/u, ""), ref: match[3] };
}
function isFullCommitSha(ref) {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u.test(ref);
}

// packages/doctor/src/workflows/check-pins.ts
function checkPins(views) {
  return views.flatMap((view) => usesOf(view).flatMap((uses) => checkPin(view, uses)));
}
function usesOf(view) {
  return view.workflow.jobs.flatMap((job) => [...job.uses ? [job.uses] : [], ...job.steps.flatMap((step) => step.uses ? [step.uses] : [])]);
}
function checkPin(view, uses) {
  const use = parseRingfenceUse(uses.value);
  if (!use || isFullCommitSha(use.ref)) return [];
  return [finding("RINGFENCE_NOT_PINNED", "error", `uses: ${uses.value} names ringfence by "${use.ref}", which can be moved to other code`, `pin the full commit SHA of a verified release: ${use.repository}${use.path ? `/${use.path}` : ""}@<40-hex-sha> # ${use.ref} (see docs/adoption.md, "Upgrading ringfence")`, { file: view.file, line: uses.line, column: uses.column })];
}

// packages/doctor/src/workflows/local-uses.ts
var MAX_LOCAL_ACTIONS = 100;
function localActionDirectory(uses) {
  if (uses.startsWith(".\\")) return null;
  if (!uses.startsWith("./")) return void 0;
  const segments = uses.slice(2).split("/").filter((s) => s !== "" && s !== ".");
  if (uses.includes("\\") || uses.includes("@") || segments.includes("..")) return null;
  return segments.join("/");
}
function localWorkflowPath(uses) {
  const directory = localActionDirectory(uses);
  return typeof directory === "string" && /^\.github\/workflows\/[^/]+\.ya?ml$/iu.test(directory) ? directory : void 0;
}
function localActionsOfWorkflows(files) {
  return uniqueDirectories(files.flatMap((file) => parseWorkflow(file.text, file.path).value?.jobs.flatMap((job) => job.steps) ?? []));
}
function localActionsOfAction(action) {
  return uniqueDirectories(compositeSteps(action) ?? []);
}
function compositeSteps(action) {
  const read = readAction(action);
  return read.kind === "composite" ? read.steps : void 0;
}
function readAction(action) {
  if (action.text === void 0 || action.path === void 0) return { kind: "unreadable", reason: action.missing ?? "no action.yml or action.yaml" };
  const parsed = parseAction(action.text, action.path);
  const problem = parsed.problems[0];
  if (problem !== void 0) return { kind: "unreadable", reason: `${action.path}:${problem.line}:${problem.column}: ${problem.message}` };
  const runs = parsed.value?.runs;
  if (runs === void 0) return { kind: "unreadable", reason: `${action.path} says nothing it runs` };
  return runs.using === "composite" ? { kind: "composite", steps: runs.steps } : { kind: "other" };
}
function uniqueDirectories(steps) {
  const directories = steps.map((step) => step.uses ? localActionDirectory(step.uses.value) : void 0).filter((d) => typeof d === "string");
  return [...new Set(directories)];
}

// packages/doctor/src/workflows/check-pull-request-target.ts
var HEAD_REF = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|refs\/pull\/|\bpull\/\$\{\{/u;
var HEAD_REPOSITORY = /github\.event\.pull_request\.head\.repo\.(?:full_name|clone_url|ssh_url)/u;
var FETCH_COMMAND = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|switch|pull|clone|worktree)\b[^\n]*/gu;
var HEAD_COMMAND = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|switch|pull|clone|worktree)\b[^\n]*(?:github\.event\.pull_request\.head|github\.head_ref|refs\/pull\/|\bpull\/)/u;
var INPUT_REFERENCE = /\binputs\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]+)['"]\s*\])/gu;
var CHECKOUT_FIX = "check out the base branch only (actions/checkout without ref: under pull_request_target); read the pull request through the API, or move work on its code to a pull_request workflow without secrets";
function checkPullRequestTarget(views, localActions) {
  const walk = new Walk(views, localActions);
  for (const view of views.filter((v) => v.events.includes("pull_request_target"))) walk.workflow(view, void 0, /* @__PURE__ */ new Set());
  return walk.findings();
}
var Walk = class {
  constructor(views, localActions) {
    this.localActions = localActions;
    this.viewsByFile = new Map(views.map((v) => [v.file, v]));
    this.actions = localActions.known ? new Map(localActions.value.map((a) => [a.directory, a])) : void 0;
  }
  localActions;
  found = /* @__PURE__ */ new Map();
  viewsByFile;
  actions;
  // A file is walked again only with other head inputs: that is what can change its findings.
  visited = /* @__PURE__ */ new Set();
  findings() {
    return [...this.found.values()];
  }
  // `caller`: the workflow whose job called this one (undefined for the pull_request_target workflow itself).
  workflow(view, caller, headInputs) {
    if (!this.firstVisit("workflow", view.file, headInputs)) return;
    const via = caller === void 0 ? "" : ` (called from ${caller} in a pull_request_target run)`;
    for (const job of view.workflow.jobs) {
      const place = { file: view.file, describe: (step) => `job "${job.id}" step ${step.index + 1} of ${view.file}${via}`, headInputs };
      this.job(view, job, place);
    }
  }
  job(view, job, place) {
    const called = job.uses ? localWorkflowPath(job.uses.value) : void 0;
    const target = called === void 0 ? void 0 : this.viewsByFile.get(called);
    if (target) this.workflow(target, view.file, headInputsOf(view.valueAt(["jobs", job.id, "with"]), place.headInputs));
    for (const step of job.steps) this.step(place, step);
  }
  step(place, step) {
    this.checkout(place, step);
    const uses = step.uses;
    const directory = uses ? localActionDirectory(uses.value) : void 0;
    if (uses === void 0 || directory === void 0) return;
    const where = { file: place.file, line: uses.line, column: uses.column };
    const unchecked = (why) => this.add(finding("PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED", "error", `${place.describe(step)} uses ${uses.value}, ${why}: it runs with the base branch's secrets and a write token, and doctor cannot tell whether it checks out the pull request's code`, "keep the local action on the default branch as a regular action.yml doctor can read, or use a pinned remote action", where));
    if (directory === null) return unchecked("a path outside the workspace or not a plain directory");
    if (this.actions === void 0) {
      const reason = this.localActions.known ? "" : this.localActions.reason;
      return this.add(finding("LOCAL_ACTIONS_UNREADABLE", "error", `the local actions the workflows use could not be read: ${reason}`, "run doctor with a token that can read the repository's contents"));
    }
    const action = this.actions.get(directory) ?? { directory, missing: "not read" };
    const read = readAction(action);
    if (read.kind === "unreadable") return unchecked(`whose metadata on the default branch doctor cannot read (${read.reason})`);
    if (read.kind !== "composite") return;
    const headInputs = headInputsOf(Object.fromEntries(Object.entries(step.with).map(([name, value]) => [name, value.value])), place.headInputs);
    if (!this.firstVisit("action", action.path, headInputs)) return;
    const inner = { file: action.path, describe: (s) => `step ${s.index + 1} of the action ${uses.value} (used by ${place.describe(step)})`, headInputs };
    for (const innerStep of read.steps) this.step(inner, innerStep);
  }
  checkout(place, step) {
    const what = `${place.describe(step)} checks out the pull request's code in a pull_request_target run, where it runs with secrets and a write token`;
    if (step.uses && /^actions\/checkout@/iu.test(step.uses.value)) {
      const input = [step.with["ref"], step.with["repository"]].find((v) => v !== void 0 && (HEAD_REF.test(v.value) || HEAD_REPOSITORY.test(v.value) || readsHeadInput(v.value, place.headInputs)));
      if (input) this.add(finding("PULL_REQUEST_TARGET_CHECKS_OUT_HEAD", "error", `${what} (${input.value}${HEAD_REF.test(input.value) || HEAD_REPOSITORY.test(input.value) ? "" : ", an input its caller sets to the head"})`, CHECKOUT_FIX, { file: place.file, line: input.line, column: input.column }));
    } else if (step.run && (HEAD_COMMAND.test(step.run.value) || [...step.run.value.matchAll(FETCH_COMMAND)].some((m) => readsHeadInput(m[0], place.headInputs)))) {
      this.add(finding("PULL_REQUEST_TARGET_CHECKS_OUT_HEAD", "error", what, CHECKOUT_FIX, { file: place.file, line: step.run.line, column: step.run.column }));
    }
  }
  firstVisit(kind, file, headInputs) {
    const key = `${kind} ${file} ${[...headInputs].sort().join(",")}`;
    if (this.visited.has(key)) return false;
    this.visited.add(key);
    return true;
  }
  // One finding per code and place, however many runs reach it.
  add(f) {
    const key = `${f.code} ${f.file ?? ""}:${f.line ?? 0}:${f.column ?? 0}`;
    if (!this.found.has(key)) this.found.set(key, f);
  }
};
function headInputsOf(withValues, callerHeadInputs) {
  if (typeof withValues !== "object" || withValues === null || Array.isArray(withValues)) return /* @__PURE__ */ new Set();
  const names = Object.entries(withValues).filter(([, value]) => typeof value === "string" && (HEAD_REF.test(value) || HEAD_REPOSITORY.test(value) || readsHeadInput(value, callerHeadInputs)));
  return new Set(names.map(([name]) => name.toLowerCase()));
}
function readsHeadInput(text, headInputs) {
  if (headInputs.size === 0) return false;
  return [...text.matchAll(INPUT_REFERENCE)].some((m) => headInputs.has((m[1] ?? m[2] ?? "").toLowerCase()));
}

// packages/doctor/src/workflows/check-workflow-permissions.ts
function checkWorkflowPermissions(views) {
  return views.flatMap((view) => [...checkWriteAll(view), ...checkTopLevel(view)]);
}
function checkWriteAll(view) {
  const paths = [["permissions"], ...view.workflow.jobs.map((job) => ["jobs", job.id, "permissions"])];
  return paths.filter((path) => view.valueAt(path) === "write-all").map((path) => finding("WORKFLOW_PERMISSIONS_WRITE_ALL", "error", `${path.length === 1 ? "the workflow" : `job "${path[1]}"`} grants permissions: write-all`, "name only the scopes the job needs, e.g. permissions: { contents: read }", { file: view.file, ...view.positionOf(path) }));
}
function checkTopLevel(view) {
  const top = view.valueAt(["permissions"]);
  if (top === void 0) {
    if (isReusableOnly(view)) return [];
    const bare = view.workflow.jobs.filter((job) => view.valueAt(["jobs", job.id, "permissions"]) === void 0).map((job) => job.id);
    if (bare.length === 0) return [];
    return [finding("WORKFLOW_PERMISSIONS_UNSET", "warning", `no top-level permissions:, so job${bare.length === 1 ? "" : "s"} ${bare.join(", ")} get${bare.length === 1 ? "s" : ""} the repository's default token`, "add permissions: {} (or contents: read) at the top and grant each job what it needs", { file: view.file, line: 1, column: 1 })];
  }
  if (top === "write-all" || !grantsWrite(top)) return [];
  return [finding("WORKFLOW_PERMISSIONS_BROAD", "warning", `the top-level permissions grant write to every job (${JSON.stringify(top)})`, "keep the top level read-only (permissions: { contents: read } or {}) and grant write scopes on the jobs that need them", { file: view.file, ...view.positionOf(["permissions"]) })];
}

// packages/doctor/src/workflows/find-guard-jobs.ts
function findGuardJobs(views) {
  const reusable = views.filter(isReusableOnly);
  const localGuards = new Set(reusable.filter((view) => view.workflow.jobs.some((job) => runsGuardStep(job))).map((view) => `./${view.file}`));
  return views.filter((view) => !isReusableOnly(view)).flatMap((view) => view.workflow.jobs.filter((job) => callsGuard(job, localGuards) || runsGuardStep(job)).map((job) => ({ view, job })));
}
function callsGuard(job, localGuards) {
  if (!job.uses) return false;
  if (localGuards.has(job.uses.value.trim())) return true;
  const called = parseRingfenceUse(job.uses.value);
  return called !== void 0 && /(^|\/)\.github\/workflows\/guard\.ya?ml$/u.test(called.path);
}
function runsGuardStep(job) {
  return job.steps.some((step) => {
    if (!step.uses) return false;
    if (/^\.\/actions\/guard\/?$/u.test(step.uses.value)) return true;
    const use = parseRingfenceUse(step.uses.value);
    return use !== void 0 && (use.path === "actions/guard" || use.path === "" && step.with["control"]?.value === "guard");
  });
}

// packages/doctor/src/workflows/check-workflows.ts
function checkWorkflows(facts) {
  if (!facts.workflows.known) {
    return [finding("WORKFLOWS_UNREADABLE", "error", `the workflow files of ${facts.defaultBranch} could not be read: ${facts.workflows.reason}`, "run doctor with a token that can read the repository's contents")];
  }
  const views = [];
  const found = [];
  for (const file of facts.workflows.value) {
    const { view, problems } = viewWorkflow(file);
    if (view) views.push(view);
    found.push(...problems.map((p) => finding("WORKFLOW_UNPARSABLE", "error", `${p.message}; doctor cannot check what this file runs`, "fix the file so that it parses (actionlint shows the same problem)", { file: p.file, line: p.line, column: p.column })));
  }
  return [...found, ...checkPins(views), ...checkGuardJobs(views, findGuardJobs(views)), ...checkGuardKey(views), ...checkPullRequestTarget(views, facts.localActions), ...checkWorkflowPermissions(views)];
}

// packages/doctor/src/diagnose.ts
var REPORT_VERSION = 1;
function diagnoseRepository(facts, expected) {
  const findings = [...checkRequiredGuard(facts, expected), ...checkRulesets(facts, expected), ...checkActionsSettings(facts), ...checkOrganization(facts), ...checkWorkflows(facts), ...checkGuardKeyStorage(facts)];
  return report(facts.repository, facts.defaultBranch, findings);
}
function unreadableRepository(repository, reason) {
  return report(repository, void 0, [finding("REPOSITORY_UNREADABLE", "error", `${repository} could not be read: ${reason}`, "check the name and that the token can see the repository (GITHUB_TOKEN or GH_TOKEN)")]);
}
function report(repository, defaultBranch, findings) {
  return { repository, defaultBranch, outcome: findings.some((f) => f.severity === "error") ? "failed" : "ok", findings };
}

// packages/doctor/src/gather-facts.ts
async function gatherFacts(source, repo, organizations = organizationCache()) {
  const overview = await attempt(() => source.readRepository(repo));
  if (!overview.known) return { reason: overview.reason };
  const { defaultBranch, visibility, ownerIsOrganization } = overview.value;
  const [requiredChecksInForce, rulesets, legacyProtection, workflowToken, forkApproval, workflows, guardEnvironment, repositorySecretNames, sharedOrganizationSecretNames] = await Promise.all([
    attempt(() => source.listRequiredChecksInForce(repo, defaultBranch)),
    attempt(() => source.listRulesets(repo)),
    attempt(() => source.readLegacyProtection(repo, defaultBranch)),
    attempt(() => source.readWorkflowTokenSettings(repo)),
    attempt(() => source.readForkApproval(repo, visibility)),
    attempt(() => source.listWorkflowFiles(repo, defaultBranch)),
    attempt(() => source.readEnvironment(repo, GUARD_ENVIRONMENT)),
    attempt(() => source.listRepositorySecretNames(repo)),
    ownerIsOrganization ? attempt(() => source.listSharedOrganizationSecretNames(repo)) : void 0
  ]);
  const localActions = workflows.known ? await attempt(() => readLocalActions(source, repo, defaultBranch, workflows.value)) : { known: false, reason: "the workflow files could not be read" };
  const organization = ownerIsOrganization ? await cached(organizations.settings, repo.owner, () => source.readOrganization(repo.owner)) : void 0;
  const organizationSecretNames = ownerIsOrganization ? await cached(organizations.secretNames, repo.owner, () => source.listOrganizationSecretNames(repo.owner)) : void 0;
  return { facts: { repository: `${repo.owner}/${repo.repo}`, defaultBranch, visibility, requiredChecksInForce, rulesets, legacyProtection, workflowToken, forkApproval, organization, workflows, localActions, guardEnvironment, repositorySecretNames, sharedOrganizationSecretNames, organizationSecretNames } };
}
async function readLocalActions(source, repo, branch, workflows) {
  const read = /* @__PURE__ */ new Map();
  let next = localActionsOfWorkflows(workflows);
  while (next.length > 0) {
    if (read.size + next.length > MAX_LOCAL_ACTIONS) throw new Error(`the workflows use more than ${MAX_LOCAL_ACTIONS} local actions; doctor reads at most that many`);
    const actions = await source.readLocalActions(repo, branch, next);
    for (const action of actions) read.set(action.directory, action);
    const missing = next.filter((directory) => !read.has(directory));
    if (missing.length > 0) throw new Error(`no answer for the local actions ${missing.join(", ")}`);
    next = [...new Set(actions.flatMap(localActionsOfAction))].filter((directory) => !read.has(directory));
  }
  return [...read.values()];
}
function organizationCache() {
  return { settings: /* @__PURE__ */ new Map(), secretNames: /* @__PURE__ */ new Map() };
}
function cached(cache, org, read) {
  const key = org.toLowerCase();
  let fact = cache.get(key);
  if (!fact) {
    fact = attempt(read);
    cache.set(key, fact);
  }
  return fact;
}
async function attempt(read) {
  try {
    return { known: true, value: await read() };
  } catch (thrown) {
    return { known: false, reason: redactSecrets(describeThrown(thrown)) };
  }
}

// packages/cli/src/init/templates.ts
var SCHEMA_URL = "https://raw.githubusercontent.com/ringfence/ringfence/main/schema/policy.schema.json";
var CHECK_NAME = "ringfence/guard";
function starterPolicy() {
  return `# yaml-language-server: $schema=${SCHEMA_URL}
# ringfence policy: read from the base branch, never from a pull request.
# Reference: https://github.com/ringfence/ringfence/blob/main/docs/policy.md
version: 1
extends: default        # the built-in rings ci (workflows, CI scripts, this file) and build
trusted:
  permission: write     # write | maintain | admin: who counts as a maintainer
rings: []
# Add rings in front of the built-in ones, tightest first, for example:
# rings:
#   - name: release
#     paths: ["release/**"]
#     approvals: 2
#     approvers: { teams: [your-org/security] }
`;
}
function guardCallerWorkflow(options) {
  const [repository, ref] = options.workflowRef.split("@");
  return `# Runs the ringfence guard on every pull request. The ruleset requires the check
# "${CHECK_NAME}" from the guard App (integration id ${options.appId}); see ringfence init's output.
# The App key is the secret ${GUARD_KEY_SECRET} of the environment ${GUARD_ENVIRONMENT}, whose
# deployment branches are the default branch only: no other branch's workflow can read it.
# Reviews re-run this workflow through ringfence-guard-review.yml, which holds no secret.
name: ringfence guard
on:
  pull_request_target:
    types: [opened, synchronize, reopened, edited]
  workflow_dispatch:
    inputs:
      pull-request:
        description: Pull request number to re-check
        required: true
permissions: {}
jobs:
  guard:
    uses: ${repository}/.github/workflows/guard.yml@${ref}
    permissions:
      contents: read
      pull-requests: read
    with:
      app-id: "${options.appId}"
      pull-request: \${{ inputs.pull-request }}
    # The reusable job runs in the environment ${GUARD_ENVIRONMENT} and reads the key there;
    # GitHub hands a called workflow the environment's secrets only with inherit.
    secrets: inherit
`;
}
function guardReviewWorkflow() {
  return `# When a review is submitted or dismissed, asks the default branch's ringfence guard
# workflow to judge the pull request again. No secret here: for a branch of this repository
# GitHub runs the pull request's own copy of this file. Pull requests from forks get a
# read-only token on reviews: after approving one, run "ringfence guard" by hand
# (Actions > ringfence guard > Run workflow, with its number).
name: ringfence guard review
on:
  pull_request_review:
    types: [submitted, dismissed]
permissions: {}
jobs:
  dispatch:
    if: github.event.pull_request.head.repo.full_name == github.repository
    runs-on: ubuntu-latest
    permissions:
      actions: write
    steps:
      - run: gh workflow run ringfence-guard.yml --repo "$REPOSITORY" --ref "$DEFAULT_BRANCH" -f pull-request="$NUMBER"
        env:
          GH_TOKEN: \${{ github.token }}
          REPOSITORY: \${{ github.repository }}
          DEFAULT_BRANCH: \${{ github.event.repository.default_branch }}
          NUMBER: \${{ github.event.pull_request.number }}
`;
}
function guardEnvironmentSettings() {
  return { deployment_branch_policy: { protected_branches: false, custom_branch_policies: true } };
}
function requiredCheckRuleset(appId) {
  return {
    name: "ringfence guard",
    target: "branch",
    enforcement: "active",
    conditions: { ref_name: { include: ["~ALL"], exclude: [] } },
    bypass_actors: [],
    rules: [{ type: "required_status_checks", parameters: { strict_required_status_checks_policy: true, required_status_checks: [{ context: CHECK_NAME, integration_id: Number(appId) || 0 }] } }]
  };
}

export {
  GUARD_ENVIRONMENT,
  GUARD_KEY_SECRET,
  REPORT_VERSION,
  diagnoseRepository,
  unreadableRepository,
  gatherFacts,
  organizationCache,
  CHECK_NAME,
  starterPolicy,
  guardCallerWorkflow,
  guardReviewWorkflow,
  guardEnvironmentSettings,
  requiredCheckRuleset
};
