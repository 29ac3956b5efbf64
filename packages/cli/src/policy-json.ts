import type { LoadedPolicy } from './policy-source.js';

/** The `--json` shape of a valid policy: where it came from and its rings in order. */
export function toPolicyJson(loaded: LoadedPolicy) {
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
      rules: ring.rules.map((rule) => ({ glob: rule.glob, ...rule.origin })),
    })),
  };
}
