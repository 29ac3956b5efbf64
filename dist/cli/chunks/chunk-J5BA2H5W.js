import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  WORKSPACE_ROOT,
  dialectOfShell,
  findScriptReferences,
  joinPath,
  parseAction,
  parseWorkflow,
  runsOnWindows,
  sourceLineOf,
  substituteExpressions,
  toRepositoryRelative,
  workspacePath
} from "./chunk-S4HC5JSW.js";
import {
  POLICY_PATHS,
  createClassifier,
  describePrincipals,
  describeRule,
  foldCase,
  isRepositoryPath
} from "./chunk-ICJULKRC.js";
import {
  REASON_CODES,
  VERDICT_VERSION,
  escapeUntrusted
} from "./chunk-K2QZ4W74.js";

// packages/guard/src/principals.ts
var RANK = { write: 1, maintain: 2, admin: 3 };
var sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
function qualifies(facts, set) {
  if (set.users.some((user) => sameLogin(user, facts.login))) return true;
  if (facts.isBot) return false;
  if (set.teams.some((team) => facts.teams.some((t) => t.toLowerCase() === team.toLowerCase()))) return true;
  return set.permission !== void 0 && facts.permission !== void 0 && RANK[facts.permission] >= RANK[set.permission];
}
function isMaintainer(facts, trusted, inBotPaths) {
  if (facts.isBot) {
    const bot = trusted.bots.find((b) => sameLogin(b.login, facts.login));
    if (!bot) return false;
    return bot.paths === void 0 || inBotPaths(bot.paths);
  }
  return qualifies(facts, trusted);
}
function isBotLogin(login) {
  return /\[bot\]$/u.test(login);
}

// packages/guard/src/changes.ts
var FileMode = {
  Regular: "100644",
  Executable: "100755",
  Symlink: "120000",
  Gitlink: "160000",
  Tree: "040000",
  None: "000000"
};

// packages/guard/src/resolve-link.ts
import { posix } from "node:path";
function resolveLinkTarget(linkPath, target) {
  if (target === "" || target.startsWith("/")) return void 0;
  const joined = posix.normalize(posix.join(posix.dirname(linkPath), target));
  if (joined === ".." || joined.startsWith("../") || joined.startsWith("/")) return void 0;
  const trimmed = joined.replace(/\/+$/u, "");
  return trimmed === "." ? "" : trimmed;
}

