import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  decide,
  discoverExecutedFiles,
  isBotLogin
} from "./chunk-J5BA2H5W.js";
import {
  readCommittedPolicy
} from "./chunk-NK5T7NZD.js";
import {
  singleLayer,
  withDiscoveredFiles
} from "./chunk-ICJULKRC.js";
import {
  GitBaseFileReader,
  GitChangeSource,
  resolveCommit
} from "./chunk-VRBG56CV.js";
import {
  escapeUntrusted
} from "./chunk-K2QZ4W74.js";

// packages/cli/src/discover-local.ts
function discoverAtCommit(reader) {
  return discoverExecutedFiles(reader);
}

// packages/cli/src/local-guard.ts
async function guardLocally(request) {
  const baseSha = await resolveCommit(request.repo, request.base);
  const [changes, loaded, discovery] = await Promise.all([
    new GitChangeSource(request.repo).listChanges({ base: baseSha, head: request.head }),
    readCommittedPolicy(request.repo, baseSha),
    discoverAtCommit(new GitBaseFileReader(request.repo, baseSha))
  ]);
  const policy = withDiscoveredFiles(loaded.policy, discovery.files);
  const asMaintainer = (login, asserted) => ({
    login,
    permission: asserted || request.maintainers.some((m) => m.toLowerCase() === login.toLowerCase()) ? maintainerRole(policy) : void 0,
    teams: [],
    isBot: isBotLogin(login)
  });
  return decide({
    changes,
    policy: singleLayer(policy),
    policySources: [{ layer: "repository", file: loaded.file, blobSha: loaded.blobSha, ref: baseSha }],
    author: asMaintainer(request.author, request.trust === "maintainer"),
    approvals: request.approvedBy.map((login) => asMaintainer(login, false)),
    ineligibleApprovers: [],
    warnings: discovery.warnings
  });
}
function maintainerRole(policy) {
  return policy.trusted.permission ?? "write";
}

// packages/cli/src/render-verdict.ts
var MAX_PATHS_SHOWN = 20;
function renderGuardVerdict(verdict) {
  const { detail, inputs } = verdict;
  const lines = [
    `guard: ${verdict.outcome.toUpperCase()}`,
    `  ${String(inputs["mergeBaseSha"]).slice(0, 12)}..${String(inputs["headSha"]).slice(0, 12)}, ${String(inputs["changedFiles"])} changed file(s), author ${escapeUntrusted(detail.author.login)} (${detail.author.maintainer ? "maintainer" : "external"})`
  ];
  if (detail.rings.length === 0) lines.push("  no protected ring is touched");
  for (const ring of detail.rings) lines.push(...renderRing(ring));
  if (detail.openPaths > 0) lines.push(`  open: ${detail.openPaths} path(s), no approval needed`);
  for (const reason of verdict.reasons) lines.push(`reason ${reason.code}: ${escapeUntrusted(reason.message)}`);
  for (const warning of detail.warnings) lines.push(`warning ${warning.code}: ${escapeUntrusted(warning.message)}`);
  return lines.join("\n");
}
function renderRing(ring) {
  const status = ring.satisfied ? "ok" : `needs ${ring.approvalsMissing} more approval${ring.approvalsMissing === 1 ? "" : "s"}`;
  const approved = ring.approvedBy.length > 0 ? `, approved by ${ring.approvedBy.join(", ")}` : "";
  const self = ring.authorQualifies ? ", the author qualifies" : "";
  const lines = [`  ring ${ring.ring}${ring.layer === "org" ? " (org)" : ""}: ${status} (requires ${ring.approvalsRequired} from ${ring.whoCanApprove}${self}${approved})`];
  for (const path of ring.paths.slice(0, MAX_PATHS_SHOWN)) {
    const via = path.via === "path" ? "" : ` [${path.via}]`;
    lines.push(`    ${path.kind.padEnd(12)} ${escapeUntrusted(path.path)}${via}  (${escapeUntrusted(path.rule)})`);
  }
  if (ring.paths.length > MAX_PATHS_SHOWN) lines.push(`    ... and ${ring.paths.length - MAX_PATHS_SHOWN} more`);
  return lines;
}

export {
  guardLocally,
  renderGuardVerdict
};
