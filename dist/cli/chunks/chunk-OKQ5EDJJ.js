import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  combineTokenPolicies,
  explainTokenRequest,
  formatExplanation,
  loadClaims,
  loadRepositoryTokenPolicy,
  loadTokenPolicy,
  loadTokenRequest,
  tokenVerdict
} from "./chunk-AKSQEWGY.js";
import {
  parseCommandArgs
} from "./chunk-FE5G7FUW.js";
import {
  UsageError
} from "./chunk-K2QZ4W74.js";

// packages/cli/src/commands/token.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var TOKEN_EXPLAIN_HELP = `Usage: ringfence token explain --policy FILE --claims FILE --request FILE
                              [--host-repository-id ID] [--default-branch NAME]
                              [--repository-policy FILE --repository-id ID] [--json]
       ringfence token explain --policy FILE --workflow FILE --job ID --event NAME --ref REF
                              [--repository OWNER/NAME] [--repository-id ID] [--owner-id ID]
                              [--actor-id ID] [--visibility public|private|internal]
                              [--runner-environment github-hosted|self-hosted] [--step ID]
                              [--request FILE] [--host-repository-id ID] [--json] …

The dry run of the token control: would this request, from a job with these OIDC claims,
be granted under this org policy? If not, which rule came closest and which field refused.
The same decision the broker makes (POST /v1/explain). With --json (claims file): the
verdict document (schema/verdict.schema.json, control token, the explanation as its detail).

  --policy FILE            the org policy (its token: section)
  --claims FILE            the job's claims, JSON or YAML (as in its OIDC token)
  --request FILE           { "repositories": [ids], "permissions": { "contents": "read" } }
  --host-repository-id ID  the repository holding the policy (no contents/workflows/administration
                           write is granted on it); without it, on no repository at all
  --default-branch NAME    the protected branch when the policy names no protected_refs
  --repository-policy FILE a repository's own token rules, inside the org's ceiling
  --repository-id ID       that repository's id (with --workflow: the job's repository)

From a workflow instead of a claims file: the claims a run of the job would carry are derived
from the file and the options (ids cannot be known offline: give them, or they are absent and
listed), and the request is the job's ringfence token step's inputs (or --request FILE).
A refusal that rests only on unknown claims exits 2 (cannot tell). A reusable workflow is
explained through its caller's job: --event workflow_call is refused.
  --workflow FILE          the workflow file, inside the repository's .github/workflows
  --job ID                 the job (its key under jobs:)
  --event NAME, --ref REF  the run's event and ref (refs/heads/main, refs/tags/v1, refs/pull/7/merge)
  --repository OWNER/NAME  the repository the run is in
  --owner-id, --actor-id ID, --visibility, --runner-environment: the claims of those names
  --step ID                the token step, when the job has several