// packages/guard/src/assign-rings.ts
function forEachTouch(changes, visit) {
  for (const change of changes) {
    visit(change, change.path, "path");
    if (change.previousPath !== void 0 && change.previousPath !== change.path) visit(change, change.previousPath, "previous-path");
    if (change.symlinkTarget !== void 0) {
      const target = resolveLinkTarget(change.path, change.symlinkTarget);
      if (target) visit(change, target, "symlink-target");
    }
  }
}
var SUBMODULE_RULE_WHY = "a submodule pointer decides what code is checked out with the repository";
function assignRings(policy, changeSet) {
  const rings = withBaseSymlinkTargets(policy.rings, changeSet.baseSymlinks);
  const classify = createClassifier(rings);
  const gitMetadataRing = findPresetRing(rings, "git-metadata");
  const assignments = [];
  const open = [];
  let index = 0;
  forEachTouch(changeSet.changes, (change, path, via) => {
    const match = classify(path);
    if (via === "path" && isGitlink(change) && (match === void 0 || match.ringIndex > gitMetadataRing)) {
      const rule = { glob: path, origin: { kind: "preset", preset: "git-metadata", why: SUBMODULE_RULE_WHY } };
      assignments.push({ touch: { change, path, via: "submodule" }, ringIndex: gitMetadataRing, rule });
    } else if (match) assignments.push({ touch: { change, path, via }, ringIndex: match.ringIndex, rule: match.rule });
    else open.push(index);
    index++;
  });
  const flags = new Uint8Array(index);
  for (const i of open) flags[i] = 1;
  return { rings, assignments, open: flags };
}
function isGitlink(change) {
  return change.oldMode === FileMode.Gitlink || change.newMode === FileMode.Gitlink;
}
function findPresetRing(rings, preset) {
  const index = rings.findIndex((ring) => ring.rules.some((rule) => rule.origin.kind === "preset" && rule.origin.preset === preset));
  return index === -1 ? 0 : index;
}
function withBaseSymlinkTargets(rings, symlinks) {
  if (symlinks.length === 0) return rings;
  const classify = createClassifier(rings);
  const extra = /* @__PURE__ */ new Map();
  for (const link of symlinks) {
    const match = classify(link.path);
    const target = resolveLinkTarget(link.path, link.target);
    if (!match || target === void 0) continue;
    const from = `symlink ${link.path} in the base tree`;
    const globs = target === "" ? ["**"] : [escapeGlob(foldCase(target)), `${escapeGlob(foldCase(target))}/**`];
    const rules = extra.get(match.ringIndex) ?? [];
    rules.push(...globs.map((glob) => ({ glob, origin: { kind: "discovered", from } })));
    extra.set(match.ringIndex, rules);
  }
  return rings.map((ring, index) => extra.has(index) ? { ...ring, rules: [...ring.rules, ...extra.get(index)] } : ring);
}
function escapeGlob(path) {
  return path.replace(/[*?[\]{}()!+@\\"|$]/gu, (ch) => `\\${ch}`);
}

// packages/guard/src/decide.ts
function decide(input) {
  const inputReasons = checkInput(input);
  const maintainer = input.authorTrusted !== false && input.policy.layers.length > 0 && input.policy.layers.every((layer) => isMaintainer(input.author, layer.policy.trusted, (globs) => allWithin(input.changes.changes, globs)));
  const layers = input.policy.layers.map((layer) => reportLayer(layer, input, maintainer));
  const rings = layers.flatMap((l) => l.reports);
  const reasons = [...inputReasons, ...rings.filter((r) => !r.satisfied).map(toReason)];
  const openPaths = countOpenEverywhere(layers.map((l) => l.open));
  return {
    version: VERDICT_VERSION,
    control: "guard",
    outcome: reasons.length === 0 ? "allowed" : "blocked",
    reasons,
    inputs: {
      baseSha: input.changes.baseSha,
      headSha: input.changes.headSha,
      mergeBaseSha: input.changes.mergeBaseSha,
      policies: input.policySources,
      author: input.author.login,
      approvers: input.approvals.map((a) => a.login),
      changedFiles: input.changes.changes.length
    },
    detail: { author: { login: input.author.login, maintainer }, rings, openPaths, warnings: input.warnings ?? [] }
  };
}
function checkInput(input) {
  const reasons = [];
  if (input.policy.layers.length === 0) reasons.push({ code: "POLICY_INVALID", message: "no policy layer to decide under" });
  const unknown = [];
  const malformed = [];
  for (const change of input.changes.changes) {
    if (change.kind === "unknown") unknown.push(change.path);
    if (!isRepositoryPath(change.path)) malformed.push(change.path);
    if (change.previousPath !== void 0 && !isRepositoryPath(change.previousPath)) malformed.push(change.previousPath);
  }
  if (unknown.length > 0) reasons.push({ code: "CHANGE_KIND_UNKNOWN", message: `changes of an unknown kind: ${unknown.length} path(s)`, paths: unknown });
  if (malformed.length > 0) reasons.push({ code: "INPUT_ERROR", message: `paths that are not repository paths: ${malformed.length}`, paths: malformed });
  return reasons;
}
function countOpenEverywhere(open) {
  const [first, ...rest] = open;
  if (!first) return 0;
  let count = 0;
  for (let i = 0; i < first.length; i++) if (first[i] === 1 && rest.every((flags) => flags[i] === 1)) count++;
  return count;
}
function reportLayer(layer, input, maintainer) {
  const { rings, assignments, open } = assignRings(layer.policy, input.changes);
  const byRing = /* @__PURE__ */ new Map();
  for (const assignment of assignments) {
    const hits = byRing.get(assignment.ringIndex);
    if (hits) hits.push(assignment);
    else byRing.set(assignment.ringIndex, [assignment]);
  }
  const reports = [...byRing.entries()].sort(([a], [b]) => a - b).map(([index, hits]) => reportRing(layer.name, rings[index], hits, input, maintainer));
  return { reports, open };
}
function reportRing(layer, ring, hits, input, maintainer) {
  const authorQualifies = maintainer && (ring.approvers.isTrustedSet || qualifies(input.author, ring.approvers));
  const ineligible = new Set([input.author.login, ...input.ineligibleApprovers].map((l) => l.toLowerCase()));
  const approvedBy = distinct(input.approvals.filter((a) => !ineligible.has(a.login.toLowerCase()) && qualifies(a, ring.approvers)).map((a) => a.login));
  const needed = Math.max(0, ring.approvals - (authorQualifies ? 1 : 0));
  const missing = Math.max(0, needed - approvedBy.length);
  return {
    layer,
    ring: ring.name,
    paths: hits.map(({ touch, rule }) => ({ path: touch.path, kind: touch.change.kind, via: touch.via, rule: describeRule(rule) })),
    approvalsRequired: ring.approvals,
    approvalsMissing: missing,
    approvedBy,
    authorQualifies,
    whoCanApprove: describePrincipals(ring.approvers),
    satisfied: missing === 0
  };
}
function toReason(report) {
  const paths = [...new Set(report.paths.map((p) => p.path))];
  const touchesPolicy = paths.some((p) => POLICY_PATHS.includes(foldCase(p)));
  const layer = report.layer === "org" ? "org policy" : "repository policy";
  const message = `ring ${report.ring} (${layer}) needs ${report.approvalsMissing} more approval${report.approvalsMissing === 1 ? "" : "s"} of the head commit from ${report.whoCanApprove}`;
  return { code: touchesPolicy ? "POLICY_FILE_CHANGED" : "RING_APPROVAL_REQUIRED", message, ring: report.ring, paths };
}
function allWithin(changes, globs) {
  const classify = createClassifier([{ name: "bot", description: void 0, rules: globs.map((glob) => ({ glob: foldCase(glob), origin: { kind: "path", pointer: "" } })), approvals: 1, approvers: { permission: void 0, users: [], teams: [], isTrustedSet: false }, builtin: false }]);
  let within = true;
  forEachTouch(changes, (_change, path) => {
    within &&= classify(path) !== void 0;
  });
  return within;
}
function distinct(logins) {
  const seen = /* @__PURE__ */ new Set();
  return logins.filter((login) => {
    const key = login.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// packages/guard/src/schema/verdict-schema.ts
var stringList = { type: "array", items: { type: "string" } };
var ringReport = {
  type: "object",
  additionalProperties: false,
  required: ["layer", "ring", "paths", "approvalsRequired", "approvalsMissing", "approvedBy", "authorQualifies", "whoCanApprove", "satisfied"],
  properties: {
    layer: { enum: ["org", "repository"] },
    ring: { type: "string" },
    paths: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "kind", "via", "rule"],
        properties: {
          path: { type: "string" },
          kind: { enum: ["added", "modified", "deleted", "renamed", "copied", "type-changed", "unknown"] },
          via: { enum: ["path", "previous-path", "symlink-target", "submodule"] },
          rule: { type: "string" }
        }
      }
    },
    approvalsRequired: { type: "integer", minimum: 1 },
    approvalsMissing: { type: "integer", minimum: 0 },
    approvedBy: stringList,
    authorQualifies: { type: "boolean" },
    whoCanApprove: { type: "string" },
    satisfied: { type: "boolean" }
  }
};
var verdictSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/ringfence/ringfence/schema/verdict.schema.json",
  title: "ringfence verdict (guard)",
  type: "object",
  additionalProperties: false,
  required: ["version", "control", "outcome", "reasons", "inputs", "detail"],
  properties: {
    version: { const: 1 },
    control: { enum: ["guard", "token", "provenance", "verify", "policy"] },
    outcome: { enum: ["allowed", "blocked", "error"] },
    reasons: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["code", "message"],
        properties: { code: { enum: [...REASON_CODES] }, message: { type: "string" }, ring: { type: "string" }, paths: stringList }
      }
    },
    inputs: { type: "object", description: "The facts the decision was made from: commits, policy blob SHAs, author, approvers." },
    detail: {
      type: "object",
      additionalProperties: false,
      required: ["author", "rings", "openPaths", "warnings"],
      properties: {
        author: { type: "object", additionalProperties: false, required: ["login", "maintainer"], properties: { login: { type: "string" }, maintainer: { type: "boolean" } } },
        rings: { type: "array", items: ringReport },
        openPaths: { type: "integer", minimum: 0 },
        warnings: { type: "array", items: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } }
      }
    }
  }
};

