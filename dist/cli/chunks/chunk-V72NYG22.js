import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  describeApprovers,
  describeRule
} from "./chunk-ICJULKRC.js";
import {
  escapeUntrusted
} from "./chunk-K2QZ4W74.js";

// packages/cli/src/policy-json.ts
function toPolicyJson(loaded) {
  return {
    valid: true,
    file: loaded.file ?? null,
    blobSha: loaded.blobSha ?? null,
    extends: loaded.policy.extends,
    rings: loaded.policy.rings.map((ring) => ({
      name: ring.name,
      builtin: ring.builtin,
      approvals: ring.approvals,
      approvers: ring.approvers,
      rules: ring.rules.map((rule) => ({ glob: rule.glob, ...rule.origin }))
    }))
  };
}

// packages/cli/src/render-policy.ts
function renderRings(policy) {
  const lines = policy.rings.map((ring, i) => {
    const presets = [...new Set(ring.rules.flatMap((r) => r.origin.kind === "preset" ? [r.origin.preset] : []))];
    const paths = ring.rules.filter((r) => r.origin.kind === "path").map((r) => r.glob);
    const what = [paths.length > 0 ? `paths ${paths.join(", ")}` : "", presets.length > 0 ? `presets ${presets.join(", ")}` : ""].filter(Boolean).join("; ");
    return `  ${i + 1}. ${ring.name}${ring.builtin ? " (built in)" : ""}: ${what || "the policy file"}; needs ${describeApprovers(ring)}`;
  });
  return [`rings, tightest first (a path belongs to the first that matches):`, ...lines, `  -  open: every other path; needs nothing`].join("\n");
}
function renderMatch(path, match) {
  const shown = escapeUntrusted(path);
  if (!match) return `${shown}: open ring (no rule matches)`;
  return `${shown}: ring ${match.ring.name}, ${describeRule(match.rule)}; needs ${describeApprovers(match.ring)}`;
}

export {
  toPolicyJson,
  renderRings,
  renderMatch
};
