import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  CHECK_NAME,
  GUARD_ENVIRONMENT,
  GUARD_KEY_SECRET,
  guardCallerWorkflow,
  guardEnvironmentSettings,
  guardReviewWorkflow,
  requiredCheckRuleset,
  starterPolicy
} from "./chunk-HCEQRAYV.js";
import "./chunk-S4HC5JSW.js";
import {
  PRESETS,
  createReferenceClassifier
} from "./chunk-ICJULKRC.js";
import {
  VERSION
} from "./chunk-SWWLUEGE.js";
import {
  findDefaultBranch,
  findRepositoryRoot,
  listTrackedFiles
} from "./chunk-VRBG56CV.js";
import {
  parseCommandArgs
} from "./chunk-FE5G7FUW.js";
import "./chunk-MLYKWJD5.js";
import {
  UsageError
} from "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/commands/init.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// packages/cli/src/init/detect-presets.ts
var EXAMPLES = 3;
function detectPresets(paths) {
  return PRESETS.flatMap((preset) => {
    const ring = { name: preset.name, description: void 0, rules: preset.entries.map((e) => ({ glob: e.glob, origin: { kind: "preset", preset: preset.name, why: e.why } })), approvals: 1, approvers: { permission: "write", users: [], teams: [], isTrustedSet: true }, builtin: true };
    const classify = createReferenceClassifier([ring]);
    const hits = paths.filter((p) => classify(p) !== void 0);
    return hits.length === 0 ? [] : [{ preset: preset.name, summary: preset.summary, examples: hits.slice(0, EXAMPLES), count: hits.length }];
  });
}

// packages/cli/src/commands/init.ts
var INIT_HELP = `Usage: ringfence init [--repo DIR] [--app-id ID] [--workflow OWNER/REPO@REF] [--force] [--json]

Sets a repository up for ringfence: writes .github/ringfence.yml (a starter policy with a
schema comment for editors), .github/workflows/ringfence-guard.yml (a caller of the
reusable guard workflow) and .github/workflows/ringfence-guard-review.yml (re-runs it on
reviews, without secrets), shows which presets apply to the files the repository has, and
prints the environment that must hold the guard App's key, the required check and the
ruleset (JSON) that makes it required.

Re-running changes nothing; a file that differs from what init would write is left alone
unless --force.

  --app-id ID          the guard App's id (the ruleset pins the check to it)
  --workflow REF       the reusable workflow, default ringfence/ringfence@v${VERSION}: pin a full commit SHA
  --force              overwrite files that differ

Exit status: 0 done, 2 usage or runtime error.`;
var OPTIONS = { repo: { type: "string" }, "app-id": { type: "string" }, workflow: { type: "string" }, force: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } };
async function initCommand(args, io) {
  const { values } = parseCommandArgs("init", args, OPTIONS);
  if (values.help) {
    io.out(INIT_HELP);
    return 0;
  }
  const appId = values["app-id"] ?? "0";
  if (!/^\d+$/u.test(appId)) throw new UsageError("USAGE_INVALID_VALUE", `--app-id must be the App's numeric id, not ${JSON.stringify(appId)}`);
  const workflowRef = values.workflow ?? `ringfence/ringfence@v${VERSION}`;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+@[A-Za-z0-9_./-]+$/u.test(workflowRef)) throw new UsageError("USAGE_INVALID_VALUE", `--workflow must be OWNER/REPO@REF, not ${JSON.stringify(workflowRef)}`);
  const repo = await findRepositoryRoot(resolve(io.cwd, values.repo ?? "."));
  const files = {
    ".github/ringfence.yml": await place(repo, ".github/ringfence.yml", starterPolicy(), values.force === true),
    ".github/workflows/ringfence-guard.yml": await place(repo, ".github/workflows/ringfence-guard.yml", guardCallerWorkflow({ workflowRef, appId }), values.force === true),
    ".github/workflows/ringfence-guard-review.yml": await place(repo, ".github/workflows/ringfence-guard-review.yml", guardReviewWorkflow(), values.force === true)
  };
  const presets = detectPresets(await listTrackedFiles(repo));
  const ruleset = requiredCheckRuleset(appId);
  const environment = { name: GUARD_ENVIRONMENT, secret: GUARD_KEY_SECRET, deploymentBranch: await defaultBranchOf(repo), settings: guardEnvironmentSettings() };
  if (values.json) io.out(JSON.stringify({ files, presets, environment, requiredCheck: { context: CHECK_NAME, integrationId: Number(appId) }, ruleset }, null, 2));
  else io.out(render(files, presets, ruleset, appId, environment));
  return 0;
}
async function defaultBranchOf(repo) {
  const found = await findDefaultBranch(repo).catch(() => void 0);
  return found?.replace(/^origin\//u, "");
}
async function place(repo, path, content, force) {
  const full = join(repo, path);
  const existing = await readFile(full, "utf8").catch(() => void 0);
  if (existing === content) return "unchanged";
  if (existing !== void 0 && !force) return "kept (differs; --force to overwrite)";
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, content);
  return existing === void 0 ? "created" : "overwritten";
}
function renderEnvironment(environment) {
  const branch = environment.deploymentBranch ?? "main";
  const path = `repos/{owner}/{repo}/environments/${environment.name}`;
  return [
    `environment: ${environment.name} holds the guard App's key, and only ${branch} may use it${environment.deploymentBranch === void 0 ? " (no default branch found: put yours in place of main)" : ""}:`,
    `  gh api -X PUT '${path}' -F 'deployment_branch_policy[protected_branches]=false' -F 'deployment_branch_policy[custom_branch_policies]=true'`,
    `  gh api -X POST '${path}/deployment-branch-policies' -f name=${branch} -f type=branch`,
    `  gh secret set ${environment.secret} --env ${environment.name} < guard-app.private-key.pem`,
    "  never as a repository or organization secret: a workflow pushed to any branch can read those."
  ];
}
function render(files, presets, ruleset, appId, environment) {
  const lines = Object.entries(files).map(([path, outcome]) => `  ${path}: ${outcome}`);
  const found = presets.map((p) => `  ${p.preset} (${p.count} file${p.count === 1 ? "" : "s"}, e.g. ${p.examples.join(", ")})`);
  return [
    "files:",
    ...lines,
    "",
    "presets that apply to this repository (protected by the built-in rings):",
    ...found.length > 0 ? found : ["  none of the presets match a tracked file yet"],
    "",
    ...renderEnvironment(environment),
    "",
    `required check: ${CHECK_NAME}, from the guard App${appId === "0" ? " (pass --app-id to fill in its id)" : ` (integration id ${appId})`}`,
    "ruleset (Settings > Rules > Rulesets > New > Import, or POST /repos/{owner}/{repo}/rulesets):",
    JSON.stringify(ruleset, null, 2)
  ].join("\n");
}
export {
  INIT_HELP,
  initCommand
};
