import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  SignJWT
} from "./chunk-KU4LF6M5.js";
import {
  formatProblem,
  parseYaml,
  require_ucs2length,
  toSchemaProblems
} from "./chunk-ICJULKRC.js";
import {
  require_picomatch
} from "./chunk-MLYKWJD5.js";
import {
  RingfenceError,
  VERDICT_VERSION,
  describeThrown,
  escapeUntrusted
} from "./chunk-K2QZ4W74.js";
import {
  __toESM
} from "./chunk-6RGQZ5V6.js";

// packages/token/src/claim-pattern.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var OPTIONS = { dot: true, strictSlashes: true };
var matchers = /* @__PURE__ */ new WeakMap();
function toPattern(text2) {
  return { text: text2, glob: import_picomatch.default.scan(text2).isGlob };
}
function findPatternProblem(pattern) {
  if (pattern.text.startsWith("!")) return "a negated glob matches every value but one; list the values instead";
  if (!pattern.glob) return void 0;
  try {
    import_picomatch.default.makeRe(pattern.text, OPTIONS);
  } catch (error) {
    return `not a valid glob: ${error.message}`;
  }
  return void 0;
}
function matchesPattern(pattern, value) {
  if (!pattern.glob) return pattern.text === value;
  let matcher = matchers.get(pattern);
  if (!matcher) {
    matcher = (0, import_picomatch.default)(pattern.text, OPTIONS);
    matchers.set(pattern, matcher);
  }
  return matcher(value);
}

// packages/token/src/generated/app-permissions.ts
var PERMISSION_LEVELS = ["read", "write", "admin"];
var APP_PERMISSIONS = {
  actions: { levels: ["read", "write"], scope: "repository" },
  administration: { levels: ["read", "write"], scope: "repository" },
  artifact_metadata: { levels: ["read", "write"], scope: "repository" },
  attestations: { levels: ["read", "write"], scope: "repository" },
  checks: { levels: ["read", "write"], scope: "repository" },
  code_quality: { levels: ["read", "write"], scope: "repository" },
  codespaces: { levels: ["read", "write"], scope: "repository" },
  contents: { levels: ["read", "write"], scope: "repository" },
  custom_properties_for_organizations: { levels: ["read", "write"], scope: "organization" },
  dependabot_secrets: { levels: ["read", "write"], scope: "repository" },
  deployments: { levels: ["read", "write"], scope: "repository" },
  discussions: { levels: ["read", "write"], scope: "repository" },
  email_addresses: { levels: ["read", "write"], scope: "user" },
  enterprise_custom_properties_for_organizations: { levels: ["read", "write", "admin"], scope: "enterprise" },
  environments: { levels: ["read", "write"], scope: "repository" },
  followers: { levels: ["read", "write"], scope: "user" },
  git_ssh_keys: { levels: ["read", "write"], scope: "repository" },
  gpg_keys: { levels: ["read", "write"], scope: "user" },
  interaction_limits: { levels: ["read", "write"], scope: "repository" },
  issues: { levels: ["read", "write"], scope: "repository" },
  members: { levels: ["read", "write"], scope: "organization" },
  merge_queues: { levels: ["read", "write"], scope: "repository" },
  metadata: { levels: ["read", "write"], scope: "repository" },
  organization_administration: { levels: ["read", "write"], scope: "organization" },
  organization_announcement_banners: { levels: ["read", "write"], scope: "organization" },
  organization_copilot_agent_settings: { levels: ["read", "write"], scope: "organization" },
  organization_copilot_seat_management: { levels: ["read", "write"], scope: "organization" },
  organization_custom_org_roles: { levels: ["read", "write"], scope: "organization" },
  organization_custom_properties: { levels: ["read", "write", "admin"], scope: "organization" },
  organization_custom_roles: { levels: ["read", "write"], scope: "organization" },
  organization_events: { levels: ["read"], scope: "organization" },
  organization_hooks: { levels: ["read", "write"], scope: "organization" },
  organization_packages: { levels: ["read", "write"], scope: "organization" },
  organization_personal_access_token_requests: { levels: ["read", "write"], scope: "organization" },
  organization_personal_access_tokens: { levels: ["read", "write"], scope: "organization" },
  organization_plan: { levels: ["read"], scope: "organization" },
  organization_projects: { levels: ["read", "write", "admin"], scope: "organization" },
  organization_secrets: { levels: ["read", "write"], scope: "organization" },
  organization_self_hosted_runners: { levels: ["read", "write"], scope: "organization" },
  organization_user_blocking: { levels: ["read", "write"], scope: "organization" },
  packages: { levels: ["read", "write"], scope: "repository" },
  pages: { levels: ["read", "write"], scope: "repository" },
  profile: { levels: ["write"], scope: "user" },
  pull_requests: { levels: ["read", "write"], scope: "repository" },
  repository_custom_properties: { levels: ["read", "write"], scope: "repository" },
  repository_hooks: { levels: ["read", "write"], scope: "repository" },
  repository_projects: { levels: ["read", "write", "admin"], scope: "repository" },
  secret_scanning_alerts: { levels: ["read", "write"], scope: "repository" },
  secrets: { levels: ["read", "write"], scope: "repository" },
  security_events: { levels: ["read", "write"], scope: "repository" },
  single_file: { levels: ["read", "write"], scope: "repository" },
  starring: { levels: ["read", "write"], scope: "user" },
  statuses: { levels: ["read", "write"], scope: "repository" },
  vulnerability_alerts: { levels: ["read", "write"], scope: "repository" },
  workflows: { levels: ["write"], scope: "repository" }
};

// packages/token/src/permission-scope.ts
var SCOPE_OVERRIDES = {
  git_ssh_keys: "user",
  interaction_limits: "user"
};
function scopeOf(name) {
  return SCOPE_OVERRIDES[name] ?? APP_PERMISSIONS[name].scope;
}
function isOwnerLevel(name) {
  return scopeOf(name) !== "repository";
}

// packages/token/src/permissions.ts
var PERMISSION_NAMES = Object.keys(APP_PERMISSIONS);
function isPermissionName(name) {
  return Object.hasOwn(APP_PERMISSIONS, name);
}
function levelsOf(name) {
  return APP_PERMISSIONS[name].levels;
}
function isLevelOf(name, level) {
  return levelsOf(name).includes(level);
}
function rankOf(level) {
  return PERMISSION_LEVELS.indexOf(level) + 1;
}
function covers(granted, requested) {
  return granted !== void 0 && rankOf(granted) >= rankOf(requested);
}
function isWriteLevel(level) {
  return rankOf(level) >= rankOf("write");
}

// packages/token/src/write-confinement.ts
var HOST_PROTECTED_PERMISSIONS = ["contents", "workflows", "administration"];
function grantsWrite(permissions2) {
  return Object.values(permissions2).some(isWriteLevel);
}
function defaultProtectedRefs(defaultBranch) {
  return [{ text: `refs/heads/${defaultBranch}`, glob: false }];
}
function findWriteConfinement(conditions, protectedRefs) {
  const confining = conditions.find((condition) => condition.source === "policy" && confines(condition, protectedRefs));
  return confining?.field;
}
function confines(condition, protectedRefs) {
  const { field, patterns } = condition;
  if (field === "environment") return patterns.every((p) => !p.glob);
  if (field === "ref") return patterns.every((p) => isProtectedRef(p, protectedRefs));
  if (field === "workflow_ref" || field === "job_workflow_ref") {
    return patterns.every((p) => {
      const ref = workflowRefPart(p);
      return ref !== void 0 && isProtectedRef(ref, protectedRefs);
    });
  }
  return false;
}
function isProtectedRef(pattern, protectedRefs) {
  return protectedRefs.some((p) => pattern.glob ? p.text === pattern.text : matchesPattern(p, pattern.text));
}
var SPANS_SEGMENTS = /\*\*|[[\]{}()!+]/u;
function workflowRefPart(pattern) {
  const at = pattern.text.indexOf("@refs/");
  if (at < 0) return void 0;
  const path = pattern.text.slice(0, at);
  if (SPANS_SEGMENTS.test(path) || path.split("/").length !== 5) return void 0;
  return toPattern(pattern.text.slice(at + 1));
}

// packages/token/src/check-rule.ts
function checkRule(rule, written, pointer, context) {
  const problems = [];
  const emit = (code, at, message, expected) => problems.push({ code, ...context.at(at), message: `rule ${rule.name}: ${message}`, expected });
  checkPatterns(rule, written, pointer, emit);
  if (rule.layer === "org" && !rule.conditions.some((c) => c.source === "policy" && (c.field === "repository_owner_id" || c.field === "repository_id"))) {
    emit("TOKEN_POLICY_UNBOUND_RULE", `${pointer}/match`, "matches jobs of any owner", "repository_owner_id or repository_id in `match`");
  }
  if (grantsWrite(rule.permissions) && findWriteConfinement(rule.conditions, rule.protectedRefs) === void 0) {
    const refs = rule.protectedRefs.map((p) => p.text).join(", ");
    emit("TOKEN_POLICY_UNPROTECTED_WRITE", `${pointer}/match`, "grants write but can match jobs of any ref", `ref, workflow_ref or job_workflow_ref confined to the protected refs (${refs}), or an environment named exactly`);
  }
  for (const [name, level] of Object.entries(rule.permissions)) {
    checkPermission(rule, name, level, `${pointer}/grant/permissions/${name}`, context, emit);
  }
  if (rule.layer === "org") checkProtectedRepositories(rule, pointer, context, emit);
  else checkConfinedToHost(rule, written, pointer, emit);
  return problems;
}
function checkPatterns(rule, written, pointer, emit) {
  for (const condition of rule.conditions.filter((c) => c.source === "policy")) {
    const many = Array.isArray(written.match[condition.field]);
    condition.patterns.forEach((pattern, index) => {
      const problem = findPatternProblem(pattern);
      const at = `${pointer}/match/${condition.field}${many ? `/${index}` : ""}`;
      if (problem) emit("TOKEN_POLICY_INVALID_GLOB", at, problem, 'a value, or a glob such as "refs/tags/v*"');
    });
  }
}
function checkPermission(rule, name, level, at, context, emit) {
  if (context.ceiling && !covers(context.ceiling[name], level)) {
    emit("TOKEN_POLICY_ABOVE_CEILING", at, `grants ${name}: ${level} above the org ceiling`, `at most ${context.ceiling[name] ?? "nothing"} (token.ceiling.permissions)`);
  }
  if (rule.layer === "repository" && isOwnerLevel(name)) {
    emit("TOKEN_POLICY_OWNER_PERMISSION", at, `${name} reaches beyond one repository (scope: ${scopeOf(name)})`, "repository permissions only: owner-wide ones belong in the org policy");
  }
  if (rule.layer === "repository" && isWriteLevel(level) && isHostProtected(name)) {
    emit("TOKEN_POLICY_PROTECTED_REPOSITORY", at, `grants ${name}: ${level} to the repository that holds the rule`, `at most read on ${HOST_PROTECTED_PERMISSIONS.join(", ")}`);
  }
}
function checkProtectedRepositories(rule, pointer, context, emit) {
  const writes = HOST_PROTECTED_PERMISSIONS.filter((name) => isWriteLevel(rule.permissions[name] ?? "read"));
  if (writes.length === 0) return;
  rule.repositories.forEach((id2, index) => {
    if (context.protectedRepositories.includes(id2)) {
      emit("TOKEN_POLICY_PROTECTED_REPOSITORY", `${pointer}/grant/repositories/${index}`, `grants ${writes.join(", ")} write to protected repository ${id2}`, "a repository outside token.protected_repositories");
    }
  });
}
function checkConfinedToHost(rule, written, pointer, emit) {
  const own = rule.hostRepositoryId;
  const matched = written.match.repository_id;
  if (matched !== void 0 && (Array.isArray(matched) ? matched : [matched]).some((id2) => String(id2) !== own)) {
    emit("TOKEN_POLICY_LOOSENS_ORG", `${pointer}/match/repository_id`, "a repository policy can only match its own repository", `${own} (or leave it out)`);
  }
  rule.repositories.forEach((id2, index) => {
    if (id2 !== "self" && id2 !== own) emit("TOKEN_POLICY_LOOSENS_ORG", `${pointer}/grant/repositories/${index}`, `a repository policy cannot grant access to repository ${id2}`, `self or ${own}`);
  });
}
function isHostProtected(name) {
  return HOST_PROTECTED_PERMISSIONS.includes(name);
}

// packages/token/src/check-section.ts
function findDuplicateRules(section, base, at) {
  const first = /* @__PURE__ */ new Map();
  const problems = [];
  (section.rules ?? []).forEach((rule, index) => {
    const earlier = first.get(rule.name);
    if (earlier === void 0) first.set(rule.name, index);
    else problems.push({ code: "TOKEN_POLICY_DUPLICATE_RULE", ...at(`${base}/rules/${index}/name`), message: `rule ${JSON.stringify(rule.name)} is already defined at line ${at(`${base}/rules/${earlier}/name`).line}`, expected: "unique rule names" });
  });
  return problems;
}
var ORG_ONLY = ["ceiling", "protected_refs", "protected_repositories"];
function findOrgOnlyKeys(section, base, at) {
  return ORG_ONLY.filter((key) => section[key] !== void 0).map((key) => ({
    code: "TOKEN_POLICY_LOOSENS_ORG",
    ...at(`${base}/${key}`, true),
    message: `token.${key} can only be set by the org policy`,
    expected: "only `rules` in a repository policy"
  }));
}

// packages/token/src/section-document.ts
var UNTRUSTED_EVENTS = [
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment",
  "issue_comment",
  "workflow_run",
  "issues",
  "discussion",
  "discussion_comment"
];
function listOf(value) {
  return (Array.isArray(value) ? value : [value]).map(String);
}

// packages/token/src/types.ts
var MATCH_FIELDS = [
  "repository_owner_id",
  "repository_id",
  "actor_id",
  "repository_visibility",
  "event_name",
  "ref",
  "ref_type",
  "workflow_ref",
  "job_workflow_ref",
  "environment",
  "runner_environment"
];

// packages/token/src/compile-rule.ts
var exact = (text2) => ({ text: text2, glob: false });
function compileRule(rule, context) {
  return {
    name: rule.name,
    description: rule.description,
    layer: context.layer,
    hostRepositoryId: context.layer === "repository" ? context.hostRepositoryId : void 0,
    origin: context.origin,
    conditions: MATCH_FIELDS.flatMap((field) => conditionFor(field, rule, context)),
    repositories: (rule.grant.repositories ?? ["self"]).map(String),
    permissions: rule.grant.permissions,
    protectedRefs: context.protectedRefs
  };
}
function conditionFor(field, rule, context) {
  if (field === "repository_id" && context.layer === "repository") {
    return [{ field, patterns: [exact(context.hostRepositoryId)], exclude: false, source: "layer" }];
  }
  const written = rule.match[field];
  if (written !== void 0) return [{ field, patterns: listOf(written).map(toPattern), exclude: false, source: "policy" }];
  if (field === "event_name") return [{ field, patterns: UNTRUSTED_EVENTS.map(exact), exclude: true, source: "default" }];
  if (field === "runner_environment") return [{ field, patterns: [exact("github-hosted")], exclude: false, source: "default" }];
  return [];
}

// packages/token/src/errors.ts
var TokenError = class extends RingfenceError {
  problems;
  constructor(problems, options) {
    super(problems[0].code, problems.map((p) => formatProblem(p)).join("\n"), options);
    this.problems = problems;
  }
};
function throwIfAny(problems) {
  if (problems.length > 0) throw new TokenError(problems);
}