// packages/guard/src/discover/locate.ts
function knownValues(actionDir) {
  const actionPath = actionDir === void 0 ? void 0 : workspacePath(actionDir);
  return {
    expressions: { "github.workspace": WORKSPACE_ROOT, ...actionPath !== void 0 && { "github.action_path": actionPath } },
    variables: { GITHUB_WORKSPACE: WORKSPACE_ROOT, ...actionPath !== void 0 && { GITHUB_ACTION_PATH: actionPath } }
  };
}
function resolveWorkingDirectory(raw, expressions) {
  if (!raw) return { known: true, path: WORKSPACE_ROOT };
  const text = substituteExpressions(raw.value, expressions);
  if (!text.includes("${{")) return { known: true, path: joinPath(WORKSPACE_ROOT, text) };
  return { known: false, why: `the working-directory "${escapeUntrusted(raw.value)}" (line ${raw.line}) is an expression` };
}
function repositoryPathOf(absolute) {
  const relative = toRepositoryRelative(absolute);
  return relative !== void 0 && isRepositoryPath(relative) ? relative : void 0;
}

// packages/guard/src/discover/origin.ts
function labelStep(step) {
  return step.name === void 0 ? String(step.index + 1) : `'${escapeUntrusted(step.name)}'`;
}
function formatOrigin(origin) {
  return origin.map(formatLink).join(" via ");
}
function formatLink(link) {
  const where = `${escapeUntrusted(link.file)}${link.line ? `:${link.line}` : ""}`;
  const parts = [link.job !== void 0 && `job ${escapeUntrusted(link.job)}`, link.step !== void 0 && `step ${link.step}`, link.detail].filter(
    (part) => typeof part === "string"
  );
  return parts.length === 0 ? where : `${where} (${parts.join(", ")})`;
}
function quote(text) {
  return `"${escapeUntrusted(text)}"`;
}

