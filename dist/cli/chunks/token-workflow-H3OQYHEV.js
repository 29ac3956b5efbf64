import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  readExplainPolicy,
  readInput
} from "./chunk-OKQ5EDJJ.js";
import {
  explainTokenRequest,
  formatExplanation,
  loadTokenRequest
} from "./chunk-AKSQEWGY.js";
import "./chunk-KU4LF6M5.js";
import {
  parseWorkflow,
  readRunContext
} from "./chunk-S4HC5JSW.js";
import "./chunk-ICJULKRC.js";
import "./chunk-FE5G7FUW.js";
import "./chunk-MLYKWJD5.js";
import {
  UsageError
} from "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/commands/token-workflow.ts
import { dirname, join, relative, resolve, sep } from "node:path";

// packages/cli/src/token-workflow/derive-claims.ts
var EXPRESSION = /\$\{\{/u;
function deriveJobClaims(job, run) {
  const claims = { event_name: run.event, ref: run.ref };
  const assumed = [];
  const unknown = [];
  const refType = /^refs\/heads\//u.test(run.ref) ? "branch" : /^refs\/tags\//u.test(run.ref) ? "tag" : void 0;
  if (refType) claims["ref_type"] = refType;
  else unknown.push({ claim: "ref_type", note: `${run.ref} is neither a branch nor a tag ref` });
  const set = (claim, value, option) => {
    if (value !== void 0) claims[claim] = value;
    else unknown.push({ claim, note: `not known offline: give ${option}` });
  };
  set("repository_id", run.repositoryId, "--repository-id ID");
  set("repository_owner_id", run.repositoryOwnerId, "--owner-id ID");
  set("actor_id", run.actorId, "--actor-id ID");
  set("repository_visibility", run.visibility, "--visibility public|private|internal");
  if (run.runnerEnvironment !== void 0) claims["runner_environment"] = run.runnerEnvironment;
  else if ("value" in job.runnerEnvironment) {
    claims["runner_environment"] = job.runnerEnvironment.value;
    assumed.push({ claim: "runner_environment", note: `${job.runnerEnvironment.value}, from the job's runs-on (give --runner-environment to change it)` });
  } else unknown.push({ claim: "runner_environment", note: `${job.runnerEnvironment.unknown}: give --runner-environment github-hosted|self-hosted` });
  if (job.environment) {
    if (EXPRESSION.test(job.environment.value)) unknown.push({ claim: "environment", note: `the job's environment is an expression (${job.environment.value}, line ${job.environment.line}) that cannot be evaluated offline` });
    else claims["environment"] = job.environment.value;
  }
  if (run.repository === void 0) {
    for (const claim of ["repository", "repository_owner", "workflow_ref", "job_workflow_ref", "sub"]) unknown.push({ claim, note: "not known offline: give --repository OWNER/NAME" });
    return { claims, assumed, unknown };
  }
  claims["repository"] = run.repository;
  claims["repository_owner"] = run.repository.split("/")[0];
  claims["workflow_ref"] = `${run.repository}/${run.workflowPath}@${run.ref}`;
  const called = job.uses ? calledWorkflowRef(job.uses.value, run.repository, run.ref) : { ref: claims["workflow_ref"] };
  if ("unknown" in called) unknown.push({ claim: "job_workflow_ref", note: called.unknown });
  else claims["job_workflow_ref"] = called.ref;
  if (job.environment === void 0 || claims["environment"] !== void 0) claims["sub"] = subjectOf(run.repository, run.event, run.ref, claims["environment"]);
  else unknown.push({ claim: "sub", note: "depends on the environment, which is unknown" });
  return { claims, assumed, unknown };
}
function subjectOf(repository, event, ref, environment) {
  const encode = (value) => value.replace(/:/gu, "%3A");
  if (environment !== void 0) return `repo:${repository}:environment:${encode(environment)}`;
  if (event.startsWith("pull_request")) return `repo:${repository}:pull_request`;
  return `repo:${repository}:ref:${encode(ref)}`;
}
var REMOTE_CALL = /^[^/\s]+\/[^/\s]+\/\.github\/workflows\/[^@\s]+@(\S+)$/u;
function calledWorkflowRef(uses, repository, ref) {
  if (uses.startsWith("./")) return { ref: `${repository}/${uses.slice(2)}@${ref}` };
  const version = REMOTE_CALL.exec(uses)?.[1];
  if (version === void 0) return { unknown: `the job calls ${uses}, which is not a reusable workflow reference` };
  if (/^[0-9a-f]{40}$/u.test(version) || version.startsWith("refs/")) return { ref: uses };
  return { unknown: `the job calls ${uses}: GitHub writes @${version} as @refs/tags/${version} or @refs/heads/${version}, which cannot be told offline (write the full ref or a commit SHA in uses:)` };
}

// packages/cli/src/token-workflow/read-token-request.ts
function isTokenStep(step) {
  const uses = step.uses?.value.split("@")[0]?.toLowerCase() ?? "";
  if (/(?:^|\/)ringfence\/actions\/token$|^\.\/actions\/token$/u.test(uses)) return true;
  return /(?:^|\/)ringfence$|^\.\/?$/u.test(uses) && step.with["control"]?.value === "token";
}
function tokenSteps(job) {
  return job.steps.filter(isTokenStep);
}
var ID = /^[1-9][0-9]{0,19}$/u;
function readTokenRequest(step, own) {
  const permissions = {};
  for (const [input, value] of Object.entries(step.with)) {
    if (!/^permission[-_]/u.test(input)) continue;
    if (value.value.includes("${{")) return { cannot: `input ${input} is an expression (${value.value}, line ${value.line}) that cannot be evaluated offline` };
    if (value.value.trim() !== "") permissions[input.slice("permission-".length).replace(/-/gu, "_")] = value.value.trim();
  }
  const written = step.with["repositories"];
  if (written === void 0 || written.value.trim() === "") return { request: { permissions } };
  if (written.value.includes("${{")) return { cannot: `input repositories is an expression (${written.value}, line ${written.line}) that cannot be evaluated offline` };
  const ids = [];
  for (const entry of written.value.split(/[\n,]/u).map((e) => e.trim()).filter((e) => e !== "")) {
    if (ID.test(entry)) ids.push(entry);
    else if (own.name !== void 0 && entry.toLowerCase() === own.name.toLowerCase() && own.id !== void 0) ids.push(own.id);
    else return { cannot: `input repositories names ${JSON.stringify(entry)} (line ${written.line}): the policy matches ids, and a name cannot be resolved offline${own.id === void 0 ? " (give --repository and --repository-id for the job's own)" : ""}; give ids, or --request FILE` };
  }
  return { request: { repositories: [...new Set(ids)], permissions } };
}

// packages/cli/src/commands/token-workflow.ts
var REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/u;
var ID2 = /^[1-9][0-9]{0,19}$/u;
async function explainWorkflowCommand(values, io) {
  const run = readRunOptions(values);
  const file = values.workflow;
  const { jobs, triggers, path } = await readJobs(io, file);
  const job = jobs.find((j) => j.id === run.job);
  if (!job) throw new UsageError("USAGE_INVALID_VALUE", `${file} has no job ${JSON.stringify(run.job)}; its jobs: ${jobs.map((j) => j.id).join(", ") || "none"}`);
  if (!triggers.includes(run.event) && triggers.includes("workflow_call")) throw new UsageError("USAGE_INVALID_VALUE", `${file} is a reusable workflow (on: ${triggers.join(", ")}): a run of it carries its caller's event_name and workflow_ref, so explain the caller's job that uses it (--workflow CALLER --job JOB)`);
  const warnings = [];
  if (!triggers.includes(run.event)) warnings.push(`${file}: the workflow is not triggered by ${run.event} (on: ${triggers.join(", ") || "nothing"}), so no run of it carries these claims`);
  if (!path.inRepository) warnings.push(`${file} is not inside a .github/workflows folder: workflow_ref assumes ${path.workflowPath}`);
  const target = await tokenJob(io, file, job, path.root, values.step);
  const derived = deriveJobClaims(target.job, { ...run, workflowPath: path.workflowPath });
  const request = values.request !== void 0 ? { request: loadTokenRequest(await readInput(io, values.request), values.request) } : requestOf(target, values, run.repository);
  if ("cannot" in request) {
    if (values.json) io.out(JSON.stringify({ workflow: file, job: job.id, claims: derived.claims, assumed: derived.assumed, unknown: derived.unknown, request: null, warnings, cannotTell: request.cannot }, null, 2));
    io.err(`error: ${file}: job ${job.id}: ${request.cannot}`);
    return 2;
  }
  const hostRepositoryId = values["host-repository-id"];
  const explanation = explainTokenRequest(await readExplainPolicy(values, io), derived.claims, request.request, hostRepositoryId ? { hostRepositoryId } : {});
  const cannot = undecided(explanation, derived.unknown);
  for (const warning of warnings) io.err(`warning: ${warning}`);
  if (values.json) io.out(JSON.stringify({ workflow: file, job: job.id, step: target.step?.id ?? target.step?.name ?? null, claims: derived.claims, assumed: derived.assumed, unknown: derived.unknown, request: request.request, warnings, ...explanation, ...cannot && { cannotTell: cannot } }, null, 2));
  else io.out(describe(derived.claims, derived.assumed, derived.unknown, request.request) + formatExplanation(explanation));
  if (cannot) {
    io.err(`error: ${file}: job ${job.id}: ${cannot}`);
    return 2;
  }
  return explanation.decision.outcome === "granted" ? 0 : 1;
}
function readRunOptions(values) {
  const need = (name) => {
    const value = values[name];
    if (value === void 0 || value === "") throw new UsageError("USAGE_MISSING_ARGUMENT", `--${name} is required with --workflow (see \`ringfence token explain --help\`)`);
    return value;
  };
  const ref = need("ref");
  if (!/^refs\/(?:heads|tags|pull)\/\S+$/u.test(ref)) throw new UsageError("USAGE_INVALID_VALUE", `--ref must be a full ref such as refs/heads/main, refs/tags/v1 or refs/pull/7/merge, not ${JSON.stringify(ref)}`);
  const event = need("event");
  if (event === "workflow_call") throw new UsageError("USAGE_INVALID_VALUE", "--event workflow_call is never a run's event_name: a called workflow's run carries its caller's event_name and workflow_ref, so explain the caller's job that uses it (--workflow CALLER --job JOB --event ITS_EVENT)");
  if (!/^[a-z_]{1,64}$/u.test(event)) throw new UsageError("USAGE_INVALID_VALUE", `--event must be an event name such as push or workflow_dispatch, not ${JSON.stringify(event)}`);
  const runner = values["runner-environment"];
  if (runner !== void 0 && runner !== "github-hosted" && runner !== "self-hosted") throw new UsageError("USAGE_INVALID_VALUE", `--runner-environment must be github-hosted or self-hosted, not ${JSON.stringify(runner)}`);
  if (values.repository !== void 0 && !REPOSITORY.test(values.repository)) throw new UsageError("USAGE_INVALID_VALUE", `--repository must be OWNER/NAME, not ${JSON.stringify(values.repository)}`);
  for (const name of ["repository-id", "owner-id", "actor-id"]) {
    const value = values[name];
    if (value !== void 0 && !ID2.test(value)) throw new UsageError("USAGE_INVALID_VALUE", `--${name} must be a numeric id, not ${JSON.stringify(value)}`);
  }
  const pick = (key, value) => value === void 0 ? {} : { [key]: value };
  return {
    job: need("job"),
    event,
    ref,
    ...pick("repository", values.repository),
    ...pick("repositoryId", values["repository-id"]),
    ...pick("repositoryOwnerId", values["owner-id"]),
    ...pick("actorId", values["actor-id"]),
    ...pick("visibility", values.visibility),
    ...pick("runnerEnvironment", values["runner-environment"])
  };
}
async function readJobs(io, file) {
  const bytes = await readInput(io, file);
  const workflow = parseWorkflow(bytes, file);
  const context = readRunContext(bytes, file);
  if (!workflow.value || !context.value) {
    const problem = [...workflow.problems, ...context.problems][0];
    throw new UsageError("USAGE_INVALID_VALUE", problem ? `${problem.file}:${problem.line}:${problem.column}: ${problem.message}` : `${file} is not a workflow`);
  }
  const contexts = new Map(context.value.jobs.map((j) => [j.id, j]));
  const jobs = workflow.value.jobs.flatMap((j) => {
    const declared = contexts.get(j.id);
    return declared ? [{ ...j, ...declared }] : [];
  });
  return { jobs, triggers: context.value.triggers, path: locate(resolve(io.cwd, file)) };
}
function locate(absolute) {
  const marker = `${sep}.github${sep}workflows${sep}`;
  const at = absolute.lastIndexOf(marker);
  if (at < 0) return { root: dirname(absolute), workflowPath: `.github/workflows/${absolute.split(sep).at(-1)}`, inRepository: false };
  const root = absolute.slice(0, at);
  return { root, workflowPath: relative(root, absolute).split(sep).join("/"), inRepository: true };
}
async function tokenJob(io, file, job, root, stepId) {
  if (job.uses === void 0) return { job, step: chooseStep(tokenSteps(job), stepId, `job ${job.id} of ${file}`), where: `job ${job.id}` };
  if (!job.uses.value.startsWith("./")) return { job, step: void 0, where: `job ${job.id} calls ${job.uses.value}, which cannot be read offline` };
  const called = join(root, job.uses.value.slice(2));
  const { jobs } = await readJobs({ ...io, cwd: root }, called);
  const candidates = jobs.flatMap((j) => tokenSteps(j).map((step2) => ({ job: j, step: step2 })));
  const step = chooseStep(candidates.map((c) => c.step), stepId, `${job.uses.value}`);
  const owner = candidates.find((c) => c.step === step)?.job;
  return { job: owner ? { ...owner, uses: job.uses } : job, step, where: `${job.uses.value}` };
}
function chooseStep(steps, stepId, where) {
  if (stepId !== void 0) {
    const chosen = steps.find((s) => s.id === stepId || s.name === stepId);
    if (!chosen) throw new UsageError("USAGE_INVALID_VALUE", `${where} has no ringfence token step ${JSON.stringify(stepId)}; its token steps: ${steps.map(label).join(", ") || "none"}`);
    return chosen;
  }
  if (steps.length > 1) throw new UsageError("USAGE_MISSING_ARGUMENT", `${where} has ${steps.length} ringfence token steps (${steps.map(label).join(", ")}): choose one with --step`);
  return steps[0];
}
function label(step) {
  return step.id ?? step.name ?? `step ${step.index + 1} (line ${step.line})`;
}
function requestOf(target, values, repository) {
  if (!target.step) return { cannot: `${target.where}: no ringfence token step found (uses: …/actions/token, or the root action with control: token); give --request FILE` };
  return readTokenRequest(target.step, { name: repository?.split("/")[1], id: values["repository-id"] });
}
function undecided(explanation, unknown) {
  if (explanation.decision.outcome === "granted") return void 0;
  const notes = new Map(unknown.map((n) => [n.claim, n.note]));
  const open = explanation.rules.filter((r) => r.mismatches.length > 0 && r.mismatches.every((m) => notes.has(m.field)));
  if (open.length === 0) return void 0;
  const claims = [...new Set(open.flatMap((r) => r.mismatches.map((m) => m.field)))];
  return `cannot tell offline: rule ${open.map((r) => r.rule.name).join(", ")} depends only on unknown claims (${claims.map((c) => `${c}: ${notes.get(c)}`).join("; ")})`;
}
function describe(claims, assumed, unknown, request) {
  const lines = ["claims a run would carry:", ...Object.entries(claims).map(([name, value]) => `  ${name}: ${JSON.stringify(value)}`)];
  for (const note of assumed) lines.push(`  assumed ${note.claim}: ${note.note}`);
  for (const note of unknown) lines.push(`  unknown ${note.claim}: ${note.note}`);
  lines.push(`request: repositories ${request.repositories?.join(", ") ?? "the job's own"}; ${Object.entries(request.permissions).map(([n, l]) => `${n}: ${l}`).join(", ") || "no permissions"}`);
  return `${lines.join("\n")}
`;
}
export {
  explainWorkflowCommand
};