// packages/token/src/generated/validators.js
var func2Module = __toESM(require_ucs2length(), 1);
var validateTokenPolicy = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/ringfence/ringfence/schema/token-policy.schema.json", "title": "ringfence token scope policy (the token: section of the org policy)", "type": "object", "additionalProperties": false, "properties": { "ceiling": { "type": "object", "additionalProperties": false, "description": "The most any rule may grant. Absent: nothing can be granted.", "properties": { "permissions": { "type": "object", "additionalProperties": false, "description": "GitHub App permission name (as in the REST API, with `_`) to level.", "properties": { "actions": { "enum": ["read", "write"] }, "administration": { "enum": ["read", "write"] }, "artifact_metadata": { "enum": ["read", "write"] }, "attestations": { "enum": ["read", "write"] }, "checks": { "enum": ["read", "write"] }, "code_quality": { "enum": ["read", "write"] }, "codespaces": { "enum": ["read", "write"] }, "contents": { "enum": ["read", "write"] }, "custom_properties_for_organizations": { "enum": ["read", "write"] }, "dependabot_secrets": { "enum": ["read", "write"] }, "deployments": { "enum": ["read", "write"] }, "discussions": { "enum": ["read", "write"] }, "email_addresses": { "enum": ["read", "write"] }, "enterprise_custom_properties_for_organizations": { "enum": ["read", "write", "admin"] }, "environments": { "enum": ["read", "write"] }, "followers": { "enum": ["read", "write"] }, "git_ssh_keys": { "enum": ["read", "write"] }, "gpg_keys": { "enum": ["read", "write"] }, "interaction_limits": { "enum": ["read", "write"] }, "issues": { "enum": ["read", "write"] }, "members": { "enum": ["read", "write"] }, "merge_queues": { "enum": ["read", "write"] }, "metadata": { "enum": ["read", "write"] }, "organization_administration": { "enum": ["read", "write"] }, "organization_announcement_banners": { "enum": ["read", "write"] }, "organization_copilot_agent_settings": { "enum": ["read", "write"] }, "organization_copilot_seat_management": { "enum": ["read", "write"] }, "organization_custom_org_roles": { "enum": ["read", "write"] }, "organization_custom_properties": { "enum": ["read", "write", "admin"] }, "organization_custom_roles": { "enum": ["read", "write"] }, "organization_events": { "enum": ["read"] }, "organization_hooks": { "enum": ["read", "write"] }, "organization_packages": { "enum": ["read", "write"] }, "organization_personal_access_token_requests": { "enum": ["read", "write"] }, "organization_personal_access_tokens": { "enum": ["read", "write"] }, "organization_plan": { "enum": ["read"] }, "organization_projects": { "enum": ["read", "write", "admin"] }, "organization_secrets": { "enum": ["read", "write"] }, "organization_self_hosted_runners": { "enum": ["read", "write"] }, "organization_user_blocking": { "enum": ["read", "write"] }, "packages": { "enum": ["read", "write"] }, "pages": { "enum": ["read", "write"] }, "profile": { "enum": ["write"] }, "pull_requests": { "enum": ["read", "write"] }, "repository_custom_properties": { "enum": ["read", "write"] }, "repository_hooks": { "enum": ["read", "write"] }, "repository_projects": { "enum": ["read", "write", "admin"] }, "secret_scanning_alerts": { "enum": ["read", "write"] }, "secrets": { "enum": ["read", "write"] }, "security_events": { "enum": ["read", "write"] }, "single_file": { "enum": ["read", "write"] }, "starring": { "enum": ["read", "write"] }, "statuses": { "enum": ["read", "write"] }, "vulnerability_alerts": { "enum": ["read", "write"] }, "workflows": { "enum": ["write"] } } } } }, "protected_refs": { "type": "array", "items": { "type": "string", "maxLength": 255, "pattern": "^refs/(?:heads|tags)/[^\\u0000-\\u0020\\u007f~^:\\\\]+$" }, "minItems": 1, "uniqueItems": true, "description": "Refs (exact or glob) a rule granting write must be confined to. Default: the default branch." }, "protected_repositories": { "type": "array", "items": { "type": ["integer", "string"], "minimum": 1, "maximum": 9007199254740991, "pattern": "^[1-9][0-9]{0,19}$" }, "uniqueItems": true, "description": "Ids of repositories no token may write contents, workflows or administration of." }, "rules": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "match", "grant"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$" }, "description": { "type": "string", "maxLength": 500 }, "match": { "type": "object", "additionalProperties": false, "description": "OIDC claims (or, in App mode, the runner environment) that must all hold. Values match exactly unless written as a glob.", "properties": { "repository_owner_id": { "type": ["integer", "string", "array"], "minimum": 1, "maximum": 9007199254740991, "pattern": "^[1-9][0-9]{0,19}$", "items": { "type": ["integer", "string"], "minimum": 1, "maximum": 9007199254740991, "pattern": "^[1-9][0-9]{0,19}$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": "Owner id(s); names are never matched." }, "repository_id": { "type": ["integer", "string", "array"], "minimum": 1, "maximum": 9007199254740991, "pattern": "^[1-9][0-9]{0,19}$", "items": { "type": ["integer", "string"], "minimum": 1, "maximum": 9007199254740991, "pattern": "^[1-9][0-9]{0,19}$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": "Repository id(s); names are never matched." }, "actor_id": { "type": ["integer", "string", "array"], "minimum": 1, "maximum": 9007199254740991, "pattern": "^[1-9][0-9]{0,19}$", "items": { "type": ["integer", "string"], "minimum": 1, "maximum": 9007199254740991, "pattern": "^[1-9][0-9]{0,19}$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": "Id(s) of the account that started the run." }, "repository_visibility": { "type": ["string", "array"], "pattern": "^(?:public|private|internal)$", "items": { "type": "string", "pattern": "^(?:public|private|internal)$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": "public, private or internal." }, "event_name": { "type": ["string", "array"], "pattern": "^[a-z][a-z_]{0,63}$", "items": { "type": "string", "pattern": "^[a-z][a-z_]{0,63}$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": "Without it, pull_request*, issue_comment and workflow_run never match." }, "ref": { "type": ["string", "array"], "minLength": 1, "maxLength": 1024, "pattern": "^[^\\u0000-\\u001f\\u007f]+$", "items": { "type": "string", "minLength": 1, "maxLength": 1024, "pattern": "^[^\\u0000-\\u001f\\u007f]+$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": 'The triggering ref, such as refs/heads/main or "refs/tags/v*".' }, "ref_type": { "type": ["string", "array"], "pattern": "^(?:branch|tag)$", "items": { "type": "string", "pattern": "^(?:branch|tag)$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": "branch or tag." }, "workflow_ref": { "type": ["string", "array"], "minLength": 1, "maxLength": 1024, "pattern": "^[^\\u0000-\\u001f\\u007f]+$", "items": { "type": "string", "minLength": 1, "maxLength": 1024, "pattern": "^[^\\u0000-\\u001f\\u007f]+$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": "owner/repo/.github/workflows/file.yml@ref of the workflow." }, "job_workflow_ref": { "type": ["string", "array"], "minLength": 1, "maxLength": 1024, "pattern": "^[^\\u0000-\\u001f\\u007f]+$", "items": { "type": "string", "minLength": 1, "maxLength": 1024, "pattern": "^[^\\u0000-\\u001f\\u007f]+$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": "owner/repo/.github/workflows/file.yml@ref of the (reusable) workflow running the job." }, "environment": { "type": ["string", "array"], "minLength": 1, "maxLength": 1024, "pattern": "^[^\\u0000-\\u001f\\u007f]+$", "items": { "type": "string", "minLength": 1, "maxLength": 1024, "pattern": "^[^\\u0000-\\u001f\\u007f]+$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": "The job's deployment environment. Name only environments with protection rules: GitHub creates a missing one unprotected." }, "runner_environment": { "type": ["string", "array"], "pattern": "^(?:github-hosted|self-hosted)$", "items": { "type": "string", "pattern": "^(?:github-hosted|self-hosted)$" }, "minItems": 1, "maxItems": 100, "uniqueItems": true, "description": "Default: github-hosted." } } }, "grant": { "type": "object", "additionalProperties": false, "required": ["permissions"], "properties": { "repositories": { "type": "array", "items": { "type": ["integer", "string"], "minimum": 1, "maximum": 9007199254740991, "pattern": "^(?:[1-9][0-9]{0,19}|self)$" }, "minItems": 1, "maxItems": 500, "uniqueItems": true, "description": "Repository ids, or self for the repository the job runs in. Default (repository policies only): self." }, "permissions": { "type": "object", "additionalProperties": false, "description": "GitHub App permission name (as in the REST API, with `_`) to level.", "properties": { "actions": { "enum": ["read", "write"] }, "administration": { "enum": ["read", "write"] }, "artifact_metadata": { "enum": ["read", "write"] }, "attestations": { "enum": ["read", "write"] }, "checks": { "enum": ["read", "write"] }, "code_quality": { "enum": ["read", "write"] }, "codespaces": { "enum": ["read", "write"] }, "contents": { "enum": ["read", "write"] }, "custom_properties_for_organizations": { "enum": ["read", "write"] }, "dependabot_secrets": { "enum": ["read", "write"] }, "deployments": { "enum": ["read", "write"] }, "discussions": { "enum": ["read", "write"] }, "email_addresses": { "enum": ["read", "write"] }, "enterprise_custom_properties_for_organizations": { "enum": ["read", "write", "admin"] }, "environments": { "enum": ["read", "write"] }, "followers": { "enum": ["read", "write"] }, "git_ssh_keys": { "enum": ["read", "write"] }, "gpg_keys": { "enum": ["read", "write"] }, "interaction_limits": { "enum": ["read", "write"] }, "issues": { "enum": ["read", "write"] }, "members": { "enum": ["read", "write"] }, "merge_queues": { "enum": ["read", "write"] }, "metadata": { "enum": ["read", "write"] }, "organization_administration": { "enum": ["read", "write"] }, "organization_announcement_banners": { "enum": ["read", "write"] }, "organization_copilot_agent_settings": { "enum": ["read", "write"] }, "organization_copilot_seat_management": { "enum": ["read", "write"] }, "organization_custom_org_roles": { "enum": ["read", "write"] }, "organization_custom_properties": { "enum": ["read", "write", "admin"] }, "organization_custom_roles": { "enum": ["read", "write"] }, "organization_events": { "enum": ["read"] }, "organization_hooks": { "enum": ["read", "write"] }, "organization_packages": { "enum": ["read", "write"] }, "organization_personal_access_token_requests": { "enum": ["read", "write"] }, "organization_personal_access_tokens": { "enum": ["read", "write"] }, "organization_plan": { "enum": ["read"] }, "organization_projects": { "enum": ["read", "write", "admin"] }, "organization_secrets": { "enum": ["read", "write"] }, "organization_self_hosted_runners": { "enum": ["read", "write"] }, "organization_user_blocking": { "enum": ["read", "write"] }, "packages": { "enum": ["read", "write"] }, "pages": { "enum": ["read", "write"] }, "profile": { "enum": ["write"] }, "pull_requests": { "enum": ["read", "write"] }, "repository_custom_properties": { "enum": ["read", "write"] }, "repository_hooks": { "enum": ["read", "write"] }, "repository_projects": { "enum": ["read", "write", "admin"] }, "secret_scanning_alerts": { "enum": ["read", "write"] }, "secrets": { "enum": ["read", "write"] }, "security_events": { "enum": ["read", "write"] }, "single_file": { "enum": ["read", "write"] }, "starring": { "enum": ["read", "write"] }, "statuses": { "enum": ["read", "write"] }, "vulnerability_alerts": { "enum": ["read", "write"] }, "workflows": { "enum": ["write"] } }, "minProperties": 1 } } } } }, "maxItems": 1e3, "description": "A request is granted when any rule matches and grants all of it." } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = func2Module.default.default ?? func2Module.default;
var pattern4 = new RegExp("^refs/(?:heads|tags)/[^\\u0000-\\u0020\\u007f~^:\\\\]+$", "u");
var pattern5 = new RegExp("^[1-9][0-9]{0,19}$", "u");
var pattern6 = new RegExp("^[A-Za-z0-9._-]{1,64}$", "u");
var pattern13 = new RegExp("^(?:public|private|internal)$", "u");
var pattern15 = new RegExp("^[a-z][a-z_]{0,63}$", "u");
var pattern17 = new RegExp("^[^\\u0000-\\u001f\\u007f]+$", "u");
var pattern19 = new RegExp("^(?:branch|tag)$", "u");
var pattern27 = new RegExp("^(?:github-hosted|self-hosted)$", "u");
var pattern29 = new RegExp("^(?:[1-9][0-9]{0,19}|self)$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "ceiling" || key0 === "protected_refs" || key0 === "protected_repositories" || key0 === "rules")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ceiling !== void 0) {
      let data0 = data.ceiling;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "permissions")) {
            const err1 = { instancePath: instancePath + "/ceiling", schemaPath: "#/properties/ceiling/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.ceiling, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.permissions !== void 0) {
          let data1 = data0.permissions;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key2 in data1) {
              if (!func1.call(schema31.properties.ceiling.properties.permissions.properties, key2)) {
                const err2 = { instancePath: instancePath + "/ceiling/permissions", schemaPath: "#/properties/ceiling/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.ceiling.properties.permissions, data: data1 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data1.actions !== void 0) {
              let data2 = data1.actions;
              if (!(data2 === "read" || data2 === "write")) {
                const err3 = { instancePath: instancePath + "/ceiling/permissions/actions", schemaPath: "#/properties/ceiling/properties/permissions/properties/actions/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.actions.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.actions.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.actions, data: data2 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.administration !== void 0) {
              let data3 = data1.administration;
              if (!(data3 === "read" || data3 === "write")) {
                const err4 = { instancePath: instancePath + "/ceiling/permissions/administration", schemaPath: "#/properties/ceiling/properties/permissions/properties/administration/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.administration.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.administration.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.administration, data: data3 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.artifact_metadata !== void 0) {
              let data4 = data1.artifact_metadata;
              if (!(data4 === "read" || data4 === "write")) {
                const err5 = { instancePath: instancePath + "/ceiling/permissions/artifact_metadata", schemaPath: "#/properties/ceiling/properties/permissions/properties/artifact_metadata/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.artifact_metadata.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.artifact_metadata.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.artifact_metadata, data: data4 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.attestations !== void 0) {
              let data5 = data1.attestations;
              if (!(data5 === "read" || data5 === "write")) {
                const err6 = { instancePath: instancePath + "/ceiling/permissions/attestations", schemaPath: "#/properties/ceiling/properties/permissions/properties/attestations/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.attestations.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.attestations.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.attestations, data: data5 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.checks !== void 0) {
              let data6 = data1.checks;
              if (!(data6 === "read" || data6 === "write")) {
                const err7 = { instancePath: instancePath + "/ceiling/permissions/checks", schemaPath: "#/properties/ceiling/properties/permissions/properties/checks/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.checks.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.checks.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.checks, data: data6 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.code_quality !== void 0) {
              let data7 = data1.code_quality;
              if (!(data7 === "read" || data7 === "write")) {
                const err8 = { instancePath: instancePath + "/ceiling/permissions/code_quality", schemaPath: "#/properties/ceiling/properties/permissions/properties/code_quality/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.code_quality.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.code_quality.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.code_quality, data: data7 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.codespaces !== void 0) {
              let data8 = data1.codespaces;
              if (!(data8 === "read" || data8 === "write")) {
                const err9 = { instancePath: instancePath + "/ceiling/permissions/codespaces", schemaPath: "#/properties/ceiling/properties/permissions/properties/codespaces/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.codespaces.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.codespaces.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.codespaces, data: data8 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.contents !== void 0) {
              let data9 = data1.contents;
              if (!(data9 === "read" || data9 === "write")) {
                const err10 = { instancePath: instancePath + "/ceiling/permissions/contents", schemaPath: "#/properties/ceiling/properties/permissions/properties/contents/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.contents.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.contents.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.contents, data: data9 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.custom_properties_for_organizations !== void 0) {
              let data10 = data1.custom_properties_for_organizations;
              if (!(data10 === "read" || data10 === "write")) {
                const err11 = { instancePath: instancePath + "/ceiling/permissions/custom_properties_for_organizations", schemaPath: "#/properties/ceiling/properties/permissions/properties/custom_properties_for_organizations/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.custom_properties_for_organizations.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.custom_properties_for_organizations.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.custom_properties_for_organizations, data: data10 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.dependabot_secrets !== void 0) {
              let data11 = data1.dependabot_secrets;
              if (!(data11 === "read" || data11 === "write")) {
                const err12 = { instancePath: instancePath + "/ceiling/permissions/dependabot_secrets", schemaPath: "#/properties/ceiling/properties/permissions/properties/dependabot_secrets/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.dependabot_secrets.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.dependabot_secrets.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.dependabot_secrets, data: data11 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data1.deployments !== void 0) {
              let data12 = data1.deployments;
              if (!(data12 === "read" || data12 === "write")) {
                const err13 = { instancePath: instancePath + "/ceiling/permissions/deployments", schemaPath: "#/properties/ceiling/properties/permissions/properties/deployments/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.deployments.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.deployments.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.deployments, data: data12 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.discussions !== void 0) {
              let data13 = data1.discussions;
              if (!(data13 === "read" || data13 === "write")) {
                const err14 = { instancePath: instancePath + "/ceiling/permissions/discussions", schemaPath: "#/properties/ceiling/properties/permissions/properties/discussions/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.discussions.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.discussions.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.discussions, data: data13 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data1.email_addresses !== void 0) {
              let data14 = data1.email_addresses;
              if (!(data14 === "read" || data14 === "write")) {
                const err15 = { instancePath: instancePath + "/ceiling/permissions/email_addresses", schemaPath: "#/properties/ceiling/properties/permissions/properties/email_addresses/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.email_addresses.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.email_addresses.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.email_addresses, data: data14 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data1.enterprise_custom_properties_for_organizations !== void 0) {
              let data15 = data1.enterprise_custom_properties_for_organizations;
              if (!(data15 === "read" || data15 === "write" || data15 === "admin")) {
                const err16 = { instancePath: instancePath + "/ceiling/permissions/enterprise_custom_properties_for_organizations", schemaPath: "#/properties/ceiling/properties/permissions/properties/enterprise_custom_properties_for_organizations/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.enterprise_custom_properties_for_organizations.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.enterprise_custom_properties_for_organizations.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.enterprise_custom_properties_for_organizations, data: data15 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data1.environments !== void 0) {
              let data16 = data1.environments;
              if (!(data16 === "read" || data16 === "write")) {
                const err17 = { instancePath: instancePath + "/ceiling/permissions/environments", schemaPath: "#/properties/ceiling/properties/permissions/properties/environments/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.environments.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.environments.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.environments, data: data16 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data1.followers !== void 0) {
              let data17 = data1.followers;
              if (!(data17 === "read" || data17 === "write")) {
                const err18 = { instancePath: instancePath + "/ceiling/permissions/followers", schemaPath: "#/properties/ceiling/properties/permissions/properties/followers/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.followers.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.followers.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.followers, data: data17 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data1.git_ssh_keys !== void 0) {
              let data18 = data1.git_ssh_keys;
              if (!(data18 === "read" || data18 === "write")) {
                const err19 = { instancePath: instancePath + "/ceiling/permissions/git_ssh_keys", schemaPath: "#/properties/ceiling/properties/permissions/properties/git_ssh_keys/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.git_ssh_keys.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.git_ssh_keys.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.git_ssh_keys, data: data18 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data1.gpg_keys !== void 0) {
              let data19 = data1.gpg_keys;
              if (!(data19 === "read" || data19 === "write")) {
                const err20 = { instancePath: instancePath + "/ceiling/permissions/gpg_keys", schemaPath: "#/properties/ceiling/properties/permissions/properties/gpg_keys/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.gpg_keys.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.gpg_keys.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.gpg_keys, data: data19 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data1.interaction_limits !== void 0) {
              let data20 = data1.interaction_limits;
              if (!(data20 === "read" || data20 === "write")) {
                const err21 = { instancePath: instancePath + "/ceiling/permissions/interaction_limits", schemaPath: "#/properties/ceiling/properties/permissions/properties/interaction_limits/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.interaction_limits.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.interaction_limits.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.interaction_limits, data: data20 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data1.issues !== void 0) {
              let data21 = data1.issues;
              if (!(data21 === "read" || data21 === "write")) {
                const err22 = { instancePath: instancePath + "/ceiling/permissions/issues", schemaPath: "#/properties/ceiling/properties/permissions/properties/issues/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.issues.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.issues.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.issues, data: data21 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data1.members !== void 0) {
              let data22 = data1.members;
              if (!(data22 === "read" || data22 === "write")) {
                const err23 = { instancePath: instancePath + "/ceiling/permissions/members", schemaPath: "#/properties/ceiling/properties/permissions/properties/members/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.members.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.members.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.members, data: data22 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data1.merge_queues !== void 0) {
              let data23 = data1.merge_queues;
              if (!(data23 === "read" || data23 === "write")) {
                const err24 = { instancePath: instancePath + "/ceiling/permissions/merge_queues", schemaPath: "#/properties/ceiling/properties/permissions/properties/merge_queues/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.merge_queues.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.merge_queues.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.merge_queues, data: data23 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data1.metadata !== void 0) {
              let data24 = data1.metadata;
              if (!(data24 === "read" || data24 === "write")) {
                const err25 = { instancePath: instancePath + "/ceiling/permissions/metadata", schemaPath: "#/properties/ceiling/properties/permissions/properties/metadata/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.metadata.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.metadata.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.metadata, data: data24 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data1.organization_administration !== void 0) {
              let data25 = data1.organization_administration;
              if (!(data25 === "read" || data25 === "write")) {
                const err26 = { instancePath: instancePath + "/ceiling/permissions/organization_administration", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_administration/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_administration.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_administration.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_administration, data: data25 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data1.organization_announcement_banners !== void 0) {
              let data26 = data1.organization_announcement_banners;
              if (!(data26 === "read" || data26 === "write")) {
                const err27 = { instancePath: instancePath + "/ceiling/permissions/organization_announcement_banners", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_announcement_banners/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_announcement_banners.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_announcement_banners.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_announcement_banners, data: data26 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data1.organization_copilot_agent_settings !== void 0) {
              let data27 = data1.organization_copilot_agent_settings;
              if (!(data27 === "read" || data27 === "write")) {
                const err28 = { instancePath: instancePath + "/ceiling/permissions/organization_copilot_agent_settings", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_copilot_agent_settings/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_copilot_agent_settings.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_copilot_agent_settings.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_copilot_agent_settings, data: data27 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data1.organization_copilot_seat_management !== void 0) {
              let data28 = data1.organization_copilot_seat_management;
              if (!(data28 === "read" || data28 === "write")) {
                const err29 = { instancePath: instancePath + "/ceiling/permissions/organization_copilot_seat_management", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_copilot_seat_management/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_copilot_seat_management.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_copilot_seat_management.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_copilot_seat_management, data: data28 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data1.organization_custom_org_roles !== void 0) {
              let data29 = data1.organization_custom_org_roles;
              if (!(data29 === "read" || data29 === "write")) {
                const err30 = { instancePath: instancePath + "/ceiling/permissions/organization_custom_org_roles", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_custom_org_roles/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_custom_org_roles.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_custom_org_roles.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_custom_org_roles, data: data29 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data1.organization_custom_properties !== void 0) {
              let data30 = data1.organization_custom_properties;
              if (!(data30 === "read" || data30 === "write" || data30 === "admin")) {
                const err31 = { instancePath: instancePath + "/ceiling/permissions/organization_custom_properties", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_custom_properties/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_custom_properties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_custom_properties.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_custom_properties, data: data30 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data1.organization_custom_roles !== void 0) {
              let data31 = data1.organization_custom_roles;
              if (!(data31 === "read" || data31 === "write")) {
                const err32 = { instancePath: instancePath + "/ceiling/permissions/organization_custom_roles", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_custom_roles/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_custom_roles.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_custom_roles.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_custom_roles, data: data31 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data1.organization_events !== void 0) {
              let data32 = data1.organization_events;
              if (!(data32 === "read")) {
                const err33 = { instancePath: instancePath + "/ceiling/permissions/organization_events", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_events/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_events.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_events.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_events, data: data32 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data1.organization_hooks !== void 0) {
              let data33 = data1.organization_hooks;
              if (!(data33 === "read" || data33 === "write")) {
                const err34 = { instancePath: instancePath + "/ceiling/permissions/organization_hooks", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_hooks/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_hooks.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_hooks.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_hooks, data: data33 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data1.organization_packages !== void 0) {
              let data34 = data1.organization_packages;
              if (!(data34 === "read" || data34 === "write")) {
                const err35 = { instancePath: instancePath + "/ceiling/permissions/organization_packages", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_packages/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_packages.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_packages.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_packages, data: data34 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data1.organization_personal_access_token_requests !== void 0) {
              let data35 = data1.organization_personal_access_token_requests;
              if (!(data35 === "read" || data35 === "write")) {
                const err36 = { instancePath: instancePath + "/ceiling/permissions/organization_personal_access_token_requests", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_personal_access_token_requests/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_personal_access_token_requests.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_personal_access_token_requests.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_personal_access_token_requests, data: data35 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data1.organization_personal_access_tokens !== void 0) {
              let data36 = data1.organization_personal_access_tokens;
              if (!(data36 === "read" || data36 === "write")) {
                const err37 = { instancePath: instancePath + "/ceiling/permissions/organization_personal_access_tokens", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_personal_access_tokens/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_personal_access_tokens.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_personal_access_tokens.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_personal_access_tokens, data: data36 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data1.organization_plan !== void 0) {
              let data37 = data1.organization_plan;
              if (!(data37 === "read")) {
                const err38 = { instancePath: instancePath + "/ceiling/permissions/organization_plan", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_plan/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_plan.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_plan.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_plan, data: data37 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data1.organization_projects !== void 0) {
              let data38 = data1.organization_projects;
              if (!(data38 === "read" || data38 === "write" || data38 === "admin")) {
                const err39 = { instancePath: instancePath + "/ceiling/permissions/organization_projects", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_projects/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_projects.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_projects.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_projects, data: data38 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data1.organization_secrets !== void 0) {
              let data39 = data1.organization_secrets;
              if (!(data39 === "read" || data39 === "write")) {
                const err40 = { instancePath: instancePath + "/ceiling/permissions/organization_secrets", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_secrets/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_secrets.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_secrets.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_secrets, data: data39 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data1.organization_self_hosted_runners !== void 0) {
              let data40 = data1.organization_self_hosted_runners;
              if (!(data40 === "read" || data40 === "write")) {
                const err41 = { instancePath: instancePath + "/ceiling/permissions/organization_self_hosted_runners", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_self_hosted_runners/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_self_hosted_runners.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_self_hosted_runners.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_self_hosted_runners, data: data40 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data1.organization_user_blocking !== void 0) {
              let data41 = data1.organization_user_blocking;
              if (!(data41 === "read" || data41 === "write")) {
                const err42 = { instancePath: instancePath + "/ceiling/permissions/organization_user_blocking", schemaPath: "#/properties/ceiling/properties/permissions/properties/organization_user_blocking/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.organization_user_blocking.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.organization_user_blocking.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.organization_user_blocking, data: data41 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data1.packages !== void 0) {
              let data42 = data1.packages;
              if (!(data42 === "read" || data42 === "write")) {
                const err43 = { instancePath: instancePath + "/ceiling/permissions/packages", schemaPath: "#/properties/ceiling/properties/permissions/properties/packages/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.packages.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.packages.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.packages, data: data42 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data1.pages !== void 0) {
              let data43 = data1.pages;
              if (!(data43 === "read" || data43 === "write")) {
                const err44 = { instancePath: instancePath + "/ceiling/permissions/pages", schemaPath: "#/properties/ceiling/properties/permissions/properties/pages/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.pages.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.pages.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.pages, data: data43 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data1.profile !== void 0) {
              let data44 = data1.profile;
              if (!(data44 === "write")) {
                const err45 = { instancePath: instancePath + "/ceiling/permissions/profile", schemaPath: "#/properties/ceiling/properties/permissions/properties/profile/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.profile.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.profile.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.profile, data: data44 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data1.pull_requests !== void 0) {
              let data45 = data1.pull_requests;
              if (!(data45 === "read" || data45 === "write")) {
                const err46 = { instancePath: instancePath + "/ceiling/permissions/pull_requests", schemaPath: "#/properties/ceiling/properties/permissions/properties/pull_requests/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.pull_requests.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.pull_requests.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.pull_requests, data: data45 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data1.repository_custom_properties !== void 0) {
              let data46 = data1.repository_custom_properties;
              if (!(data46 === "read" || data46 === "write")) {
                const err47 = { instancePath: instancePath + "/ceiling/permissions/repository_custom_properties", schemaPath: "#/properties/ceiling/properties/permissions/properties/repository_custom_properties/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.repository_custom_properties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.repository_custom_properties.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.repository_custom_properties, data: data46 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data1.repository_hooks !== void 0) {
              let data47 = data1.repository_hooks;
              if (!(data47 === "read" || data47 === "write")) {
                const err48 = { instancePath: instancePath + "/ceiling/permissions/repository_hooks", schemaPath: "#/properties/ceiling/properties/permissions/properties/repository_hooks/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.repository_hooks.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.repository_hooks.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.repository_hooks, data: data47 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data1.repository_projects !== void 0) {
              let data48 = data1.repository_projects;
              if (!(data48 === "read" || data48 === "write" || data48 === "admin")) {
                const err49 = { instancePath: instancePath + "/ceiling/permissions/repository_projects", schemaPath: "#/properties/ceiling/properties/permissions/properties/repository_projects/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.repository_projects.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.repository_projects.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.repository_projects, data: data48 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data1.secret_scanning_alerts !== void 0) {
              let data49 = data1.secret_scanning_alerts;
              if (!(data49 === "read" || data49 === "write")) {
                const err50 = { instancePath: instancePath + "/ceiling/permissions/secret_scanning_alerts", schemaPath: "#/properties/ceiling/properties/permissions/properties/secret_scanning_alerts/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.secret_scanning_alerts.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.secret_scanning_alerts.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.secret_scanning_alerts, data: data49 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data1.secrets !== void 0) {
              let data50 = data1.secrets;
              if (!(data50 === "read" || data50 === "write")) {
                const err51 = { instancePath: instancePath + "/ceiling/permissions/secrets", schemaPath: "#/properties/ceiling/properties/permissions/properties/secrets/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.secrets.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.secrets.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.secrets, data: data50 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data1.security_events !== void 0) {
              let data51 = data1.security_events;
              if (!(data51 === "read" || data51 === "write")) {
                const err52 = { instancePath: instancePath + "/ceiling/permissions/security_events", schemaPath: "#/properties/ceiling/properties/permissions/properties/security_events/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.security_events.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.security_events.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.security_events, data: data51 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data1.single_file !== void 0) {
              let data52 = data1.single_file;
              if (!(data52 === "read" || data52 === "write")) {
                const err53 = { instancePath: instancePath + "/ceiling/permissions/single_file", schemaPath: "#/properties/ceiling/properties/permissions/properties/single_file/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.single_file.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.single_file.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.single_file, data: data52 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data1.starring !== void 0) {
              let data53 = data1.starring;
              if (!(data53 === "read" || data53 === "write")) {
                const err54 = { instancePath: instancePath + "/ceiling/permissions/starring", schemaPath: "#/properties/ceiling/properties/permissions/properties/starring/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.starring.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.starring.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.starring, data: data53 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data1.statuses !== void 0) {
              let data54 = data1.statuses;
              if (!(data54 === "read" || data54 === "write")) {
                const err55 = { instancePath: instancePath + "/ceiling/permissions/statuses", schemaPath: "#/properties/ceiling/properties/permissions/properties/statuses/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.statuses.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.statuses.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.statuses, data: data54 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data1.vulnerability_alerts !== void 0) {
              let data55 = data1.vulnerability_alerts;
              if (!(data55 === "read" || data55 === "write")) {
                const err56 = { instancePath: instancePath + "/ceiling/permissions/vulnerability_alerts", schemaPath: "#/properties/ceiling/properties/permissions/properties/vulnerability_alerts/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.vulnerability_alerts.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.vulnerability_alerts.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.vulnerability_alerts, data: data55 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data1.workflows !== void 0) {
              let data56 = data1.workflows;
              if (!(data56 === "write")) {
                const err57 = { instancePath: instancePath + "/ceiling/permissions/workflows", schemaPath: "#/properties/ceiling/properties/permissions/properties/workflows/enum", keyword: "enum", params: { allowedValues: schema31.properties.ceiling.properties.permissions.properties.workflows.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.ceiling.properties.permissions.properties.workflows.enum, parentSchema: schema31.properties.ceiling.properties.permissions.properties.workflows, data: data56 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/ceiling/permissions", schemaPath: "#/properties/ceiling/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.ceiling.properties.permissions.type, parentSchema: schema31.properties.ceiling.properties.permissions, data: data1 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/ceiling", schemaPath: "#/properties/ceiling/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.ceiling.type, parentSchema: schema31.properties.ceiling, data: data0 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.protected_refs !== void 0) {
      let data57 = data.protected_refs;
      if (Array.isArray(data57)) {
        if (data57.length < 1) {
          const err60 = { instancePath: instancePath + "/protected_refs", schemaPath: "#/properties/protected_refs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.protected_refs, data: data57 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        const len0 = data57.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data58 = data57[i0];
          if (typeof data58 === "string") {
            if (func2(data58) > 255) {
              const err61 = { instancePath: instancePath + "/protected_refs/" + i0, schemaPath: "#/properties/protected_refs/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema31.properties.protected_refs.items, data: data58 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (!pattern4.test(data58)) {
              const err62 = { instancePath: instancePath + "/protected_refs/" + i0, schemaPath: "#/properties/protected_refs/items/pattern", keyword: "pattern", params: { pattern: "^refs/(?:heads|tags)/[^\\u0000-\\u0020\\u007f~^:\\\\]+$" }, message: 'must match pattern "^refs/(?:heads|tags)/[^\\u0000-\\u0020\\u007f~^:\\\\]+$"', schema: "^refs/(?:heads|tags)/[^\\u0000-\\u0020\\u007f~^:\\\\]+$", parentSchema: schema31.properties.protected_refs.items, data: data58 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/protected_refs/" + i0, schemaPath: "#/properties/protected_refs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.protected_refs.items.type, parentSchema: schema31.properties.protected_refs.items, data: data58 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        let i1 = data57.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data57[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err64 = { instancePath: instancePath + "/protected_refs", schemaPath: "#/properties/protected_refs/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema31.properties.protected_refs, data: data57 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/protected_refs", schemaPath: "#/properties/protected_refs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.protected_refs.type, parentSchema: schema31.properties.protected_refs, data: data57 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.protected_repositories !== void 0) {
      let data59 = data.protected_repositories;
      if (Array.isArray(data59)) {
        const len1 = data59.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data60 = data59[i2];
          if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60)) && typeof data60 !== "string") {
            const err66 = { instancePath: instancePath + "/protected_repositories/" + i2, schemaPath: "#/properties/protected_repositories/items/type", keyword: "type", params: { type: schema31.properties.protected_repositories.items.type }, message: "must be integer,string", schema: schema31.properties.protected_repositories.items.type, parentSchema: schema31.properties.protected_repositories.items, data: data60 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (typeof data60 == "number" && isFinite(data60)) {
            if (data60 > 9007199254740991 || isNaN(data60)) {
              const err67 = { instancePath: instancePath + "/protected_repositories/" + i2, schemaPath: "#/properties/protected_repositories/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema31.properties.protected_repositories.items, data: data60 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data60 < 1 || isNaN(data60)) {
              const err68 = { instancePath: instancePath + "/protected_repositories/" + i2, schemaPath: "#/properties/protected_repositories/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.protected_repositories.items, data: data60 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
          if (typeof data60 === "string") {
            if (!pattern5.test(data60)) {
              const err69 = { instancePath: instancePath + "/protected_repositories/" + i2, schemaPath: "#/properties/protected_repositories/items/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,19}$" }, message: 'must match pattern "^[1-9][0-9]{0,19}$"', schema: "^[1-9][0-9]{0,19}$", parentSchema: schema31.properties.protected_repositories.items, data: data60 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
        }
        let i3 = data59.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data59[i3];
            if (!(typeof item1 == "number" && (!(item1 % 1) && !isNaN(item1)) && isFinite(item1)) && typeof item1 !== "string") {
              continue;
            }
            if (typeof item1 == "string") {
              item1 += "_";
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err70 = { instancePath: instancePath + "/protected_repositories", schemaPath: "#/properties/protected_repositories/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema31.properties.protected_repositories, data: data59 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/protected_repositories", schemaPath: "#/properties/protected_repositories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.protected_repositories.type, parentSchema: schema31.properties.protected_repositories, data: data59 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data61 = data.rules;
      if (Array.isArray(data61)) {
        if (data61.length > 1e3) {
          const err72 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema31.properties.rules, data: data61 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
        const len2 = data61.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data62 = data61[i4];
          if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
            if (data62.name === void 0) {
              const err73 = { instancePath: instancePath + "/rules/" + i4, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.rules.items.required, parentSchema: schema31.properties.rules.items, data: data62 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data62.match === void 0) {
              const err74 = { instancePath: instancePath + "/rules/" + i4, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema31.properties.rules.items.required, parentSchema: schema31.properties.rules.items, data: data62 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (data62.grant === void 0) {
              const err75 = { instancePath: instancePath + "/rules/" + i4, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "grant" }, message: "must have required property 'grant'", schema: schema31.properties.rules.items.required, parentSchema: schema31.properties.rules.items, data: data62 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            for (const key3 in data62) {
              if (!(key3 === "name" || key3 === "description" || key3 === "match" || key3 === "grant")) {
                const err76 = { instancePath: instancePath + "/rules/" + i4, schemaPath: "#/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.rules.items, data: data62 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data62.name !== void 0) {
              let data63 = data62.name;
              if (typeof data63 === "string") {
                if (!pattern6.test(data63)) {
                  const err77 = { instancePath: instancePath + "/rules/" + i4 + "/name", schemaPath: "#/properties/rules/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9._-]{1,64}$"', schema: "^[A-Za-z0-9._-]{1,64}$", parentSchema: schema31.properties.rules.items.properties.name, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/rules/" + i4 + "/name", schemaPath: "#/properties/rules/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rules.items.properties.name.type, parentSchema: schema31.properties.rules.items.properties.name, data: data63 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data62.description !== void 0) {
              let data64 = data62.description;
              if (typeof data64 === "string") {
                if (func2(data64) > 500) {
                  const err79 = { instancePath: instancePath + "/rules/" + i4 + "/description", schemaPath: "#/properties/rules/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema31.properties.rules.items.properties.description, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/rules/" + i4 + "/description", schemaPath: "#/properties/rules/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rules.items.properties.description.type, parentSchema: schema31.properties.rules.items.properties.description, data: data64 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data62.match !== void 0) {
              let data65 = data62.match;
              if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                for (const key4 in data65) {
                  if (!func1.call(schema31.properties.rules.items.properties.match.properties, key4)) {
                    const err81 = { instancePath: instancePath + "/rules/" + i4 + "/match", schemaPath: "#/properties/rules/items/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.rules.items.properties.match, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data65.repository_owner_id !== void 0) {
                  let data66 = data65.repository_owner_id;
                  if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)) && isFinite(data66)) && typeof data66 !== "string" && !Array.isArray(data66)) {
                    const err82 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.repository_owner_id.type }, message: "must be integer,string,array", schema: schema31.properties.rules.items.properties.match.properties.repository_owner_id.type, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                  if (typeof data66 == "number" && isFinite(data66)) {
                    if (data66 > 9007199254740991 || isNaN(data66)) {
                      const err83 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                    if (data66 < 1 || isNaN(data66)) {
                      const err84 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  }
                  if (typeof data66 === "string") {
                    if (!pattern5.test(data66)) {
                      const err85 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,19}$" }, message: 'must match pattern "^[1-9][0-9]{0,19}$"', schema: "^[1-9][0-9]{0,19}$", parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data66)) {
                    if (data66.length > 100) {
                      const err86 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                    if (data66.length < 1) {
                      const err87 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                    const len3 = data66.length;
                    for (let i5 = 0; i5 < len3; i5++) {
                      let data67 = data66[i5];
                      if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)) && isFinite(data67)) && typeof data67 !== "string") {
                        const err88 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id/" + i5, schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/items/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.repository_owner_id.items.type }, message: "must be integer,string", schema: schema31.properties.rules.items.properties.match.properties.repository_owner_id.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id.items, data: data67 };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                      if (typeof data67 == "number" && isFinite(data67)) {
                        if (data67 > 9007199254740991 || isNaN(data67)) {
                          const err89 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id/" + i5, schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id.items, data: data67 };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                        }
                        if (data67 < 1 || isNaN(data67)) {
                          const err90 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id/" + i5, schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id.items, data: data67 };
                          if (vErrors === null) {
                            vErrors = [err90];
                          } else {
                            vErrors.push(err90);
                          }
                          errors++;
                        }
                      }
                      if (typeof data67 === "string") {
                        if (!pattern5.test(data67)) {
                          const err91 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id/" + i5, schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/items/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,19}$" }, message: 'must match pattern "^[1-9][0-9]{0,19}$"', schema: "^[1-9][0-9]{0,19}$", parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id.items, data: data67 };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                        }
                      }
                    }
                    let i6 = data66.length;
                    let j2;
                    if (i6 > 1) {
                      const indices2 = {};
                      for (; i6--; ) {
                        let item2 = data66[i6];
                        if (!(typeof item2 == "number" && (!(item2 % 1) && !isNaN(item2)) && isFinite(item2)) && typeof item2 !== "string") {
                          continue;
                        }
                        if (typeof item2 == "string") {
                          item2 += "_";
                        }
                        if (typeof indices2[item2] == "number") {
                          j2 = indices2[item2];
                          const err92 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_owner_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_owner_id/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_owner_id, data: data66 };
                          if (vErrors === null) {
                            vErrors = [err92];
                          } else {
                            vErrors.push(err92);
                          }
                          errors++;
                          break;
                        }
                        indices2[item2] = i6;
                      }
                    }
                  }
                }
                if (data65.repository_id !== void 0) {
                  let data68 = data65.repository_id;
                  if (!(typeof data68 == "number" && (!(data68 % 1) && !isNaN(data68)) && isFinite(data68)) && typeof data68 !== "string" && !Array.isArray(data68)) {
                    const err93 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.repository_id.type }, message: "must be integer,string,array", schema: schema31.properties.rules.items.properties.match.properties.repository_id.type, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                  if (typeof data68 == "number" && isFinite(data68)) {
                    if (data68 > 9007199254740991 || isNaN(data68)) {
                      const err94 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id, data: data68 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                    if (data68 < 1 || isNaN(data68)) {
                      const err95 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id, data: data68 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                  if (typeof data68 === "string") {
                    if (!pattern5.test(data68)) {
                      const err96 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,19}$" }, message: 'must match pattern "^[1-9][0-9]{0,19}$"', schema: "^[1-9][0-9]{0,19}$", parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id, data: data68 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data68)) {
                    if (data68.length > 100) {
                      const err97 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id, data: data68 };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                    if (data68.length < 1) {
                      const err98 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id, data: data68 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                    const len4 = data68.length;
                    for (let i7 = 0; i7 < len4; i7++) {
                      let data69 = data68[i7];
                      if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)) && isFinite(data69)) && typeof data69 !== "string") {
                        const err99 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id/" + i7, schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/items/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.repository_id.items.type }, message: "must be integer,string", schema: schema31.properties.rules.items.properties.match.properties.repository_id.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id.items, data: data69 };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                      if (typeof data69 == "number" && isFinite(data69)) {
                        if (data69 > 9007199254740991 || isNaN(data69)) {
                          const err100 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id/" + i7, schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id.items, data: data69 };
                          if (vErrors === null) {
                            vErrors = [err100];
                          } else {
                            vErrors.push(err100);
                          }
                          errors++;
                        }
                        if (data69 < 1 || isNaN(data69)) {
                          const err101 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id/" + i7, schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id.items, data: data69 };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                      }
                      if (typeof data69 === "string") {
                        if (!pattern5.test(data69)) {
                          const err102 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id/" + i7, schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/items/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,19}$" }, message: 'must match pattern "^[1-9][0-9]{0,19}$"', schema: "^[1-9][0-9]{0,19}$", parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id.items, data: data69 };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                      }
                    }
                    let i8 = data68.length;
                    let j3;
                    if (i8 > 1) {
                      const indices3 = {};
                      for (; i8--; ) {
                        let item3 = data68[i8];
                        if (!(typeof item3 == "number" && (!(item3 % 1) && !isNaN(item3)) && isFinite(item3)) && typeof item3 !== "string") {
                          continue;
                        }
                        if (typeof item3 == "string") {
                          item3 += "_";
                        }
                        if (typeof indices3[item3] == "number") {
                          j3 = indices3[item3];
                          const err103 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_id", schemaPath: "#/properties/rules/items/properties/match/properties/repository_id/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_id, data: data68 };
                          if (vErrors === null) {
                            vErrors = [err103];
                          } else {
                            vErrors.push(err103);
                          }
                          errors++;
                          break;
                        }
                        indices3[item3] = i8;
                      }
                    }
                  }
                }
                if (data65.actor_id !== void 0) {
                  let data70 = data65.actor_id;
                  if (!(typeof data70 == "number" && (!(data70 % 1) && !isNaN(data70)) && isFinite(data70)) && typeof data70 !== "string" && !Array.isArray(data70)) {
                    const err104 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id", schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.actor_id.type }, message: "must be integer,string,array", schema: schema31.properties.rules.items.properties.match.properties.actor_id.type, parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                  if (typeof data70 == "number" && isFinite(data70)) {
                    if (data70 > 9007199254740991 || isNaN(data70)) {
                      const err105 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id", schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                    if (data70 < 1 || isNaN(data70)) {
                      const err106 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id", schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  }
                  if (typeof data70 === "string") {
                    if (!pattern5.test(data70)) {
                      const err107 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id", schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,19}$" }, message: 'must match pattern "^[1-9][0-9]{0,19}$"', schema: "^[1-9][0-9]{0,19}$", parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data70)) {
                    if (data70.length > 100) {
                      const err108 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id", schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                    if (data70.length < 1) {
                      const err109 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id", schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                    const len5 = data70.length;
                    for (let i9 = 0; i9 < len5; i9++) {
                      let data71 = data70[i9];
                      if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)) && isFinite(data71)) && typeof data71 !== "string") {
                        const err110 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id/" + i9, schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/items/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.actor_id.items.type }, message: "must be integer,string", schema: schema31.properties.rules.items.properties.match.properties.actor_id.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id.items, data: data71 };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                      if (typeof data71 == "number" && isFinite(data71)) {
                        if (data71 > 9007199254740991 || isNaN(data71)) {
                          const err111 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id/" + i9, schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id.items, data: data71 };
                          if (vErrors === null) {
                            vErrors = [err111];
                          } else {
                            vErrors.push(err111);
                          }
                          errors++;
                        }
                        if (data71 < 1 || isNaN(data71)) {
                          const err112 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id/" + i9, schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id.items, data: data71 };
                          if (vErrors === null) {
                            vErrors = [err112];
                          } else {
                            vErrors.push(err112);
                          }
                          errors++;
                        }
                      }
                      if (typeof data71 === "string") {
                        if (!pattern5.test(data71)) {
                          const err113 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id/" + i9, schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/items/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,19}$" }, message: 'must match pattern "^[1-9][0-9]{0,19}$"', schema: "^[1-9][0-9]{0,19}$", parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id.items, data: data71 };
                          if (vErrors === null) {
                            vErrors = [err113];
                          } else {
                            vErrors.push(err113);
                          }
                          errors++;
                        }
                      }
                    }
                    let i10 = data70.length;
                    let j4;
                    if (i10 > 1) {
                      const indices4 = {};
                      for (; i10--; ) {
                        let item4 = data70[i10];
                        if (!(typeof item4 == "number" && (!(item4 % 1) && !isNaN(item4)) && isFinite(item4)) && typeof item4 !== "string") {
                          continue;
                        }
                        if (typeof item4 == "string") {
                          item4 += "_";
                        }
                        if (typeof indices4[item4] == "number") {
                          j4 = indices4[item4];
                          const err114 = { instancePath: instancePath + "/rules/" + i4 + "/match/actor_id", schemaPath: "#/properties/rules/items/properties/match/properties/actor_id/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i10 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.actor_id, data: data70 };
                          if (vErrors === null) {
                            vErrors = [err114];
                          } else {
                            vErrors.push(err114);
                          }
                          errors++;
                          break;
                        }
                        indices4[item4] = i10;
                      }
                    }
                  }
                }
                if (data65.repository_visibility !== void 0) {
                  let data72 = data65.repository_visibility;
                  if (typeof data72 !== "string" && !Array.isArray(data72)) {
                    const err115 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_visibility", schemaPath: "#/properties/rules/items/properties/match/properties/repository_visibility/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.repository_visibility.type }, message: "must be string,array", schema: schema31.properties.rules.items.properties.match.properties.repository_visibility.type, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_visibility, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                  if (typeof data72 === "string") {
                    if (!pattern13.test(data72)) {
                      const err116 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_visibility", schemaPath: "#/properties/rules/items/properties/match/properties/repository_visibility/pattern", keyword: "pattern", params: { pattern: "^(?:public|private|internal)$" }, message: 'must match pattern "^(?:public|private|internal)$"', schema: "^(?:public|private|internal)$", parentSchema: schema31.properties.rules.items.properties.match.properties.repository_visibility, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data72)) {
                    if (data72.length > 100) {
                      const err117 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_visibility", schemaPath: "#/properties/rules/items/properties/match/properties/repository_visibility/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_visibility, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err117];
                      } else {
                        vErrors.push(err117);
                      }
                      errors++;
                    }
                    if (data72.length < 1) {
                      const err118 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_visibility", schemaPath: "#/properties/rules/items/properties/match/properties/repository_visibility/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_visibility, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                    const len6 = data72.length;
                    for (let i11 = 0; i11 < len6; i11++) {
                      let data73 = data72[i11];
                      if (typeof data73 === "string") {
                        if (!pattern13.test(data73)) {
                          const err119 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_visibility/" + i11, schemaPath: "#/properties/rules/items/properties/match/properties/repository_visibility/items/pattern", keyword: "pattern", params: { pattern: "^(?:public|private|internal)$" }, message: 'must match pattern "^(?:public|private|internal)$"', schema: "^(?:public|private|internal)$", parentSchema: schema31.properties.rules.items.properties.match.properties.repository_visibility.items, data: data73 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        }
                      } else {
                        const err120 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_visibility/" + i11, schemaPath: "#/properties/rules/items/properties/match/properties/repository_visibility/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rules.items.properties.match.properties.repository_visibility.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_visibility.items, data: data73 };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                    let i12 = data72.length;
                    let j5;
                    if (i12 > 1) {
                      const indices5 = {};
                      for (; i12--; ) {
                        let item5 = data72[i12];
                        if (typeof item5 !== "string") {
                          continue;
                        }
                        if (typeof indices5[item5] == "number") {
                          j5 = indices5[item5];
                          const err121 = { instancePath: instancePath + "/rules/" + i4 + "/match/repository_visibility", schemaPath: "#/properties/rules/items/properties/match/properties/repository_visibility/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.repository_visibility, data: data72 };
                          if (vErrors === null) {
                            vErrors = [err121];
                          } else {
                            vErrors.push(err121);
                          }
                          errors++;
                          break;
                        }
                        indices5[item5] = i12;
                      }
                    }
                  }
                }
                if (data65.event_name !== void 0) {
                  let data74 = data65.event_name;
                  if (typeof data74 !== "string" && !Array.isArray(data74)) {
                    const err122 = { instancePath: instancePath + "/rules/" + i4 + "/match/event_name", schemaPath: "#/properties/rules/items/properties/match/properties/event_name/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.event_name.type }, message: "must be string,array", schema: schema31.properties.rules.items.properties.match.properties.event_name.type, parentSchema: schema31.properties.rules.items.properties.match.properties.event_name, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                  if (typeof data74 === "string") {
                    if (!pattern15.test(data74)) {
                      const err123 = { instancePath: instancePath + "/rules/" + i4 + "/match/event_name", schemaPath: "#/properties/rules/items/properties/match/properties/event_name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z_]{0,63}$" }, message: 'must match pattern "^[a-z][a-z_]{0,63}$"', schema: "^[a-z][a-z_]{0,63}$", parentSchema: schema31.properties.rules.items.properties.match.properties.event_name, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data74)) {
                    if (data74.length > 100) {
                      const err124 = { instancePath: instancePath + "/rules/" + i4 + "/match/event_name", schemaPath: "#/properties/rules/items/properties/match/properties/event_name/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.event_name, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                    if (data74.length < 1) {
                      const err125 = { instancePath: instancePath + "/rules/" + i4 + "/match/event_name", schemaPath: "#/properties/rules/items/properties/match/properties/event_name/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.event_name, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                    const len7 = data74.length;
                    for (let i13 = 0; i13 < len7; i13++) {
                      let data75 = data74[i13];
                      if (typeof data75 === "string") {
                        if (!pattern15.test(data75)) {
                          const err126 = { instancePath: instancePath + "/rules/" + i4 + "/match/event_name/" + i13, schemaPath: "#/properties/rules/items/properties/match/properties/event_name/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z_]{0,63}$" }, message: 'must match pattern "^[a-z][a-z_]{0,63}$"', schema: "^[a-z][a-z_]{0,63}$", parentSchema: schema31.properties.rules.items.properties.match.properties.event_name.items, data: data75 };
                          if (vErrors === null) {
                            vErrors = [err126];
                          } else {
                            vErrors.push(err126);
                          }
                          errors++;
                        }
                      } else {
                        const err127 = { instancePath: instancePath + "/rules/" + i4 + "/match/event_name/" + i13, schemaPath: "#/properties/rules/items/properties/match/properties/event_name/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rules.items.properties.match.properties.event_name.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.event_name.items, data: data75 };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                    }
                    let i14 = data74.length;
                    let j6;
                    if (i14 > 1) {
                      const indices6 = {};
                      for (; i14--; ) {
                        let item6 = data74[i14];
                        if (typeof item6 !== "string") {
                          continue;
                        }
                        if (typeof indices6[item6] == "number") {
                          j6 = indices6[item6];
                          const err128 = { instancePath: instancePath + "/rules/" + i4 + "/match/event_name", schemaPath: "#/properties/rules/items/properties/match/properties/event_name/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i14 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.event_name, data: data74 };
                          if (vErrors === null) {
                            vErrors = [err128];
                          } else {
                            vErrors.push(err128);
                          }
                          errors++;
                          break;
                        }
                        indices6[item6] = i14;
                      }
                    }
                  }
                }
                if (data65.ref !== void 0) {
                  let data76 = data65.ref;
                  if (typeof data76 !== "string" && !Array.isArray(data76)) {
                    const err129 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref", schemaPath: "#/properties/rules/items/properties/match/properties/ref/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.ref.type }, message: "must be string,array", schema: schema31.properties.rules.items.properties.match.properties.ref.type, parentSchema: schema31.properties.rules.items.properties.match.properties.ref, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                  if (typeof data76 === "string") {
                    if (func2(data76) > 1024) {
                      const err130 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref", schemaPath: "#/properties/rules/items/properties/match/properties/ref/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31.properties.rules.items.properties.match.properties.ref, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                    if (func2(data76) < 1) {
                      const err131 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref", schemaPath: "#/properties/rules/items/properties/match/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.ref, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err131];
                      } else {
                        vErrors.push(err131);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data76)) {
                      const err132 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref", schemaPath: "#/properties/rules/items/properties/match/properties/ref/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]+$"', schema: "^[^\\u0000-\\u001f\\u007f]+$", parentSchema: schema31.properties.rules.items.properties.match.properties.ref, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data76)) {
                    if (data76.length > 100) {
                      const err133 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref", schemaPath: "#/properties/rules/items/properties/match/properties/ref/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.ref, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                    if (data76.length < 1) {
                      const err134 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref", schemaPath: "#/properties/rules/items/properties/match/properties/ref/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.ref, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                    const len8 = data76.length;
                    for (let i15 = 0; i15 < len8; i15++) {
                      let data77 = data76[i15];
                      if (typeof data77 === "string") {
                        if (func2(data77) > 1024) {
                          const err135 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref/" + i15, schemaPath: "#/properties/rules/items/properties/match/properties/ref/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31.properties.rules.items.properties.match.properties.ref.items, data: data77 };
                          if (vErrors === null) {
                            vErrors = [err135];
                          } else {
                            vErrors.push(err135);
                          }
                          errors++;
                        }
                        if (func2(data77) < 1) {
                          const err136 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref/" + i15, schemaPath: "#/properties/rules/items/properties/match/properties/ref/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.ref.items, data: data77 };
                          if (vErrors === null) {
                            vErrors = [err136];
                          } else {
                            vErrors.push(err136);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data77)) {
                          const err137 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref/" + i15, schemaPath: "#/properties/rules/items/properties/match/properties/ref/items/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]+$"', schema: "^[^\\u0000-\\u001f\\u007f]+$", parentSchema: schema31.properties.rules.items.properties.match.properties.ref.items, data: data77 };
                          if (vErrors === null) {
                            vErrors = [err137];
                          } else {
                            vErrors.push(err137);
                          }
                          errors++;
                        }
                      } else {
                        const err138 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref/" + i15, schemaPath: "#/properties/rules/items/properties/match/properties/ref/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rules.items.properties.match.properties.ref.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.ref.items, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err138];
                        } else {
                          vErrors.push(err138);
                        }
                        errors++;
                      }
                    }
                    let i16 = data76.length;
                    let j7;
                    if (i16 > 1) {
                      const indices7 = {};
                      for (; i16--; ) {
                        let item7 = data76[i16];
                        if (typeof item7 !== "string") {
                          continue;
                        }
                        if (typeof indices7[item7] == "number") {
                          j7 = indices7[item7];
                          const err139 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref", schemaPath: "#/properties/rules/items/properties/match/properties/ref/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i16 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.ref, data: data76 };
                          if (vErrors === null) {
                            vErrors = [err139];
                          } else {
                            vErrors.push(err139);
                          }
                          errors++;
                          break;
                        }
                        indices7[item7] = i16;
                      }
                    }
                  }
                }
                if (data65.ref_type !== void 0) {
                  let data78 = data65.ref_type;
                  if (typeof data78 !== "string" && !Array.isArray(data78)) {
                    const err140 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref_type", schemaPath: "#/properties/rules/items/properties/match/properties/ref_type/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.ref_type.type }, message: "must be string,array", schema: schema31.properties.rules.items.properties.match.properties.ref_type.type, parentSchema: schema31.properties.rules.items.properties.match.properties.ref_type, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                  if (typeof data78 === "string") {
                    if (!pattern19.test(data78)) {
                      const err141 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref_type", schemaPath: "#/properties/rules/items/properties/match/properties/ref_type/pattern", keyword: "pattern", params: { pattern: "^(?:branch|tag)$" }, message: 'must match pattern "^(?:branch|tag)$"', schema: "^(?:branch|tag)$", parentSchema: schema31.properties.rules.items.properties.match.properties.ref_type, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data78)) {
                    if (data78.length > 100) {
                      const err142 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref_type", schemaPath: "#/properties/rules/items/properties/match/properties/ref_type/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.ref_type, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err142];
                      } else {
                        vErrors.push(err142);
                      }
                      errors++;
                    }
                    if (data78.length < 1) {
                      const err143 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref_type", schemaPath: "#/properties/rules/items/properties/match/properties/ref_type/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.ref_type, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err143];
                      } else {
                        vErrors.push(err143);
                      }
                      errors++;
                    }
                    const len9 = data78.length;
                    for (let i17 = 0; i17 < len9; i17++) {
                      let data79 = data78[i17];
                      if (typeof data79 === "string") {
                        if (!pattern19.test(data79)) {
                          const err144 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref_type/" + i17, schemaPath: "#/properties/rules/items/properties/match/properties/ref_type/items/pattern", keyword: "pattern", params: { pattern: "^(?:branch|tag)$" }, message: 'must match pattern "^(?:branch|tag)$"', schema: "^(?:branch|tag)$", parentSchema: schema31.properties.rules.items.properties.match.properties.ref_type.items, data: data79 };
                          if (vErrors === null) {
                            vErrors = [err144];
                          } else {
                            vErrors.push(err144);
                          }
                          errors++;
                        }
                      } else {
                        const err145 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref_type/" + i17, schemaPath: "#/properties/rules/items/properties/match/properties/ref_type/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rules.items.properties.match.properties.ref_type.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.ref_type.items, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    let i18 = data78.length;
                    let j8;
                    if (i18 > 1) {
                      const indices8 = {};
                      for (; i18--; ) {
                        let item8 = data78[i18];
                        if (typeof item8 !== "string") {
                          continue;
                        }
                        if (typeof indices8[item8] == "number") {
                          j8 = indices8[item8];
                          const err146 = { instancePath: instancePath + "/rules/" + i4 + "/match/ref_type", schemaPath: "#/properties/rules/items/properties/match/properties/ref_type/uniqueItems", keyword: "uniqueItems", params: { i: i18, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i18 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.ref_type, data: data78 };
                          if (vErrors === null) {
                            vErrors = [err146];
                          } else {
                            vErrors.push(err146);
                          }
                          errors++;
                          break;
                        }
                        indices8[item8] = i18;
                      }
                    }
                  }
                }
                if (data65.workflow_ref !== void 0) {
                  let data80 = data65.workflow_ref;
                  if (typeof data80 !== "string" && !Array.isArray(data80)) {
                    const err147 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.workflow_ref.type }, message: "must be string,array", schema: schema31.properties.rules.items.properties.match.properties.workflow_ref.type, parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                  if (typeof data80 === "string") {
                    if (func2(data80) > 1024) {
                      const err148 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err148];
                      } else {
                        vErrors.push(err148);
                      }
                      errors++;
                    }
                    if (func2(data80) < 1) {
                      const err149 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err149];
                      } else {
                        vErrors.push(err149);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data80)) {
                      const err150 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]+$"', schema: "^[^\\u0000-\\u001f\\u007f]+$", parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err150];
                      } else {
                        vErrors.push(err150);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data80)) {
                    if (data80.length > 100) {
                      const err151 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err151];
                      } else {
                        vErrors.push(err151);
                      }
                      errors++;
                    }
                    if (data80.length < 1) {
                      const err152 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                    }
                    const len10 = data80.length;
                    for (let i19 = 0; i19 < len10; i19++) {
                      let data81 = data80[i19];
                      if (typeof data81 === "string") {
                        if (func2(data81) > 1024) {
                          const err153 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref/" + i19, schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref.items, data: data81 };
                          if (vErrors === null) {
                            vErrors = [err153];
                          } else {
                            vErrors.push(err153);
                          }
                          errors++;
                        }
                        if (func2(data81) < 1) {
                          const err154 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref/" + i19, schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref.items, data: data81 };
                          if (vErrors === null) {
                            vErrors = [err154];
                          } else {
                            vErrors.push(err154);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data81)) {
                          const err155 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref/" + i19, schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/items/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]+$"', schema: "^[^\\u0000-\\u001f\\u007f]+$", parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref.items, data: data81 };
                          if (vErrors === null) {
                            vErrors = [err155];
                          } else {
                            vErrors.push(err155);
                          }
                          errors++;
                        }
                      } else {
                        const err156 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref/" + i19, schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rules.items.properties.match.properties.workflow_ref.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref.items, data: data81 };
                        if (vErrors === null) {
                          vErrors = [err156];
                        } else {
                          vErrors.push(err156);
                        }
                        errors++;
                      }
                    }
                    let i20 = data80.length;
                    let j9;
                    if (i20 > 1) {
                      const indices9 = {};
                      for (; i20--; ) {
                        let item9 = data80[i20];
                        if (typeof item9 !== "string") {
                          continue;
                        }
                        if (typeof indices9[item9] == "number") {
                          j9 = indices9[item9];
                          const err157 = { instancePath: instancePath + "/rules/" + i4 + "/match/workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/workflow_ref/uniqueItems", keyword: "uniqueItems", params: { i: i20, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i20 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.workflow_ref, data: data80 };
                          if (vErrors === null) {
                            vErrors = [err157];
                          } else {
                            vErrors.push(err157);
                          }
                          errors++;
                          break;
                        }
                        indices9[item9] = i20;
                      }
                    }
                  }
                }
                if (data65.job_workflow_ref !== void 0) {
                  let data82 = data65.job_workflow_ref;
                  if (typeof data82 !== "string" && !Array.isArray(data82)) {
                    const err158 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.job_workflow_ref.type }, message: "must be string,array", schema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref.type, parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err158];
                    } else {
                      vErrors.push(err158);
                    }
                    errors++;
                  }
                  if (typeof data82 === "string") {
                    if (func2(data82) > 1024) {
                      const err159 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err159];
                      } else {
                        vErrors.push(err159);
                      }
                      errors++;
                    }
                    if (func2(data82) < 1) {
                      const err160 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err160];
                      } else {
                        vErrors.push(err160);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data82)) {
                      const err161 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]+$"', schema: "^[^\\u0000-\\u001f\\u007f]+$", parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err161];
                      } else {
                        vErrors.push(err161);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data82)) {
                    if (data82.length > 100) {
                      const err162 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                    if (data82.length < 1) {
                      const err163 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err163];
                      } else {
                        vErrors.push(err163);
                      }
                      errors++;
                    }
                    const len11 = data82.length;
                    for (let i21 = 0; i21 < len11; i21++) {
                      let data83 = data82[i21];
                      if (typeof data83 === "string") {
                        if (func2(data83) > 1024) {
                          const err164 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref/" + i21, schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref.items, data: data83 };
                          if (vErrors === null) {
                            vErrors = [err164];
                          } else {
                            vErrors.push(err164);
                          }
                          errors++;
                        }
                        if (func2(data83) < 1) {
                          const err165 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref/" + i21, schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref.items, data: data83 };
                          if (vErrors === null) {
                            vErrors = [err165];
                          } else {
                            vErrors.push(err165);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data83)) {
                          const err166 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref/" + i21, schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/items/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]+$"', schema: "^[^\\u0000-\\u001f\\u007f]+$", parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref.items, data: data83 };
                          if (vErrors === null) {
                            vErrors = [err166];
                          } else {
                            vErrors.push(err166);
                          }
                          errors++;
                        }
                      } else {
                        const err167 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref/" + i21, schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref.items, data: data83 };
                        if (vErrors === null) {
                          vErrors = [err167];
                        } else {
                          vErrors.push(err167);
                        }
                        errors++;
                      }
                    }
                    let i22 = data82.length;
                    let j10;
                    if (i22 > 1) {
                      const indices10 = {};
                      for (; i22--; ) {
                        let item10 = data82[i22];
                        if (typeof item10 !== "string") {
                          continue;
                        }
                        if (typeof indices10[item10] == "number") {
                          j10 = indices10[item10];
                          const err168 = { instancePath: instancePath + "/rules/" + i4 + "/match/job_workflow_ref", schemaPath: "#/properties/rules/items/properties/match/properties/job_workflow_ref/uniqueItems", keyword: "uniqueItems", params: { i: i22, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i22 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.job_workflow_ref, data: data82 };
                          if (vErrors === null) {
                            vErrors = [err168];
                          } else {
                            vErrors.push(err168);
                          }
                          errors++;
                          break;
                        }
                        indices10[item10] = i22;
                      }
                    }
                  }
                }
                if (data65.environment !== void 0) {
                  let data84 = data65.environment;
                  if (typeof data84 !== "string" && !Array.isArray(data84)) {
                    const err169 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment", schemaPath: "#/properties/rules/items/properties/match/properties/environment/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.environment.type }, message: "must be string,array", schema: schema31.properties.rules.items.properties.match.properties.environment.type, parentSchema: schema31.properties.rules.items.properties.match.properties.environment, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                  if (typeof data84 === "string") {
                    if (func2(data84) > 1024) {
                      const err170 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment", schemaPath: "#/properties/rules/items/properties/match/properties/environment/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31.properties.rules.items.properties.match.properties.environment, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                    }
                    if (func2(data84) < 1) {
                      const err171 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment", schemaPath: "#/properties/rules/items/properties/match/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.environment, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err171];
                      } else {
                        vErrors.push(err171);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data84)) {
                      const err172 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment", schemaPath: "#/properties/rules/items/properties/match/properties/environment/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]+$"', schema: "^[^\\u0000-\\u001f\\u007f]+$", parentSchema: schema31.properties.rules.items.properties.match.properties.environment, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data84)) {
                    if (data84.length > 100) {
                      const err173 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment", schemaPath: "#/properties/rules/items/properties/match/properties/environment/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.environment, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                    if (data84.length < 1) {
                      const err174 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment", schemaPath: "#/properties/rules/items/properties/match/properties/environment/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.environment, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                    const len12 = data84.length;
                    for (let i23 = 0; i23 < len12; i23++) {
                      let data85 = data84[i23];
                      if (typeof data85 === "string") {
                        if (func2(data85) > 1024) {
                          const err175 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment/" + i23, schemaPath: "#/properties/rules/items/properties/match/properties/environment/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31.properties.rules.items.properties.match.properties.environment.items, data: data85 };
                          if (vErrors === null) {
                            vErrors = [err175];
                          } else {
                            vErrors.push(err175);
                          }
                          errors++;
                        }
                        if (func2(data85) < 1) {
                          const err176 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment/" + i23, schemaPath: "#/properties/rules/items/properties/match/properties/environment/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.environment.items, data: data85 };
                          if (vErrors === null) {
                            vErrors = [err176];
                          } else {
                            vErrors.push(err176);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data85)) {
                          const err177 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment/" + i23, schemaPath: "#/properties/rules/items/properties/match/properties/environment/items/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]+$"', schema: "^[^\\u0000-\\u001f\\u007f]+$", parentSchema: schema31.properties.rules.items.properties.match.properties.environment.items, data: data85 };
                          if (vErrors === null) {
                            vErrors = [err177];
                          } else {
                            vErrors.push(err177);
                          }
                          errors++;
                        }
                      } else {
                        const err178 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment/" + i23, schemaPath: "#/properties/rules/items/properties/match/properties/environment/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rules.items.properties.match.properties.environment.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.environment.items, data: data85 };
                        if (vErrors === null) {
                          vErrors = [err178];
                        } else {
                          vErrors.push(err178);
                        }
                        errors++;
                      }
                    }
                    let i24 = data84.length;
                    let j11;
                    if (i24 > 1) {
                      const indices11 = {};
                      for (; i24--; ) {
                        let item11 = data84[i24];
                        if (typeof item11 !== "string") {
                          continue;
                        }
                        if (typeof indices11[item11] == "number") {
                          j11 = indices11[item11];
                          const err179 = { instancePath: instancePath + "/rules/" + i4 + "/match/environment", schemaPath: "#/properties/rules/items/properties/match/properties/environment/uniqueItems", keyword: "uniqueItems", params: { i: i24, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i24 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.environment, data: data84 };
                          if (vErrors === null) {
                            vErrors = [err179];
                          } else {
                            vErrors.push(err179);
                          }
                          errors++;
                          break;
                        }
                        indices11[item11] = i24;
                      }
                    }
                  }
                }
                if (data65.runner_environment !== void 0) {
                  let data86 = data65.runner_environment;
                  if (typeof data86 !== "string" && !Array.isArray(data86)) {
                    const err180 = { instancePath: instancePath + "/rules/" + i4 + "/match/runner_environment", schemaPath: "#/properties/rules/items/properties/match/properties/runner_environment/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.match.properties.runner_environment.type }, message: "must be string,array", schema: schema31.properties.rules.items.properties.match.properties.runner_environment.type, parentSchema: schema31.properties.rules.items.properties.match.properties.runner_environment, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                  if (typeof data86 === "string") {
                    if (!pattern27.test(data86)) {
                      const err181 = { instancePath: instancePath + "/rules/" + i4 + "/match/runner_environment", schemaPath: "#/properties/rules/items/properties/match/properties/runner_environment/pattern", keyword: "pattern", params: { pattern: "^(?:github-hosted|self-hosted)$" }, message: 'must match pattern "^(?:github-hosted|self-hosted)$"', schema: "^(?:github-hosted|self-hosted)$", parentSchema: schema31.properties.rules.items.properties.match.properties.runner_environment, data: data86 };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                    }
                  }
                  if (Array.isArray(data86)) {
                    if (data86.length > 100) {
                      const err182 = { instancePath: instancePath + "/rules/" + i4 + "/match/runner_environment", schemaPath: "#/properties/rules/items/properties/match/properties/runner_environment/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.rules.items.properties.match.properties.runner_environment, data: data86 };
                      if (vErrors === null) {
                        vErrors = [err182];
                      } else {
                        vErrors.push(err182);
                      }
                      errors++;
                    }
                    if (data86.length < 1) {
                      const err183 = { instancePath: instancePath + "/rules/" + i4 + "/match/runner_environment", schemaPath: "#/properties/rules/items/properties/match/properties/runner_environment/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.match.properties.runner_environment, data: data86 };
                      if (vErrors === null) {
                        vErrors = [err183];
                      } else {
                        vErrors.push(err183);
                      }
                      errors++;
                    }
                    const len13 = data86.length;
                    for (let i25 = 0; i25 < len13; i25++) {
                      let data87 = data86[i25];
                      if (typeof data87 === "string") {
                        if (!pattern27.test(data87)) {
                          const err184 = { instancePath: instancePath + "/rules/" + i4 + "/match/runner_environment/" + i25, schemaPath: "#/properties/rules/items/properties/match/properties/runner_environment/items/pattern", keyword: "pattern", params: { pattern: "^(?:github-hosted|self-hosted)$" }, message: 'must match pattern "^(?:github-hosted|self-hosted)$"', schema: "^(?:github-hosted|self-hosted)$", parentSchema: schema31.properties.rules.items.properties.match.properties.runner_environment.items, data: data87 };
                          if (vErrors === null) {
                            vErrors = [err184];
                          } else {
                            vErrors.push(err184);
                          }
                          errors++;
                        }
                      } else {
                        const err185 = { instancePath: instancePath + "/rules/" + i4 + "/match/runner_environment/" + i25, schemaPath: "#/properties/rules/items/properties/match/properties/runner_environment/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rules.items.properties.match.properties.runner_environment.items.type, parentSchema: schema31.properties.rules.items.properties.match.properties.runner_environment.items, data: data87 };
                        if (vErrors === null) {
                          vErrors = [err185];
                        } else {
                          vErrors.push(err185);
                        }
                        errors++;
                      }
                    }
                    let i26 = data86.length;
                    let j12;
                    if (i26 > 1) {
                      const indices12 = {};
                      for (; i26--; ) {
                        let item12 = data86[i26];
                        if (typeof item12 !== "string") {
                          continue;
                        }
                        if (typeof indices12[item12] == "number") {
                          j12 = indices12[item12];
                          const err186 = { instancePath: instancePath + "/rules/" + i4 + "/match/runner_environment", schemaPath: "#/properties/rules/items/properties/match/properties/runner_environment/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i26 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.match.properties.runner_environment, data: data86 };
                          if (vErrors === null) {
                            vErrors = [err186];
                          } else {
                            vErrors.push(err186);
                          }
                          errors++;
                          break;
                        }
                        indices12[item12] = i26;
                      }
                    }
                  }
                }
              } else {
                const err187 = { instancePath: instancePath + "/rules/" + i4 + "/match", schemaPath: "#/properties/rules/items/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rules.items.properties.match.type, parentSchema: schema31.properties.rules.items.properties.match, data: data65 };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
            if (data62.grant !== void 0) {
              let data88 = data62.grant;
              if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                if (data88.permissions === void 0) {
                  const err188 = { instancePath: instancePath + "/rules/" + i4 + "/grant", schemaPath: "#/properties/rules/items/properties/grant/required", keyword: "required", params: { missingProperty: "permissions" }, message: "must have required property 'permissions'", schema: schema31.properties.rules.items.properties.grant.required, parentSchema: schema31.properties.rules.items.properties.grant, data: data88 };
                  if (vErrors === null) {
                    vErrors = [err188];
                  } else {
                    vErrors.push(err188);
                  }
                  errors++;
                }
                for (const key5 in data88) {
                  if (!(key5 === "repositories" || key5 === "permissions")) {
                    const err189 = { instancePath: instancePath + "/rules/" + i4 + "/grant", schemaPath: "#/properties/rules/items/properties/grant/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.rules.items.properties.grant, data: data88 };
                    if (vErrors === null) {
                      vErrors = [err189];
                    } else {
                      vErrors.push(err189);
                    }
                    errors++;
                  }
                }
                if (data88.repositories !== void 0) {
                  let data89 = data88.repositories;
                  if (Array.isArray(data89)) {
                    if (data89.length > 500) {
                      const err190 = { instancePath: instancePath + "/rules/" + i4 + "/grant/repositories", schemaPath: "#/properties/rules/items/properties/grant/properties/repositories/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: schema31.properties.rules.items.properties.grant.properties.repositories, data: data89 };
                      if (vErrors === null) {
                        vErrors = [err190];
                      } else {
                        vErrors.push(err190);
                      }
                      errors++;
                    }
                    if (data89.length < 1) {
                      const err191 = { instancePath: instancePath + "/rules/" + i4 + "/grant/repositories", schemaPath: "#/properties/rules/items/properties/grant/properties/repositories/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.rules.items.properties.grant.properties.repositories, data: data89 };
                      if (vErrors === null) {
                        vErrors = [err191];
                      } else {
                        vErrors.push(err191);
                      }
                      errors++;
                    }
                    const len14 = data89.length;
                    for (let i27 = 0; i27 < len14; i27++) {
                      let data90 = data89[i27];
                      if (!(typeof data90 == "number" && (!(data90 % 1) && !isNaN(data90)) && isFinite(data90)) && typeof data90 !== "string") {
                        const err192 = { instancePath: instancePath + "/rules/" + i4 + "/grant/repositories/" + i27, schemaPath: "#/properties/rules/items/properties/grant/properties/repositories/items/type", keyword: "type", params: { type: schema31.properties.rules.items.properties.grant.properties.repositories.items.type }, message: "must be integer,string", schema: schema31.properties.rules.items.properties.grant.properties.repositories.items.type, parentSchema: schema31.properties.rules.items.properties.grant.properties.repositories.items, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err192];
                        } else {
                          vErrors.push(err192);
                        }
                        errors++;
                      }
                      if (typeof data90 == "number" && isFinite(data90)) {
                        if (data90 > 9007199254740991 || isNaN(data90)) {
                          const err193 = { instancePath: instancePath + "/rules/" + i4 + "/grant/repositories/" + i27, schemaPath: "#/properties/rules/items/properties/grant/properties/repositories/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema31.properties.rules.items.properties.grant.properties.repositories.items, data: data90 };
                          if (vErrors === null) {
                            vErrors = [err193];
                          } else {
                            vErrors.push(err193);
                          }
                          errors++;
                        }
                        if (data90 < 1 || isNaN(data90)) {
                          const err194 = { instancePath: instancePath + "/rules/" + i4 + "/grant/repositories/" + i27, schemaPath: "#/properties/rules/items/properties/grant/properties/repositories/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.rules.items.properties.grant.properties.repositories.items, data: data90 };
                          if (vErrors === null) {
                            vErrors = [err194];
                          } else {
                            vErrors.push(err194);
                          }
                          errors++;
                        }
                      }
                      if (typeof data90 === "string") {
                        if (!pattern29.test(data90)) {
                          const err195 = { instancePath: instancePath + "/rules/" + i4 + "/grant/repositories/" + i27, schemaPath: "#/properties/rules/items/properties/grant/properties/repositories/items/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9][0-9]{0,19}|self)$" }, message: 'must match pattern "^(?:[1-9][0-9]{0,19}|self)$"', schema: "^(?:[1-9][0-9]{0,19}|self)$", parentSchema: schema31.properties.rules.items.properties.grant.properties.repositories.items, data: data90 };
                          if (vErrors === null) {
                            vErrors = [err195];
                          } else {
                            vErrors.push(err195);
                          }
                          errors++;
                        }
                      }
                    }
                    let i28 = data89.length;
                    let j13;
                    if (i28 > 1) {
                      const indices13 = {};
                      for (; i28--; ) {
                        let item13 = data89[i28];
                        if (!(typeof item13 == "number" && (!(item13 % 1) && !isNaN(item13)) && isFinite(item13)) && typeof item13 !== "string") {
                          continue;
                        }
                        if (typeof item13 == "string") {
                          item13 += "_";
                        }
                        if (typeof indices13[item13] == "number") {
                          j13 = indices13[item13];
                          const err196 = { instancePath: instancePath + "/rules/" + i4 + "/grant/repositories", schemaPath: "#/properties/rules/items/properties/grant/properties/repositories/uniqueItems", keyword: "uniqueItems", params: { i: i28, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i28 + " are identical)", schema: true, parentSchema: schema31.properties.rules.items.properties.grant.properties.repositories, data: data89 };
                          if (vErrors === null) {
                            vErrors = [err196];
                          } else {
                            vErrors.push(err196);
                          }
                          errors++;
                          break;
                        }
                        indices13[item13] = i28;
                      }
                    }
                  } else {
                    const err197 = { instancePath: instancePath + "/rules/" + i4 + "/grant/repositories", schemaPath: "#/properties/rules/items/properties/grant/properties/repositories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.rules.items.properties.grant.properties.repositories.type, parentSchema: schema31.properties.rules.items.properties.grant.properties.repositories, data: data89 };
                    if (vErrors === null) {
                      vErrors = [err197];
                    } else {
                      vErrors.push(err197);
                    }
                    errors++;
                  }
                }
                if (data88.permissions !== void 0) {
                  let data91 = data88.permissions;
                  if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                    if (Object.keys(data91).length < 1) {
                      const err198 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions, data: data91 };
                      if (vErrors === null) {
                        vErrors = [err198];
                      } else {
                        vErrors.push(err198);
                      }
                      errors++;
                    }
                    for (const key6 in data91) {
                      if (!func1.call(schema31.properties.rules.items.properties.grant.properties.permissions.properties, key6)) {
                        const err199 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions, data: data91 };
                        if (vErrors === null) {
                          vErrors = [err199];
                        } else {
                          vErrors.push(err199);
                        }
                        errors++;
                      }
                    }
                    if (data91.actions !== void 0) {
                      let data92 = data91.actions;
                      if (!(data92 === "read" || data92 === "write")) {
                        const err200 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/actions", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/actions/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.actions.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.actions.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.actions, data: data92 };
                        if (vErrors === null) {
                          vErrors = [err200];
                        } else {
                          vErrors.push(err200);
                        }
                        errors++;
                      }
                    }
                    if (data91.administration !== void 0) {
                      let data93 = data91.administration;
                      if (!(data93 === "read" || data93 === "write")) {
                        const err201 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/administration", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/administration/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.administration.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.administration.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.administration, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err201];
                        } else {
                          vErrors.push(err201);
                        }
                        errors++;
                      }
                    }
                    if (data91.artifact_metadata !== void 0) {
                      let data94 = data91.artifact_metadata;
                      if (!(data94 === "read" || data94 === "write")) {
                        const err202 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/artifact_metadata", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/artifact_metadata/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.artifact_metadata.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.artifact_metadata.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.artifact_metadata, data: data94 };
                        if (vErrors === null) {
                          vErrors = [err202];
                        } else {
                          vErrors.push(err202);
                        }
                        errors++;
                      }
                    }
                    if (data91.attestations !== void 0) {
                      let data95 = data91.attestations;
                      if (!(data95 === "read" || data95 === "write")) {
                        const err203 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/attestations", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/attestations/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.attestations.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.attestations.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.attestations, data: data95 };
                        if (vErrors === null) {
                          vErrors = [err203];
                        } else {
                          vErrors.push(err203);
                        }
                        errors++;
                      }
                    }
                    if (data91.checks !== void 0) {
                      let data96 = data91.checks;
                      if (!(data96 === "read" || data96 === "write")) {
                        const err204 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/checks", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/checks/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.checks.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.checks.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.checks, data: data96 };
                        if (vErrors === null) {
                          vErrors = [err204];
                        } else {
                          vErrors.push(err204);
                        }
                        errors++;
                      }
                    }
                    if (data91.code_quality !== void 0) {
                      let data97 = data91.code_quality;
                      if (!(data97 === "read" || data97 === "write")) {
                        const err205 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/code_quality", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/code_quality/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.code_quality.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.code_quality.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.code_quality, data: data97 };
                        if (vErrors === null) {
                          vErrors = [err205];
                        } else {
                          vErrors.push(err205);
                        }
                        errors++;
                      }
                    }
                    if (data91.codespaces !== void 0) {
                      let data98 = data91.codespaces;
                      if (!(data98 === "read" || data98 === "write")) {
                        const err206 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/codespaces", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/codespaces/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.codespaces.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.codespaces.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.codespaces, data: data98 };
                        if (vErrors === null) {
                          vErrors = [err206];
                        } else {
                          vErrors.push(err206);
                        }
                        errors++;
                      }
                    }
                    if (data91.contents !== void 0) {
                      let data99 = data91.contents;
                      if (!(data99 === "read" || data99 === "write")) {
                        const err207 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/contents", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/contents/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.contents.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.contents.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.contents, data: data99 };
                        if (vErrors === null) {
                          vErrors = [err207];
                        } else {
                          vErrors.push(err207);
                        }
                        errors++;
                      }
                    }
                    if (data91.custom_properties_for_organizations !== void 0) {
                      let data100 = data91.custom_properties_for_organizations;
                      if (!(data100 === "read" || data100 === "write")) {
                        const err208 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/custom_properties_for_organizations", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/custom_properties_for_organizations/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.custom_properties_for_organizations.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.custom_properties_for_organizations.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.custom_properties_for_organizations, data: data100 };
                        if (vErrors === null) {
                          vErrors = [err208];
                        } else {
                          vErrors.push(err208);
                        }
                        errors++;
                      }
                    }
                    if (data91.dependabot_secrets !== void 0) {
                      let data101 = data91.dependabot_secrets;
                      if (!(data101 === "read" || data101 === "write")) {
                        const err209 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/dependabot_secrets", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/dependabot_secrets/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.dependabot_secrets.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.dependabot_secrets.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.dependabot_secrets, data: data101 };
                        if (vErrors === null) {
                          vErrors = [err209];
                        } else {
                          vErrors.push(err209);
                        }
                        errors++;
                      }
                    }
                    if (data91.deployments !== void 0) {
                      let data102 = data91.deployments;
                      if (!(data102 === "read" || data102 === "write")) {
                        const err210 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/deployments", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/deployments/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.deployments.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.deployments.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.deployments, data: data102 };
                        if (vErrors === null) {
                          vErrors = [err210];
                        } else {
                          vErrors.push(err210);
                        }
                        errors++;
                      }
                    }
                    if (data91.discussions !== void 0) {
                      let data103 = data91.discussions;
                      if (!(data103 === "read" || data103 === "write")) {
                        const err211 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/discussions", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/discussions/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.discussions.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.discussions.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.discussions, data: data103 };
                        if (vErrors === null) {
                          vErrors = [err211];
                        } else {
                          vErrors.push(err211);
                        }
                        errors++;
                      }
                    }
                    if (data91.email_addresses !== void 0) {
                      let data104 = data91.email_addresses;
                      if (!(data104 === "read" || data104 === "write")) {
                        const err212 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/email_addresses", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/email_addresses/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.email_addresses.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.email_addresses.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.email_addresses, data: data104 };
                        if (vErrors === null) {
                          vErrors = [err212];
                        } else {
                          vErrors.push(err212);
                        }
                        errors++;
                      }
                    }
                    if (data91.enterprise_custom_properties_for_organizations !== void 0) {
                      let data105 = data91.enterprise_custom_properties_for_organizations;
                      if (!(data105 === "read" || data105 === "write" || data105 === "admin")) {
                        const err213 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/enterprise_custom_properties_for_organizations", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/enterprise_custom_properties_for_organizations/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.enterprise_custom_properties_for_organizations.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.enterprise_custom_properties_for_organizations.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.enterprise_custom_properties_for_organizations, data: data105 };
                        if (vErrors === null) {
                          vErrors = [err213];
                        } else {
                          vErrors.push(err213);
                        }
                        errors++;
                      }
                    }
                    if (data91.environments !== void 0) {
                      let data106 = data91.environments;
                      if (!(data106 === "read" || data106 === "write")) {
                        const err214 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/environments", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/environments/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.environments.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.environments.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.environments, data: data106 };
                        if (vErrors === null) {
                          vErrors = [err214];
                        } else {
                          vErrors.push(err214);
                        }
                        errors++;
                      }
                    }
                    if (data91.followers !== void 0) {
                      let data107 = data91.followers;
                      if (!(data107 === "read" || data107 === "write")) {
                        const err215 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/followers", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/followers/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.followers.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.followers.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.followers, data: data107 };
                        if (vErrors === null) {
                          vErrors = [err215];
                        } else {
                          vErrors.push(err215);
                        }
                        errors++;
                      }
                    }
                    if (data91.git_ssh_keys !== void 0) {
                      let data108 = data91.git_ssh_keys;
                      if (!(data108 === "read" || data108 === "write")) {
                        const err216 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/git_ssh_keys", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/git_ssh_keys/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.git_ssh_keys.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.git_ssh_keys.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.git_ssh_keys, data: data108 };
                        if (vErrors === null) {
                          vErrors = [err216];
                        } else {
                          vErrors.push(err216);
                        }
                        errors++;
                      }
                    }
                    if (data91.gpg_keys !== void 0) {
                      let data109 = data91.gpg_keys;
                      if (!(data109 === "read" || data109 === "write")) {
                        const err217 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/gpg_keys", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/gpg_keys/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.gpg_keys.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.gpg_keys.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.gpg_keys, data: data109 };
                        if (vErrors === null) {
                          vErrors = [err217];
                        } else {
                          vErrors.push(err217);
                        }
                        errors++;
                      }
                    }
                    if (data91.interaction_limits !== void 0) {
                      let data110 = data91.interaction_limits;
                      if (!(data110 === "read" || data110 === "write")) {
                        const err218 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/interaction_limits", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/interaction_limits/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.interaction_limits.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.interaction_limits.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.interaction_limits, data: data110 };
                        if (vErrors === null) {
                          vErrors = [err218];
                        } else {
                          vErrors.push(err218);
                        }
                        errors++;
                      }
                    }
                    if (data91.issues !== void 0) {
                      let data111 = data91.issues;
                      if (!(data111 === "read" || data111 === "write")) {
                        const err219 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/issues", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/issues/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.issues.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.issues.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.issues, data: data111 };
                        if (vErrors === null) {
                          vErrors = [err219];
                        } else {
                          vErrors.push(err219);
                        }
                        errors++;
                      }
                    }
                    if (data91.members !== void 0) {
                      let data112 = data91.members;
                      if (!(data112 === "read" || data112 === "write")) {
                        const err220 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/members", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/members/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.members.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.members.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.members, data: data112 };
                        if (vErrors === null) {
                          vErrors = [err220];
                        } else {
                          vErrors.push(err220);
                        }
                        errors++;
                      }
                    }
                    if (data91.merge_queues !== void 0) {
                      let data113 = data91.merge_queues;
                      if (!(data113 === "read" || data113 === "write")) {
                        const err221 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/merge_queues", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/merge_queues/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.merge_queues.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.merge_queues.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.merge_queues, data: data113 };
                        if (vErrors === null) {
                          vErrors = [err221];
                        } else {
                          vErrors.push(err221);
                        }
                        errors++;
                      }
                    }
                    if (data91.metadata !== void 0) {
                      let data114 = data91.metadata;
                      if (!(data114 === "read" || data114 === "write")) {
                        const err222 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/metadata", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/metadata/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.metadata.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.metadata.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.metadata, data: data114 };
                        if (vErrors === null) {
                          vErrors = [err222];
                        } else {
                          vErrors.push(err222);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_administration !== void 0) {
                      let data115 = data91.organization_administration;
                      if (!(data115 === "read" || data115 === "write")) {
                        const err223 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_administration", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_administration/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_administration.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_administration.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_administration, data: data115 };
                        if (vErrors === null) {
                          vErrors = [err223];
                        } else {
                          vErrors.push(err223);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_announcement_banners !== void 0) {
                      let data116 = data91.organization_announcement_banners;
                      if (!(data116 === "read" || data116 === "write")) {
                        const err224 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_announcement_banners", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_announcement_banners/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_announcement_banners.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_announcement_banners.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_announcement_banners, data: data116 };
                        if (vErrors === null) {
                          vErrors = [err224];
                        } else {
                          vErrors.push(err224);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_copilot_agent_settings !== void 0) {
                      let data117 = data91.organization_copilot_agent_settings;
                      if (!(data117 === "read" || data117 === "write")) {
                        const err225 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_copilot_agent_settings", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_copilot_agent_settings/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_copilot_agent_settings.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_copilot_agent_settings.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_copilot_agent_settings, data: data117 };
                        if (vErrors === null) {
                          vErrors = [err225];
                        } else {
                          vErrors.push(err225);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_copilot_seat_management !== void 0) {
                      let data118 = data91.organization_copilot_seat_management;
                      if (!(data118 === "read" || data118 === "write")) {
                        const err226 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_copilot_seat_management", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_copilot_seat_management/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_copilot_seat_management.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_copilot_seat_management.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_copilot_seat_management, data: data118 };
                        if (vErrors === null) {
                          vErrors = [err226];
                        } else {
                          vErrors.push(err226);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_custom_org_roles !== void 0) {
                      let data119 = data91.organization_custom_org_roles;
                      if (!(data119 === "read" || data119 === "write")) {
                        const err227 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_custom_org_roles", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_custom_org_roles/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_custom_org_roles.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_custom_org_roles.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_custom_org_roles, data: data119 };
                        if (vErrors === null) {
                          vErrors = [err227];
                        } else {
                          vErrors.push(err227);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_custom_properties !== void 0) {
                      let data120 = data91.organization_custom_properties;
                      if (!(data120 === "read" || data120 === "write" || data120 === "admin")) {
                        const err228 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_custom_properties", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_custom_properties/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_custom_properties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_custom_properties.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_custom_properties, data: data120 };
                        if (vErrors === null) {
                          vErrors = [err228];
                        } else {
                          vErrors.push(err228);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_custom_roles !== void 0) {
                      let data121 = data91.organization_custom_roles;
                      if (!(data121 === "read" || data121 === "write")) {
                        const err229 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_custom_roles", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_custom_roles/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_custom_roles.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_custom_roles.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_custom_roles, data: data121 };
                        if (vErrors === null) {
                          vErrors = [err229];
                        } else {
                          vErrors.push(err229);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_events !== void 0) {
                      let data122 = data91.organization_events;
                      if (!(data122 === "read")) {
                        const err230 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_events", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_events/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_events.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_events.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_events, data: data122 };
                        if (vErrors === null) {
                          vErrors = [err230];
                        } else {
                          vErrors.push(err230);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_hooks !== void 0) {
                      let data123 = data91.organization_hooks;
                      if (!(data123 === "read" || data123 === "write")) {
                        const err231 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_hooks", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_hooks/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_hooks.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_hooks.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_hooks, data: data123 };
                        if (vErrors === null) {
                          vErrors = [err231];
                        } else {
                          vErrors.push(err231);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_packages !== void 0) {
                      let data124 = data91.organization_packages;
                      if (!(data124 === "read" || data124 === "write")) {
                        const err232 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_packages", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_packages/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_packages.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_packages.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_packages, data: data124 };
                        if (vErrors === null) {
                          vErrors = [err232];
                        } else {
                          vErrors.push(err232);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_personal_access_token_requests !== void 0) {
                      let data125 = data91.organization_personal_access_token_requests;
                      if (!(data125 === "read" || data125 === "write")) {
                        const err233 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_personal_access_token_requests", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_personal_access_token_requests/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_personal_access_token_requests.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_personal_access_token_requests.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_personal_access_token_requests, data: data125 };
                        if (vErrors === null) {
                          vErrors = [err233];
                        } else {
                          vErrors.push(err233);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_personal_access_tokens !== void 0) {
                      let data126 = data91.organization_personal_access_tokens;
                      if (!(data126 === "read" || data126 === "write")) {
                        const err234 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_personal_access_tokens", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_personal_access_tokens/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_personal_access_tokens.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_personal_access_tokens.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_personal_access_tokens, data: data126 };
                        if (vErrors === null) {
                          vErrors = [err234];
                        } else {
                          vErrors.push(err234);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_plan !== void 0) {
                      let data127 = data91.organization_plan;
                      if (!(data127 === "read")) {
                        const err235 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_plan", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_plan/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_plan.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_plan.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_plan, data: data127 };
                        if (vErrors === null) {
                          vErrors = [err235];
                        } else {
                          vErrors.push(err235);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_projects !== void 0) {
                      let data128 = data91.organization_projects;
                      if (!(data128 === "read" || data128 === "write" || data128 === "admin")) {
                        const err236 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_projects", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_projects/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_projects.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_projects.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_projects, data: data128 };
                        if (vErrors === null) {
                          vErrors = [err236];
                        } else {
                          vErrors.push(err236);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_secrets !== void 0) {
                      let data129 = data91.organization_secrets;
                      if (!(data129 === "read" || data129 === "write")) {
                        const err237 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_secrets", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_secrets/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_secrets.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_secrets.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_secrets, data: data129 };
                        if (vErrors === null) {
                          vErrors = [err237];
                        } else {
                          vErrors.push(err237);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_self_hosted_runners !== void 0) {
                      let data130 = data91.organization_self_hosted_runners;
                      if (!(data130 === "read" || data130 === "write")) {
                        const err238 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_self_hosted_runners", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_self_hosted_runners/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_self_hosted_runners.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_self_hosted_runners.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_self_hosted_runners, data: data130 };
                        if (vErrors === null) {
                          vErrors = [err238];
                        } else {
                          vErrors.push(err238);
                        }
                        errors++;
                      }
                    }
                    if (data91.organization_user_blocking !== void 0) {
                      let data131 = data91.organization_user_blocking;
                      if (!(data131 === "read" || data131 === "write")) {
                        const err239 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/organization_user_blocking", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/organization_user_blocking/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_user_blocking.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_user_blocking.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.organization_user_blocking, data: data131 };
                        if (vErrors === null) {
                          vErrors = [err239];
                        } else {
                          vErrors.push(err239);
                        }
                        errors++;
                      }
                    }
                    if (data91.packages !== void 0) {
                      let data132 = data91.packages;
                      if (!(data132 === "read" || data132 === "write")) {
                        const err240 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/packages", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/packages/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.packages.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.packages.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.packages, data: data132 };
                        if (vErrors === null) {
                          vErrors = [err240];
                        } else {
                          vErrors.push(err240);
                        }
                        errors++;
                      }
                    }
                    if (data91.pages !== void 0) {
                      let data133 = data91.pages;
                      if (!(data133 === "read" || data133 === "write")) {
                        const err241 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/pages", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/pages/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.pages.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.pages.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.pages, data: data133 };
                        if (vErrors === null) {
                          vErrors = [err241];
                        } else {
                          vErrors.push(err241);
                        }
                        errors++;
                      }
                    }
                    if (data91.profile !== void 0) {
                      let data134 = data91.profile;
                      if (!(data134 === "write")) {
                        const err242 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/profile", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/profile/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.profile.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.profile.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.profile, data: data134 };
                        if (vErrors === null) {
                          vErrors = [err242];
                        } else {
                          vErrors.push(err242);
                        }
                        errors++;
                      }
                    }
                    if (data91.pull_requests !== void 0) {
                      let data135 = data91.pull_requests;
                      if (!(data135 === "read" || data135 === "write")) {
                        const err243 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/pull_requests", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/pull_requests/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.pull_requests.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.pull_requests.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.pull_requests, data: data135 };
                        if (vErrors === null) {
                          vErrors = [err243];
                        } else {
                          vErrors.push(err243);
                        }
                        errors++;
                      }
                    }
                    if (data91.repository_custom_properties !== void 0) {
                      let data136 = data91.repository_custom_properties;
                      if (!(data136 === "read" || data136 === "write")) {
                        const err244 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/repository_custom_properties", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/repository_custom_properties/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.repository_custom_properties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.repository_custom_properties.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.repository_custom_properties, data: data136 };
                        if (vErrors === null) {
                          vErrors = [err244];
                        } else {
                          vErrors.push(err244);
                        }
                        errors++;
                      }
                    }
                    if (data91.repository_hooks !== void 0) {
                      let data137 = data91.repository_hooks;
                      if (!(data137 === "read" || data137 === "write")) {
                        const err245 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/repository_hooks", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/repository_hooks/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.repository_hooks.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.repository_hooks.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.repository_hooks, data: data137 };
                        if (vErrors === null) {
                          vErrors = [err245];
                        } else {
                          vErrors.push(err245);
                        }
                        errors++;
                      }
                    }
                    if (data91.repository_projects !== void 0) {
                      let data138 = data91.repository_projects;
                      if (!(data138 === "read" || data138 === "write" || data138 === "admin")) {
                        const err246 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/repository_projects", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/repository_projects/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.repository_projects.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.repository_projects.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.repository_projects, data: data138 };
                        if (vErrors === null) {
                          vErrors = [err246];
                        } else {
                          vErrors.push(err246);
                        }
                        errors++;
                      }
                    }
                    if (data91.secret_scanning_alerts !== void 0) {
                      let data139 = data91.secret_scanning_alerts;
                      if (!(data139 === "read" || data139 === "write")) {
                        const err247 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/secret_scanning_alerts", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/secret_scanning_alerts/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.secret_scanning_alerts.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.secret_scanning_alerts.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.secret_scanning_alerts, data: data139 };
                        if (vErrors === null) {
                          vErrors = [err247];
                        } else {
                          vErrors.push(err247);
                        }
                        errors++;
                      }
                    }
                    if (data91.secrets !== void 0) {
                      let data140 = data91.secrets;
                      if (!(data140 === "read" || data140 === "write")) {
                        const err248 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/secrets", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/secrets/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.secrets.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.secrets.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.secrets, data: data140 };
                        if (vErrors === null) {
                          vErrors = [err248];
                        } else {
                          vErrors.push(err248);
                        }
                        errors++;
                      }
                    }
                    if (data91.security_events !== void 0) {
                      let data141 = data91.security_events;
                      if (!(data141 === "read" || data141 === "write")) {
                        const err249 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/security_events", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/security_events/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.security_events.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.security_events.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.security_events, data: data141 };
                        if (vErrors === null) {
                          vErrors = [err249];
                        } else {
                          vErrors.push(err249);
                        }
                        errors++;
                      }
                    }
                    if (data91.single_file !== void 0) {
                      let data142 = data91.single_file;
                      if (!(data142 === "read" || data142 === "write")) {
                        const err250 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/single_file", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/single_file/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.single_file.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.single_file.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.single_file, data: data142 };
                        if (vErrors === null) {
                          vErrors = [err250];
                        } else {
                          vErrors.push(err250);
                        }
                        errors++;
                      }
                    }
                    if (data91.starring !== void 0) {
                      let data143 = data91.starring;
                      if (!(data143 === "read" || data143 === "write")) {
                        const err251 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/starring", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/starring/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.starring.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.starring.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.starring, data: data143 };
                        if (vErrors === null) {
                          vErrors = [err251];
                        } else {
                          vErrors.push(err251);
                        }
                        errors++;
                      }
                    }
                    if (data91.statuses !== void 0) {
                      let data144 = data91.statuses;
                      if (!(data144 === "read" || data144 === "write")) {
                        const err252 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/statuses", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/statuses/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.statuses.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.statuses.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.statuses, data: data144 };
                        if (vErrors === null) {
                          vErrors = [err252];
                        } else {
                          vErrors.push(err252);
                        }
                        errors++;
                      }
                    }
                    if (data91.vulnerability_alerts !== void 0) {
                      let data145 = data91.vulnerability_alerts;
                      if (!(data145 === "read" || data145 === "write")) {
                        const err253 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/vulnerability_alerts", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/vulnerability_alerts/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.vulnerability_alerts.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.vulnerability_alerts.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.vulnerability_alerts, data: data145 };
                        if (vErrors === null) {
                          vErrors = [err253];
                        } else {
                          vErrors.push(err253);
                        }
                        errors++;
                      }
                    }
                    if (data91.workflows !== void 0) {
                      let data146 = data91.workflows;
                      if (!(data146 === "write")) {
                        const err254 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions/workflows", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/properties/workflows/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.items.properties.grant.properties.permissions.properties.workflows.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.workflows.enum, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions.properties.workflows, data: data146 };
                        if (vErrors === null) {
                          vErrors = [err254];
                        } else {
                          vErrors.push(err254);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err255 = { instancePath: instancePath + "/rules/" + i4 + "/grant/permissions", schemaPath: "#/properties/rules/items/properties/grant/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rules.items.properties.grant.properties.permissions.type, parentSchema: schema31.properties.rules.items.properties.grant.properties.permissions, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err255];
                    } else {
                      vErrors.push(err255);
                    }
                    errors++;
                  }
                }
              } else {
                const err256 = { instancePath: instancePath + "/rules/" + i4 + "/grant", schemaPath: "#/properties/rules/items/properties/grant/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rules.items.properties.grant.type, parentSchema: schema31.properties.rules.items.properties.grant, data: data88 };
                if (vErrors === null) {
                  vErrors = [err256];
                } else {
                  vErrors.push(err256);
                }
                errors++;
              }
            }
          } else {
            const err257 = { instancePath: instancePath + "/rules/" + i4, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rules.items.type, parentSchema: schema31.properties.rules.items, data: data62 };
            if (vErrors === null) {
              vErrors = [err257];
            } else {
              vErrors.push(err257);
            }
            errors++;
          }
        }
      } else {
        const err258 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.rules.type, parentSchema: schema31.properties.rules, data: data61 };
        if (vErrors === null) {
          vErrors = [err258];
        } else {
          vErrors.push(err258);
        }
        errors++;
      }
    }
  } else {
    const err259 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err259];
    } else {
      vErrors.push(err259);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateTokenRequest = validate21;
var schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/ringfence/ringfence/schema/token-request.schema.json", "title": "ringfence token request", "type": "object", "additionalProperties": false, "required": ["permissions"], "properties": { "repositories": { "type": "array", "items": { "type": ["integer", "string"], "minimum": 1, "maximum": 9007199254740991, "pattern": "^[1-9][0-9]{0,19}$" }, "minItems": 1, "maxItems": 500, "uniqueItems": true, "description": "Repository ids. Absent: the repository the job runs in." }, "permissions": { "type": "object", "additionalProperties": false, "description": "GitHub App permission name (as in the REST API, with `_`) to level.", "properties": { "actions": { "enum": ["read", "write"] }, "administration": { "enum": ["read", "write"] }, "artifact_metadata": { "enum": ["read", "write"] }, "attestations": { "enum": ["read", "write"] }, "checks": { "enum": ["read", "write"] }, "code_quality": { "enum": ["read", "write"] }, "codespaces": { "enum": ["read", "write"] }, "contents": { "enum": ["read", "write"] }, "custom_properties_for_organizations": { "enum": ["read", "write"] }, "dependabot_secrets": { "enum": ["read", "write"] }, "deployments": { "enum": ["read", "write"] }, "discussions": { "enum": ["read", "write"] }, "email_addresses": { "enum": ["read", "write"] }, "enterprise_custom_properties_for_organizations": { "enum": ["read", "write", "admin"] }, "environments": { "enum": ["read", "write"] }, "followers": { "enum": ["read", "write"] }, "git_ssh_keys": { "enum": ["read", "write"] }, "gpg_keys": { "enum": ["read", "write"] }, "interaction_limits": { "enum": ["read", "write"] }, "issues": { "enum": ["read", "write"] }, "members": { "enum": ["read", "write"] }, "merge_queues": { "enum": ["read", "write"] }, "metadata": { "enum": ["read", "write"] }, "organization_administration": { "enum": ["read", "write"] }, "organization_announcement_banners": { "enum": ["read", "write"] }, "organization_copilot_agent_settings": { "enum": ["read", "write"] }, "organization_copilot_seat_management": { "enum": ["read", "write"] }, "organization_custom_org_roles": { "enum": ["read", "write"] }, "organization_custom_properties": { "enum": ["read", "write", "admin"] }, "organization_custom_roles": { "enum": ["read", "write"] }, "organization_events": { "enum": ["read"] }, "organization_hooks": { "enum": ["read", "write"] }, "organization_packages": { "enum": ["read", "write"] }, "organization_personal_access_token_requests": { "enum": ["read", "write"] }, "organization_personal_access_tokens": { "enum": ["read", "write"] }, "organization_plan": { "enum": ["read"] }, "organization_projects": { "enum": ["read", "write", "admin"] }, "organization_secrets": { "enum": ["read", "write"] }, "organization_self_hosted_runners": { "enum": ["read", "write"] }, "organization_user_blocking": { "enum": ["read", "write"] }, "packages": { "enum": ["read", "write"] }, "pages": { "enum": ["read", "write"] }, "profile": { "enum": ["write"] }, "pull_requests": { "enum": ["read", "write"] }, "repository_custom_properties": { "enum": ["read", "write"] }, "repository_hooks": { "enum": ["read", "write"] }, "repository_projects": { "enum": ["read", "write", "admin"] }, "secret_scanning_alerts": { "enum": ["read", "write"] }, "secrets": { "enum": ["read", "write"] }, "security_events": { "enum": ["read", "write"] }, "single_file": { "enum": ["read", "write"] }, "starring": { "enum": ["read", "write"] }, "statuses": { "enum": ["read", "write"] }, "vulnerability_alerts": { "enum": ["read", "write"] }, "workflows": { "enum": ["write"] } }, "minProperties": 1 } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.permissions === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "permissions" }, message: "must have required property 'permissions'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "repositories" || key0 === "permissions")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.repositories !== void 0) {
      let data0 = data.repositories;
      if (Array.isArray(data0)) {
        if (data0.length > 500) {
          const err2 = { instancePath: instancePath + "/repositories", schemaPath: "#/properties/repositories/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: schema32.properties.repositories, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/repositories", schemaPath: "#/properties/repositories/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.repositories, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/repositories/" + i0, schemaPath: "#/properties/repositories/items/type", keyword: "type", params: { type: schema32.properties.repositories.items.type }, message: "must be integer,string", schema: schema32.properties.repositories.items.type, parentSchema: schema32.properties.repositories.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 > 9007199254740991 || isNaN(data1)) {
              const err5 = { instancePath: instancePath + "/repositories/" + i0, schemaPath: "#/properties/repositories/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema32.properties.repositories.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1 < 1 || isNaN(data1)) {
              const err6 = { instancePath: instancePath + "/repositories/" + i0, schemaPath: "#/properties/repositories/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.repositories.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err7 = { instancePath: instancePath + "/repositories/" + i0, schemaPath: "#/properties/repositories/items/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,19}$" }, message: 'must match pattern "^[1-9][0-9]{0,19}$"', schema: "^[1-9][0-9]{0,19}$", parentSchema: schema32.properties.repositories.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data0[i1];
            if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0)) && typeof item0 !== "string") {
              continue;
            }
            if (typeof item0 == "string") {
              item0 += "_";
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = { instancePath: instancePath + "/repositories", schemaPath: "#/properties/repositories/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema32.properties.repositories, data: data0 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/repositories", schemaPath: "#/properties/repositories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.repositories.type, parentSchema: schema32.properties.repositories, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data2 = data.permissions;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err10 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema32.properties.permissions, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!func1.call(schema32.properties.permissions.properties, key1)) {
            const err11 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.permissions, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.actions !== void 0) {
          let data3 = data2.actions;
          if (!(data3 === "read" || data3 === "write")) {
            const err12 = { instancePath: instancePath + "/permissions/actions", schemaPath: "#/properties/permissions/properties/actions/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.actions.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.actions.enum, parentSchema: schema32.properties.permissions.properties.actions, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.administration !== void 0) {
          let data4 = data2.administration;
          if (!(data4 === "read" || data4 === "write")) {
            const err13 = { instancePath: instancePath + "/permissions/administration", schemaPath: "#/properties/permissions/properties/administration/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.administration.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.administration.enum, parentSchema: schema32.properties.permissions.properties.administration, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.artifact_metadata !== void 0) {
          let data5 = data2.artifact_metadata;
          if (!(data5 === "read" || data5 === "write")) {
            const err14 = { instancePath: instancePath + "/permissions/artifact_metadata", schemaPath: "#/properties/permissions/properties/artifact_metadata/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.artifact_metadata.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.artifact_metadata.enum, parentSchema: schema32.properties.permissions.properties.artifact_metadata, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.attestations !== void 0) {
          let data6 = data2.attestations;
          if (!(data6 === "read" || data6 === "write")) {
            const err15 = { instancePath: instancePath + "/permissions/attestations", schemaPath: "#/properties/permissions/properties/attestations/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.attestations.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.attestations.enum, parentSchema: schema32.properties.permissions.properties.attestations, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.checks !== void 0) {
          let data7 = data2.checks;
          if (!(data7 === "read" || data7 === "write")) {
            const err16 = { instancePath: instancePath + "/permissions/checks", schemaPath: "#/properties/permissions/properties/checks/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.checks.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.checks.enum, parentSchema: schema32.properties.permissions.properties.checks, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2.code_quality !== void 0) {
          let data8 = data2.code_quality;
          if (!(data8 === "read" || data8 === "write")) {
            const err17 = { instancePath: instancePath + "/permissions/code_quality", schemaPath: "#/properties/permissions/properties/code_quality/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.code_quality.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.code_quality.enum, parentSchema: schema32.properties.permissions.properties.code_quality, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.codespaces !== void 0) {
          let data9 = data2.codespaces;
          if (!(data9 === "read" || data9 === "write")) {
            const err18 = { instancePath: instancePath + "/permissions/codespaces", schemaPath: "#/properties/permissions/properties/codespaces/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.codespaces.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.codespaces.enum, parentSchema: schema32.properties.permissions.properties.codespaces, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data2.contents !== void 0) {
          let data10 = data2.contents;
          if (!(data10 === "read" || data10 === "write")) {
            const err19 = { instancePath: instancePath + "/permissions/contents", schemaPath: "#/properties/permissions/properties/contents/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.contents.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.contents.enum, parentSchema: schema32.properties.permissions.properties.contents, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.custom_properties_for_organizations !== void 0) {
          let data11 = data2.custom_properties_for_organizations;
          if (!(data11 === "read" || data11 === "write")) {
            const err20 = { instancePath: instancePath + "/permissions/custom_properties_for_organizations", schemaPath: "#/properties/permissions/properties/custom_properties_for_organizations/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.custom_properties_for_organizations.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.custom_properties_for_organizations.enum, parentSchema: schema32.properties.permissions.properties.custom_properties_for_organizations, data: data11 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data2.dependabot_secrets !== void 0) {
          let data12 = data2.dependabot_secrets;
          if (!(data12 === "read" || data12 === "write")) {
            const err21 = { instancePath: instancePath + "/permissions/dependabot_secrets", schemaPath: "#/properties/permissions/properties/dependabot_secrets/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.dependabot_secrets.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.dependabot_secrets.enum, parentSchema: schema32.properties.permissions.properties.dependabot_secrets, data: data12 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.deployments !== void 0) {
          let data13 = data2.deployments;
          if (!(data13 === "read" || data13 === "write")) {
            const err22 = { instancePath: instancePath + "/permissions/deployments", schemaPath: "#/properties/permissions/properties/deployments/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.deployments.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.deployments.enum, parentSchema: schema32.properties.permissions.properties.deployments, data: data13 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data2.discussions !== void 0) {
          let data14 = data2.discussions;
          if (!(data14 === "read" || data14 === "write")) {
            const err23 = { instancePath: instancePath + "/permissions/discussions", schemaPath: "#/properties/permissions/properties/discussions/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.discussions.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.discussions.enum, parentSchema: schema32.properties.permissions.properties.discussions, data: data14 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.email_addresses !== void 0) {
          let data15 = data2.email_addresses;
          if (!(data15 === "read" || data15 === "write")) {
            const err24 = { instancePath: instancePath + "/permissions/email_addresses", schemaPath: "#/properties/permissions/properties/email_addresses/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.email_addresses.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.email_addresses.enum, parentSchema: schema32.properties.permissions.properties.email_addresses, data: data15 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data2.enterprise_custom_properties_for_organizations !== void 0) {
          let data16 = data2.enterprise_custom_properties_for_organizations;
          if (!(data16 === "read" || data16 === "write" || data16 === "admin")) {
            const err25 = { instancePath: instancePath + "/permissions/enterprise_custom_properties_for_organizations", schemaPath: "#/properties/permissions/properties/enterprise_custom_properties_for_organizations/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.enterprise_custom_properties_for_organizations.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.enterprise_custom_properties_for_organizations.enum, parentSchema: schema32.properties.permissions.properties.enterprise_custom_properties_for_organizations, data: data16 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data2.environments !== void 0) {
          let data17 = data2.environments;
          if (!(data17 === "read" || data17 === "write")) {
            const err26 = { instancePath: instancePath + "/permissions/environments", schemaPath: "#/properties/permissions/properties/environments/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.environments.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.environments.enum, parentSchema: schema32.properties.permissions.properties.environments, data: data17 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data2.followers !== void 0) {
          let data18 = data2.followers;
          if (!(data18 === "read" || data18 === "write")) {
            const err27 = { instancePath: instancePath + "/permissions/followers", schemaPath: "#/properties/permissions/properties/followers/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.followers.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.followers.enum, parentSchema: schema32.properties.permissions.properties.followers, data: data18 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data2.git_ssh_keys !== void 0) {
          let data19 = data2.git_ssh_keys;
          if (!(data19 === "read" || data19 === "write")) {
            const err28 = { instancePath: instancePath + "/permissions/git_ssh_keys", schemaPath: "#/properties/permissions/properties/git_ssh_keys/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.git_ssh_keys.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.git_ssh_keys.enum, parentSchema: schema32.properties.permissions.properties.git_ssh_keys, data: data19 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data2.gpg_keys !== void 0) {
          let data20 = data2.gpg_keys;
          if (!(data20 === "read" || data20 === "write")) {
            const err29 = { instancePath: instancePath + "/permissions/gpg_keys", schemaPath: "#/properties/permissions/properties/gpg_keys/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.gpg_keys.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.gpg_keys.enum, parentSchema: schema32.properties.permissions.properties.gpg_keys, data: data20 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data2.interaction_limits !== void 0) {
          let data21 = data2.interaction_limits;
          if (!(data21 === "read" || data21 === "write")) {
            const err30 = { instancePath: instancePath + "/permissions/interaction_limits", schemaPath: "#/properties/permissions/properties/interaction_limits/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.interaction_limits.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.interaction_limits.enum, parentSchema: schema32.properties.permissions.properties.interaction_limits, data: data21 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data2.issues !== void 0) {
          let data22 = data2.issues;
          if (!(data22 === "read" || data22 === "write")) {
            const err31 = { instancePath: instancePath + "/permissions/issues", schemaPath: "#/properties/permissions/properties/issues/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.issues.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.issues.enum, parentSchema: schema32.properties.permissions.properties.issues, data: data22 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data2.members !== void 0) {
          let data23 = data2.members;
          if (!(data23 === "read" || data23 === "write")) {
            const err32 = { instancePath: instancePath + "/permissions/members", schemaPath: "#/properties/permissions/properties/members/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.members.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.members.enum, parentSchema: schema32.properties.permissions.properties.members, data: data23 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data2.merge_queues !== void 0) {
          let data24 = data2.merge_queues;
          if (!(data24 === "read" || data24 === "write")) {
            const err33 = { instancePath: instancePath + "/permissions/merge_queues", schemaPath: "#/properties/permissions/properties/merge_queues/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.merge_queues.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.merge_queues.enum, parentSchema: schema32.properties.permissions.properties.merge_queues, data: data24 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data2.metadata !== void 0) {
          let data25 = data2.metadata;
          if (!(data25 === "read" || data25 === "write")) {
            const err34 = { instancePath: instancePath + "/permissions/metadata", schemaPath: "#/properties/permissions/properties/metadata/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.metadata.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.metadata.enum, parentSchema: schema32.properties.permissions.properties.metadata, data: data25 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data2.organization_administration !== void 0) {
          let data26 = data2.organization_administration;
          if (!(data26 === "read" || data26 === "write")) {
            const err35 = { instancePath: instancePath + "/permissions/organization_administration", schemaPath: "#/properties/permissions/properties/organization_administration/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_administration.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_administration.enum, parentSchema: schema32.properties.permissions.properties.organization_administration, data: data26 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data2.organization_announcement_banners !== void 0) {
          let data27 = data2.organization_announcement_banners;
          if (!(data27 === "read" || data27 === "write")) {
            const err36 = { instancePath: instancePath + "/permissions/organization_announcement_banners", schemaPath: "#/properties/permissions/properties/organization_announcement_banners/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_announcement_banners.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_announcement_banners.enum, parentSchema: schema32.properties.permissions.properties.organization_announcement_banners, data: data27 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data2.organization_copilot_agent_settings !== void 0) {
          let data28 = data2.organization_copilot_agent_settings;
          if (!(data28 === "read" || data28 === "write")) {
            const err37 = { instancePath: instancePath + "/permissions/organization_copilot_agent_settings", schemaPath: "#/properties/permissions/properties/organization_copilot_agent_settings/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_copilot_agent_settings.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_copilot_agent_settings.enum, parentSchema: schema32.properties.permissions.properties.organization_copilot_agent_settings, data: data28 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data2.organization_copilot_seat_management !== void 0) {
          let data29 = data2.organization_copilot_seat_management;
          if (!(data29 === "read" || data29 === "write")) {
            const err38 = { instancePath: instancePath + "/permissions/organization_copilot_seat_management", schemaPath: "#/properties/permissions/properties/organization_copilot_seat_management/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_copilot_seat_management.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_copilot_seat_management.enum, parentSchema: schema32.properties.permissions.properties.organization_copilot_seat_management, data: data29 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data2.organization_custom_org_roles !== void 0) {
          let data30 = data2.organization_custom_org_roles;
          if (!(data30 === "read" || data30 === "write")) {
            const err39 = { instancePath: instancePath + "/permissions/organization_custom_org_roles", schemaPath: "#/properties/permissions/properties/organization_custom_org_roles/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_custom_org_roles.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_custom_org_roles.enum, parentSchema: schema32.properties.permissions.properties.organization_custom_org_roles, data: data30 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data2.organization_custom_properties !== void 0) {
          let data31 = data2.organization_custom_properties;
          if (!(data31 === "read" || data31 === "write" || data31 === "admin")) {
            const err40 = { instancePath: instancePath + "/permissions/organization_custom_properties", schemaPath: "#/properties/permissions/properties/organization_custom_properties/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_custom_properties.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_custom_properties.enum, parentSchema: schema32.properties.permissions.properties.organization_custom_properties, data: data31 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data2.organization_custom_roles !== void 0) {
          let data32 = data2.organization_custom_roles;
          if (!(data32 === "read" || data32 === "write")) {
            const err41 = { instancePath: instancePath + "/permissions/organization_custom_roles", schemaPath: "#/properties/permissions/properties/organization_custom_roles/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_custom_roles.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_custom_roles.enum, parentSchema: schema32.properties.permissions.properties.organization_custom_roles, data: data32 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data2.organization_events !== void 0) {
          let data33 = data2.organization_events;
          if (!(data33 === "read")) {
            const err42 = { instancePath: instancePath + "/permissions/organization_events", schemaPath: "#/properties/permissions/properties/organization_events/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_events.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_events.enum, parentSchema: schema32.properties.permissions.properties.organization_events, data: data33 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data2.organization_hooks !== void 0) {
          let data34 = data2.organization_hooks;
          if (!(data34 === "read" || data34 === "write")) {
            const err43 = { instancePath: instancePath + "/permissions/organization_hooks", schemaPath: "#/properties/permissions/properties/organization_hooks/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_hooks.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_hooks.enum, parentSchema: schema32.properties.permissions.properties.organization_hooks, data: data34 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data2.organization_packages !== void 0) {
          let data35 = data2.organization_packages;
          if (!(data35 === "read" || data35 === "write")) {
            const err44 = { instancePath: instancePath + "/permissions/organization_packages", schemaPath: "#/properties/permissions/properties/organization_packages/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_packages.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_packages.enum, parentSchema: schema32.properties.permissions.properties.organization_packages, data: data35 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data2.organization_personal_access_token_requests !== void 0) {
          let data36 = data2.organization_personal_access_token_requests;
          if (!(data36 === "read" || data36 === "write")) {
            const err45 = { instancePath: instancePath + "/permissions/organization_personal_access_token_requests", schemaPath: "#/properties/permissions/properties/organization_personal_access_token_requests/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_personal_access_token_requests.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_personal_access_token_requests.enum, parentSchema: schema32.properties.permissions.properties.organization_personal_access_token_requests, data: data36 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data2.organization_personal_access_tokens !== void 0) {
          let data37 = data2.organization_personal_access_tokens;
          if (!(data37 === "read" || data37 === "write")) {
            const err46 = { instancePath: instancePath + "/permissions/organization_personal_access_tokens", schemaPath: "#/properties/permissions/properties/organization_personal_access_tokens/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_personal_access_tokens.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_personal_access_tokens.enum, parentSchema: schema32.properties.permissions.properties.organization_personal_access_tokens, data: data37 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data2.organization_plan !== void 0) {
          let data38 = data2.organization_plan;
          if (!(data38 === "read")) {
            const err47 = { instancePath: instancePath + "/permissions/organization_plan", schemaPath: "#/properties/permissions/properties/organization_plan/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_plan.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_plan.enum, parentSchema: schema32.properties.permissions.properties.organization_plan, data: data38 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data2.organization_projects !== void 0) {
          let data39 = data2.organization_projects;
          if (!(data39 === "read" || data39 === "write" || data39 === "admin")) {
            const err48 = { instancePath: instancePath + "/permissions/organization_projects", schemaPath: "#/properties/permissions/properties/organization_projects/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_projects.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_projects.enum, parentSchema: schema32.properties.permissions.properties.organization_projects, data: data39 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data2.organization_secrets !== void 0) {
          let data40 = data2.organization_secrets;
          if (!(data40 === "read" || data40 === "write")) {
            const err49 = { instancePath: instancePath + "/permissions/organization_secrets", schemaPath: "#/properties/permissions/properties/organization_secrets/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_secrets.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_secrets.enum, parentSchema: schema32.properties.permissions.properties.organization_secrets, data: data40 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data2.organization_self_hosted_runners !== void 0) {
          let data41 = data2.organization_self_hosted_runners;
          if (!(data41 === "read" || data41 === "write")) {
            const err50 = { instancePath: instancePath + "/permissions/organization_self_hosted_runners", schemaPath: "#/properties/permissions/properties/organization_self_hosted_runners/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_self_hosted_runners.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_self_hosted_runners.enum, parentSchema: schema32.properties.permissions.properties.organization_self_hosted_runners, data: data41 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data2.organization_user_blocking !== void 0) {
          let data42 = data2.organization_user_blocking;
          if (!(data42 === "read" || data42 === "write")) {
            const err51 = { instancePath: instancePath + "/permissions/organization_user_blocking", schemaPath: "#/properties/permissions/properties/organization_user_blocking/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.organization_user_blocking.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.organization_user_blocking.enum, parentSchema: schema32.properties.permissions.properties.organization_user_blocking, data: data42 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data2.packages !== void 0) {
          let data43 = data2.packages;
          if (!(data43 === "read" || data43 === "write")) {
            const err52 = { instancePath: instancePath + "/permissions/packages", schemaPath: "#/properties/permissions/properties/packages/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.packages.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.packages.enum, parentSchema: schema32.properties.permissions.properties.packages, data: data43 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data2.pages !== void 0) {
          let data44 = data2.pages;
          if (!(data44 === "read" || data44 === "write")) {
            const err53 = { instancePath: instancePath + "/permissions/pages", schemaPath: "#/properties/permissions/properties/pages/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.pages.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.pages.enum, parentSchema: schema32.properties.permissions.properties.pages, data: data44 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data2.profile !== void 0) {
          let data45 = data2.profile;
          if (!(data45 === "write")) {
            const err54 = { instancePath: instancePath + "/permissions/profile", schemaPath: "#/properties/permissions/properties/profile/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.profile.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.profile.enum, parentSchema: schema32.properties.permissions.properties.profile, data: data45 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data2.pull_requests !== void 0) {
          let data46 = data2.pull_requests;
          if (!(data46 === "read" || data46 === "write")) {
            const err55 = { instancePath: instancePath + "/permissions/pull_requests", schemaPath: "#/properties/permissions/properties/pull_requests/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.pull_requests.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.pull_requests.enum, parentSchema: schema32.properties.permissions.properties.pull_requests, data: data46 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data2.repository_custom_properties !== void 0) {
          let data47 = data2.repository_custom_properties;
          if (!(data47 === "read" || data47 === "write")) {
            const err56 = { instancePath: instancePath + "/permissions/repository_custom_properties", schemaPath: "#/properties/permissions/properties/repository_custom_properties/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.repository_custom_properties.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.repository_custom_properties.enum, parentSchema: schema32.properties.permissions.properties.repository_custom_properties, data: data47 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data2.repository_hooks !== void 0) {
          let data48 = data2.repository_hooks;
          if (!(data48 === "read" || data48 === "write")) {
            const err57 = { instancePath: instancePath + "/permissions/repository_hooks", schemaPath: "#/properties/permissions/properties/repository_hooks/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.repository_hooks.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.repository_hooks.enum, parentSchema: schema32.properties.permissions.properties.repository_hooks, data: data48 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data2.repository_projects !== void 0) {
          let data49 = data2.repository_projects;
          if (!(data49 === "read" || data49 === "write" || data49 === "admin")) {
            const err58 = { instancePath: instancePath + "/permissions/repository_projects", schemaPath: "#/properties/permissions/properties/repository_projects/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.repository_projects.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.repository_projects.enum, parentSchema: schema32.properties.permissions.properties.repository_projects, data: data49 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data2.secret_scanning_alerts !== void 0) {
          let data50 = data2.secret_scanning_alerts;
          if (!(data50 === "read" || data50 === "write")) {
            const err59 = { instancePath: instancePath + "/permissions/secret_scanning_alerts", schemaPath: "#/properties/permissions/properties/secret_scanning_alerts/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.secret_scanning_alerts.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.secret_scanning_alerts.enum, parentSchema: schema32.properties.permissions.properties.secret_scanning_alerts, data: data50 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data2.secrets !== void 0) {
          let data51 = data2.secrets;
          if (!(data51 === "read" || data51 === "write")) {
            const err60 = { instancePath: instancePath + "/permissions/secrets", schemaPath: "#/properties/permissions/properties/secrets/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.secrets.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.secrets.enum, parentSchema: schema32.properties.permissions.properties.secrets, data: data51 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data2.security_events !== void 0) {
          let data52 = data2.security_events;
          if (!(data52 === "read" || data52 === "write")) {
            const err61 = { instancePath: instancePath + "/permissions/security_events", schemaPath: "#/properties/permissions/properties/security_events/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.security_events.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.security_events.enum, parentSchema: schema32.properties.permissions.properties.security_events, data: data52 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data2.single_file !== void 0) {
          let data53 = data2.single_file;
          if (!(data53 === "read" || data53 === "write")) {
            const err62 = { instancePath: instancePath + "/permissions/single_file", schemaPath: "#/properties/permissions/properties/single_file/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.single_file.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.single_file.enum, parentSchema: schema32.properties.permissions.properties.single_file, data: data53 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data2.starring !== void 0) {
          let data54 = data2.starring;
          if (!(data54 === "read" || data54 === "write")) {
            const err63 = { instancePath: instancePath + "/permissions/starring", schemaPath: "#/properties/permissions/properties/starring/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.starring.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.starring.enum, parentSchema: schema32.properties.permissions.properties.starring, data: data54 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data2.statuses !== void 0) {
          let data55 = data2.statuses;
          if (!(data55 === "read" || data55 === "write")) {
            const err64 = { instancePath: instancePath + "/permissions/statuses", schemaPath: "#/properties/permissions/properties/statuses/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.statuses.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.statuses.enum, parentSchema: schema32.properties.permissions.properties.statuses, data: data55 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data2.vulnerability_alerts !== void 0) {
          let data56 = data2.vulnerability_alerts;
          if (!(data56 === "read" || data56 === "write")) {
            const err65 = { instancePath: instancePath + "/permissions/vulnerability_alerts", schemaPath: "#/properties/permissions/properties/vulnerability_alerts/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.vulnerability_alerts.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.vulnerability_alerts.enum, parentSchema: schema32.properties.permissions.properties.vulnerability_alerts, data: data56 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data2.workflows !== void 0) {
          let data57 = data2.workflows;
          if (!(data57 === "write")) {
            const err66 = { instancePath: instancePath + "/permissions/workflows", schemaPath: "#/properties/permissions/properties/workflows/enum", keyword: "enum", params: { allowedValues: schema32.properties.permissions.properties.workflows.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.permissions.properties.workflows.enum, parentSchema: schema32.properties.permissions.properties.workflows, data: data57 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.permissions.type, parentSchema: schema32.properties.permissions, data: data2 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
  } else {
    const err68 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err68];
    } else {
      vErrors.push(err68);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateTokenClaims = validate22;
var schema33 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/ringfence/ringfence/schema/token-claims.schema.json", "title": "ringfence token claims", "type": "object", "additionalProperties": { "type": "string", "maxLength": 4096 }, "properties": { "aud": { "type": ["string", "array"], "items": { "type": "string" } }, "exp": { "type": "integer" }, "iat": { "type": "integer" }, "nbf": { "type": "integer" } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "aud" || key0 === "exp" || key0 === "iat" || key0 === "nbf")) {
        let data0 = data[key0];
        if (typeof data0 === "string") {
          if (func2(data0) > 4096) {
            const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33.additionalProperties, data: data0 };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        } else {
          const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.additionalProperties.type, parentSchema: schema33.additionalProperties, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
    if (data.aud !== void 0) {
      let data1 = data.aud;
      if (typeof data1 !== "string" && !Array.isArray(data1)) {
        const err2 = { instancePath: instancePath + "/aud", schemaPath: "#/properties/aud/type", keyword: "type", params: { type: schema33.properties.aud.type }, message: "must be string,array", schema: schema33.properties.aud.type, parentSchema: schema33.properties.aud, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/aud/" + i0, schemaPath: "#/properties/aud/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.aud.items.type, parentSchema: schema33.properties.aud.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.exp !== void 0) {
      let data3 = data.exp;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err4 = { instancePath: instancePath + "/exp", schemaPath: "#/properties/exp/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.exp.type, parentSchema: schema33.properties.exp, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.iat !== void 0) {
      let data4 = data.iat;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err5 = { instancePath: instancePath + "/iat", schemaPath: "#/properties/iat/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.iat.type, parentSchema: schema33.properties.iat, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.nbf !== void 0) {
      let data5 = data.nbf;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err6 = { instancePath: instancePath + "/nbf", schemaPath: "#/properties/nbf/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.nbf.type, parentSchema: schema33.properties.nbf, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// packages/token/src/schema/token-policy-schema.ts
var BASE = "https://github.com/ringfence/ringfence/schema";
var SCHEMA = "https://json-schema.org/draft/2020-12/schema";
var ID_PATTERN = "^[1-9][0-9]{0,19}$";
var GRANT_REPOSITORY_PATTERN = "^(?:[1-9][0-9]{0,19}|self)$";
var RULE_NAME_PATTERN = "^[A-Za-z0-9._-]{1,64}$";
var EVENT_NAME_PATTERN = "^[a-z][a-z_]{0,63}$";
var PROTECTED_REF_PATTERN = "^refs/(?:heads|tags)/[^\\u0000-\\u0020\\u007f~^:\\\\]+$";
var CLAIM_TEXT_PATTERN = "^[^\\u0000-\\u001f\\u007f]+$";
var RUNNER_ENVIRONMENTS = ["github-hosted", "self-hosted"];
var REPOSITORY_VISIBILITIES = ["public", "private", "internal"];
var REF_TYPES = ["branch", "tag"];
var MAX_REQUEST_REPOSITORIES = 500;
var id = { type: ["integer", "string"], minimum: 1, maximum: Number.MAX_SAFE_INTEGER, pattern: ID_PATTERN };
var oneOrMany = (item) => {
  const { type, ...keywords } = item;
  return { type: [...typeof type === "string" ? [type] : type, "array"], ...keywords, items: item, minItems: 1, maxItems: 100, uniqueItems: true };
};
var ids = oneOrMany(id);
var text = (description) => ({ ...oneOrMany({ type: "string", minLength: 1, maxLength: 1024, pattern: CLAIM_TEXT_PATTERN }), description });
var choice = (values, description) => ({ ...oneOrMany({ type: "string", pattern: `^(?:${values.join("|")})$` }), description });
var permissionsSchema = {
  type: "object",
  additionalProperties: false,
  description: "GitHub App permission name (as in the REST API, with `_`) to level.",
  properties: Object.fromEntries(Object.entries(APP_PERMISSIONS).map(([name, { levels }]) => [name, { enum: [...levels] }]))
};
var matchSchema = {
  type: "object",
  additionalProperties: false,
  description: "OIDC claims (or, in App mode, the runner environment) that must all hold. Values match exactly unless written as a glob.",
  properties: {
    repository_owner_id: { ...ids, description: "Owner id(s); names are never matched." },
    repository_id: { ...ids, description: "Repository id(s); names are never matched." },
    actor_id: { ...ids, description: "Id(s) of the account that started the run." },
    repository_visibility: choice(REPOSITORY_VISIBILITIES, "public, private or internal."),
    event_name: { ...oneOrMany({ type: "string", pattern: EVENT_NAME_PATTERN }), description: "Without it, pull_request*, issue_comment and workflow_run never match." },
    ref: text('The triggering ref, such as refs/heads/main or "refs/tags/v*".'),
    ref_type: choice(REF_TYPES, "branch or tag."),
    workflow_ref: text("owner/repo/.github/workflows/file.yml@ref of the workflow."),
    job_workflow_ref: text("owner/repo/.github/workflows/file.yml@ref of the (reusable) workflow running the job."),
    environment: text("The job's deployment environment. Name only environments with protection rules: GitHub creates a missing one unprotected."),
    runner_environment: choice(RUNNER_ENVIRONMENTS, "Default: github-hosted.")
  }
};
var ruleSchema = {
  type: "object",
  additionalProperties: false,
  required: ["name", "match", "grant"],
  properties: {
    name: { type: "string", pattern: RULE_NAME_PATTERN },
    description: { type: "string", maxLength: 500 },
    match: matchSchema,
    grant: {
      type: "object",
      additionalProperties: false,
      required: ["permissions"],
      properties: {
        repositories: {
          type: "array",
          items: { type: ["integer", "string"], minimum: 1, maximum: Number.MAX_SAFE_INTEGER, pattern: GRANT_REPOSITORY_PATTERN },
          minItems: 1,
          maxItems: MAX_REQUEST_REPOSITORIES,
          uniqueItems: true,
          description: "Repository ids, or self for the repository the job runs in. Default (repository policies only): self."
        },
        permissions: { ...permissionsSchema, minProperties: 1 }
      }
    }
  }
};
var rules = { type: "array", items: ruleSchema, maxItems: 1e3, description: "A request is granted when any rule matches and grants all of it." };
var tokenPolicySchema = {
  $schema: SCHEMA,
  $id: `${BASE}/token-policy.schema.json`,
  title: "ringfence token scope policy (the token: section of the org policy)",
  type: "object",
  additionalProperties: false,
  properties: {
    ceiling: {
      type: "object",
      additionalProperties: false,
      description: "The most any rule may grant. Absent: nothing can be granted.",
      properties: { permissions: permissionsSchema }
    },
    protected_refs: {
      type: "array",
      items: { type: "string", maxLength: 255, pattern: PROTECTED_REF_PATTERN },
      minItems: 1,
      uniqueItems: true,
      description: "Refs (exact or glob) a rule granting write must be confined to. Default: the default branch."
    },
    protected_repositories: { type: "array", items: id, uniqueItems: true, description: "Ids of repositories no token may write contents, workflows or administration of." },
    rules
  }
};
var tokenRequestSchema = {
  $schema: SCHEMA,
  $id: `${BASE}/token-request.schema.json`,
  title: "ringfence token request",
  type: "object",
  additionalProperties: false,
  required: ["permissions"],
  properties: {
    repositories: { type: "array", items: id, minItems: 1, maxItems: MAX_REQUEST_REPOSITORIES, uniqueItems: true, description: "Repository ids. Absent: the repository the job runs in." },
    permissions: { ...permissionsSchema, minProperties: 1 }
  }
};
var tokenClaimsSchema = {
  $schema: SCHEMA,
  $id: `${BASE}/token-claims.schema.json`,
  title: "ringfence token claims",
  type: "object",
  additionalProperties: { type: "string", maxLength: 4096 },
  properties: {
    aud: { type: ["string", "array"], items: { type: "string" } },
    exp: { type: "integer" },
    iat: { type: "integer" },
    nbf: { type: "integer" }
  }
};

// packages/token/src/pattern-words.ts
var WORDS = {
  [ID_PATTERN]: "an id of digits only (names are never matched: resolve a name to its id first)",
  [GRANT_REPOSITORY_PATTERN]: "a repository id of digits only, or self",
  [RULE_NAME_PATTERN]: 'a rule name: letters, digits, ".", "_" and "-", at most 64 characters',
  [EVENT_NAME_PATTERN]: "an event name such as push or workflow_dispatch",
  [PROTECTED_REF_PATTERN]: 'a branch or tag ref such as refs/heads/main or "refs/tags/v*"',
  [CLAIM_TEXT_PATTERN]: "text without control characters"
};
var PREFIX = "text matching ";
var CHOICE = /^\^\(\?:([a-z|-]+)\)\$$/u;
function patternWords(expected) {
  if (expected?.startsWith(PREFIX) !== true) return void 0;
  const pattern = expected.slice(PREFIX.length);
  const choice2 = CHOICE.exec(pattern);
  if (choice2) return `one of ${choice2[1].split("|").join(", ")}`;
  return WORDS[pattern];
}

// packages/token/src/read-document.ts
function readDocument(input, file, kind, validate, section) {
  const parsed = parseYaml(input, file);
  if (!parsed.ok) throw new TokenError(toTokenProblems(parsed.problems, kind));
  const { document } = parsed;
  const base = section === void 0 ? "" : `/${section}`;
  const root = document.value;
  if (section !== void 0 && !isMapping(root)) {
    throw new TokenError([{ code: `TOKEN_${kind}_SCHEMA_ERROR`, file, pointer: "", ...document.locate(""), message: "the policy is not a mapping", expected: `a mapping with a \`${section}\` key` }]);
  }
  const value = section === void 0 ? root : root[section];
  if (section !== void 0 && value === void 0) return { value, document, base };
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((error) => ({ ...error, instancePath: base + error.instancePath }));
    const problems = toTokenProblems(toSchemaProblems(errors, document, file), kind);
    const [first = { code: `TOKEN_${kind}_SCHEMA_ERROR`, file, pointer: base, ...document.locate(base), message: "the file does not match its schema" }, ...rest] = problems;
    throw new TokenError([first, ...rest]);
  }
  return { value, document, base };
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var PASSED_THROUGH = /* @__PURE__ */ new Set(["TOO_LARGE", "ENCODING", "PARSE_ERROR", "DUPLICATE_KEY", "ALIAS_LIMIT", "SCHEMA_ERROR", "UNKNOWN_KEY"]);
var PERMISSION_POINTER = /\/permissions\/[^/]+$/u;
function toTokenProblems(problems, kind) {
  return problems.map((problem) => {
    const suffix = problem.code.replace(/^POLICY_/u, "");
    const code = `TOKEN_${kind}_${PASSED_THROUGH.has(suffix) ? suffix : "SCHEMA_ERROR"}`;
    const expected = patternWords(problem.expected);
    const reworded = { ...problem, code, ...expected === void 0 ? {} : { expected } };
    if (kind !== "POLICY" && problem.message === "the policy file is empty") return { ...reworded, message: "the file is empty", expected: "a JSON object" };
    return kind !== "CLAIMS" && PERMISSION_POINTER.test(problem.pointer) ? asPermissionProblem(reworded, kind) : reworded;
  });
}
function asPermissionProblem(problem, kind) {
  if (problem.code.endsWith("_UNKNOWN_KEY")) {
    return { ...problem, code: `TOKEN_${kind}_UNKNOWN_PERMISSION`, message: problem.message.replace(/^unknown key/u, "unknown permission"), expected: "a GitHub App permission name, such as contents or pull_requests" };
  }
  return { ...problem, code: `TOKEN_${kind}_UNKNOWN_LEVEL`, message: "level not accepted for this permission" };
}

// packages/token/src/load-token-policy.ts
function loadTokenPolicy(input, file, options = {}) {
  const defaultBranch = checkDefaultBranch(options.defaultBranch ?? "main", file);
  const { value, document, base } = readDocument(input, file, "POLICY", validateTokenPolicy, "token");
  const section = value ?? {};
  const at = (pointer, key = false) => ({ file, pointer, ...document.locate(pointer, key) });
  const protectedRefs = section.protected_refs?.map(toPattern) ?? defaultProtectedRefs(defaultBranch);
  const ceiling = section.ceiling?.permissions ?? {};
  const protectedRepositories = (section.protected_repositories ?? []).map(String);
  const written = section.rules ?? [];
  const rules2 = written.map((rule, index) => compileRule(rule, { layer: "org", origin: at(`${base}/rules/${index}`), protectedRefs }));
  throwIfAny([
    ...findDuplicateRules(section, base, at),
    ...rules2.flatMap((rule, index) => checkRule(rule, written[index], `${base}/rules/${index}`, { at, ceiling, protectedRepositories }))
  ]);
  return { file, ceiling, protectedRefs, protectedRefsSource: section.protected_refs ? "policy" : "default-branch", protectedRepositories, rules: rules2 };
}
function checkDefaultBranch(branch, file) {
  if (new RegExp(PROTECTED_REF_PATTERN, "u").test(`refs/heads/${branch}`)) return branch;
  throw new TokenError([{ code: "TOKEN_POLICY_INVALID_FACT", file, line: 0, column: 0, pointer: "", message: `default branch ${JSON.stringify(branch)} is not a usable branch name`, expected: "a branch name such as main" }]);
}

// packages/token/src/combine-token-policies.ts
function loadRepositoryTokenPolicy(input, file, facts) {
  if (!new RegExp(ID_PATTERN, "u").test(facts.repositoryId)) {
    throw new TokenError([{ code: "TOKEN_POLICY_INVALID_FACT", file, line: 0, column: 0, pointer: "", message: `repository id ${JSON.stringify(facts.repositoryId)} is not an id`, expected: "digits only" }]);
  }
  const defaultBranch = checkDefaultBranch(facts.defaultBranch ?? "main", file);
  const { value, document, base } = readDocument(input, file, "POLICY", validateTokenPolicy, "token");
  const at = (pointer, key = false) => ({ file, pointer, ...document.locate(pointer, key) });
  const policy = { file, repositoryId: facts.repositoryId, defaultBranch, section: value ?? {}, base, at };
  const { problems } = compileRepositoryRules(policy, defaultProtectedRefs(defaultBranch), void 0);
  throwIfAny([...findOrgOnlyKeys(policy.section, base, at), ...findDuplicateRules(policy.section, base, at), ...problems]);
  return policy;
}
function combineTokenPolicies(org, repository) {
  const protectedRefs = org.protectedRefsSource === "policy" ? org.protectedRefs : defaultProtectedRefs(repository.defaultBranch);
  const { rules: rules2, problems } = compileRepositoryRules(repository, protectedRefs, org.ceiling);
  throwIfAny(problems);
  return { ...org, rules: [...org.rules, ...rules2] };
}
function compileRepositoryRules(policy, protectedRefs, ceiling) {
  const written = policy.section.rules ?? [];
  const context = { at: policy.at, ceiling, protectedRepositories: [] };
  const rules2 = written.map((rule, index) => compileRule(rule, { layer: "repository", hostRepositoryId: policy.repositoryId, origin: policy.at(`${policy.base}/rules/${index}`), protectedRefs }));
  const problems = rules2.flatMap((rule, index) => checkRule(rule, written[index], `${policy.base}/rules/${index}`, context));
  return { rules: rules2, problems };
}

// packages/token/src/load-request.ts
function loadTokenRequest(input, file) {
  const { value } = readDocument(input, file, "REQUEST", validateTokenRequest);
  const { repositories, permissions: permissions2 } = value;
  return repositories === void 0 ? { permissions: permissions2 } : { repositories: repositories.map(String), permissions: permissions2 };
}
function loadClaims(input, file) {
  const { value } = readDocument(input, file, "CLAIMS", validateTokenClaims);
  const entries = Object.entries(value).filter((entry) => typeof entry[1] === "string" && !NOT_MATCHED.has(entry[0]));
  return Object.fromEntries(entries);
}
var NOT_MATCHED = /* @__PURE__ */ new Set(["aud", "exp", "iat", "nbf"]);

// packages/token/src/decision.ts
var TOKEN_REFUSAL_CODES = [
  /** The request is malformed: a repository that is not an id, too many repositories. */
  "TOKEN_REQUEST_INVALID",
  /** No permissions asked for: GitHub would grant all of the installation's. */
  "TOKEN_EMPTY_REQUEST",
  "TOKEN_UNKNOWN_PERMISSION",
  "TOKEN_UNKNOWN_LEVEL",
  /** Write to contents, workflows or administration of a policy-hosting or protected repository. */
  "TOKEN_PROTECTED_REPOSITORY",
  "TOKEN_NO_RULE_MATCHED",
  /** Defense in depth: a compiled rule breaks an invariant its loader enforces. */
  "TOKEN_RULE_INVALID",
  "TOKEN_REPOSITORY_NOT_GRANTED",
  "TOKEN_PERMISSION_NOT_GRANTED",
  "TOKEN_ABOVE_CEILING",
  /** An organization, enterprise or user permission through a repository's own rule. */
  "TOKEN_OWNER_PERMISSION_FROM_REPOSITORY_RULE"
];
function referenceTo(rule) {
  const { file, line, column } = rule.origin;
  return { name: rule.name, layer: rule.layer, origin: `${file}:${line}:${column}` };
}

// packages/token/src/match-rule.ts
function matchRule(rule, claims) {
  const matched = [];
  const mismatches = [];
  for (const condition of rule.conditions) {
    const mismatch2 = checkCondition(condition, claims);
    if (mismatch2) mismatches.push(mismatch2);
    else matched.push(condition.field);
  }
  return { matched, mismatches };
}
function claimValue(claims, field) {
  const value = Object.hasOwn(claims, field) ? claims[field] : void 0;
  return typeof value === "string" && value !== "" ? value : void 0;
}
function checkCondition(condition, claims) {
  const found = claimValue(claims, condition.field);
  const expected = describeCondition(condition);
  if (found === void 0) return { field: condition.field, reason: "CLAIM_MISSING", expected, found };
  const hit = condition.patterns.some((pattern) => matchesPattern(pattern, found));
  return hit === condition.exclude ? { field: condition.field, reason: reasonFor(condition), expected, found } : void 0;
}
function reasonFor(condition) {
  if (condition.source === "layer") return "OTHER_REPOSITORY";
  if (condition.source === "policy") return "CLAIM_MISMATCH";
  return condition.exclude ? "UNTRUSTED_EVENT" : "RUNNER_NOT_ALLOWED";
}
function describeCondition(condition) {
  const texts = condition.patterns.map((p) => p.text);
  if (condition.exclude) return `none of ${texts.join(", ")} (name event_name to allow them)`;
  return texts.length === 1 ? texts[0] : `one of ${texts.join(", ")}`;
}

// packages/token/src/authorise.ts
function authorise(rule, request, claims, policy) {
  const ruleRef = referenceTo(rule);
  if (grantsWrite(rule.permissions) && findWriteConfinement(rule.conditions, rule.protectedRefs) === void 0) {
    return { code: "TOKEN_RULE_INVALID", rule: ruleRef, message: `rule ${rule.name} grants write without confining ref, workflow ref or environment` };
  }
  const granted = rule.repositories.map((id2) => id2 === "self" ? claimValue(claims, "repository_id") : id2);
  const outside = request.repositories.find((id2) => !granted.includes(id2));
  if (outside !== void 0) return { code: "TOKEN_REPOSITORY_NOT_GRANTED", rule: ruleRef, repository: outside, message: `rule ${rule.name} does not grant repository ${outside}` };
  for (const [name, level] of request.permissions) {
    const refusal2 = authorisePermission(rule, name, level, policy);
    if (refusal2) return { ...refusal2, rule: ruleRef };
  }
  return hostRefusal(rule, request);
}
function authorisePermission(rule, name, level, policy) {
  if (rule.layer === "repository" && isOwnerLevel(name)) {
    return { code: "TOKEN_OWNER_PERMISSION_FROM_REPOSITORY_RULE", permission: { name, requested: level, granted: rule.permissions[name] }, message: `${name} reaches beyond one repository; a repository policy cannot grant it` };
  }
  const granted = rule.permissions[name];
  if (!covers(granted, level)) return { code: "TOKEN_PERMISSION_NOT_GRANTED", permission: { name, requested: level, granted }, message: `rule ${rule.name} grants ${name}: ${granted ?? "nothing"}, the request asks ${level}` };
  const ceiling = policy.ceiling[name];
  if (!covers(ceiling, level)) return { code: "TOKEN_ABOVE_CEILING", permission: { name, requested: level, granted: ceiling }, message: `the org ceiling allows ${name}: ${ceiling ?? "nothing"}, the request asks ${level}` };
  return void 0;
}
function hostRefusal(rule, request) {
  if (rule.layer !== "repository") return void 0;
  return protectedWrite(request, (id2) => id2 === rule.hostRepositoryId, `repository ${String(rule.hostRepositoryId)} holds rule ${rule.name}`);
}
function protectedRepositoryRefusal(request, facts, policy) {
  const host = facts.hostRepositoryId;
  const isProtected = (id2) => host === void 0 || id2 === host || policy.protectedRepositories.includes(id2);
  return protectedWrite(request, isProtected, host === void 0 ? "the repository hosting the policy is unknown, so any repository may be it" : "it hosts the policy or is listed in token.protected_repositories");
}
function protectedWrite(request, isProtected, why) {
  const write = request.permissions.find(([name2, level2]) => isWriteLevel(level2) && HOST_PROTECTED_PERMISSIONS.includes(name2));
  const repository = request.repositories.find(isProtected);
  if (write === void 0 || repository === void 0) return void 0;
  const [name, level] = write;
  return { code: "TOKEN_PROTECTED_REPOSITORY", repository, permission: { name, requested: level, granted: void 0 }, message: `no token may hold ${name}: ${level} on repository ${repository}: ${why}` };
}

// packages/token/src/check-request.ts
var ID = new RegExp(ID_PATTERN, "u");
function checkRequest(request, claims) {
  const permissions2 = checkPermissions(request.permissions);
  if ("code" in permissions2) return permissions2;
  const repositories = checkRepositories(request.repositories, claims);
  if ("code" in repositories) return repositories;
  return { repositories, permissions: permissions2 };
}
function checkPermissions(requested) {
  if (typeof requested !== "object" || requested === null || Array.isArray(requested)) return { code: "TOKEN_REQUEST_INVALID", message: "permissions must be a mapping of permission name to level" };
  const entries = Object.entries(requested);
  if (entries.length === 0) return { code: "TOKEN_EMPTY_REQUEST", message: "no permissions requested (GitHub would grant every permission of the installation)" };
  const checked = [];
  for (const [name, level] of entries) {
    const permission = { name, requested: describeValue(level), granted: void 0 };
    if (!isPermissionName(name)) return { code: "TOKEN_UNKNOWN_PERMISSION", message: `unknown permission ${JSON.stringify(name)}`, permission };
    if (typeof level !== "string" || !isLevelOf(name, level)) return { code: "TOKEN_UNKNOWN_LEVEL", message: `${name} has no level ${permission.requested}`, permission };
    checked.push([name, level]);
  }
  return checked;
}
function checkRepositories(requested, claims) {
  if (requested === void 0) {
    const own = claimValue(claims, "repository_id");
    if (own !== void 0 && ID.test(own)) return [own];
    return { code: "TOKEN_REQUEST_INVALID", message: "no repositories requested and the claims carry no repository_id to default to" };
  }
  if (!Array.isArray(requested) || requested.length === 0) return { code: "TOKEN_REQUEST_INVALID", message: "repositories must be a non-empty list of repository ids" };
  if (requested.length > MAX_REQUEST_REPOSITORIES) return { code: "TOKEN_REQUEST_INVALID", message: `${requested.length} repositories requested, GitHub accepts at most ${MAX_REQUEST_REPOSITORIES}` };
  const bad = requested.findIndex((id2) => typeof id2 !== "string" || !ID.test(id2));
  if (bad >= 0) {
    const repository = describeValue(requested[bad]);
    return { code: "TOKEN_REQUEST_INVALID", message: `${repository} is not a repository id (resolve names to ids before deciding)`, repository };
  }
  return [...new Set(requested)];
}
function describeValue(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a mapping" : `a value of type ${typeof value}`;
}

// packages/token/src/decide-token.ts
function decideToken(request, facts, policy) {
  return evaluateToken(request, facts, policy).decision;
}
function evaluateToken(request, facts, policy) {
  const checked = checkRequest(request, facts.claims);
  if ("code" in checked) return { decision: refused(checked), rules: [] };
  const protectedRefusal = protectedRepositoryRefusal(checked, facts, policy);
  if (protectedRefusal) return { decision: refused(protectedRefusal), rules: [] };
  const rules2 = policy.rules.map((rule) => {
    const match = matchRule(rule, facts.claims);
    return { rule, ...match, refusal: match.mismatches.length === 0 ? authorise(rule, checked, facts.claims, policy) : void 0 };
  });
  const matching = rules2.filter((r) => r.mismatches.length === 0);
  const granting = matching.find((r) => r.refusal === void 0);
  if (granting) {
    const permissions2 = Object.fromEntries(checked.permissions);
    return { decision: { outcome: "granted", rule: referenceTo(granting.rule), token: { repositoryIds: checked.repositories, permissions: permissions2 } }, rules: rules2 };
  }
  const first = matching[0];
  return { decision: refused(first?.refusal ?? noRuleMatched(rules2)), rules: rules2 };
}
function refused(refusal2) {
  return { outcome: "refused", refusal: refusal2 };
}
function noRuleMatched(rules2) {
  let best;
  for (const evaluation of rules2) if (!best || isCloser(evaluation, best)) best = evaluation;
  if (!best) return { code: "TOKEN_NO_RULE_MATCHED", message: "the policy has no token rules" };
  const closest = { rule: referenceTo(best.rule), matched: best.matched.length, of: best.rule.conditions.length, mismatches: best.mismatches };
  const first = best.mismatches[0];
  const found = first.found === void 0 ? "no such claim" : JSON.stringify(first.found);
  return { code: "TOKEN_NO_RULE_MATCHED", closest, message: `no rule matches; closest is ${best.rule.name} (${closest.matched} of ${closest.of} conditions), failing ${first.field}: expected ${first.expected}, found ${found}` };
}
function isCloser(a, b) {
  if (a.matched.length !== b.matched.length) return a.matched.length > b.matched.length;
  return a.mismatches.length < b.mismatches.length;
}

// packages/token/src/explain.ts
function explainTokenRequest(policy, claims, request, options = {}) {
  const { decision: decision2, rules: evaluations } = evaluateToken(request, { claims, hostRepositoryId: options.hostRepositoryId }, policy);
  const rules2 = policy.rules.map((rule, index) => {
    const evaluation = evaluations[index] ?? { ...matchRule(rule, claims), refusal: void 0 };
    const status = evaluation.mismatches.length > 0 ? "no-match" : evaluations.length === 0 ? "matches" : evaluation.refusal ? "refuses" : "grants";
    return { rule: referenceTo(rule), status, matched: evaluation.matched, mismatches: evaluation.mismatches, refusal: evaluation.refusal, grant: { repositories: rule.repositories, permissions: rule.permissions } };
  });
  return { decision: decision2, rules: rules2 };
}
function formatExplanation(explanation) {
  const { decision: decision2 } = explanation;
  const lines = decision2.outcome === "granted" ? [`granted by rule ${describeRule(decision2.rule)}`, `  token: repositories ${decision2.token.repositoryIds.join(", ")}; ${describePermissions(decision2.token.permissions)}`] : [`refused: ${decision2.refusal.code}: ${decision2.refusal.message}`];
  lines.push(explanation.rules.length === 0 ? "no token rules" : "rules:");
  for (const rule of explanation.rules) {
    const counts = `${rule.matched.length} of ${rule.matched.length + rule.mismatches.length} conditions met`;
    lines.push(`  ${describeRule(rule.rule)}: ${rule.status} (${counts}); grants ${describePermissions(rule.grant.permissions)} on ${rule.grant.repositories.join(", ")}`);
    for (const m of rule.mismatches) lines.push(`    ${m.field}: expected ${m.expected}, found ${m.found === void 0 ? "no such claim" : `"${m.found}"`} (${m.reason})`);
    if (rule.refusal) lines.push(`    ${rule.refusal.code}: ${rule.refusal.message}`);
  }
  return lines.map(escapeUntrusted).join("\n") + "\n";
}
function describeRule(rule) {
  return `${rule.name} (${rule.layer}, ${rule.origin})`;
}
function describePermissions(permissions2) {
  return Object.entries(permissions2).map(([name, level]) => `${name}: ${level}`).join(", ");
}

// packages/token/src/mint/app-key-signer.ts
function isAppKeySigner(key) {
  return typeof key === "object" && "sign" in key && typeof key.sign === "function" && key.algorithm === "RS256";
}
async function signWithKeySigner(signer, payload) {
  const encode = (value) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
  const signingInput = `${encode({ alg: "RS256", typ: "JWT" })}.${encode(payload)}`;
  const signature = await signer.sign(Buffer.from(signingInput, "ascii"));
  return `${signingInput}.${Buffer.from(signature).toString("base64url")}`;
}

// packages/token/src/mint/errors.ts
var TokenMintError = class extends RingfenceError {
};

// packages/token/src/mint/private-key.ts
import { createPrivateKey } from "node:crypto";
var PEM = /^-----BEGIN (RSA PRIVATE KEY|PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/u;
var MIN_BITS = 2048;
function readAppPrivateKey(text2) {
  const pem = normalisePem(text2);
  const match = PEM.exec(pem);
  if (!match) throw invalid(describeShape(pem));
  let key;
  try {
    key = createPrivateKey({ key: pem, format: "pem" });
  } catch (error) {
    throw invalid(`the ${match[1]} block does not decode to a key (${error.code ?? "unreadable"})`, error);
  }
  if (key.asymmetricKeyType !== "rsa") throw invalid(`expected an RSA key, found ${key.asymmetricKeyType ?? "another kind of key"}`);
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_BITS) throw invalid(`expected an RSA key of at least ${MIN_BITS} bits, found ${bits}`);
  return key;
}
function normalisePem(text2) {
  return text2.replace(/\\n/gu, "\n").replace(/\r\n?/gu, "\n").trim();
}
function describeShape(pem) {
  if (pem === "") return "the key is empty";
  if (/-----BEGIN (?:PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE)-----/u.test(pem)) return "expected the private key, found a public key or certificate";
  if (/-----BEGIN (?:ENCRYPTED PRIVATE KEY|OPENSSH PRIVATE KEY|EC PRIVATE KEY)-----/u.test(pem)) return "expected the unencrypted RSA key GitHub generates (BEGIN RSA PRIVATE KEY), found another kind of key";
  if (!pem.startsWith("-----BEGIN ")) return "expected a PEM block starting with -----BEGIN RSA PRIVATE KEY-----";
  if (!/-----END [A-Z ]+-----$/u.test(pem)) return "the PEM block has no END line (was the key cut short?)";
  return "the PEM block is malformed (its BEGIN and END lines differ, or its body is not base64)";
}
function invalid(detail, cause) {
  return new TokenMintError("TOKEN_APP_KEY_INVALID", `input private-key: ${detail}`, cause === void 0 ? void 0 : { cause });
}

// packages/token/src/mint/app-jwt.ts
var IAT_BACK_SECONDS = 60;
var EXP_AHEAD_SECONDS = 540;
var APP_ID = /^[1-9][0-9]{0,19}$/u;
var CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{3,63}$/u;
function createAppJwtSigner(options) {
  const issuer = checkIssuer(options.issuer);
  const { privateKey } = options;
  const key = typeof privateKey === "string" ? readAppPrivateKey(privateKey) : privateKey;
  const now = options.now ?? Date.now;
  let offsetSeconds = 0;
  let corrected = false;
  return {
    get offsetSeconds() {
      return offsetSeconds;
    },
    sign: async () => {
      const seconds = Math.floor(now() / 1e3) + offsetSeconds;
      if (isAppKeySigner(key)) return signWithKeySigner(key, { iss: issuer, iat: seconds - IAT_BACK_SECONDS, exp: seconds + EXP_AHEAD_SECONDS });
      return new SignJWT({}).setProtectedHeader({ alg: "RS256", typ: "JWT" }).setIssuer(issuer).setIssuedAt(seconds - IAT_BACK_SECONDS).setExpirationTime(seconds + EXP_AHEAD_SECONDS).sign(key);
    },
    correctClock: (serverDate) => {
      if (corrected) return false;
      corrected = true;
      const server = serverDate?.getTime();
      if (server !== void 0 && Number.isFinite(server)) offsetSeconds = Math.round((server - now()) / 1e3);
      return true;
    }
  };
}
function checkIssuer(issuer) {
  if ("appId" in issuer) {
    if (APP_ID.test(issuer.appId)) return issuer.appId;
    throw new TokenMintError("TOKEN_APP_ISSUER_INVALID", `input app-id: expected the App's numeric id (App settings, "App ID"), found ${describe(issuer.appId)}`);
  }
  if (CLIENT_ID.test(issuer.clientId)) return issuer.clientId;
  throw new TokenMintError("TOKEN_APP_ISSUER_INVALID", `input client-id: expected the App's client id such as Iv23liABCDEF12345678, found ${describe(issuer.clientId)}`);
}
function describe(value) {
  return value === "" ? "nothing" : `${value.length} characters that are not one`;
}

// packages/token/src/mint/check-issued-token.ts
function findBroadening(expected, issued) {
  const permissions2 = Object.entries(issued.permissions).filter(([name, level]) => !(name === "metadata" && level === "read") && !covered(expected.permissions[name], level)).map(([name, level]) => ({ name, requested: expected.permissions[name], issued: level }));
  const allRepositories = issued.repositorySelection !== "selected" || issued.repositories === void 0;
  const ids2 = new Set(expected.repositoryIds ?? []);
  const names = new Set((expected.repositoryNames ?? []).map((n) => n.toLowerCase()));
  const repositories = (issued.repositories ?? []).filter((r) => !ids2.has(r.id) && !names.has(r.name.toLowerCase())).map((r) => `${r.id} ${r.name}`);
  if (permissions2.length === 0 && repositories.length === 0 && !allRepositories) return void 0;
  return { permissions: permissions2, repositories, allRepositories };
}
function describeBroadening(broadening) {
  const parts = [
    ...broadening.permissions.map((p) => `${p.name}: ${p.issued} (asked ${p.requested ?? "nothing"})`),
    ...broadening.allRepositories ? ["every repository of the installation"] : [],
    ...broadening.repositories.map((r) => `repository ${r} (not asked)`)
  ];
  return parts.join(", ");
}
function covered(requested, issued) {
  const rank = (level) => level === void 0 ? -1 : PERMISSION_LEVELS.indexOf(level);
  const issuedRank = rank(issued);
  return requested !== void 0 && issuedRank >= 0 && issuedRank <= rank(requested);
}

// packages/token/src/mint/secret-forms.ts
import { createHash } from "node:crypto";
function secretForms(token) {
  const base64 = (text2) => Buffer.from(text2, "utf8").toString("base64");
  return [.../* @__PURE__ */ new Set([token, base64(`x-access-token:${token}`), base64(token), encodeURIComponent(token)])];
}
function hashToken(token) {
  return createHash("sha256").update(token, "utf8").digest("base64");
}

// packages/token/src/mint/mint-token.ts
async function mintToken(order, deps) {
  const purpose = order.purpose ?? "the token";
  const installation = await deps.installations.findInstallation(order.installation);
  if (installation.suspended) throw new TokenMintError("TOKEN_INSTALLATION_SUSPENDED", `the App's installation on ${installation.accountLogin} (id ${installation.id}) is suspended: an owner of ${installation.accountLogin} must unsuspend it`);
  const expected = "ids" in order.repositories ? { repositoryIds: order.repositories.ids, permissions: order.permissions } : { repositoryNames: order.repositories.names, permissions: order.permissions };
  const request = "ids" in order.repositories ? { repositoryIds: order.repositories.ids, permissions: order.permissions } : { repositoryNames: order.repositories.names, permissions: order.permissions };
  const issued = await issue(deps.issuer, installation, request);
  for (const form of secretForms(issued.token)) deps.mask(form);
  const broadening = findBroadening(expected, issued);
  if (broadening) {
    const revoked = await revokeRefused(deps.revoker, issued.token);
    throw new TokenMintError("TOKEN_BROADER_THAN_REQUESTED", `GitHub issued ${purpose} with more than was asked: ${describeBroadening(broadening)}; ${revoked}`);
  }
  if (!Number.isFinite(Date.parse(issued.expiresAt))) {
    const revoked = await revokeRefused(deps.revoker, issued.token);
    throw new TokenMintError("TOKEN_ANSWER_UNVERIFIABLE", `GitHub issued ${purpose} with an expiry that is not a date (${JSON.stringify(issued.expiresAt.slice(0, 40))}); ${revoked}`);
  }
  return { ...issued, installationId: installation.id, hashedToken: hashToken(issued.token) };
}
async function issue(issuer, installation, request) {
  try {
    return await issuer.issueToken(installation.id, request);
  } catch (error) {
    const missing = Object.entries(request.permissions).filter(([name, level]) => !grants(installation.permissions[name], level));
    if (missing.length === 0) throw error;
    const wanted = missing.map(([name, level]) => `${name}: ${level}`).join(", ");
    throw new TokenMintError("TOKEN_INSTALLATION_LACKS_PERMISSION", `${describeThrown(error)}; the App's installation on ${installation.accountLogin} does not grant ${wanted}: add it to the App's permissions and have the installation accept the change`, { cause: error });
  }
}
function grants(held, level) {
  const rank = (l) => l === void 0 ? -1 : PERMISSION_LEVELS.indexOf(l);
  return held !== void 0 && rank(level) >= 0 && rank(held) >= rank(level);
}
async function revokeRefused(revoker, token) {
  try {
    const outcome = await revoker.revokeToken(token);
    return outcome === "revoked" ? "it was revoked at once" : "GitHub no longer accepts it";
  } catch (error) {
    return `revoking it failed (${describeThrown(error)}): it stays valid until it expires, within the hour`;
  }
}

// packages/token/src/token-verdict.ts
function tokenVerdict(explanation, inputs) {
  const { decision: decision2 } = explanation;
  const granted = decision2.outcome === "granted";
  return {
    version: VERDICT_VERSION,
    control: "token",
    outcome: granted ? "allowed" : "blocked",
    // A refusal code that is not a core reason code stops this line compiling.
    reasons: granted ? [] : [{ code: decision2.refusal.code, message: decision2.refusal.message }],
    inputs: { claims: inputs.claims, request: inputs.request, ...inputs.hostRepositoryId === void 0 ? {} : { hostRepositoryId: inputs.hostRepositoryId }, policyFiles: inputs.policyFiles },
    detail: explanation
  };
}

// packages/token/src/exchange/call-broker.ts
var MAX_BROKER_ANSWER_BYTES = 64 * 1024;

// packages/token/src/exchange/check-exchanged.ts
var MAX_LIFETIME_MS = 65 * 60 * 1e3;

// packages/token/src/schema/token-verdict-schema.ts
var permissions = { type: "object", additionalProperties: { type: "string" } };
var ruleReference = { type: "object", additionalProperties: false, required: ["name", "layer", "origin"], properties: { name: { type: "string" }, layer: { enum: ["org", "repository"] }, origin: { type: "string" } } };
var mismatch = {
  type: "object",
  additionalProperties: false,
  required: ["field", "reason", "expected"],
  properties: { field: { enum: [...MATCH_FIELDS] }, reason: { enum: ["CLAIM_MISSING", "CLAIM_MISMATCH", "UNTRUSTED_EVENT", "RUNNER_NOT_ALLOWED", "OTHER_REPOSITORY"] }, expected: { type: "string" }, found: { type: "string" } }
};
var refusal = {
  type: "object",
  additionalProperties: false,
  required: ["code", "message"],
  properties: {
    code: { enum: [...TOKEN_REFUSAL_CODES] },
    message: { type: "string" },
    rule: ruleReference,
    permission: { type: "object", additionalProperties: false, required: ["name", "requested"], properties: { name: { type: "string" }, requested: { type: "string" }, granted: { type: "string" } } },
    repository: { type: "string" },
    closest: { type: "object", additionalProperties: false, required: ["rule", "matched", "of", "mismatches"], properties: { rule: ruleReference, matched: { type: "integer", minimum: 0 }, of: { type: "integer", minimum: 0 }, mismatches: { type: "array", items: mismatch } } }
  }
};
var decision = {
  oneOf: [
    { type: "object", additionalProperties: false, required: ["outcome", "rule", "token"], properties: { outcome: { const: "granted" }, rule: ruleReference, token: { type: "object", additionalProperties: false, required: ["repositoryIds", "permissions"], properties: { repositoryIds: { type: "array", items: { type: "string" } }, permissions } } } },
    { type: "object", additionalProperties: false, required: ["outcome", "refusal"], properties: { outcome: { const: "refused" }, refusal } }
  ]
};
var tokenDetailSchema = {
  type: "object",
  additionalProperties: false,
  required: ["decision", "rules"],
  properties: {
    decision,
    rules: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "status", "matched", "mismatches", "grant"],
        properties: {
          rule: ruleReference,
          status: { enum: ["grants", "refuses", "no-match", "matches"] },
          matched: { type: "array", items: { enum: [...MATCH_FIELDS] } },
          mismatches: { type: "array", items: mismatch },
          refusal,
          grant: { type: "object", additionalProperties: false, required: ["repositories", "permissions"], properties: { repositories: { type: "array", items: { type: "string" } }, permissions } }
        }
      }
    }
  }
};

export {
  PERMISSION_LEVELS,
  covers,
  TokenError,
  loadTokenPolicy,
  loadRepositoryTokenPolicy,
  combineTokenPolicies,
  loadTokenRequest,
  loadClaims,
  decideToken,
  explainTokenRequest,
  formatExplanation,
  createAppJwtSigner,
  mintToken,
  tokenVerdict
};