// packages/guard/src/discover/discover-build-push.ts
var DEFAULT_CONTEXT = "{{defaultContext}}";
var REMOTE_CONTEXT = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/iu;
async function discoverBuildPush(session, step, at, expressions) {
  const file = step.with["file"];
  const context = step.with["context"];
  if (file) return addDockerfile(session, file, expressions, at(file.line), (value) => value);
  if (!context) return addDockerfile(session, { value: "Dockerfile", line: step.line, column: 0 }, expressions, at(step.line), (value) => value);
  await addDockerfile(session, context, expressions, at(context.line), (value) => {
    if (REMOTE_CONTEXT.test(value)) return void 0;
    const dir = value.startsWith(DEFAULT_CONTEXT) ? value.slice(DEFAULT_CONTEXT.length).replace(/^:/u, "") : value;
    return joinPath(dir, "Dockerfile");
  });
}
async function addDockerfile(session, input, expressions, origin, toPath) {
  const value = substituteExpressions(input.value, expressions);
  if (value.includes("${{")) {
    session.warn("DISCOVERY_UNRESOLVED", origin, `cannot tell which Dockerfile ${quote(input.value)} names: it is an expression`);
    return;
  }
  const relative = toPath(value);
  if (relative === void 0) return;
  const path = repositoryPathOf(joinPath(WORKSPACE_ROOT, relative));
  if (path === void 0) session.warn("DISCOVERY_OUTSIDE_REPOSITORY", origin, `the Dockerfile ${quote(input.value)} is not a file inside the repository, so it is not protected`);
  else await session.addFile(path, origin);
}

// packages/guard/src/discover/limits.ts
var MAX_DISCOVERY_FILE_BYTES = 1024 * 1024;
var MAX_DISCOVERY_READS = 2e3;
var MAX_DISCOVERY_DEPTH = 10;
var MAX_SOURCE_DEPTH = 4;