Exit status: 0 granted, 1 refused or invalid input, 2 usage or runtime error.`;
var OPTIONS = {
  policy: { type: "string" },
  claims: { type: "string" },
  request: { type: "string" },
  "host-repository-id": { type: "string" },
  "default-branch": { type: "string" },
  "repository-policy": { type: "string" },
  "repository-id": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  workflow: { type: "string" },
  job: { type: "string" },
  event: { type: "string" },
  ref: { type: "string" },
  repository: { type: "string" },
  "owner-id": { type: "string" },
  "actor-id": { type: "string" },
  visibility: { type: "string" },
  "runner-environment": { type: "string" },
  step: { type: "string" }
};
var WORKFLOW_ONLY = ["job", "event", "ref", "repository", "owner-id", "actor-id", "visibility", "runner-environment", "step"];
async function explainTokenCommand(args, io) {
  const { values } = parseCommandArgs("token explain", args, OPTIONS);
  if (values.help) {
    io.out(TOKEN_EXPLAIN_HELP);
    return 0;
  }
  if (values.workflow !== void 0) return (await import("./token-workflow-H3OQYHEV.js")).explainWorkflowCommand(values, io);
  const stray = WORKFLOW_ONLY.find((name) => values[name] !== void 0);
  if (stray) throw new UsageError("USAGE_INVALID_VALUE", `--${stray} goes with --workflow FILE (see \`ringfence token explain --help\`)`);
  const need = (name) => {
    const value = values[name];
    if (value === void 0) throw new UsageError("USAGE_MISSING_ARGUMENT", `--${name} FILE is required (see \`ringfence token explain --help\`)`);
    return value;
  };
  const read = (file) => readInput(io, file);
  const policy = await readExplainPolicy(values, io);
  const claims = loadClaims(await read(need("claims")), need("claims"));
  const request = loadTokenRequest(await read(need("request")), need("request"));
  const hostRepositoryId = values["host-repository-id"];
  const explanation = explainTokenRequest(policy, claims, request, hostRepositoryId ? { hostRepositoryId } : {});
  const policyFiles = [values.policy, values["repository-policy"]].filter((file) => file !== void 0);
  io.out(values.json ? JSON.stringify(tokenVerdict(explanation, { claims, request, hostRepositoryId, policyFiles }), null, 2) : formatExplanation(explanation));
  return explanation.decision.outcome === "granted" ? 0 : 1;
}
function readInput(io, file) {
  return readFile(resolve(io.cwd, file)).catch((error) => {
    throw new UsageError("USAGE_INVALID_VALUE", `cannot read ${file}: ${error.code ?? String(error)}`, { cause: error });
  });
}
async function readExplainPolicy(values, io) {
  if (values.policy === void 0) throw new UsageError("USAGE_MISSING_ARGUMENT", "--policy FILE is required (see `ringfence token explain --help`)");
  const options = values["default-branch"] ? { defaultBranch: values["default-branch"] } : {};
  const policy = loadTokenPolicy(await readInput(io, values.policy), values.policy, options);
  if (values["repository-policy"] === void 0) return policy;
  const repositoryId = values["repository-id"];
  if (!repositoryId || !/^\d+$/u.test(repositoryId)) throw new UsageError("USAGE_MISSING_ARGUMENT", "--repository-policy needs --repository-id ID (the numeric id of that repository)");
  return combineTokenPolicies(policy, loadRepositoryTokenPolicy(await readInput(io, values["repository-policy"]), values["repository-policy"], { repositoryId, ...options }));
}
var TOKEN_POLICY_VALIDATE_HELP = `Usage: ringfence token policy validate --policy FILE [--default-branch NAME] [--json]

Checks the token section of an org policy: schema, permission names and levels from
GitHub's App permissions, write rules confined to protected refs or an environment, rules
bound to an owner or repository id. Every problem with file:line:column.

Exit status: 0 valid, 1 invalid, 2 usage or runtime error (such as a missing file).`;
var VALIDATE_OPTIONS = { policy: { type: "string" }, "default-branch": { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } };
async function validateTokenPolicyCommand(argv, io) {
  const [sub, ...args] = argv;
  if (sub !== "validate") throw new UsageError("USAGE_UNKNOWN_COMMAND", `unknown command \`ringfence token policy ${sub ?? ""}\` (the one command is \`ringfence token policy validate\`)`);
  const { values } = parseCommandArgs("token policy validate", args, VALIDATE_OPTIONS);
  if (values.help) {
    io.out(TOKEN_POLICY_VALIDATE_HELP);
    return 0;
  }
  if (values.policy === void 0) throw new UsageError("USAGE_MISSING_ARGUMENT", "--policy FILE is required (see `ringfence token policy validate --help`)");
  const bytes = await readFile(resolve(io.cwd, values.policy)).catch((error) => {
    throw new UsageError("USAGE_INVALID_VALUE", `cannot read ${values.policy}: ${error.code ?? String(error)}`, { cause: error });
  });
  const policy = loadTokenPolicy(bytes, values.policy, values["default-branch"] ? { defaultBranch: values["default-branch"] } : {});
  const rules = policy.rules.map((rule) => ({ name: rule.name, permissions: rule.permissions, repositories: rule.repositories }));
  io.out(values.json ? JSON.stringify({ valid: true, file: values.policy, rules }, null, 2) : `${values.policy} is valid: ${rules.length} token rule${rules.length === 1 ? "" : "s"}
${rules.map((r) => `  ${r.name}: ${Object.entries(r.permissions).map(([k, v]) => `${k}:${String(v)}`).join(", ") || "no permissions"} on ${r.repositories.join(", ")}`).join("\n")}`);
  return 0;
}

export {
  TOKEN_EXPLAIN_HELP,
  explainTokenCommand,
  readInput,
  readExplainPolicy,
  TOKEN_POLICY_VALIDATE_HELP,
  validateTokenPolicyCommand
};