// packages/guard/src/discover/discover-script.ts
async function discoverScript(session, script, scope) {
  const text = substituteExpressions(script, scope.expressions);
  for (const ref of findScriptReferences(text, { dialect: scope.dialect, variables: scope.variables })) {
    const origin = scope.origin(ref.line);
    if (ref.kind === "unresolved") session.warn("DISCOVERY_UNRESOLVED", origin, `cannot resolve ${quote(ref.text)} (${ref.reason}); the file it names is not protected`);
    else if (ref.kind === "file") await discoverFile(session, ref, scope, origin);
    else if (scope.followPackages) await followPackageScripts(session, ref, scope, origin);
  }
}
async function discoverFile(session, ref, scope, origin) {
  const named = `named by ${quote(ref.command)}`;
  const absolute = locate(session, ref.path, scope.dir, origin, named);
  const path = absolute === void 0 ? void 0 : repositoryPathOf(absolute);
  if (absolute !== void 0 && path === void 0) session.warn("DISCOVERY_OUTSIDE_REPOSITORY", origin, `${quote(ref.path || ref.command)} (${named}) is not a file inside the repository, so it is not protected`);
  if (path === void 0) return;
  await session.addFile(path, origin);
  if (ref.role === "source") await followSource(session, path, ref, scope, origin);
}
async function followSource(session, path, ref, scope, origin) {
  if (scope.sourceDepth >= MAX_SOURCE_DEPTH) {
    session.warn("DISCOVERY_LIMIT_REACHED", origin, `${quote(path)} is sourced more than ${MAX_SOURCE_DEPTH} files deep; it is protected, what it runs is not followed`);
    return;
  }
  const cwd = ref.cwd !== void 0 && scope.dir.known ? joinPath(scope.dir.path, ref.cwd) : void 0;
  const dir = cwd === void 0 ? { known: false, why: `the directory of the shell that sources ${quote(path)} is unknown` } : { known: true, path: cwd };
  if (!session.enter(`source\0${path}\0${cwd ?? ""}`)) return;
  const read = await session.read(path, origin);
  if (typeof read === "string") return;
  const text = new TextDecoder().decode(read.bytes);
  await discoverScript(session, text, { ...scope, dir, expressions: {}, origin: (line) => [...origin, { file: path, line }], sourceDepth: scope.sourceDepth + 1 });
}
async function followPackageScripts(session, ref, scope, origin) {
  const absolute = locate(session, ref.dir, scope.dir, origin, `the package directory of ${quote(ref.command)}`);
  const dir = absolute === void 0 ? void 0 : toRepositoryRelative(absolute);
  if (absolute !== void 0 && dir === void 0) session.warn("DISCOVERY_OUTSIDE_REPOSITORY", origin, `${quote(ref.dir)} (the package directory of ${quote(ref.command)}) is outside the repository`);
  if (dir === void 0) return;
  const manifest = joinPath(dir, "package.json");
  await session.addFile(manifest, origin);
  const read = await session.read(manifest, origin);
  if (typeof read === "string") return;
  const scripts = readScripts(read.bytes);
  if (!scripts) {
    session.warn("DISCOVERY_PACKAGE_INVALID", origin, `${quote(manifest)} is not valid JSON with a scripts object; the scripts ${ref.command} runs from it are not followed`);
    return;
  }
  for (const name of ref.scripts) {
    const body = Object.hasOwn(scripts, name) ? scripts[name] : void 0;
    if (typeof body !== "string" || !session.enter(`package-script\0${manifest}\0${name}`)) continue;
    const scriptOrigin = [...origin, { file: manifest, detail: `scripts.${name}` }];
    const place = { dir: { known: true, path: workspacePath(dir) }, expressions: {}, variables: scope.variables };
    await discoverScript(session, body, { ...place, dialect: "posix", origin: () => scriptOrigin, followPackages: false, sourceDepth: scope.sourceDepth });
  }
  const fallback = ref.fallback;
  if (fallback && typeof scripts[fallback.whenMissing] !== "string") {
    await session.addFile(joinPath(dir, fallback.file), [...origin, { file: manifest, detail: `no scripts.${fallback.whenMissing}` }]);
  }
}
function locate(session, path, dir, origin, what) {
  if (path.startsWith("/")) return path;
  if (dir.known) return joinPath(dir.path, path);
  session.warn("DISCOVERY_UNRESOLVED", origin, `cannot locate ${quote(path)} (${what}): ${dir.why}`);
  return void 0;
}
function readScripts(bytes) {
  try {
    const manifest = JSON.parse(new TextDecoder().decode(bytes));
    const scripts = typeof manifest === "object" && manifest !== null ? manifest["scripts"] : void 0;
    if (scripts === void 0) return {};
    return typeof scripts === "object" && scripts !== null && !Array.isArray(scripts) ? scripts : void 0;
  } catch {
    return void 0;
  }
}

// packages/guard/src/discover/discover-step.ts
async function discoverStep(session, step, scope) {
  const at = (line) => [...scope.origin, { file: scope.file, line, ...scope.job !== void 0 && { job: scope.job }, step: labelStep(step) }];
  const values = knownValues(scope.actionDir);
  const uses = step.uses?.value.trim();
  if (step.uses && uses !== void 0 && (uses === "." || uses.startsWith("./"))) await discoverLocalAction(session, step.uses, at(step.uses.line));
  else if (uses !== void 0 && /^docker\/build-push-action@/iu.test(uses)) await discoverBuildPush(session, step, at, values.expressions);
  const run = step.run;
  const dialect = dialectOfShell(step.shell ?? scope.defaults.shell, scope.windows);
  if (!run || dialect === void 0) return;
  const dir = resolveWorkingDirectory(step.workingDirectory ?? scope.defaults.workingDirectory, values.expressions);
  await discoverScript(session, run.value, { dialect, dir, ...values, origin: (line) => at(sourceLineOf(run, line)), followPackages: true, sourceDepth: 0 });
}
async function discoverLocalAction(session, uses, origin) {
  const dir = joinPath("", uses.value.trim());
  if (dir !== "" && !isRepositoryPath(dir)) {
    session.warn("DISCOVERY_OUTSIDE_REPOSITORY", origin, `the action ${quote(uses.value)} is not inside the repository, so it is not protected`);
    return;
  }
  const candidates = [joinPath(dir, "action.yml"), joinPath(dir, "action.yaml")];
  const metadata = await session.exists(candidates[0]) ? candidates[0] : await session.exists(candidates[1]) ? candidates[1] : void 0;
  for (const file of metadata === void 0 ? candidates : [metadata]) await session.addFile(file, origin);
  if (metadata === void 0 || !session.enter(`action\0${metadata}`)) return;
  if (origin.length >= MAX_DISCOVERY_DEPTH) {
    session.warn("DISCOVERY_LIMIT_REACHED", origin, `actions nest more than ${MAX_DISCOVERY_DEPTH} deep; ${quote(metadata)} is protected, what it runs is not followed`);
    return;
  }
  const read = await session.read(metadata, origin);
  if (typeof read === "string") return;
  const parsed = parseAction(read.bytes, metadata);
  for (const problem of parsed.problems) {
    session.warn("DISCOVERY_ACTION_INVALID", origin, `${escapeUntrusted(problem.file)}:${problem.line}:${problem.column}: ${problem.message}`);
  }
  if (parsed.value?.runs) await discoverActionRuns(session, parsed.value.runs, dir, metadata, origin);
}
async function discoverActionRuns(session, runs, dir, metadata, origin) {
  const entries = [];
  if (runs.using === "node") entries.push(runs.pre, runs.main, runs.post);
  if (runs.using === "docker" && runs.image && !runs.image.value.startsWith("docker://")) entries.push(runs.image);
  for (const entry of entries) {
    if (!entry) continue;
    const at = [...origin, { file: metadata, line: entry.line }];
    const path = repositoryPathOf(joinPath(workspacePath(dir), entry.value));
    if (path === void 0) session.warn("DISCOVERY_OUTSIDE_REPOSITORY", at, `${quote(entry.value)} is not a file inside the repository, so it is not protected`);
    else await session.addFile(path, at);
  }
  if (runs.using !== "composite") return;
  for (const step of runs.steps) {
    await discoverStep(session, step, { file: metadata, origin, defaults: {}, windows: false, actionDir: dir });
  }
}

// packages/guard/src/discover/discover-workflow.ts
async function discoverWorkflow(session, path, origin, topLevel) {
  if (!session.enter(`workflow\0${path}`)) return;
  const read = await session.read(path, origin);
  if (typeof read === "string") return;
  const parsed = parseWorkflow(read.bytes, path);
  const via = origin.length === 0 ? "" : ` (called from ${formatOrigin(origin)})`;
  for (const problem of parsed.problems) {
    session.warn("DISCOVERY_WORKFLOW_INVALID", [], `${escapeUntrusted(problem.file)}:${problem.line}:${problem.column}: ${problem.message}${via}`);
  }
  const workflow = parsed.value;
  if (!workflow) return;
  for (const job of workflow.jobs) await discoverJob(session, workflow, job, origin, topLevel);
}
async function discoverJob(session, workflow, job, origin, topLevel) {
  if (job.uses) {
    const at = [...origin, { file: workflow.file, line: job.uses.line, job: job.id }];
    await discoverReusableWorkflow(session, job.uses.value.trim(), at, topLevel);
  }
  const defaults = { ...workflow.defaults, ...job.defaults };
  const scope = { file: workflow.file, job: job.id, origin, defaults, windows: runsOnWindows(job.runsOn) };
  for (const step of job.steps) await discoverStep(session, step, scope);
}
async function discoverReusableWorkflow(session, uses, at, topLevel) {
  if (!uses.startsWith("./")) return;
  const path = joinPath("", uses);
  if (!isRepositoryPath(path)) {
    session.warn("DISCOVERY_OUTSIDE_REPOSITORY", at, `the reusable workflow ${quote(uses)} is not inside the repository, so it is not protected`);
    return;
  }
  await session.addFile(path, at);
  if (topLevel.has(path)) return;
  if (at.length >= MAX_DISCOVERY_DEPTH) {
    session.warn("DISCOVERY_LIMIT_REACHED", at, `reusable workflows nest more than ${MAX_DISCOVERY_DEPTH} deep; ${quote(path)} is protected, what it runs is not followed`);
    return;
  }
  await discoverWorkflow(session, path, at, topLevel);
}

// packages/guard/src/discover/discovery-session.ts
var DiscoverySession = class {
  constructor(reader) {
    this.reader = reader;
  }
  reader;
  listings = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  warnings = [];
  entered = /* @__PURE__ */ new Set();
  reads = 0;
  /** The files directly inside `dir` (`''` is the root), or undefined once the read budget is spent. */
  async list(dir) {
    const cached = this.listings.get(dir);
    if (cached) return cached;
    if (!this.spend()) return void 0;
    const entries = await this.reader.listFiles(dir);
    const listing = new Set(entries.map((entry) => dir === "" || entry.startsWith(`${dir}/`) ? entry : `${dir}/${entry}`));
    this.listings.set(dir, listing);
    return listing;
  }
  /** Whether `path` is a file of the base commit; undefined when the budget is spent. */
  async exists(path) {
    const slash = path.lastIndexOf("/");
    return (await this.list(slash === -1 ? "" : path.slice(0, slash)))?.has(path);
  }
  /** Reads a file to follow it, with a warning when it is too large or past the budget. */
  async read(path, origin) {
    const exists = await this.exists(path);
    if (exists === false) return "absent";
    if (exists === void 0 || !this.spend()) return "skipped";
    const bytes = await this.reader.readFile(path);
    if (!bytes) return "absent";
    if (bytes.byteLength > MAX_DISCOVERY_FILE_BYTES) {
      this.warn("DISCOVERY_FILE_TOO_LARGE", origin, `${escapeUntrusted(path)} is ${bytes.byteLength} bytes; discovery reads at most ${MAX_DISCOVERY_FILE_BYTES}, so what it runs is not followed`);
      return "skipped";
    }
    return { bytes };
  }
  /** Records a discovered file (kept even when absent: a pull request could add it). */
  async addFile(path, origin) {
    if (this.files.has(path)) return;
    const exists = await this.exists(path);
    const note = exists === void 0 ? " (not checked: read limit reached)" : exists ? "" : " (not in the base commit)";
    if (!this.files.has(path)) this.files.set(path, { path, from: `${formatOrigin(origin)}${note}` });
  }
  warn(code, origin, message) {
    const where = formatOrigin(origin);
    this.warnings.push({ code, message: where === "" ? message : `${where}: ${message}` });
  }
  /** True the first time `key` is entered: what was followed once is not followed again (cycles). */
  enter(key) {
    if (this.entered.has(key)) return false;
    this.entered.add(key);
    return true;
  }
  result() {
    return { files: [...this.files.values()], warnings: [...this.warnings] };
  }
  // One unit of the read budget; the first refusal says so once.
  spend() {
    if (this.reads < MAX_DISCOVERY_READS) {
      this.reads++;
      return true;
    }
    if (this.reads === MAX_DISCOVERY_READS) {
      this.reads++;
      this.warn("DISCOVERY_LIMIT_REACHED", [], `discovery stopped reading after ${MAX_DISCOVERY_READS} files and listings; files found later are protected without being followed`);
    }
    return false;
  }
};

// packages/guard/src/discover/discover-executed-files.ts
var WORKFLOWS_DIR = ".github/workflows";
var WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/iu;
async function discoverExecutedFiles(reader) {
  const session = new DiscoverySession(reader);
  const listing = await session.list(WORKFLOWS_DIR);
  const workflows = [...listing ?? []].filter((path) => WORKFLOW_FILE.test(path)).sort();
  const topLevel = new Set(workflows);
  for (const path of workflows) await discoverWorkflow(session, path, [], topLevel);
  return session.result();
}

export {
  isBotLogin,
  decide,
  discoverExecutedFiles
};
